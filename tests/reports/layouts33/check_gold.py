"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this held-out folder. Checks:
- every title, item, problem, remark, reply, topic and heading named in gold/<file>.json occurs in
  the document's text (docx: paragraphs and table cells; PDF: pdftotext text, whitespace removed);
- reply_parents name gold replies/remarks; PDF recommendation titles start on the gold page;
- gold/<file>.links.tsv: recommendation and problem ordinals in range, remark/reply quotes of
  12–25 characters, unique in the document, inside one line (.txt/.md) / paragraph or cell (.docx)
  / the squeezed text (.pdf), and inside a unit of the right kind (the nearest preceding gold
  remark/reply start is of the stated kind); prints counts and unused targets.
Run: ``python tests/reports/layouts33/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and cells (.docx) or pages (.pdf) of the document."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        return [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return path.read_text(encoding="utf-8").splitlines()


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


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


def check_links(gold: dict, path: Path, text: str, units: list[str]) -> int:
    misses = 0
    tsv = HERE / "gold" / f"{gold['file']}.links.tsv"
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    starts = sorted(
        [(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
        + [(text.find(squeeze(s)), "reply") for s in gold["replies"]]
    )
    kinds: Counter = Counter()
    used_prob, used_quote = set(), []
    per_rec: Counter = Counter()
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        kinds[kind] += 1
        per_rec[int(rec)] += 1
        if not 1 <= int(rec) <= n_rec:
            print(f"{gold['file']}: recommendation out of range: {line}"); misses += 1
        if kind == "problem":
            used_prob.add(int(target))
            if not 1 <= int(target) <= n_prob:
                print(f"{gold['file']}: problem out of range: {line}"); misses += 1
            continue
        if kind not in ("remark", "reply"):
            print(f"{gold['file']}: unknown kind: {line}"); misses += 1
            continue
        used_quote.append((kind, target))
        q = squeeze(target)
        if not 12 <= len(q) <= 25:
            print(f"{gold['file']}: quote length {len(q)}: {target}"); misses += 1
        if text.count(q) != 1:
            print(f"{gold['file']}: quote occurs {text.count(q)} times: {target}"); misses += 1
            continue
        if path.suffix != ".pdf" and not any(q in squeeze(u) for u in units):
            print(f"{gold['file']}: quote not inside one line/paragraph: {target}"); misses += 1
        pos = text.find(q)
        before = [k for s, k in starts if 0 <= s <= pos]
        if not before or before[-1] != kind:
            print(f"{gold['file']}: quote not in a {kind}: {target}"); misses += 1
    unused = sorted(set(range(1, n_prob + 1)) - used_prob)
    print(f"{gold['file']}: links {sum(kinds.values())} {dict(kinds)}; per rec {dict(sorted(per_rec.items()))}; "
          f"unused problems {unused}; distinct quotes {len(set(used_quote))}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        units = blocks(path)
        text = squeeze("\n".join(units))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, parent in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or parent not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry: {reply} -> {parent}")
                misses += 1
        if path.suffix == ".pdf":
            pages = [squeeze(p) for p in units]
            for r in gold["recommendations"]:
                want = gold["pages"][r["label"]]
                got = next((i + 1 for i, p in enumerate(pages) if squeeze(r["title"]) in p), None)
                if got != want:
                    print(f"{gold['file']}: page of {r['label']} is {got}, gold {want}")
                    misses += 1
        misses += check_links(gold, path, text, units)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, {len(gold['problems'])} problems, "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
