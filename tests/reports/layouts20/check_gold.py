"""Check the hand-written gold of layouts20 against the documents' own text (not against the pipeline).

Every title, item, problem, remark, reply, topic and heading named in gold/<file>.json must occur
in the document's text (for the PDF, in its pdftotext text layer with line breaks removed; for the
.docx, paragraphs and table cells in body order). For the PDF, each recommendation title must be on
the page given in `pages`. The link gold gold/<stem>.links.tsv is checked too: recommendation and
problem numbers in range, remark/reply quotes verbatim, 12–25 characters, unique in the document
and inside a remark (resp. reply) of the gold.
Run: ``python tests/reports/layouts20/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    out: list[str] = []

    def walk(parent, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                table = Table(child, parent)
                seen = set()  # merged cells are returned once per row/column they span
                for row in table.rows:
                    for cell in row.cells:
                        if cell._tc in seen:
                            continue
                        seen.add(cell._tc)
                        walk(cell, cell._tc)

    walk(document, document.element.body)
    return "\n".join(out)


def document_text(path: Path, page: int | None = None) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout
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
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    return found


def check_links(gold: dict, text: str) -> int:
    misses = 0
    stem = gold["file"].rsplit(".", 1)[0]
    path = HERE / "gold" / f"{stem}.links.tsv"
    if not path.exists():
        print(f"{gold['file']}: no link gold {path.name}")
        return 1
    # positions of every remark/reply start in the squeezed text
    starts = []
    for kind in ("remarks", "replies"):
        for s in gold[kind]:
            starts.append((text.find(squeeze(s)), kind[:-1] if kind == "remarks" else "reply"))
    starts.sort()
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    links = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        links += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{path.name}: recommendation out of range: {line}")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{path.name}: problem out of range: {line}")
                misses += 1
            continue
        if kind == "recommendation":
            continue
        q = squeeze(target)
        if not 12 <= len(q) <= 25:
            print(f"{path.name}: quote length {len(q)}: {target}")
            misses += 1
        if text.count(q) != 1:
            print(f"{path.name}: quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        pos = text.find(q)
        owner = [k for p, k in starts if p <= pos]
        if not owner or owner[-1] != kind:
            print(f"{path.name}: quote not inside a {kind}: {target}")
            misses += 1
    print(f"{path.name}: {links} links checked")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        text = squeeze(document_text(doc))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(title) not in squeeze(document_text(doc, page)):
                print(f"{gold['file']}: title of {label} not on page {page}")
                misses += 1
        if doc.suffix == ".pdf" and len(gold.get("pages", {})) != len(gold["recommendations"]):
            print(f"{gold['file']}: pages missing")
            misses += 1
        misses += check_links(gold, text)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
