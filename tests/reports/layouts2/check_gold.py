"""Check the hand-written gold of tests/reports/layouts2 against the documents' own text.

Adapted from tests/reports/layouts/check_gold.py. It never involves the pipeline.

* gold/<file>.json (structure): every title, item, problem, remark, reply, topic and heading must
  occur in the document's text (for the .docx the paragraph texts, for the .pdf its pdftotext text;
  whitespace removed before comparing).
* gold/<stem>.links.tsv (links; for the two binary reports gold/report2.docx.links.tsv and
  gold/report2.pdf.links.tsv, since they share the stem report2): recommendation numbers and problem
  numbers must exist; remark/reply quotes must be 12–25 characters, verbatim, unique in the report,
  and lie in a unit of the right kind (remark or reply).
Run: ``python tests/reports/layouts2/check_gold.py`` (exit 1 on a problem).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

# remark / reply markers at the start of a line (text formats)
MARKERS = {
    "gov_style.txt": ("○", "→"),
    "qa_record.md": ("Q：", "A："),
    "speakers.txt": ("委員", "事務局："),
}


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
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
    return found


def unit_kind(path: Path, quote: str) -> str | None:
    """'remark' or 'reply' for the unit that holds the quote, else None."""
    name = path.name
    if name in MARKERS:
        remark, reply = MARKERS[name]
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if quote in ln]
        if len(lines) != 1:
            return None
        line = lines[0].lstrip()
        if line.startswith(reply):
            return "reply"
        if line.startswith(remark):
            return "remark"
        return None
    if path.suffix == ".docx":
        import docx

        in_record = False
        for p in docx.Document(str(path)).paragraphs:
            if p.style.name.startswith("Heading"):
                in_record = p.text.startswith("参考資料")
            if quote in p.text and in_record:
                if p.style.name == "List Bullet":
                    return "remark"
                if p.text.startswith("（回答）"):
                    return "reply"
        return None
    if path.suffix == ".pdf":
        text = squeeze(document_text(path))
        start = text.find("付録")
        pos = text.find(quote)
        if pos < start or start < 0:
            return None
        before = text[start:pos]
        i, j = before.rfind("・"), before.rfind("→")
        if max(i, j) < 0:
            return None
        return "reply" if j > i else "remark"
    return None


def check_links(tsv: Path, gold: dict, doc: Path) -> int:
    misses = 0
    raw = document_text(doc)
    text = squeeze(raw)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts: dict[str, int] = {}
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rec, kind, target = cols[0], cols[1], cols[2]
        counts[kind] = counts.get(kind, 0) + 1
        bad = None
        if not (rec.isdigit() and 1 <= int(rec) <= n_recs):
            bad = f"no recommendation {rec}"
        elif kind == "problem":
            if not (target.isdigit() and 1 <= int(target) <= n_probs):
                bad = f"no problem {target}"
        elif kind == "recommendation":
            if not (target.isdigit() and 1 <= int(target) <= n_recs) or target == rec:
                bad = f"bad recommendation target {target}"
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            if q != target:
                bad = "quote contains whitespace"
            elif not 12 <= len(target) <= 25:
                bad = f"quote length {len(target)}"
            elif text.count(q) != 1:
                bad = f"quote occurs {text.count(q)} times"
            elif unit_kind(doc, target) != kind:
                bad = f"quote not in a {kind} (found {unit_kind(doc, target)})"
        else:
            bad = f"unknown target type {kind}"
        if bad:
            print(f"{tsv.name}:{lineno}: {bad}: {line}")
            misses += 1
    print(f"{tsv.name}: {sum(counts.values())} links {counts}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        text = squeeze(document_text(doc))
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
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies, {len(text)} chars (no whitespace)")
        stem = doc.stem if doc.suffix in (".txt", ".md") else doc.name
        tsv = HERE / "gold" / f"{stem}.links.tsv"
        if tsv.exists():
            misses += check_links(tsv, gold, doc)
        else:
            print(f"{gold['file']}: no link gold {tsv.name}")
            misses += 1
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
