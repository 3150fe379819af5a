"""The rules that decide outcomes, on small inputs written here (fast: no GiNZA).

Acceptance of links, freshness of review decisions, the run fingerprint, coverage rows, the CSV
format and the entity offsets the HTML report highlights. `mutmut` runs these against mutated
core modules (docs/testing.md)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from conftest import PIPELINE

from dtx_nlp.errors import ConfigError
from dtx_nlp.review.decisions import (
    apply_review,
    read_review,
    record_decision,
    unit_hashes,
)
from dtx_nlp.run import runner
from dtx_nlp.stages import links as lk
from dtx_nlp.stages.trace import CoverageRow, coverage, matrix
from dtx_nlp.types import Issue, Link, Mention, Unit

# ---- acceptance ----------------------------------------------------------------------------
# Values are sums of powers of two, so "exactly at the threshold" is exact in floating point.


@pytest.mark.parametrize("scores, threshold, relative, minimum, expected", [
    ([], 0.25, 0.5, 1, []),
    # threshold: at it accepted, just under it not (relative and floor out of the way)
    ([0.5, 0.25, 0.2499], 0.25, 0.0, 0, [True, True, False]),
    # relative share of the group's best: at it accepted, under it not
    ([0.75, 0.375, 0.3749], 0.125, 0.5, 0, [True, True, False]),
    # both must hold: above the threshold but under the share, above the share but under the
    # threshold
    ([1.0, 0.4], 0.25, 0.5, 0, [True, False]),
    ([0.25, 0.125], 0.25, 0.5, 0, [True, False]),
    # best-of-group floor: the best `minimum` links clear half the threshold
    ([0.125, 0.125], 0.25, 0.5, 1, [True, False]),
    ([0.125, 0.125], 0.25, 0.5, 2, [True, True]),
    ([0.1249, 0.1], 0.25, 0.5, 2, [False, False]),
    ([0.125], 0.25, 0.5, 3, [True]),            # a floor larger than the group
    ([0.125, 0.0625], 0.25, 0.5, 0, [False, False]),  # no floor
    # the floor never takes a link away
    ([0.5, 0.375, 0.3], 0.25, 0.5, 1, [True, True, True]),
])
def test_acceptance_rule(scores, threshold, relative, minimum, expected):
    assert lk.accept(scores, threshold, relative, minimum) == expected


def _side(uid, kind, parent=None):
    return lk.Side(uid, kind, "", (), (), (), frozenset(), frozenset(), np.zeros(1), parent)


def _pair(rec, tgt, kind, tfidf):
    return lk.Pair(_side(rec, "recommendation"), _side(tgt, kind), {"tfidf": tfidf}, ("", ""),
                   (), ())


def _reviewed(links, units, path, issues):
    """The links with the decisions of the review file at `path` applied."""
    return apply_review(links, units, read_review(Path(path)), issues, path)


def test_rank_links_accepts_within_each_group_of_each_recommendation():
    cfg = lk.LinkConfig(weights={"tfidf": 1.0}, specificity=0.0, threshold=0.25, relative=0.5,
                        min_per_recommendation=0, top_n=1)
    pairs = [_pair("R01", "P01", "problem", 1.0), _pair("R01", "P02", "problem", 0.5),
             _pair("R01", "P03", "problem", 0.25), _pair("R01", "P04", "problem", 0.125),
             _pair("R01", "S1-R01", "remark", 0.25), _pair("R01", "S1-R02", "remark", 0.125),
             _pair("R02", "P01", "problem", 0.375), _pair("R02", "S1-R01", "remark", 0.125)]
    got = {(k.recommendation_id, k.target_id): (k.score, k.rank, k.accepted)
           for k in lk.shown(lk.rank_links(pairs, cfg), cfg.top_n)}
    # scores are divided by the document's best (1.0); each group of each recommendation has
    # its own ranks and its own best; beyond top_n only accepted rows stay (P03 is at the
    # threshold but under half of P01)
    assert got == {("R01", "P01"): (1.0, 1, True), ("R01", "P02"): (0.5, 2, True),
                   ("R01", "S1-R01"): (0.25, 1, True),
                   ("R02", "P01"): (0.375, 1, True), ("R02", "S1-R01"): (0.125, 1, False)}


def test_evaluation_uses_the_same_acceptance_rule():
    from dtx_nlp.evaluation.evaluate import accepted_links

    scores = {("R01", "problem"): {"P01": 0.75, "P02": 0.375, "P03": 0.3},
              ("R01", "remark"): {"S1-R01": 0.125}}
    assert accepted_links(scores, 0.25, 0.5, 1) == {("R01", "P01"), ("R01", "P02"),
                                                     ("R01", "S1-R01")}


# ---- review freshness ----------------------------------------------------------------------

def _unit(uid, kind, text, parent=None):
    return Unit(uid, "d", kind, parent, None, None, None, text, 0, len(text))


UNITS = [_unit("P01", "problem", "岸壁の耐震化が遅れている。"),
         _unit("P02", "problem", "人手不足が深刻である。"),
         _unit("R01", "recommendation", "【提言１】港湾施設の耐震強化"),
         _unit("R01-1", "recommendation_item", "①岸壁の耐震化を前倒しする。", "R01"),
         _unit("S1-R01", "remark", "耐震化が急務だ。")]
COMPUTED = [Link("R01", "P01", "problem", 0.9, 1, True, "combined", ""),
            Link("R01", "P02", "problem", 0.1, 2, False, "combined", ""),
            Link("R01", "S1-R01", "remark", 0.5, 1, True, "combined", "")]


def _edit(units, uid, text):
    return [replace(u, text=text) if u.unit_id == uid else u for u in units]


def _decide(tmp_path, *decisions):
    path = tmp_path / "d.review.csv"
    for rec, tgt, decision in decisions:
        record_decision(path, UNITS, rec, tgt, decision)
    return path


def _by_target(links):
    return {k.target_id: k for k in links}


def test_fresh_decisions_override_the_computed_ones(tmp_path):
    path = _decide(tmp_path, ("R01", "P01", "reject"), ("R01", "P02", "accept"))
    issues = []
    out = _by_target(_reviewed(COMPUTED, UNITS, path, issues))
    assert (out["P01"].accepted, out["P01"].decision) == (False, "reject")
    assert (out["P02"].accepted, out["P02"].decision) == (True, "accept")
    assert (out["S1-R01"].accepted, out["S1-R01"].decision) == (True, "")
    assert issues == []


@pytest.mark.parametrize("edited", ["R01", "R01-1", "P01", "P02"])
def test_an_edit_of_either_side_makes_a_decision_suspect(tmp_path, edited):
    """The recommendation's heading, one of its items, or the target: each turns the decision
    suspect, and a suspect row keeps the computed `accepted`."""
    path = _decide(tmp_path, ("R01", "P01", "reject"), ("R01", "P02", "accept"))
    units = _edit(UNITS, edited, "書き換えた文。")
    issues = []
    out = _by_target(_reviewed(COMPUTED, units, path, issues))
    suspect = {"R01": {"P01", "P02"}, "R01-1": {"P01", "P02"}, "P01": {"P01"},
               "P02": {"P02"}}[edited]
    for target in ("P01", "P02"):
        computed = _by_target(COMPUTED)[target].accepted
        if target in suspect:
            assert out[target].decision == "suspect"
            assert out[target].accepted == computed
        else:
            assert out[target].decision in ("accept", "reject")
            assert out[target].accepted == (out[target].decision == "accept")
    assert sorted(i.code for i in issues) == ["review-suspect"] * len(suspect)


def test_a_recommendation_hash_covers_its_items():
    hashes = unit_hashes(UNITS)
    assert hashes != unit_hashes(_edit(UNITS, "R01-1", "別の項目。"))
    assert hashes["R01"] != unit_hashes(_edit(UNITS, "R01-1", "別の項目。"))["R01"]
    assert hashes["P01"] == unit_hashes(_edit(UNITS, "R01-1", "別の項目。"))["P01"]
    assert len(set(hashes.values())) == len(UNITS)


def test_a_decision_on_a_pair_outside_the_links_is_added(tmp_path):
    path = _decide(tmp_path, ("R01", "S1-R01", "reject"))
    links = [k for k in COMPUTED if k.target_id != "S1-R01"]
    out = _by_target(_reviewed(links, UNITS, path, []))
    row = out["S1-R01"]
    assert (row.accepted, row.decision, row.method, row.target_kind) == (
        False, "reject", "review", "remark")


def test_stale_decisions_are_reported_not_applied(tmp_path):
    path = _decide(tmp_path, ("R01", "P02", "accept"))
    units = [u for u in UNITS if u.unit_id != "P02"]
    issues = []
    out = _reviewed([k for k in COMPUTED if k.target_id != "P02"], units, path, issues)
    assert [k.target_id for k in out] == ["P01", "S1-R01"]
    assert [i.code for i in issues] == ["review-stale"]
    assert "P02" in issues[0].message


def test_no_review_file_changes_nothing(tmp_path):
    issues = []
    assert _reviewed(COMPUTED, UNITS, tmp_path / "none.review.csv", issues) == COMPUTED
    assert issues == []


@pytest.mark.parametrize("content, line", [
    ("recommendation_id,target_id,decision\nR01,P01,accept\nR01,P02,maybe\n", 3),
    ("recommendation_id,target_id\nR01,P01\n", 2),
])
def test_a_malformed_review_file_is_a_config_error(tmp_path, content, line):
    path = tmp_path / "d.review.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_review(path)
    assert err.value.exit_code == 3 and err.value.line == line and err.value.file == str(path)


def test_an_undecodable_review_file_is_a_config_error(tmp_path):
    path = tmp_path / "d.review.csv"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError) as err:
        read_review(path)
    assert err.value.exit_code == 3


def test_a_recorded_decision_replaces_the_earlier_one(tmp_path):
    path = _decide(tmp_path, ("R01", "P01", "reject"), ("R01", "P01", "accept"))
    rows = read_review(path)
    assert [(r["target_id"], r["decision"]) for r in rows] == [("P01", "accept")]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r" not in path.read_bytes()
    with pytest.raises(ConfigError):
        record_decision(path, UNITS, "R01", "P09", "accept")
    with pytest.raises(ConfigError):
        record_decision(path, UNITS, "R01", "P01", "maybe")


# ---- the run fingerprint -------------------------------------------------------------------

@pytest.fixture()
def setup(tmp_path):
    """A document, a copy of the shipped pipeline (config, profiles, rules) and a way to load it."""
    pipelines = tmp_path / "pipelines"
    shutil.copytree(PIPELINE.resolve().parent, pipelines)
    doc = tmp_path / "corpus" / "doc.txt"
    doc.parent.mkdir()
    doc.write_text("【提言１】港湾の耐震化\n", encoding="utf-8")
    opts = runner.RunOptions(out=tmp_path / "out", cache_dir=tmp_path / "cache")

    def fp(cfg=None, **changes):
        cfg = cfg or runner.load_config(pipelines / "default.toml")
        return runner.fingerprint(doc, cfg, replace(opts, **changes))

    return SimpleNamespace(doc=doc, pipelines=pipelines, opts=opts, fp=fp)


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_fingerprint_is_stable(setup):
    assert setup.fp() == setup.fp()


@pytest.mark.parametrize("change", ["document", "config", "profile", "rules", "layout",
                                    "review", "code"])
def test_each_input_forces_a_rerun(setup, change, monkeypatch):
    before = setup.fp()
    config = setup.pipelines / "default.toml"
    cfg = runner.load_config(config)
    if change == "document":
        _append(setup.doc, "①·　岸壁を強くする。\n")
    elif change == "config":
        _append(config, "\n# any change of the config file's bytes\n")
    elif change == "profile":
        assert cfg.profile_files
        _append(cfg.profile_files[0], "\n")
    elif change == "rules":
        assert cfg.entities.rule_files
        _append(cfg.entities.rule_files[0], "\n")
    elif change == "layout":
        assert setup.fp(layout="numbered") != before
        return
    elif change == "review":
        record_decision(setup.doc.parent / "doc.review.csv", UNITS, "R01", "P01", "accept")
    elif change == "code":
        monkeypatch.setattr(runner, "code_hash", lambda: "another version")
    assert setup.fp() != before


def test_a_changed_config_value_forces_a_rerun(setup):
    import re

    config = setup.pipelines / "default.toml"
    before = setup.fp()
    text, n = re.subn(r"(?m)^top_n = \d+", "top_n = 7", config.read_text(encoding="utf-8"))
    assert n == 1 and runner.load_config(config).links.top_n != 7
    config.write_text(text, encoding="utf-8")
    cfg = runner.load_config(config)
    assert cfg.links.top_n == 7
    assert setup.fp(cfg) != before


def test_a_review_file_in_the_review_folder_counts(setup, tmp_path):
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    before = setup.fp(review_dir=reviews)
    record_decision(reviews / "doc.review.csv", UNITS, "R01", "P01", "accept")
    after = setup.fp(review_dir=reviews)
    assert after != before
    record_decision(reviews / "doc.review.csv", UNITS, "R01", "P01", "reject")
    assert setup.fp(review_dir=reviews) != after


def test_nothing_else_forces_a_rerun(setup, tmp_path):
    before = setup.fp()
    cfg = runner.load_config(setup.pipelines / "default.toml")
    for f in [setup.doc, setup.pipelines / "default.toml", *cfg.profile_files,
              *cfg.entities.rule_files]:
        os.utime(f, (1, 1))  # touched: new times, same bytes
    assert setup.fp() == before
    assert setup.fp(out=tmp_path / "elsewhere", cache_dir=tmp_path / "c2", jobs=4,
                    use_cache=False) == before
    # the same bytes at another place give the same fingerprint
    moved = tmp_path / "moved"
    shutil.copytree(setup.doc.parent, moved)
    shutil.copytree(setup.pipelines, tmp_path / "p2")
    assert runner.fingerprint(moved / "doc.txt", runner.load_config(tmp_path / "p2" /
                                                                    "default.toml"),
                              setup.opts) == before


def test_a_moved_output_folder_is_still_up_to_date(setup, tmp_path):
    import json

    stamp = setup.fp()
    folder = tmp_path / "out" / "doc"
    folder.mkdir(parents=True)
    (folder / runner.STAMP).write_text(json.dumps({"fingerprint": stamp, "counts": {"x": 1},
                                                   "layout": "default"}), encoding="utf-8")
    assert runner._up_to_date(setup.doc, folder, stamp).up_to_date
    assert runner._up_to_date(setup.doc, folder, "other") is None
    moved = tmp_path / "new-home" / "doc"
    moved.parent.mkdir()
    folder.rename(moved)
    result = runner._up_to_date(setup.doc, moved, stamp)
    assert result.up_to_date and result.counts == {"x": 1} and result.layout == "default"
    assert runner._up_to_date(setup.doc, tmp_path / "nothing", stamp) is None


def test_the_code_hash_follows_code_and_templates_not_times(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "templates").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "templates" / "t.j2").write_text("{{ x }}\n")
    (package / "notes.txt").write_text("not code\n")
    monkeypatch.setattr(runner, "__file__", str(package / "run" / "runner.py"))
    code = runner.code_hash.__wrapped__
    before = code()
    os.utime(package / "a.py", (1, 1))
    (package / "notes.txt").write_text("changed, but not code\n")
    assert code() == before
    (package / "a.py").write_text("x = 2\n")
    assert code() != before
    (package / "a.py").write_text("x = 1\n")
    assert code() == before
    (package / "templates" / "t.j2").write_text("{{ y }}\n")
    assert code() != before
    (package / "templates" / "t.j2").write_text("{{ x }}\n")
    (package / "a.py").rename(package / "b.py")
    assert code() != before


# ---- coverage ------------------------------------------------------------------------------

def _link(rec, tgt, kind, accepted=True, method="combined"):
    return Link(rec, tgt, kind, 0.5, 1, accepted, method, "")


COVERAGE_UNITS = [_unit("P01", "problem", "問題一"), _unit("P02", "problem", "問題二"),
                  _unit("P03", "problem", "問題三"), _unit("P04", "problem_context", "背景"),
                  _unit("R01", "recommendation", "提言一"),
                  _unit("R01-1", "recommendation_item", "項目", "R01"),
                  _unit("R02", "recommendation", "提言二"),
                  _unit("R03", "recommendation", "提言三"),
                  _unit("S1-R01", "remark", "発言一"), _unit("S1-R01-A1", "reply", "回答一"),
                  _unit("S1-R02", "remark", "発言二")]
COVERAGE_LINKS = [_link("R01", "P01", "problem"), _link("R01", "S1-R01-A1", "reply"),
                  _link("R02", "P02", "problem", accepted=False),  # computed, not accepted
                  _link("R02", "S1-R02", "remark", accepted=False),
                  _link("R02", "R01", "recommendation", method="reference"),
                  _link("R03", "P03", "problem", method="reference"),  # a reference never covers
                  _link("R03", "S1-R01", "remark")]


def test_coverage_lists_exactly_the_known_gaps():
    rows = coverage(COVERAGE_LINKS, COVERAGE_UNITS)
    assert [(r.category, r.unit_id) for r in rows] == [
        ("unaddressed_problem", "P02"), ("unaddressed_problem", "P03"),
        ("unsupported_recommendation", "R02"), ("unused_remark", "S1-R02")]
    assert rows[0] == CoverageRow("unaddressed_problem", "P02", "problem", "問題二")


def test_everything_linked_leaves_no_gaps_and_nothing_linked_leaves_all():
    targets = [u for u in COVERAGE_UNITS if u.kind in ("problem", "remark", "reply")]
    everything = [_link("R01", u.unit_id, u.kind) for u in targets] + [
        _link("R02", "P01", "problem"), _link("R03", "P01", "problem")]
    assert coverage(everything, COVERAGE_UNITS) == []
    assert {r.unit_id for r in coverage([], COVERAGE_UNITS)} == {
        "P01", "P02", "P03", "R01", "R02", "R03", "S1-R01", "S1-R01-A1", "S1-R02"}


def test_matrix_holds_accepted_non_reference_links_in_document_order():
    recs, columns, cells = matrix(COVERAGE_LINKS, COVERAGE_UNITS)
    assert recs == ["R01", "R02", "R03"]
    assert columns == ["P01", "S1-R01", "S1-R01-A1"]
    assert cells == {("R01", "P01"): 0.5, ("R01", "S1-R01-A1"): 0.5, ("R03", "S1-R01"): 0.5}


# ---- CSV format ----------------------------------------------------------------------------

def test_csv_is_utf8_with_bom_lf_and_four_decimals(tmp_path):
    from dtx_nlp.outputs import write_csv

    path = tmp_path / "x.csv"
    write_csv(path, ["a", "b", "c", "d", "e"],
              [[0.5, 1 / 3, None, True, ["甲", "乙"]], [float("nan"), 2, "改行\nあり", False, ()]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    assert b"\r" not in raw and raw.endswith(b"\n")
    assert raw.decode("utf-8-sig") == ('a,b,c,d,e\n0.5000,0.3333,,True,甲; 乙\n'
                                       ',2,"改行\nあり",False,\n')


def test_links_csv_rows_follow_the_column_contract(tmp_path):
    from dtx_nlp.outputs import write_csv
    from dtx_nlp.report.write import LINK_COLUMNS, link_table

    links = [Link("R01", "P01", "problem", 0.123456, 1, True, "combined", "e",
                  {"tfidf": 0.25}, "accept")]
    columns, rows = link_table(links)
    assert columns[:len(LINK_COLUMNS)] == LINK_COLUMNS
    write_csv(tmp_path / "links.csv", columns, rows)
    import csv

    with open(tmp_path / "links.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert [row[c] for c in LINK_COLUMNS] == ["R01", "P01", "problem", "0.1235", "1", "True",
                                              "combined", "e", "accept"]
    assert row["signal_tfidf"] == "0.2500" and row["signal_vector"] == ""


# ---- entity highlight offsets in the HTML report's data ------------------------------------

def test_highlight_offsets_slice_the_entity_text():
    from dtx_nlp.report.data import report_data

    clean = "はじめに\n防衛省と米戦略軍が協議する。\n【提言１】NATOとの連携\n"
    units = []
    for uid, kind, number, text in (("H01", "heading", None, "はじめに"),
                                     ("P01", "problem", None, "防衛省と米戦略軍が協議する。"),
                                     ("R01", "recommendation", 1, "【提言１】NATOとの連携")):
        start = clean.index(text)
        units.append(Unit(uid, "d", kind, None, number, None, None, text, start,
                          start + len(text)))
    mentions = []
    for u in units:
        for surface, label in (("防衛省", "ORGANIZATION"), ("米戦略軍", "ORGANIZATION"),
                               ("NATO", "ORGANIZATION")):
            at = u.text.find(surface)
            if at >= 0:
                mentions.append(Mention(u.unit_id, u.start + at, u.start + at + len(surface),
                                        surface, label, surface, "rule"))
    analysis = SimpleNamespace(units=units, mentions=mentions, links=[], glossary=[])
    data = report_data(SimpleNamespace(doc_id="d", path="d.txt"), analysis,
                       SimpleNamespace(issues=[], layout="default"))["data"]
    seen = []
    for uid, row in data["units"].items():
        for start, end, label, canonical in row["ents"]:
            seen.append(row["text"][start:end])
            assert row["text"][start:end] == canonical
    assert sorted(seen) == sorted(m.text for m in mentions) and len(seen) == 3


# ---- details mutation testing found unchecked ----------------------------------------------

def test_groups_of_target_kinds():
    assert [lk.group_of(k) for k in ("problem", "problem_context", "remark", "reply")] == [
        "problem", "problem", "remark", "remark"]
    from dtx_nlp.stages.trace import is_target

    assert [is_target(k) for k in ("problem", "remark", "reply", "recommendation", "heading")] \
        == [True, True, True, False, False]


def test_rank_links_writes_whole_records():
    """Scores and signals rounded to 4 places, the configured specificity and thread used, the
    evidence and the method filled in."""
    cfg = lk.LinkConfig(weights={"tfidf": 1.0}, specificity=0.3, thread=1.0, threshold=0.25,
                        relative=0.5, min_per_recommendation=1, top_n=5)
    pairs = [_pair("R01", "P01", "problem", 0.9), _pair("R01", "P02", "problem", 0.3),
             _pair("R02", "P01", "problem", 0.1)]
    pairs.append(lk.Pair(_side("R01", "recommendation"), _side("S1-R01-A1", "reply",
                                                                   "S1-R01"),
                         {"tfidf": 0.123456}, ("岸壁を直す。", "岸壁が壊れた。"), ("防衛省",),
                         ("耐震化",)))
    pairs.append(_pair("R01", "S1-R01", "remark", 0.6))
    expected = [round(s, 4) for s in lk.final_scores(pairs, cfg.weights, 0.3, 1.0)]
    assert expected != [round(s, 4) for s in lk.final_scores(pairs, cfg.weights, 0.3, 0.0)]
    assert expected != [round(s, 4) for s in lk.final_scores(pairs, cfg.weights, 1.0, 1.0)]
    got = {(k.recommendation_id, k.target_id): k for k in lk.rank_links(pairs, cfg)}
    for p, score in zip(pairs, expected):
        k = got[(p.rec.unit_id, p.tgt.unit_id)]
        assert (k.score, k.target_kind, k.method) == (score, p.tgt.kind, "combined")
    reply = got[("R01", "S1-R01-A1")]
    assert reply.signals == {"tfidf": 0.1235}
    assert reply.evidence == ("entities: 防衛省 | terms: 耐震化 | best pair: 「岸壁を直す。」 ↔ "
                              "「岸壁が壊れた。」")
    assert got[("R01", "P01")].evidence == ""


def test_a_suspect_decision_on_a_pair_outside_the_links_is_not_accepted(tmp_path):
    path = _decide(tmp_path, ("R01", "S1-R01", "accept"))
    links = [k for k in COMPUTED if k.target_id != "S1-R01"]
    units = _edit(UNITS, "S1-R01", "別の発言。")
    issues = []
    out = _reviewed(links, units, path, issues)
    assert out[-1] == Link("R01", "S1-R01", "remark", 0.0, 0, False, "review", "",
                           decision="suspect")
    assert issues == [Issue("warning", "review-suspect",
                            "decision on R01 → S1-R01 is suspect: text changed", str(path))]


def test_stale_decisions_name_the_pair_and_the_rest_still_apply(tmp_path):
    path = _decide(tmp_path, ("R01", "P01", "reject"), ("R01", "P02", "accept"))
    # the recommendation of the second decision is gone, and a later decision still applies
    path.write_text(path.read_text(encoding="utf-8-sig").replace("R01,P01", "R09,P01"),
                    encoding="utf-8")
    issues = []
    out = _by_target(_reviewed(COMPUTED, UNITS, path, issues))
    assert issues == [Issue("warning", "review-stale",
                            "decision on R09 → P01: unit no longer exists", str(path))]
    assert out["P02"].decision == "accept" and out["P01"].decision == ""


def test_a_recommendation_hash_is_its_text_and_items_joined_by_newlines():
    """Review files on disk hold these hashes: their format is a contract."""
    import hashlib

    units = UNITS + [_unit("S1-R01-A1", "reply", "そうだ。", "S1-R01")]
    hashes = unit_hashes(units)
    joined = "【提言１】港湾施設の耐震強化\n①岸壁の耐震化を前倒しする。"
    assert hashes["R01"] == hashlib.sha1(joined.encode("utf-8")).hexdigest()[:12]
    assert hashes["S1-R01"] == hashlib.sha1("耐震化が急務だ。".encode("utf-8")).hexdigest()[:12]


def test_review_notes_round_trip_with_line_breaks(tmp_path):
    path = tmp_path / "d.review.csv"
    record_decision(path, UNITS, "R01", "P01", "accept", "一行目\r\n二行目")
    record_decision(path, UNITS, "R01", "P02", "reject")
    rows = read_review(path)
    assert [r["note"] for r in rows] == ["一行目\r\n二行目", ""]


def test_review_errors_name_the_problem_and_the_file(tmp_path):
    path = tmp_path / "d.review.csv"
    with pytest.raises(ConfigError, match=r"no unit 'P09' in this document") as err:
        record_decision(path, UNITS, "R01", "P09", "accept")
    assert err.value.file == str(path)
    path.write_text("recommendation_id,target_id,decision\nR01,P01,maybe\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"decision must be one of \('accept', 'reject'\)"):
        read_review(path)
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match="cannot read review file") as err:
        read_review(path)
    assert err.value.file == str(path)


def test_an_up_to_date_result_is_a_whole_result(setup, tmp_path):
    import json

    folder = tmp_path / "out" / "doc"
    folder.mkdir(parents=True)
    (folder / runner.STAMP).write_text(json.dumps({"fingerprint": "f", "counts": {"x": 1},
                                                   "layout": "l"}), encoding="utf-8")
    result = runner._up_to_date(setup.doc, folder, "f")
    assert (result.doc_id, result.path, result.ok, result.cache_hit, result.up_to_date) == (
        "doc", str(setup.doc), True, True, True)


def test_matrix_columns_follow_document_order_not_names():
    units = [_unit(f"P{n}", "problem", "問題") for n in range(1, 101)] + [
        _unit("R01", "recommendation", "提言")]
    links = [_link("R01", "P2", "problem"), _link("R01", "P10", "problem"),
             _link("R01", "P100", "problem"), _link("R01", "X1", "problem")]
    assert matrix(links, units)[1] == ["P2", "P10", "P100", "X1"]  # unknown ids last


def test_coverage_rows_carry_kind_and_text():
    rows = coverage(COVERAGE_LINKS, COVERAGE_UNITS)
    assert rows[2:] == [CoverageRow("unsupported_recommendation", "R02", "recommendation", "提言二"),
                        CoverageRow("unused_remark", "S1-R02", "remark", "発言二")]


def test_links_are_sorted_by_recommendation_then_score_with_references_last():
    rows = [Link("R02", "P01", "problem", 0.5, 1, True, "combined", ""),
            Link("R01", "R02", "recommendation", 1.0, 1, True, "reference", ""),
            Link("R01", "P02", "problem", 0.5, 2, True, "combined", ""),
            Link("R01", "P01", "problem", 0.5, 1, True, "combined", ""),
            Link("R01", "S1-R01", "remark", 0.75, 1, True, "combined", "")]
    assert [(k.recommendation_id, k.target_id) for k in lk.sort_links(rows)] == [
        ("R01", "S1-R01"), ("R01", "P01"), ("R01", "P02"), ("R01", "R02"), ("R02", "P01")]


def test_records_rows_takes_the_named_fields_in_column_order():
    from dtx_nlp.outputs import records_rows

    assert records_rows(COMPUTED[:2], ["target_id", "score"]) == [["P01", 0.9], ["P02", 0.1]]
