"""Check the hand-written gold of tests/reports/layouts34 against the documents' own text.

Adapted from tests/reports/layouts/check_gold.py; it does not involve the pipeline.
Checks, for every gold/<file>.json:
  * every title, item, problem, remark, reply, topic and heading occurs in the document text
    (for the PDF, in its pdftotext text layer with line breaks removed);
  * for the PDF, each recommendation title is on the page given in "pages";
and for every gold/<file>.links.tsv:
  * recommendation and problem numbers are within the ordinal ranges of the JSON gold;
  * every remark/reply quote is 12-25 characters, occurs exactly once in the document and lies on
    a remark or reply unit of the right kind (a line for .txt/.md, a paragraph for .docx, a ◆ / ≫
    segment of the line-break-free pdftotext text for the PDF).
Run: ``python tests/reports/layouts34/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

# How remark and reply units look in each document (used only for the placement check).
UNIT_RULES = {
    "hinanjo_kento.txt": (r"^○(?!事務局)", r"^○事務局"),
    "ninaite_hoshin.md": (r"^\d+\.\s", r"^\s+>\s"),
    "ninchisho_hokoku.docx": (r"^【(?!事務局)", r"^【事務局】"),
    "kanko_teigen.pdf": (r"^◆", r"^≫"),
}


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        return pdftotext(path)
    return path.read_text(encoding="utf-8")


def units(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs (.docx) or ◆/≫ segments (.pdf) of the document."""
    if path.suffix == ".pdf":
        flat = squeeze(pdftotext(path))
        return re.split(r"(?=[◆≫])", flat)
    return document_text(path).split("\n")


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


def check_json(gold: dict, doc: Path) -> int:
    misses = 0
    text = squeeze(document_text(doc))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    if doc.suffix == ".pdf":
        for label, page in gold.get("pages", {}).items():
            rec = next(r for r in gold["recommendations"] if r["label"] == label)
            if squeeze(rec["title"]) not in squeeze(pdftotext(doc, page)):
                print(f"{gold['file']}: title of {label} not on page {page}")
                misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: reply_parents entry not in replies/remarks: {reply}")
            misses += 1
    print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
          f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
          f"{len(gold['replies'])} replies checked")
    return misses


def check_links(gold: dict, doc: Path, tsv: Path) -> int:
    misses = 0
    text = squeeze(document_text(doc))
    remark_re, reply_re = (re.compile(r) for r in UNIT_RULES[gold["file"]])
    doc_units = units(doc)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    count = {"problem": 0, "remark": 0, "reply": 0}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target, *_ = line.split("\t")
        count[kind] += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{tsv.name}: recommendation out of range: {line}")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{tsv.name}: problem out of range: {line}")
                misses += 1
            continue
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}: quote length {len(target)}: {target}")
            misses += 1
        hits = text.count(squeeze(target))
        if hits != 1:
            print(f"{tsv.name}: quote occurs {hits} times: {target}")
            misses += 1
        rule = remark_re if kind == "remark" else reply_re
        where = [u for u in doc_units if squeeze(target) in squeeze(u)]
        if not where or not rule.search(where[0]):
            print(f"{tsv.name}: quote not on a {kind} unit: {target}")
            misses += 1
    print(f"{tsv.name}: {sum(count.values())} links ({count['problem']} problem, "
          f"{count['remark']} remark, {count['reply']} reply)")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        misses += check_json(gold, doc)
        tsv = HERE / "gold" / f"{gold['file']}.links.tsv"
        misses += check_links(gold, doc, tsv)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
