"""Other training labels and features for the learned glossary ranking (issue #16, stop 40).

Leave-one-report-out over the nine development reports, exactly as benchmarks/glossary_learned.py
measures its `gbm` variant (the shipped ranking): for every left-out report the feature groups and
iterations are chosen by an inner leave-one-report-out on the others, the model is refitted on them
all, and the left-out report's first rows are scored. Besides the key-term share, the noise in the
first rows is counted with the development reports' blind judgments (tests/**/gold/*.noise.tsv);
rows nobody judged are counted apart and can be written out for a blind judge (--unjudged).

Variants:
  key      the shipped labels: a row is positive when a key-term list names it
  terms    rows judged TERM positive too
  nw1      rows judged TERM but on no list left out of training
  nw3/nw6  … and rows judged NOISE (on no list) weighted 3 / 6
  tw0.5    rows judged TERM positive with weight 0.5
  prod     P(key) × (1 − P(noise)), the second model fitted on the judged rows
  head     key labels; feature groups may add Sudachi head features (the last part's part of
           speech, mode-C parts, how many candidates share the head or the first part)
  use      key labels; feature groups may add where the term is used (problems,
           recommendations, remarks: counts and shares)
  blend    the key model's ranking fused with the fused ranking (stop 38) by reciprocal rank

    PYTHONPATH=src python benchmarks/glossary_labels.py [VARIANT ...] [--unjudged FILE]
        [--as-fitted]  (rows captured as the shipped model saw them, before stop 41's settings)

Nothing here is shipped; the figures are in docs/glossary.md, "Stop 40".
"""

from __future__ import annotations

import argparse
import itertools
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import glossary_learned as gl

VARIANTS = ("key", "terms", "nw1", "nw3", "nw6", "tw0.5", "prod", "head", "use", "blend")
EXTRA_GROUP = {"head": "lex", "use": "where"}


def head_group(doc) -> np.ndarray:
    """Per row: mode-C parts, head is a サ変 noun, a suffix, not a noun; how many other
    candidates share its last and its first mode-A part (log)."""
    from sudachipy import SplitMode

    from dtx_nlp.stages.glossary import sudachi

    rows, parts = [], []
    for t in doc.terms:
        a = sudachi().tokenize(t.term, SplitMode.A)
        pos = a[-1].part_of_speech() if len(a) else ("",) * 6
        parts.append((a[0].surface() if len(a) else "", a[-1].surface() if len(a) else "",
                      len(a) > 1))
        rows.append([float(len(sudachi().tokenize(t.term, SplitMode.C))), float("サ変" in pos[2]),
                     float(pos[1] == "接尾"), float(pos[0] != "名詞")])
    heads = Counter(last for _, last, compound in parts if compound)
    firsts = Counter(first for first, _, compound in parts if compound)
    return np.array([r + [np.log1p(heads[last] - compound), np.log1p(firsts[first] - compound)]
                     for r, (first, last, compound) in zip(rows, parts)])


def use_group(doc) -> np.ndarray:
    """Per row: uses in problems, recommendations and remarks (log), and their shares."""
    return np.array([[np.log1p(t.in_problems), np.log1p(t.in_recommendations),
                      np.log1p(t.in_remarks),
                      (t.in_problems + t.in_recommendations) / max(t.frequency, 1),
                      t.in_remarks / max(t.frequency, 1)] for t in doc.terms], dtype=float)


def training_rows(doc, variant: str, said: np.ndarray, key: np.ndarray):
    """(rows kept, labels, weights) of one training report under a label variant."""
    keep, y, w = ~doc.demoted, key.copy(), np.ones(len(key))
    other_term = (said == "TERM") & (key == 0)
    if variant == "terms":
        y = np.where(said == "TERM", 1, y)
    elif variant.startswith("nw"):  # glossary_learned.py --labels nwK's weights
        w = gl.label_weights(doc, key, variant)
        keep = keep & (w > 0)
    elif variant.startswith("tw"):
        y = np.where(said == "TERM", 1, y)
        w = np.where(other_term, float(variant[2:]), 1.0)
    return keep, y, w


