"""The review queue: which undecided candidate link an analyst should judge next.

A decision changes the matrix only when it overturns the computed flag, and the flag is least
certain where the score is nearest the acceptance threshold. So the queue puts first the
candidates whose score is nearest the threshold (accepted links just above it, rejected ones
just below it), then the better-ranked, then by ids. Decisions whose unit text changed since
(`suspect`) come before everything: they need a fresh look. Decided links and explicit
references are not queued. The order depends only on the current scores and decisions: the same
links give the same queue.

The distance is taken from the threshold itself, also for a group's best link (which the rule
accepts from half the threshold, so that no recommendation is left without a link): that
fallback says nothing about how sure the link is. Measured with the simulated reviewer of
`dtx-nlp evaluate` (docs/review.md): against the full acceptance line the best links went last
and their errors were found late.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Link


def queued(link: Link) -> bool:
    return link.method != "reference" and link.decision in ("", "suspect")


def order(links: list[Link], cfg) -> list[Link]:
    """The queued links, first to review first (`cfg`: the LinkConfig, for its threshold)."""
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.decision != "suspect", round(abs(k.score - cfg.threshold), 6),
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
