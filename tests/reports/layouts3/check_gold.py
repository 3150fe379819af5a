"""Check the hand-written gold of layouts3 against the documents' own text (not the pipeline).

Adapted from tests/reports/layouts/check_gold.py. For each gold/<file>.json:
- every title, item, problem, remark, reply, topic, heading, intro/conclusion start must occur in the
  document text (txt/md as is; .docx paragraphs AND table-cell paragraphs; .pdf the pdftotext layer),
  compared with all whitespace removed;
- for the PDF, `pages` is checked against pdftotext of each page.
For each gold/<file>.links.tsv:
- recommendation numbers are 1..len(recommendations), problem numbers 1..len(problems);
- remark/reply quotes are 12-25 characters, occur exactly once in the document, and the nearest gold
  remark/reply start before them is of the same kind (so the quote lies in a remark resp. a reply).
Run: ``python tests/reports/layouts3/check_gold.py`` (exit 1 on a miss).
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
        parts = []
        body = doc.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}p"):
                        parts.append("".join(t.text or "" for t in tr.iter() if t.tag.endswith("}t")))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return pdftotext(path)
    return path.read_text(encoding="utf-8")


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
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
    return found


def check_links(gold: dict, text: str) -> int:
    misses = 0
    path = HERE / "gold" / f"{gold['file']}.links.tsv"
    if not path.exists():
        print(f"{gold['file']}: no links file")
        return 1
    starts = sorted([(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
                    + [(text.find(squeeze(s)), "reply") for s in gold["replies"]])
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        n += 1
        cols = line.split("\t")
        rec, kind, target = int(cols[0]), cols[1], cols[2]
        if not 1 <= rec <= len(gold["recommendations"]):
            print(f"{gold['file']}: bad recommendation number {rec}"); misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= len(gold["problems"]):
                print(f"{gold['file']}: bad problem number {target}"); misses += 1
        elif kind == "recommendation":
            if not 1 <= int(target) <= len(gold["recommendations"]):
                print(f"{gold['file']}: bad recommendation target {target}"); misses += 1
        elif kind in ("remark", "reply"):
            q = squeeze(target)
            if not 12 <= len(target) <= 25:
                print(f"{gold['file']}: quote length {len(target)}: {target}"); misses += 1
            if text.count(q) != 1:
                print(f"{gold['file']}: quote occurs {text.count(q)} times: {target}"); misses += 1
                continue
            pos = text.find(q)
            before = [k for p, k in starts if 0 <= p <= pos]
            if not before or before[-1] != kind:
                print(f"{gold['file']}: quote not in a {kind}: {target}"); misses += 1
        else:
            print(f"{gold['file']}: bad target type {kind}"); misses += 1
    print(f"{gold['file']}: {n} links checked")
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
        for label, page in gold.get("pages", {}).items():
            rec = next(r for r in gold["recommendations"] if r["label"] == label)
            if squeeze(rec["title"]) not in squeeze(pdftotext(doc, page)):
                print(f"{gold['file']}: {label} not on page {page}")
                misses += 1
        misses += check_links(gold, text)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
