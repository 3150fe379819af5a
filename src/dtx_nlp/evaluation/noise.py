"""Noise in the glossary's first rows, by blind judges' labels.

Helper sessions judged glossary rows NOISE or TERM from a report's text alone, blind to the
ranking and to the key-term lists (docs/glossary.md, stops 32–34): a row a reader would not look
up is noise (an everyday word, a fragment or modifier, a compositional phrase, a quoted clause, a
generic reference). Judgments per report, tab-separated with a header line (term, judgement, …),
lines starting with "# " are comments (goldfile.is_comment): tests/gold/glossary_noise.tsv for
the corpus report, gold/<stem>.noise.tsv for the others. A row nobody judged is counted apart,
as neither.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .goldfile import is_comment

CORPUS_FILE = "glossary_noise.tsv"


def judgement_path(gold_dir: Path, stem: str = "") -> Path:
    return Path(gold_dir) / (f"{stem}.noise.tsv" if stem else CORPUS_FILE)


def read_judgements(path: Path) -> dict[str, str]:
    """term → NOISE or TERM (the first judgement of each row)."""
    return parse_judgements(Path(path).read_text(encoding="utf-8"))


def parse_judgements(text: str) -> dict[str, str]:
    """read_judgements of a noise file's text."""
    lines = [line for line in text.splitlines() if not is_comment(line)]
    return {row["term"]: row["judgement"] for row in csv.DictReader(lines, delimiter="\t")}


def noise_count(terms, judgements: dict[str, str], top: int) -> dict:
    """Among the first `top` rows: how many the judges called noise, how many they judged."""
    first = terms[:top]
    judged = [judgements[t.term] for t in first if t.term in judgements]
    return {"noise": judged.count("NOISE"), "judged": len(judged),
            "not_judged": len(first) - len(judged), "rows": top}


def noise_floor(terms, judgements: dict[str, str], top: int) -> int | None:
    """The fewest noise rows any order of all the report's rows could put in its first `top`:
    the rows left over once every row judged a term is placed first. 0 when the rows judged
    terms fill the first rows; else None unless every row is judged (an unjudged row might be a
    term). `terms` is the whole glossary, not its first rows."""
    said = [judgements.get(t.term) for t in terms]
    left = max(0, min(top, len(said)) - said.count("TERM"))
    return None if left and None in said else left


def pooled(counts) -> dict:
    """The counts of several reports summed (None entries skipped); `floor` summed only when
    every report has one (stop 78), else None."""
    counts = [c for c in counts if c]
    out = {k: sum(c[k] for c in counts) for k in ("noise", "judged", "not_judged")}
    floors = [c.get("floor") for c in counts]
    out["floor"] = sum(floors) if counts and None not in floors else None
    return out
