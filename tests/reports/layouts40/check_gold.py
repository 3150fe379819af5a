"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for the held-out set layouts40.

1. gold/<file>.json: every title, item, problem, problem-context, intro, conclusion, preamble,
   remark, reply, topic, session and section heading must occur in the document's text (the .docx
   read as body paragraphs and table-cell paragraphs in order; the PDF as its pdftotext text layer;
   whitespace ignored). reply_parents must map replies to remarks, session topics must be topics,
   and for the PDF every recommendation title must be on the page given in ``pages``.
2. gold/<file>.links.tsv: recommendation and problem numbers are ordinals within the gold's counts;
   remark/reply targets are verbatim quotes of 12–25 characters, unique in the document, on one line
   (.txt/.md), inside one paragraph or table cell (.docx) or in the pdftotext text with line breaks
   removed (.pdf), and lie in a unit of the stated kind (remark or reply); no recommendation links
   the same problem or unit twice; 13–18 links per report;
   quoted distractors listed in the trailing comments occur in the document.

Run: ``python tests/reports/layouts40/check_gold.py`` (exit 1 on any miss).
Needs python-docx and poppler-utils (pdftotext). Does not involve the pipeline.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
LINK_RANGE = (13, 18)
QUOTE_RANGE = (12, 25)


def docx_blocks(path: Path) -> list[str]:
    """Body paragraphs and table-cell paragraphs of a .docx, in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    blocks.extend(p.text for p in cell.paragraphs)
    return blocks


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def blocks_of(path: Path) -> list[str]:
    """Units a quote must not cross: lines (.txt/.md), paragraphs/cells (.docx), whole text (.pdf)."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    if path.suffix == ".pdf":
        return [pdf_text(path).replace("\n", "")]
    return path.read_text(encoding="utf-8").splitlines()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def check_structure(gold: dict, path: Path) -> list[str]:
    errors = []
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        errors.append("duplicate recommendation labels")
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            errors.append(f"items for unknown label {label}")
    remarks, replies = gold.get("remarks", []), gold.get("replies", [])
    for reply, parent in gold.get("reply_parents", {}).items():
        if reply not in replies:
            errors.append(f"reply_parents key is not a reply: {reply}")
        if parent not in remarks:
            errors.append(f"reply_parents value is not a remark: {parent}")
    if set(gold.get("reply_parents", {})) != set(replies):
        errors.append("not every reply has a parent")
    topics = gold.get("topics", [])
    for session in gold.get("sessions", []):
        for topic in session["topics"]:
            if topic not in topics:
                errors.append(f"session topic not in topics: {topic}")
    for role in {s["role"] for s in gold["sections"]} - {
            "intro", "problem", "recommendations", "responses", "conclusion", "workshop", "other"}:
        errors.append(f"unknown role {role}")
    if path.suffix == ".pdf":
        pages = gold.get("pages", {})
        for rec in gold["recommendations"]:
            page = pages.get(rec["label"])
            if page is None:
                errors.append(f"no page for recommendation {rec['label']}")
            elif squeeze(rec["title"]) not in squeeze(pdf_text(path, page)):
                errors.append(f"recommendation {rec['label']} title not on page {page}")
    return errors


def unit_at(text: str, pos: int, gold: dict) -> tuple[int, str] | None:
    """(position, kind) of the record unit (remark/reply) whose start is the last one at or before pos."""
    starts = []
    for kind in ("remarks", "replies"):
        for start in gold.get(kind, []):
            s = squeeze(start)
            for m in re.finditer(re.escape(s), text):
                starts.append((m.start(), kind[:-1] if kind == "remarks" else "reply"))
    starts = [(p, k) for p, k in starts if p <= pos]
    return max(starts) if starts else None


def check_links(gold: dict, path: Path, links_path: Path) -> tuple[list[str], int]:
    errors = []
    blocks = blocks_of(path)
    whole = squeeze("\n".join(blocks))
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    count = 0
    linked: set = set()
    lines = links_path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            errors.append(f"line {number}: fewer than 3 fields")
            continue
        rec, kind, target = fields[0], fields[1], fields[2]
        count += 1
        if not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            errors.append(f"line {number}: recommendation ordinal out of range: {rec}")
        if kind == "problem":
            if not target.isdigit() or not 1 <= int(target) <= n_probs:
                errors.append(f"line {number}: problem ordinal out of range: {target}")
            elif (rec, "problem", target) in linked:
                errors.append(f"line {number}: duplicate link to problem {target}")
            linked.add((rec, "problem", target))
        elif kind == "recommendation":
            if not target.isdigit() or not 1 <= int(target) <= n_recs:
                errors.append(f"line {number}: recommendation target out of range: {target}")
        elif kind in ("remark", "reply"):
            if not QUOTE_RANGE[0] <= len(target) <= QUOTE_RANGE[1]:
                errors.append(f"line {number}: quote length {len(target)}: {target}")
            hits = sum(block.count(target) for block in blocks)
            if hits != 1:
                errors.append(f"line {number}: quote found {hits} times within one unit: {target}")
            if whole.count(squeeze(target)) != 1:
                errors.append(f"line {number}: quote not unique in the document: {target}")
            else:
                unit = unit_at(whole, whole.index(squeeze(target)), gold)
                found = unit[1] if unit else None
                if found != kind:
                    errors.append(f"line {number}: quote lies in a {found}, not a {kind}: {target}")
                elif (rec, unit) in linked:
                    errors.append(f"line {number}: recommendation {rec} already links this {kind}")
                linked.add((rec, unit))
        else:
            errors.append(f"line {number}: unknown target type {kind}")
    unused = False
    for line in lines:
        unused = unused or line.startswith("# Unused targets")
        m = re.match(r"#\s+(remark|reply)\s\s+(.+)$", line)
        if unused and m:
            quote = re.sub(r"\s*\(.*\)$", "", m.group(2)).strip()
            if squeeze(quote) not in whole:
                errors.append(f"distractor not found: {quote}")
    if not LINK_RANGE[0] <= count <= LINK_RANGE[1]:
        errors.append(f"{count} links, expected {LINK_RANGE[0]}–{LINK_RANGE[1]}")
    return errors, count


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        text = squeeze("\n".join(blocks_of(path)))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for error in check_structure(gold, path):
            print(f"{gold['file']}: {error}")
            misses += 1
        links_path = HERE / "gold" / f"{gold['file']}.links.tsv"
        errors, count = check_links(gold, path, links_path)
        for error in errors:
            print(f"{links_path.name}: {error}")
        misses += len(errors)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items, "
              f"{len(gold['problems'])} problems, {len(gold.get('remarks', []))} remarks, "
              f"{len(gold.get('replies', []))} replies, {count} links checked")
    print("OK" if not misses else f"{misses} problem(s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
