"""Check the hand-written gold of tests/reports/layouts38 against the documents' own text only.

Adapted from tests/reports/layouts/check_gold.py (no pipeline involved):
- every title, item, problem, remark, reply, topic, session and heading in gold/<file>.json occurs
  in the document text (docx: paragraphs and table cells; pdf: pdftotext, whitespace removed);
- for the PDF, each recommendation title is on the page given in `pages`;
- gold/<file>.links.tsv: recommendation/problem ordinals in range; remark/reply quotes are
  12–25 characters, occur exactly once, and lie within one line (.txt/.md), one paragraph or table
  cell (.docx), or in the pdftotext text with line breaks removed (.pdf).
Run: ``python tests/reports/layouts38/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def units(path: Path) -> list[str]:
    """Lines / paragraphs+cells / (pdf) the whole text with line breaks removed."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return out
    if path.suffix == ".pdf":
        return [pdf_text(path).replace("\n", "")]
    return path.read_text(encoding="utf-8").splitlines()


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    return subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("reply_parent", s) for kv in gold.get("reply_parents", {}).items() for s in kv]
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def check_links(gold: dict, doc: Path, us: list[str]) -> int:
    misses = 0
    path = HERE / "gold" / f"{gold['file']}.links.tsv"
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    whole = squeeze("\n".join(us)) if doc.suffix == ".pdf" else "\n".join(us)
    counts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts[kind] = counts.get(kind, 0) + 1
        if not 1 <= int(rec) <= n_rec:
            print(f"{doc.name}: rec out of range: {line}"); misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_prob:
                print(f"{doc.name}: problem out of range: {line}"); misses += 1
        elif kind in ("remark", "reply"):
            q = squeeze(target) if doc.suffix == ".pdf" else target
            if not 12 <= len(target) <= 25:
                print(f"{doc.name}: quote length {len(target)}: {target}"); misses += 1
            if whole.count(q) != 1:
                print(f"{doc.name}: quote occurs {whole.count(q)}x: {target}"); misses += 1
            if doc.suffix != ".pdf" and not any(target in u for u in us):
                print(f"{doc.name}: quote not within one line/paragraph/cell: {target}"); misses += 1
            starts = gold["remarks"] if kind == "remark" else gold["replies"]
            unit = [u for u in us if q in (squeeze(u) if doc.suffix == ".pdf" else u)]
            if doc.suffix != ".pdf" and not any(squeeze(s) in squeeze(u) for s in starts for u in unit):
                print(f"{doc.name}: quote not on a {kind} line: {target}"); misses += 1
        else:
            print(f"{doc.name}: unknown kind: {line}"); misses += 1
    print(f"{doc.name}: links {sum(counts.values())} {counts}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        us = units(doc)
        text = squeeze("\n".join(us))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for i, rec in enumerate(gold["recommendations"], 1):
            page = gold.get("pages", {}).get(str(i))
            if page and squeeze(rec["title"]) not in squeeze(pdf_text(doc, page)):
                print(f"{gold['file']}: title not on page {page}: {rec['title']}"); misses += 1
        misses += check_links(gold, doc, us)
        chars = len("\n".join(us)) if doc.suffix == ".docx" else (
            len(pdf_text(doc)) if doc.suffix == ".pdf" else len(doc.read_text(encoding="utf-8")))
        items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: chars {chars}, problems {len(gold['problems'])}, recs "
              f"{len(gold['recommendations'])} (items {items}), remarks {len(gold['remarks'])}, "
              f"replies {len(gold['replies'])}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
