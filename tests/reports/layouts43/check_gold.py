"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for the held-out set layouts43.
Every title, item, problem, remark, reply, topic and heading named in gold/<file>.json must occur
in the document's text (for the .docx in its paragraphs and table cells, for the PDF in its
pdftotext text layer with line breaks removed). In addition, for gold/<file>.links.tsv:
recommendation/problem ordinals must be in range; remark/reply quotes must be 12–25 characters,
occur exactly once in the document, lie on one line (.txt/.md), in one paragraph or table cell
(.docx) or in the pdftotext text with line breaks removed (.pdf), and lie inside a remark/reply
unit of the gold of the right kind; reply_parents must name gold remarks/replies.
Run: ``python tests/reports/layouts43/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Units in which a link quote must lie: lines, paragraphs/cells, or the whole PDF text."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                out += [c.text for c in row.cells]
        return out
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return [out.stdout.replace("\n", "")]
    return path.read_text(encoding="utf-8").splitlines()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return out.stdout
    return "\n".join(blocks(path))


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


def unit_blocks(bl: list[str], starts: list[str]) -> list[str]:
    """The block (line/paragraph/cell) holding each remark/reply start."""
    out = []
    for s in starts:
        hit = [b for b in bl if squeeze(s) in squeeze(b)]
        out.append(hit[0] if len(hit) == 1 else "")
    return out


def check_links(gold: dict, doc: Path, text: str) -> int:
    misses = 0
    name = gold["file"]
    path = HERE / "gold" / f"{name}.links.tsv"
    if not path.exists():
        print(f"{name}: links.tsv missing")
        return 1
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    bl = blocks(doc)
    kinds = {"remark": gold["remarks"], "reply": gold["replies"]}
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            print(f"{name}: bad links line: {line}")
            misses += 1
            continue
        rec, kind, target = cols[0], cols[1], cols[2]
        n += 1
        if not (rec.isdigit() and 1 <= int(rec) <= n_recs):
            print(f"{name}: recommendation ordinal out of range: {line}")
            misses += 1
        if kind == "problem":
            if not (target.isdigit() and 1 <= int(target) <= n_probs):
                print(f"{name}: problem ordinal out of range: {line}")
                misses += 1
        elif kind == "recommendation":
            if not (target.isdigit() and 1 <= int(target) <= n_recs):
                print(f"{name}: recommendation target out of range: {line}")
                misses += 1
        elif kind in kinds:
            if not 12 <= len(target) <= 25:
                print(f"{name}: quote length {len(target)} not in 12..25: {target}")
                misses += 1
            count = text.count(target)
            if count != 1:
                print(f"{name}: quote occurs {count} times: {target}")
                misses += 1
            holders = [b for b in bl if target in b]
            if not holders:
                print(f"{name}: quote not within one block: {target}")
                misses += 1
            units = unit_blocks(bl, kinds[kind])
            if doc.suffix == ".pdf":
                # locate the unit by its start and take the text up to the next unit start
                flat = bl[0]
                starts = sorted(flat.find(s) for k in kinds.values() for s in k if flat.find(s) >= 0)
                pos = flat.find(target)
                owner = max((p for p in starts if p <= pos), default=-1)
                ok = owner >= 0 and any(flat.find(s) == owner for s in kinds[kind])
            else:
                ok = any(target in u for u in units if u)
            if not ok:
                print(f"{name}: quote not inside a gold {kind}: {target}")
                misses += 1
        else:
            print(f"{name}: unknown target type: {line}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{name}: reply_parents entry not in gold: {reply} -> {remark}")
            misses += 1
    print(f"{name}: {n} links checked")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        raw = document_text(doc)
        text = squeeze(raw)
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        flat = raw.replace("\n", "") if doc.suffix == ".pdf" else raw
        misses += check_links(gold, doc, flat)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
