"""Does a change to how the text is read cost the glossary ranking? (stop 77)

A reading change (a `[glossary]` setting such as `japanese_acronyms`) changes the rows of some
reports. Scoring them with the shipped trees on the reports those trees were fitted on is biased
against any change: there, removing rows nobody ranks first costs about 11 key terms
(docs/glossary.md, "Stop 77"). This script measures a change as the shipped trees meet a new
report instead. It fits the trees of one grouped 5-fold cross-validation on the rows read the
base way (F's command: the groups of feature, the trees and the labels below), and scores each
report with the fold trees that did not see it, from its rows read both ways.

It counts key terms and judged noise in the first rows over the reports whose rows differ (a row
gained or lost, or one whose kind, expansion, English, definition, aliases, frequency or noise
class listed last change: a setting that lists a class last, or no longer, is measured too).
Beside it, each of N placebo draws removes as many rows from outside each such report's first
rows, and the same fold trees score what is left: how much a change of that size to rows nobody
ranks first moves the count.

    PYTHONPATH=src python benchmarks/reading_change.py --pool $(cat FOLDERS) --fold-seed 1 \\
        --candidate japanese_acronyms=true --candidate whole_word_glosses=true \\
        [--base KEY=VALUE ...] [--placebo 20] [--rankings DIR]

--base changes the settings of the rows the trees are fitted on (default: the shipped config);
--candidate changes them further for the rows compared. With --rankings, DIR/base.json and
DIR/candidate.json hold every report's first rows both ways, for `fresh_set.py batches
--unjudged --differences` (judge the rows that tell them apart), `merge` and `count`.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
import warnings
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import glossary_cv
import glossary_learned as gl

# F's command (the shipped trees since stop 71): --grid deeper5 --labels nw2
# --label-judgments 6b7003c --no-early-stopping
COMBO = (("pct", "raw", "shape", "parts", "meaning", "genre"), (1200, 5))
LABELS, LABEL_JUDGMENTS = "nw2", "6b7003c"
Doc = gl.Doc  # the cached rows were pickled by glossary_learned.py run as __main__


def settings(pairs: list[str]) -> dict[str, object]:
    """KEY=VALUE pairs (VALUE a TOML true/false, number or string: true, 3.5, "x") of
    `[glossary]` settings."""
    from dtx_nlp.config import GlossaryConfig

    known = {f.name for f in fields(GlossaryConfig)}
    out = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key not in known or not value:
            raise SystemExit(f"{pair}: not KEY=VALUE with KEY a [glossary] setting")
        out[key] = tomllib.loads(f"v = {value}")["v"]
        if not isinstance(out[key], (bool, int, float, str)):
            raise SystemExit(f"{pair}: only a true/false, number or string setting")
    return out


def rows(folders: tuple[str, ...], given: dict[str, object]) -> dict[str, gl.Doc]:
    """Every report's rows (development and --pool folders) read with these settings."""
    glossary_cv.SETTINGS = given
    docs = gl.cached_rows("dev", gl.load)
    held = gl.cached_rows(gl.pool_tag(folders), lambda: gl.load(heldout=folders))
    return {n: gl.weigh(d) for n, d in {**docs, **held}.items()}


def fold_trees(folders: tuple[str, ...], base: dict[str, object], seed: int) -> tuple:
    """(the base rows as fitted, the genre table, report → its base rows' scores by the fold
    trees that did not see it, report → those trees)."""
    gl.LABEL_JUDGMENTS, gl.EARLY_STOPPING = LABEL_JUDGMENTS, False
    glossary_cv.SETTINGS = base
    docs, feats, ys = gl.cached_rows("dev", gl.load), {}, {}
    gl.add_rows(docs, LABELS, feats, ys)
    _, pool, genre, groups = gl.pool_setup(folders, LABELS, docs, feats, ys, gl.cached_rows)
    trees = {}
    for fold, m in gl.fold_fits(pool, feats, ys, COMBO, gl.folds_of(groups, 5, seed)):
        trees.update({n: m for n in pool if gl.group_of(n) in fold})
    return pool, genre, {n: trees[n].score(d, feats) for n, d in pool.items()}, trees


def differing(old: gl.Doc, new: gl.Doc) -> int:
    """How many rows differ between two readings of one report (gained, lost or changed; since
    stop 78 a row listed last as another noise class, or no longer listed last, is changed)."""
    def facts(doc):
        return {t.term: (t.kind, t.expansion, t.english, t.definition, t.aliases, t.frequency,
                         t.demoted) for t in doc.terms}

    a, b = facts(old), facts(new)
    return sum(a.get(k) != b.get(k) for k in set(a) | set(b))


