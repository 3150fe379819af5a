"""Check the hand-written gold of layouts19 against the documents' own text (not against the pipeline).

1. Every title, item, problem, remark, reply, topic and heading named in gold/<file>.json must occur
   in the document's text (for the PDF in its pdftotext text layer, for the .docx in its body
   paragraphs as read by python-docx), whitespace removed.
2. PDF: each recommendation title must start on the page given in `pages`.
3. Links (gold/<file>.links.tsv, format of tests/reports/linked/README.md): recommendation and
   problem numbers in range; remark/reply quotes 12–25 characters, unique in the document, and
   lying inside a remark (resp. reply) — the nearest gold remark/reply start before the quote is of
   the right kind and no other remark/reply start falls inside the quote; every recommendation has
   at least one problem link and one remark/reply link; at least one problem and two remarks unused.
Run: ``python tests/reports/layouts19/check_gold.py`` (exit 1 on a miss). Prints chars per file.
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
            parts += [cell.text for row in table.rows for cell in row.cells]
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
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def check_links(gold: dict, text: str, path: Path) -> int:
    misses = 0
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = []  # (position, kind)
    for kind in ("remarks", "replies"):
        for s in gold[kind]:
            pos = text.find(squeeze(s))
            if pos < 0 or text.count(squeeze(s)) != 1:
                print(f"{gold['file']}: {kind} start not unique/found: {s}")
                misses += 1
            starts.append((pos, kind))
    starts.sort()
    used_probs, used_remarks = set(), set()
    per_rec: dict[int, dict[str, int]] = {}
    rows = [l.rstrip("\n").split("\t") for l in path.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    for row in rows:
        rec, kind, target = int(row[0]), row[1], row[2]
        per_rec.setdefault(rec, {"problem": 0, "rr": 0})
        if not 1 <= rec <= n_recs:
            print(f"{path.name}: recommendation out of range: {row}")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{path.name}: problem out of range: {row}")
                misses += 1
            used_probs.add(int(target))
            per_rec[rec]["problem"] += 1
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            if not 12 <= len(q) <= 25 or text.count(q) != 1:
                print(f"{path.name}: quote length {len(q)} / count {text.count(q)}: {target}")
                misses += 1
                continue
            pos = text.find(q)
            before = [s for s in starts if s[0] <= pos]
            inside = [s for s in starts if pos < s[0] < pos + len(q)]
            want = "remarks" if kind == "remark" else "replies"
            if not before or before[-1][1] != want or inside:
                print(f"{path.name}: quote not inside a {kind}: {target}")
                misses += 1
            elif kind == "remark":
                used_remarks.add(before[-1][0])
            per_rec[rec]["rr"] += 1
        elif kind != "recommendation":
            print(f"{path.name}: unknown target type: {row}")
            misses += 1
    for rec in range(1, n_recs + 1):
        c = per_rec.get(rec, {"problem": 0, "rr": 0})
        if c["problem"] < 1 or c["rr"] < 1:
            print(f"{path.name}: recommendation {rec} lacks a problem or remark/reply link")
            misses += 1
    if len(used_probs) >= n_probs or len(gold["remarks"]) - len(used_remarks) < 2:
        print(f"{path.name}: too few unused problems/remarks")
        misses += 1
    print(f"{path.name}: {len(rows)} links, unused problems {sorted(set(range(1, n_probs + 1)) - used_probs)},"
          f" unused remarks {len(gold['remarks']) - len(used_remarks)}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = HERE / gold["file"]
        raw = document_text(doc_path)
        text = squeeze(raw)
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        if doc_path.suffix == ".pdf":
            pages = pdf_pages(doc_path)
            for rec in gold["recommendations"]:
                want = gold["pages"][rec["label"]]
                got = [i for i, p in enumerate(pages, 1) if squeeze(rec["title"]) in p]
                if got[:1] != [want]:
                    print(f"{gold['file']}: title of {rec['label']} on page {got}, gold says {want}")
                    misses += 1
        links = HERE / "gold" / (gold["file"] + ".links.tsv")
        misses += check_links(gold, text, links)
        items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: chars {len(raw)}, {len(gold['problems'])} problems, "
              f"{len(gold['recommendations'])} recommendations ({items} items), "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
