"""The review loop's core: the queue, the review file's ids and undo, relinking without a parse,
score parts, and the simulated reviewer's arithmetic."""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PIPELINE, read_csv, run_text

from dtx_nlp.errors import ConfigError
from dtx_nlp.review.decisions import (
    ReviewIdError,
    check_ids,
    read_review,
    record_decision,
    remove_decision,
)
from dtx_nlp.types import Link, Unit

CFG = SimpleNamespace(threshold=0.5, relative=0.3, min_per_recommendation=1, top_n=20,
                      probability_slope=10.0, probability_at_threshold=0.5)


def _link(rec, target, score, rank, accepted=None, decision="", method="combined",
          kind="remark"):
    return Link(rec, target, kind, score, rank, score >= 0.5 if accepted is None else accepted,
                method, "", decision=decision)


def _unit(uid, kind, parent=None):
    return Unit(uid, "d", kind, parent, None, None, None, f"text of {uid}", 0, 1)


UNITS = [_unit("R01", "recommendation"), _unit("R01-1", "recommendation_item", "R01"),
         _unit("R04", "recommendation"), _unit("R14", "recommendation"),
         _unit("P01", "problem"), _unit("PC01", "problem_context"), _unit("H01", "heading"),
         _unit("S1-R05", "remark"), _unit("S1-R05-A1", "reply", "S1-R05")]


# ---- the queue -----------------------------------------------------------------------------

QUEUE_LINKS = [_link("R01", "A", 0.90, 1), _link("R01", "B", 0.52, 2), _link("R01", "C", 0.47, 3),
               _link("R02", "D", 0.53, 1), _link("R02", "E", 0.20, 2, decision="suspect"),
               _link("R02", "F", 0.49, 3, decision="accept", accepted=True),
               _link("R02", "R01", 1.0, 1, method="reference", kind="recommendation"),
               _link("R03", "G", 0.47, 5), _link("R03", "H", 0.47, 4)]


def test_queue_puts_suspect_first_then_the_largest_expected_gain_then_rank():
    """P(true) = logistic(10 × (score − 0.5)): C, G, H (0.47) 0.43, B 0.55, D 0.57, A 0.98; F
    decided (1). Expected matrix: 4 accepted, 3.11 true among them, 4.43 true in all. Gains
    (P(flag wrong) × F1 change when put right, counts conditioned on the flag being wrong):
    C/G/H 0.0557, B 0.0424, D 0.0400, E 0.0061, A 0.0016: at equal distance from the threshold,
    a missed link (C, 0.03 below) comes before a doubtful accepted one (D, 0.03 above)."""
    from dtx_nlp.review.queue import (
        assign_priorities,
        by_distance,
        next_candidates,
        order,
    )

    links = QUEUE_LINKS
    assert [k.target_id for k in order(links, CFG)] == ["E", "C", "H", "G", "B", "D", "A"]
    assert [k.target_id for k in by_distance(links, CFG)] == ["E", "B", "D", "C", "H", "G", "A"]
    ranked = assign_priorities(links, CFG)
    assert [k.target_id for k in ranked] == [k.target_id for k in links]  # same order
    prio = {k.target_id: k.review_priority for k in ranked}
    assert prio["F"] is None and prio["R01"] is None  # decided, reference: not queued
    assert prio["E"] == 1 and prio["A"] == 7
    assert [k.target_id for k in next_candidates(ranked, 2)] == ["E", "C"]
    assert next_candidates(ranked, 0) == []
    assert assign_priorities(list(reversed(links)), CFG) == list(reversed(ranked))


