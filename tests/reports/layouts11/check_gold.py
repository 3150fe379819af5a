"""Check the hand-written gold of tests/reports/layouts11 against the documents' own text.

Adapted from tests/reports/layouts/check_gold.py. It never involves the pipeline. Checks:

* every title, item, problem, context/intro/conclusion start, preamble, remark, reply, topic and
  heading in gold/<file>.json occurs in the document's text (whitespace removed; for the .docx the
  paragraph and table-cell texts, for the PDF its pdftotext text layer);
* counts (5–7 problems, 4–6 recommendations, 10–16 remarks, 3–5 replies), reply_parents;
* `pages` (PDF): the page on which each recommendation title is printed;
* gold/<file>.links.tsv: recommendation/problem ordinals in range; 1–2 problem and 1–3
  remark/reply links per recommendation; each quote is 12–25 characters, verbatim, unique in the
  document, on one line (.txt/.md) or in one paragraph/cell (.docx), and lies inside a remark or
  reply unit of the stated kind (the text from that unit's gold start to the next gold start);
  at least one unused problem and two unused remarks.

Run: ``python tests/reports/layouts11/check_gold.py`` (exit 1 on any failure).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), pages (.pdf)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                out += [cell.text for cell in row.cells]
        return out
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return path.read_text(encoding="utf-8").splitlines()


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


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


def check_structure(gold: dict, path: Path, errors: list[str]) -> None:
    name = gold["file"]
    text = squeeze("\n".join(blocks(path)))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            errors.append(f"{name}: {kind} not found: {value}")
    n_p, n_r = len(gold["problems"]), len(gold["recommendations"])
    n_rem, n_rep = len(gold["remarks"]), len(gold["replies"])
    if not (5 <= n_p <= 7 and 4 <= n_r <= 6 and 10 <= n_rem <= 16 and 3 <= n_rep <= 5):
        errors.append(f"{name}: counts out of range p={n_p} r={n_r} remarks={n_rem} replies={n_rep}")
    for start in gold["remarks"] + gold["replies"]:
        if text.count(squeeze(start)) != 1:
            errors.append(f"{name}: remark/reply start not unique: {start}")
    for reply, parent in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or parent not in gold["remarks"]:
            errors.append(f"{name}: bad reply_parents entry {reply} -> {parent}")
        elif text.find(squeeze(parent)) > text.find(squeeze(reply)):
            errors.append(f"{name}: reply before its parent: {reply}")
    if set(gold.get("reply_parents", {})) != set(gold["replies"]):
        errors.append(f"{name}: reply_parents does not cover every reply")
    if path.suffix == ".pdf":
        pages = [squeeze(p) for p in pdf_pages(path)]
        for rec in gold["recommendations"]:
            want = gold["pages"][rec["label"]]
            got = [i + 1 for i, p in enumerate(pages) if squeeze(rec["title"]) in p]
            if got != [want]:
                errors.append(f"{name}: recommendation {rec['label']} on pages {got}, gold says {want}")
    print(f"{name}: {n_r} recommendations, {n_p} problems, {n_rem} remarks, {n_rep} replies")


def units(gold: dict, text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) spans of remark/reply units in the squeezed text."""
    starts = sorted([(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
                    + [(text.find(squeeze(s)), "reply") for s in gold["replies"]])
    spans = []
    for i, (pos, kind) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        spans.append((pos, end, kind))
    return spans


def check_links(gold: dict, path: Path, errors: list[str]) -> dict[str, int]:
    name = gold["file"]
    tsv = HERE / "gold" / f"{name}.links.tsv"
    bl = blocks(path)
    raw = "\n".join(bl)
    text = squeeze(raw)
    spans = units(gold, text)
    n_p, n_r = len(gold["problems"]), len(gold["recommendations"])
    per_rec: dict[int, dict[str, int]] = {r: {"problem": 0, "talk": 0} for r in range(1, n_r + 1)}
    used_problems: set[int] = set()
    used_units: set[int] = set()
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        rec, kind, target = int(fields[0]), fields[1], fields[2]
        counts["links"] += 1
        counts[kind] += 1
        if rec not in per_rec:
            errors.append(f"{name}: recommendation {rec} out of range")
            continue
        if kind == "problem":
            num = int(target)
            if not 1 <= num <= n_p:
                errors.append(f"{name}: problem {num} out of range")
            per_rec[rec]["problem"] += 1
            used_problems.add(num)
            continue
        per_rec[rec]["talk"] += 1
        if not 12 <= len(target) <= 25:
            errors.append(f"{name}: quote length {len(target)}: {target}")
        if path.suffix == ".pdf":
            if text.count(squeeze(target)) != 1:
                errors.append(f"{name}: quote not found once: {target}")
        else:
            if raw.count(target) != 1:
                errors.append(f"{name}: quote not found once verbatim: {target}")
            if not any(target in b for b in bl):
                errors.append(f"{name}: quote not inside one line/paragraph/cell: {target}")
        pos = text.find(squeeze(target))
        hit = [i for i, (s, e, k) in enumerate(spans) if s <= pos and pos + len(squeeze(target)) <= e]
        if not hit or spans[hit[0]][2] != kind:
            errors.append(f"{name}: quote not inside a {kind}: {target}")
        else:
            used_units.add(hit[0])
    for rec, c in per_rec.items():
        if not (1 <= c["problem"] <= 2 and 1 <= c["talk"] <= 3):
            errors.append(f"{name}: recommendation {rec} has {c['problem']} problem and {c['talk']} remark/reply links")
    unused_p = n_p - len(used_problems)
    unused_rem = sum(1 for i, (_, _, k) in enumerate(spans) if k == "remark" and i not in used_units)
    unused_rep = sum(1 for i, (_, _, k) in enumerate(spans) if k == "reply" and i not in used_units)
    if unused_p < 1 or unused_rem < 2:
        errors.append(f"{name}: too few distractors (unused problems {unused_p}, remarks {unused_rem})")
    counts.update(unused_problems=unused_p, unused_remarks=unused_rem, unused_replies=unused_rep)
    print(f"{name}: links {counts}")
    return counts


def main() -> int:
    errors: list[str] = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        check_structure(gold, path, errors)
        check_links(gold, path, errors)
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
