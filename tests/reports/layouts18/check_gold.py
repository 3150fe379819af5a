"""Check the hand-written gold of tests/reports/layouts18 against the documents' own text.

Not against the pipeline: every title, item, problem, remark, reply, heading and context start named
in gold/<file>.json must occur in the document's text (for the .docx in its paragraphs and table
cells, for the PDF in its pdftotext text layer with line breaks removed). For gold/<file>.links.tsv:
recommendation and problem ordinals are in range, every remark/reply quote is 12–25 characters,
occurs exactly once in the document, lies within one unit (line for .txt/.md, paragraph or table
cell for .docx, pdftotext text with line breaks removed for .pdf) and that unit is a remark (resp.
reply) of the gold; each recommendation has 1–2 problem links and 1–3 remark/reply links; at least
one problem and two remarks are unused. For the PDF, the page of each recommendation title.
Run: ``python tests/reports/layouts18/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """The document as a list of units (lines / paragraphs and cells / one PDF text)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        found = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                found += [cell.text for cell in row.cells]
        return found
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return [out.stdout.replace("\n", "")]
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
    found += [("reply_parent", k) for k in gold.get("reply_parents", {})]
    found += [("reply_parent", v) for v in gold.get("reply_parents", {}).values()]
    return found


def pdf_page_of(path: Path, title: str) -> int | None:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    for page in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        if squeeze(title) in squeeze(out):
            return page
    return None


def check_pdf_turns(text: str, quote: str, gold: dict) -> str | None:
    """For the PDF: the kind (remark/reply) of the nearest gold turn start before the quote."""
    pos = text.find(quote)
    best, kind = -1, None
    for key, k in (("remarks", "remark"), ("replies", "reply")):
        for start in gold[key]:
            p = text.find(squeeze(start))
            if best < p <= pos:
                best, kind = p, k
    return kind


def check_links(gold: dict, doc_units: list[str], is_pdf: bool) -> int:
    misses = 0
    path = HERE / "gold" / (gold["file"] + ".links.tsv")
    squeezed_units = [squeeze(u) for u in doc_units]
    whole = "\n".join(squeezed_units)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    used_problems, used_remarks = set(), set()
    per_rec: dict[int, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        rec_n = int(rec)
        if not 1 <= rec_n <= n_recs:
            print(f"{gold['file']}: rec out of range: {line}")
            misses += 1
        per_rec.setdefault(rec_n, Counter())[kind] += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{gold['file']}: problem out of range: {line}")
                misses += 1
            used_problems.add(int(target))
            continue
        if kind not in ("remark", "reply"):
            print(f"{gold['file']}: unknown target type: {line}")
            misses += 1
            continue
        q = squeeze(target)
        if not 12 <= len(target) <= 25:
            print(f"{gold['file']}: quote length {len(target)}: {target}")
            misses += 1
        count = whole.count(q)
        if count != 1:
            print(f"{gold['file']}: quote occurs {count} times: {target}")
            misses += 1
            continue
        if is_pdf:
            found_kind = check_pdf_turns(squeezed_units[0], q, gold)
            unit_start = None
        else:
            unit = next(u for u in squeezed_units if q in u)
            found_kind = None
            for key, k in (("remarks", "remark"), ("replies", "reply")):
                if any(squeeze(s) in unit for s in gold[key]):
                    found_kind = k
            unit_start = unit
        if found_kind != kind:
            print(f"{gold['file']}: quote is not on a {kind} unit (found {found_kind}): {target}")
            misses += 1
        if kind == "remark":
            used_remarks.add(unit_start if unit_start is not None else q)
    for rec_n in range(1, n_recs + 1):
        c = per_rec.get(rec_n, Counter())
        if not 1 <= c["problem"] <= 2 or not 1 <= c["remark"] + c["reply"] <= 3:
            print(f"{gold['file']}: rec {rec_n} has {dict(c)} links")
            misses += 1
    if n_probs - len(used_problems) < 1:
        print(f"{gold['file']}: no unused problem")
        misses += 1
    if not is_pdf and len(gold["remarks"]) - len(used_remarks) < 2:
        print(f"{gold['file']}: fewer than two unused remarks")
        misses += 1
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = HERE / gold["file"]
        doc_units = units(doc_path)
        text = squeeze("\n".join(doc_units))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for key in ("remarks", "replies", "problems"):
            for s in gold[key]:
                if text.count(squeeze(s)) != 1:
                    print(f"{gold['file']}: {key} start not unique: {s}")
                    misses += 1
        if doc_path.suffix == ".pdf":
            for i, rec in enumerate(gold["recommendations"], 1):
                page = pdf_page_of(doc_path, rec["title"])
                if gold["pages"].get(str(i)) != page:
                    print(f"{gold['file']}: rec {i} on page {page}, gold {gold['pages'].get(str(i))}")
                    misses += 1
        misses += check_links(gold, doc_units, doc_path.suffix == ".pdf")
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
