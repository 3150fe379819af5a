"""Experiment (not part of the pipeline): does learning from review decisions beat the queue alone?

Relevance feedback in its safe form: the undecided candidates of a recommendation are re-scored
from its decided targets — score + β × (best TF-IDF cosine to an accepted target − best cosine
to a rejected one) — re-ranked, and accepted by the configured rule. The simulated reviewer of
`dtx-nlp evaluate` (simulate.py) is run for each β; β is then cross-validated over
recommendations (chosen on four folds' F1 at 30/60/120/180 decisions, scored on the fifth).

    dtx-nlp run corpus/spf_extended_deterrence_2025.txt --out outputs
    python benchmarks/review_learning.py outputs/spf_extended_deterrence_2025 tests/gold
    python benchmarks/review_learning.py outputs/spf_extended_deterrence_2025 tests/gold --both-sides

Target similarity: TF-IDF over the normalized content words of tokens.csv (an approximation of
the link stage's features, enough to see whether feedback helps). Figures: docs/review.md.
"""

from __future__ import annotations

import csv
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from dtx_nlp.evaluation.evaluate import LINK_GROUPS, gold_links, link_set
from dtx_nlp.evaluation.simulate import POINTS, effort, f1, reviewed_sets, simulate
from dtx_nlp.review.decisions import links_with_decisions
from dtx_nlp.review.queue import order
from dtx_nlp.review.relink import load_document
from dtx_nlp.stages.links import accept, group_of
from dtx_nlp.types import PROBLEM_KINDS, REMARK_KINDS

BETAS = (0.0, 0.1, 0.2, 0.3, 0.5)
CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")


def target_similarity(folder: Path, units) -> tuple[dict[str, int], np.ndarray]:
    words = defaultdict(list)
    with open(folder / "tokens.csv", encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["pos"] in CONTENT:
                words[row["unit_id"]].append(row["norm"])
    vec = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True)
    vec.fit([words[u.unit_id] for u in units])
    targets = [u.unit_id for u in units if u.kind in PROBLEM_KINDS + REMARK_KINDS]
    m = vec.transform([words[t] for t in targets])
    sim = (m @ m.T).toarray()
    np.fill_diagonal(sim, 0.0)
    return {t: i for i, t in enumerate(targets)}, sim


def feedback(index: dict[str, int], sim: np.ndarray, beta: float, both_sides: bool = False):
    """A relink function for simulate(): feedback re-scoring, then the decisions applied.
    With `both_sides`, a recommendation's candidates move only once it has an accepted and a
    rejected target (one side alone says little about the rest)."""

    def relink(candidates, units, rows, cfg):
        if beta == 0 or not rows:
            return links_with_decisions(candidates, units, rows, cfg, [])
        accepted, rejected = defaultdict(list), defaultdict(list)
        for r in rows:
            side = accepted if r["decision"] == "accept" else rejected
            side[r["recommendation_id"]].append(index[r["target_id"]])
        decided = {(r["recommendation_id"], r["target_id"]) for r in rows}
        groups, out = defaultdict(list), []
        for k in candidates:
            if k.method == "reference":
                out.append(k)
                continue
            if (k.recommendation_id, k.target_id) not in decided:
                i, a, j = index[k.target_id], accepted[k.recommendation_id], \
                    rejected[k.recommendation_id]
                shift = (sim[i, a].max() if a else 0.0) - (sim[i, j].max() if j else 0.0)
                if both_sides and not (a and j):
                    shift = 0.0
                k = dataclasses.replace(k, score=round(k.score + beta * shift, 4))
            groups[(k.recommendation_id, group_of(k.target_kind))].append(k)
        for ks in groups.values():
            ks.sort(key=lambda k: (-k.score, k.target_id))
            flags = accept([k.score for k in ks], cfg.threshold, cfg.relative,
                           cfg.min_per_recommendation)
            out += [dataclasses.replace(k, rank=n, accepted=ok)
                    for n, (k, ok) in enumerate(zip(ks, flags), start=1)]
        return links_with_decisions(out, units, rows, cfg, [])

    return relink


def snapshots(candidates, units, cfg, truth, relink) -> dict[int, set]:
    """The accepted set after each of POINTS decisions (the simulated reviewer's sets)."""
    sets = reviewed_sets(candidates, units, cfg, truth, order, relink, limit=max(POINTS))
    return {n: sets[n] for n in POINTS if n < len(sets)}


def main(folder: Path, gold_dir: Path, k: int = 5, both_sides: bool = False) -> None:
    state = load_document(folder)
    units, candidates = state.analysis.units, state.analysis.candidates
    cfg = state.analysis.link_config
    index, sim = target_similarity(folder, units)
    recs = sorted({c.recommendation_id for c in candidates})
    folds = [set(recs[i::k]) for i in range(k)]
    for reading in ("links.tsv", "links_second.tsv"):
        truth = link_set(gold_links(gold_dir / reading), LINK_GROUPS)
        for beta in BETAS:
            e = effort(simulate(candidates, units, cfg, truth, order, feedback(index, sim, beta, both_sides)))
            print(reading, f"β {beta}", e["f1_at"], e["decisions_to"])
        snaps = {b: snapshots(candidates, units, cfg, truth, feedback(index, sim, b, both_sides))
                 for b in BETAS}

        def part(pairs, on):
            return {p for p in pairs if p[0] in on}

        def fold_f1(beta, n, on):
            return f1(part(snaps[beta][n], on), part(truth, on))

        chosen, held, alone = [], defaultdict(list), defaultdict(list)
        for test in folds:
            train = set(recs) - test
            best = max(BETAS, key=lambda b: (sum(fold_f1(b, n, train) for n in POINTS), -b))
            chosen.append(best)
            for n in POINTS:
                held[n].append(fold_f1(best, n, test))
                alone[n].append(fold_f1(0.0, n, test))
        print(reading, "cross-validated: β chosen", chosen)
        for n in POINTS:
            print(f"  after {n}: learning {np.mean(held[n]):.3f}, queue alone "
                  f"{np.mean(alone[n]):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), both_sides="--both-sides" in sys.argv[3:])