def test_decisions_move_the_undecided_candidates_like_the_decided_targets():
    """Learning in the queue's order only: R01's undecided candidates move by feedback × (cosine
    to the most alike accepted target − cosine to the most alike rejected one); another
    recommendation's, and every flag, stay as they are."""
    from dtx_nlp.review.queue import feedback_shifts, order

    links = [_link("R01", "A", 0.60, 1, decision="accept", accepted=True),
             _link("R01", "Z", 0.40, 2, decision="reject", accepted=False),
             _link("R01", "B", 0.47, 3), _link("R01", "C", 0.47, 4),
             _link("R02", "B", 0.47, 1)]
    near = {"B": {"A": 0.8, "Z": 0.1}, "C": {"Z": 0.6}}
    shifts = feedback_shifts(links, near, 0.3)
    assert shifts == {id(links[2]): pytest.approx(0.3 * (0.8 - 0.1)),
                      id(links[3]): pytest.approx(0.3 * (0.0 - 0.6))}
    assert feedback_shifts(links, near, 0.0) == {} and feedback_shifts(links, None, 0.3) == {}
    learning = SimpleNamespace(**{**vars(CFG), "feedback": 0.3})
    # without learning the three tie at 0.47 and go by rank (R02's B first); with it B, like the
    # accepted A, moves up past R02's B, and C, like the rejected Z, falls behind it
    assert [(k.recommendation_id, k.target_id) for k in order(links, CFG, near)] == [
        ("R02", "B"), ("R01", "B"), ("R01", "C")]
    assert [(k.recommendation_id, k.target_id) for k in order(links, learning, near)] == [
        ("R01", "B"), ("R02", "B"), ("R01", "C")]
    assert [k.accepted for k in order(links, learning, near)] == [False] * 3


def test_structure_feedback_moves_replies_topic_siblings_and_exhausted_lists():
    """Learning from the record's structure (stop 29, off by default): a reply whose remark was
    accepted for the same recommendation moves up by feedback_thread, a remark of the same
    session topic as an accepted one by feedback_topic, and a candidate below rejected ones
    (after the last accepted link of its list) down by feedback_exhaust per rejection. Another
    recommendation's candidates and every flag stay as they are."""
    from dtx_nlp.config import LinkConfig
    from dtx_nlp.review.queue import order, structure_shifts

    units = [_unit("T1", "session_topic"), _unit("M1", "remark", "T1"),
             _unit("M2", "remark", "T1"), _unit("M3", "remark", "T2"),
             _unit("A1", "reply", "M1"), _unit("A3", "reply", "M3")]
    links = [_link("R01", "M1", 0.60, 1, decision="accept", accepted=True),
             _link("R01", "M3", 0.55, 2, decision="reject", accepted=False),
             _link("R01", "A1", 0.40, 3), _link("R01", "M2", 0.40, 4),
             _link("R01", "A3", 0.40, 5), _link("R02", "A1", 0.40, 1)]
    cfg = LinkConfig(feedback_thread=0.1, feedback_topic=0.05, feedback_exhaust=0.02)
    shifts = structure_shifts(links, units, cfg)
    assert shifts == {id(links[2]): pytest.approx(0.1 - 0.02),     # M1 accepted; below M3
                      id(links[3]): pytest.approx(0.05 - 0.02),    # M1's topic; below M3
                      id(links[4]): pytest.approx(-0.1 - 0.02)}    # its remark M3 rejected
    assert structure_shifts(links, units, LinkConfig()) == {}      # off by default
    assert structure_shifts(links, None, cfg) == {}  # no units: no structure, no learning
    off = SimpleNamespace(**{**vars(CFG), "feedback": 0.0})
    on = SimpleNamespace(**{**vars(off), "feedback_thread": 0.1, "feedback_topic": 0.05,
                            "feedback_exhaust": 0.02})
    ids = [(k.recommendation_id, k.target_id) for k in order(links, off, None, units)]
    assert ids == [("R02", "A1"), ("R01", "A1"), ("R01", "M2"), ("R01", "A3")]  # by rank
    ids = [(k.recommendation_id, k.target_id) for k in order(links, on, None, units)]
    assert ids == [("R01", "A1"), ("R01", "M2"), ("R02", "A1"), ("R01", "A3")]
    assert [k.accepted for k in order(links, on, None, units)] == [False] * 4
    with pytest.raises(ValueError, match="feedback_thread"):
        LinkConfig(feedback_topic=-0.1)


