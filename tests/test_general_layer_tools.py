"""The general layer's generator and the cross-validation that chooses its switches
(tools/make_general_rules.py, tools/cv_general_rules.py), without GiNZA."""

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import make_general_rules as gen  # noqa: E402

GENERAL = ROOT / "src" / "dtx_nlp" / "pipelines" / "rules" / "general.jsonl"


def test_shipped_layer_is_what_the_generator_writes(tmp_path):
    """general.jsonl is generated: an edit by hand, or a list changed without running the
    script, fails here."""
    out = tmp_path / "general.jsonl"
    gen.write(out, gen.ON)
    assert out.read_text(encoding="utf-8") == GENERAL.read_text(encoding="utf-8")


def test_switches_add_rules_and_unknown_switches_are_refused(tmp_path):
    base = gen.write(tmp_path / "a.jsonl", set())
    for switch in gen.SWITCHES:
        assert gen.write(tmp_path / "b.jsonl", {switch}) >= base, switch
    with pytest.raises(ValueError, match="unknown switches"):
        gen.write(tmp_path / "c.jsonl", {"no_such_switch"})


class FakeTable:
    """Variant → report → scores, recording which reports each choice looked at."""

    def __init__(self, gains: dict[str, dict[str, float]], corpus_ls: dict[str, float]):
        self.gains, self.corpus_ls = gains, corpus_ls

    def __call__(self, on):
        row = {}
        for report in ("a", "b", "corpus"):
            f1 = 0.5 + sum(self.gains.get(s, {}).get(report, 0.0) for s in on)
            row[report] = {"all": {"f1": f1}}
        ls = min([self.corpus_ls.get(s, 1.0) for s in on] or [1.0])
        row["corpus"]["LEGAL_SITUATION"] = {"f1": ls}
        return row


def test_forward_selection_looks_only_at_the_training_reports():
    import cv_general_rules as cv

    switches = ("more_heads", "fu_head", "bare_emergency")
    old = cv.SWITCH_NAMES
    cv.SWITCH_NAMES = switches
    try:
        table = FakeTable({"more_heads": {"a": 0.1}, "fu_head": {"b": 0.1},
                           "bare_emergency": {"a": 0.3, "b": 0.3}},
                          {"bare_emergency": 0.95})
        # a switch that helps only the left-out report is not chosen for it
        assert cv.forward_selection(table, ["a", "corpus"]) == {"more_heads"}
        assert cv.forward_selection(table, ["b", "corpus"]) == {"fu_head"}
        # a switch that breaks the corpus floor is never chosen, however much it helps
        assert "bare_emergency" not in cv.forward_selection(table, ["a", "b", "corpus"])
    finally:
        cv.SWITCH_NAMES = old
