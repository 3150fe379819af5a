"""Check the hand-written gold of layouts30 against the documents' own text (not the pipeline).

Adapted from tests/reports/layouts/check_gold.py. For every gold/<file>.json:
- every title, item, problem start, context/intro/conclusion start, remark, reply, heading and
  session heading occurs in the document (whitespace ignored); reply_parents point at gold
  remarks/replies; for the PDF, each recommendation heading starts on the page given in `pages`.
For every gold/<file>.links.tsv:
- recommendation and problem numbers are in range; each remark/reply quote is 12–25 characters,
  occurs exactly once in the document, lies inside one unit (a line for .txt/.md, a paragraph or
  table-cell paragraph for .docx, the pdftotext text with line breaks removed for .pdf) and that
  unit is a remark (resp. reply) of the gold; the same holds for the quotes listed as unused;
  every gold remark and reply is either linked or listed as unused.
Run: ``python tests/reports/layouts30/check_gold.py`` (exit 1 on a problem). Also prints counts.
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
        if el.tag.endswith("}p"):
            units.append(Paragraph(el, doc).text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, doc).rows:
                seen = []
                for cell in row.cells:
                    if cell._tc in seen:  # merged cells repeat
                        continue
                    seen.append(cell._tc)
                    units.extend(p.text for p in cell.paragraphs)
    return units


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(docx_units(path))
    if path.suffix == ".pdf":
        return pdf_text(path)
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


def units_of(path: Path, gold: dict) -> list[str]:
    """Units a quote must lie in: lines, paragraphs/cells, or PDF pieces cut at gold starts."""
    if path.suffix == ".docx":
        return [squeeze(u) for u in docx_units(path)]
    if path.suffix == ".pdf":
        text = squeeze(pdf_text(path))
        cuts = set()
        for key in ("remarks", "replies"):
            for start in gold.get(key, []):
                cuts.add(text.index(squeeze(start)))
        for sec in gold["sections"] + gold.get("sessions", []):
            cuts.add(text.index(squeeze(sec["heading"])))
        # remarks/replies are preceded by a speaker label: cut at the label too, i.e. a piece
        # runs from one start to the next speaker label (委員： or 回答（…）：) or heading.
        for m in re.finditer(r"[^\s。、：]{1,12}委員：|回答（[^）]*）：", text):
            cuts.add(m.start())
        cuts = sorted(cuts | {0, len(text)})
        return [text[a:b] for a, b in zip(cuts, cuts[1:])]
    return [squeeze(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_links(path: Path) -> tuple[list[tuple[int, str, str]], list[tuple[str, str]]]:
    links, unused = [], []
    in_unused = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if "unused" in line:
                in_unused = True
                continue
            if in_unused:
                m = re.match(r"#\s*(problem|remark|reply)\s+(\S+)", line)
                if m:
                    unused.append((m.group(1), m.group(2)))
            continue
        if not line.strip():
            continue
        rec, kind, target = line.split("\t")[:3]
        links.append((int(rec), kind, target))
    return links, unused


def main() -> int:
    errors: list[str] = []
    rows = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        name = gold["file"]
        raw = document_text(doc)
        text = squeeze(raw)
        for kind, value in strings(gold):
            if squeeze(value) not in text:
                errors.append(f"{name}: {kind} not found: {value}")
        labels = [r["label"] for r in gold["recommendations"]]
        for label in gold.get("recommendation_items", {}):
            if label not in labels:
                errors.append(f"{name}: items for unknown label {label}")
        for reply, remark in gold.get("reply_parents", {}).items():
            if reply not in gold["replies"] or remark not in gold["remarks"]:
                errors.append(f"{name}: bad reply_parents entry {reply} -> {remark}")
        if len(gold.get("reply_parents", {})) != len(gold["replies"]):
            errors.append(f"{name}: reply_parents does not cover every reply")
        for label, page in gold.get("pages", {}).items():
            title = next(r["title"] for r in gold["recommendations"] if r["label"] == label)
            if squeeze(label + title) not in squeeze(pdf_text(doc, page)):
                errors.append(f"{name}: {label} {title} not on page {page}")

        units = units_of(doc, gold)
        remark_starts = [squeeze(s) for s in gold["remarks"]]
        reply_starts = [squeeze(s) for s in gold["replies"]]

        def unit_kind(quote: str) -> tuple[str | None, str | None]:
            q = squeeze(quote)
            hits = [u for u in units if q in u]
            if len(hits) != 1:
                return None, None
            unit = hits[0]
            for start in remark_starts:
                if start in unit:
                    return "remark", start
            for start in reply_starts:
                if start in unit:
                    return "reply", start
            return "other", None

        links, unused = read_links(HERE / "gold" / (name + ".links.tsv"))
        n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
        covered: set[str] = set()
        counts = {"problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
        for rec, kind, target in links + [(1, k, t) for k, t in unused]:
            if not 1 <= rec <= n_recs:
                errors.append(f"{name}: recommendation {rec} out of range")
            if kind == "problem":
                if not 1 <= int(target) <= n_probs:
                    errors.append(f"{name}: problem {target} out of range")
                continue
            if kind not in ("remark", "reply"):
                errors.append(f"{name}: unknown target type {kind}")
                continue
            if not 12 <= len(target) <= 25:
                errors.append(f"{name}: quote length {len(target)}: {target}")
            if text.count(squeeze(target)) != 1:
                errors.append(f"{name}: quote occurs {text.count(squeeze(target))} times: {target}")
            found, start = unit_kind(target)
            if found != kind:
                errors.append(f"{name}: quote is not inside one {kind}: {target} ({found})")
            if start:
                covered.add(start)
        for rec, kind, target in links:
            counts[kind] += 1
        for start in remark_starts + reply_starts:
            if start not in covered:
                errors.append(f"{name}: remark/reply neither linked nor listed unused: {start}")
        linked_problems = {int(t) for _, k, t in links if k == "problem"}
        unused_problems = [int(t) for k, t in unused if k == "problem"]
        for p in unused_problems:
            if p in linked_problems:
                errors.append(f"{name}: problem {p} listed unused but linked")
        if set(range(1, n_probs + 1)) != linked_problems | set(unused_problems):
            errors.append(f"{name}: some problem neither linked nor listed unused")
        chars = len(raw) if doc.suffix in (".docx", ".pdf") else len(doc.read_text(encoding="utf-8"))
        n_items = "+".join(str(len(v)) for v in gold.get("recommendation_items", {}).values())
        rows.append((doc.stem, chars, n_probs, n_recs, n_items, len(gold["remarks"]),
                     len(gold["replies"]), len(links), counts["problem"], counts["remark"],
                     counts["reply"], counts["recommendation"], len(unused_problems),
                     sum(1 for k, _ in unused if k == "remark"),
                     sum(1 for k, _ in unused if k == "reply")))
        print(f"{name}: {n_recs} recommendations, {len(links)} links checked")
    print("| report | chars | problems | recs | items | remarks | replies | links | problem | "
          "remark | reply | recommendation | unused problems | unused remarks | unused replies |")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
