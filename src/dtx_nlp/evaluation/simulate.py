"""A simulated reviewer, for `dtx-nlp evaluate`: how many decisions it takes to get a good matrix.

The reviewer takes the next `batch` candidates of a queue (by default a review round,
`round_size` in `[links]`: `serve` and `dtx-nlp review` keep the queue's order for a round),
decides each from a gold standard (accept when the pair is a gold link, reject otherwise), the
links are recomputed with the decisions (the links stage only, as `relink` does), and so on
until the queue is empty. After every decision the F1 of the accepted links (explicit references
left out) against the gold is recorded. Only evaluation code calls this: the pipeline never sees
the gold.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable

from ..review.decisions import links_with_decisions, unit_hashes
from ..review.queue import by_distance, order, queued
from ..stages.links import group_of
from ..types import Link, Unit

POINTS = (30, 60, 120, 180)
TARGETS = (0.85, 0.90)

Order = Callable[..., list[Link]]  # (links, LinkConfig, neighbours, units) -> queued, first first


def top_first(links: list[Link], cfg, neighbours: dict | None = None,
              units: list | None = None) -> list[Link]:
    """Today's CLI habit: each list's best candidates first (rank 1 of every recommendation and
    group, then rank 2, …)."""
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.rank, k.recommendation_id, group_of(k.target_kind),
                                 k.target_id))


def without_feedback(links: list[Link], cfg, neighbours: dict | None = None,
                     units: list | None = None) -> list[Link]:
    """The queue as it would be with no learning from decisions (a reference)."""
    return order(links, cfg, None)


QUEUES: dict[str, Order] = {"top-first": top_first, "distance": by_distance,
                            "queue without feedback": without_feedback, "queue": order}


def review_round(cfg) -> int:
    """Decisions between two re-orderings of the queue: the config's `round_size` (0: 1)."""
    return getattr(cfg, "round_size", 0) or 1


def f1(accepted: set, truth: set) -> float:
    tp = len(accepted & truth)
    return 2 * tp / (len(accepted) + len(truth)) if accepted or truth else 1.0


def accepted_pairs(links: list[Link]) -> set[tuple[str, str]]:
    return {(k.recommendation_id, k.target_id) for k in links
            if k.accepted and k.method != "reference"}


def reviewed_sets(candidates: list[Link], units: list[Unit], cfg, truth: set[tuple[str, str]],
                  queue: Order, relink: Callable | None = None, batch: int | None = None,
                  limit: int | None = None,
                  neighbours: dict | None = None) -> list[set[tuple[str, str]]]:
    """The accepted links (explicit references left out) after 0, 1, 2, … decisions, until the
    queue is empty (or, with `limit`, no new batch once that many decisions are taken).

    `relink(candidates, units, rows, cfg)` recomputes the links from the decisions so far
    (default: review.links_with_decisions, i.e. no learning)."""
    relink = relink or (lambda c, u, rows, cf: links_with_decisions(c, u, rows, cf, [], "",
                                                                     neighbours))
    batch = batch or review_round(cfg)
    hashes = unit_hashes(units)
    rows: list[dict] = []
    links = relink(candidates, units, rows, cfg)
    accepted = accepted_pairs(links)
    sets = [set(accepted)]
    while (limit is None or len(rows) < limit) and (
            batch_links := queue(links, cfg, neighbours, units)[:batch]):
        for k in batch_links:
            key = (k.recommendation_id, k.target_id)
            decision = "accept" if key in truth else "reject"
            rows.append({"recommendation_id": key[0], "target_id": key[1], "decision": decision,
                         "recommendation_hash": hashes[key[0]], "target_hash": hashes[key[1]],
                         "note": ""})
            (accepted.add if decision == "accept" else accepted.discard)(key)
            sets.append(set(accepted))
        links = relink(candidates, units, rows, cfg)
        accepted = accepted_pairs(links)
    return sets


def simulate(candidates: list[Link], units: list[Unit], cfg, truth: set[tuple[str, str]],
             queue: Order, relink: Callable | None = None, batch: int | None = None,
             neighbours: dict | None = None) -> list[float]:
    """F1 of the accepted links after 0, 1, 2, … decisions, until the queue is empty."""
    return [f1(s, truth) for s in reviewed_sets(candidates, units, cfg, truth, queue, relink,
                                                  batch, neighbours=neighbours)]


# ---- the queue's calibration ---------------------------------------------------------------

def calibrate(candidates: list[Link], units: list[Unit], cfg, truth: set[tuple[str, str]],
              recommendations: set[str] | None = None) -> dict[str, float]:
    """`probability_slope` and `probability_at_threshold` for `[links]`: a logistic regression
    of gold membership on score − threshold over the shown, unreviewed candidates (of
    `recommendations` only, when given)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    shown = [k for k in links_with_decisions(candidates, units, [], cfg, [])
             if queued(k) and (recommendations is None or k.recommendation_id in recommendations)]
    x = np.array([[k.score - cfg.threshold] for k in shown])
    y = np.array([(k.recommendation_id, k.target_id) in truth for k in shown])
    model = LogisticRegression(C=100.0).fit(x, y)
    at = 1.0 / (1.0 + math.exp(-float(model.intercept_[0])))
    return {"probability_slope": round(float(model.coef_[0][0]), 2),
            "probability_at_threshold": round(at, 3)}


def cross_validated_queue(candidates: list[Link], units: list[Unit], cfg,
                          truth: set[tuple[str, str]], folds: int = 5) -> dict:
    """The calibrated queue against the uncalibrated one, cross-validated over recommendations:
    the calibration fitted on the other folds' candidates, the whole review simulated with it,
    F1 counted on the held-out fold's recommendations (mean over folds, at POINTS)."""
    recs = sorted({k.recommendation_id for k in candidates})
    held: dict[str, list[list[float]]] = {"queue": [], "distance": []}
    plain = reviewed_sets(candidates, units, cfg, truth, by_distance, limit=max(POINTS))
    chosen = []
    for n in range(folds):
        test = set(recs[n::folds])
        fitted = calibrate(candidates, units, cfg, truth, set(recs) - test)
        chosen.append(fitted)
        sets = reviewed_sets(candidates, units, replace(cfg, **fitted), truth, order,
                             limit=max(POINTS))
        for name, s in (("queue", sets), ("distance", plain)):
            held[name].append([_part_f1(s[min(p, len(s) - 1)], truth, test) for p in POINTS])
    return {"chosen": chosen, **{name: {str(p): round(sum(f[i] for f in fs) / folds, 3)
                                        for i, p in enumerate(POINTS)}
                                 for name, fs in held.items()}}


def _part_f1(accepted: set, truth: set, recs: set[str]) -> float:
    return f1({a for a in accepted if a[0] in recs}, {t for t in truth if t[0] in recs})


def effort(curve: list[float]) -> dict:
    """F1 after POINTS decisions and the decisions needed to reach each of TARGETS (None:
    never)."""
    at = {str(n): round(curve[min(n, len(curve) - 1)], 3) for n in POINTS}
    reach = {f"{t:.2f}": next((n for n, f in enumerate(curve) if f >= t - 1e-12), None)
             for t in TARGETS}
    return {"f1_at": at, "decisions_to": reach, "start": round(curve[0], 3),
            "end": round(curve[-1], 3), "decisions": len(curve) - 1}
