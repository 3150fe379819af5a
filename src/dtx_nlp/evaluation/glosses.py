"""The glossary's `english` and `definition` columns against gold written from the text alone.

Gold per report (tab-separated, a header line): `<stem>.glosses.tsv` (term, english: the
English the text itself gives for a term) and `<stem>.definitions.tsv` (term, definition: the
span that states what the term means). The annotators' guidelines: tests/gold/glosses_guidelines.md.

A gold row is found when a glossary row names the term (its term or one of its aliases, after
normalization) and its column matches: the English after folding case, spaces and punctuation;
the definition when its character bigrams overlap the gold span's with a Dice coefficient of at
least `DICE`. A filled cell is right when its row's term has a gold row it matches; any other
filled cell counts against precision (the gold lists every gloss and definition in the text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..textnorm import normalize
from .goldfile import is_comment

DICE = 0.5
_NOT_WORD = re.compile(r"[\W_]+")


def read_pairs(path: Path) -> dict[str, list[str]]:
    """term (normalized) → the gold values for it; the header line is skipped."""
    out: dict[str, list[str]] = defaultdict(list)
    lines = Path(path).read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        if line.strip() and not is_comment(line):
            term, _, value = line.partition("\t")
            out[normalize(term)].append(value.strip())
    return dict(out)


def _bigrams(text: str) -> list[str]:
    s = _NOT_WORD.sub("", normalize(text))
    return [s[i:i + 2] for i in range(len(s) - 1)] or [s]


def dice(a: str, b: str) -> float:
    """Dice coefficient of two texts' character bigrams (multiset), after normalization."""
    x, y = _bigrams(a), _bigrams(b)
    pool = list(y)
    common = 0
    for g in x:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2 * common / (len(x) + len(y)) if x and y else 0.0


def same_english(a: str, b: str) -> bool:
    return bool(a) and _NOT_WORD.sub("", normalize(a)) == _NOT_WORD.sub("", normalize(b))


def same_definition(a: str, b: str) -> bool:
    return bool(a) and dice(a, b) >= DICE


def _names(row) -> list[str]:
    return [normalize(n) for n in [row.term, *row.aliases.split("; ")] if n]


def column_scores(terms, gold: dict[str, list[str]], column: str, same) -> dict:
    """Recall over gold rows, precision over filled cells, for one column."""
    filled = [(t, getattr(t, column)) for t in terms if getattr(t, column)]
    right = sum(any(same(value, g) for n in _names(t) for g in gold.get(n, ()))
                for t, value in filled)
    found = 0
    for name, values in gold.items():  # a row named by the defined phrase holds its meaning
        cells = [v for t in terms if name in _names(t)
                 for v in (getattr(t, column), t.term if column == "definition" else "")]
        found += any(same(c, g) for c in cells for g in values)
    return {"gold": len(gold), "found": found, "filled": len(filled), "right": right}


def gold_paths(gold_dir: Path, stem: str = "") -> tuple[Path, Path]:
    """The two gold files of a report: `<stem>.glosses.tsv` and `<stem>.definitions.tsv` (the
    corpus report's, in tests/gold/, have no stem)."""
    prefix = f"{stem}." if stem else ""
    return (Path(gold_dir) / f"{prefix}glosses.tsv", Path(gold_dir) / f"{prefix}definitions.tsv")


def has_gold(gold_dir: Path, stem: str = "") -> bool:
    """Whether a report has both gold files."""
    return all(path.exists() for path in gold_paths(gold_dir, stem))


def gloss_scores(terms, gold_dir: Path, stem: str = "") -> dict | None:
    """Both columns for one report, or None when its gold is missing."""
    if not has_gold(gold_dir, stem):
        return None
    glosses, definitions = gold_paths(gold_dir, stem)
    return {"english": column_scores(terms, read_pairs(glosses), "english", same_english),
            "definition": column_scores(terms, read_pairs(definitions), "definition",
                                        same_definition)}


def agreement(first: dict[str, list[str]], second: dict[str, list[str]], same) -> dict:
    """How far two readings agree: terms both list, and of those, values that match."""
    both = set(first) & set(second)
    alike = sum(any(same(a, b) for a in first[t] for b in second[t]) for t in both)
    return {"first": len(first), "second": len(second), "both": len(both), "alike": alike}


def reading_agreement(readings: list[tuple[Path, str, Path]]) -> dict:
    """Agreement of two gold readings over reports: each report's first gold folder, its stem
    ("" for the corpus report) and the second reading's folder, which names the report's files
    `<stem or "corpus">.*.tsv`."""
    out = {}
    for column, index, same in (("english", 0, same_english),
                                ("definition", 1, same_definition)):
        parts = [agreement(read_pairs(gold_paths(first_dir, stem)[index]),
                           read_pairs(gold_paths(second_dir, stem or "corpus")[index]), same)
                 for first_dir, stem, second_dir in readings]
        out[column] = {k: sum(p[k] for p in parts) for k in ("first", "second", "both", "alike")}
    return out


def pooled(scores: list[dict]) -> dict:
    """Sums over reports, with precision and recall."""
    out = {}
    for column in ("english", "definition"):
        s = {k: sum(x[column][k] for x in scores) for k in ("gold", "found", "filled", "right")}
        s["recall"] = round(s["found"] / s["gold"], 3) if s["gold"] else None
        s["precision"] = round(s["right"] / s["filled"], 3) if s["filled"] else None
        out[column] = s
    return out
