"""Check the hand-written gold of layouts15 against the documents' own text (not against the pipeline).

Adapted from ``tests/reports/layouts/check_gold.py``. Checks, for every ``gold/<file>.json``:

- every title, item, problem, context, intro/conclusion start, preamble, remark, reply, topic,
  session heading and section heading occurs in the document's text (whitespace removed; for the
  .docx paragraphs *and* table cells, for the PDF its ``pdftotext`` text layer);
- every ``reply_parents`` key is a reply and every value a remark;
- for the PDF, each recommendation title is on the page given in ``pages``;

and for every ``gold/<file>.links.tsv``:

- recommendation and problem numbers are in range (ordinals in document order);
- remark/reply targets are 12-25 characters, occur exactly once in the document, and sit on one
  line (.txt/.md) / in one paragraph or table cell (.docx) that holds a gold remark (resp. reply)
  start; for the PDF the nearest gold remark/reply start before the quote (text with line breaks
  removed) is of the right kind;
- each recommendation has 1-2 problem links and 1-4 remark/reply links; at least one problem and
  two remarks are left unused.

It does not involve the pipeline. Run: ``python tests/reports/layouts15/check_gold.py`` (exit 1 on
a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """The document as a list of lines / paragraphs / cells (PDF: one block per page)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    out += [p.text for p in cell.paragraphs]
        return out
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return path.read_text(encoding="utf-8").splitlines()


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def read_links(path: Path) -> list[tuple[int, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows.append((int(parts[0]), parts[1], parts[2]))
    return rows


def check_file(gold_path: Path) -> int:
    misses = 0

    def miss(msg: str) -> None:
        nonlocal misses
        print(f"  MISS {msg}")
        misses += 1

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = HERE / gold["file"]
    units = blocks(doc)
    text = squeeze("\n".join(units))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            miss(f"{kind} not found: {value}")
    remarks, replies = gold.get("remarks", []), gold.get("replies", [])
    for child, parent in gold.get("reply_parents", {}).items():
        if child not in replies or parent not in remarks:
            miss(f"reply_parents entry not a reply/remark pair: {child} -> {parent}")
    if doc.suffix == ".pdf":
        for rec in gold["recommendations"]:
            page = gold["pages"][rec["label"]]
            if squeeze(rec["title"]) not in squeeze(units[page - 1]):
                miss(f"title not on page {page}: {rec['title']}")

    links_path = gold_path.with_name(gold["file"] + ".links.tsv")
    links = read_links(links_path)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, Counter] = {i: Counter() for i in range(1, n_recs + 1)}
    used_problems, used_remarks = set(), set()
    for rec, kind, target in links:
        if rec not in per_rec:
            miss(f"recommendation out of range: {rec}")
            continue
        per_rec[rec]["problem" if kind == "problem" else "talk"] += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                miss(f"problem out of range: {target}")
            used_problems.add(int(target))
            continue
        if kind not in ("remark", "reply"):
            miss(f"unknown target type: {kind}")
            continue
        if not 12 <= len(target) <= 25:
            miss(f"quote length {len(target)}: {target}")
        q = squeeze(target)
        if text.count(q) != 1:
            miss(f"quote occurs {text.count(q)} times: {target}")
        starts = remarks if kind == "remark" else replies
        other = replies if kind == "remark" else remarks
        if doc.suffix == ".pdf":
            pos = text.find(q)
            best = max(((text.rfind(squeeze(s), 0, pos + len(q)), k) for k, group in
                        (("remark", remarks), ("reply", replies)) for s in group), default=(-1, ""))
            if best[0] < 0 or best[1] != kind:
                miss(f"{kind} quote not after a {kind} start: {target}")
            else:
                owner = [s for s in starts if text.rfind(squeeze(s), 0, pos + len(q)) == best[0]]
                if kind == "remark":
                    used_remarks.add(owner[0])
        else:
            holders = [u for u in units if q in squeeze(u)]
            ok = [s for s in starts if any(squeeze(s) in squeeze(u) for u in holders)]
            bad = [s for s in other if any(squeeze(s) in squeeze(u) for u in holders)]
            if len(holders) != 1 or not ok or bad:
                miss(f"{kind} quote not within one {kind} line/paragraph: {target}")
            elif kind == "remark":
                used_remarks.add(ok[0])
    for rec, c in per_rec.items():
        if not 1 <= c["problem"] <= 2 or not 1 <= c["talk"] <= 4:
            miss(f"recommendation {rec}: {c['problem']} problem and {c['talk']} remark/reply links")
    unused_p = sorted(set(range(1, n_probs + 1)) - used_problems)
    unused_r = [r for r in remarks if r not in used_remarks]
    if not unused_p:
        miss("no unused problem")
    if len(unused_r) < 2:
        miss("fewer than 2 unused remarks")
    kinds = Counter(k for _, k, _ in links)
    print(f"{gold['file']}: {n_recs} recs, {n_probs} problems, {len(remarks)} remarks, {len(replies)} replies; "
          f"links {len(links)} (problem {kinds['problem']}, remark {kinds['remark']}, reply {kinds['reply']}); "
          f"unused problems {unused_p}, unused remarks {len(unused_r)}")
    return misses


def main() -> int:
    misses = sum(check_file(p) for p in sorted((HERE / "gold").glob("*.json")))
    print("OK" if not misses else f"{misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
