"""Check the hand-written gold of layouts27 against the documents' own text (not the pipeline).

Adapted from tests/reports/layouts/check_gold.py. For every gold/<file>.json:
  * every title, item, problem, context/intro/conclusion/preamble start, remark, reply, topic and
    heading occurs in the document's text (whitespace ignored; for the PDF, in its pdftotext
    text layer);
  * reply_parents maps gold replies to gold remarks;
  * for the PDF, each recommendation title occurs on the page given in ``pages``.
For every gold/<file>.links.tsv:
  * recommendation and problem numbers are ordinals within range;
  * remark/reply quotes are 12-25 characters, occur exactly once in the document, lie on one line
    (.txt/.md), in one paragraph or table cell (.docx) or in the pdftotext text with line breaks
    removed (.pdf), and lie in a unit of the stated kind (a line/paragraph holding a gold start of
    that kind; for the PDF the nearest preceding gold remark/reply start is of that kind);
  * each recommendation has 1-2 problem links and 1-3 remark/reply links; at least one problem and
    two remarks are unused.
Run: ``python tests/reports/layouts27/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), pdftotext lines (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
        return out
    if path.suffix == ".pdf":
        res = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return res.stdout.splitlines()
    return path.read_text(encoding="utf-8").splitlines()


def pdf_page(path: Path, page: int) -> str:
    res = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True)
    return res.stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    for sess in gold.get("sessions", []):
        found.append(("session", sess["heading"]))
    return found


def check_links(gold: dict, path: Path, doc_units: list[str], text: str) -> int:
    misses = 0
    tsv = HERE / "gold" / f"{gold['file']}.links.tsv"
    if not tsv.exists():
        print(f"{gold['file']}: no links file")
        return 1
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = [("remark", squeeze(s)) for s in gold["remarks"]] + [("reply", squeeze(s)) for s in gold["replies"]]
    per_rec: dict[int, dict[str, int]] = {i: {"problem": 0, "talk": 0} for i in range(1, n_recs + 1)}
    used_probs: set[int] = set()
    used_remarks: set[str] = set()
    n_links = 0
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            print(f"{tsv.name}:{lineno}: fewer than 3 columns")
            misses += 1
            continue
        rec, kind, target = int(cols[0]), cols[1], cols[2]
        n_links += 1
        if not 1 <= rec <= n_recs:
            print(f"{tsv.name}:{lineno}: recommendation {rec} out of range")
            misses += 1
            continue
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{tsv.name}:{lineno}: problem {target} out of range")
                misses += 1
            per_rec[rec]["problem"] += 1
            used_probs.add(int(target))
            continue
        if kind == "recommendation":
            if not 1 <= int(target) <= n_recs:
                print(f"{tsv.name}:{lineno}: recommendation target {target} out of range")
                misses += 1
            continue
        if kind not in ("remark", "reply"):
            print(f"{tsv.name}:{lineno}: unknown target type {kind}")
            misses += 1
            continue
        per_rec[rec]["talk"] += 1
        q = squeeze(target)
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}:{lineno}: quote length {len(target)}: {target}")
            misses += 1
        if text.count(q) != 1:
            print(f"{tsv.name}:{lineno}: quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        if path.suffix == ".pdf":
            pos = text.index(q)
            before = [(text.rfind(s, 0, pos + len(s)), k, s) for k, s in starts]
            before = [b for b in before if b[0] >= 0]
            if not before or max(before)[1] != kind:
                print(f"{tsv.name}:{lineno}: quote not inside a {kind}: {target}")
                misses += 1
            else:
                found_kind, found_start = max(before)[1], max(before)[2]
                if kind == "remark":
                    used_remarks.add(found_start)
        else:
            holders = [u for u in doc_units if target in u]
            if len(holders) != 1:
                print(f"{tsv.name}:{lineno}: quote not within one line/paragraph: {target}")
                misses += 1
                continue
            unit = squeeze(holders[0])
            kinds = {k for k, s in starts if s in unit}
            if kind not in kinds:
                print(f"{tsv.name}:{lineno}: quote not on a {kind} line: {target}")
                misses += 1
            if kind == "remark":
                used_remarks.update(s for k, s in starts if k == "remark" and s in unit)
    for rec, c in per_rec.items():
        if not 1 <= c["problem"] <= 2 or not 1 <= c["talk"] <= 3:
            print(f"{tsv.name}: recommendation {rec}: {c['problem']} problem and {c['talk']} remark/reply links")
            misses += 1
    if len(used_probs) >= n_probs:
        print(f"{tsv.name}: no unused problem")
        misses += 1
    if len(gold["remarks"]) - len(used_remarks) < 2:
        print(f"{tsv.name}: fewer than two unused remarks")
        misses += 1
    print(f"{gold['file']}: {n_links} links checked")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        doc_units = units(path)
        text = squeeze("".join(doc_units))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: reply_parents entry not in replies/remarks: {reply}")
                misses += 1
        if path.suffix == ".pdf":
            for rec in gold["recommendations"]:
                page = gold["pages"][rec["label"]]
                if squeeze(rec["title"]) not in squeeze(pdf_page(path, page)):
                    print(f"{gold['file']}: title of {rec['label']} not on page {page}")
                    misses += 1
        misses += check_links(gold, path, doc_units, text)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
