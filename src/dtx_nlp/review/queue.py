"""The review queue: which undecided candidate link an analyst should judge next.

A decision changes the matrix only when it overturns the computed flag, so the queue puts first
the candidates whose decision is expected to raise the matrix's F1 most:

  gain = P(the flag is wrong) × (the F1 change when that flag is put right)

P(true link) is logistic in the score: `probability_at_threshold` at the acceptance threshold,
rising with `probability_slope` per unit of score (`[links]` of the pipeline config, fitted by
`dtx-nlp evaluate --calibrate`, cross-validated over recommendations: docs/review.md). Decided
links count as certain. The F1 change comes from the expected matrix — expected true links among
the accepted ones, expected true links in all — so that accepting a missed link (recall) and
dropping a wrong one (precision) are weighed by what each is worth now (while F1 is below 1,
accepting a missed link is worth more than dropping a wrong one).

Decisions whose unit text changed since (`suspect`) come before everything: they need a fresh
look. Decided links and explicit references are not queued. Ties go to the better rank, then ids.
The order depends only on the current scores, decisions and config: the same inputs give the
same queue.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..types import Link


def queued(link: Link) -> bool:
    return link.method != "reference" and link.decision in ("", "suspect")


def probability(link: Link, cfg) -> float:
    """How likely `link` is a true link: 1 or 0 once decided, else logistic in its score."""
    if link.decision in ("accept", "reject"):
        return 1.0 if link.decision == "accept" else 0.0
    p0 = cfg.probability_at_threshold
    z = cfg.probability_slope * (link.score - cfg.threshold) + math.log(p0 / (1 - p0))
    return 1.0 / (1.0 + math.exp(-z))


def expected_gain(link: Link, p: float, counts: tuple[int, float, float]) -> float:
    """The expected F1 change of deciding `link` (probability `p` of being a true link):
    P(its flag is wrong) × the F1 change when that flag is put right, on the expected matrix
    given the flag is wrong. `counts`: accepted links, expected true links among them, expected
    true links in all (decided links counted as certain)."""
    accepted, tp, truth = counts
    if link.accepted:  # wrong: a false link, dropping it leaves the true ones
        tp, truth = tp - p, truth - p
        return (1 - p) * (_f1(tp, accepted - 1, truth) - _f1(tp, accepted, truth))
    truth = truth - p + 1  # wrong: a missed true link, accepting it adds one
    return p * (_f1(tp + 1, accepted + 1, truth) - _f1(tp, accepted, truth))


def _f1(tp: float, accepted: float, truth: float) -> float:
    return 2 * tp / (accepted + truth) if accepted + truth > 0 else 1.0


def feedback_shifts(links: list[Link], neighbours: dict | None, weight: float) -> dict:
    """How far the decisions on each recommendation move its undecided candidates (by id):
    weight × (cosine to the most alike accepted target − cosine to the most alike rejected one),
    the cosines from links.target_neighbours. Learning for the queue's order only."""
    if not neighbours or not weight:
        return {}
    accepted: dict[str, list[str]] = {}
    rejected: dict[str, list[str]] = {}
    for k in links:
        if k.decision in ("accept", "reject"):
            side = accepted if k.decision == "accept" else rejected
            side.setdefault(k.recommendation_id, []).append(k.target_id)
    out = {}
    for k in links:
        rec = k.recommendation_id
        if k.decision in ("accept", "reject") or rec not in accepted and rec not in rejected:
            continue
        near = neighbours.get(k.target_id, {})
        closest = [max((near.get(t, 0.0) for t in side.get(rec, [])),
                       default=0.0) for side in (accepted, rejected)]
        out[id(k)] = weight * (closest[0] - closest[1])
    return out


def structure_shifts(links: list[Link], units: list | None, cfg) -> dict:
    """How far the decisions move undecided candidates (by id) through the record's structure
    and the lists (`feedback_thread`, `feedback_topic`, `feedback_exhaust` of the LinkConfig; all
    0: nothing; without `units`, nothing either). Learning for the queue's order only."""
    if not units:
        return {}
    thread = getattr(cfg, "feedback_thread", 0.0)
    topic = getattr(cfg, "feedback_topic", 0.0)
    out = _thread_shifts(links, units, thread, topic) if thread or topic else {}
    for i, s in _exhaust_shifts(links, getattr(cfg, "feedback_exhaust", 0.0)).items():
        out[i] = out.get(i, 0.0) + s
    return out


