"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for the held-out set layouts41.

For every gold/<file>.json:
- every title, item, problem, context/intro/conclusion/preamble start, topic, remark, reply and
  heading must occur in the document's text (for the .docx in its paragraphs and table cells, in
  body order; for the PDF in its pdftotext text layer), compared with all whitespace removed;
- recommendation titles, problems, remarks and replies must occur in gold order;
- reply_parents must map a gold reply to a gold remark that precedes it; sessions must list
  gold topics; a recommendation item must belong to a gold label;
- for the PDF, each recommendation title must be on the page that `pages` gives.

For every gold/<file>.links.tsv:
- recommendation and problem targets are ordinals within the gold's counts;
- remark / reply targets are verbatim quotes of 12–25 characters, occurring exactly once in the
  document, inside one line (.txt/.md), one paragraph or table cell (.docx), or the pdftotext
  text with line breaks removed (.pdf), and inside a remark (resp. reply) of the gold: the nearest
  gold remark/reply start before the quote must be of the link's type;
- distractors listed in the trailing comment block (`# remark<TAB>quote…`) obey the same rules
  and are used by no link.

Run: ``python tests/reports/layouts41/check_gold.py`` (exit 1 on a miss). Needs python-docx and
poppler-utils (pdftotext).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def docx_units(path: Path) -> list[str]:
    """Paragraphs and table cells of the body, in document order (merged cells once)."""
    import docx
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    doc = docx.Document(str(path))
    units: list[str] = []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            units.append(Paragraph(el, doc).text)
        elif el.tag.endswith("}tbl"):
            table = Table(el, doc)
            for row in table.rows:
                for tc in row._tr.tc_lst:  # each <w:tc> once (a merged cell is one tc)
                    cell = _Cell(tc, table)
                    units.extend(p.text for p in cell.paragraphs)
                    units.append("\u0000" + cell.text)  # whole cell, for the quote checks
    return units


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def units_of(path: Path) -> list[str]:
    """The text pieces a remark/reply quote must fit in."""
    if path.suffix == ".docx":
        return docx_units(path)
    if path.suffix == ".pdf":
        return [pdftotext(path).replace("\n", "")]
    return path.read_text(encoding="utf-8").splitlines()


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(u for u in docx_units(path) if not u.startswith("\u0000"))
    if path.suffix == ".pdf":
        return pdftotext(path)
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
    found += [("session", s["heading"]) for s in gold.get("sessions", [])]
    return found


def in_order(text: str, values: list[str]) -> bool:
    pos = -1
    for v in values:
        nxt = text.find(squeeze(v), pos + 1)
        if nxt < 0:
            return False
        pos = nxt
    return True


def check_gold(gold: dict, path: Path) -> int:
    misses = 0
    text = squeeze(document_text(path))

    def miss(msg: str) -> None:
        nonlocal misses
        print(f"{gold['file']}: {msg}")
        misses += 1

    for kind, value in strings(gold):
        if squeeze(value) not in text:
            miss(f"{kind} not found: {value}")
    for key in ("problems", "remarks", "replies"):
        if not in_order(text, gold.get(key, [])):
            miss(f"{key} not in document order")
    if not in_order(text, [r["title"] for r in gold["recommendations"]]):
        miss("recommendation titles not in document order")
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        miss("duplicate recommendation labels")
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            miss(f"items for unknown label {label}")
    remarks, replies = gold.get("remarks", []), gold.get("replies", [])
    for reply, parent in gold.get("reply_parents", {}).items():
        if reply not in replies or parent not in remarks:
            miss(f"reply_parents entry not in replies/remarks: {reply} -> {parent}")
        elif text.find(squeeze(parent)) > text.find(squeeze(reply)):
            miss(f"reply before its parent: {reply}")
    if set(gold.get("reply_parents", {})) != set(replies):
        miss("reply_parents does not cover every reply")
    for session in gold.get("sessions", []):
        for topic in session["topics"]:
            if topic not in gold.get("topics", []):
                miss(f"session topic not in topics: {topic}")
    if path.suffix == ".pdf":
        pages = gold.get("pages", {})
        if set(pages) != set(labels):
            miss("pages does not cover every label")
        for r in gold["recommendations"]:
            page = pages.get(r["label"])
            if page and squeeze(r["title"]) not in squeeze(pdftotext(path, page)):
                miss(f"title not on page {page}: {r['title']}")
            if page and r["title"] not in pdftotext(path, page).splitlines():
                miss(f"title not on one line of page {page}: {r['title']}")
    print(f"{gold['file']}: {len(labels)} recommendations, "
          f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items, "
          f"{len(gold['problems'])} problems, {len(remarks)} remarks, {len(replies)} replies checked")
    return misses


