"""Check the hand-written gold of the held-out set against the documents' own text.

Adapted from tests/reports/layouts/check_gold.py. It never involves the pipeline.

1. Structure gold (gold/<file>.json): every title, item, problem, context, intro/conclusion start,
   preamble, remark, reply, topic and heading must occur in the document's text (.docx: paragraph
   and table-cell texts; .pdf: pdftotext text layer), compared with all whitespace removed.
   For the PDF, each recommendation title must be on the page given in `pages`.
2. Link gold (gold/<file>.links.tsv): recommendation and problem numbers within range; each
   remark/reply quote 12–25 characters, verbatim and unique in the document; on one line (.txt/.md)
   or in one paragraph/cell (.docx); and inside a unit of the right kind: the line/paragraph/cell
   holding it contains the start of a gold remark (resp. reply); for the PDF, the nearest gold unit
   start before the quote is a remark (resp. reply). Each recommendation has 1–2 problem links and
   1–3 remark/reply links; at least 1 problem and 2 remarks are unused.
Run: ``python tests/reports/layouts13/check_gold.py`` (exit 1 on any failure).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or pages (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return out
    if path.suffix == ".pdf":
        return [pdf_page(path, i) for i in range(1, pdf_pages(path) + 1)]
    return path.read_text(encoding="utf-8").split("\n")


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def pdf_page(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    found += [("reply_parent", k) for k in gold.get("reply_parents", {})]
    found += [("reply_parent", v) for v in gold.get("reply_parents", {}).values()]
    return found


def check_structure(gold: dict, doc: Path, text: str) -> int:
    misses = 0
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"  {kind} not found: {value}")
            misses += 1
    if doc.suffix == ".pdf":
        for label, page in gold.get("pages", {}).items():
            rec = next(r for r in gold["recommendations"] if r["label"] == label)
            if squeeze(rec["title"]) not in squeeze(pdf_page(doc, page)):
                print(f"  title of {label} not on page {page}")
                misses += 1
    return misses


def read_links(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def check_links(gold: dict, doc: Path, text: str) -> int:
    misses = 0
    rows = read_links(HERE / "gold" / f"{gold['file']}.links.tsv")
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = {"remark": [squeeze(s) for s in gold["remarks"]],
              "reply": [squeeze(s) for s in gold["replies"]]}
    # every unit start with its kind, for the nearest-preceding test (PDF)
    units = []
    for kind, value in strings(gold):
        kind = {"remarks": "remark", "replies": "reply"}.get(kind, kind)
        if kind == "reply_parent":
            continue
        for m in re.finditer(re.escape(squeeze(value)), text):
            units.append((m.start(), kind))
    units.sort()
    bl = [squeeze(b) for b in blocks(doc)]
    per_rec: dict[int, dict[str, int]] = {}
    used_problems: set[int] = set()
    used_units: set[tuple[str, str]] = set()
    for row in rows:
        if len(row) < 3:
            print(f"  malformed row: {row}")
            misses += 1
            continue
        rec, kind, target = int(row[0]), row[1], row[2]
        if not 1 <= rec <= n_recs:
            print(f"  recommendation {rec} out of range")
            misses += 1
        counts = per_rec.setdefault(rec, {"problem": 0, "talk": 0})
        if kind == "problem":
            p = int(target)
            if not 1 <= p <= n_probs:
                print(f"  problem {p} out of range")
                misses += 1
            used_problems.add(p)
            counts["problem"] += 1
            continue
        if kind not in ("remark", "reply"):
            if kind != "recommendation":
                print(f"  unknown target type {kind}")
                misses += 1
            continue
        counts["talk"] += 1
        q = squeeze(target)
        if not 12 <= len(target) <= 25:
            print(f"  quote length {len(target)} not in 12–25: {target}")
            misses += 1
        if text.count(q) != 1:
            print(f"  quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        if doc.suffix == ".pdf":
            pos = text.index(q)
            before = [u for u in units if u[0] <= pos]
            if not before or before[-1][1] != kind:
                print(f"  quote not inside a {kind}: {target} (nearest {before[-1] if before else None})")
                misses += 1
            else:
                start_pos = before[-1][0]
                owner = next(s for s in starts[kind] if text.startswith(s, start_pos))
                used_units.add((kind, owner))
            continue
        holders = [b for b in bl if q in b]
        if len(holders) != 1:
            print(f"  quote not within one line/paragraph/cell: {target}")
            misses += 1
            continue
        owners = [s for s in starts[kind] if s in holders[0]]
        other = "reply" if kind == "remark" else "remark"
        if not owners or any(s in holders[0] for s in starts[other]):
            print(f"  quote not on a {kind} line: {target}")
            misses += 1
        else:
            used_units.add((kind, owners[0]))
    for rec in range(1, n_recs + 1):
        c = per_rec.get(rec, {"problem": 0, "talk": 0})
        if not (1 <= c["problem"] <= 2 and 1 <= c["talk"] <= 3):
            print(f"  recommendation {rec}: {c['problem']} problem links, {c['talk']} remark/reply links")
            misses += 1
    unused_p = n_probs - len(used_problems)
    unused_r = len(starts["remark"]) - len({u for u in used_units if u[0] == "remark"})
    unused_y = len(starts["reply"]) - len({u for u in used_units if u[0] == "reply"})
    if unused_p < 1 or unused_r < 2:
        print(f"  too few unused targets: problems {unused_p}, remarks {unused_r}")
        misses += 1
    n_p = sum(1 for r in rows if r[1] == "problem")
    n_m = sum(1 for r in rows if r[1] == "remark")
    n_y = sum(1 for r in rows if r[1] == "reply")
    print(f"  links {len(rows)} (problem {n_p}, remark {n_m}, reply {n_y}); unused problems {unused_p}, "
          f"remarks {unused_r}, replies {unused_y}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        text = squeeze("\n".join(blocks(doc)))
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, {len(gold['problems'])} problems, "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies")
        misses += check_structure(gold, doc, text)
        misses += check_links(gold, doc, text)
    print("OK" if not misses else f"{misses} failures")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
