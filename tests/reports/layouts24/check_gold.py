"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from ``tests/reports/layouts/check_gold.py``. Structure gold (gold/<file>.json): every
title, item, problem, context/intro/conclusion start, preamble, remark, reply, topic and heading
must occur in the document's text (txt/md as is; .docx paragraph and table-cell texts; .pdf the
``pdftotext`` text; whitespace removed); reply_parents name a reply and a remark of the gold; PDF
``pages`` match the page on which each recommendation title is printed. Link gold
(gold/<file>.links.tsv): recommendation/problem ordinals are in range; remark/reply quotes are
12–25 characters, verbatim, unique in the document and lie in a unit of the stated kind (on one
line for .txt/.md, in one paragraph for .docx, after the start of a unit of that kind in the
pdftotext text for .pdf). Run: ``python tests/reports/layouts24/check_gold.py`` (exit 1 on a miss).
It never calls the pipeline.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and cell paragraphs (.docx), or the whole text (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    out += [p.text for p in cell.paragraphs]
        return out
    if path.suffix == ".pdf":
        return [pdftotext(path)]
    return path.read_text(encoding="utf-8").splitlines()


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    return found


def check_links(gold: dict, path: Path, unit_texts: list[str], text: str) -> int:
    misses = 0
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = [(squeeze(s), "remark") for s in gold["remarks"]] + [(squeeze(s), "reply") for s in gold["replies"]]
    tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
    counts: dict[str, int] = {}
    used_problems: set[int] = set()
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts[kind] = counts.get(kind, 0) + 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{gold['file']}: recommendation {rec} out of range"); misses += 1
        if kind == "problem":
            used_problems.add(int(target))
            if not 1 <= int(target) <= n_probs:
                print(f"{gold['file']}: problem {target} out of range"); misses += 1
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_recs or target == rec:
                print(f"{gold['file']}: recommendation target {target} bad"); misses += 1
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            if not 12 <= len(target) <= 25:
                print(f"{gold['file']}: quote length {len(target)}: {target}"); misses += 1
            if text.count(q) != 1:
                print(f"{gold['file']}: quote occurs {text.count(q)} times: {target}"); misses += 1
                continue
            if path.suffix == ".pdf":
                pos = text.find(q)
                best = max(((text.find(s), k) for s, k in starts if 0 <= text.find(s) <= pos), default=(-1, None))
                ok = best[1] == kind and pos - best[0] < 120
            else:
                holder = [u for u in unit_texts if q in squeeze(u)]
                ok = len(holder) == 1 and any(s in squeeze(holder[0]) for s, k in starts if k == kind) \
                    and not any(s in squeeze(holder[0]) for s, k in starts if k != kind)
            if not ok:
                print(f"{gold['file']}: quote not inside a {kind}: {target}"); misses += 1
        else:
            print(f"{gold['file']}: unknown target type {kind}"); misses += 1
    if len(used_problems) == n_probs:
        print(f"{gold['file']}: no unused problem")
    print(f"{gold['file']}: {sum(counts.values())} links {counts}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        unit_texts = units(path)
        text = squeeze("\n".join(unit_texts))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: reply_parents entry not in gold: {reply} -> {remark}")
                misses += 1
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(title) not in squeeze(pdftotext(path, page)):
                print(f"{gold['file']}: recommendation {label} not on page {page}")
                misses += 1
        misses += check_links(gold, path, unit_texts, text)
        n_items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, {len(gold['problems'])} problems, "
              f"{n_items} items, {len(gold['remarks'])} remarks, {len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
