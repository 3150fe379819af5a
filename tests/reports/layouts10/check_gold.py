"""Check the hand-written gold of tests/reports/layouts10 against the documents' own text.

Not against the pipeline: this script never imports or runs it.

* gold/<file>.json: every title, item, problem start, context, intro/conclusion start, remark,
  reply and heading must occur in the document's text (for the PDF in its pdftotext text layer,
  for the .docx in its paragraph and table-cell texts), whitespace removed; reply_parents must
  name gold replies/remarks; for the PDF every recommendation heading must be on the gold page.
* gold/<file>.links.tsv: recommendation and problem ordinals must exist; every remark/reply quote
  must be 12–25 characters, occur exactly once in the document, lie on one line (.txt/.md) or in
  one table cell / paragraph (.docx), and belong to a unit of the right kind (the nearest
  preceding remark/reply start is a remark for `remark`, a reply for `reply`).
  Also reports per-file counts and unused problems/remarks/replies (each report must leave at
  least 1 problem and 2 remarks unused).

Run: ``python tests/reports/layouts10/check_gold.py`` (exit 1 on a miss).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
FULL = str.maketrans("０１２３４５６７８９", "0123456789")


def blocks(path: Path) -> list[str]:
    """The document as a list of blocks: lines (.txt/.md), paragraphs + cells (.docx), one page text each (PDF)."""
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    out.append(cell.text)
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


def check_structure(gold: dict, path: Path, text: str) -> int:
    misses = 0
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for reply, parent in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or parent not in gold["remarks"]:
            print(f"{gold['file']}: bad reply_parents entry {reply} -> {parent}")
            misses += 1
        elif text.find(squeeze(parent)) > text.find(squeeze(reply)):
            print(f"{gold['file']}: reply before its parent: {reply}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    if path.suffix == ".pdf":
        pages = [squeeze(p) for p in pdf_pages(path)]
        for rec in gold["recommendations"]:
            page = gold["pages"][rec["label"]]
            head = squeeze(rec["title"])
            if head not in pages[page - 1]:
                print(f"{gold['file']}: {rec['label']} not on page {page}")
                misses += 1
    return misses


def check_links(gold: dict, path: Path, text: str) -> int:
    tsv = HERE / "gold" / (gold["file"] + ".links.tsv")
    misses = 0
    blist = [squeeze(b) for b in blocks(path)]
    # unit starts in document order: (position, kind, start)
    starts = sorted([(text.find(squeeze(s)), "remark", s) for s in gold["remarks"]]
                    + [(text.find(squeeze(s)), "reply", s) for s in gold["replies"]])
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    used: dict[str, set] = {"problem": set(), "remark": set(), "reply": set()}
    per_rec: dict[int, dict[str, int]] = {}
    rows = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows += 1
        parts = line.split("\t")
        rec, kind, target = int(parts[0]), parts[1], parts[2]
        counts = per_rec.setdefault(rec, {"problem": 0, "talk": 0})
        if not 1 <= rec <= n_rec:
            print(f"{tsv.name}: no recommendation {rec}")
            misses += 1
        if kind == "problem":
            counts["problem"] += 1
            if not 1 <= int(target) <= n_prob:
                print(f"{tsv.name}: no problem {target}")
                misses += 1
            used["problem"].add(int(target))
            continue
        if kind not in ("remark", "reply"):
            print(f"{tsv.name}: unknown target type {kind}")
            misses += 1
            continue
        counts["talk"] += 1
        q = squeeze(target)
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}: quote length {len(target)}: {target}")
            misses += 1
        if text.count(q) != 1:
            print(f"{tsv.name}: quote occurs {text.count(q)} times: {target}")
            misses += 1
            continue
        if path.suffix != ".pdf" and not any(q in b for b in blist):
            print(f"{tsv.name}: quote not within one line/paragraph/cell: {target}")
            misses += 1
        pos = text.find(q)
        owner = [s for s in starts if s[0] <= pos]
        if not owner or owner[-1][1] != kind:
            print(f"{tsv.name}: quote not in a {kind}: {target}")
            misses += 1
            continue
        used[kind].add(owner[-1][2])
    for rec, c in sorted(per_rec.items()):
        if not (1 <= c["problem"] <= 2 and 1 <= c["talk"] <= 3):
            print(f"{tsv.name}: recommendation {rec} has {c['problem']} problems, {c['talk']} remarks/replies")
            misses += 1
    if len(per_rec) != n_rec:
        print(f"{tsv.name}: only {len(per_rec)} of {n_rec} recommendations linked")
        misses += 1
    unused_p = n_prob - len(used["problem"])
    unused_m = len(gold["remarks"]) - len(used["remark"])
    unused_r = len(gold["replies"]) - len(used["reply"])
    if unused_p < 1 or unused_m < 2:
        print(f"{tsv.name}: too few unused targets ({unused_p} problems, {unused_m} remarks)")
        misses += 1
    kinds = {k: sum(1 for l in tsv.read_text(encoding='utf-8').splitlines()
                    if not l.startswith('#') and l.strip() and l.split('\t')[1] == k)
             for k in ("problem", "remark", "reply")}
    print(f"{tsv.name}: {rows} links (problem {kinds['problem']}, remark {kinds['remark']}, "
          f"reply {kinds['reply']}); unused problems {unused_p}, remarks {unused_m}, replies {unused_r}")
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        text = squeeze("\n".join(blocks(path)))
        misses += check_structure(gold, path, text)
        misses += check_links(gold, path, text)
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, "
              f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
              f"{len(gold['replies'])} replies, "
              f"{sum(len(v) for v in gold.get('recommendation_items', {}).values())} items checked")
    print("OK" if not misses else f"{misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
