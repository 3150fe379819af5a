"""A simulated reviewer, for `dtx-nlp evaluate`: how many decisions it takes to get a good matrix.

The reviewer takes the next `batch` candidates of a queue, decides each from a gold standard
(accept when the pair is a gold link, reject otherwise), the links are recomputed with the
decisions (the links stage only, as `relink` does), and so on until the queue is empty. After
every decision the F1 of the accepted links (explicit references left out) against the gold is
recorded. Only evaluation code calls this: the pipeline never sees the gold.
"""

from __future__ import annotations

from typing import Callable

from ..stages.links import group_of
from ..review.decisions import links_with_decisions, unit_hashes
from ..review.queue import order, queued
from ..types import Link, Unit

BATCH = 30
POINTS = (30, 60, 120, 180)
TARGETS = (0.85, 0.90)

Order = Callable[[list[Link], object], list[Link]]  # (links, LinkConfig) -> queued, first first


def top_first(links: list[Link], cfg) -> list[Link]:
    """Today's CLI habit: each list's best candidates first (rank 1 of every recommendation and
    group, then rank 2, …)."""
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.rank, k.recommendation_id, group_of(k.target_kind),
                                 k.target_id))


QUEUES: dict[str, Order] = {"top-first": top_first, "queue": order}


def f1(accepted: set, truth: set) -> float:
    tp = len(accepted & truth)
    return 2 * tp / (len(accepted) + len(truth)) if accepted or truth else 1.0


def accepted_pairs(links: list[Link]) -> set[tuple[str, str]]:
    return {(k.recommendation_id, k.target_id) for k in links
            if k.accepted and k.method != "reference"}


def simulate(candidates: list[Link], units: list[Unit], cfg, truth: set[tuple[str, str]],
             queue: Order, relink: Callable | None = None, batch: int = BATCH) -> list[float]:
    """F1 of the accepted links after 0, 1, 2, … decisions, until the queue is empty.

    `relink(candidates, units, rows, cfg)` recomputes the links from the decisions so far
    (default: review.links_with_decisions, i.e. no learning)."""
    relink = relink or (lambda c, u, rows, cf: links_with_decisions(c, u, rows, cf, []))
    hashes = unit_hashes(units)
    rows: list[dict] = []
    links = relink(candidates, units, rows, cfg)
    accepted = accepted_pairs(links)
    curve = [f1(accepted, truth)]
    while batch_links := queue(links, cfg)[:batch]:
        for k in batch_links:
            key = (k.recommendation_id, k.target_id)
            decision = "accept" if key in truth else "reject"
            rows.append({"recommendation_id": key[0], "target_id": key[1], "decision": decision,
                         "recommendation_hash": hashes[key[0]], "target_hash": hashes[key[1]],
                         "note": ""})
            (accepted.add if decision == "accept" else accepted.discard)(key)
            curve.append(f1(accepted, truth))
        links = relink(candidates, units, rows, cfg)
        accepted = accepted_pairs(links)
    return curve


def effort(curve: list[float]) -> dict:
    """F1 after POINTS decisions and the decisions needed to reach each of TARGETS (None:
    never)."""
    at = {str(n): round(curve[min(n, len(curve) - 1)], 3) for n in POINTS}
    reach = {f"{t:.2f}": next((n for n, f in enumerate(curve) if f >= t - 1e-12), None)
             for t in TARGETS}
    return {"f1_at": at, "decisions_to": reach, "start": round(curve[0], 3),
            "end": round(curve[-1], 3), "decisions": len(curve) - 1}
