"""benchmarks/reading_change.py: its settings, which reports it counts, and its placebo's rows."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import reading_change  # noqa: E402

from dtx_nlp.types import Term  # noqa: E402


def _doc(rows: list[tuple[str, str, str]]) -> reading_change.Doc:
    terms = [Term(t, "", kind, expansion, 2, "U1", 0.0) for t, kind, expansion in rows]
    n = len(terms)
    return reading_change.Doc("r", 50, {}, terms, {"structure": np.arange(n, dtype=float)},
                              np.array([i % 2 == 1 for i in range(n)]),
                              np.full(n, 2.0), [t.term for t in terms], {})


def test_settings_are_glossary_keys_with_toml_values():
    assert reading_change.settings(["japanese_acronyms=true", "everyday_zipf=3.5"]) == {
        "japanese_acronyms": True, "everyday_zipf": 3.5}
    for wrong in ("no_such_setting=true", "japanese_acronyms", "japanese_acronyms="):
        with pytest.raises(SystemExit, match="not KEY=VALUE"):
            reading_change.settings([wrong])
    with pytest.raises(SystemExit, match="only a true/false"):
        reading_change.settings(['post_words=["x"]'])


def test_a_row_gained_lost_or_read_otherwise_makes_the_report_differ():
    old = _doc([("ICT", "term", ""), ("生成AI", "term", ""), ("Generative AI", "term", "")])
    new = _doc([("ICT", "acronym", "情報通信技術"), ("生成AI", "term", ""), ("PPA", "acronym", "x")])
    assert reading_change.differing(old, new) == 3  # ICT read otherwise, one row lost, one gained
    assert reading_change.differing(old, old) == 0
    listed_last = _doc([("ICT", "term", ""), ("生成AI", "term", ""), ("Generative AI", "term", "")])
    listed_last.terms[2] = Term("Generative AI", "", "term", "", 2, "U1", 0.0, demoted="two terms")
    assert reading_change.differing(old, listed_last) == 1  # the same rows, one listed last


def test_the_placebo_removes_rows_and_keeps_every_column_in_step():
    doc = _doc([("A", "term", ""), ("B", "term", ""), ("C", "term", ""), ("D", "term", "")])
    left = reading_change.without(doc, {1, 2})
    assert left.text == [t.term for t in left.terms] == ["A", "D"]
    assert left.values["structure"].tolist() == [0.0, 3.0]
    assert left.demoted.tolist() == [False, True] and len(left.freq) == 2
