"""Check the hand-written gold of layouts8 against the documents' own text (not the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic and heading must
occur in the document's text (whitespace removed): the file itself for .txt/.md, paragraph and
table-cell texts for the .docx, the pdftotext text layer for the PDF; for the PDF each
recommendation's "label+title" must be on the page given in `pages`.

Link gold (gold/<file>.links.tsv): recommendation and problem ordinals in range; every remark/reply
quote 12-25 characters, occurring exactly once in the document, inside one line (.txt/.md), one
paragraph or table cell (.docx) or, for the PDF, in the whitespace-free text; the nearest remark or
reply start before the quote must be of the quoted type. Each recommendation has 1-2 problem links
and 1-3 remark/reply links; at least one problem and two remarks are unused.
Run: ``python tests/reports/layouts8/check_gold.py`` (exit 1 on a miss). No part of the project is
imported or run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """The document as a list of text units (lines, paragraphs/cells, or the whole PDF text)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        seen = set()
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell is returned once per row
                        continue
                    seen.add(cell._tc)
                    out.append(cell.text)
        return out
    if path.suffix == ".pdf":
        return [pdftotext(path)]
    return path.read_text(encoding="utf-8").splitlines()


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


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


def check_links(gold: dict, unit_list: list[str], path: Path) -> list[str]:
    errors: list[str] = []
    text = squeeze("\n".join(unit_list))
    starts = sorted(
        [(text.find(squeeze(s)), "remark", s) for s in gold["remarks"]]
        + [(text.find(squeeze(s)), "reply", s) for s in gold["replies"]])
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, dict[str, int]] = {i: {"problem": 0, "talk": 0} for i in range(1, n_recs + 1)}
    used_problems, used_remarks = set(), set()
    for line in (HERE / "gold" / f"{gold['file']}.links.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target = line.split("\t")[:3]
        rec_n = int(rec)
        if not 1 <= rec_n <= n_recs:
            errors.append(f"recommendation ordinal out of range: {line}")
            continue
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                errors.append(f"problem ordinal out of range: {line}")
            per_rec[rec_n]["problem"] += 1
            used_problems.add(int(target))
            continue
        if kind not in ("remark", "reply"):
            errors.append(f"unknown target type: {line}")
            continue
        per_rec[rec_n]["talk"] += 1
        if not 12 <= len(target) <= 25:
            errors.append(f"quote length {len(target)} not in 12-25: {target}")
        q = squeeze(target)
        if text.count(q) != 1:
            errors.append(f"quote occurs {text.count(q)} times: {target}")
            continue
        if path.suffix != ".pdf" and not any(target in u for u in unit_list):
            errors.append(f"quote not inside one line/paragraph/cell: {target}")
        pos = text.find(q)
        before = [s for s in starts if 0 <= s[0] <= pos]
        if not before or before[-1][1] != kind:
            errors.append(f"quote is not in a {kind}: {target}")
        elif kind == "remark":
            used_remarks.add(before[-1][2])
    for rec_n, c in per_rec.items():
        if not 1 <= c["problem"] <= 2 or not 1 <= c["talk"] <= 3:
            errors.append(f"recommendation {rec_n}: {c['problem']} problem / {c['talk']} remark-reply links")
    if n_probs - len(used_problems) < 1:
        errors.append("no unused problem")
    if len(gold["remarks"]) - len(used_remarks) < 2:
        errors.append("fewer than two unused remarks")
    return errors


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        unit_list = units(path)
        text = squeeze("\n".join(unit_list))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(label + title) not in squeeze(pdftotext(path, page)):
                print(f"{gold['file']}: recommendation {label} not on page {page}")
                misses += 1
        counts = (len(gold["recommendations"]), len(gold["problems"]), len(gold["remarks"]),
                  len(gold["replies"]))
        if not (4 <= counts[0] <= 6 and 5 <= counts[1] <= 7 and 10 <= counts[2] <= 16
                and 3 <= counts[3] <= 5):
            print(f"{gold['file']}: counts out of the brief's ranges: {counts}")
            misses += 1
        for err in check_links(gold, unit_list, path):
            print(f"{gold['file']}: links: {err}")
            misses += 1
        print(f"{gold['file']}: {counts[0]} recommendations, {counts[1]} problems, "
              f"{counts[2]} remarks, {counts[3]} replies, {len(gold['topics'])} topics checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
