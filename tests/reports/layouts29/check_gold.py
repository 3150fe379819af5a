"""Check the hand-written gold against the documents' own text (not against any pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder.

gold/<file>.json: every title, item, problem, remark, reply, topic and heading must occur in the
document's text (.txt/.md as written; .docx as body paragraphs and table cells in order; .pdf as
its pdftotext text layer), compared with all whitespace removed; for the PDF, each
recommendation title must be on the page given in ``pages``.

gold/<file>.links.tsv: recommendation and problem numbers must be in range; remark/reply
quotes must be 12-25 characters, occur exactly once in the document, lie on one line (.txt/.md)
or in one paragraph or table cell (.docx), and fall inside a unit of the stated kind (the span
from a gold remark/reply start to the next one, in the whitespace-free text; for the PDF this is
the pdftotext text with line breaks removed).

Run: ``python tests/reports/layouts29/check_gold.py`` (exit 1 on a miss). Prints link counts.
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
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            for row in Table(el, doc).rows:
                blocks.extend(cell.text for cell in row.cells)
    return blocks


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def blocks_of(path: Path) -> list[str]:
    """Units a quote must stay within: lines, paragraphs/cells, or the whole PDF text."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    if path.suffix == ".pdf":
        return [pdf_text(path)]
    return path.read_text(encoding="utf-8").splitlines()


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


def read_links(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def check_file(gold_path: Path) -> tuple[int, dict]:
    misses = 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = HERE / gold["file"]
    blocks = blocks_of(doc)
    text = squeeze("\n".join(blocks))

    def miss(msg: str) -> None:
        nonlocal misses
        print(f"{gold['file']}: {msg}")
        misses += 1

    for kind, value in strings(gold):
        if squeeze(value) not in text:
            miss(f"{kind} not found: {value}")
    for parent_reply, parent in gold.get("reply_parents", {}).items():
        if parent_reply not in gold["replies"] or parent not in gold["remarks"]:
            miss(f"reply_parents entry not among replies/remarks: {parent_reply} -> {parent}")
    if doc.suffix == ".pdf":
        for label, page in gold.get("pages", {}).items():
            rec = next(r for r in gold["recommendations"] if r["label"] == label)
            if squeeze(rec["title"]) not in squeeze(pdf_text(doc, page)):
                miss(f"title of {label} not on page {page}")

    # unit spans in the whitespace-free text
    starts = []
    for kind in ("remarks", "replies"):
        for s in gold.get(kind, []):
            n = text.count(squeeze(s))
            if n != 1:
                miss(f"{kind} start occurs {n} times: {s}")
                continue
            starts.append((text.index(squeeze(s)), kind[:-1] if kind == "remarks" else "reply", s))
    starts.sort()

    def unit_at(pos: int):
        found = None
        for start in starts:
            if start[0] <= pos:
                found = start
        return found

    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used_problems, used_units = set(), set()
    links_path = gold_path.with_name(gold["file"] + ".links.tsv")
    for row in read_links(links_path):
        if len(row) < 3:
            miss(f"bad link row: {row}")
            continue
        rec, kind, target = row[0], row[1], row[2]
        counts["links"] += 1
        counts[kind] = counts.get(kind, 0) + 1
        if not rec.isdigit() or not 1 <= int(rec) <= len(gold["recommendations"]):
            miss(f"recommendation number out of range: {row}")
        if kind == "problem":
            if not target.isdigit() or not 1 <= int(target) <= len(gold["problems"]):
                miss(f"problem number out of range: {row}")
            used_problems.add(int(target))
        elif kind == "recommendation":
            if not target.isdigit() or not 1 <= int(target) <= len(gold["recommendations"]):
                miss(f"recommendation target out of range: {row}")
        elif kind in ("remark", "reply"):
            if not 12 <= len(target) <= 25:
                miss(f"quote length {len(target)} not in 12-25: {target}")
            q = squeeze(target)
            if text.count(q) != 1:
                miss(f"quote occurs {text.count(q)} times: {target}")
                continue
            if doc.suffix != ".pdf" and sum(q in squeeze(b) for b in blocks) != 1:
                miss(f"quote not within one line/paragraph/cell: {target}")
            unit = unit_at(text.index(q))
            if unit is None or unit[1] != kind:
                miss(f"quote not inside a {kind}: {target} (unit: {unit})")
            else:
                used_units.add(unit[2])
        else:
            miss(f"unknown target type: {row}")
    unused_problems = [i for i in range(1, len(gold["problems"]) + 1) if i not in used_problems]
    unused_remarks = [s for s in gold.get("remarks", []) if s not in used_units]
    unused_replies = [s for s in gold.get("replies", []) if s not in used_units]
    summary = {
        "file": gold["file"], "problems": len(gold["problems"]),
        "recs": len(gold["recommendations"]),
        "items": sum(len(v) for v in gold.get("recommendation_items", {}).values()),
        "remarks": len(gold.get("remarks", [])), "replies": len(gold.get("replies", [])),
        **counts, "unused_problems": unused_problems,
        "unused_remarks": len(unused_remarks), "unused_replies": len(unused_replies),
    }
    # the unused targets listed in the file's closing comments must match
    comments = "\n".join(l for l in links_path.read_text(encoding="utf-8").splitlines() if l.startswith("#"))
    for s in unused_remarks + unused_replies:
        if squeeze(s)[:8] not in squeeze(comments):
            miss(f"unused target not listed in comments: {s}")
    print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
          f"{counts['links']} links checked")
    return misses, summary


def main() -> int:
    misses = 0
    summaries = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        m, s = check_file(gold_path)
        misses += m
        summaries.append(s)
    for s in summaries:
        print(json.dumps(s, ensure_ascii=False))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
