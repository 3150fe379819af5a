"""Segmentation of the real corpus against the hand annotation in tests/gold/structure.json."""

import json

import pytest
from conftest import GOLD

STRUCTURE = json.loads((GOLD / "structure.json").read_text(encoding="utf-8"))


def test_fifteen_recommendations_with_titles_and_item_counts(units):
    recs = units[units.kind == "recommendation"]
    assert list(recs.number.astype(int)) == list(range(1, 16))
    got = [(r.title, int((units.parent_id == r.unit_id).sum())) for r in recs.itertuples()]
    assert got == [tuple(x) for x in STRUCTURE["recommendations"]]


def test_recommendation_items_are_numbered_children(units):
    items = units[units.kind == "recommendation_item"]
    for rec_id, group in items.groupby("parent_id"):
        assert list(group.number.astype(int)) == list(range(1, len(group) + 1)), rec_id


def test_thirteen_numbered_problem_items(units):
    problems = units[units.kind == "problem"]
    assert len(problems) == 13
    for unit, start in zip(problems.itertuples(), STRUCTURE["problem_items"]):
        assert unit.text[1:].lstrip().startswith(start), unit.unit_id


@pytest.mark.parametrize("session", ["1", "2", "3", "4", "5"])
def test_every_remark_and_reply_with_its_session(units, session):
    gold = STRUCTURE["sessions"][session]
    in_session = units[units.session.astype(str) == session]
    remarks = [t.lstrip("・ ") for t in in_session[in_session.kind == "remark"].text]
    replies = [t.lstrip("→ ") for t in in_session[in_session.kind == "reply"].text]
    assert len(remarks) == len(gold["remarks"])
    assert all(r.startswith(g) for r, g in zip(remarks, gold["remarks"])), remarks
    assert len(replies) == len(gold["replies"])
    assert all(r.startswith(g) for r, g in zip(replies, gold["replies"])), replies


def test_replies_are_children_of_remarks(units):
    ids = dict(zip(units.unit_id, units.kind))
    for reply in units[units.kind == "reply"].itertuples():
        assert ids[reply.parent_id] == "remark"


def test_out_of_order_headings_do_not_break_the_structure(units):
    """"1 …問題認識" comes after part (2) and "3 参考資料" inside session 1: both stay headings,
    the problem items around them stay problems, the remarks after them stay in session 1."""
    headings = units[units.kind == "heading"].text.tolist()
    assert any("問題認識" in h for h in headings)
    assert any(h.startswith("3 参考資料") for h in headings)
    after = units.index[units.text.str.startswith("3 参考資料")][0]
    assert units.loc[after + 1, "kind"] == "session_topic"
    assert str(units.loc[after + 1, "session"]) == "1"


def test_offsets_slice_clean_text(units, clean_text):
    for u in units.itertuples():
        assert clean_text[u.start:u.end] == u.text, u.unit_id


def test_units_are_in_document_order(units):
    assert list(units.start) == sorted(units.start)
