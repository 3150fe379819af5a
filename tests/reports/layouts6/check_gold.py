"""Check the hand-written gold of tests/reports/layouts6 against the documents' own text.

Not against the pipeline: this script never imports or runs it. For each gold/<file>.json it checks
that every title, item, problem, remark, reply, topic, context paragraph and heading occurs in the
document's text (.txt/.md as is; .docx: paragraph texts plus table-cell texts; .pdf: the pdftotext
text layer), all compared with whitespace removed; that each PDF recommendation title is on the page
given in `pages`; and that reply_parents point to listed remarks. For each gold/<file>.links.tsv it
checks the link-quote rules of tests/reports/linked/README.md: recommendation and problem numbers in
range, remark/reply quotes 12–25 characters, verbatim, unique in the document, on one line for
.txt/.md, and inside a unit of the stated kind (the nearest preceding gold unit start is a remark
resp. a reply); it also prints link counts and the unused problems/remarks/replies.
Run: ``python tests/reports/layouts6/check_gold.py`` (exit 1 on any problem).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts += [cell.text for cell in row.cells]
        return "\n".join(parts)
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
    return found


def unit_starts(gold: dict, text: str) -> list[tuple[int, str]]:
    """(position, kind) of every occurrence of every gold string in the squeezed text."""
    starts = []
    for kind, value in strings(gold):
        v = squeeze(value)
        for m in re.finditer(re.escape(v), text):
            starts.append((m.start(), len(v), kind))
    # at one position the longer string wins (a remark that begins with its topic's word)
    return [(pos, kind) for pos, _, kind in sorted(starts)]


def check_links(gold: dict, raw: str, text: str, tsv: Path) -> int:
    misses = 0
    name = gold["file"]
    n_recs, n_probs = len(gold["recommendations"]), len(gold["problems"])
    starts = unit_starts(gold, text)
    used = {"problem": set(), "remark": set(), "reply": set()}
    counts = {"problem": 0, "remark": 0, "reply": 0, "recommendation": 0}
    per_rec: dict[int, dict[str, int]] = {}
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            print(f"{tsv.name}:{lineno}: fewer than 3 columns"); misses += 1; continue
        rec, kind, target = cols[0], cols[1], cols[2]
        if not rec.isascii() or not rec.isdigit() or not 1 <= int(rec) <= n_recs:
            print(f"{tsv.name}:{lineno}: bad recommendation number {rec}"); misses += 1; continue
        r = int(rec)
        per_rec.setdefault(r, {"problem": 0, "talk": 0})
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "problem":
            if not target.isascii() or not target.isdigit() or not 1 <= int(target) <= n_probs:
                print(f"{tsv.name}:{lineno}: bad problem number {target}"); misses += 1; continue
            used["problem"].add(int(target)); per_rec[r]["problem"] += 1
        elif kind == "recommendation":
            if not target.isdigit() or not 1 <= int(target) <= n_recs:
                print(f"{tsv.name}:{lineno}: bad recommendation target {target}"); misses += 1
        elif kind in ("remark", "reply"):
            per_rec[r]["talk"] += 1
            if not 12 <= len(target) <= 25:
                print(f"{tsv.name}:{lineno}: quote length {len(target)} not in 12–25: {target}"); misses += 1
            q = squeeze(target)
            if q != target:
                print(f"{tsv.name}:{lineno}: quote contains whitespace: {target!r}"); misses += 1
            n = text.count(q)
            if n != 1:
                print(f"{tsv.name}:{lineno}: quote occurs {n} times: {target}"); misses += 1; continue
            if name.endswith((".txt", ".md")) and not any(target in l for l in raw.splitlines()):
                print(f"{tsv.name}:{lineno}: quote not on one line: {target}"); misses += 1
            pos = text.index(q)
            before = [s for s in starts if s[0] <= pos]
            owner = before[-1][1] if before else None
            want = "remarks" if kind == "remark" else "replies"
            if owner != want:
                print(f"{tsv.name}:{lineno}: quote lies in a {owner} unit, not {want}: {target}"); misses += 1
            else:
                # which unit (index) — for the unused list
                units = [squeeze(s) for s in gold[want]]
                pos_units = sorted((text.index(u), i) for i, u in enumerate(units))
                idx = [i for p, i in pos_units if p <= pos][-1]
                used[kind].add(idx)
        else:
            print(f"{tsv.name}:{lineno}: unknown target type {kind}"); misses += 1
    for r in range(1, n_recs + 1):
        c = per_rec.get(r, {"problem": 0, "talk": 0})
        if not 1 <= c["problem"] <= 2 or not 1 <= c["talk"] <= 3:
            print(f"{tsv.name}: recommendation {r} has {c['problem']} problem and {c['talk']} remark/reply links "
                  "(want 1–2 and 1–3)"); misses += 1
    unused_p = [i for i in range(1, n_probs + 1) if i not in used["problem"]]
    unused_r = [gold["remarks"][i] for i in range(len(gold["remarks"])) if i not in used["remark"]]
    unused_y = [gold["replies"][i] for i in range(len(gold["replies"])) if i not in used["reply"]]
    total = sum(counts.values())
    print(f"{name}: links {total} (problem {counts['problem']}, remark {counts['remark']}, reply {counts['reply']}, "
          f"recommendation {counts['recommendation']}); unused problems {unused_p}, "
          f"unused remarks {len(unused_r)}, unused replies {len(unused_y)}")
    if len(unused_p) < 1 or len(unused_r) < 2:
        print(f"{tsv.name}: want at least 1 unused problem and 2 unused remarks"); misses += 1
    return misses


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        raw = document_text(doc)
        text = squeeze(raw)
        for kind, value in strings(gold):
            n = text.count(squeeze(value))
            if n == 0:
                print(f"{gold['file']}: {kind} not found: {value}"); misses += 1
            elif n > 1 and kind in ("remarks", "replies", "problems", "title"):
                print(f"{gold['file']}: {kind} not unique ({n}x): {value}"); misses += 1
        # order of remarks/replies/problems/titles follows the document
        for key in ("problems", "remarks", "replies"):
            pos = [text.find(squeeze(s)) for s in gold.get(key, [])]
            if pos != sorted(pos):
                print(f"{gold['file']}: {key} not in document order"); misses += 1
        titles = [text.find(squeeze(r["title"])) for r in gold["recommendations"]]
        if titles != sorted(titles):
            print(f"{gold['file']}: recommendations not in document order"); misses += 1
        for child, parent in gold.get("reply_parents", {}).items():
            if child not in gold["replies"] or parent not in gold["remarks"]:
                print(f"{gold['file']}: bad reply_parents entry {child} -> {parent}"); misses += 1
            elif not text.find(squeeze(parent)) < text.find(squeeze(child)):
                print(f"{gold['file']}: reply before its remark: {child}"); misses += 1
        for label in gold.get("recommendation_items", {}):
            if label not in {r["label"] for r in gold["recommendations"]}:
                print(f"{gold['file']}: items for unknown label {label}"); misses += 1
        if doc.suffix == ".pdf":
            by_label = {r["label"]: r["title"] for r in gold["recommendations"]}
            if set(gold.get("pages", {})) != set(by_label):
                print(f"{gold['file']}: pages do not cover every recommendation"); misses += 1
            for label, page in gold.get("pages", {}).items():
                if squeeze(by_label[label]) not in squeeze(pdftotext(doc, page)):
                    print(f"{gold['file']}: title of {label} not on page {page}"); misses += 1
                if not any(by_label[label] in line for line in pdftotext(doc, page).splitlines()):
                    print(f"{gold['file']}: title of {label} is not on one line"); misses += 1
        print(f"{gold['file']}: {len(gold['recommendations'])} recommendations, {len(gold['problems'])} problems, "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies, {len(gold['topics'])} topics, "
              f"{len(raw)} chars checked")
        tsv = gold_path.with_name(gold["file"] + ".links.tsv")
        if tsv.exists():
            misses += check_links(gold, raw, text, tsv)
        else:
            print(f"{gold['file']}: no link gold"); misses += 1
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