def test_queue_probability_follows_the_calibration():
    from dtx_nlp.review.queue import probability

    a, c = QUEUE_LINKS[0], QUEUE_LINKS[2]
    assert probability(a, CFG) == pytest.approx(1 / (1 + math.exp(-4.0)))
    assert probability(c, CFG) == pytest.approx(1 / (1 + math.exp(0.3)))
    assert probability(QUEUE_LINKS[5], CFG) == 1.0  # decided: certain
    assert probability(_link("R09", "Y", 0.9, 1, decision="reject", accepted=False), CFG) == 0.0
    shifted = SimpleNamespace(**{**vars(CFG), "probability_at_threshold": 0.2})
    assert probability(_link("R09", "X", 0.5, 1), shifted) == pytest.approx(0.2)


def test_expected_gain_conditions_the_matrix_on_the_flag_being_wrong():
    from dtx_nlp.review.queue import expected_gain

    # one accepted link, P 0.5, nothing else: if it is false, dropping it takes F1 from 0 to the
    # empty matrix's 1 (nothing claimed, nothing to find): gain 0.5 × 1
    only = _link("R01", "A", 0.5, 1, accepted=True)
    assert expected_gain(only, 0.5, (1, 0.5, 0.5)) == pytest.approx(0.5)
    # one missed link, P 0.25, nothing accepted: if it is true, accepting it takes F1 0 → 1
    missed = _link("R01", "B", 0.4, 2, accepted=False)
    assert expected_gain(missed, 0.25, (0, 0.0, 0.25)) == pytest.approx(0.25)
    # 2 accepted (1.5 expected true), 3 expected true in all; a rejected link with P 0.5:
    # if true, F1 2·1.5/(2 + 3.5) → 2·2.5/(3 + 3.5)
    other = _link("R01", "C", 0.45, 3, accepted=False)
    assert expected_gain(other, 0.5, (2, 1.5, 3.0)) == pytest.approx(
        0.5 * (5 / 6.5 - 3 / 5.5))


def test_explicit_references_do_not_count_in_the_expected_matrix():
    """Ten certain references would make the matrix look nearly right, so that dropping A would
    weigh more than finding B (0.023 against 0.018); the links F1 is measured without them."""
    from dtx_nlp.review.queue import order

    refs = [_link("R02", f"R{n:02d}", 1.0, 1, method="reference", kind="recommendation")
            for n in range(3, 13)]
    links = [_link("R01", "A", 0.50, 1, accepted=True), _link("R01", "B", 0.46, 2), *refs]
    assert [k.target_id for k in order(links, CFG)] == ["B", "A"]


def test_calibration_values_are_checked():
    from dtx_nlp.config import LinkConfig

    with pytest.raises(ValueError, match="probability_at_threshold"):
        LinkConfig(probability_at_threshold=1.0)
    with pytest.raises(ValueError, match="probability_slope"):
        LinkConfig(probability_slope=-1.0)
    with pytest.raises(ValueError, match="feedback"):
        LinkConfig(feedback=-0.1)


# ---- ids, undo -----------------------------------------------------------------------------

def test_ids_are_case_insensitive_and_checked_by_kind():
    assert check_ids(UNITS, "r01", "s1-r05-a1") == ("R01", "S1-R05-A1")
    assert check_ids(UNITS, "R01", "r04") == ("R01", "R04")  # an explicit reference
    with pytest.raises(ReviewIdError, match=r"no unit 'R4'.*nearest: R04, R14"):
        check_ids(UNITS, "R4", "P01")
    with pytest.raises(ReviewIdError, match=r"'R01-1' is a recommendation_item.*nearest: R01"):
        check_ids(UNITS, "R01-1", "P01")
    with pytest.raises(ReviewIdError, match=r"'H01' is a heading, not a link target.*nearest"):
        check_ids(UNITS, "R01", "H01")
    with pytest.raises(ReviewIdError, match="recommendation.*not a link target"):
        check_ids(UNITS, "R01", "R01")


