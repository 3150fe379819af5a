"""Check the hand-written gold of tests/reports/layouts4 against the documents' own text.

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic and heading must
occur in the document's text (PDF: pdftotext text layer; docx: paragraph and table-cell texts),
whitespace removed. Link gold (gold/<file>.links.tsv): recommendation and problem numbers within the
counts of the structure gold; every remark/reply quote 12-25 characters, verbatim, unique in the
document, after the start of the workshop record, inside a remark (reply) of the
structure gold, and (for .txt/.md) on one line. PDF: each recommendation title on its `pages` page.
Not the pipeline. Run: ``python tests/reports/layouts4/check_gold.py`` (exit 1 on a miss).
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

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return out.stdout
    return path.read_text(encoding="utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    found += [("reply_parent", s) for kv in gold.get("reply_parents", {}).items() for s in kv]
    return found


def check_links(gold: dict, raw: str, text: str) -> int:
    misses = 0
    path = HERE / "gold" / (gold["file"] + ".links.tsv")
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    first_ws = min(text.find(squeeze(s["heading"])) for s in gold["sections"] if s["role"] == "workshop")
    lines = raw.splitlines()
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts[kind] = counts.get(kind, 0) + 1
        if not 1 <= int(rec) <= n_rec:
            print(f"{path.name}: bad recommendation {rec}"); misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_prob:
                print(f"{path.name}: bad problem {target}"); misses += 1
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_rec:
                print(f"{path.name}: bad recommendation target {target}"); misses += 1
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            problems = []
            if not 12 <= len(target) <= 25:
                problems.append(f"length {len(target)}")
            if text.count(q) != 1:
                problems.append(f"occurs {text.count(q)} times")
            elif text.find(q) < first_ws:
                problems.append("before the workshop record")
            if gold["file"].endswith((".txt", ".md")) and not any(target in l for l in lines):
                problems.append("not on one line")
            starts = gold["remarks"] if kind == "remark" else gold["replies"]
            owner = [s for s in starts if text.find(squeeze(s)) <= text.find(q)]
            own_kind = None
            if owner:
                pos = {text.find(squeeze(s)): k for k, ss in (("remark", gold["remarks"]), ("reply", gold["replies"]))
                       for s in ss}
                before = max(p for p in pos if p <= text.find(q))
                own_kind = pos[before]
            if own_kind != kind:
                problems.append(f"falls in a {own_kind}, not a {kind}")
            if problems:
                print(f"{path.name}: {kind} quote {target!r}: {', '.join(problems)}"); misses += 1
        else:
            print(f"{path.name}: unknown type {kind}"); misses += 1
    print(f"{path.name}: links {counts}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = document_text(HERE / gold["file"])
        text = squeeze(raw)
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        print(f"{gold['file']}: {len(raw)} chars, {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, {len(gold['replies'])} replies")
        for label, page in gold.get("pages", {}).items():
            rec = next(r for r in gold["recommendations"] if r["label"] == label)
            out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(HERE / gold["file"]), "-"],
                                 capture_output=True, text=True, check=True).stdout
            if squeeze(rec["title"]) not in squeeze(out):
                print(f"{gold['file']}: recommendation {label} not on page {page}")
                misses += 1
        if (HERE / "gold" / (gold["file"] + ".links.tsv")).exists():
            misses += check_links(gold, raw, text)
    print("OK" if not misses else f"{misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
