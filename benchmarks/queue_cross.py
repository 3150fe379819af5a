"""Experiment (stop 28, not shipped): do decisions on one recommendation tell the queue about
the same target under other recommendations? Item-based collaborative filtering: a decision on
(A, T) moves the undecided (B, T) by cross × sim(A, B) (+ for accept, − for reject; the
strongest such hint), on top of the shipped feedback. sim: TF-IDF cosine of the two
recommendations' nouns (Sudachi mode C, IDF over all units), or with `--profile` the cosine of
their centred score profiles over all targets. Same simulation and cross-validation as
queue_feedback.py. Figures: docs/review.md.

    python benchmarks/queue_cross.py outputs/spf_extended_deterrence_2025 [--profile]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from queue_feedback import GOLD, READINGS, cross_validate

from dtx_nlp.evaluation.evaluate import LINK_GROUPS, gold_links, link_set
from dtx_nlp.evaluation.simulate import POINTS, effort, f1, reviewed_sets
from dtx_nlp.review import queue as Q
from dtx_nlp.review.relink import load_document

VALUES = (0.0, 0.1, 0.2, 0.3, 0.5)


def noun_vectors(analysis, recs: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sudachipy import dictionary, tokenizer

    tok, mode = dictionary.Dictionary().create(), tokenizer.Tokenizer.SplitMode.C

    def nouns(text: str) -> list[str]:
        return [m.normalized_form() for m in tok.tokenize(text, mode)
                if m.part_of_speech()[0] == "名詞"]

    text = {u.unit_id: u.text for u in analysis.units}
    vec = TfidfVectorizer(analyzer=lambda x: x).fit([nouns(u.text) for u in analysis.units])
    return vec.transform([nouns(text[r]) for r in recs]).toarray()


def profile_vectors(analysis, recs: list[str]) -> np.ndarray:
    targets = sorted({k.target_id for k in analysis.candidates})
    m = np.zeros((len(recs), len(targets)))
    for k in analysis.candidates:
        m[recs.index(k.recommendation_id), targets.index(k.target_id)] = k.score
    return m - m.mean(axis=0)


def cross_order(weight: float, sim: dict):
    """The shipped queue with the cross-recommendation hint added to the order score."""
    def order(links, cfg, neighbours=None, units=None):
        shown = [k for k in links if k.method != "reference"]
        shift = Q.feedback_shifts(shown, neighbours, cfg.feedback)
        decided: dict[str, list] = {}
        for k in shown:
            if k.decision in ("accept", "reject"):
                sign = 1 if k.decision == "accept" else -1
                decided.setdefault(k.target_id, []).append((k.recommendation_id, sign))
        for k in shown:
            hints = [s * sim[k.recommendation_id][r] for r, s in decided.get(k.target_id, [])
                     if r != k.recommendation_id]
            if weight and hints and k.decision not in ("accept", "reject"):
                shift[id(k)] = shift.get(id(k), 0.0) + weight * max(hints, key=abs)
        return Q.by_gain(shown, {id(k): Q.probability(replace(k, score=k.score
                                                              + shift.get(id(k), 0.0)), cfg)
                                 for k in shown})
    return order


def main(folder: Path, profile: bool) -> None:
    a = load_document(folder).analysis
    recs = sorted({k.recommendation_id for k in a.candidates})
    v = (profile_vectors if profile else noun_vectors)(a, recs)
    v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-12)
    s = v @ v.T
    sim = {r: {q: float(s[i, j]) for j, q in enumerate(recs)} for i, r in enumerate(recs)}
    for reading in READINGS:
        truth = link_set(gold_links(GOLD / reading), LINK_GROUPS)
        snaps = {}
        for value in VALUES:
            sets = reviewed_sets(a.candidates, a.units, a.link_config, truth,
                                 cross_order(value, sim), neighbours=a.neighbours)
            e = effort([f1(x, truth) for x in sets])
            print(f"{reading} cross {value}: in-sample", e["f1_at"], e["decisions_to"])
            snaps[value] = {n: sets[min(n, len(sets) - 1)] for n in POINTS}
        print(f"{reading} cross-validated: " + cross_validate(snaps, truth, recs))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--profile" in sys.argv[2:])