def _thread_shifts(links: list[Link], units: list, thread: float, topic: float) -> dict:
    """+ thread for an undecided reply whose remark (or remark whose reply) was accepted for the
    same recommendation, − thread when rejected; + topic when another remark of its session
    topic was accepted for it."""
    partners: dict[str, set[str]] = {}
    topic_of = {u.unit_id: u.parent_id for u in units if u.kind == "remark" and u.parent_id}
    for u in units:
        if u.kind == "reply" and u.parent_id:
            partners.setdefault(u.unit_id, set()).add(u.parent_id)
            partners.setdefault(u.parent_id, set()).add(u.unit_id)
    decided = {(k.recommendation_id, k.target_id): k.decision for k in links
               if k.decision in ("accept", "reject")}
    accepted_topics = {(rec, topic_of[t]) for (rec, t), d in decided.items()
                       if d == "accept" and t in topic_of}
    out: dict[int, float] = {}
    for k in links:
        if k.decision in ("accept", "reject"):
            continue
        rec = k.recommendation_id
        seen = {decided.get((rec, p)) for p in partners.get(k.target_id, ())}
        s = thread if "accept" in seen else (-thread if "reject" in seen else 0.0)
        if (rec, topic_of.get(k.target_id)) in accepted_topics:  # k itself is undecided
            s += topic
        if s:
            out[id(k)] = s
    return out


def _exhaust_shifts(links: list[Link], exhaust: float) -> dict:
    """− exhaust for each rejected decision directly above an undecided candidate in its list
    (after the list's last accepted link above it)."""
    if not exhaust:
        return {}
    from ..stages.links import group_of

    groups: dict[tuple[str, str], list[Link]] = {}
    for k in links:
        groups.setdefault((k.recommendation_id, group_of(k.target_kind)), []).append(k)
    out: dict[int, float] = {}
    for members in groups.values():
        run = 0
        for k in sorted(members, key=lambda k: k.rank):
            if k.decision == "reject":
                run += 1
            elif k.accepted:
                run = 0
            elif run:
                out[id(k)] = -exhaust * run
    return out


def order(links: list[Link], cfg, neighbours: dict | None = None,
          units: list | None = None) -> list[Link]:
    """The queued links, first to review first (`cfg`: the LinkConfig; `neighbours`: the
    targets' likeness, through which the decisions so far move the undecided candidates;
    `units`: the document's units, through whose structure they move them too)."""
    shown = [k for k in links if k.method != "reference"]
    shift = feedback_shifts(shown, neighbours, getattr(cfg, "feedback", 0.0))
    for i, s in structure_shifts(shown, units, cfg).items():
        shift[i] = shift.get(i, 0.0) + s
    return by_gain(shown, {id(k): probability(replace(k, score=k.score + shift[id(k)])
                                              if id(k) in shift else k, cfg) for k in shown})


def by_gain(shown: list[Link], p: dict) -> list[Link]:
    """The queued links of `shown` (explicit references left out) by expected gain, given each
    one's P(true link) in `p` (by id): suspect decisions first, ties to the better rank, then
    ids. `order` gives `p` from the score; the benchmarks try other models through this."""
    counts = (sum(1 for k in shown if k.accepted), sum(p[id(k)] for k in shown if k.accepted),
              sum(p.values()))
    return sorted((k for k in shown if queued(k)),
                  key=lambda k: (k.decision != "suspect",
                                 -round(expected_gain(k, p[id(k)], counts), 9), k.rank,
                                 k.recommendation_id, k.target_id))


def by_distance(links: list[Link], cfg, neighbours: dict | None = None,
                units: list | None = None) -> list[Link]:
    """The uncalibrated queue (nearest the threshold first), kept as a reference for the
    simulated reviewer."""
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.decision != "suspect", round(abs(k.score - cfg.threshold), 6),
                                 k.rank, k.recommendation_id, k.target_id))


def assign_priorities(links: list[Link], cfg, neighbours: dict | None = None,
                      units: list | None = None, start: list[Link] | None = None) -> list[Link]:
    """`links` (same order) with `review_priority` set: 1… for queued links, None for others.
    `start`: the queue as it stood when the open review round began (decisions.split_round);
    its order is kept for the candidates still undecided, suspect decisions first."""
    queue = order(links, cfg, neighbours, units) if start is None else in_order_of(links, start)
    place = {(k.recommendation_id, k.target_id): n for n, k in enumerate(queue, start=1)}
    return [replace(k, review_priority=place.get((k.recommendation_id, k.target_id)))
            for k in links]


def in_order_of(links: list[Link], start: list[Link]) -> list[Link]:
    """The queued links of `links` in the order of `start` (an earlier queue), suspect decisions
    first; a queued link `start` lacks goes last, by rank."""
    at = {(k.recommendation_id, k.target_id): n for n, k in enumerate(start)}
    return sorted((k for k in links if queued(k)),
                  key=lambda k: (k.decision != "suspect",
                                 at.get((k.recommendation_id, k.target_id), len(at)), k.rank,
                                 k.recommendation_id, k.target_id))


def next_candidates(links: list[Link], n: int = 10) -> list[Link]:
    """The first `n` links of the queue (by `review_priority`)."""
    ranked = sorted((k for k in links if k.review_priority is not None),
                    key=lambda k: k.review_priority)
    return ranked[:max(0, n)]
