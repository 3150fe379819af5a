"""Experiment (not part of the pipeline): does the queue's probability model gain from features
besides the score?

The shipped queue (review/queue.py) takes P(true link) as logistic in score − threshold. Here the
logistic regression also sees, one set at a time: the target's group (remark or problem) and its
interaction with the score, the score relative to the group's best, rank 1 in the group, the
computed flag, log(rank). Each variant is fitted on all candidates (in-sample) and, cross-validated
over recommendations, on four folds' candidates and scored on the fifth's links, with the simulated
reviewer of `dtx-nlp evaluate` (30 decisions a batch). Figures: docs/review.md.

    dtx-nlp run corpus/spf_extended_deterrence_2025.txt --out outputs
    python benchmarks/queue_features.py outputs/spf_extended_deterrence_2025
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from dtx_nlp.evaluation.evaluate import LINK_GROUPS, gold_links, link_set
from dtx_nlp.evaluation.simulate import POINTS, effort, f1, reviewed_sets, simulate
from dtx_nlp.review import queue as Q
from dtx_nlp.review.decisions import links_with_decisions
from dtx_nlp.review.relink import load_document
from dtx_nlp.stages.links import group_of

VARIANTS = {"score (shipped)": ["s"], "+ remark": ["s", "rem"],
            "+ remark, × score": ["s", "rem", "s_rem"], "+ share of the group's best": ["s", "rel"],
            "+ rank 1": ["s", "top"], "+ computed flag": ["s", "acc"], "+ log(rank)": ["s", "lr"],
            "+ share of best, remark": ["s", "rel", "rem"],
            "+ score above the target's mean": ["s", "t_rel"]}


TARGET_MEAN: dict = {}  # a target's mean score over the recommendations that list it


def features(k, best, threshold):
    g = (k.recommendation_id, group_of(k.target_kind))
    f = {"s": k.score - threshold, "rem": float(group_of(k.target_kind) == "remark"),
         "lr": math.log(k.rank), "rel": k.score / best[g] if best[g] else 0.0,
         "top": float(k.rank == 1), "acc": float(k.accepted)}
    f["s_rem"] = f["s"] * f["rem"]
    f["t_rel"] = k.score - TARGET_MEAN.get(k.target_id, k.score)
    return f


def fitted_queue(shown, best, cfg, truth, names, recs=None):
    """A queue whose P(true) is a logistic regression on `names`, fitted on `shown` (of `recs`)."""
    rows = [k for k in shown if recs is None or k.recommendation_id in recs]
    x = np.array([[features(k, best, cfg.threshold)[n] for n in names] for k in rows])
    y = np.array([(k.recommendation_id, k.target_id) in truth for k in rows])
    model = LogisticRegression(C=100.0, max_iter=1000).fit(x, y)
    memo = {}

    def p(k):
        if k.decision in ("accept", "reject"):
            return 1.0 if k.decision == "accept" else 0.0
        key = (k.recommendation_id, k.target_id)
        if key not in memo:
            f = features(k, best, cfg.threshold)
            memo[key] = float(model.predict_proba(np.array([[f[n] for n in names]]))[0, 1])
        return memo[key]

    def order(links, _cfg, _neighbours=None, _units=None):
        shown_now = [k for k in links if k.method != "reference"]
        return Q.by_gain(shown_now, {id(k): p(k) for k in shown_now})
    return order


def main(folder: Path) -> None:
    gold = Path(__file__).resolve().parents[1] / "tests" / "gold"
    state = load_document(folder)
    units, candidates = state.analysis.units, state.analysis.candidates
    cfg = state.analysis.link_config
    base = links_with_decisions(candidates, units, [], cfg, [])
    shown = [k for k in base if Q.queued(k)]
    best: dict = {}
    for k in base:
        g = (k.recommendation_id, group_of(k.target_kind))
        best[g] = max(best.get(g, 0.0), k.score)
    by_target: dict = {}
    for k in base:
        by_target.setdefault(k.target_id, []).append(k.score)
    TARGET_MEAN.update({t: sum(v) / len(v) for t, v in by_target.items()})
    recs = sorted({k.recommendation_id for k in candidates})
    for reading in ("links.tsv", "links_second.tsv"):
        truth = link_set(gold_links(gold / reading), LINK_GROUPS)
        print(f"{reading}: in-sample @30/@60/@120/@180, to 0.85/0.90 | cross-validated @30…@180")
        for name, names in VARIANTS.items():
            queue = fitted_queue(shown, best, cfg, truth, names)
            e = effort(simulate(candidates, units, cfg, truth, queue))
            held = {n: [] for n in POINTS}
            for i in range(5):
                test = set(recs[i::5])
                queue = fitted_queue(shown, best, cfg, truth, names, set(recs) - test)
                sets = reviewed_sets(candidates, units, cfg, truth, queue, limit=max(POINTS))
                for n in POINTS:
                    s = sets[min(n, len(sets) - 1)]
                    held[n].append(f1({a for a in s if a[0] in test},
                                      {t for t in truth if t[0] in test}))
            inside = "/".join(f"{v:.3f}" for v in e["f1_at"].values())
            reach = "/".join(str(v) for v in e["decisions_to"].values())
            cv = "/".join(f"{np.mean(v):.3f}" for v in held.values())
            print(f"  {name:30s} {inside}, {reach} | {cv}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
