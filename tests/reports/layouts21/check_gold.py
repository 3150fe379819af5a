"""Check the hand-written gold against the documents' own text (not against the pipeline).

Every title, item, problem, remark, reply, topic and heading named in gold/<file>.json must occur
in the document's text (for the PDF, in its pdftotext text layer with line breaks removed), and
for the PDF each recommendation title must be on the page given in `pages`.
gold/<file>.links.tsv: recommendation and problem ordinals within range, remark/reply quotes of
12–25 characters, verbatim and unique in the document and inside one line (.txt/.md), one
paragraph (.docx) or the pdftotext text with line breaks removed (.pdf).
Run: ``python tests/reports/layouts21/check_gold.py`` (exit 1 on a miss).
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


def pieces(path: Path) -> list[str]:
    """The units a link quote must lie inside: lines, paragraphs, or the whole squeezed PDF text."""
    if path.suffix == ".docx":
        return [p.text for p in __import__("docx").Document(str(path)).paragraphs]
    if path.suffix == ".pdf":
        return [squeeze(document_text(path))]
    return path.read_text(encoding="utf-8").splitlines()


def check_links(gold: dict, path: Path) -> int:
    links_path = HERE / "gold" / (gold["file"] + ".links.tsv")
    if not links_path.exists():
        print(f"{gold['file']}: no links file")
        return 1
    misses = 0
    whole = squeeze(document_text(path))
    units = pieces(path)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    count = 0
    for line in links_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        count += 1
        rec, kind, target, *_ = line.split("\t")
        bad = None
        if not 1 <= int(rec) <= n_recs:
            bad = "recommendation out of range"
        elif kind == "problem":
            if not 1 <= int(target) <= n_probs:
                bad = "problem out of range"
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            if not 12 <= len(q) <= 25:
                bad = "quote length"
            elif whole.count(q) != 1:
                bad = f"quote occurs {whole.count(q)} times"
            elif not any(q in squeeze(u) for u in units):
                bad = "quote not inside one line/paragraph"
        elif kind != "recommendation":
            bad = "unknown target type"
        if bad:
            print(f"{gold['file']}: link {line!r}: {bad}")
            misses += 1
    print(f"{gold['file']}: {count} links checked")
    return misses


def check_pages(gold: dict, path: Path) -> int:
    misses = 0
    for rec in gold["recommendations"]:
        page = gold["pages"][rec["label"]]
        out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        if squeeze(rec["title"]) not in squeeze(out):
            print(f"{gold['file']}: title of {rec['label']} not on page {page}")
            misses += 1
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):  # gold/<file>.json
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = squeeze(document_text(HERE / gold["file"]))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
        misses += check_links(gold, HERE / gold["file"])
        if gold["file"].endswith(".pdf"):
            misses += check_pages(gold, HERE / gold["file"])
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
