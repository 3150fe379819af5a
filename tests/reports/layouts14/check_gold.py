"""Check the hand-written gold of the held-out set against the documents' own text (not the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, context, intro/conclusion start,
remark, reply, topic and heading must occur in the document's text (PDF: pdftotext text layer;
docx: paragraph and table-cell texts), with whitespace removed; for the PDF each recommendation's
title must start on the page given in `pages`; reply_parents must name listed remarks/replies.
Link gold (gold/<file>.links.tsv): recommendation and problem ordinals in range; each remark/reply
quote 12–25 characters, verbatim, unique in the document, on one line for .txt/.md, and inside a
unit of the right kind (remark or reply); 1–2 problem and 1–3 remark/reply links per recommendation;
unused problems listed in comments are exactly the unlinked ones; at least 1 unused problem and
2 unused remarks per report; unused quotes verbatim and unique.
Run: ``python tests/reports/layouts14/check_gold.py`` (exit 1 on a miss). Does not involve the pipeline.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def document_units(path: Path) -> list[str]:
    """Lines (txt/md), paragraphs and table cells (docx), or whole pages (pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        units = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                units += [c.text for c in row.cells]
        return units
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return path.read_text(encoding="utf-8").splitlines()


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


def check_structure(gold: dict, units: list[str], text: str, path: Path) -> int:
    misses = 0
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for key in gold.get("recommendation_items", {}):
        if key not in labels:
            print(f"{gold['file']}: items for unknown label {key}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {reply} -> {remark}")
            misses += 1
    if path.suffix == ".pdf":
        pages = [squeeze(p) for p in units]
        for rec in gold["recommendations"]:
            want = gold["pages"].get(rec["label"])
            got = next((i + 1 for i, p in enumerate(pages) if squeeze(rec["title"]) in p), None)
            if want != got:
                print(f"{gold['file']}: recommendation {rec['label']} on page {got}, gold says {want}")
                misses += 1
    return misses


def unit_kind(quote: str, gold: dict, units: list[str], text: str, path: Path) -> str | None:
    """remark / reply / None: the kind of unit the quote sits in."""
    if path.suffix == ".pdf":
        q = text.find(squeeze(quote))
        best, kind = -1, None
        for k, starts in (("remark", gold["remarks"]), ("reply", gold["replies"])):
            for s in starts:
                pos = text.find(squeeze(s))
                if 0 <= pos <= q and pos > best:
                    best, kind = pos, k
        return kind
    holder = [u for u in units if quote in u]
    if len(holder) != 1:
        return None
    u = holder[0]
    if any(s in u for s in gold["replies"]):
        return "reply"
    if any(s in u for s in gold["remarks"]):
        return "remark"
    return None


def check_links(gold: dict, units: list[str], text: str, path: Path, tsv: Path) -> tuple[int, dict]:
    misses = 0
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, dict[str, int]] = {i: {"problem": 0, "rr": 0} for i in range(1, n_rec + 1)}
    linked_problems: set[int] = set()
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    unused = {"problems": [], "remarks": [], "replies": []}
    raw_text = "\n".join(units)

    def quote_ok(quote: str, kind: str, where: str) -> int:
        bad = 0
        if not 12 <= len(quote) <= 25:
            print(f"{tsv.name}: {where}: quote length {len(quote)}: {quote}")
            bad += 1
        if path.suffix == ".pdf":
            n = text.count(squeeze(quote))
        else:
            n = raw_text.count(quote)
            if not any(quote in u for u in units):
                print(f"{tsv.name}: {where}: quote not on one line/cell: {quote}")
                bad += 1
        if n != 1:
            print(f"{tsv.name}: {where}: quote occurs {n} times: {quote}")
            bad += 1
        got = unit_kind(quote, gold, units, text, path)
        if got != kind:
            print(f"{tsv.name}: {where}: quote is in a {got} unit, expected {kind}: {quote}")
            bad += 1
        return bad

    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"# unused (problems|remarks|replies): (.*)$", line)
            if m:
                kind, rest = m.groups()
                if rest.startswith("none"):
                    continue
                if kind == "problems":
                    unused["problems"] += [int(x) for x in re.findall(r"^\d+(?:,\s*\d+)*", rest)[0].split(",")]
                else:
                    quote = re.split(r" \(", rest)[0].strip()
                    unused[kind].append(quote)
                    misses += quote_ok(quote, {"remarks": "remark", "replies": "reply"}[kind], "unused")
            continue
        cols = line.split("\t")
        rec, kind, target = int(cols[0]), cols[1], cols[2]
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= rec <= n_rec:
            print(f"{tsv.name}: recommendation {rec} out of range")
            misses += 1
            continue
        if kind == "problem":
            p = int(target)
            if not 1 <= p <= n_prob:
                print(f"{tsv.name}: problem {p} out of range")
                misses += 1
            linked_problems.add(p)
            per_rec[rec]["problem"] += 1
        elif kind in ("remark", "reply"):
            misses += quote_ok(target, kind, f"rec {rec}")
            per_rec[rec]["rr"] += 1
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_rec:
                print(f"{tsv.name}: recommendation target {target} out of range")
                misses += 1
        else:
            print(f"{tsv.name}: unknown target type {kind}")
            misses += 1
    for rec, c in per_rec.items():
        if not 1 <= c["problem"] <= 2 or not 1 <= c["rr"] <= 3:
            print(f"{tsv.name}: recommendation {rec} has {c['problem']} problem and {c['rr']} remark/reply links")
            misses += 1
    expected_unused = sorted(set(range(1, n_prob + 1)) - linked_problems)
    if sorted(unused["problems"]) != expected_unused:
        print(f"{tsv.name}: unused problems listed {unused['problems']}, unlinked are {expected_unused}")
        misses += 1
    if len(unused["problems"]) < 1 or len(unused["remarks"]) < 2:
        print(f"{tsv.name}: needs at least 1 unused problem and 2 unused remarks")
        misses += 1
    counts["unused_problems"] = len(unused["problems"])
    counts["unused_remarks"] = len(unused["remarks"])
    counts["unused_replies"] = len(unused["replies"])
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        units = document_units(path)
        text = squeeze("".join(units))
        m = check_structure(gold, units, text, path)
        tsv = gold_path.with_name(gold["file"] + ".links.tsv")
        lm, counts = check_links(gold, units, text, path, tsv)
        misses += m + lm
        print(f"{gold['file']}: {len(gold['recommendations'])} recs, "
              f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, {len(gold['replies'])} replies; "
              f"links {counts}")
    print("OK" if not misses else f"{misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
