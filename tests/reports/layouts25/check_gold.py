"""Check the hand-written gold of layouts25 against the documents' own text (not against the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic and heading
must occur in the document's text (for the PDF, in its pdftotext text layer with line breaks
removed); for the PDF, each recommendation title must start on the page given in ``pages``.
Link gold (gold/<file>.links.tsv): recommendation and problem numbers are in range; every
remark/reply quote (also those listed as unused in the trailing comments) is 12-25 characters,
unique in the document, inside one line (.txt/.md) or one paragraph / table-cell paragraph (.docx),
and falls inside a remark or reply unit of the right kind (located from the structure gold).
Run: ``python tests/reports/layouts25/check_gold.py`` (exit 1 on a miss). Prints link counts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def docx_units(path: Path) -> list[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(str(path))
    units: list[str] = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            units.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            for row in Table(el, doc).rows:
                for cell in row.cells:
                    units.extend(p.text for p in cell.paragraphs)
    return units


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def units_of(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and cell paragraphs (.docx), or one unit (.pdf)."""
    if path.suffix == ".docx":
        return docx_units(path)
    if path.suffix == ".pdf":
        return [pdf_text(path)]
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
    found += [("reply_parent", k) for k in gold.get("reply_parents", {})]
    found += [("reply_parent", v) for v in gold.get("reply_parents", {}).values()]
    return found


def unit_starts(text: str, gold: dict) -> list[tuple[int, str]]:
    """Positions of remark/reply starts in the squeezed text, found in document order."""
    starts: list[tuple[int, str]] = []
    pos = 0
    marks = [("remark", s) for s in gold["remarks"]] + [("reply", s) for s in gold["replies"]]
    located = []
    for kind, s in marks:
        i = text.find(squeeze(s))
        located.append((i, kind, s))
    located.sort()
    for i, kind, s in located:
        if i < pos:
            continue
        starts.append((i, kind))
        pos = i
    return starts


def check_links(path: Path, gold: dict, tsv: Path) -> tuple[int, dict]:
    misses = 0
    units = units_of(path)
    whole = squeeze("\n".join(units))
    starts = unit_starts(whole, gold)
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used = {"problem": set(), "remark": set(), "reply": set()}
    unused = {"problem": [], "remark": [], "reply": []}

    def check_quote(kind: str, quote: str, where: str) -> None:
        nonlocal misses
        if not 12 <= len(quote) <= 25:
            print(f"{where}: quote length {len(quote)}: {quote}")
            misses += 1
        if path.suffix != ".pdf" and not any(quote in u for u in units):
            print(f"{where}: quote not inside one line/paragraph: {quote}")
            misses += 1
        q = squeeze(quote)
        if whole.count(q) != 1:
            print(f"{where}: quote occurs {whole.count(q)} times: {quote}")
            misses += 1
            return
        at = whole.find(q)
        before = [(i, k) for i, k in starts if i <= at]
        if not before or before[-1][1] != kind:
            print(f"{where}: quote not inside a {kind}: {quote}")
            misses += 1

    for n, line in enumerate(tsv.read_text(encoding="utf-8").split("\n"), 1):
        where = f"{tsv.name}:{n}"
        if not line.strip():
            continue
        if line.startswith("#"):
            parts = line[1:].strip().split("\t")
            if len(parts) >= 2 and parts[0] in unused:
                unused[parts[0]].append(parts[1])
                if parts[0] != "problem":
                    check_quote(parts[0], parts[1], where + " (unused)")
            continue
        rec, kind, target = line.split("\t")[:3]
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= int(rec) <= n_recs:
            print(f"{where}: recommendation out of range: {rec}")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{where}: problem out of range: {target}")
                misses += 1
            used["problem"].add(int(target))
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_recs or target == rec:
                print(f"{where}: bad recommendation target: {target}")
                misses += 1
        else:
            check_quote(kind, target, where)
            used[kind].add(target)
    counts["distinct_remarks"] = len(used["remark"])
    counts["unused_problems"] = [int(p) for p in unused["problem"]]
    counts["unused_remarks"] = len(unused["remark"])
    counts["unused_replies"] = len(unused["reply"])
    # every remark/reply is either linked or listed as unused
    for kind in ("remark", "reply"):
        total = len(gold["remarks" if kind == "remark" else "replies"])
        if len(used[kind]) + len(unused[kind]) != total:
            name = "remarks" if kind == "remark" else "replies"
            print(f"{tsv.name}: {name} linked {len(used[kind])} + unused {len(unused[kind])} != {total}")
            misses += 1
    if len(used["problem"]) + len(unused["problem"]) != n_probs:
        print(f"{tsv.name}: problems linked + unused != {n_probs}")
        misses += 1
    return misses, counts


def main() -> int:
    misses = 0
    rows = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        text = squeeze("\n".join(units_of(doc)))
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                print(f"{gold['file']}: {kind} not found: {value}")
                misses += 1
        if doc.suffix == ".pdf":
            for rec in gold["recommendations"]:
                page = gold["pages"][rec["label"]]
                if squeeze(rec["title"])[:8] not in squeeze(pdf_text(doc, page)):
                    print(f"{gold['file']}: title not on page {page}: {rec['title']}")
                    misses += 1
        m, counts = check_links(doc, gold, HERE / "gold" / (gold["file"] + ".links.tsv"))
        misses += m
        chars = len(pdf_text(doc)) if doc.suffix == ".pdf" else len("\n".join(units_of(doc)))
        n_items = [len(v) for v in gold.get("recommendation_items", {}).values()]
        rows.append((gold["file"], chars, len(gold["problems"]), len(gold["recommendations"]), n_items,
                     len(gold["remarks"]), len(gold["replies"]), counts))
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations checked")
    for file, chars, probs, recs, items, remarks, replies, c in rows:
        print(f"{file}\tchars={chars}\tproblems={probs}\trecs={recs} items={items}\tremarks={remarks}\t"
              f"replies={replies}\tlinks={c['links']} problem={c['problem']} remark={c['remark']} "
              f"(distinct {c['distinct_remarks']}) reply={c['reply']} recommendation={c['recommendation']}\t"
              f"unused problems={c['unused_problems']} remarks={c['unused_remarks']} replies={c['unused_replies']}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
