"""Check the hand-written gold of layouts12 against the documents' own text (not the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic and heading
must occur in the document's text (.txt/.md as is; .docx: paragraph texts and table-cell texts;
.pdf: pdftotext text layer), whitespace removed. For the PDF, each recommendation title must be on
the page given in `pages`.

Link gold (gold/<file>.links.tsv): recommendation/problem ordinals in range; each recommendation
has 1–2 problem links and 1–3 remark/reply links; a quote is 12–25 characters, occurs exactly once
in the document, lies on one line for .txt/.md, and falls inside a unit of the stated type
(remark or reply, located by the gold starts); at least one problem and two remarks are unused.
Run: ``python tests/reports/layouts12/check_gold.py`` (exit 1 on a miss). Does not use dtx_nlp.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return path.read_text(encoding="utf-8")


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
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
    found += [("reply_parent", s) for pair in gold.get("reply_parents", {}).items() for s in pair]
    return found


def check_structure(gold: dict, raw: str) -> int:
    misses = 0
    text = squeeze(raw)
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for key in ("remarks", "replies", "problems"):
        for s in gold.get(key, []):
            if text.count(squeeze(s)) != 1:
                print(f"{gold['file']}: {key} start not unique: {s}")
                misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        print(f"{gold['file']}: duplicate labels")
        misses += 1
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    if gold["file"].endswith(".pdf"):
        path = HERE / gold["file"]
        for rec in gold["recommendations"]:
            page = gold["pages"][rec["label"]]
            if squeeze(rec["title"]) not in squeeze(pdf_text(path, page)):
                print(f"{gold['file']}: title of {rec['label']} not on page {page}")
                misses += 1
    return misses


def unit_positions(gold: dict, text: str) -> list[tuple[int, str, str]]:
    """(position in squeezed text, kind, start) of each remark/reply, sorted."""
    units = [(text.index(squeeze(s)), "remark", s) for s in gold["remarks"]]
    units += [(text.index(squeeze(s)), "reply", s) for s in gold["replies"]]
    return sorted(units)


def check_links(gold: dict, raw: str) -> tuple[int, dict]:
    misses = 0
    name = gold["file"]
    text = squeeze(raw)
    units = unit_positions(gold, text)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    used_problems, used_units = set(), set()
    counts = defaultdict(int)
    path = HERE / "gold" / f"{name}.links.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rec, kind, target = int(cols[0]), cols[1], cols[2]
        counts[kind] += 1
        if not 1 <= rec <= n_recs:
            print(f"{name}: recommendation {rec} out of range")
            misses += 1
        per_rec[rec][kind] += 1
        if kind == "problem":
            p = int(target)
            if not 1 <= p <= n_probs:
                print(f"{name}: problem {p} out of range")
                misses += 1
            used_problems.add(p)
            continue
        if kind not in ("remark", "reply"):
            print(f"{name}: unknown target type {kind}")
            misses += 1
            continue
        if not 12 <= len(target) <= 25:
            print(f"{name}: quote length {len(target)}: {target}")
            misses += 1
        q = squeeze(target)
        if text.count(q) != 1:
            print(f"{name}: quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        if name.endswith((".txt", ".md")) and not any(target in ln for ln in raw.splitlines()):
            print(f"{name}: quote not on one line: {target}")
            misses += 1
        pos = text.index(q)
        owner = [u for u in units if u[0] <= pos]
        if not owner or owner[-1][1] != kind:
            print(f"{name}: quote is not inside a {kind}: {target} (owner {owner[-1] if owner else None})")
            misses += 1
        else:
            used_units.add(owner[-1])
    for rec in range(1, n_recs + 1):
        k = per_rec[rec]
        if not 1 <= k["problem"] <= 2 or not 1 <= k["remark"] + k["reply"] <= 3:
            print(f"{name}: recommendation {rec} has {dict(k)} links")
            misses += 1
    unused_p = n_probs - len(used_problems)
    unused_r = len([u for u in units if u[1] == "remark" and u not in used_units])
    unused_y = len([u for u in units if u[1] == "reply" and u not in used_units])
    if unused_p < 1 or unused_r < 2:
        print(f"{name}: too few unused targets (problems {unused_p}, remarks {unused_r})")
        misses += 1
    stats = {"links": sum(counts.values()), **counts, "unused_problems": unused_p,
             "unused_remarks": unused_r, "unused_replies": unused_y}
    return misses, stats


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = document_text(HERE / gold["file"])
        misses += check_structure(gold, raw)
        m, stats = check_links(gold, raw)
        misses += m
        print(f"{gold['file']}: chars {len(raw)}, {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies; links {stats}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
