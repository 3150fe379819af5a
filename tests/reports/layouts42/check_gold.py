"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for the held-out set in this folder.

1. gold/<file>.json: every title, item, problem, context/intro/conclusion start, remark, reply,
   topic, session and section heading must occur in the document's text (whitespace ignored; for
   the .docx, body paragraphs and table cells in document order; for the PDF, its pdftotext text
   layer). reply_parents must map gold replies to gold remarks; for the PDF, each recommendation
   title must be on the page given in ``pages``.
2. gold/<file>.links.tsv: recommendation and problem numbers are ordinals within the gold lists;
   remark/reply targets are verbatim quotes of 12-25 characters, unique in the document, on one
   line (.txt/.md), inside one paragraph or table cell (.docx) or in the pdftotext text with line
   breaks removed (.pdf), and they lie inside a remark (resp. reply) of the gold. Distractors
   listed as ``# remark<TAB>quote`` / ``# reply<TAB>quote`` comments get the same checks and must
   not be linked. Every gold remark and reply must be either linked or listed as a distractor.

Run: ``python tests/reports/layouts42/check_gold.py`` (exit 1 on any miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def document_units(path: Path) -> list[str]:
    """The document as a list of text units: lines (.txt/.md), paragraphs and table cells (.docx),
    one single unit for the PDF (pdftotext text with line breaks removed)."""
    if path.suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        units: list[str] = []
        for child in document.element.body.iterchildren():
            if child.tag.endswith("}p"):
                units.append(Paragraph(child, document).text)
            elif child.tag.endswith("}tbl"):
                for row in Table(child, document).rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        units.extend(p.text for p in cell.paragraphs)
        return units
    if path.suffix == ".pdf":
        return [pdf_text(path).replace("\n", "")]
    return path.read_text(encoding="utf-8").split("\n")


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True)
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
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    found += [("session topic", t) for s in gold.get("sessions", []) for t in s["topics"]]
    return found


def check_json(gold: dict, doc: Path) -> int:
    misses = 0
    text = squeeze("\n".join(document_units(doc)))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        print(f"{gold['file']}: duplicate recommendation labels")
        misses += 1
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {reply} -> {remark}")
            misses += 1
    for session in gold.get("sessions", []):
        for topic in session["topics"]:
            if topic not in gold.get("topics", []):
                print(f"{gold['file']}: session topic not in topics: {topic}")
                misses += 1
    if doc.suffix == ".pdf":
        for rec in gold["recommendations"]:
            page = gold["pages"].get(rec["label"])
            if page is None or squeeze(rec["title"]) not in squeeze(pdf_text(doc, page)):
                print(f"{gold['file']}: title of {rec['label']} not on page {page}")
                misses += 1
    return misses


def record_spans(gold: dict, flat: str) -> list[tuple[int, str, str]]:
    """Start offsets (in ``flat``) of every gold remark and reply, after the workshop heading."""
    workshop = [s["heading"] for s in gold["sections"] if s["role"] == "workshop"][0]
    begin = flat.find(squeeze(workshop))
    spans = []
    for kind, key in (("remark", "remarks"), ("reply", "replies")):
        for start in gold[key]:
            pos = flat.find(squeeze(start), begin)
            if pos >= 0 and flat.find(squeeze(start), pos + 1) >= 0:
                print(f"{gold['file']}: {kind} start occurs twice in the record: {start}")
                pos = -1
            spans.append((pos, kind, start))
    return sorted(spans)


def check_links(gold: dict, doc: Path, tsv: Path) -> tuple[int, dict]:
    misses = 0
    units = document_units(doc)
    flat = squeeze("".join(units))
    spans = record_spans(gold, flat)
    for pos, kind, start in spans:
        if pos < 0:
            print(f"{tsv.name}: {kind} start not found after the workshop heading: {start}")
            misses += 1
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    links, distractors = [], []
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(remark|reply|problem)\t(.+)$", line)
            if m:
                distractors.append((lineno, m.group(1), m.group(2).strip()))
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            print(f"{tsv.name}:{lineno}: fewer than 3 columns")
            misses += 1
            continue
        links.append((lineno, cols[0], cols[1], cols[2]))

    def owner(quote: str) -> tuple[str | None, str | None]:
        """The gold remark/reply whose text contains the quote (nearest start before it)."""
        pos = flat.find(quote)
        best = (None, None)
        for start, kind, text in spans:
            if 0 <= start <= pos:
                best = (kind, text)
        return best

    def check_quote(where: str, kind: str, quote: str) -> int:
        bad = 0
        if not 12 <= len(quote) <= 25:
            print(f"{where}: quote length {len(quote)} not in 12-25: {quote}")
            bad += 1
        if re.search(r"\s", quote):
            print(f"{where}: quote contains whitespace: {quote}")
            bad += 1
        inside = [u for u in units if quote in (u.replace("\n", "") if doc.suffix == ".pdf" else u)]
        if not inside:
            print(f"{where}: quote not inside one unit (line/paragraph/cell/pdf text): {quote}")
            bad += 1
        if flat.count(quote) != 1 or "".join(units).count(quote) != 1:
            print(f"{where}: quote not unique ({flat.count(quote)}x): {quote}")
            bad += 1
        got, text = owner(quote)
        if got != kind:
            print(f"{where}: quote lies in a {got}, not a {kind}: {quote}")
            bad += 1
        return bad

    used: dict[str, set] = {"remark": set(), "reply": set(), "problem": set()}
    counts = {"problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    for lineno, rec, kind, target in links:
        where = f"{tsv.name}:{lineno}"
        if not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            print(f"{where}: recommendation ordinal out of range: {rec}")
            misses += 1
        if kind not in counts:
            print(f"{where}: unknown target type {kind}")
            misses += 1
            continue
        counts[kind] += 1
        if kind == "problem":
            if not target.isdigit() or not 1 <= int(target) <= n_probs:
                print(f"{where}: problem ordinal out of range: {target}")
                misses += 1
            used["problem"].add(target)
        elif kind == "recommendation":
            if not target.isdigit() or not 1 <= int(target) <= n_recs:
                print(f"{where}: recommendation target out of range: {target}")
                misses += 1
        else:
            misses += check_quote(where, kind, target)
            used[kind].add(owner(target)[1])
    seen = set()
    for lineno, rec, kind, target in links:
        if (rec, kind, target) in seen:
            print(f"{tsv.name}:{lineno}: duplicate link")
            misses += 1
        seen.add((rec, kind, target))
    for lineno, kind, quote in distractors:
        where = f"{tsv.name}:{lineno} (distractor)"
        if kind == "problem":
            if quote in used["problem"]:
                print(f"{where}: distractor problem {quote} is linked")
                misses += 1
            continue
        misses += check_quote(where, kind, quote)
        text = owner(quote)[1]
        if text in used[kind]:
            print(f"{where}: distractor {kind} is also linked: {quote}")
            misses += 1
        used[kind].add(text)
    for kind, key in (("remark", "remarks"), ("reply", "replies")):
        for start in gold[key]:
            if start not in used[kind]:
                print(f"{tsv.name}: {kind} neither linked nor listed as distractor: {start}")
                misses += 1
    counts["total"] = len(links)
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        misses += check_json(gold, doc)
        tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
        link_misses, counts = check_links(gold, doc, tsv)
        misses += link_misses
        chars = len("\n".join(document_units(doc))) if doc.suffix != ".pdf" else len(pdf_text(doc))
        items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations ({items} items), "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies, {len(gold.get('topics', []))} topics; "
              f"links {counts}; text chars {chars}")
    print("OK" if not misses else f"{misses} problem(s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