def test_record_and_undo_a_decision(tmp_path):
    path = tmp_path / "doc.review.csv"
    assert record_decision(path, UNITS, "r01", "p01", "accept", "why") == ("R01", "P01")
    record_decision(path, UNITS, "R01", "S1-R05", "reject")
    record_decision(path, UNITS, "R01", "P01", "reject", "changed my mind")  # replaces
    rows = read_review(path)
    assert [(r["target_id"], r["decision"], r["note"]) for r in rows] == [
        ("P01", "reject", "changed my mind"), ("S1-R05", "reject", "")]
    remove_decision(path, UNITS, "r01", "p01")
    assert [r["target_id"] for r in read_review(path)] == ["S1-R05"]
    with pytest.raises(ReviewIdError, match="no decision on R01 → P01 to undo"):
        remove_decision(path, UNITS, "R01", "P01")
    with pytest.raises(ConfigError):
        record_decision(path, UNITS, "R01", "P01", "maybe")


def test_decisions_are_numbered_by_review_round(tmp_path):
    path = tmp_path / "doc.review.csv"
    for target in ("P01", "PC01", "S1-R05"):
        record_decision(path, UNITS, "R01", target, "accept", round_size=2)
    assert {r["target_id"]: r["round"] for r in read_review(path)} == {
        "P01": "1", "PC01": "1", "S1-R05": "2"}
    record_decision(path, UNITS, "R01", "P01", "reject", round_size=2)  # re-decided: round 2
    record_decision(path, UNITS, "R04", "P01", "accept", round_size=2)  # round 2 is full
    assert [r["round"] for r in read_review(path)] == ["2", "1", "2", "3"]  # R01-P01 first
    remove_decision(path, UNITS, "R04", "P01")
    record_decision(path, UNITS, "R14", "P01", "accept", round_size=0)  # 0: a round each
    assert max(int(r["round"]) for r in read_review(path)) == 3
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",3\n", ",x\n"),
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="round must be a whole number") as exc:
        read_review(path)
    assert exc.value.line == 5


def test_an_open_round_keeps_the_queue_order_of_its_start():
    from dtx_nlp.review.decisions import decision_row, links_with_decisions, unit_hashes

    units = [_unit("R01", "recommendation"), _unit("R02", "recommendation")] + [
        _unit(t, "remark") for t in "ABCD"]
    links = [_link("R01", "A", 0.9, 1), _link("R01", "B", 0.52, 2), _link("R01", "C", 0.49, 3),
             _link("R02", "D", 0.45, 1)]

    def queue(rows, size):
        cfg = SimpleNamespace(**vars(CFG), feedback_exhaust=1.0, round_size=size)
        got = [k for k in links_with_decisions(links, units, rows, cfg, []) if k.review_priority]
        return [k.target_id for k in sorted(got, key=lambda k: k.review_priority)]

    assert queue([], 3) == ["C", "D", "B", "A"]
    rows = [decision_row(unit_hashes(units), "R01", "B", "reject", "", 1)]
    assert queue(rows, 3) == ["C", "D", "A"]  # round 1 holds 1 of 3: the start's order
    assert queue(rows, 1) == queue(rows, 0) == ["D", "C", "A"]  # full: C sinks under B


def test_the_simulated_reviewer_decides_a_review_round_at_a_time():
    from dtx_nlp.evaluation.simulate import review_round, simulate
    from dtx_nlp.review.queue import order

    units = [_unit("R01", "recommendation")] + [_unit(t, "remark") for t in "ABCD"]
    links = [_link("R01", t, s, n) for n, (t, s) in enumerate(zip("ABCD", (0.9, 0.55, 0.45, 0.1)),
                                                               start=1)]
    calls = []

    def counted(*args):
        calls.append(1)
        return order(*args)

    for size, rounds in ((2, 3), (0, 5)):  # two rounds and the empty queue; one decision each
        calls.clear()
        simulate(links, units, SimpleNamespace(**vars(CFG), round_size=size), set(), counted)
        assert len(calls) == rounds
    assert review_round(SimpleNamespace(round_size=0)) == 1 and review_round(CFG) == 1


