"""Check the hand-written gold against the documents' own text (not against the pipeline).

Adapted from tests/reports/layouts/check_gold.py for this folder. For every gold/<file>.json:
every title, item, problem, context/intro/conclusion start, remark, reply, topic, session and
heading must occur in the document's text (for the PDF, in its pdftotext text layer; whitespace
is ignored); reply_parents must name listed replies and remarks; PDF pages of recommendation
titles must match. For every gold/<file>.links.tsv: recommendation and problem ordinals are in
range; remark/reply quotes are 12–25 characters, unique in the document and lie in one line
(.txt/.md), one paragraph or table cell (.docx), or the pdftotext text with line breaks removed
(.pdf), on a remark or reply unit of the gold; each recommendation has 1–2 problem links and 1–3
remark/reply links; at least one problem and two remarks are unused.
Run: ``python tests/reports/layouts17/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def blocks(path: Path) -> list[str]:
    """Lines / paragraphs / cells of the document (the PDF as one block, line breaks removed)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                out += [c.text for c in row.cells]
        return out
    if path.suffix == ".pdf":
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        return ["".join(out.stdout.splitlines())]
    return path.read_text(encoding="utf-8").splitlines()


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strings(gold: dict) -> list[tuple[str, str]]:
    found = [("title", r["title"]) for r in gold["recommendations"]]
    found += [("item", s) for items in gold.get("recommendation_items", {}).values() for s in items]
    for key in ("problems", "problem_context", "intro", "conclusion", "recommendations_preamble",
                "remarks", "replies", "topics", "sessions"):
        found += [(key, s) for s in gold.get(key, [])]
    found += [("heading", s["heading"]) for s in gold["sections"]]
    return found


def check_structure(gold: dict, text: str, path: Path) -> int:
    misses = 0
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: reply_parents entry not in replies/remarks: {reply} -> {remark}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    if len(set(labels)) != len(labels):
        print(f"{gold['file']}: duplicate labels")
        misses += 1
    if path.suffix == ".pdf":
        pages = page_texts(path)
        for rec in gold["recommendations"]:
            want = gold["pages"].get(rec["label"])
            got = [i + 1 for i, t in enumerate(pages) if squeeze(rec["title"]) in squeeze(t)]
            if got != [want]:
                print(f"{gold['file']}: page of {rec['label']} is {got}, gold says {want}")
                misses += 1
    return misses


def check_links(gold: dict, tsv: Path, path: Path) -> int:
    misses = 0
    units = [squeeze(b) for b in blocks(path)]
    whole = "".join(units)
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    remark_starts = [squeeze(s) for s in gold["remarks"]]
    reply_starts = [squeeze(s) for s in gold["replies"]]
    used_probs, used_remarks = set(), set()
    per_rec: dict[int, dict[str, int]] = {i: {"problem": 0, "quote": 0} for i in range(1, n_rec + 1)}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rec, kind, target = line.split("\t")[:3]
        rec = int(rec)
        if not 1 <= rec <= n_rec:
            print(f"{tsv.name}: recommendation out of range: {line}")
            misses += 1
            continue
        if kind == "problem":
            if not 1 <= int(target) <= n_prob:
                print(f"{tsv.name}: problem out of range: {line}")
                misses += 1
            used_probs.add(int(target))
            per_rec[rec]["problem"] += 1
            continue
        if kind not in ("remark", "reply"):
            print(f"{tsv.name}: unexpected target type: {line}")
            misses += 1
            continue
        per_rec[rec]["quote"] += 1
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}: quote length {len(target)}: {target}")
            misses += 1
        q = squeeze(target)
        if whole.count(q) != 1:
            print(f"{tsv.name}: quote occurs {whole.count(q)} times: {target}")
            misses += 1
        hosts = [u for u in units if q in u]
        if len(hosts) != 1:
            print(f"{tsv.name}: quote not within one line/paragraph: {target}")
            misses += 1
            continue
        host = hosts[0]
        starts = remark_starts if kind == "remark" else reply_starts
        if path.suffix == ".pdf":
            # the quote must lie in the unit beginning with one of the gold starts
            pos = host.find(q)
            begins = [host.rfind(s, 0, pos + len(s)) for s in remark_starts + reply_starts]
            best = max(range(len(begins)), key=lambda i: begins[i])
            ok = begins[best] >= 0 and (best < len(remark_starts)) == (kind == "remark")
        else:
            ok = any(s in host for s in starts)
        if not ok:
            print(f"{tsv.name}: quote not on a {kind} unit: {target}")
            misses += 1
        if kind == "remark":
            used_remarks.add(target)
    for rec, c in per_rec.items():
        if not (1 <= c["problem"] <= 2 and 1 <= c["quote"] <= 3):
            print(f"{tsv.name}: recommendation {rec} has {c['problem']} problem and {c['quote']} remark/reply links")
            misses += 1
    if len(used_probs) >= n_prob or len(gold["remarks"]) - len(used_remarks) < 2:
        print(f"{tsv.name}: too few unused problems/remarks")
        misses += 1
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        text = squeeze("\n".join(blocks(path)))
        misses += check_structure(gold, text, path)
        tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
        misses += check_links(gold, tsv, path)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies checked")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
