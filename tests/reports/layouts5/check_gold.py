"""Check the hand-written gold of the held-out set layouts5 against the documents' own text.

Not against the pipeline: nothing here imports or runs it. For every gold/<file>.json, every
title, item, problem start, context/intro/conclusion start, remark, reply, topic and heading must
occur in the document's text (whitespace removed; for .md also with ** removed; for the PDF in its
pdftotext text layer; for the .docx in its paragraph and table-cell texts). For the PDF, each
recommendation's `pages` entry must be the page on which its title appears. For every
gold/<file>.links.tsv, recommendation numbers must exist, problem numbers must exist, and each
remark/reply quote must be verbatim, 12-25 characters, unique in the document, on one line
(.txt/.md) or inside one paragraph/cell (.docx), and inside a remark/reply unit of the gold.
Run: ``python tests/reports/layouts5/check_gold.py`` (exit 1 on a miss).
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

    document = docx.Document(str(path))
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        seen: list = []  # keep the elements alive: id() of a freed proxy can be reused
        for row in table.rows:
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen):
                    continue
                seen.append(cell._tc)
                blocks += [p.text for p in cell.paragraphs]
    return blocks


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def blocks(path: Path) -> list[str]:
    """Units inside which a link quote must lie (lines, or docx paragraphs/cells, or PDF text)."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    if path.suffix == ".pdf":
        return [squeeze("".join(pdf_pages(path)))]
    return path.read_text(encoding="utf-8").split("\n")


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(docx_blocks(path))
    if path.suffix == ".pdf":
        return "".join(pdf_pages(path))
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.replace("**", "")
    return text


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def check_structure(gold: dict, path: Path) -> int:
    misses = 0
    text = squeeze(document_text(path))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    for reply, parent in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or parent not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {reply} -> {parent}")
            misses += 1
    # starts must be in document order
    for key in ("problems", "remarks", "replies", "topics"):
        positions = [text.find(squeeze(s)) for s in gold.get(key, [])]
        if positions != sorted(positions):
            print(f"{gold['file']}: {key} not in document order")
            misses += 1
    if path.suffix == ".pdf":
        pages = [squeeze(p) for p in pdf_pages(path)]
        for rec in gold["recommendations"]:
            want = gold["pages"].get(rec["label"])
            got = [i + 1 for i, page in enumerate(pages) if squeeze(rec["title"]) in page]
            if got[:1] != [want]:
                print(f"{gold['file']}: page of {rec['label']} is {got}, gold says {want}")
                misses += 1
    return misses


def check_links(gold: dict, path: Path, tsv: Path) -> tuple[int, dict]:
    misses = 0
    whole = squeeze(document_text(path))
    units = blocks(path)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    remark_units = gold["remarks"]
    reply_units = gold["replies"]
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            print(f"{tsv.name}:{lineno}: fewer than 3 fields")
            misses += 1
            continue
        rec, kind, target = fields[:3]
        counts["links"] += 1
        counts[kind] = counts.get(kind, 0) + 1
        if not rec.isascii() or not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            print(f"{tsv.name}:{lineno}: bad recommendation number {rec}")
            misses += 1
        if kind in ("problem", "recommendation"):
            limit = n_probs if kind == "problem" else n_recs
            if not target.isascii() or not target.isdigit() or not 1 <= int(target) <= limit:
                print(f"{tsv.name}:{lineno}: bad {kind} number {target}")
                misses += 1
            continue
        if kind not in ("remark", "reply"):
            print(f"{tsv.name}:{lineno}: unknown target type {kind}")
            misses += 1
            continue
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}:{lineno}: quote length {len(target)}: {target}")
            misses += 1
        if whole.count(squeeze(target)) != 1:
            print(f"{tsv.name}:{lineno}: quote occurs {whole.count(squeeze(target))} times: {target}")
            misses += 1
        target_in_unit = squeeze(target) if path.suffix == ".pdf" else target
        if not any(target_in_unit in u for u in units):
            print(f"{tsv.name}:{lineno}: quote not within one line/paragraph/cell: {target}")
            misses += 1
        # the quote must fall inside a remark (or reply) unit: the unit is the text from its start
        # to the next unit start
        starts = sorted((whole.find(squeeze(s)), k) for k, ss in (("remark", remark_units), ("reply", reply_units))
                        for s in ss)
        pos = whole.find(squeeze(target))
        owner = None
        for start, k in starts:
            if start <= pos:
                owner = k
        if owner != kind:
            print(f"{tsv.name}:{lineno}: quote lies in a {owner} unit, not a {kind}: {target}")
            misses += 1
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        misses += check_structure(gold, path)
        tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
        m, counts = check_links(gold, path, tsv)
        misses += m
        print(f"{gold['file']}: {len(gold['recommendations'])} recs, {len(gold['problems'])} problems, "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies, "
              f"{len(gold['topics'])} topics; links {counts}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