# ---- the simulated reviewer ----------------------------------------------------------------

def test_simulated_reviewer_arithmetic():
    from dtx_nlp.evaluation.simulate import effort, simulate, top_first

    units = [_unit("R01", "recommendation")] + [_unit(t, "remark") for t in "ABCD"]
    links = [_link("R01", "A", 0.9, 1), _link("R01", "B", 0.55, 2), _link("R01", "C", 0.45, 3),
             _link("R01", "D", 0.1, 4)]
    truth = {("R01", "A"), ("R01", "C")}
    # accepted {A, B}: F1 = 2·1/(2+2) = 0.5. Queue: B (0.05 from 0.5), C (0.05, rank 3), then A, D.
    from dtx_nlp.review.queue import order

    curve = simulate(links, units, CFG, truth, order, batch=2)
    assert curve == [0.5, pytest.approx(2 / 3), 1.0, 1.0, 1.0]  # reject B; accept C; A; D
    assert simulate(links, units, CFG, truth, top_first, batch=3) == [
        0.5, 0.5, pytest.approx(2 / 3), 1.0, 1.0]  # A (no change), B rejected, C accepted
    e = effort(curve)
    assert e["decisions_to"] == {"0.85": 2, "0.90": 2} and e["f1_at"]["30"] == 1.0
    assert e["start"] == 0.5 and e["decisions"] == 4


# ---- on the corpus: score parts, priorities, a link added by review ------------------------

def test_links_csv_has_queue_note_and_score_parts(corpus_out, cfg):
    links = read_csv(corpus_out / "links.csv")
    ranked = links[links.method != "reference"]
    prio = ranked.review_priority.astype(int)
    assert sorted(prio) == list(range(1, len(ranked) + 1))
    assert (links[links.method == "reference"].review_priority == "").all()
    assert "note" in links.columns
    parts = [c for c in links.columns if c.startswith("part_")]
    total = ranked[parts].replace("", 0).astype(float).sum(axis=1)
    assert (abs(total - ranked.score.astype(float)) < 6e-4).all()
    for signal, weight in cfg.links.weights.items():  # weight 0: not presented as counting
        assert (ranked[f"part_{signal}"] == "").all() == (weight == 0)


def test_a_link_added_by_review_keeps_its_score_and_rank(corpus_out, cfg):
    from dtx_nlp.review.decisions import decision_row, links_with_decisions, unit_hashes
    from dtx_nlp.review.relink import load_document

    state = load_document(corpus_out)
    units, candidates = state.analysis.units, state.analysis.candidates
    far = next(k for k in candidates if k.rank > cfg.links.top_n and not k.accepted)
    row = decision_row(unit_hashes(units), far.recommendation_id, far.target_id, "accept", "n")
    found = links_with_decisions(candidates, units, [row], cfg.links, [])
    added = next(k for k in found if (k.recommendation_id, k.target_id)
                 == (far.recommendation_id, far.target_id))
    assert (added.score, added.rank, added.accepted, added.decision, added.note) == (
        far.score, far.rank, True, "accept", "n")
    assert added.review_priority is None


# ---- relink: a decision without a parse gives what a full run gives ------------------------

SMALL = (Path(__file__).parent / "test_links.py").read_text(encoding="utf-8").split(
    'SMALL_REPORT = """')[1].split('"""')[0]


