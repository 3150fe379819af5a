"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder. For every gold/<file>.json:
every title, item, problem, remark, reply, topic and heading must occur in the document's text
(.docx: body paragraphs and table cells in body order; .pdf: pdftotext text layer), reply_parents
must name a gold reply and a gold remark, and PDF recommendation titles must start on the page
given in `pages`. For every gold/<file>.links.tsv: recommendation and problem numbers are in
range; remark/reply quotes are 12-25 characters, occur exactly once in the document, and lie in a
single line (.txt/.md), paragraph or table cell (.docx) or, for the PDF, in the pdftotext text
with line breaks removed, inside a unit of the right kind (the nearest preceding gold
remark/reply start is of that kind).
Run: ``python tests/reports/layouts32/check_gold.py`` (exit 1 on a problem).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or pdftotext lines (.pdf)."""
    if path.suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = docx.Document(str(path))
        out = []
        for el in doc.element.body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                out.append(Paragraph(el, doc).text)
            elif tag == "tbl":
                for row in Table(el, doc).rows:
                    out += [cell.text for cell in row.cells]
        return out
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return out.stdout.split("\n")
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


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return [squeeze(p) for p in out.stdout.split("\f")]


def check_links(gold: dict, path: Path, doc_blocks: list[str]) -> int:
    misses = 0
    name = gold["file"]
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    joined = squeeze("".join(doc_blocks))
    starts = sorted(
        [(joined.find(squeeze(s)), "remark") for s in gold["remarks"]]
        + [(joined.find(squeeze(s)), "reply") for s in gold["replies"]])
    counts = {"problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used = {"problem": set(), "remark": set(), "reply": set()}
    for line in (HERE / "gold" / (name + ".links.tsv")).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts[kind] += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{name}: recommendation out of range: {line}")
            misses += 1
        if kind == "problem":
            used["problem"].add(int(target))
            if not 1 <= int(target) <= n_probs:
                print(f"{name}: problem out of range: {line}")
                misses += 1
            continue
        if kind == "recommendation":
            continue
        q = squeeze(target)
        if not 12 <= len(q) <= 25:
            print(f"{name}: quote length {len(q)}: {target}")
            misses += 1
        if joined.count(q) != 1:
            print(f"{name}: quote occurs {joined.count(q)} times: {target}")
            misses += 1
            continue
        if path.suffix != ".pdf":
            holders = [b for b in doc_blocks if q in squeeze(b)]
            if len(holders) != 1:
                print(f"{name}: quote not inside one line/paragraph/cell: {target}")
                misses += 1
                continue
            unit_kinds = [k for s, k in ((s, "remark") for s in gold["remarks"])
                          if squeeze(s) in squeeze(holders[0])]
            unit_kinds += ["reply" for s in gold["replies"] if squeeze(s) in squeeze(holders[0])]
            if unit_kinds != [kind]:
                print(f"{name}: quote not on a {kind} line ({unit_kinds}): {target}")
                misses += 1
        else:
            pos = joined.find(q)
            before = [k for s, k in starts if 0 <= s <= pos]
            if not before or before[-1] != kind:
                print(f"{name}: quote not inside a {kind}: {target}")
                misses += 1
        used[kind].add(q)
    print(f"{name}: links {sum(counts.values())} = " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f"; unused problems {sorted(set(range(1, n_probs + 1)) - used['problem'])}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        doc_blocks = blocks(path)
        text = squeeze("\n".join(doc_blocks))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry: {reply} -> {remark}")
                misses += 1
        if path.suffix == ".pdf":
            pages = pdf_pages(path)
            for rec in gold["recommendations"]:
                want = gold["pages"][rec["label"]]
                if squeeze(rec["title"]) not in pages[want - 1]:
                    print(f"{gold['file']}: {rec['label']} title not on page {want}")
                    misses += 1
        misses += check_links(gold, path, doc_blocks)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
