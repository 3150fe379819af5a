"""Experiment (stop 29): four kinds of evidence the stop-27 queue did not use, each added to its
order score (score + feedback hint, `feedback` = 0.3), the acceptance rule as configured (the
`product` variant is shipped since stop 31; the reference is the config with it off, OFF):

  target    a target decided for other recommendations: shift × (accepts − rejects) /
            (accepts + rejects + 1) of the same target elsewhere (`--reject-only`: − shift ×
            rejects / (rejects + 1)); no likeness of recommendations (stop 28 used one)
  thread    the record's structure: an undecided reply whose remark was accepted for the same
            recommendation (or a remark whose reply was), + shift; rejected, − shift
  exhaust   per recommendation and group, the run of rejected decisions directly above a
            candidate in rank order (after the last accepted link): − shift × run
  pool      a wider list (top `wide` instead of `top_n`) for a recommendation's group that has at
            most `few` accepted links once it has had at least 5 decisions
  topic     (siblings-only) another remark of the same session topic accepted for the
            recommendation: + shift; thread-siblings, thread+exhaust, structure: combinations
  product   thread 0.1 + topic + exhaust as src/ has it (review.queue.order with
            feedback_thread, feedback_topic, feedback_exhaust set in the LinkConfig)

Everything reads only scores, units and decisions (the simulated reviewer's rows), never the
gold. Same simulated reviewer (30 decisions a batch) and the same 5-fold cross-validation over
recommendations as queue_feedback.py (the value best on four folds' F1 summed at 30/60/120/180
decisions, scored on the fifth fold's links; value 0 = the stop-27 queue). Figures:
docs/review.md.

    python benchmarks/queue_29.py [--batch N] outputs/spf_extended_deterrence_2025 [variant ...]
    python benchmarks/queue_29.py --batches outputs/spf_extended_deterrence_2025
    python benchmarks/queue_29.py --reports ROOT   # ROOT/<set>/: dtx-nlp run tests/reports/<set>
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from queue_feedback import GOLD, READINGS, cross_validate

from dtx_nlp.evaluation.evaluate import LINK_GROUPS, gold_links, link_set
from dtx_nlp.evaluation.simulate import POINTS, effort, f1, reviewed_sets
from dtx_nlp.review import queue as Q
from dtx_nlp.review.decisions import apply_review
from dtx_nlp.stages.links import group_of, sort_links


def decided(k) -> bool:
    return k.decision in ("accept", "reject")


def target_hint(weight: float, reject_only: bool = False):
    def extra(links, units):
        acc, rej = defaultdict(set), defaultdict(set)
        for k in links:
            if decided(k):
                (acc if k.decision == "accept" else rej)[k.target_id].add(k.recommendation_id)
        out = {}
        for k in links:
            if decided(k):
                continue
            a = len(acc[k.target_id] - {k.recommendation_id})
            r = len(rej[k.target_id] - {k.recommendation_id})
            if a or r:
                out[id(k)] = (-weight * r / (r + 1) if reject_only
                              else weight * (a - r) / (a + r + 1))
        return out
    return extra


def thread_hint(weight: float, accept_only: bool = False, siblings: float = 0.0):
    """+ weight when the reply's remark (or the remark's reply) was accepted for the same
    recommendation, − weight when rejected (not with `accept_only`); with `siblings`, also
    + siblings × weight when a remark of the same session topic was accepted."""
    def extra(links, units):
        parent = {u.unit_id: u.parent_id for u in units if u.kind == "reply"}
        partners = defaultdict(set)
        for reply, remark in parent.items():
            if remark:
                partners[reply].add(remark)
                partners[remark].add(reply)
        state = {(k.recommendation_id, k.target_id): k.decision for k in links if decided(k)}
        topic_of = {u.unit_id: u.parent_id for u in units if u.kind == "remark"}
        topics = defaultdict(list)
        for uid, t in topic_of.items():
            topics[t].append(uid)
        out = {}
        for k in links:
            if decided(k):
                continue
            seen = [state.get((k.recommendation_id, p)) for p in partners.get(k.target_id, ())]
            s = weight if "accept" in seen else (
                -weight if "reject" in seen and not accept_only else 0.0)
            if siblings and not s and k.target_kind == "remark":
                topic = topic_of.get(k.target_id)
                if any(state.get((k.recommendation_id, t)) == "accept"
                       for t in topics.get(topic, ()) if t != k.target_id):
                    s = siblings * weight
            if s:
                out[id(k)] = s
        return out
    return extra


def exhaust_hint(weight: float):
    def extra(links, units):
        groups = defaultdict(list)
        for k in links:
            groups[(k.recommendation_id, group_of(k.target_kind))].append(k)
        out = {}
        for members in groups.values():
            members.sort(key=lambda k: k.rank)
            run = 0
            for k in members:
                if k.decision == "reject":
                    run += 1
                elif k.accepted:
                    run = 0
                elif run:
                    out[id(k)] = -weight * run
        return out
    return extra


def combined(*extras):
    def extra(links, units):
        out = defaultdict(float)
        for e in extras:
            for i, v in e(links, units).items():
                out[i] += v
        return dict(out)
    return extra


def hinted_order(extra):
    """The shipped queue (feedback as configured) with `extra(links, units)` shifts added."""
    def make(units):
        def order(links, cfg, neighbours=None, _units=None):
            items = [k for k in links if k.method != "reference"]
            shift = Q.feedback_shifts(items, neighbours, cfg.feedback)
            for i, s in (extra(items, units) if extra else {}).items():
                shift[i] = shift.get(i, 0.0) + s
            return Q.by_gain(items, {id(k): Q.probability(
                replace(k, score=k.score + shift[id(k)]) if id(k) in shift else k, cfg)
                for k in items})
        return order
    return make


def pool_relink(wide: int, few: int, after: int = 5):
    """links_with_decisions, but a group with ≤ `few` accepted links after ≥ `after` decisions
    shows its top `wide`."""
    def relink(candidates, units, rows, cfg):
        found = apply_review(candidates, units, rows, [], "")
        groups = defaultdict(lambda: [0, 0])
        for k in found:
            g = groups[(k.recommendation_id, group_of(k.target_kind))]
            g[0] += k.accepted and k.method != "reference"
            g[1] += decided(k)
        keep = [k for k in found if k.method == "reference" or k.accepted or k.decision
                or k.rank <= cfg.top_n
                or (k.rank <= wide and (g := groups[(k.recommendation_id,
                                                      group_of(k.target_kind))])[0] <= few
                    and g[1] >= after)]
        return sort_links(keep)
    return relink


SIB = (0.025, 0.05, 0.1, 0.2)
EXH = (0.0, 0.02, 0.05)


def _siblings(weight: float):
    """Only the session-topic hint: + weight when another remark of the same topic was accepted
    for the recommendation (and no reply/remark hint)."""
    inner = thread_hint(1.0, True, weight)
    sib = thread_hint(0.0 + 1e-12, True, 0.0)

    def extra(links, units):
        both, own = inner(links, units), sib(links, units)
        return {i: v for i, v in both.items() if i not in own}
    return extra


VARIANTS = {
    "target": [target_hint(w) for w in (0.05, 0.1, 0.2, 0.3)],
    "target-reject": [target_hint(w, True) for w in (0.05, 0.1, 0.2, 0.3)],
    "thread": [thread_hint(w) for w in (0.05, 0.1, 0.2, 0.3)],
    "exhaust": [exhaust_hint(w) for w in (0.01, 0.02, 0.03, 0.05)],
    "pool": [(30, 1), (30, 3), (40, 1), (40, 3), (60, 3), (40, 99)],
    "thread-accept": [thread_hint(w, True) for w in (0.05, 0.1, 0.2, 0.3)],
    "thread-siblings": [thread_hint(0.1, False, f) for f in (0.1, 0.25, 0.5, 1.0)],
    "thread+exhaust": [combined(thread_hint(0.1), exhaust_hint(w))
                       for w in (0.01, 0.02, 0.03, 0.05)],
    "siblings-only": [thread_hint(0.0, False, 1.0)] and [_siblings(w) for w in SIB],
    "structure": [combined(thread_hint(0.1), _siblings(w), exhaust_hint(e))
                  if e else combined(thread_hint(0.1), _siblings(w))
                  for w in SIB for e in EXH],
}
LABELS = {"target": (0.05, 0.1, 0.2, 0.3), "target-reject": (0.05, 0.1, 0.2, 0.3),
          "thread": (0.05, 0.1, 0.2, 0.3), "exhaust": (0.01, 0.02, 0.03, 0.05),
          "pool": ("30/1", "30/3", "40/1", "40/3", "60/3", "40/all"),
          "thread-accept": (0.05, 0.1, 0.2, 0.3),
          "thread-siblings": ("0.1, siblings 0.01", "0.025", "0.05", "0.1"),
          "thread+exhaust": ("0.1 + 0.01", "0.1 + 0.02", "0.1 + 0.03", "0.1 + 0.05"),
          "siblings-only": SIB,
          "structure": tuple(f"thread 0.1, siblings {w}, exhaust {e}" for w in SIB for e in EXH),
          "product": tuple(f"feedback_thread 0.1, feedback_topic {w}, feedback_exhaust {e}"
                           for w in SIB for e in EXH)}


BATCH = 30  # decisions between two re-orderings (`--batch N`)
PRODUCT = [dict(feedback_thread=0.1, feedback_topic=w, feedback_exhaust=e)
           for w in SIB for e in EXH]


OFF = dict(feedback_thread=0.0, feedback_topic=0.0, feedback_exhaust=0.0)  # the stop-27 queue


def run(a, truth, variant: str | None, index: int):
    """The accepted sets of one whole simulated review (index 0: the queue with the stop-27
    feedback only, the structure hints off, as shipped until stop 31)."""
    relink = None
    extra = None
    base = replace(a.link_config, **OFF)
    if variant == "product":  # the queue as src/ has it, its flags set (review.queue.order)
        cfg = replace(base, **PRODUCT[index - 1]) if index else base
        return reviewed_sets(a.candidates, a.units, cfg, truth, Q.order, batch=BATCH,
                             neighbours=a.neighbours)
    if variant and index:
        spec = VARIANTS[variant][index - 1]
        if variant == "pool":
            wide, few = spec
            base = pool_relink(wide, few)
            relink = lambda c, u, rows, cf: base(c, u, rows, cf)  # noqa: E731
        else:
            extra = spec
    return reviewed_sets(a.candidates, a.units, base, truth,
                         hinted_order(extra)(a.units), relink, batch=BATCH,
                         neighbours=a.neighbours)


def main(folder: Path, variants: list[str]) -> None:
    from dtx_nlp.review.relink import load_document

    a = load_document(folder).analysis
    recs = sorted({k.recommendation_id for k in a.candidates})
    for reading in READINGS:
        truth = link_set(gold_links(GOLD / reading), LINK_GROUPS)
        base = run(a, truth, None, 0)
        e = effort([f1(x, truth) for x in base])
        print(f"{reading} stop-27 queue (hints off): in-sample", e["f1_at"], e["decisions_to"],
              flush=True)
        for variant in variants:
            snaps = {0.0: {n: base[min(n, len(base) - 1)] for n in POINTS}}
            for i, label in enumerate(LABELS[variant], start=1):
                sets = run(a, truth, variant, i)
                e = effort([f1(x, truth) for x in sets])
                print(f"{reading} {variant} {label}: in-sample", e["f1_at"], e["decisions_to"],
                      flush=True)
                snaps[float(i)] = {n: sets[min(n, len(sets) - 1)] for n in POINTS}
            print(f"{reading} {variant} cross-validated (indices into {LABELS[variant]}): "
                  + cross_validate(snaps, truth, recs), flush=True)


CHOSEN = dict(feedback_thread=0.1, feedback_topic=0.1, feedback_exhaust=0.05)  # most folds'


def batches(folder: Path) -> None:
    """The queue with the hints off and CHOSEN deciding 1, 10 or 30 at a time."""
    from dtx_nlp.review.relink import load_document

    a = load_document(folder).analysis
    for reading in READINGS:
        truth = link_set(gold_links(GOLD / reading), LINK_GROUPS)
        for size in (1, 10, 30):
            for name, cfg in (("hints off", replace(a.link_config, **OFF)),
                              ("chosen", replace(a.link_config, **CHOSEN))):
                sets = reviewed_sets(a.candidates, a.units, cfg, truth, Q.order, batch=size,
                                     neighbours=a.neighbours)
                e = effort([f1(x, truth) for x in sets])
                print(f"{reading} batch {size} {name}:", e["f1_at"], e["decisions_to"],
                      flush=True)


def reports(root: Path) -> None:
    """Other authors' reports (each run with `dtx-nlp run tests/reports/<set> --out
    ROOT/<set>`): the queue with the hints off against CHOSEN, F1 after 30/60/120 decisions (mean) and
    decisions to F1 0.90 (summed over reports that reach it both ways)."""
    import statistics

    from dtx_nlp.evaluation.linked import read_gold, resolve
    from dtx_nlp.review.relink import _read_state, load_document

    rows = []
    for state_file in sorted(root.glob("*/*/link_state.json")):
        doc = Path(_read_state(state_file.parent)["path"])
        doc = doc if doc.is_absolute() else GOLD.parents[1] / doc
        gold_path = next((p for p in (doc.parent / "gold" / f"{doc.name}.links.tsv",
                                      doc.parent / "gold" / f"{doc.stem}.links.tsv")
                          if p.exists()), None)
        if gold_path is None:
            continue
        a = load_document(state_file.parent).analysis
        gold, _ = resolve(read_gold(gold_path), a.units, gold_path, strict=False)
        truth = link_set(gold, LINK_GROUPS)
        if not truth or not a.candidates:
            continue
        out = []
        for cfg in (replace(a.link_config, **OFF), replace(a.link_config, **CHOSEN)):
            sets = reviewed_sets(a.candidates, a.units, cfg, truth, Q.order,
                                 neighbours=a.neighbours)
            out.append([f1(x, truth) for x in sets])
        rows.append((f"{state_file.parent.parent.name}/{doc.name}", *out))
    print(f"{len(rows)} reports")
    for i, name in enumerate(("hints off", "chosen"), start=1):
        at = [statistics.mean(r[i][min(n, len(r[i]) - 1)] for r in rows) for n in (30, 60, 120)]
        print(name, "mean F1 @30/60/120:", " / ".join(f"{x:.3f}" for x in at))
    to = [(effort(r[1])["decisions_to"]["0.90"], effort(r[2])["decisions_to"]["0.90"])
          for r in rows]
    both = [(x, y) for x, y in to if x is not None and y is not None]
    print("to 0.90 summed over reports reaching it both ways:", sum(x for x, _ in both),
          "hints off,", sum(y for _, y in both), "chosen;", len(rows) - len(both),
          "reach it not both ways:", [(r[0], t) for r, t in zip(rows, to) if None in t])
    behind = [r[0] for r in rows if any(y < x - 1e-9 for x, y in zip(r[1], r[2]))]
    ahead = [r[0] for r in rows if any(y > x + 1e-9 for x, y in zip(r[1], r[2]))]
    print(f"chosen behind somewhere on {len(behind)}, ahead somewhere on {len(ahead)} reports")
    for r in rows:
        d = [round(y - x, 3) for x, y in zip(r[1], r[2])]
        if any(d):
            print(" ", r[0], "min diff", min(d), "max diff", max(d),
                  "to 0.90:", effort(r[1])["decisions_to"]["0.90"],
                  effort(r[2])["decisions_to"]["0.90"])


if __name__ == "__main__":
    if sys.argv[1] == "--batches":
        batches(Path(sys.argv[2]))
    elif sys.argv[1] == "--reports":
        reports(Path(sys.argv[2]))
    else:
        args = sys.argv[1:]
        if args[0] == "--batch":
            BATCH, args = int(args[1]), args[2:]
        main(Path(args[0]), args[1:] or [*VARIANTS, "product"])
