"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder (layouts31):
- every title, item, problem, remark, reply, topic, session and section heading named in
  gold/<file>.json must occur in the document's text (docx: paragraphs and table cells; PDF: the
  pdftotext text layer), compared with all whitespace removed;
- reply_parents must map gold replies to gold remarks;
- every line of gold/<file>.links.tsv must have a recommendation / problem ordinal in range, and
  each remark/reply quote must be 12-25 characters, occur exactly once in the document, lie on one
  line (.txt/.md) or in one paragraph or table cell (.docx) (PDF: text with line breaks removed),
  and fall inside a unit of the stated kind (the nearest preceding gold remark/reply start).
Run: ``python tests/reports/layouts31/check_gold.py`` (exit 1 on a miss). Prints counts.
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

        doc = docx.Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return [p.text for p in doc.paragraphs] + cells
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return [out.stdout.replace("\n", "")]
    return path.read_text(encoding="utf-8").split("\n")


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


def check_links(gold: dict, doc_blocks: list[str], tsv: Path) -> tuple[int, dict]:
    misses = 0
    text = squeeze("\n".join(doc_blocks))
    starts = sorted(
        [(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
        + [(text.find(squeeze(s)), "reply") for s in gold["replies"]]
    )
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used = {"problem": set(), "remark": set(), "reply": set()}
    for no, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{tsv.name}:{no}: recommendation {rec} out of range")
            misses += 1
        if kind == "problem":
            used["problem"].add(int(target))
            if not 1 <= int(target) <= n_probs:
                print(f"{tsv.name}:{no}: problem {target} out of range")
                misses += 1
            continue
        if kind == "recommendation":
            continue
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}:{no}: quote length {len(target)}: {target}")
            misses += 1
        in_blocks = [b for b in doc_blocks if target in b]
        if len(in_blocks) != 1 or in_blocks[0].count(target) != 1:
            print(f"{tsv.name}:{no}: quote not found exactly once in one line/paragraph: {target}")
            misses += 1
        if text.count(squeeze(target)) != 1:
            print(f"{tsv.name}:{no}: quote not unique in document: {target}")
            misses += 1
        pos = text.find(squeeze(target))
        owner = [s for s in starts if 0 <= s[0] <= pos]
        if not owner or owner[-1][1] != kind:
            print(f"{tsv.name}:{no}: quote not inside a {kind}: {target}")
            misses += 1
        else:
            used[kind].add(owner[-1][0])
    counts["unused_problems"] = sorted(set(range(1, n_probs + 1)) - used["problem"])
    counts["unused_remarks"] = len(gold["remarks"]) - len(used["remark"])
    counts["unused_replies"] = len(gold["replies"]) - len(used["reply"])
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        doc_blocks = blocks(doc)
        raw = "\n".join(doc_blocks) if doc.suffix == ".docx" else None
        text = squeeze("\n".join(doc_blocks))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry {reply} -> {remark}")
                misses += 1
        for label in gold.get("recommendation_items", {}):
            if label not in [r["label"] for r in gold["recommendations"]]:
                print(f"{gold['file']}: items for unknown label {label}")
                misses += 1
        if doc.suffix == ".pdf":
            chars = len(subprocess.run(["pdftotext", str(doc), "-"], capture_output=True, text=True).stdout)
        elif doc.suffix == ".docx":
            chars = len(raw)
        else:
            chars = len(doc.read_text(encoding="utf-8"))
        m, counts = check_links(gold, doc_blocks, HERE / "gold" / (gold["file"] + ".links.tsv"))
        misses += m
        n_items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: chars {chars}, problems {len(gold['problems'])}, recs {len(gold['recommendations'])}, "
              f"items {n_items}, remarks {len(gold['remarks'])}, replies {len(gold['replies'])}; links {counts}")
    print("misses:", misses)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
