"""The review queue: which undecided candidate link an analyst should judge next.

A decision changes the matrix only when it overturns the computed flag, and the flag is least
certain where the score is nearest the acceptance line of its group. So the queue puts first
the candidates nearest their line (accepted links just above it, rejected ones just below it),
then the better-ranked, then by ids. Decisions whose unit text changed since (`suspect`) come
before everything: they need a fresh look. Decided links and explicit references are not queued.
The order depends only on the current scores and decisions: the same links give the same queue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .links import group_of
from .types import Link


def acceptance_line(rank: int, best: float, threshold: float, relative: float,
                    minimum: int) -> float:
    """The score a link of this rank must reach to be accepted (see links.accept): the best
    `minimum` of a group need half the threshold, the others the threshold and `relative` × the
    group's best score."""
    if rank <= minimum:
        return threshold * 0.5
    return max(threshold, relative * best)


def queued(link: Link) -> bool:
    return link.method != "reference" and link.decision in ("", "suspect")


def margins(links: list[Link], cfg) -> dict[tuple[str, str], float]:
    """How far each queued link's score is from its acceptance line (positive: accepted)."""
    best: dict[tuple[str, str], float] = defaultdict(float)
    for k in links:
        if k.method != "reference":
            key = (k.recommendation_id, group_of(k.target_kind))
            best[key] = max(best[key], k.score)
    return {(k.recommendation_id, k.target_id):
            k.score - acceptance_line(k.rank, best[(k.recommendation_id, group_of(k.target_kind))],
                                      cfg.threshold, cfg.relative, cfg.min_per_recommendation)
            for k in links if queued(k)}


def order(links: list[Link], cfg) -> list[Link]:
    """The queued links, first to review first."""
    margin = margins(links, cfg)
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.decision != "suspect",
                                 round(abs(margin[(k.recommendation_id, k.target_id)]), 6),
                                 k.rank, k.recommendation_id, k.target_id))


def assign_priorities(links: list[Link], cfg) -> list[Link]:
    """`links` (same order) with `review_priority` set: 1… for queued links, None for others."""
    place = {(k.recommendation_id, k.target_id): n
             for n, k in enumerate(order(links, cfg), start=1)}
    return [replace(k, review_priority=place.get((k.recommendation_id, k.target_id)))
            for k in links]


def next_candidates(links: list[Link], n: int = 10) -> list[Link]:
    """The first `n` links of the queue (by `review_priority`)."""
    ranked = sorted((k for k in links if k.review_priority is not None),
                    key=lambda k: k.review_priority)
    return ranked[:max(0, n)]
