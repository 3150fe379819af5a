"""Check the hand-written gold of tests/reports/layouts16 against the documents' own text only.

Adapted from tests/reports/layouts/check_gold.py (no pipeline involved):
- every title, item, problem, remark, reply, topic and heading in gold/<file>.json occurs in the
  document text (for the PDF, in its pdftotext text layer; whitespace and line breaks removed);
- reply_parents name a gold reply and a gold remark; PDF recommendation titles are on the page
  given in ``pages``;
- gold/<file>.links.tsv: recommendation and problem numbers are in range, every remark/reply quote
  (also those in the trailing "unused" comments) is 12–25 characters, occurs exactly once in the
  document, lies within one line (.txt/.md), one paragraph or table cell (.docx), and belongs to a
  unit of the right kind (the nearest gold remark/reply start before it is of that kind).
Run: ``python tests/reports/layouts16/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or the whole text (.pdf)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return [p.text for p in doc.paragraphs] + cells
    if path.suffix == ".pdf":
        return [pdftext(path)]
    return path.read_text(encoding="utf-8").splitlines()


def pdftext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


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


def link_rows(path: Path) -> list[tuple[str, str, str, bool]]:
    """(rec, type, target, unused) for every link line and every unused remark/reply comment."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(remark|reply)\t(.+)$", line)
            if m:
                rows.append(("", m.group(1), m.group(2).strip(), True))
            continue
        parts = line.split("\t")
        rows.append((parts[0], parts[1], parts[2], False))
    return rows


def check_file(gold_path: Path) -> int:
    misses = 0

    def miss(msg: str) -> None:
        nonlocal misses
        print(f"{gold['file']}: {msg}")
        misses += 1

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = HERE / gold["file"]
    us = units(doc)
    text = squeeze("\n".join(us))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            miss(f"{kind} not found: {value}")
    for kind in ("remarks", "replies"):
        for s in gold.get(kind, []):
            if text.count(squeeze(s)) != 1:
                miss(f"{kind} start not unique: {s}")
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold.get("replies", []) or remark not in gold.get("remarks", []):
            miss(f"reply_parents entry not in gold: {reply} -> {remark}")
        elif text.find(squeeze(remark)) > text.find(squeeze(reply)):
            miss(f"reply before its remark: {reply}")
    if doc.suffix == ".pdf":
        by_label = {r["label"]: r["title"] for r in gold["recommendations"]}
        if set(gold.get("pages", {})) != set(by_label):
            miss("pages does not cover every recommendation")
        for label, page in gold.get("pages", {}).items():
            if squeeze(by_label[label]) not in squeeze(pdftext(doc, page)):
                miss(f"title of {label} not on page {page}")

    links = HERE / "gold" / (gold["file"] + ".links.tsv")
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = sorted((text.find(squeeze(s)), kind) for kind, key in (("remark", "remarks"), ("reply", "replies"))
                    for s in gold.get(key, []))
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0}
    for rec, typ, target, unused in link_rows(links):
        if not unused:
            counts["links"] += 1
            counts[typ] = counts.get(typ, 0) + 1
            if not 1 <= int(rec) <= n_recs:
                miss(f"recommendation number out of range: {rec}")
        if typ == "problem":
            if not 1 <= int(target) <= n_probs:
                miss(f"problem number out of range: {target}")
            continue
        if typ not in ("remark", "reply"):
            miss(f"unknown target type: {typ}")
            continue
        q = squeeze(target)
        if not 12 <= len(q) <= 25:
            miss(f"quote length {len(q)} not in 12–25: {target}")
        if text.count(q) != 1:
            miss(f"quote occurs {text.count(q)} times: {target}")
            continue
        if doc.suffix != ".pdf" and not any(q in squeeze(u) for u in us):
            miss(f"quote not within one line/paragraph/cell: {target}")
        pos = text.find(q)
        before = [kind for start, kind in starts if start <= pos]
        if not before or before[-1] != typ:
            miss(f"quote is not in a {typ}: {target}")
    print(f"{gold['file']}: {n_recs} recommendations, {n_probs} problems, "
          f"{len(gold.get('remarks', []))} remarks, {len(gold.get('replies', []))} replies; "
          f"links {counts}")
    return misses


def main() -> int:
    misses = sum(check_file(p) for p in sorted((HERE / "gold").glob("*.json")))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
