"""Which words, ending a glossary row, make it a kind of generic thing rather than a term: the
`generic_heads` list of the `[glossary]` config, derived from the judged first rows of the used
test reports (stop 63; docs/glossary.md, "Stop 63").

    PYTHONPATH=src python benchmarks/fresh_set.py rows ROWS.json FOLDER...
    PYTHONPATH=src python benchmarks/generic_heads.py ROWS.json [--cross-validate]

A row's head is its last Sudachi mode-A word (改正 in 児童福祉法|改正, 件数 in 相談|件数), when it has
more than one. A head is listed when, over the first rows of the reports (50 of a short report,
200 of a long one), the rows it ends were judged at least MIN_JUDGED times in at least
MIN_REPORTS reports, at least NOISE_SHARE of those judgments were noise, at most KEY_SHARE of
its rows are on a key-term list, and it is written in kana or kanji alone. `--cross-validate`
derives the list without each set of reports in turn (a folder's set number; the corpus and
development reports are set 0) and counts, on the set left out, the judged rows it would demote:
an estimate that leaves out what the demoted rows make room for.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from dtx_nlp.evaluation.evaluate import _key_terms, noise_rows
from dtx_nlp.evaluation.noise import judgement_path, read_judgements
from dtx_nlp.stages.glossary import split_a
from dtx_nlp.textnorm import normalize

MIN_JUDGED, MIN_REPORTS, NOISE_SHARE, KEY_SHARE = 10, 5, 0.8, 0.1
WRITTEN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々]+")


def judged_rows(rows: dict[str, list]) -> list[dict]:
    """The first rows of every report with noise judgments: head, judgment, on a key-term list."""
    out = []
    for report, ranking in rows.items():
        path = Path(report)
        gold = path.parent / "gold"
        noise = Path(judgement_path(gold, path.stem))
        if not noise.exists():
            continue
        said = read_judgements(noise)
        listed = gold / f"{path.stem}.key_terms.txt"
        keys = {normalize(x) for names in _key_terms(listed) for x in names} if listed.exists() else set()
        for term, _ in ranking[:noise_rows(str(path.parent))]:
            words = split_a(term)  # the glossary's own split, as `generic_heads` is applied
            out.append({"report": report, "set": set_number(report), "judged": said.get(term),
                        "key": normalize(term) in keys,
                        "head": words[-1] if len(words) > 1 else None})
    return out


def set_number(report: str) -> int:
    found = re.search(r"/heldout_(?:terms|long)?(\d*)/", report)
    return int(found.group(1) or 1) if found else 0


def generic_heads(judged: list[dict]) -> list[str]:
    rows, noise, judgments, keys, reports = Counter(), Counter(), Counter(), Counter(), defaultdict(set)
    for row in judged:
        head = row["head"]
        if head is None:
            continue
        rows[head] += 1
        keys[head] += row["key"]
        if row["judged"]:
            judgments[head] += 1
            noise[head] += row["judged"] == "NOISE"
            reports[head].add(row["report"])
    return sorted(h for h in rows if judgments[h] >= MIN_JUDGED and len(reports[h]) >= MIN_REPORTS
                  and noise[h] >= NOISE_SHARE * judgments[h] and keys[h] <= KEY_SHARE * rows[h]
                  and WRITTEN.fullmatch(h))


def cross_validate(judged: list[dict]) -> Counter:
    count = Counter()
    for left_out in sorted({row["set"] for row in judged}):
        heads = set(generic_heads([r for r in judged if r["set"] != left_out]))
        for row in judged:
            if row["set"] == left_out and row["head"] in heads:
                count["demoted"] += 1
                count["noise"] += row["judged"] == "NOISE"
                count["judged terms"] += row["judged"] == "TERM"
                count["key terms"] += row["key"]
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows")
    parser.add_argument("--cross-validate", action="store_true")
    args = parser.parse_args()
    judged = judged_rows(json.loads(Path(args.rows).read_text(encoding="utf-8")))
    print(json.dumps(generic_heads(judged), ensure_ascii=False))
    if args.cross_validate:
        print(dict(cross_validate(judged)))


if __name__ == "__main__":
    main()
