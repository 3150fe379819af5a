"""Check the hand-written gold against the documents' own text (not against the pipeline).

Every title, item, problem, remark, reply, topic and heading named in gold/<file>.json must occur
in the document's text (for the PDF, in its pdftotext text layer with line breaks removed).
Run: ``python3 tests/reports/layouts52/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        import docx.table
        import docx.text.paragraph

        # Body paragraphs and table cells in document order (layouts52: the record is a table;
        # the original read doc.paragraphs only and missed text in table cells).
        document = docx.Document(str(path))
        lines = []
        for block in document.element.body.iterchildren():
            if block.tag.endswith("}p"):
                lines.append(docx.text.paragraph.Paragraph(block, document).text)
            elif block.tag.endswith("}tbl"):
                for row in docx.table.Table(block, document).rows:
                    lines.extend(cell.text for cell in row.cells)
        return "\n".join(lines)
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return out.stdout
    return path.read_text(encoding="utf-8")


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


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = squeeze(document_text(HERE / gold["file"]))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
