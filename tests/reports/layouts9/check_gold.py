"""Check the hand-written gold of layouts9 against the documents' own text (not against the pipeline).

Structure gold (gold/<file>.json): every title, item, problem, remark, reply, topic, heading, intro,
conclusion and preamble string must occur in the document text (whitespace removed); for the PDF the
text is pdftotext's, and each recommendation title must be on the page given in `pages`.
Link gold (gold/<file>.links.tsv): quotes 12-25 chars, verbatim, unique in the document, on one line
(.txt/.md) or in one paragraph/cell (.docx), inside a unit of the stated type (remark/reply); problem
and recommendation numbers in range; 1-2 problems and 1-3 remarks/replies per recommendation; at least
one unused problem and two unused remarks listed in comments; linked + unused = all remarks/replies.
Run: ``python tests/reports/layouts9/check_gold.py`` (exit 1 on a failure). Does not involve the pipeline.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def pdf_text(path: Path, page: int | None = None) -> str:
    cmd = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def blocks(path: Path) -> list[str]:
    """Lines (.txt/.md), paragraphs and table cells (.docx), the whole text layer (.pdf)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return out
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


def check_structure(gold: dict, doc: Path) -> int:
    misses = 0
    text = squeeze("\n".join(blocks(doc)))
    for kind, value in strings(gold):
        if squeeze(value) not in text:
            print(f"{doc.name}: {kind} not found: {value}")
            misses += 1
    for key in ("remarks", "replies"):
        for s in gold.get(key, []):
            if text.count(squeeze(s)) != 1:
                print(f"{doc.name}: {key} start not unique: {s}")
                misses += 1
    for parent in gold.get("reply_parents", {}).values():
        if parent not in gold["remarks"]:
            print(f"{doc.name}: reply parent is not a remark: {parent}")
            misses += 1
    if doc.suffix == ".pdf":
        labels = {r["label"]: r["title"] for r in gold["recommendations"]}
        for label, page in gold["pages"].items():
            if squeeze(labels[label]) not in squeeze(pdf_text(doc, page)):
                print(f"{doc.name}: recommendation {label} not on page {page}")
                misses += 1
    return misses


def check_links(gold: dict, doc: Path, tsv: Path) -> tuple[int, dict]:
    misses = 0
    blks = blocks(doc)
    text = squeeze("\n".join(blks))
    # positions of unit starts in the squeezed text, to tell which unit a quote lies in
    starts = sorted((text.find(squeeze(s)), kind) for kind in ("remarks", "replies") for s in gold[kind])
    n_rec, n_prob = len(gold["recommendations"]), len(gold["problems"])
    per_rec: dict[int, dict[str, int]] = {i: {"problem": 0, "other": 0} for i in range(1, n_rec + 1)}
    counts = {"links": 0, "problem": 0, "remark": 0, "reply": 0}
    used_units: set[tuple[str, int]] = set()
    unused = {"problem": 0, "remark": 0, "reply": 0}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            m = re.match(r"#\s*(?:(problem)\s+\d|(remark|reply):)", line)
            if m:
                m_kind = m.group(1) or m.group(2)
                unused[m_kind] += 1
                if m_kind != "problem":
                    q = line.split(":", 1)[1].split("\t")[0].strip()
                    if squeeze(q) not in text:
                        print(f"{tsv.name}: unused quote not found: {q}")
                        misses += 1
            continue
        if not line.strip():
            continue
        rec, kind, target, *_ = line.split("\t")
        rec_n = int(rec)
        counts["links"] += 1
        counts[kind] += 1
        if not 1 <= rec_n <= n_rec:
            print(f"{tsv.name}: recommendation out of range: {line}")
            misses += 1
            continue
        if kind == "problem":
            per_rec[rec_n]["problem"] += 1
            if not 1 <= int(target) <= n_prob:
                print(f"{tsv.name}: problem out of range: {line}")
                misses += 1
            used_units.add(("problem", int(target)))
            continue
        per_rec[rec_n]["other"] += 1
        if not 12 <= len(target) <= 25:
            print(f"{tsv.name}: quote length {len(target)}: {target}")
            misses += 1
        if doc.suffix == ".pdf":
            inside = text.count(squeeze(target)) == 1
        else:
            inside = sum(b.count(target) for b in blks) == 1 and "\n".join(blks).count(target) == 1
        if not inside or text.count(squeeze(target)) != 1:
            print(f"{tsv.name}: quote not verbatim in one line/paragraph or not unique: {target}")
            misses += 1
            continue
        pos = text.find(squeeze(target))
        before = [(p, k) for p, k in starts if p <= pos]
        if not before or before[-1][1] != ("remarks" if kind == "remark" else "replies"):
            print(f"{tsv.name}: quote not inside a {kind}: {target}")
            misses += 1
        else:
            used_units.add((kind, before[-1][0]))
    for rec_n, c in per_rec.items():
        if not (1 <= c["problem"] <= 2 and 1 <= c["other"] <= 3):
            print(f"{tsv.name}: recommendation {rec_n} has {c['problem']} problems, {c['other']} remarks/replies")
            misses += 1
    used_p = sum(1 for k, _ in used_units if k == "problem")
    used_r = sum(1 for k, _ in used_units if k == "remark")
    used_a = sum(1 for k, _ in used_units if k == "reply")
    if unused["problem"] < 1 or unused["remark"] < 2:
        print(f"{tsv.name}: too few unused listed: {unused}")
        misses += 1
    for kind, used, total in (("problem", used_p, n_prob), ("remark", used_r, len(gold["remarks"])),
                              ("reply", used_a, len(gold["replies"]))):
        if used + unused[kind] != total:
            print(f"{tsv.name}: {kind}s used {used} + unused {unused[kind]} != {total}")
            misses += 1
    counts.update({"unused_problems": unused["problem"], "unused_remarks": unused["remark"],
                   "unused_replies": unused["reply"]})
    return misses, counts


def main() -> int:
    misses = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        misses += check_structure(gold, doc)
        m, counts = check_links(gold, doc, HERE / "gold" / f"{gold['file']}.links.tsv")
        misses += m
        print(f"{gold['file']}: {len(gold['recommendations'])} recs, {len(gold['problems'])} problems, "
              f"{len(gold['remarks'])} remarks, {len(gold['replies'])} replies; links {counts}")
    print("OK" if not misses else f"{misses} failures")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
