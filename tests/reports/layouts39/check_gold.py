"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder. Every title, item, problem,
remark, reply, topic and heading named in gold/<file>.json must occur in the document's text
(.docx: paragraphs and table cells; .pdf: pdftotext text with line breaks removed). For
gold/<file>.links.tsv: recommendation and problem numbers must be in range, remark/reply quotes
must be 12–25 characters, unique in the document and inside one line (.txt/.md), one paragraph or
table cell (.docx) or the pdftotext text with line breaks removed (.pdf). For the PDF, each
recommendation title must start on the page given in `pages`.
Run: ``python tests/reports/layouts39/check_gold.py`` (exit 1 on a miss).
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
    from docx.oxml.ns import qn

    body = docx.Document(str(path)).element.body
    blocks = []
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            blocks.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                blocks.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    return blocks


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def blocks_of(path: Path) -> list[str]:
    """Units inside which a link quote must lie."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    if path.suffix == ".pdf":
        return [re.sub(r"[\n\f]", "", pdf_text(path))]
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


def check_links(gold: dict, doc: Path, blocks: list[str]) -> int:
    misses = 0
    tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
    full = "\n".join(blocks)
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    count = {"problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rec, kind, target = int(cols[0]), cols[1], cols[2]
        count[kind] += 1
        if not 1 <= rec <= n_rec:
            print(f"{tsv.name}: recommendation out of range: {line}")
            misses += 1
        if kind == "problem" and not 1 <= int(target) <= n_prob:
            print(f"{tsv.name}: problem out of range: {line}")
            misses += 1
        if kind in ("remark", "reply"):
            problems = []
            if not 12 <= len(target) <= 25:
                problems.append(f"length {len(target)}")
            if full.count(target) != 1:
                problems.append(f"occurs {full.count(target)} times")
            if not any(target in b for b in blocks):
                problems.append("not inside one unit")
            starts = gold["remarks"] if kind == "remark" else gold["replies"]
            unit = [b for b in blocks if target in b]
            if unit and not any(squeeze(s) in squeeze(unit[0]) for s in starts):
                problems.append(f"unit is not a {kind}")
            if problems:
                print(f"{tsv.name}: {kind} quote {target!r}: {', '.join(problems)}")
                misses += 1
    print(f"{tsv.name}: links {sum(count.values())} {count}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        blocks = blocks_of(doc)
        text = squeeze("\n".join(blocks))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry {reply} -> {remark}")
                misses += 1
        for n, page in gold.get("pages", {}).items():
            title = gold["recommendations"][int(n) - 1]["title"]
            if squeeze(title) not in squeeze(pdf_text(doc, page)):
                print(f"{gold['file']}: recommendation {n} not on page {page}")
                misses += 1
        misses += check_links(gold, doc, blocks)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
