"""Check the hand-written gold of layouts36 against the documents' own text (not the pipeline).

Adapted from tests/reports/layouts/check_gold.py. For every gold/<file>.json: every title, item,
problem, remark, reply, heading (and session heading) occurs in the document text (for the PDF
in its pdftotext text layer with whitespace removed; for the .docx paragraphs and table cells);
reply_parents point to listed remarks/replies; PDF pages of recommendation titles are right.
For every gold/<file>.links.tsv: recommendation and problem ordinals are in range, and every
remark/reply quote is 12–25 characters, unique in the document, inside one line (.txt/.md) or
one paragraph/cell (.docx), and falls in a unit of the stated kind (the nearest preceding gold
remark/reply start). Run: ``python tests/reports/layouts36/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def docx_blocks(path: Path) -> list[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(str(path))
    blocks: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    blocks.append(cell.text)
    return blocks


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def blocks_of(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and cells (.docx), or one block per PDF page."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return path.read_text(encoding="utf-8").split("\n")


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


def check_links(gold: dict, path: Path, blocks: list[str], text: str) -> int:
    misses = 0
    tsv = HERE / "gold" / f"{gold['file']}.links.tsv"
    units = sorted(
        [(text.find(squeeze(s)), "remark") for s in gold.get("remarks", [])]
        + [(text.find(squeeze(s)), "reply") for s in gold.get("replies", [])]
    )
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts: dict[str, int] = {}
    used_probs: set[int] = set()
    used_units: set[int] = set()
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rec, kind, target = parts[0], parts[1], parts[2]
        where = f"{tsv.name}:{lineno}"
        if not (rec.isdigit() and 1 <= int(rec) <= n_recs):
            print(f"{where}: recommendation out of range: {rec}")
            misses += 1
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "problem":
            if not (target.isdigit() and 1 <= int(target) <= n_probs):
                print(f"{where}: problem out of range: {target}")
                misses += 1
            else:
                used_probs.add(int(target))
            continue
        if kind not in ("remark", "reply"):
            print(f"{where}: unknown target type: {kind}")
            misses += 1
            continue
        if not 12 <= len(target) <= 25:
            print(f"{where}: quote length {len(target)}: {target}")
            misses += 1
        q = squeeze(target)
        if text.count(q) != 1:
            print(f"{where}: quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        if path.suffix != ".pdf" and not any(target in b for b in blocks):
            print(f"{where}: quote not inside one line/paragraph: {target}")
            misses += 1
        pos = text.find(q)
        before = [u for u in units if 0 <= u[0] <= pos]
        if not before or before[-1][1] != kind:
            print(f"{where}: quote not in a {kind}: {target}")
            misses += 1
        else:
            used_units.add(before[-1][0])
    unused_p = sorted(set(range(1, n_probs + 1)) - used_probs)
    unused_r = sum(1 for u in units if u[0] not in used_units and u[1] == "remark")
    unused_a = sum(1 for u in units if u[0] not in used_units and u[1] == "reply")
    total = sum(counts.values())
    print(f"  links {total}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
          + f"; unused problems {unused_p}, unused remarks {unused_r}, unused replies {unused_a}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        blocks = blocks_of(path)
        text = squeeze("\n".join(blocks))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold.get("replies", []) or remark not in gold.get("remarks", []):
                print(f"{gold['file']}: bad reply_parents entry: {reply} -> {remark}")
                misses += 1
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(title) not in squeeze(blocks[page - 1]):
                print(f"{gold['file']}: title of {label} not on page {page}")
                misses += 1
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold.get('remarks', []))} remarks, "
              f"{len(gold.get('replies', []))} replies checked; chars {len(chr(10).join(blocks)) if path.suffix != '.pdf' else len(''.join(pdf_pages(path)))}")
        misses += check_links(gold, path, blocks, text)
    print("misses:", misses)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
