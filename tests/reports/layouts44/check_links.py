"""Check the hand-written link gold (gold/<file>.links.tsv) against the documents' own text.

For every link line: the recommendation ordinal must exist in gold/<file>.json; a problem target
must be an ordinal of a problem in that gold; a remark/reply quote must be 12–25 characters,
occur exactly once in the document, inside one line (txt, md), one paragraph (docx) or the
pdftotext text with line breaks removed (pdf), and lie in a turn of the right kind (its line /
paragraph must contain the start of a gold remark resp. reply). Comment lines '#   remark<TAB>…'
and '#   reply<TAB>…' at the end (unused distractors) get the same quote checks.
Run: ``python3 tests/reports/layouts44/check_links.py`` (exit 1 on a failure). It does not
involve the pipeline.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """Lines / paragraphs within which a quote must lie."""
    if path.suffix == ".docx":
        import docx

        return [p.text for p in docx.Document(str(path)).paragraphs]
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return [out.stdout.replace("\n", "").replace("\f", "")]
    return path.read_text(encoding="utf-8").splitlines()


def last_start(text: str, start: str, pos: int) -> int:
    """Index of the last occurrence of start that begins at or before pos (-1 if none)."""
    return max((m.start() for m in re.finditer(re.escape(start), text) if m.start() <= pos), default=-1)


def turn_of(text: str, starts: list[str]) -> bool:
    return any(s in text for s in starts)


def main() -> int:
    failures = 0
    totals: dict[str, int] = {}
    for tsv in sorted((HERE / "gold").glob("*.links.tsv")):
        name = tsv.name[: -len(".links.tsv")]
        gold = json.loads((HERE / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        doc_units = units(HERE / name)
        whole = "\n".join(doc_units)
        n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
        counts: dict[str, int] = {}
        for raw in tsv.read_text(encoding="utf-8").splitlines():
            distractor = raw.startswith("#   remark\t") or raw.startswith("#   reply\t")
            if raw.startswith("#") and not distractor:
                continue
            fields = raw.lstrip("# ").split("\t") if distractor else raw.split("\t")
            if distractor:
                kind, target = fields[0], fields[1]
                rec = None
            else:
                rec, kind, target = int(fields[0]), fields[1], fields[2]
                counts[kind] = counts.get(kind, 0) + 1
                if not 1 <= rec <= n_recs:
                    print(f"{name}: bad recommendation ordinal {rec}")
                    failures += 1
            if kind == "problem":
                if not 1 <= int(target) <= n_probs:
                    print(f"{name}: bad problem ordinal {target}")
                    failures += 1
            elif kind == "recommendation":
                if not 1 <= int(target) <= n_recs or int(target) == rec:
                    print(f"{name}: bad recommendation target {target}")
                    failures += 1
            elif kind in ("remark", "reply"):
                problems = []
                if not 12 <= len(target) <= 25:
                    problems.append(f"length {len(target)}")
                if whole.count(target) != 1:
                    problems.append(f"occurs {whole.count(target)} times")
                hosts = [u for u in doc_units if target in u]
                if len(hosts) != 1:
                    problems.append("not within one line/paragraph")
                elif name.endswith(".pdf"):
                    # the quote must follow the start of a gold turn of its kind more closely
                    # than the start of any other turn
                    text = hosts[0]
                    pos = text.index(target)
                    starts = [(last_start(text, re.sub(r"\s", "", s), pos), k)
                              for k in ("remarks", "replies") for s in gold[k]]
                    best = max(starts)
                    wanted = "remarks" if kind == "remark" else "replies"
                    if best[0] < 0 or best[1] != wanted:
                        problems.append("not in a turn of that kind")
                elif not turn_of(hosts[0], gold["remarks" if kind == "remark" else "replies"]):
                    problems.append("not in a turn of that kind")
                if problems:
                    print(f"{name}: {kind} {target!r}: {', '.join(problems)}")
                    failures += 1
            else:
                print(f"{name}: unknown target type {kind}")
                failures += 1
        total = sum(counts.values())
        totals[name] = total
        print(f"{name}: {total} links " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
