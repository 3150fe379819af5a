"""Does a learned fusion of the glossary's signals beat reciprocal-rank fusion? (issue #16)

Leave-one-report-out (LORO) cross-validation over the development reports of
benchmarks/glossary_cv.py (four until stop 38, nine since: the corpus report, figure = mean of its
two lists in the first 200 rows; the short field reports, first 50 rows; the long ones, first
200). For every left-out report, everything a variant chooses (signal weights, model
hyperparameters) is chosen on the other reports only; learned models choose their
hyperparameters by an inner leave-one-report-out over those and are then refitted on them all.
The left-out report's rows are ranked by the variant and scored with key_term_share. Since
stop 39 the `gbm` variant is the pipeline's default ranking (`--save` writes its model).

Per candidate row the pipeline's own quantities are kept (captured from build_glossary's call to
the fusion, so the ranking code is not copied): the seven signal values (structure = FLR,
specificity, marking, naming, acronyms, cvalue, spread), their within-document percentile ranks,
and plain shape features (used once, characters, kanji / katakana / Latin share, Sudachi mode-A
parts, acronym / entity). Noise demotion is kept as shipped: demoted rows stay below every clean
row, whatever the variant. Nothing here names a term; labels come only from the gold lists.

Variants:
  rrf          the fusion shipped until stop 38 (six signals, k = 60), recomputed from the values
               (checked against build_glossary's own ranking)
  wrrf         RRF with per-signal weights from {0, 0.5, 1, 2}^6, chosen on the training reports
  once-S       RRF where single-use rows are fused over fewer signals (the use signals in S left
               out, the rest rescaled to the same number of signals); S chosen on the training
               reports among the subsets of {structure, cvalue, spread}
  lr           LogisticRegression(class_weight='balanced') on standardised features; C and the
               feature set chosen by inner LORO
  pair         pairwise logistic ranking (differences of a key row and a non-key row of the same
               report); C and feature set by inner LORO
  gbm          HistGradientBoostingClassifier, depth 2, strong regularisation, class_weight
               'balanced'; iterations and feature set by inner LORO

    PYTHONPATH=src python benchmarks/glossary_learned.py            # development reports only
    PYTHONPATH=src python benchmarks/glossary_learned.py --heldout [FOLDER ...]  # once, at the end

--labels nwK (stop 40) trains the learned variants on the noise judgments too: rows judged terms but
on no key-term list are left out, rows judged noise weigh K (measured, not shipped).

--pool FOLDER ... (stop 42) adds the reports of those held-out folders to the development ones:
leave-one-group-out (each folder one group, each development report one) over a grid of trees
(POOL_GRIDS) and feature groups (POOL_FEATURES: since stop 43 with and without `parts`), the
shipped model scored beside; with --save it fits the setting chosen on every group on them all.
The model shipped since stop 71 (`parts`, `meaning` and `genre`, labels nw2, 1200 trees of
depth 5, fitted on 305 reports with early stopping off; `genre`'s table counts the 304 of them
other than the corpus report, see add_genre) is

    PYTHONPATH=src python benchmarks/glossary_learned.py --grid deeper5 \
        --features pct+raw+shape+parts+meaning+genre --labels nw2 \
        --label-judgments 6b7003c --no-early-stopping \
        --save src/dtx_nlp/pipelines/models/glossary_ranker.json --fit-only --pool heldout \
        heldout_terms heldout_long heldout_long2 heldout_terms2 ... heldout_long49 heldout_terms49

(the 99 folders of sets 1-49, in HELD_OUT_FOLDERS' order; the rows as the code captures them at
6b7003c; --fit-only skips the leave-one-group-out report; add --without corpus for
tests/gold/glossary_ranker_without_corpus.json). Stop 70's second-round model
(glossary_ranker_stop70e.json, E) is the same command with --label-judgments 69e9501 and the 71
folders of sets 1-35 (fitted on stop 70's machine; refitted on stop 71's from the same rows it
differs in the last digits of some leaves and in some splits). Measured and not shipped: with
`rates` (stop 67, second round), --features pct+raw+shape+parts+meaning+genre+rates; with this
project's own noise classes weighed by the trees (stop 68), --features
pct+raw+shape+parts+meaning+genre+noise --weigh-noise; with monotonic constraints on the termhood
signals (stop 69), the shipped command with --monotone. Stop 70's first model
(glossary_ranker_stop70.json, 800 trees of depth 4) is the shipped command with --grid deeper; stop
67's (glossary_ranker_stop67.json) is that without --no-early-stopping (seed 0). Stop 50's model
(glossary_ranker_stop50.json) is the same command with --features pct+raw+shape+parts+meaning, the
rows as captured at 73495ba. Stop 49's model (glossary_ranker_stop49.json) is the same command
without --fit-only, with --label-judgments 7c15b05 and the 59 folders of sets 1-29 (the rows as the
code captured them at stop 48, named_acronyms on: set `named_expansions = false` in
pipelines/default.toml, on since stop 49, to rebuild it). Stop 48's model
(glossary_ranker_stop48.json, 400 trees of depth 3 on the same reports) is the same command with
--grid shipped. Stop 47's model (glossary_ranker_stop47.json, fitted on 173 reports) is the same
command with --grid shipped, --label-judgments 87eb6f7, the 55 folders of sets 1-27 and
`named_acronyms = false` (and named_expansions) in default.toml (the rows as captured before stop
48). Stop 44's model (glossary_ranker_stop44.json, fitted on 59 reports) is

    PYTHONPATH=src python benchmarks/glossary_learned.py --grid shipped \
        --features pct+raw+shape+parts+meaning --labels nw2 --label-judgments 0459c4d --save \
        src/dtx_nlp/pipelines/models/glossary_ranker_stop44.json --before-scope-words \
        --before-sudachi-names --pool heldout \
        heldout_terms heldout_long heldout_long2 heldout_terms2 ... heldout_long8 heldout_terms8

(--label-judgments: the nw2 labels read the noise judgments as committed at 0459c4d, so later
judgments do not change the fit; --before-scope-words: the rows as captured before stop 45 added
words of scope to trim_suffixes, as every model up to stop 44's was fitted;
--before-sudachi-names: the rows as captured before stop 46 asked GiNZA and Sudachi to agree
on a person's name (glossary.person_names, termrank.is_person_with_title); --pool: the
seventeen folders of sets 1-8, in HELD_OUT_FOLDERS' order). Add --without corpus for
tests/gold/glossary_ranker_without_corpus.json. Stop 43's model (glossary_ranker_nw2.json) is
the same command with --features pct+raw+shape+parts and --label-judgments 1ee5e36 (byte for
byte but for its `about` text, which then names the commit); without --labels nw2 that command
rebuilds glossary_ranker_parts.json (stop 43's first round). With --as-fitted, --pool ...
--save rebuilds stop 42's model (glossary_ranker_stop42.json: rows before measured_amounts, no
`parts`); without --pool, --as-fitted --save rebuilds stop 39's (glossary_ranker_dev9.json),
fitted on the nine development reports. --unjudged FILE writes the first rows of the
cross-validated rankings that no judge has labelled, to be judged blind before noise is
compared (stop 43).

A rule's figures (stop 72; until then scripts in /tmp each stop): `--pool FOLDER... --score
MODEL... [--rankings DIR]` ranks the folders' reports by each model file as the pipeline does,
nothing fitted, and prints key terms and judged noise in the first rows per folder and by
length; DIR/<model>.json are the first rows for `fresh_set.py batches --unjudged`, `merge
--append` and `count`. The bundled report's bound: the shipped command (or a candidate's) with
`--ten-fit 10` instead of --save fits ten times on random 80 % of the other reports.

--heldout trains each variant's final choice on all the development reports (four until stop 38,
nine since stop 39) and measures the held-out folders (first 200 rows of long reports, 50 of the
others; key terms found and judged noise, pooled per folder); nothing is chosen from that run.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import pickle
import sys
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import glossary_cv
from glossary_cv import ROOT, analysed

SIGNALS = ("structure", "specificity", "marking", "naming", "cvalue", "spread")
ALL_SIGNALS = SIGNALS[:4] + ("acronyms",) + SIGNALS[4:]
USE = ("structure", "cvalue", "spread")
K = 60.0
CACHE = Path("/tmp/dtx-glossary-learned")


# ---- data ----------------------------------------------------------------------------------

@dataclass
class Doc:
    name: str
    top: int
    golds: dict[str, list[list[str]]]
    terms: list  # the Terms of build_glossary (all seven signals captured), in its order
    values: dict[str, np.ndarray]  # signal → value per row (row order = terms)
    demoted: np.ndarray  # bool
    freq: np.ndarray
    text: list[str]
    shipped: dict[str, float]  # build_glossary's own figure per list (shipped config)
    document: str = ""  # the normalized text the `variants` group reads (glossary.document_text)


# The settings added since the shipped model's rows were captured (stop 39), as they were then;
# --as-fitted captures the rows so again, and --save then rebuilds the shipped model byte for byte
AS_FITTED = {"word_numerals": False, "spaced_codes": False, "era_names": frozenset(),
             "date_counters": frozenset(), "kanji_lists_last": False, "measured_amounts": False}
# The same for the model shipped since stop 42 (--pool --as-fitted): its rows were captured
# before measured_amounts was turned on
POOL_AS_FITTED = {"measured_amounts": False}
# The shipped trees (stop 44's M) were fitted on rows captured before stop 45 trimmed words of
# scope from a candidate's end (--before-scope-words captures them so again)
BEFORE_SCOPE_WORDS = {"trim_suffixes": frozenset(("等", "間", "側", "下", "後", "時", "内", "上",
                                                  "中"))}
OVERRIDES: dict[str, object] = {}


def person_with_title_before_stop46(text: str, persons=frozenset()) -> bool:
    """"Person with title" as the shipped trees were fitted (--before-sudachi-names): any GiNZA
    PERSON mention inside the row, or a row opening with a Sudachi person-name morpheme (a
    surname, a given name after a surname, a name not glued to more katakana). Stop 46 (P and
    Q) asks both parsers to agree instead."""
    from dtx_nlp.stages.termrank import _morphemes
    from dtx_nlp.textnorm import is_katakana

    if any(p in text and p != text for p in persons):
        return True
    morphs = _morphemes(text)
    if len(morphs) < 2 or morphs[0][1][2] != "人名":
        return False
    surface, pos = morphs[0]
    if pos[3] == "名":
        return False
    return pos[3] == "姓" or not (is_katakana(surface) and is_katakana(morphs[1][0]))


def _capture(cfg, item):
    """build_glossary with every signal computed; the signal values as the fusion receives them."""
    from dtx_nlp.evaluation.evaluate import key_term_share
    from dtx_nlp.stages import glossary as g

    parsed, analysis, golds, top = item
    fused = replace(cfg.glossary, ranking="fused", **OVERRIDES)  # compared with RRF
    shipped_terms = g.build_glossary(parsed, analysis.mentions, analysis.definitions, fused)
    shipped = {n: key_term_share(shipped_terms, gold, top)[0] for n, gold in golds.items()}
    seen = {}
    original = g.rrf

    def spy(values, k=K, drop_worst=False):
        seen.update(values)
        return original(values, k, drop_worst)

    g.rrf = spy
    try:
        terms = g.build_glossary(parsed, analysis.mentions, analysis.definitions,
                                 replace(fused, signals=ALL_SIGNALS, fusion="sum"))
    finally:
        g.rrf = original
    keys = [t.norm for t in terms]
    values = {s: np.array([seen[s][k] for k in keys], dtype=float) for s in ALL_SIGNALS}
    return terms, values, shipped, g.document_text(g._sentences(parsed))


def heldout_reports(folders=("heldout",)) -> list[tuple[str, Path, dict[str, Path], int]]:
    """glossary_cv.reports' shape for the held-out reports (only with --heldout): first 200 rows
    in folders of long reports, 50 in the others, as `dtx-nlp evaluate` counts them (noise_rows:
    by the folder's name, so a fresh set not yet in HELD_OUT_FOLDERS is counted so too)."""
    from dtx_nlp.evaluation.evaluate import noise_rows

    out = []
    for folder in folders:
        base = ROOT / "tests" / "reports" / folder
        for doc in sorted(base.iterdir()):
            gold = base / "gold" / f"{doc.stem}.key_terms.txt"
            if doc.suffix in (".txt", ".md") and gold.exists():
                out.append((f"{folder}/{doc.stem}", doc, {"key terms": gold},
                            noise_rows(folder)))
    return out


def _analysed_heldout(folders):
    """glossary_cv.analysed over the held-out reports instead of the development ones."""
    development = glossary_cv.reports
    glossary_cv.reports = lambda: heldout_reports(folders)
    try:
        return analysed(None)
    finally:
        glossary_cv.reports = development


def load(heldout: tuple[str, ...] = ()) -> dict[str, Doc]:
    from dtx_nlp.stages.termmodel import noise_class_of

    cfg, data = _analysed_heldout(heldout) if heldout else analysed(None)
    docs = {}
    for name, item in data.items():
        terms, values, shipped, document = _capture(cfg, item)
        docs[name] = Doc(name, item[3], item[2], terms, values,
                         np.array([bool(noise_class_of(t)) for t in terms]),
                         np.array([t.frequency for t in terms], dtype=float),
                         [t.term for t in terms], shipped, document)
    return docs


def cached_rows(tag: str, fn, refresh: bool = False):
    """fn(), kept in CACHE under `tag` and a hash of the code and config that produced it."""
    import hashlib

    sources = [p for p in sorted((ROOT / "src").rglob("*.py")) if p.name != "termmodel.py"]
    changed = glossary_cv.changed_settings()  # none: the hash of the shipped config's rows
    code = hashlib.sha1(b"".join(p.read_bytes() for p in sources)  # rows use the fused ranking
                        + (ROOT / "pipelines" / "default.toml").read_bytes()
                        + (repr(changed).encode() if changed else b"")).hexdigest()[:12]
    path = CACHE / f"{tag}-{code}.pkl"
    if path.exists() and not refresh:
        return pickle.loads(path.read_bytes())
    out = fn()
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


# ---- scoring -------------------------------------------------------------------------------

def order(doc: Doc, score: np.ndarray, rounded: bool = True) -> np.ndarray:
    """Row indices, best first: clean rows by score, then demoted rows by score; ties by
    frequency then term (as build_glossary sorts)."""
    s = np.round(score, 6) if rounded else score
    idx = list(range(len(doc.terms)))
    idx.sort(key=lambda i: (bool(doc.demoted[i]), -s[i], -doc.freq[i], doc.text[i]))
    return np.array(idx)


def figures(doc: Doc, score: np.ndarray, rounded: bool = True) -> dict[str, float]:
    from dtx_nlp.evaluation.evaluate import key_term_share

    ranked = [doc.terms[i] for i in order(doc, score, rounded)]
    return {n: key_term_share(ranked, gold, doc.top)[0] for n, gold in doc.golds.items()}


def first_rows(doc: Doc, score: np.ndarray, gold: str, rounded: bool = True) -> set[int]:
    """Indices (into the gold list) of the key terms found in the first `top` rows."""
    from dtx_nlp.textnorm import normalize

    ranked = [doc.terms[i] for i in order(doc, score, rounded)][:doc.top]
    names = {normalize(n) for t in ranked for n in [t.term, *t.aliases.split("; ")] if n}
    return {j for j, alts in enumerate(doc.golds[gold])
            if any(normalize(a) in names for a in alts)}


def mean_fig(f: dict[str, float]) -> float:
    return sum(f.values()) / len(f)


def labels(doc: Doc) -> np.ndarray:
    """1 for a row whose term (or a name folded into it) is on any of the report's lists."""
    from dtx_nlp.textnorm import normalize

    gold = {normalize(a) for g in doc.golds.values() for alts in g for a in alts}
    return np.array([any(normalize(n) in gold for n in [t.term, *t.aliases.split("; ")] if n)
                     for t in doc.terms], dtype=int)


# Training weight per row for every development report under --labels nwK (stop 40); empty for
# the key-term labels alone, which the shipped model was fitted with.
WEIGHTS: dict[str, np.ndarray] = {}


def judged(doc: Doc, at: str | None = None) -> np.ndarray:
    """NOISE, TERM or '' per row: the noise judges' reading of a report's rows (as committed
    at `at`, if given; else as the working tree has them)."""
    from dtx_nlp.evaluation.evaluate import DEVELOPMENT_FOLDERS
    from dtx_nlp.evaluation.noise import judgement_path, read_judgements

    paths = [ROOT / "tests" / "gold" / "glossary_noise.tsv"] if doc.name == "corpus" else [
        judgement_path(ROOT / "tests" / "reports" / f / "gold", doc.name)
        for f in DEVELOPMENT_FOLDERS]
    if "/" in doc.name:  # a held-out report (--pool)
        folder, stem = doc.name.split("/")
        paths = [judgement_path(ROOT / "tests" / "reports" / folder / "gold", stem)]
    path = next((p for p in paths if p.exists()), None)
    if path is None:  # a fresh set, not judged yet
        found = {}
    else:
        found = read_judgements(path) if at is None else judgements_at(path, at)
    return np.array([found.get(t.term, "") for t in doc.terms])


# --weigh-noise (stop 68): the noise classes the trees rank among the clean rows (their rows
# fitted on and ordered like clean rows, the `noise` group telling the class); the others stay
# listed last.
WEIGHS: tuple[str, ...] = ()


def weigh(doc: Doc) -> Doc:
    """`doc` with the rows of the WEIGHS classes no longer listed last."""
    from dtx_nlp.stages.termmodel import noise_class_of

    classes = [noise_class_of(t) for t in doc.terms]
    return replace(doc, demoted=np.array([c != "" and c not in WEIGHS for c in classes]))


# --label-judgments COMMIT (stop 44): the noise judgments the nwK labels read, as they were at
# that commit, so that judging the rows a candidate brings in changes the count, not the fit.
LABEL_JUDGMENTS: str | None = None


def judgements_at(path: Path, commit: str) -> dict[str, str]:
    """read_judgements of a noise file as committed at `commit` ({} if it was absent then)."""
    import subprocess

    from dtx_nlp.evaluation.noise import parse_judgements

    shown = subprocess.run(["git", "show", f"{commit}:{path.relative_to(ROOT)}"],
                           cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    return parse_judgements(shown.stdout) if shown.returncode == 0 else {}


def label_weights(doc: Doc, y: np.ndarray, scheme: str) -> np.ndarray:
    """--labels nwK: rows the judges call a term but no key-term list names are left out of
    training (weight 0): they are not evidence against termhood; rows the judges call noise and
    no list names weigh K. Every other row weighs 1. --labels nwKtpP (stop 45, measured): the
    rows judged terms are positives of weight P instead (see label_targets)."""
    k, _, tp = scheme.removeprefix("nw").partition("tp")
    said = judged(doc, LABEL_JUDGMENTS)
    return np.where((said == "TERM") & (y == 0), float(tp or 0),
                    np.where((said == "NOISE") & (y == 0), float(k), 1.0))


def label_targets(doc: Doc, y: np.ndarray, scheme: str) -> np.ndarray:
    """The training targets under --labels: the key-term labels, and under nwKtpP also the
    rows the judges call a term (a reader's glossary holds terms beyond the key-term lists)."""
    if "tp" not in scheme:
        return y
    return np.where(judged(doc, LABEL_JUDGMENTS) == "TERM", 1, y)


TARGETS: dict[str, np.ndarray] = {}


# ---- rank fusion variants ------------------------------------------------------------------

def ranks(values: np.ndarray) -> np.ndarray:
    """Rank 1 for the highest value, ties share their mean rank (termrank.fractional_ranks)."""
    from dtx_nlp.stages.termmodel import ranks as mean_ranks

    return mean_ranks(values)


def contributions(doc: Doc) -> np.ndarray:
    """rows × SIGNALS matrix of 1/(k + rank)."""
    return np.stack([1.0 / (K + ranks(doc.values[s])) for s in SIGNALS], axis=1)


def rrf_score(doc: Doc, weights=None, once_drop: tuple[str, ...] = ()) -> np.ndarray:
    """The shipped fusion ("kinds", since stop 32): the use signals (FLR, C-value, spread) fused
    first into one ranking, then fused with the others; `weights` scale each signal's
    contribution inside its fusion."""
    c = contributions(doc)
    w = np.ones(len(SIGNALS)) if weights is None else np.asarray(weights, dtype=float)
    use = np.array([s in USE for s in SIGNALS])

    def fused(rows: np.ndarray, w: np.ndarray) -> np.ndarray:
        inner = c[:, use] @ w[use]
        scale = w[use].sum() / max(len(USE), 1) if w[use].sum() > 0 else 0.0
        return (c[:, ~use] @ w[~use] + scale * 1.0 / (K + ranks(inner)))[rows]

    everything = np.arange(len(doc.terms))
    score = fused(everything, w)
    if once_drop:
        keep = np.array([s not in once_drop for s in SIGNALS], dtype=float) * w
        once = doc.freq <= 1
        if keep.sum() > 0:
            score[once] = fused(np.flatnonzero(once), keep) * (w.sum() / keep.sum())
    return score


WEIGHT_GRID = (1.0, 0.0, 0.5, 2.0)  # shipped weight first: ties keep the shipped fusion


def weight_grid() -> list[tuple[float, ...]]:
    return [w for w in itertools.product(WEIGHT_GRID, repeat=len(SIGNALS)) if sum(w) > 0]


def once_grid() -> list[tuple[str, ...]]:
    return [s for r in range(len(USE) + 1) for s in itertools.combinations(USE, r)]


# ---- learned variants ----------------------------------------------------------------------

def features(doc: Doc) -> dict[str, np.ndarray]:
    """Named feature groups, one row per glossary row (the pipeline's own, stages/termmodel)."""
    from dtx_nlp.stages.termmodel import RowFacts, feature_groups

    return feature_groups(doc.values, [RowFacts.of(t) for t in doc.terms], text=doc.document)


FEATURE_SETS = (("pct",), ("pct", "shape"), ("pct", "raw", "shape"))


def matrix(feats: dict[str, np.ndarray], fset) -> np.ndarray:
    return np.concatenate([feats[f] for f in fset], axis=1)


def gbm(iterations, class_weight=None, constraints=None):
    """The gradient-boosted trees of the `gbm` variant: depth 2, strong regularisation.
    `iterations` may be (iterations, depth): --pool's larger grid. `constraints`: monotonic
    constraints, one per column (--monotone)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    iterations, depth = iterations if isinstance(iterations, tuple) else (iterations, 2)
    return HistGradientBoostingClassifier(
        max_depth=depth, learning_rate=0.05, max_iter=iterations, min_samples_leaf=20,
        l2_regularization=1.0, class_weight=class_weight, random_state=SEED,
        max_features=MAX_FEATURES, monotonic_cst=constraints,
        early_stopping="auto" if EARLY_STOPPING else False)


# --max-features F (stop 45, measured): the share of the features each split may choose from
MAX_FEATURES = 1.0
# --bags B (stop 45, measured): trees fitted on B bootstrap samples of the reports, averaged
BAGS = 1
# --bag-seed S (stop 76): the bootstrap samples drawn with numpy seeds S..S+B-1; given, even
# one bag is a bootstrap sample (None: --bags 1 fits every report once)
BAG_SEED = None
# --monotone (stop 69): the termhood signals' columns constrained (termmodel.TERMHOOD)
MONOTONE = False
# --seeds K (stop 69): the trees' random_state (it picks the rows held out for early stopping)
SEED = 0
# --no-early-stopping (stop 70): scikit-learn's "auto" holds out a tenth of the rows whenever
# there are more than 10,000; off, the trees learn from every row and the fit needs no seed
EARLY_STOPPING = True


class Model:
    """Fit on training reports' clean rows; score any report's rows."""

    def __init__(self, kind: str, fset, param):
        self.kind, self.fset, self.param = kind, fset, param

    def fit(self, docs: list[Doc], feats, ys) -> Model:
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        if WEIGHTS and self.kind == "gbm":
            return self._fit_weighted(docs, feats, ys)
        xs = [matrix(feats[d.name], self.fset)[~d.demoted] for d in docs]
        yy = [ys[d.name][~d.demoted] for d in docs]
        x, y = np.concatenate(xs), np.concatenate(yy)
        self.scaler = StandardScaler().fit(x)
        if self.kind == "lr":
            self.model = LogisticRegression(C=self.param, class_weight="balanced", max_iter=5000)
            self.model.fit(self.scaler.transform(x), y)
        elif self.kind == "pair":
            diffs, weights = [], []
            for xd, yd in zip(xs, yy):
                xd = self.scaler.transform(xd)
                pos, neg = xd[yd == 1], xd[yd == 0]
                d = (pos[:, None, :] - neg[None, :, :]).reshape(-1, xd.shape[1])
                diffs.append(d)
                weights.append(np.full(len(d), 1.0 / len(d)))  # each report counts once
            d, w = np.concatenate(diffs), np.concatenate(weights)
            xx = np.concatenate([d, -d])
            yy2 = np.concatenate([np.ones(len(d)), np.zeros(len(d))])
            ww = np.concatenate([w, w]) * len(w) / w.sum()
            self.model = LogisticRegression(C=self.param, fit_intercept=False, max_iter=5000)
            self.model.fit(xx, yy2, sample_weight=ww)
        elif self.kind == "gbm":
            self.model = gbm(self.param, "balanced", self._constraints(feats, docs)).fit(x, y)
        return self

    def _fit_weighted(self, docs: list[Doc], feats, ys) -> Model:
        """The gbm fitted with WEIGHTS; each class weighs half of the total, as 'balanced'."""
        keep = [~d.demoted & (WEIGHTS[d.name] > 0) for d in docs]
        x = np.concatenate([matrix(feats[d.name], self.fset)[k] for d, k in zip(docs, keep)])
        y = np.concatenate([TARGETS.get(d.name, ys[d.name])[k]
                            for d, k in zip(docs, keep)])
        w = np.concatenate([WEIGHTS[d.name][k] for d, k in zip(docs, keep)])
        if BAGS > 1 or BAG_SEED is not None:
            return self._fit_bagged(docs, keep, x, y, w)
        for c in (0, 1):
            w[y == c] *= len(y) / (2 * w[y == c].sum())
        self.model = gbm(self.param, None, self._constraints(feats, docs)).fit(
            x, y, sample_weight=w)
        return self

    def _constraints(self, feats, docs: list[Doc]) -> list[int] | None:
        """With MONOTONE, termmodel.monotone's constraints for this model's columns."""
        if not MONOTONE:
            return None
        from dtx_nlp.stages.termmodel import monotone

        return monotone(self.fset, {g: feats[docs[0].name][g].shape[1] for g in self.fset})

    def _fit_bagged(self, docs, keep, x, y, w) -> Model:
        """--bags B (stop 45, measured): B trees, each fitted on a bootstrap sample of the
        training reports (a report drawn twice weighs twice); scored by their mean log-odds."""
        sizes = [int(k.sum()) for k in keep]
        self.bags = []
        for b in range(BAGS):
            rng = np.random.default_rng((BAG_SEED or 0) + b)
            drawn = np.bincount(rng.integers(0, len(docs), len(docs)), minlength=len(docs))
            wb = w * np.repeat(drawn, sizes)
            use = wb > 0
            xb, yb, wb = x[use], y[use], wb[use]
            for c in (0, 1):
                wb[yb == c] *= len(yb) / (2 * wb[yb == c].sum())
            self.bags.append(gbm(self.param).fit(xb, yb, sample_weight=wb))
        return self

    def score(self, doc: Doc, feats) -> np.ndarray:
        x = matrix(feats[doc.name], self.fset)
        if self.kind == "gbm" and getattr(self, "bags", None):
            return np.mean([m.decision_function(x) for m in self.bags], axis=0)
        if self.kind == "gbm":
            return self.model.predict_proba(x)[:, 1]
        if self.kind == "pair":
            return self.scaler.transform(x) @ self.model.coef_[0]
        return self.model.predict_proba(self.scaler.transform(x))[:, 1]


PARAMS = {"lr": (0.01, 0.1, 1.0, 10.0), "pair": (0.01, 0.1, 1.0, 10.0), "gbm": (25, 50, 100)}
# --pool (stop 42): with six times the reports, larger trees: (iterations, depth). The feature
# groups are pct+raw+shape, the best at every iteration count of stop 42's first --pool run.
POOL_PARAMS = ((100, 2), (200, 2), (400, 2), (800, 2), (100, 3), (200, 3), (400, 3))
# --grid wider (stop 42, second round): stop 42's choice, (400, 3), was the grid's largest
POOL_GRIDS = {"stop42": POOL_PARAMS, "wider": ((400, 3), (800, 3), (400, 4), (800, 4)),
              "shipped": ((400, 3),),
              "deeper": ((800, 4),),  # stop 49: wider's best at 209 reports, fitted alone
              # stop 70, measured with --no-early-stopping (docs/glossary.md, "Stop 70")
              "longer": ((1200, 4),), "deeper5": ((1200, 5),)}
# stop 43: the same with `parts` (how a row is built from its Sudachi parts), chosen by LOGO
POOL_FEATURES = (("pct", "raw", "shape"), ("pct", "raw", "shape", "parts"),
                 ("pct", "raw", "shape", "parts", "where"),  # where: measured in stop 43
                 ("pct", "raw", "shape", "parts", "lexicon"),  # lexicon: measured in stop 43
                 ("pct", "raw", "shape", "parts", "meaning"),  # meaning: shipped in stop 44
                 ("pct", "raw", "shape", "parts", "meaning", "heads"),  # heads: failed, stop 44
                 ("pct", "raw", "shape", "parts", "meaning", "variants"),  # variants: stop 45
                 ("pct", "raw", "shape", "parts", "meaning", "uses"),  # uses: stop 45
                 ("pct", "raw", "shape", "parts", "meaning", "genre"),  # genre: stop 67
                 ("pct", "raw", "shape", "parts", "meaning", "genre", "rates"),  # stop 67, 2nd
                 ("pct", "raw", "shape", "parts", "meaning", "genre", "noise"))  # stop 68


# Feature sets whose every value is comparable across documents of different lengths (no raw
# counts): within-document percentiles, with or without the shape features.
COMPARABLE_SETS = (("pct",), ("pct", "shape"))

# The RRF contributions 1/(k + rank) of the seven signals: a linear model over them is RRF with
# learned per-signal weights (continuous, unlike wrrf's grid).
RRF_SETS = (("rrf",), ("rrf", "shape"))


def choose_model(kind: str, train: list[Doc], feats, ys, fsets=FEATURE_SETS) -> tuple:
    """Feature set and parameter by inner leave-one-report-out over the training reports."""
    best, best_fig = None, -1.0
    for fset, p in itertools.product(fsets, PARAMS[kind]):
        figs = []
        for inner in train:
            rest = [d for d in train if d is not inner]
            m = Model(kind, fset, p).fit(rest, feats, ys)
            figs.append(mean_fig(figures(inner, m.score(inner, feats), rounded=False)))
        f = sum(figs) / len(figs)
        if f > best_fig + 1e-12:
            best, best_fig = (fset, p), f
    return best


# ---- cross-validation ----------------------------------------------------------------------

_GRID_MEMO: dict = {}


def _grid_figure(doc: Doc, c, score_fn) -> float:
    key = (doc.name, score_fn.__name__, c)
    if key not in _GRID_MEMO:
        _GRID_MEMO[key] = mean_fig(figures(doc, score_fn(doc, c)))
    return _GRID_MEMO[key]


def choose_grid(train: list[Doc], candidates, score_fn):
    """The candidate with the best mean figure on the training reports (ties: the earlier)."""
    best, best_fig = None, -1.0
    for c in candidates:
        f = sum(_grid_figure(d, c, score_fn) for d in train) / len(train)
        if f > best_fig + 1e-12:
            best, best_fig = c, f
    return best


def variant_scores(name: str, train: list[Doc], feats, ys):
    """(description of the choice, function scoring a report) for a variant trained on `train`."""
    if name == "rrf":
        return "shipped", lambda d: rrf_score(d), True
    if name == "wrrf":
        w = choose_grid(train, weight_grid(), _weighted)
        return "w=" + ",".join(f"{x:g}" for x in w), lambda d: rrf_score(d, w), True
    if name == "once":
        s = choose_grid(train, once_grid(), _once)
        return "drop=" + ("+".join(s) or "none"), lambda d: rrf_score(d, None, s), True
    kind, _, restricted = name.partition("-")
    fsets = {"": FEATURE_SETS, "pct": COMPARABLE_SETS, "rrf": RRF_SETS}[restricted]
    fset, p = choose_model(kind, train, feats, ys, fsets)
    m = Model(kind, fset, p).fit(train, feats, ys)
    return f"{'+'.join(fset)} p={p}", lambda d: m.score(d, feats), False


def _weighted(d: Doc, w) -> np.ndarray:
    return rrf_score(d, w)


def _once(d: Doc, s) -> np.ndarray:
    return rrf_score(d, None, s)


VARIANTS = ("rrf", "wrrf", "once", "lr", "pair", "gbm", "lr-pct", "pair-pct", "gbm-pct",
            "lr-rrf", "pair-rrf")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", nargs="*", default=None,
                    help="measure these held-out folders once (default: every folder of "
                         "HELD_OUT_FOLDERS), each variant trained on all development reports")
    ap.add_argument("--save", type=Path, default=None,
                    help="fit the gbm variant on the development reports (feature set and "
                         "iterations by inner leave-one-report-out) and write it as the "
                         "pipeline's model file (stages/termmodel.py)")
    ap.add_argument("--without", nargs="*", default=[],
                    help="with --save: development reports left out of the fit (corpus: the "
                         "model `dtx-nlp evaluate` measures the corpus report with)")
    ap.add_argument("--rows", type=Path, default=None,
                    help="with --heldout: write each variant's first rows per report (JSON)")
    ap.add_argument("--labels", default="key",
                    help="training labels of the learned variants: key (the key-term lists, as "
                         "shipped in stop 39) or nwK (stop 40: also the noise judgments; rows "
                         "judged terms but on no list left out, rows judged noise weighted K)")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--as-fitted", action="store_true",
                    help="capture the rows with the settings the model was fitted with: stop "
                         "39's (before word_numerals, spaced_codes, era_names, date_counters, "
                         "kanji_lists_last and measured_amounts), or with --pool stop 42's "
                         "(before measured_amounts)")
    ap.add_argument("--pool", nargs="*", default=None,
                    help="stop 42: leave-one-group-out over the development reports and these "
                         "held-out folders (each folder one group, each development report one); "
                         "the shipped model beside; with --save, fit on them all")
    ap.add_argument("--grid", default="stop42", choices=tuple(POOL_GRIDS),
                    help="with --pool: the trees' settings to choose among (POOL_GRIDS)")
    ap.add_argument("--features", default=None,
                    help="with --pool: only this entry of POOL_FEATURES, e.g. pct+raw+shape+parts")
    ap.add_argument("--label-judgments", default=None, metavar="COMMIT",
                    help="with --labels nwK: read the noise judgments the labels use as they "
                         "were at this commit (the counts still read the working tree)")
    ap.add_argument("--before-scope-words", action="store_true",
                    help="capture the rows with stop 44's trim_suffixes, as the shipped trees "
                         "were fitted (before stop 45 trimmed words of scope)")
    ap.add_argument("--before-sudachi-names", action="store_true",
                    help="capture the rows with 'person with title' as the shipped trees were "
                         "fitted: every GiNZA PERSON mention, or a Sudachi name opening the row "
                         "(before stop 46 asked both parsers to agree)")
    ap.add_argument("--max-features", type=float, default=1.0,
                    help="the share of the features each split of the trees may choose from "
                         "(stop 45, measured; the shipped trees use all)")
    ap.add_argument("--bags", type=int, default=1,
                    help="fit the trees on this many bootstrap samples of the reports and "
                         "average their log-odds (stop 45, measured; the shipped trees are one)")
    ap.add_argument("--bag-seed", type=int, default=None, metavar="S",
                    help="stop 76, with --bags: draw the bootstrap samples with seeds S..S+B-1 "
                         "(two draws of the same fit tell how much a refit moves on its own)")
    ap.add_argument("--unjudged", type=Path, default=None,
                    help="with --pool: write the first rows no judge has labelled (JSON)")
    ap.add_argument("--fit-only", action="store_true",
                    help="with --pool and --save: fit the one setting of --grid and --features "
                         "on the pooled reports and save it, without the leave-one-group-out "
                         "report (stop 50)")
    ap.add_argument("--weigh-noise", action="store_true",
                    help="stop 68: the trees rank the rows of this project's own noise classes "
                         "among the clean rows (noiseclasses.NOISE_CLASSES but NAMED_NOISE); use "
                         "with a feature set naming `noise`")
    ap.add_argument("--monotone", action="store_true",
                    help="stop 69: the trees may never lower a row's score for more of a "
                         "termhood signal (termmodel.TERMHOOD: FLR, specificity, marking, "
                         "naming, acronyms, C-value)")
    ap.add_argument("--no-early-stopping", action="store_true",
                    help="stop 70: the trees learn from every row (scikit-learn holds out a "
                         "tenth for early stopping otherwise), so the fit is the same for any seed")
    ap.add_argument("--seeds", type=int, default=0, metavar="K",
                    help="stop 69, with --pool --fit-only (no --save needed): refit the one "
                         "setting with the trees' random_state 0..K-1 and print each "
                         "development report's in-sample key terms in its first rows per seed")
    ap.add_argument("--folds", type=int, default=0, metavar="K",
                    help="stop 72, with --pool: grouped K-fold cross-validation (the groups "
                         "dealt into K folds, seed 0) instead of leave-one-group-out")
    ap.add_argument("--fold-seed", type=int, default=0, metavar="N",
                    help="stop 73, with --folds: deal the groups with seed N instead (the "
                         "rankings file then ends in -seedN): how much a comparison moves "
                         "with the deal alone")
    ap.add_argument("--ten-fit", type=int, default=0, metavar="K",
                    help="stop 72, with --pool --fit-only (no --save): the bundled report "
                         "fitted without it, K fits on random 80 %% of the pool's other reports "
                         "(seeds 0..K-1), key terms of its three lists in its first 200 rows")
    ap.add_argument("--score", nargs="+", type=Path, default=None, metavar="MODEL",
                    help="stop 72, with --pool (nothing fitted): each model file ranks the "
                         "pool's held-out reports as the pipeline does; key terms and judged "
                         "noise in the first rows, per folder and by length")
    ap.add_argument("--rankings", type=Path, default=None, metavar="DIR",
                    help="with --score: write each model's first rows as DIR/<model>.json, "
                         "the rankings benchmarks/fresh_set.py batches, merge and count read; "
                         "with --pool alone, the cross-validated first rows as "
                         "DIR/cv-<features>-<trees>x<depth>-<labels>.json")
    ap.add_argument("--once-table", action="store_true",
                    help="print every single-use variant's figure on every report")
    args = ap.parse_args()
    global LABEL_JUDGMENTS, MAX_FEATURES, BAGS, BAG_SEED, WEIGHS, MONOTONE, EARLY_STOPPING
    LABEL_JUDGMENTS = args.label_judgments
    MONOTONE, EARLY_STOPPING = args.monotone, not args.no_early_stopping
    if (args.seeds or args.ten_fit) and not (args.fit_only and args.pool is not None):
        raise SystemExit("--seeds and --ten-fit need --pool and --fit-only")
    if args.score and args.pool is None:
        raise SystemExit("--score needs --pool (the folders to rank)")
    if MONOTONE and args.bags > 1:
        raise SystemExit("--monotone with --bags: not built (bagged trees are unconstrained)")
    if args.weigh_noise:
        from dtx_nlp.stages.noiseclasses import NAMED_NOISE, NOISE_CLASSES
        WEIGHS = tuple(c for c in NOISE_CLASSES if c not in NAMED_NOISE)
    MAX_FEATURES, BAGS, BAG_SEED = args.max_features, args.bags, args.bag_seed
    warnings.filterwarnings("ignore")

    if args.as_fitted:
        OVERRIDES.update(POOL_AS_FITTED if args.pool is not None else AS_FITTED)
    if args.before_scope_words:
        OVERRIDES.update(BEFORE_SCOPE_WORDS)
    if args.before_sudachi_names:
        from dtx_nlp.stages import glossary
        glossary.opens_with_name = lambda text: True
        glossary.is_person_with_title = person_with_title_before_stop46

    def cached(tag, fn):
        tag += "-as-fitted" if args.as_fitted else ""
        tag += "-ginza-names" if args.before_sudachi_names else ""
        return cached_rows(tag + ("-before-scope" if args.before_scope_words else ""), fn,
                           args.no_cache)

    docs = cached("dev", load)
    for d in docs.values():  # the recomputed shipped fusion must be the shipped ranking
        mine = figures(d, rrf_score(d))
        assert mine == d.shipped, (d.name, mine, d.shipped)
    feats, ys = {}, {}
    add_rows(docs, args.labels, feats, ys)
    names = list(docs)
    if args.once_table:
        for s in once_grid():
            shown = "  ".join(f"{n}={mean_fig(figures(d, _once(d, s))):.3f}"
                              for n, d in docs.items())
            print(f"  once drop={'+'.join(s) or 'none':24} {shown}")
        return

    if args.heldout is not None:
        _measure_heldout(args, docs, feats, ys, cached)
        return
    if args.pool is not None:
        _pool(args, docs, feats, ys, cached)
        return
    if args.save:
        _save(args.save, [d for n, d in docs.items() if n not in args.without], feats, ys,
              args.labels)
        return

    print("rows / key rows (clean):",
          "  ".join(f"{n}={len(d.terms)}/{int(ys[n][~d.demoted].sum())}" for n, d in docs.items()))
    table = {}
    for v in args.variants:
        table[v] = {}
        for name in names:
            train = [docs[n] for n in names if n != name]
            d = docs[name]
            desc, fn, rounded = variant_scores(v, train, feats, ys)
            f = figures(d, fn(d), rounded)
            moved = ""
            if "independent" in d.golds:
                base = first_rows(d, rrf_score(d), "independent")
                now = first_rows(d, fn(d), "independent", rounded)
                moved = f" independent: +{len(now - base)} in, -{len(base - now)} out"
            table[v][name] = f
            shown = " ".join(f"{g}={x:.3f}" for g, x in f.items())
            print(f"  {v:5} left out {name:13} [{desc}] {shown}{moved}", flush=True)
    print("\nLORO left-out figures (corpus: own / independent / mean @200; fields @50):")
    head = f"{'variant':7}" + "".join(f"{n:>22}" for n in names) + f"{'mean':>8}"
    print(head)
    for v, row in table.items():
        cells = []
        for n in names:
            f = row[n]
            cells.append(" / ".join(f"{x:.3f}" for x in f.values()) + (
                f" / {mean_fig(f):.3f}" if len(f) > 1 else ""))
        m = sum(mean_fig(row[n]) for n in names) / len(names)
        print(f"{v:7}" + "".join(f"{c:>22}" for c in cells) + f"{m:8.3f}")


def add_genre(pool: dict[str, Doc], feats) -> object:
    """The `genre` group (stop 67) of every report of the pool: the background is the pool's
    reports other than the bundled corpus report (no row of it is stored for being in it), each
    background report's own vocabulary left out of its counts. Returns the table."""
    from dtx_nlp.stages.termmodel import Genre

    own = {n: own_vocabulary(n, d) for n, d in pool.items()}
    genre = Genre.of([own[n] for n in pool if n != "corpus"])
    for n, d in pool.items():
        feats[n]["genre"] = genre.features(d.text, own[n])
    return genre


def own_vocabulary(name: str, doc: Doc) -> tuple[frozenset, frozenset]:
    """What a report adds to the `genre` background (its rows and parts): nothing for the
    bundled corpus report, which is not in the background."""
    from dtx_nlp.stages.termmodel import vocabulary

    return vocabulary(doc.text) if name != "corpus" else (frozenset(), frozenset())


def add_rates(pool: dict[str, Doc], feats, ys, train: list[str]) -> object:
    """The `rates` group (stop 67, second round) of every report of the pool, learned from the
    key-term labels and the noise judgments (as committed at --label-judgments) of the `train`
    reports other than the bundled corpus report; a training report's own rows are left out of
    its counts, the other reports are scored as new ones. Returns the table."""
    from dtx_nlp.stages.termmodel import PartRates, part_counts

    counts = {n: part_counts(pool[n].text, ys[n], judged(pool[n], LABEL_JUDGMENTS),
                             pool[n].demoted) for n in train if n != "corpus"}
    rates = PartRates.of(list(counts.values()))
    for n, d in pool.items():
        feats[n]["rates"] = rates.features(d.text, counts[n][0] if n in counts else None)
    return rates


def _save(path: Path, train: list[Doc], feats, ys, scheme: str, chosen=None,
          genre=None, rates=None) -> None:
    """Fit the gbm variant on `train` as `variant_scores` does and write its trees as JSON;
    check that the exported trees give the model's own probabilities. `chosen` (--pool): the
    feature groups and setting leave-one-group-out chose."""
    import json

    import sklearn

    from dtx_nlp.stages.termmodel import TERMHOOD, export, load_ranker

    by_group = chosen is not None
    fset, p = chosen or choose_model("gbm", train, feats, ys, FEATURE_SETS)
    m = Model("gbm", fset, p).fit(train, feats, ys)
    labels = "key-term lists (clean rows)" if scheme == "key" else (
        "key-term lists (clean rows); rows judged terms but on no list left out, rows judged "
        f"noise weighted {scheme.removeprefix('nw')}") + (
        f" (the noise judgments as committed at {LABEL_JUDGMENTS})" if LABEL_JUDGMENTS else "")
    about = {"trained_on": [d.name for d in train], "labels": labels,
             "choice": "feature groups and iterations by inner leave-one-"
                       + ("group-out (--pool)" if by_group else "report-out"),
             "iterations": p, "scikit_learn": sklearn.__version__,
             "made_by": "benchmarks/glossary_learned.py --save"}
    path.parent.mkdir(parents=True, exist_ok=True)
    if genre is not None:
        about["genre"] = (f"counts of {genre.reports} reports: the training reports but the "
                          "corpus report; a report's own rows left out while fitted")
    if rates is not None:
        about["rates"] = ("part rates of the training reports but the corpus report (key-term "
                          "labels, noise judgments as above); a report's own rows left out "
                          "while fitted")
    if MONOTONE:
        about["monotone"] = ("no row's score falls with more of a termhood signal, all else "
                             "equal (stop 69): " + ", ".join(
                                 s for s, d in TERMHOOD.items() if d) + " in `pct` and `raw`")
    if not EARLY_STOPPING:
        about["early_stopping"] = ("off (stop 70): every tree fitted on all the rows, so any "
                                   "seed gives the same trees")
    weighs = WEIGHS if "noise" in fset else ()
    if weighs:
        about["weighs"] = ("the rows of these noise classes ranked by the trees among the clean "
                           "rows, fitted on like them (stop 68); the other classes listed last")
    path.write_text(json.dumps(export(m.model, fset, about, genre, rates, weighs), indent=0,
                               ensure_ascii=False) + "\n", encoding="utf-8")
    load_ranker.cache_clear()
    ranker = load_ranker(path)
    for d in train:
        assert np.array_equal(ranker.scores(feats[d.name]), m.score(d, feats)), d.name
    print(f"wrote {path}: {'+'.join(fset)}, {p} iterations, trained on "
          f"{', '.join(about['trained_on'])}")


def _measure_heldout(args, docs, feats, ys, cached) -> None:
    """Key terms found and judged noise in the held-out reports' first rows, pooled per folder
    and over all, for each variant trained on all development reports; nothing is chosen here."""
    import json

    from dtx_nlp.evaluation.evaluate import HELD_OUT_FOLDERS
    from dtx_nlp.evaluation.noise import judgement_path, noise_count, read_judgements

    folders = tuple(args.heldout) or HELD_OUT_FOLDERS
    held = cached("heldout-" + "-".join(folders), lambda: load(heldout=folders))
    for d in held.values():
        assert figures(d, rrf_score(d)) == d.shipped, d.name
    feats.update({n: features(d) for n, d in held.items()})
    rows = {}
    print(f"held-out reports ({len(held)}), each variant trained on all {len(docs)} development "
          "reports: key terms found / key terms; noise / judged (not judged) in the first rows")
    for v in args.variants:
        desc, fn, rounded = variant_scores(v, list(docs.values()), feats, ys)
        total = {}
        for n, d in held.items():
            ranked = [d.terms[i] for i in order(d, fn(d), rounded)]
            rows.setdefault(v, {})[n] = [t.term for t in ranked[:d.top]]
            gold = d.golds["key terms"]
            found = round(figures(d, fn(d), rounded)["key terms"] * len(gold))
            folder, stem = n.split("/")
            path = judgement_path(ROOT / "tests" / "reports" / folder / "gold", stem)
            c = noise_count(ranked, read_judgements(path), d.top) if path.exists() else None
            for key in (folder, "all"):
                t = total.setdefault(key, [0, 0, 0, 0, 0])
                t[0] += found
                t[1] += len(gold)
                if c:
                    t[2] += c["noise"]
                    t[3] += c["judged"]
                    t[4] += c["not_judged"]
        print(f"  {v} [{desc}]")
        for key, (f, g, nz, jd, nj) in total.items():
            print(f"    {key:16} {f}/{g} = {f / g:.3f}; noise {nz}/{jd} ({nj} not judged)",
                  flush=True)
    if args.rows:
        args.rows.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


# ---- stop 42: the same trees fitted on more reports -----------------------------------------

def pool_indices(doc: Doc, score: np.ndarray) -> list[int]:
    """The pipeline's learned order (glossary._learned_order with acronyms_first): defined
    acronyms, then the other clean rows, then demoted rows; by score, frequency, term."""
    def tier(i: int) -> int:
        t = doc.terms[i]
        return 2 if doc.demoted[i] else 0 if t.kind == "acronym" else 1

    return sorted(range(len(doc.terms)),
                  key=lambda i: (tier(i), -score[i], -doc.freq[i], doc.text[i]))


def pool_order(doc: Doc, score: np.ndarray) -> list:
    return [doc.terms[i] for i in pool_indices(doc, score)]


def pool_found(doc: Doc, score: np.ndarray) -> tuple[int, int, float]:
    """(key terms found in the first rows, key terms, mean share over the report's lists)."""
    from dtx_nlp.evaluation.evaluate import key_term_share

    ranked = pool_order(doc, score)
    shares = {n: key_term_share(ranked, g, doc.top)[0] for n, g in doc.golds.items()}
    found = sum(round(shares[n] * len(g)) for n, g in doc.golds.items())
    total = sum(len(g) for g in doc.golds.values())
    return found, total, mean_fig(shares)


def pool_noise(doc: Doc, score: np.ndarray) -> tuple[int, int, int]:
    """(rows judged noise, rows judged, rows not judged) in the report's first rows."""
    said = judged(doc)
    first = pool_indices(doc, score)[:doc.top]
    return (sum(said[i] == "NOISE" for i in first), sum(said[i] != "" for i in first),
            sum(said[i] == "" for i in first))


def _write_unjudged(path: Path, pool: dict, scores: dict) -> None:
    """Add to the JSON file at `path` each report's first rows under `scores` that no judge has
    labelled, so that they can be judged blind before noise is compared (stop 43)."""
    import json

    out = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for n, d in pool.items():
        said = judged(d)
        rows = [d.terms[i].term for i in pool_indices(d, scores[n])[:d.top] if said[i] == ""]
        if rows:
            out.setdefault(n, {"rows": []})
            out[n]["rows"] = sorted(set(out[n]["rows"]) | set(rows))
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")


def group_of(name: str) -> str:
    return name.split("/")[0] if "/" in name else name


def _seeds(k: int, combo, pool: dict[str, Doc], docs, feats, ys) -> None:
    """--fit-only --seeds K (stop 69): the setting fitted on the whole pool K times, seeds 0 to
    K-1, and each development report's key terms in its first rows (in-sample: what the suite's
    floors read), per seed and as a mean. One fit can fall under a floor by the seed alone."""
    global SEED
    found: dict[str, list[int]] = {n: [] for n in docs}
    try:
        for seed in range(k):
            SEED = seed
            m = Model("gbm", combo[0], combo[1]).fit(list(pool.values()), feats, ys)
            for n in docs:
                found[n].append(pool_found(pool[n], m.score(pool[n], feats))[0])
    finally:
        SEED = 0
    for n, counts in found.items():
        total = sum(len(g) for g in pool[n].golds.values())
        print(f"{n:32} {' '.join(f'{c:3}' for c in counts)}  mean {np.mean(counts):6.2f} of "
              f"{total} (first {pool[n].top} rows)")


def ten_fit_picks(others: list[str], k: int) -> list[list[str]]:
    """--ten-fit's training reports: fit i takes a random 80 % of `others` (numpy seed i), in
    their order."""
    picks = []
    for seed in range(k):
        chosen = np.random.default_rng(seed).choice(len(others), round(0.8 * len(others)),
                                                    replace=False)
        picks.append([others[i] for i in sorted(chosen)])
    return picks


def _ten_fit(k: int, combo, pool: dict[str, Doc], feats, ys) -> None:
    """--fit-only --ten-fit K (the bundled report's bound in the rules of stops 68-71, kept in
    /tmp scripts until stop 72): K fits of the setting, each on a random 80 % of the pool's
    reports other than the bundled one (numpy seeds 0..K-1), with the `genre` table counted from
    those reports alone; the bundled report is scored as a new one, on its three key-term lists
    (the third, kept out of every choice, included)."""
    from dtx_nlp.evaluation.evaluate import _key_terms
    from dtx_nlp.stages.termmodel import Genre, vocabulary

    third = _key_terms(ROOT / "tests" / "gold" / "key_terms_third.txt")
    corpus = replace(pool["corpus"], golds={**pool["corpus"].golds, "third": third})
    others = [n for n in pool if n != "corpus"]
    vocab = {n: vocabulary(pool[n].text) for n in pool}
    nothing = (frozenset(), frozenset())
    got = []
    for seed, pick in enumerate(ten_fit_picks(others, k)):
        genre = Genre.of([vocab[n] for n in pick])
        fm = {n: {**feats[n], "genre": genre.features(pool[n].text, vocab[n])} for n in pick}
        fm["corpus"] = {**feats["corpus"], "genre": genre.features(corpus.text, nothing)}
        m = Model("gbm", combo[0], combo[1]).fit([pool[n] for n in pick], fm, ys)
        found, total, _ = pool_found(corpus, m.score(corpus, fm))
        got.append(found)
        print(f"  fit {seed}: {found} of {total} key terms in the first {corpus.top} rows",
              flush=True)
    print(f"mean of {k} fits: {np.mean(got):.1f} (min {min(got)}, max {max(got)})")


def _report_file(name: str) -> Path | None:
    """A report's text file: held-out reports are named folder/stem, development reports by
    their stem; None for the bundled report, whose noise file is kept apart."""
    from dtx_nlp.evaluation.evaluate import DEVELOPMENT_FOLDERS

    folders = [name.split("/")[0]] if "/" in name else DEVELOPMENT_FOLDERS
    stem = name.split("/")[-1]
    return next((p for folder in folders if (p := _report_files(folder).get(stem))), None)


@functools.lru_cache(maxsize=None)
def _report_files(folder: str) -> dict[str, Path]:
    """stem → text file of a folder's reports, read once per folder (the first by name)."""
    base = ROOT / "tests" / "reports" / folder
    files = sorted(base.iterdir()) if base.is_dir() else []
    out: dict[str, Path] = {}
    for p in files:
        if p.suffix in (".txt", ".md"):
            out.setdefault(p.stem, p)
    return out


def _write_rankings(path: Path, docs: dict[str, Doc], scores: dict) -> None:
    """The first rows of each report under `scores`, as fresh_set.py's rankings ({report file
    relative to the repository: [[term, aliases], ...]}); the bundled report is left out."""
    import json

    ranking = {}
    for n, d in docs.items():
        report = _report_file(n)
        if report is not None:
            ranking[report.relative_to(ROOT).as_posix()] = [
                [t.term, t.aliases] for t in pool_order(d, scores[n])[:d.top]]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ranking, ensure_ascii=False), encoding="utf-8")


