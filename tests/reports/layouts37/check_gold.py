"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder. Checks:
- every title, item, problem, context/intro/conclusion start, remark, reply, topic and heading named
  in gold/<file>.json occurs in the document's text (.docx: paragraphs and table cells; .pdf: the
  pdftotext text layer), and every reply_parents key/value is a listed reply/remark;
- for the PDF, the page of each recommendation title (``pages``);
- gold/<file>.links.tsv: recommendation and problem ordinals in range; remark/reply quotes are
  12–25 characters, unique in the document, and lie inside one remark (reply) unit: on the line
  (.txt/.md) or in the paragraph / table cell (.docx) that holds a gold remark (reply) start, or for
  the PDF in the text with line breaks removed between that start and the next remark/reply start.
Run: ``python tests/reports/layouts37/check_gold.py`` (exit 1 on a miss). Prints per-file counts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or one joined text (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return out
    if path.suffix == ".pdf":
        return [re.sub(r"[\n\f]", "", pdftotext(path))]
    return path.read_text(encoding="utf-8").split("\n")


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


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


def units(gold: dict, bl: list[str], pdf: bool) -> dict[str, list[str]]:
    """Text of each remark / reply unit, keyed by kind."""
    out: dict[str, list[str]] = {"remark": [], "reply": []}
    if pdf:
        text = squeeze(bl[0])
        starts = sorted((text.index(squeeze(s)), kind) for kind, key in (("remark", "remarks"), ("reply", "replies"))
                        for s in gold[key])
        for i, (pos, kind) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
            out[kind].append(text[pos:end])
        return out
    for kind, key in (("remark", "remarks"), ("reply", "replies")):
        for s in gold[key]:
            hits = [b for b in bl if squeeze(s) in squeeze(b)]
            out[kind] += hits[:1]
    return out


def check_links(gold: dict, bl: list[str], pdf: bool, name: str) -> tuple[int, dict]:
    misses = 0
    path = HERE / "gold" / (name + ".links.tsv")
    text = bl[0] if pdf else "\n".join(bl)
    us = units(gold, bl, pdf)
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used = {"problem": set(), "remark": set(), "reply": set()}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= int(rec) <= len(gold["recommendations"]):
            print(f"{name}: recommendation out of range: {line}"); misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= len(gold["problems"]):
                print(f"{name}: problem out of range: {line}"); misses += 1
            used["problem"].add(int(target))
        elif kind in ("remark", "reply"):
            if not 12 <= len(target) <= 25:
                print(f"{name}: quote length {len(target)}: {target}"); misses += 1
            n = text.count(target)
            if n != 1:
                print(f"{name}: quote occurs {n} times: {target}"); misses += 1
            inside = [i for i, u in enumerate(us[kind]) if squeeze(target) in squeeze(u)]
            if len(inside) != 1:
                print(f"{name}: quote not inside one {kind} unit: {target}"); misses += 1
            used[kind].update(inside)
    counts["unused_problems"] = sorted(set(range(1, len(gold["problems"]) + 1)) - used["problem"])
    counts["unused_remarks"] = len(gold["remarks"]) - len(used["remark"])
    counts["unused_replies"] = len(gold["replies"]) - len(used["reply"])
    counts["used_remarks"] = len(used["remark"])
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        pdf = doc.suffix == ".pdf"
        bl = blocks(doc)
        text = squeeze("\n".join(bl))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry: {reply} -> {remark}")
                misses += 1
        if pdf:
            for label, page in gold.get("pages", {}).items():
                title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
                if squeeze(title) not in squeeze(pdftotext(doc, page)):
                    print(f"{gold['file']}: title of {label} not on page {page}")
                    misses += 1
        m, counts = check_links(gold, bl, pdf, gold["file"])
        misses += m
        chars = len(pdftotext(doc)) if pdf else len("\n".join(bl))
        items = {k: len(v) for k, v in gold.get("recommendation_items", {}).items()}
        print(f"{gold['file']}: chars={chars} problems={len(gold['problems'])} "
              f"recs={len(gold['recommendations'])} items={items} remarks={len(gold['remarks'])} "
              f"replies={len(gold['replies'])} {counts}")
    print("misses:", misses)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
