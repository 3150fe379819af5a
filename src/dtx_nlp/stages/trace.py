"""Traceability views derived from links: the matrix and the coverage lists."""

from __future__ import annotations

from dataclasses import dataclass

from ..types import PROBLEM_KINDS, REMARK_KINDS, Link, Unit


@dataclass(frozen=True)
class CoverageRow:
    category: str  # unaddressed_problem, unused_remark, unsupported_recommendation
    unit_id: str
    kind: str
    text: str


def matrix(links: list[Link], units: list[Unit]) -> tuple[list[str], list[str], dict]:
    """(recommendation ids, linked unit ids in document order, {(rec, unit): score})."""
    order = {u.unit_id: i for i, u in enumerate(units)}
    recs = [u.unit_id for u in units if u.kind == "recommendation"]
    cells = {(k.recommendation_id, k.target_id): k.score for k in links
             if k.accepted and k.method != "reference"}
    columns = sorted({t for _, t in cells}, key=lambda t: order.get(t, 10**9))
    return recs, columns, cells


def coverage(links: list[Link], units: list[Unit]) -> list[CoverageRow]:
    accepted = [k for k in links if k.accepted and k.method != "reference"]
    used = {k.target_id for k in accepted}
    backed = {k.recommendation_id for k in accepted}
    rows = []
    for u in units:
        if u.kind == "problem" and u.unit_id not in used:
            rows.append(CoverageRow("unaddressed_problem", u.unit_id, u.kind, u.text))
        elif u.kind in REMARK_KINDS and u.unit_id not in used:
            rows.append(CoverageRow("unused_remark", u.unit_id, u.kind, u.text))
        elif u.kind == "recommendation" and u.unit_id not in backed:
            rows.append(CoverageRow("unsupported_recommendation", u.unit_id, u.kind, u.text))
    return rows


def is_target(kind: str) -> bool:
    return kind in PROBLEM_KINDS + REMARK_KINDS
