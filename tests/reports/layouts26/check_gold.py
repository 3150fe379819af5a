"""Check the hand-written gold of tests/reports/layouts26 against the documents' own text only.

Adapted from tests/reports/layouts/check_gold.py; it does not involve the pipeline.

gold/<file>.json: every title, item, problem, problem context, intro, conclusion, preamble,
remark, reply, topic, column title and heading must occur in the document's text (for the PDF, in
its pdftotext text layer with whitespace removed); remark/reply starts must be unique; PDF
``pages`` must match the page on which each recommendation title occurs.

gold/<file>.links.tsv: recommendation and problem ordinals in range; remark/reply quotes of
12-25 characters, unique in the document, on one line (.txt/.md) or in one paragraph (.docx),
and inside a remark/reply of the right type (between that unit's gold start and the next
remark/reply start); the quotes listed as unused in the trailing comments are checked the same
way. Run: ``python tests/reports/layouts26/check_gold.py`` (exit 1 on a miss).
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

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts += [cell.text for cell in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return out.stdout
    return path.read_text(encoding="utf-8")


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return [squeeze(p) for p in out.stdout.split("\f")]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics", "columns"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    return found


def check_links(gold: dict, raw: str, text: str, tsv: Path) -> int:
    misses = 0
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    units = []  # (position, kind)
    for kind, key in (("remark", "remarks"), ("reply", "replies")):
        for start in gold.get(key, []):
            s = squeeze(start)
            if text.count(s) != 1:
                print(f"{gold['file']}: {kind} start not unique/absent: {start}")
                misses += 1
            units.append((text.find(s), kind))
    units.sort()
    for parent_reply, parent in gold.get("reply_parents", {}).items():
        if parent_reply not in gold["replies"] or parent not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {parent_reply} -> {parent}")
            misses += 1
    blocks = raw.split("\n")
    rows, unused = [], []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(remark|reply)\t(\S+)", line)
            if m:
                unused.append((m.group(1), m.group(2)))
            continue
        rows.append(line.split("\t"))
    used_quotes = set()
    for row in rows:
        rec, kind, target = row[0], row[1], row[2]
        if not (rec.isdigit() and 1 <= int(rec) <= n_recs):
            print(f"{tsv.name}: recommendation out of range: {row}")
            misses += 1
        if kind == "problem":
            if not (target.isdigit() and 1 <= int(target) <= n_probs):
                print(f"{tsv.name}: problem out of range: {row}")
                misses += 1
            continue
        if kind == "recommendation":
            continue
        used_quotes.add(target)
        misses += check_quote(tsv.name, kind, target, raw, text, blocks, units, gold["file"])
    for kind, target in unused:
        if target in used_quotes:
            print(f"{tsv.name}: unused quote is also linked: {target}")
            misses += 1
        misses += check_quote(tsv.name, kind, target, raw, text, blocks, units, gold["file"])
    probs_used = {int(r[2]) for r in rows if r[1] == "problem"}
    counts = {k: sum(1 for r in rows if r[1] == k) for k in ("problem", "remark", "reply", "recommendation")}
    print(f"{tsv.name}: {len(rows)} links {counts}; unused problems "
          f"{sorted(set(range(1, n_probs + 1)) - probs_used)}; unused quotes {len(unused)}")
    return misses


def check_quote(name, kind, target, raw, text, blocks, units, file) -> int:
    misses = 0
    q = squeeze(target)
    if not 12 <= len(target) <= 25:
        print(f"{name}: quote length {len(target)}: {target}")
        misses += 1
    if text.count(q) != 1:
        print(f"{name}: quote not unique/absent ({text.count(q)}): {target}")
        return misses + 1
    if not file.endswith(".pdf") and not any(target in b for b in blocks):
        print(f"{name}: quote not on one line/paragraph: {target}")
        misses += 1
    pos = text.find(q)
    owner = None
    for upos, ukind in units:
        if upos <= pos:
            owner = (upos, ukind)
    if owner is None or owner[1] != kind:
        print(f"{name}: quote not inside a {kind}: {target} (owner {owner})")
        misses += 1
    else:
        nxt = [u for u, _ in units if u > owner[0]]
        if nxt and pos + len(q) > nxt[0]:
            print(f"{name}: quote crosses into the next unit: {target}")
            misses += 1
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        raw = document_text(doc)
        text = squeeze(raw)
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        if doc.suffix == ".pdf":
            pages = pdf_pages(doc)
            for n, rec in enumerate(gold["recommendations"], 1):
                want = gold["pages"][str(n)]
                if squeeze(rec["title"]) not in pages[want - 1]:
                    print(f"{gold['file']}: recommendation {n} title not on page {want}")
                    misses += 1
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked, "
              f"{len(text)} squeezed / {len(raw)} raw chars")
        tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
        misses += check_links(gold, raw, text, tsv)
    print("misses:", misses)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