def _score_models(paths: list[Path], held: dict[str, Doc], feats, out: Path | None) -> None:
    """--score (stop 72; /tmp scripts in stops 68-71): each model file ranks the held-out
    reports as the pipeline does (its own `genre` table, every report scored as a new one, even
    one the model was fitted on); key terms found and judged noise in the first rows per folder,
    by length and over all. With --rankings, each model's first rows as fresh_set's rankings."""
    from dtx_nlp.stages.termmodel import load_ranker

    for path in paths:
        ranker = load_ranker(path)
        totals: dict[str, list[int]] = {}
        scores = {}
        for n, d in held.items():
            groups = {**feats[n]}
            if ranker.genre is not None:
                groups["genre"] = ranker.genre.features(d.text)
            scores[n] = ranker.scores(groups)
            counts = pool_found(d, scores[n])[:2] + pool_noise(d, scores[n])
            length = "long" if d.top > 50 else "short"
            for key in (group_of(n), f"all {length}", "all"):
                totals[key] = [a + b for a, b in zip(totals.get(key, [0] * 5), counts)]
        print(f"{path}: key terms found / key terms; noise / judged (not judged), first rows")
        for key in sorted(totals, key=lambda k: (k.startswith("all"), k == "all", k)):
            f, t, nz, jd, nj = totals[key]
            print(f"  {key:20} {f}/{t} = {f / max(t, 1):.3f}; noise {nz}/{jd} ({nj} not judged)")
        if out:
            _write_rankings(out / f"{path.stem}.json", held, scores)


