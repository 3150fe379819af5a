"""Check the hand-written link gold (gold/<stem>.links.tsv) against the documents' own text.

For every remark/reply target (and for the quotes in the distractor comment block): verbatim,
12-25 characters, occurring exactly once in the document, inside one line / paragraph / table cell
(for the PDF: in the pdftotext text with line breaks removed). Problem and recommendation targets
must be ordinals within the gold JSON's counts. Run: ``python3 tests/reports/layouts52/check_links.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from check_gold import document_text

HERE = Path(__file__).parent


def units(path: Path) -> tuple[str, list[str]]:
    text = document_text(path)
    if path.suffix == ".pdf":
        flat = text.replace("\n", "")
        return flat, [flat]
    return text, text.split("\n")


def main() -> int:
    bad = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["file"]
        whole, parts = units(doc)
        tsv = gold_path.with_name(gold_path.stem + ".links.tsv")
        counts: dict[str, int] = {}
        for line in tsv.read_text(encoding="utf-8").splitlines():
            quote_kind = None
            if line.startswith("#"):
                m = re.match(r"#\s*(remark|reply)\t([^\t]+)", line)
                if not m:
                    continue
                kind, target, rec = m.group(1), m.group(2), None
            else:
                rec, kind, target, *_ = line.split("\t")
                counts[kind] = counts.get(kind, 0) + 1
                if not 1 <= int(rec) <= len(gold["recommendations"]):
                    print(f"{tsv.name}: bad recommendation ordinal {rec}"); bad += 1
            if kind == "problem":
                if not 1 <= int(target) <= len(gold["problems"]):
                    print(f"{tsv.name}: bad problem ordinal {target}"); bad += 1
                continue
            if kind == "recommendation":
                continue
            n = whole.count(target)
            inside = any(target in p for p in parts)
            if not (12 <= len(target) <= 25) or n != 1 or not inside:
                print(f"{tsv.name}: {kind} quote len={len(target)} count={n} inside={inside}: {target}")
                bad += 1
        print(f"{tsv.name}: {sum(counts.values())} links {counts}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