def without(doc: gl.Doc, drop: set[int]) -> gl.Doc:
    keep = np.array([i not in drop for i in range(len(doc.terms))])
    return replace(doc, terms=[t for t, k in zip(doc.terms, keep) if k],
                   values={s: v[keep] for s, v in doc.values.items()},
                   demoted=doc.demoted[keep], freq=doc.freq[keep],
                   text=[t for t, k in zip(doc.text, keep) if k])


class Scorer:
    """A report's rows, as read another way, scored by the fold trees that did not see it."""

    def __init__(self, pool, genre, trees):
        self.genre, self.trees = genre, trees
        self.own = {n: gl.own_vocabulary(n, d) for n, d in pool.items()}

    def __call__(self, name: str, doc: gl.Doc) -> np.ndarray:
        groups = gl.features(doc)
        groups["genre"] = self.genre.features(doc.text, self.own[name])
        return self.trees[name].score(doc, {doc.name: groups})


def counts(doc: gl.Doc, scores: np.ndarray) -> tuple[int, int, int]:
    """(key terms, judged noise, rows not judged) in the first rows."""
    noise, _, unjudged = gl.pool_noise(doc, scores)
    return gl.pool_found(doc, scores)[0], noise, unjudged


def placebo(score: Scorer, doc: gl.Doc, scores: np.ndarray, k: int, draws: int,
            index: int) -> list[tuple]:
    """Each draw's change in (key terms, judged noise, rows not judged) when k rows from outside
    the report's first rows (under its base `scores`) are removed."""
    before = counts(doc, scores)
    outside = gl.pool_indices(doc, scores)[doc.top:]
    out = []
    for seed in range(draws):
        rng = np.random.default_rng([seed, index])
        drop = set(rng.choice(outside, size=min(k, len(outside)), replace=False).tolist())
        left = without(doc, drop)
        after = counts(left, score(doc.name, left))
        out.append((after[0] - before[0], after[1] - before[1], after[2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool", nargs="+", required=True, help="the held-out folders fitted on")
    ap.add_argument("--fold-seed", type=int, default=0, help="the deal of the groups")
    ap.add_argument("--base", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--candidate", action="append", required=True, metavar="KEY=VALUE")
    ap.add_argument("--placebo", type=int, default=20, metavar="N")
    ap.add_argument("--rankings", type=Path, default=None, metavar="DIR")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    folders, base = tuple(args.pool), settings(args.base)
    candidate = rows(folders, {**base, **settings(args.candidate)})
    pool, genre, scores, trees = fold_trees(folders, base, args.fold_seed)
    score = Scorer(pool, genre, trees)
    read = {n: score(n, d) for n, d in candidate.items()}
    totals, draws = np.zeros((2, 3), dtype=int), np.zeros((args.placebo, 3), dtype=int)
    changed = {}
    for index, name in enumerate(sorted(pool)):
        k = differing(pool[name], candidate[name])
        if not k:
            continue
        changed[name] = k
        totals += [counts(pool[name], scores[name]), counts(candidate[name], read[name])]
        draws += np.array(placebo(score, pool[name], scores[name], k, args.placebo, index))
    print(f"fold seed {args.fold_seed}: {len(changed)} reports whose rows differ "
          f"({sum(changed.values())} rows)")
    for label, (found, noise, unjudged) in zip(("base", "candidate"), totals):
        print(f"  {label:10} key terms {found}, judged noise {noise} ({unjudged} rows not judged)")
    key, noise = sorted(draws[:, 0].tolist()), sorted(draws[:, 1].tolist())
    print(f"  candidate - base: key terms {totals[1][0] - totals[0][0]:+d}, judged noise "
          f"{totals[1][1] - totals[0][1]:+d}")
    print(f"  placebo ({args.placebo} draws): key terms {key} (mean {np.mean(key):+.1f}); noise "
          f"{noise} (mean {np.mean(noise):+.1f}); rows not judged {draws[:, 2].tolist()}")
    if args.rankings:
        gl._write_rankings(args.rankings / "base.json", pool, scores)
        gl._write_rankings(args.rankings / "candidate.json", candidate, read)


if __name__ == "__main__":
    main()
