"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder.

gold/<file>.json: every title, item, problem, remark, reply, topic and heading must occur in the
document's text (.docx: paragraphs and table-cell paragraphs; .pdf: pdftotext text layer with line
breaks removed); reply_parents must map replies to remarks; PDF pages of recommendation titles
must match the page of the pdftotext layer.

gold/<file>.links.tsv: recommendation and problem numbers are ordinals within range; remark/reply
quotes are 12-25 characters, occur exactly once in the document, sit on one line (.txt/.md) or in
one paragraph or table cell (.docx), and fall inside a remark (or reply) of the gold: the nearest
preceding gold remark/reply start is of the same kind. At least one problem and two remarks stay
unused.
Run: ``python tests/reports/layouts28/check_gold.py`` (exit 1 on a problem).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table-cell paragraphs (.docx), pages (.pdf)."""
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
        raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        return [page.replace("\n", "") for page in raw.split("\f")]
    return path.read_text(encoding="utf-8").splitlines()


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


def check_json(gold: dict, parts: list[str]) -> int:
    misses = 0
    text = squeeze("\n".join(parts))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: reply_parents entry not in replies/remarks: {reply} -> {remark}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    if gold["file"].endswith(".pdf"):
        for rec in gold["recommendations"]:
            page = gold["pages"].get(rec["label"])
            pages = [i + 1 for i, p in enumerate(parts) if squeeze(rec["title"]) in squeeze(p)]
            if page not in pages:
                print(f"{gold['file']}: {rec['label']} page {page}, title found on {pages}")
                misses += 1
    return misses


def check_links(gold: dict, parts: list[str], tsv: Path) -> tuple[int, dict]:
    misses = 0
    name = gold["file"]
    flat = squeeze("".join(parts)) if name.endswith(".pdf") else squeeze("\n".join(parts))
    # positions of gold remark/reply starts in the squeezed text
    marks = []
    for kind in ("remarks", "replies"):
        for start in gold[kind]:
            pos = flat.find(squeeze(start))
            if pos < 0 or flat.find(squeeze(start), pos + 1) >= 0:
                print(f"{name}: {kind} start missing or not unique: {start}")
                misses += 1
            marks.append((pos, kind[:-1] if kind == "remarks" else "reply", start))
    marks.sort()
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used = {"problem": set(), "remark": set(), "reply": set()}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{name}: recommendation {rec} out of range")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{name}: problem {target} out of range")
                misses += 1
            used["problem"].add(int(target))
            continue
        if kind == "recommendation":
            continue
        if not 12 <= len(target) <= 25:
            print(f"{name}: quote length {len(target)}: {target}")
            misses += 1
        holders = [p for p in parts if target in p]
        if len(holders) != 1 or holders[0].count(target) != 1:
            if not name.endswith(".pdf"):
                print(f"{name}: quote not on exactly one line/paragraph: {target}")
                misses += 1
        q = squeeze(target)
        pos = flat.find(q)
        if pos < 0 or flat.find(q, pos + 1) >= 0:
            print(f"{name}: quote missing or not unique: {target}")
            misses += 1
            continue
        before = [m for m in marks if 0 <= m[0] <= pos]
        if not before or before[-1][1] != kind:
            print(f"{name}: quote not inside a {kind}: {target}")
            misses += 1
        else:
            used[kind].add(before[-1][2])
    unused_probs = n_probs - len(used["problem"])
    unused_remarks = len(gold["remarks"]) - len(used["remark"])
    unused_replies = len(gold["replies"]) - len(used["reply"])
    if unused_probs < 1 or unused_remarks < 2:
        print(f"{name}: too few unused targets ({unused_probs} problems, {unused_remarks} remarks)")
        misses += 1
    counts.update(unused_problems=unused_probs, unused_remarks=unused_remarks,
                  unused_replies=unused_replies,
                  distinct_remarks=len(used["remark"]))
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        parts = blocks(HERE / gold["file"])
        misses += check_json(gold, parts)
        tsv = gold_path.with_name(gold["file"] + ".links.tsv")
        m, counts = check_links(gold, parts, tsv)
        misses += m
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies; links {counts}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