def folds_of(groups: list[str], k: int, seed: int = 0) -> list[list[str]]:
    """Leave-one-group-out (k = 0), or the groups dealt into k folds after a shuffle with a
    fixed seed (--folds, stop 72: a fold's groups are scored by trees fitted on the others;
    --fold-seed, stop 73: another deal of the same groups)."""
    if not k:
        return [[g] for g in groups]
    dealt = list(groups)
    np.random.default_rng(seed).shuffle(dealt)
    return [sorted(dealt[i::k]) for i in range(k)]


def add_rows(docs: dict[str, Doc], label_scheme: str, feats, ys) -> None:
    """Each report's feature groups and labels added to `feats` and `ys`, and under --labels nwK
    its label weights and targets."""
    feats.update({n: features(d) for n, d in docs.items()})
    ys.update({n: labels(d) for n, d in docs.items()})
    if label_scheme != "key":
        WEIGHTS.update({n: label_weights(d, ys[n], label_scheme) for n, d in docs.items()})
        TARGETS.update({n: label_targets(d, ys[n], label_scheme) for n, d in docs.items()})


def pool_tag(folders: tuple[str, ...]) -> str:
    """The cache tag of the held-out folders' rows (a name short enough for any folder list)."""
    import hashlib

    return f"pool-{hashlib.sha1(' '.join(folders).encode()).hexdigest()[:10]}"