def test_relink_after_a_decision_equals_a_full_run(tmp_path, cfg, models):
    from dtx_nlp.review.relink import decide
    from dtx_nlp.run.runner import RunOptions, run_document

    folder, _ = run_text(SMALL, tmp_path, cfg, models, name="port")
    state = decide(folder, "r01", "s1-r02", "accept", "a note")
    assert state.progress["reviewed"] == 1
    assert all(k.review_priority is None for k in state.links if k.decision)
    state = decide(folder, "R02", "P02", "reject")
    opts = RunOptions(out=tmp_path / "again", pipeline=PIPELINE, cache_dir=tmp_path / "cache")
    run_document(tmp_path / "port.txt", cfg, models, opts)
    for name in ("links.csv", "matrix.csv", "coverage.csv", "report.html", "issues.json",
                 "run.json"):
        assert (folder / name).read_bytes() == (tmp_path / "again" / "port" / name).read_bytes()
    links = read_csv(folder / "links.csv")
    row = links[(links.recommendation_id == "R01") & (links.target_id == "S1-R02")].iloc[0]
    assert (str(row.accepted), row.decision, row.note) == ("True", "accept", "a note")
    again = run_document(tmp_path / "port.txt", cfg, models,
                         RunOptions(out=tmp_path / "out", pipeline=PIPELINE,
                                    cache_dir=tmp_path / "cache"))
    assert again.up_to_date  # relink left run.json saying so
    state = decide(folder, "R01", "S1-R02", "undo")
    assert state.progress["reviewed"] == 1


def test_relink_needs_a_run_first(tmp_path):
    from dtx_nlp.errors import InputError
    from dtx_nlp.review.relink import relink

    with pytest.raises(InputError, match="run `dtx-nlp run`"):
        relink(tmp_path)


def test_review_cli_lower_case_undo_next_and_nearest_ids(tmp_path, cfg, models):
    from test_cli import _one_line_error, dtx
    from typer.testing import CliRunner

    from dtx_nlp.cli import app

    folder, _ = run_text(SMALL, tmp_path, cfg, models, name="port")
    doc, out = str(tmp_path / "port.txt"), str(tmp_path / "out")

    def cli(*args):
        return CliRunner().invoke(app, ["review", *args, "--out", out])

    result = cli(doc, "r01", "s1-r02", "accept")
    assert result.exit_code == 0, result.output
    assert "R01 → S1-R02 accept" in result.stdout and "links updated" in result.stdout
    assert read_csv(folder / "links.csv").decision.tolist().count("accept") == 1
    assert cli(doc, "R02", "S1-R02", "reject").exit_code == 0
    listed = cli("next", doc, "--n", "2")
    assert listed.exit_code == 0, listed.output
    assert "reviewed 2 of" in listed.stdout
    assert "round 1: 2 of 30 decided" in " ".join(listed.stdout.split())
    assert len([line for line in listed.stdout.splitlines() if "→" in line]) == 2
    assert cli(doc, "R01", "S1-R02", "undo").exit_code == 0
    assert read_csv(folder / "links.csv").decision.tolist().count("accept") == 0
    assert cli(doc, "R01", "P01", "undo").exit_code == 3
    _one_line_error(dtx("review", doc, "R1", "P01", "accept"), 3, "no unit 'R1'",
                    "nearest: R01")


def test_the_relink_state_holds_records_as_asdict_would(corpus_out):
    """relink.plain (a shallow asdict) gives the same JSON as dataclasses.asdict, on the corpus
    report's state: its units, mentions, glossary terms, candidates with nested signals."""
    import dataclasses
    import json

    from dtx_nlp.review.relink import plain
    from dtx_nlp.types import Issue, Mention, Term

    state = json.loads((corpus_out / "link_state.json")
                       .read_text(encoding="utf-8"))
    for key, kind in (("units", Unit), ("mentions", Mention), ("glossary", Term),
                      ("candidates", Link), ("issues", Issue)):
        for row in state[key][:50]:
            record = kind(**row)
            assert plain(record) == json.loads(json.dumps(dataclasses.asdict(record))) == row