def fit(train, variant: str, fset, iterations: int, feats, keys, said):
    """A function scoring a report's rows, fitted on `train`."""
    if variant in ("prod", "blend"):
        key_model = fit(train, "key", fset, iterations, feats, keys, said)
        if variant == "blend":
            return lambda d: (1.0 / (gl.K + gl.ranks(key_model(d)))
                              + 1.0 / (gl.K + gl.ranks(gl.rrf_score(d))))
        noise_model = _fit_judged(train, fset, iterations, feats, said)
        return lambda d: key_model(d) * (1 - noise_model(d))
    labels = "key" if variant in EXTRA_GROUP else variant
    parts = [training_rows(d, labels, said[d.name], keys[d.name]) for d in train]
    x = np.concatenate([gl.matrix(feats[d.name], fset)[k] for d, (k, _, _) in zip(train, parts)])
    y = np.concatenate([yy[k] for k, yy, _ in parts])
    w = np.concatenate([ww[k] for k, _, ww in parts])
    for c in (0, 1):  # each class weighs half, as class_weight="balanced"
        w[y == c] *= len(y) / (2 * w[y == c].sum())
    model = gl.gbm(iterations).fit(x, y, sample_weight=w)
    return lambda d: model.predict_proba(gl.matrix(feats[d.name], fset))[:, 1]


def _fit_judged(train, fset, iterations: int, feats, said):
    """P(noise) from the judged clean rows of the training reports."""
    rows = [(~d.demoted) & (said[d.name] != "") for d in train]
    x = np.concatenate([gl.matrix(feats[d.name], fset)[k] for d, k in zip(train, rows)])
    y = np.concatenate([(said[d.name][k] == "NOISE").astype(int) for d, k in zip(train, rows)])
    model = gl.gbm(iterations, class_weight="balanced").fit(x, y)
    return lambda d: model.predict_proba(gl.matrix(feats[d.name], fset))[:, 1]


def choose(train, variant: str, feats, keys, said) -> tuple:
    """Feature groups and iterations by inner leave-one-report-out (key-term share)."""
    extra = EXTRA_GROUP.get(variant)
    fsets = gl.FEATURE_SETS + ((("pct", "shape", extra), ("pct", "raw", "shape", extra))
                               if extra else ())
    best, best_fig = None, -1.0
    for fset, p in itertools.product(fsets, gl.PARAMS["gbm"]):
        figs = [gl.mean_fig(gl.figures(inner, fit([d for d in train if d is not inner], variant,
                                                  fset, p, feats, keys, said)(inner), False))
                for inner in train]
        if sum(figs) / len(figs) > best_fig + 1e-12:
            best, best_fig = (fset, p), sum(figs) / len(figs)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--unjudged", type=Path, default=None,
                    help="append the first rows nobody judged (report, term, variant) here")
    ap.add_argument("--as-fitted", action="store_true",
                    help="rows captured as the shipped model saw them (glossary_learned.py)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    if args.as_fitted:
        gl.OVERRIDES.update(gl.AS_FITTED)
    # its own tag: the pickles glossary_learned.py writes as a script name its classes __main__
    docs = gl.cached_rows("labels-dev" + ("-as-fitted" if args.as_fitted else ""), gl.load)
    feats = {n: {**gl.features(d), "lex": head_group(d), "where": use_group(d)}
             for n, d in docs.items()}
    keys = {n: gl.labels(d) for n, d in docs.items()}
    said = {n: gl.judged(d) for n, d in docs.items()}
    names = list(docs)
    for variant in args.variants:
        share, noise, judged, unjudged = 0.0, 0, 0, []
        for name in names:
            train, d = [docs[m] for m in names if m != name], docs[name]
            fset, p = choose(train, variant, feats, keys, said)
            score = fit(train, variant, fset, p, feats, keys, said)(d)
            first = gl.order(d, score, False)[:d.top]
            found = gl.figures(d, score, False)
            share += gl.mean_fig(found) / len(names)
            noise += int((said[name][first] == "NOISE").sum())
            judged += int((said[name][first] != "").sum())
            unjudged += [(name, d.terms[i].term) for i in first if said[name][i] == ""]
            print(f"  {variant:6} {name:22} {'+'.join(fset)} p={p} "
                  + " ".join(f"{k}={v:.3f}" for k, v in found.items()), flush=True)
        print(f"{variant}: mean left-out key-term share {share:.3f}; noise {noise}/{judged} "
              f"({len(unjudged)} rows not judged)", flush=True)
        if args.unjudged:
            with args.unjudged.open("a", encoding="utf-8") as out:
                out.writelines(f"{n}\t{t}\t{variant}\n" for n, t in unjudged)


if __name__ == "__main__":
    main()