def pool_setup(folders, label_scheme: str, docs: dict[str, Doc], feats, ys, cached) -> tuple:
    """The held-out folders' rows added to the development reports' as --pool fits them: their
    features, labels and label weights added to `feats` and `ys`; returns (the held-out rows,
    the pool of every report with its demoted rows, the `genre` table, the groups)."""
    folders = tuple(folders)
    held = cached(pool_tag(folders), lambda: load(heldout=folders))
    add_rows(held, label_scheme, feats, ys)
    pool = {n: weigh(d) for n, d in {**docs, **held}.items()}
    genre = add_genre(pool, feats)  # the shipped trees read it, as do the sets naming `genre`
    return held, pool, genre, sorted({group_of(n) for n in pool})


def fold_fits(pool: dict[str, Doc], feats, ys, combo, folds: list[list[str]]):
    """(fold, the trees of `combo` fitted on the reports of the other folds), fold by fold."""
    for fold in folds:
        train = [d for n, d in pool.items() if group_of(n) not in fold]
        if "rates" in combo[0]:  # learned from labels: from the training groups only
            add_rates(pool, feats, ys, [d.name for d in train])
        yield fold, Model("gbm", combo[0], combo[1]).fit(train, feats, ys)


def _pool(args, docs, feats, ys, cached) -> None:
    """Leave-one-group-out over the development reports plus the held-out folders given: for
    every feature set and iteration count, each group's reports are scored by trees fitted on the
    other groups. A group's nested figure uses the setting with the best mean over the *other*
    groups' left-out figures. The shipped model (fitted on the development reports) is scored
    beside on the held-out groups, which it never saw. Nothing is written unless --save."""
    from dtx_nlp.stages.termmodel import load_ranker

    held, pool, genre, groups = pool_setup(args.pool, args.labels, docs, feats, ys, cached)
    shipped = load_ranker(ROOT / "pipelines" / "models" / "glossary_ranker.json")
    # without --features every entry is tried and --save fits the best by LOGO mean share, which
    # since stop 43 is `where` (its rule failed): name the shipped groups to rebuild the model
    features_ = (POOL_FEATURES[:1] if args.as_fitted  # stop 42's
                 else [f for f in POOL_FEATURES if "+".join(f) == args.features] if args.features
                 else POOL_FEATURES)
    if not features_:
        raise SystemExit(f"--features {args.features}: not one of POOL_FEATURES")
    combos = list(itertools.product(features_, POOL_GRIDS[args.grid]))
    if args.score:
        _score_models(args.score, held, feats, args.rankings)
        return
    if args.fit_only and (args.seeds or args.ten_fit):
        if len(combos) != 1:
            raise SystemExit("--seeds and --ten-fit need one setting (--features, --grid)")
        if args.seeds:
            _seeds(args.seeds, combos[0], pool, docs, feats, ys)
        else:
            _ten_fit(args.ten_fit, combos[0], pool, feats, ys)
        return
    if args.fit_only:
        if len(combos) != 1 or not args.save:
            raise SystemExit("--fit-only needs --save and one setting (--features, --grid)")
        fitted = [d for n, d in pool.items() if n not in args.without]
        rates = (add_rates(pool, feats, ys, [d.name for d in fitted])
                 if "rates" in combos[0][0] else None)
        _save(args.save, fitted, feats, ys, args.labels, chosen=combos[0],
              genre=genre if "genre" in combos[0][0] else None, rates=rates)
        return
    left = {}  # (combo, group) → {report: (found, total, mean share)}
    scores_of = {}  # combo → {report: its left-out scores}
    how = f"{args.folds}-fold (seed {args.fold_seed})" if args.folds else "LOGO"
    for c in combos:
        scores = {}
        for fold, m in fold_fits(pool, feats, ys, c, folds_of(groups, args.folds, args.fold_seed)):
            scores.update({n: m.score(d, feats) for n, d in pool.items() if group_of(n) in fold})
            for g in fold:
                left[c, g] = {n: pool_found(pool[n], scores[n]) for n in pool if group_of(n) == g}
        scores_of[c] = scores
        if args.rankings:  # the cross-validated first rows, for fresh_set.py (stop 72)
            dealt = f"-seed{args.fold_seed}" if args.fold_seed else ""
            _write_rankings(args.rankings / f"cv-{'+'.join(c[0])}-{c[1][0]}x{c[1][1]}-"
                                             f"{args.labels}{dealt}.json", pool, scores)
        every = [v[2] for g in groups for v in left[c, g].values()]
        noise = [pool_noise(pool[n], scores[n]) for n in pool]
        if args.unjudged:
            _write_unjudged(args.unjudged, pool, scores)
        outside = [v for g in groups if g not in docs and g != "corpus"
                   for v in left[c, g].values()]
        print(f"  {'+'.join(c[0]):14} {c[1]} {how} mean share {np.mean(every):.3f}; held-out "
              f"folders {sum(v[0] for v in outside)}/{sum(v[1] for v in outside)}; noise in "
              f"the first rows {sum(x[0] for x in noise)}/{sum(x[1] for x in noise)} judged "
              f"({sum(x[2] for x in noise)} not)", flush=True)

    def mean_without(c, g):
        return np.mean([v[2] for h in groups if h != g for v in left[c, h].values()])

    print(f"\n{'group':18} {'shipped':>14} {'pool (nested)':>14}  setting")
    totals = {"shipped": [0, 0], "pool": [0, 0]}
    noise_totals = {"shipped": [0, 0, 0], "pool": [0, 0, 0]}  # noise, judged, not judged
    for g in groups:
        chosen = max(combos, key=lambda c: (mean_without(c, g), -combos.index(c)))
        mine = left[chosen, g]
        names = list(mine)
        ranked = {"shipped": {n: shipped.scores(feats[n]) for n in names},
                  "pool": {n: scores_of[chosen][n] for n in names}}
        ship = [pool_found(pool[n], ranked["shipped"][n]) for n in names]
        f_s, t = sum(x[0] for x in ship), sum(x[1] for x in ship)
        f_p = sum(mine[n][0] for n in names)
        seen = g in docs or g == "corpus"
        said = {}  # noise judged in the first rows (noise, judged, not judged) per ranking
        for k, scores in ranked.items():
            said[k] = [sum(x) for x in zip(*(pool_noise(pool[n], scores[n]) for n in names))]
            if not seen:
                noise_totals[k] = [a + b for a, b in zip(noise_totals[k], said[k])]
        if not seen:
            totals["shipped"][0] += f_s
            totals["pool"][0] += f_p
            totals["shipped"][1] += t
            totals["pool"][1] += t
        mark = " (shipped model fitted on it)" if seen else ""
        print(f"{g:18} {f_s:>6}/{t:<7} {f_p:>6}/{t:<7}  {'+'.join(chosen[0])} {chosen[1]}{mark}"
              f"; noise {said['shipped'][0]} / {said['pool'][0]} ({said['pool'][2]} not judged)",
              flush=True)
    for k, (f, t) in totals.items():
        n = noise_totals[k]
        print(f"held-out groups, {k}: {f}/{t} = {f / max(t, 1):.3f}; noise in the first rows "
              f"{n[0]}/{n[1]} judged ({n[2]} not)")
    best = max(combos, key=lambda c: (np.mean([v[2] for g in groups for v in left[c, g].values()]),
                                      -combos.index(c)))
    print(f"chosen on every group: {'+'.join(best[0])} {best[1]}")
    small = Model("gbm", best[0], best[1]).fit(list(docs.values()), feats, ys)
    f = t = 0
    for n, d in held.items():  # the same setting fitted on the development reports only
        a, b, _ = pool_found(d, small.score(d, feats))
        f, t = f + a, t + b
    print(f"held-out groups, the chosen setting fitted on the development reports only: "
          f"{f}/{t} = {f / max(t, 1):.3f}")
    if args.save:
        _save(args.save, [d for n, d in pool.items() if n not in args.without], feats, ys,
              args.labels, chosen=best)


if __name__ == "__main__":
    main()
