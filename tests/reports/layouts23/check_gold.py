"""Check the hand-written gold of layouts23 against the documents' own text (never the pipeline).

Adapted from ``tests/reports/layouts/check_gold.py``. For every ``gold/<file>.json``:

* every title, item, problem, context/intro/conclusion/preamble start, topic, remark, reply and
  heading occurs in the document's text (.txt/.md as is; .docx paragraphs and table-cell
  paragraphs via python-docx; .pdf its ``pdftotext`` text), compared with whitespace removed;
* ``reply_parents`` maps replies to remarks of the same file, the reply after its remark;
* for the PDF, ``pages`` gives the page on which each recommendation title starts.

For every ``gold/<file>.links.tsv``: recommendation and problem ordinals are in range; every
remark/reply quote is 12–25 characters, occurs exactly once in the document, lies in one line
(.txt/.md) or one paragraph/cell (.docx), and the nearest remark/reply start before it is of the
stated kind and the quote lies in that unit (same line/paragraph, or within 120 characters
of its start in the PDF); each recommendation has at least one link; at least one problem and two remarks stay
unused. Run: ``python tests/reports/layouts23/check_gold.py`` (exit 1 on a failure).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def docx_blocks(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                blocks.extend(p.text for p in cell.paragraphs)
    return blocks


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def blocks_of(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and cell paragraphs (.docx), or the whole text (.pdf)."""
    if path.suffix == ".docx":
        return docx_blocks(path)
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
    text = squeeze("\n".join(blocks_of(path)))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{gold['file']}: {kind} not found: {value}")
            misses += 1
    for reply, remark in gold.get("reply_parents", {}).items():
        if reply not in gold["replies"] or remark not in gold["remarks"]:
            print(f"{gold['file']}: reply_parents entry not in remarks/replies: {reply} -> {remark}")
            misses += 1
        elif text.find(squeeze(remark)) > text.find(squeeze(reply)):
            print(f"{gold['file']}: reply before its remark: {reply}")
            misses += 1
    labels = [r["label"] for r in gold["recommendations"]]
    for label in gold.get("recommendation_items", {}):
        if label not in labels:
            print(f"{gold['file']}: items for unknown label {label}")
            misses += 1
    if path.suffix == ".pdf":
        pages = gold.get("pages", {})
        for rec in gold["recommendations"]:
            page = pages.get(rec["label"])
            if page is None or squeeze(rec["title"]) not in squeeze(pdf_text(path, page)):
                print(f"{gold['file']}: title of {rec['label']} not on page {page}")
                misses += 1
    return misses


def check_links(gold: dict, path: Path, links_path: Path) -> tuple[int, dict]:
    misses = 0
    blocks = [squeeze(b) for b in blocks_of(path)]
    text = squeeze("\n".join(blocks_of(path)))
    starts = sorted(
        [(text.find(squeeze(s)), "remark") for s in gold["remarks"]]
        + [(text.find(squeeze(s)), "reply") for s in gold["replies"]]
    )
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    used_problems: set[int] = set()
    used_quotes: dict[str, set[str]] = {"remark": set(), "reply": set()}
    linked_recs: set[int] = set()
    for lineno, line in enumerate(links_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        rec, kind, target = int(fields[0]), fields[1], fields[2]
        where = f"{links_path.name}:{lineno}"
        counts["links"] += 1
        counts[kind] = counts.get(kind, 0) + 1
        linked_recs.add(rec)
        if not 1 <= rec <= n_recs:
            print(f"{where}: recommendation {rec} out of range")
            misses += 1
        if kind == "problem":
            if not 1 <= int(target) <= n_probs:
                print(f"{where}: problem {target} out of range")
                misses += 1
            used_problems.add(int(target))
        elif kind == "recommendation":
            if not 1 <= int(target) <= n_recs:
                print(f"{where}: recommendation target {target} out of range")
                misses += 1
        elif kind in ("remark", "reply"):
            quote = squeeze(target)
            if not 12 <= len(quote) <= 25:
                print(f"{where}: quote length {len(quote)}: {target}")
                misses += 1
            if text.count(quote) != 1:
                print(f"{where}: quote occurs {text.count(quote)} times: {target}")
                misses += 1
                continue
            if not any(quote in b for b in blocks):
                print(f"{where}: quote not inside one line/paragraph: {target}")
                misses += 1
            pos = text.find(quote)
            before = [k for p, k in starts if 0 <= p <= pos]
            if not before or before[-1] != kind:
                print(f"{where}: quote is not in a {kind}: {target}")
                misses += 1
            else:
                owner = max(p for p, k in starts if 0 <= p <= pos)
                owner_start = text[owner:owner + 10]
                if path.suffix == ".pdf":
                    # no line structure: the quote must end within a short unit after its start
                    inside = pos + len(quote) - owner <= 120
                else:
                    inside = any(quote in b and owner_start in b for b in blocks)
                if not inside:
                    print(f"{where}: quote is not inside the {kind} that starts before it: {target}")
                    misses += 1
                used_quotes[kind].add(str(owner))
        else:
            print(f"{where}: unknown target type {kind}")
            misses += 1
    for rec in range(1, n_recs + 1):
        if rec not in linked_recs:
            print(f"{links_path.name}: recommendation {rec} has no link")
            misses += 1
    unused_problems = n_probs - len(used_problems)
    unused_remarks = len(gold["remarks"]) - len(used_quotes["remark"])
    unused_replies = len(gold["replies"]) - len(used_quotes["reply"])
    if unused_problems < 1 or unused_remarks < 2:
        print(f"{links_path.name}: too few unused targets ({unused_problems} problems, {unused_remarks} remarks)")
        misses += 1
    counts.update(unused_problems=unused_problems, unused_remarks=unused_remarks,
                  unused_replies=unused_replies)
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = HERE / gold["file"]
        misses += check_structure(gold, path)
        n_items = sum(len(v) for v in gold.get("recommendation_items", {}).values())
        line = (f"{gold['file']}: {len(gold['recommendations'])} recommendations, {n_items} items, "
                f"{len(gold['problems'])} problems, {len(gold['remarks'])} remarks, "
                f"{len(gold['replies'])} replies")
        links_path = HERE / "gold" / (gold["file"] + ".links.tsv")
        if links_path.exists():
            bad, counts = check_links(gold, path, links_path)
            misses += bad
            line += "; links " + ", ".join(f"{k} {v}" for k, v in counts.items())
        else:
            print(f"{gold['file']}: no links file")
            misses += 1
        print(line)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