def starts_by_position(gold: dict, text: str) -> list[tuple[int, str]]:
    found = []
    for kind, key in (("remark", "remarks"), ("reply", "replies")):
        for s in gold.get(key, []):
            found.append((text.find(squeeze(s)), kind))
    return sorted(found)


def check_links(gold: dict, path: Path, links_path: Path) -> tuple[int, dict]:
    misses = 0
    name = links_path.name

    def miss(msg: str) -> None:
        nonlocal misses
        print(f"{name}: {msg}")
        misses += 1

    units = units_of(path)
    flat = squeeze(document_text(path))
    starts = starts_by_position(gold, flat)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])

    def check_quote(kind: str, quote: str) -> None:
        if not 12 <= len(quote) <= 25:
            miss(f"quote length {len(quote)} not in 12–25: {quote}")
        if re.search(r"\s", quote):
            miss(f"quote contains white space: {quote}")
        hits = sum(u.count(quote) for u in units if not u.startswith("\u0000"))
        cells = sum(u.count(quote) for u in units if u.startswith("\u0000"))
        if path.suffix == ".docx":
            hits = hits or cells
        if hits != 1:
            miss(f"quote found {hits} times in one line/paragraph/cell (need 1): {quote}")
        if flat.count(quote) != 1:
            miss(f"quote not unique in the document: {quote}")
            return
        pos = flat.find(quote)
        before = [k for p, k in starts if p <= pos]
        if not before or before[-1] != kind:
            miss(f"quote is not inside a gold {kind}: {quote}")

    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used: set[str] = set()
    distractors: list[tuple[str, str]] = []
    for lineno, line in enumerate(links_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            parts = line[1:].strip().split("\t")
            if len(parts) >= 2 and parts[0] in ("remark", "reply", "problem"):
                distractors.append((parts[0], parts[1]))
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            miss(f"line {lineno}: fewer than 3 fields")
            continue
        rec, kind, target = parts[0], parts[1], parts[2]
        if not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            miss(f"line {lineno}: recommendation ordinal out of range: {rec}")
        if kind in ("problem", "recommendation"):
            limit = n_probs if kind == "problem" else n_recs
            if not target.isdigit() or not 1 <= int(target) <= limit:
                miss(f"line {lineno}: {kind} ordinal out of range: {target}")
        elif kind in ("remark", "reply"):
            check_quote(kind, target)
        else:
            miss(f"line {lineno}: unknown target type {kind}")
        counts["links"] += 1
        counts[kind] = counts.get(kind, 0) + 1
        used.add(f"{kind}:{target}")
    for kind, target in distractors:
        if f"{kind}:{target}" in used:
            miss(f"distractor is used by a link: {target}")
        if kind == "problem":
            if not target.isdigit() or not 1 <= int(target) <= n_probs:
                miss(f"distractor problem out of range: {target}")
        else:
            check_quote(kind, target)
    counts["unused"] = len(distractors)
    print(f"{name}: {counts['links']} links (problem {counts['problem']}, remark {counts['remark']}, "
          f"reply {counts['reply']}), {len(distractors)} distractors checked")
    return misses, counts


def main() -> int:
    misses = 0
    totals: dict[str, int] = {}
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = HERE / gold["file"]
        misses += check_gold(gold, doc_path)
        links_path = HERE / "gold" / (gold["file"] + ".links.tsv")
        if not links_path.exists():
            print(f"{links_path.name}: missing")
            misses += 1
            continue
        m, counts = check_links(gold, doc_path, links_path)
        misses += m
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    print("totals:", totals)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
