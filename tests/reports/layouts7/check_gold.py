"""Check the hand-written gold of tests/reports/layouts7 against the documents' own text.

Not against the pipeline: this script never imports or runs it.

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic, heading and
intro/conclusion/context/preamble start must occur in the document's text (the PDF: its pdftotext
text layer; the docx: paragraph and table-cell texts in body order), whitespace removed; remark and
reply starts must be unique; reply_parents must name a reply and a remark; for the PDF, each
recommendation title must occur on the page given in `pages`.

Link gold (gold/<file>.links.tsv): recommendation and problem ordinals in range; remark/reply
quotes 12-25 characters, verbatim, unique in the document, inside a unit of the right kind (the
nearest preceding remark/reply start is of that kind), on one line for .txt/.md; each
recommendation has 1-2 problem links and 1-3 remark/reply links; at least 1 unused problem and
2 unused remarks per report.

Run: ``python tests/reports/layouts7/check_gold.py`` (exit 1 on any miss).
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
    out = []
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            out.append(Paragraph(element, document).text)
        elif element.tag.endswith("}tbl"):
            for row in Table(element, document).rows:
                out.extend(cell.text for cell in row.cells)
    return "\n".join(out)


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
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


def check_structure(gold: dict, path: Path, raw: str) -> int:
    misses = 0
    text = squeeze(raw)
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for kind in ("remarks", "replies"):
        for value in gold.get(kind, []):
            if text.count(squeeze(value)) != 1:
                print(f"{gold['file']}: {kind} start not unique: {value}")
                misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {reply} -> {remark}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    if path.suffix == ".pdf":
        for rec in gold["recommendations"]:
            page = gold["pages"].get(rec["label"])
            if page is None or squeeze(rec["title"]) not in squeeze(pdf_text(path, page)):
                print(f"{gold['file']}: title of {rec['label']} not on page {page}")
                misses += 1
    return misses


def unit_positions(gold: dict, text: str) -> list[tuple[int, str, str]]:
    units = [(text.find(squeeze(s)), "remark", s) for s in gold["remarks"]]
    units += [(text.find(squeeze(s)), "reply", s) for s in gold["replies"]]
    return sorted(units)


def check_links(gold: dict, path: Path, raw: str) -> tuple[int, dict]:
    misses = 0
    name = gold["file"]
    text = squeeze(raw)
    units = unit_positions(gold, text)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    per_rec = {i: {"problem": 0, "talk": 0} for i in range(1, n_recs + 1)}
    used_problems, used_units = set(), set()
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    tsv = HERE / "gold" / f"{name}.links.tsv"
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            print(f"{tsv.name}:{lineno}: fewer than 3 columns")
            misses += 1
            continue
        rec, kind, target = cols[0], cols[1], cols[2]
        if not rec.isascii() or not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            print(f"{tsv.name}:{lineno}: bad recommendation number {rec}")
            misses += 1
            continue
        counts["links"] += 1
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "problem":
            if not target.isascii() or not target.isdigit() or not 1 <= int(target) <= n_probs:
                print(f"{tsv.name}:{lineno}: bad problem number {target}")
                misses += 1
            used_problems.add(int(target))
            per_rec[int(rec)]["problem"] += 1
        elif kind == "recommendation":
            if not target.isdigit() or not 1 <= int(target) <= n_recs:
                print(f"{tsv.name}:{lineno}: bad recommendation target {target}")
                misses += 1
        elif kind in ("remark", "reply"):
            per_rec[int(rec)]["talk"] += 1
            if not 12 <= len(target) <= 25:
                print(f"{tsv.name}:{lineno}: quote length {len(target)}: {target}")
                misses += 1
            if path.suffix in (".txt", ".md"):
                hits = [l for l in raw.splitlines() if target in l]
                if raw.count(target) != 1 or len(hits) != 1:
                    print(f"{tsv.name}:{lineno}: quote not verbatim/unique on one line: {target}")
                    misses += 1
            q = squeeze(target)
            if text.count(q) != 1:
                print(f"{tsv.name}:{lineno}: quote not found once: {target}")
                misses += 1
                continue
            pos = text.find(q)
            before = [u for u in units if u[0] <= pos]
            if not before or before[-1][1] != kind:
                print(f"{tsv.name}:{lineno}: quote not inside a {kind}: {target}")
                misses += 1
            else:
                used_units.add(before[-1][2])
        else:
            print(f"{tsv.name}:{lineno}: bad target type {kind}")
            misses += 1
    for rec, c in per_rec.items():
        if not 1 <= c["problem"] <= 2 or not 1 <= c["talk"] <= 3:
            print(f"{tsv.name}: recommendation {rec} has {c['problem']} problem and {c['talk']} remark/reply links")
            misses += 1
    unused_p = n_probs - len(used_problems)
    unused_r = len([s for s in gold["remarks"] if s not in used_units])
    unused_y = len([s for s in gold["replies"] if s not in used_units])
    if unused_p < 1 or unused_r < 2:
        print(f"{tsv.name}: too few unused targets ({unused_p} problems, {unused_r} remarks)")
        misses += 1
    counts.update(unused_problems=unused_p, unused_remarks=unused_r, unused_replies=unused_y,
                  distinct_units=len(used_units))
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        raw = document_text(path)
        misses += check_structure(gold, path, raw)
        m, counts = check_links(gold, path, raw)
        misses += m
        print(f"{gold['file']}: {len(raw)} chars, {len(gold['recommendations'])} recommendations, "
              f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies, {len(gold['topics'])} topics; links {counts}")
    print("OK" if not misses else f"{misses} problem(s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
