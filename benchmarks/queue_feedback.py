"""Experiment: does the queue's learning from decisions (`feedback` in [links]) beat the queue
without it, cross-validated over recommendations?

The learning moves only the queue's order (never a link's flag): an undecided candidate's score
is taken as score + feedback × (cosine to the most alike accepted target of its recommendation −
cosine to the most alike rejected one), cosines from links.target_neighbours. The simulated
reviewer of `dtx-nlp evaluate` (30 decisions a batch) runs the whole review with each value; for
each of 5 folds of recommendations the value best on the other four folds' F1 (summed at 30, 60,
120 and 180 decisions) is chosen and scored on the fold's own links. Figures: docs/review.md.

    dtx-nlp run corpus/spf_extended_deterrence_2025.txt --out outputs
    python benchmarks/queue_feedback.py outputs/spf_extended_deterrence_2025
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
from pathlib import Path

from dtx_nlp.evaluation.evaluate import LINK_GROUPS, gold_links, link_set
from dtx_nlp.evaluation.simulate import POINTS, effort, f1, order, reviewed_sets
from dtx_nlp.review.relink import load_document

VALUES = (0.0, 0.1, 0.2, 0.3, 0.5)
GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
READINGS = ("links.tsv", "links_second.tsv")


def cross_validate(snaps: dict, truth: set, recs: list[str], folds: int = 5) -> str:
    """`snaps[value][n]`: the accepted set after n decisions with that value. For each fold of
    recommendations, the value best on the other folds (F1 summed over POINTS) is scored on the
    fold; the mean held-out F1 at POINTS beside the value 0's."""
    def fold_f1(value, n, on):
        return f1({x for x in snaps[value][n] if x[0] in on}, {t for t in truth if t[0] in on})

    chosen, held, alone = [], {n: [] for n in POINTS}, {n: [] for n in POINTS}
    for i in range(folds):
        test = set(recs[i::folds])
        train = set(recs) - test
        best = max(snaps, key=lambda v: (sum(fold_f1(v, n, train) for n in POINTS), -v))
        chosen.append(best)
        for n in POINTS:
            held[n].append(fold_f1(best, n, test))
            alone[n].append(fold_f1(0.0, n, test))
    return (f"chosen {chosen}; learning "
            + " / ".join(f"{statistics.mean(held[n]):.3f}" for n in POINTS) + "; without "
            + " / ".join(f"{statistics.mean(alone[n]):.3f}" for n in POINTS))


def main(folder: Path) -> None:
    a = load_document(folder).analysis
    recs = sorted({k.recommendation_id for k in a.candidates})
    for reading in READINGS:
        truth = link_set(gold_links(GOLD / reading), LINK_GROUPS)
        snaps = {}
        for value in VALUES:
            cfg = dataclasses.replace(a.link_config, feedback=value)
            sets = reviewed_sets(a.candidates, a.units, cfg, truth, order,
                                 neighbours=a.neighbours)
            e = effort([f1(s, truth) for s in sets])
            print(f"{reading} feedback {value}: in-sample", e["f1_at"], e["decisions_to"])
            snaps[value] = {n: sets[min(n, len(sets) - 1)] for n in POINTS}
        print(f"{reading} cross-validated: " + cross_validate(snaps, truth, recs))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
