"""Check the hand-written gold against the documents' own text (not against the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, context/intro/conclusion start,
preamble, topic, remark, reply and heading must occur in the document's text (for the PDF, its
pdftotext text layer; for the .docx, paragraph and table-cell texts), whitespace removed;
reply_parents must name listed units, the remark coming first; PDF `pages` must hold the title.
Link gold (gold/<file>.links.tsv): numbers in range; each quote 12–25 characters, occurring
exactly once, inside one line (.txt/.md) or paragraph (.docx) or unit (PDF, whitespace removed)
of a remark (resp. reply) of the structure gold; 1–2 problem and 1–4 remark/reply links per
recommendation; at least one unused problem and two unused remarks.
Run: ``python tests/reports/layouts22/check_gold.py`` (exit 1 on a miss). No pipeline involved.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), or the whole text layer (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        found = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    found.append(cell.text)
        return found
    if path.suffix == ".pdf":
        return [pdf_text(path)]
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


def check_structure(gold: dict, path: Path) -> int:
    misses = 0
    text = squeeze("\n".join(blocks(path)))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for key in ("problems", "remarks", "replies"):
        dup = [s for s, n in Counter(gold.get(key, [])).items() if n > 1]
        if dup:
            print(f"{gold['file']}: duplicate {key} starts: {dup}")
            misses += 1
    # document order of remarks and replies
    for key in ("problems", "remarks", "replies"):
        pos = [text.find(squeeze(s)) for s in gold.get(key, [])]
        if pos != sorted(pos):
            print(f"{gold['file']}: {key} not in document order")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: reply_parents names an unlisted unit: {reply} -> {remark}")
            misses += 1
        elif text.find(squeeze(remark)) > text.find(squeeze(reply)):
            print(f"{gold['file']}: reply comes before its remark: {reply}")
            misses += 1
    for label, page in gold.get("pages", {}).items():
        rec = next(r for r in gold["recommendations"] if r["label"] == label)
        if squeeze(rec["title"]) not in squeeze(pdf_text(path, page)):
            print(f"{gold['file']}: title of {label} not on page {page}")
            misses += 1
    return misses


def unit_kind_at(gold: dict, unit_text: str, quote: str) -> str | None:
    """Kind of the unit (remark/reply) whose start is the last one before the quote in unit_text."""
    sq, q = squeeze(unit_text), squeeze(quote)
    at = sq.find(q)
    best, kind = -1, None
    for key, k in (("remarks", "remark"), ("replies", "reply"), ("topics", "topic")):
        for start in gold.get(key, []):
            pos = sq.find(squeeze(start))
            while pos != -1 and pos <= at:
                if pos > best:
                    best, kind = pos, k
                pos = sq.find(squeeze(start), pos + 1)
    return kind


def check_links(gold: dict, path: Path, links_path: Path) -> tuple[int, Counter]:
    misses = 0
    counts: Counter = Counter()
    units = blocks(path)
    whole = squeeze("\n".join(units))
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, Counter] = {i: Counter() for i in range(1, n_recs + 1)}
    used_problems: set[int] = set()
    used_quotes: set[str] = set()
    unused_quotes: list[tuple[str, str]] = []
    lines = links_path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#"):
            parts = line[1:].strip().split("\t")
            if len(parts) >= 2 and parts[0] in ("remark", "reply"):
                unused_quotes.append((parts[0], parts[1]))
            continue
        if not line.strip():
            continue
        rec, kind, target = line.split("\t")[:3]
        rec_n = int(rec)
        if not 1 <= rec_n <= n_recs:
            print(f"{links_path.name}: recommendation out of range: {line}")
            misses += 1
            continue
        counts[kind] += 1
        counts["links"] += 1
        if kind == "problem":
            n = int(target)
            if not 1 <= n <= n_probs:
                print(f"{links_path.name}: problem out of range: {line}")
                misses += 1
            used_problems.add(n)
            per_rec[rec_n]["problem"] += 1
        elif kind in ("remark", "reply"):
            per_rec[rec_n]["record"] += 1
            used_quotes.add(target)
            misses += check_quote(gold, units, whole, kind, target, links_path.name)
        else:
            print(f"{links_path.name}: unknown target type: {line}")
            misses += 1
    for kind, quote in unused_quotes:
        misses += check_quote(gold, units, whole, kind, quote, links_path.name)
    for rec_n, c in per_rec.items():
        if not (1 <= c["problem"] <= 2 and 1 <= c["record"] <= 4):
            print(f"{links_path.name}: recommendation {rec_n} has {c['problem']} problem and "
                  f"{c['record']} remark/reply links")
            misses += 1
    counts["unused_problems"] = n_probs - len(used_problems)
    counts["unused_remarks"] = sum(1 for k, _ in unused_quotes if k == "remark")
    counts["unused_replies"] = sum(1 for k, _ in unused_quotes if k == "reply")
    if counts["unused_problems"] < 1 or counts["unused_remarks"] < 2:
        print(f"{links_path.name}: too few unused targets")
        misses += 1
    # every remark/reply is either linked or listed as unused
    listed = {squeeze(q) for q in used_quotes} | {squeeze(q) for _, q in unused_quotes}
    for key in ("remarks", "replies"):
        for start in gold[key]:
            if not any(unit_covers(units, start, q) for q in listed):
                print(f"{links_path.name}: {key[:-1]} neither linked nor listed unused: {start}")
                misses += 1
    return misses, counts


def unit_covers(units: list[str], start: str, quote_sq: str) -> bool:
    """True if some line/paragraph holds both the unit start and the quote (PDF: the quote's unit)."""
    s = squeeze(start)
    for u in units:
        su = squeeze(u)
        if s in su and quote_sq in su:
            if len(units) > 1:
                return True
            # PDF: the quote must follow this start with no other start in between
            return su.find(s) <= su.find(quote_sq) < su.find(s) + 200
    return False


def check_quote(gold: dict, units: list[str], whole: str, kind: str, quote: str, name: str) -> int:
    misses = 0
    if not 12 <= len(quote) <= 25:
        print(f"{name}: quote length {len(quote)}: {quote}")
        misses += 1
    if whole.count(squeeze(quote)) != 1:
        print(f"{name}: quote occurs {whole.count(squeeze(quote))} times: {quote}")
        return misses + 1
    holders = [u for u in units if squeeze(quote) in squeeze(u)]
    if len(units) > 1 and (len(holders) != 1 or quote not in holders[0]):
        print(f"{name}: quote not verbatim within one line/paragraph: {quote}")
        return misses + 1
    got = unit_kind_at(gold, holders[0], quote)
    if got != kind:
        print(f"{name}: quote lies in a {got}, not a {kind}: {quote}")
        misses += 1
    return misses


def main() -> int:
    misses = 0
    total: Counter = Counter()
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        misses += check_structure(gold, path)
        links_path = gold_path.with_name(gold["file"] + ".links.tsv")
        m, counts = check_links(gold, path, links_path)
        misses += m
        chars = len(pdf_text(path)) if path.suffix == ".pdf" else (
            len("\n".join(blocks(path))) if path.suffix == ".docx" else len(path.read_text(encoding="utf-8")))
        n_items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        row = {"chars": chars, "problems": len(gold["problems"]), "recs": len(gold["recommendations"]),
               "items": n_items, "remarks": len(gold["remarks"]), "replies": len(gold["replies"]),
               "links": counts["links"], "problem": counts["problem"], "remark": counts["remark"],
               "reply": counts["reply"], "unused_problems": counts["unused_problems"],
               "unused_remarks": counts["unused_remarks"], "unused_replies": counts["unused_replies"]}
        total.update({k: v for k, v in row.items() if k != "chars"})
        print(gold["file"], " ".join(f"{k}={v}" for k, v in row.items()))
    print("total", " ".join(f"{k}={v}" for k, v in total.items()))
    print("OK" if not misses else f"{misses} problem(s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
