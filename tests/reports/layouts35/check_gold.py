"""Check the hand-written gold of layouts35 against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py. For each gold/<file>.json:
every title, item, problem, remark, reply, topic, session and heading occurs in the document's text
(for the PDF in its pdftotext text layer, for the .docx in its paragraphs and table cells; whitespace
ignored); reply_parents point at a listed reply and remark; PDF pages of recommendation titles.
For each gold/<file>.links.tsv: recommendation and problem numbers are in range; remark/reply quotes
are 12–25 characters, unique in the document, inside one line (.txt/.md) or one paragraph/cell
(.docx) or the pdftotext text with line breaks removed (.pdf), and sit in a unit of the stated kind
(the nearest remark/reply start before the quote is of that kind); unused targets listed in the
trailing comments exist.
Run: ``python tests/reports/layouts35/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or the whole text layer (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        return [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return [out.stdout.replace("\n", "")]
    return path.read_text(encoding="utf-8").splitlines()


def pdf_page(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True)
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


def check_links(gold: dict, blks: list[str], text: str) -> tuple[int, dict]:
    misses = 0
    name = gold["file"]
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = sorted([(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
                    + [(text.find(squeeze(s)), "reply") for s in gold["replies"]])
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used_probs, used_quotes = set(), set()
    tsv = (HERE / "gold" / f"{name}.links.tsv").read_text(encoding="utf-8").splitlines()
    per_rec: dict[int, int] = {}
    for line in tsv:
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        rec_n = int(rec)
        counts["links"] += 1
        counts[kind] += 1
        per_rec[rec_n] = per_rec.get(rec_n, 0) + 1
        if not 1 <= rec_n <= n_recs:
            print(f"{name}: recommendation out of range: {line}"); misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{name}: problem out of range: {line}"); misses += 1
            used_probs.add(int(target))
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_recs:
                print(f"{name}: recommendation target out of range: {line}"); misses += 1
        else:
            used_quotes.add(target)
            if not 12 <= len(target) <= 25:
                print(f"{name}: quote length {len(target)}: {target}"); misses += 1
            q = squeeze(target)
            if text.count(q) != 1:
                print(f"{name}: quote occurs {text.count(q)} times: {target}"); misses += 1
            if not any(q in squeeze(b) for b in blks):
                print(f"{name}: quote not inside one line/paragraph: {target}"); misses += 1
            pos = text.find(q)
            before = [k for p, k in starts if 0 <= p <= pos]
            if not before or before[-1] != kind:
                print(f"{name}: quote not in a {kind}: {target}"); misses += 1
    if set(per_rec) != set(range(1, n_recs + 1)):
        print(f"{name}: recommendations without links: {set(range(1, n_recs + 1)) - set(per_rec)}"); misses += 1
    unused, in_block = [], False
    for l in tsv:
        if l.startswith("# unused remarks") or l.startswith("# unused replies"):
            in_block = True
        elif l.startswith("# unused problems") or not l.startswith("#"):
            in_block = False
        elif in_block and l.startswith("#   "):
            unused.append(l[1:].strip())
    for u in unused:
        if squeeze(u) not in text:
            print(f"{name}: unused target not found: {u}"); misses += 1
    counts["unused_problems"] = sorted(set(range(1, n_probs + 1)) - used_probs)
    counts["unused_quotes"] = len(unused)
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        blks = blocks(path)
        text = squeeze("\n".join(blks))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry: {reply} -> {remark}")
                misses += 1
            elif text.find(squeeze(remark)) > text.find(squeeze(reply)):
                print(f"{gold['file']}: reply before its remark: {reply}")
                misses += 1
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(title) not in squeeze(pdf_page(path, page)):
                print(f"{gold['file']}: {label} not on page {page}")
                misses += 1
        m, counts = check_links(gold, blks, text)
        misses += m
        raw = "\n".join(blks) if path.suffix == ".docx" else (
            subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
            if path.suffix == ".pdf" else path.read_text(encoding="utf-8"))
        items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: chars {len(raw)}, problems {len(gold['problems'])}, "
              f"recs {len(gold['recommendations'])} (items {items}), remarks {len(gold['remarks'])}, "
              f"replies {len(gold['replies'])}; links {counts}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
