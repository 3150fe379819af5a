"""A learned termhood ranking for the glossary (stop 39, `ranking = "learned"`).

Gradient-boosted trees score each row from the evidence the fused ranking already has: the seven
signals of `termrank` as percentiles within the document and as raw values, the row's shape
(used once, length, script, Sudachi parts, acronym, entity), since stop 43 how it is built from
its parts (`parts_features`) and since stop 44 what it means as word vectors tell it
(`meaning_features`). The trees were fitted on key-term lists (since stop 42 those of 59 reports,
since stop 47 those of 173, since stop 48 those of 185, since stop 50 those of 221:
`benchmarks/glossary_learned.py --pool … --save`; since stop 67 the same 221 reports, the trees
also reading `genre`, how many other reports use a row; `rates`, how often rows sharing a part
were key terms or noise, was measured and is not used; nor is `noise`, stop 68's trees that
weigh this project's own noise classes instead of listing their rows last; since stop 70 fitted
on every row, early stopping off, so any seed gives the same trees, and 1200 trees of depth 5;
since stop 71 those trees fitted on 305 reports, sets 36-49 too) and are stored as
plain JSON (`pipelines/models/glossary_ranker.json`, since stop 43 fitted with the noise judges'
labels too; stop 70's second round's, on 221 reports, `glossary_ranker_stop70e.json`; stop 70's
first, 800 trees of depth 4, `glossary_ranker_stop70.json`; stop 67's,
with a tenth of the rows held out for early stopping,
`glossary_ranker_stop67.json`; stop 50's, without `genre`, `glossary_ranker_stop50.json`;
stop 49's, 800 trees of depth 4 on 185 reports, `glossary_ranker_stop49.json`; stop 47's, fitted on
173 reports, `glossary_ranker_stop47.json`; stop 44's, fitted on 59 reports,
`glossary_ranker_stop44.json`; stop 43's trees without `meaning` are `glossary_ranker_nw2.json`,
the same on key-term labels only `glossary_ranker_parts.json`, stop 42's
`glossary_ranker_stop42.json`, stop 39's, fitted on the nine development reports,
`glossary_ranker_dev9.json`): thresholds and leaf values, no pickled code. The pipeline reads only
that file, never the gold lists. Noise classes are listed last unless the model file says its
trees weigh them (`Ranker.weighs`; the classes issue #16 names never).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from .noiseclasses import NAMED_NOISE, NOISE_CLASSES

# The signals a row's features are made of, in the order the model's columns use them
SIGNALS = ("structure", "specificity", "marking", "naming", "acronyms", "cvalue", "spread")
FEATURE_GROUPS = ("pct", "raw", "shape", "rrf", "parts", "where", "lexicon", "meaning",
                  "heads", "variants", "uses", "genre", "rates", "noise")
# Stop 69: the direction of the signals that are evidence of termhood by their definition (FLR,
# specificity against general Japanese, marking by the text, being a name, an acronym the text
# expands, C-value): +1 means more of it may never lower a row's P(key term), all else equal.
# `spread` and frequency have no such direction (a generic word is used everywhere).
TERMHOOD = {"structure": 1, "specificity": 1, "marking": 1, "naming": 1, "acronyms": 1,
            "cvalue": 1, "spread": 0}
MEANING_AXES = 16  # principal axes of the word vectors the `meaning` group projects onto
RRF_K = 60.0


def noise_class_of(term) -> str:
    """A glossary row's noise class, whether or not it is listed last. Rows captured before stop
    68 (the benchmarks' pickles) carry it only in `demoted`."""
    return term.noise_class or term.demoted


@dataclass(frozen=True)
class RowFacts:
    """What the model sees of one glossary row besides its signals."""
    term: str
    frequency: int
    kind: str  # "term", "acronym" or "entity"
    in_problems: int = 0  # uses in problem units, recommendation units, remarks (Term's counts)
    in_recommendations: int = 0
    in_remarks: int = 0
    noise: str = ""  # the row's noise class, whether or not it is listed last

    @classmethod
    def of(cls, term) -> RowFacts:
        return cls(term.term, term.frequency, term.kind, term.in_problems,
                   term.in_recommendations, term.in_remarks, noise_class_of(term))


def ranks(values: np.ndarray) -> np.ndarray:
    """Rank 1 for the highest value; ties share their mean rank (termrank's, as an array)."""
    from .termrank import fractional_ranks

    by_row = fractional_ranks(dict(enumerate(values.tolist())))
    return np.array([by_row[i] for i in range(len(values))], dtype=float)


def script_shares(text: str) -> tuple[float, float, float]:
    """Shares of kanji, katakana and Latin letters or digits in a term (NFKC)."""
    t = unicodedata.normalize("NFKC", text)
    n = max(len(t), 1)
    kanji = sum("\u4e00" <= ch <= "\u9fff" or ch in "々" for ch in t)
    kata = sum("\u30a0" <= ch <= "\u30ff" for ch in t)
    latin = sum(ch.isascii() and ch.isalnum() for ch in t)
    return kanji / n, kata / n, latin / n


def feature_groups(values: dict[str, np.ndarray], rows: list[RowFacts],
                   wanted=FEATURE_GROUPS, text: str = "", genre: Genre | None = None,
                   rates: PartRates | None = None) -> dict[str, np.ndarray]:
    """Named feature groups, one row per glossary row: `values` holds each of SIGNALS for the
    rows of one document (percentiles are within that document); `text` is the document's
    normalized text (`variants` and `uses` read it); `genre` and `rates` the tables the groups
    of those names read (each left out without its table). Groups not `wanted` may be left out
    (`parts` costs look-ups)."""
    from .glossary import split_a

    n = len(rows)
    freq = np.array([r.frequency for r in rows], dtype=float)
    ranked = {s: ranks(values[s]) for s in SIGNALS}  # each signal ranked once, used twice
    pct = np.stack([1.0 - (ranked[s] - 1) / max(n - 1, 1) for s in SIGNALS], axis=1)
    raw = np.stack([np.log1p(np.maximum(values["structure"], 0)),
                    values["specificity"],
                    np.log1p(values["marking"]),
                    values["naming"], values["acronyms"],
                    np.log1p(np.maximum(values["cvalue"], 0)),
                    np.log1p(values["spread"]),
                    np.log1p(freq)], axis=1)
    shape = np.array([[float(r.frequency <= 1), math.log(len(r.term)), *script_shares(r.term),
                       float(len(split_a(r.term))), float(r.kind == "acronym"),
                       float(r.kind == "entity")] for r in rows]).reshape(n, 8)
    contrib = np.stack([1.0 / (RRF_K + ranked[s]) for s in SIGNALS], axis=1)
    groups = {"pct": pct, "raw": raw, "shape": shape, "rrf": contrib}
    if "parts" in wanted:
        groups["parts"] = parts_features([r.term for r in rows])
    if "where" in wanted:
        groups["where"] = where_features(rows)
    if "lexicon" in wanted:
        groups["lexicon"] = lexicon_features([r.term for r in rows])
    if "meaning" in wanted:
        groups["meaning"] = meaning_features(rows)
    if "heads" in wanted:
        groups["heads"] = head_features([r.term for r in rows])
    if "variants" in wanted:
        groups["variants"] = variant_features(rows, text)
    if "uses" in wanted:
        groups["uses"] = use_features(rows, text)
    if "genre" in wanted and genre is not None:
        groups["genre"] = genre.features([r.term for r in rows])
    if "rates" in wanted and rates is not None:
        groups["rates"] = rates.features([r.term for r in rows])
    if "noise" in wanted:
        groups["noise"] = noise_features(rows)
    return groups


def monotone(features: tuple[str, ...], widths: dict[str, int]) -> list[int]:
    """The trees' monotonic constraints, one per column of the feature groups `features`
    (`widths`: each group's column count): TERMHOOD for the signal columns of `pct` and `raw`
    (whose last column, frequency, has none), 0 for every other column."""
    signals = [TERMHOOD[s] for s in SIGNALS]
    out: list[int] = []
    for group in features:
        known = {"pct": signals, "raw": [*signals, 0]}.get(group, [0] * widths[group])
        if len(known) != widths[group]:
            raise ValueError(f"`{group}` has {widths[group]} columns, not {len(known)}")
        out += known
    return out


def noise_features(rows: list[RowFacts]) -> np.ndarray:
    """A row's noise class (stop 68), one indicator per NOISE_CLASSES: a heuristic that is
    mostly right is one more piece of evidence for the trees to weigh, not a verdict."""
    return np.array([[float(r.noise == c) for c in NOISE_CLASSES] for r in rows],
                    dtype=float).reshape(len(rows), len(NOISE_CLASSES))


RATE_PRIOR = 5.0  # rows' worth of the overall rate a part's own rate is drawn towards


@dataclass(frozen=True)
class PartRates:
    """How often rows sharing a Sudachi mode-A part were key terms, and judged noise, in the
    reports the trees were fitted on (stop 67, second round, measured: its rule held on the
    never-fitted sets but the bundled report lost, so no shipped model uses it): per part,
    [reports, clean rows, key rows, judged rows, noise rows]. A compound is a kind of what its
    parts name, and the labels say which kinds were key terms. Learned from the labels like the
    trees, kept in the same model file; only parts of 2 or more reports are read (and kept), and
    a fitted report's own rows are left out of its counts. Each rate is drawn towards the
    overall rate by RATE_PRIOR rows."""
    prior: tuple[float, float]  # the overall key-term rate and noise rate
    parts: dict[str, list[int]]

    @classmethod
    def of(cls, counts: list[tuple[dict[str, list[int]], list[int]]]) -> PartRates:
        """The table of these reports' `part_counts`."""
        parts: dict[str, list[int]] = {}
        every = [0, 0, 0, 0]
        for report, rows in counts:
            every = [a + b for a, b in zip(every, rows)]
            for part, c in report.items():
                parts[part] = [a + b for a, b in zip(parts.get(part, [0] * 5), [1, *c])]
        return cls((every[1] / max(every[0], 1), every[3] / max(every[2], 1)), parts)

    def kept(self) -> PartRates:
        return PartRates(self.prior, {p: c for p, c in self.parts.items() if c[0] >= 2})

    def rate(self, part: str, own: dict[str, list[int]]) -> tuple[float, float, int]:
        c = self.parts.get(part, [0] * 5)
        if part in own:
            c = [c[0] - 1, *(a - b for a, b in zip(c[1:], own[part]))]
        if c[0] < 2:
            c = [0] * 5
        key = (c[2] + RATE_PRIOR * self.prior[0]) / (c[1] + RATE_PRIOR)
        noise = (c[4] + RATE_PRIOR * self.prior[1]) / (c[3] + RATE_PRIOR)
        return key, noise, c[1]

    def features(self, terms: list[str], own: dict[str, list[int]] | None = None) -> np.ndarray:
        """Per row: the key-term and noise rates of its last part and of its first part, the
        highest of each over its parts, and how many rows share its last part."""
        own = own or {}
        out = []
        for term in terms:
            r = [self.rate(p, own) for p in normalized_parts(term)[1]]
            out.append([r[-1][0], r[-1][1], r[0][0], r[0][1], max(x[0] for x in r),
                        max(x[1] for x in r), math.log1p(r[-1][2])])
        return np.array(out, dtype=float).reshape(len(terms), 7)


def part_counts(terms, key, judged, demoted) -> tuple[dict[str, list[int]], list[int]]:
    """One report's counts for PartRates: per part of its clean rows, [rows, key rows, judged
    rows, rows judged noise], and the same over its clean rows (`key` 0/1, `judged` NOISE, TERM
    or '' per row)."""
    out: dict[str, list[int]] = {}
    rows = [0, 0, 0, 0]
    for term, k, said, gone in zip(terms, key, judged, demoted):
        if gone:
            continue
        one = [1, int(k), int(said != ""), int(said == "NOISE")]
        rows = [a + b for a, b in zip(rows, one)]
        for part in set(normalized_parts(term)[1]):
            out[part] = [a + b for a, b in zip(out.get(part, [0, 0, 0, 0]), one)]
    return out, rows


def normalized_parts(term: str) -> tuple[str, tuple[str, ...]]:
    """A row normalized, and its Sudachi mode-A parts (the row itself when it splits into none):
    what `Genre` and `PartRates` count and read."""
    from ..textnorm import normalize
    from .glossary import split_a

    key = normalize(term)
    return key, split_a(key) or (key,)


def vocabulary(terms) -> tuple[frozenset[str], frozenset[str]]:
    """A document's rows (normalized) and their Sudachi mode-A parts: what `Genre` counts."""
    split = [normalized_parts(t) for t in terms]
    return frozenset(k for k, _ in split), frozenset(p for _, parts in split for p in parts)


@dataclass(frozen=True)
class Genre:
    """How many reports of a background collection (other policy reports, of many fields) use
    each row and each Sudachi mode-A part (stop 67): the `genre` group's table, kept in the
    ranker file whose trees were fitted with it. A term a reader looks up belongs to one field;
    a row every kind of report uses (関係機関, 推進体制) is the genre's own vocabulary, however
    rare it is in general Japanese. A count is read only when it is 2 or more (so a file keeps
    only those); `own` is a background report's own vocabulary, not counted while it is fitted."""
    reports: int
    terms: dict[str, int]
    parts: dict[str, int]

    @classmethod
    def of(cls, vocabularies) -> Genre:
        """The table of these (rows, parts) vocabularies, every count kept."""
        terms, parts = Counter(), Counter()
        for rows, pieces in vocabularies:
            terms.update(rows)
            parts.update(pieces)
        return cls(len(vocabularies), dict(terms), dict(parts))

    def kept(self) -> Genre:
        """The same table with the counts below 2 left out (they are never read)."""
        return Genre(self.reports, {k: n for k, n in self.terms.items() if n >= 2},
                     {k: n for k, n in self.parts.items() if n >= 2})

    def share(self, table: dict[str, int], key: str, own: frozenset[str]) -> float:
        n = table.get(key, 0) - (key in own)
        return n / self.reports if n >= 2 else 0.0

    def features(self, terms: list[str], own=(frozenset(), frozenset())) -> np.ndarray:
        """Per row: the share of the background's reports that use it whole, and of those that
        use its parts (mean, least, most, its last part, its first part)."""
        out = []
        for term in terms:
            key, split = normalized_parts(term)
            parts = [self.share(self.parts, p, own[1]) for p in split]
            out.append([self.share(self.terms, key, own[0]), float(np.mean(parts)), min(parts),
                        max(parts), parts[-1], parts[0]])
        return np.array(out, dtype=float).reshape(len(terms), 6)


# What may follow a use of a row (stop 45, measured): a particle of each kind, a verb ending
# (Xする, Xした, Xされ…), a sentence's punctuation, a closing quote or bracket; else the row goes
# on into a longer word.
AFTER = (frozenset("の"), frozenset("を"), frozenset("がはも"), frozenset("にでへとや"),
         frozenset("しすさせ"), frozenset("、。，．"), frozenset("」』）)"))
BEFORE = (frozenset("「『（("), frozenset("の"), frozenset("、。，．\n"))


def starts(word: str, text: str) -> list[int]:
    """Where `word` starts in `text` (non-overlapping uses, as str.count counts them)."""
    return [m.start() for m in re.finditer(re.escape(word), text)]


def use_features(rows: list[RowFacts], text: str) -> np.ndarray:
    """How a row is used in the sentences (stop 45, measured): the share of its uses followed by
    each class of AFTER and preceded by each of BEFORE. The grammar around a word's uses tells
    a thing the text names and talks about (…の, …を, …が) from an action it performs (…する)
    or a modifier of a longer word."""
    from ..textnorm import normalize

    out = []
    for r in rows:
        term = normalize(r.term)
        at = starts(term, text) if term else []
        after = [text[i + len(term):i + len(term) + 1] for i in at]
        before = [text[i - 1:i] if i else "\n" for i in at]
        n = max(len(at), 1)
        out.append([sum(a in kind for a in after) / n for kind in AFTER]
                   + [sum(b in kind for b in before) / n for kind in BEFORE])
    return np.array(out, dtype=float).reshape(len(rows), len(AFTER) + len(BEFORE))


PARTICLES = frozenset("のをがにはともでへな")


def variant_features(rows: list[RowFacts], text: str) -> np.ndarray:
    """How often the text says a row in other words (stop 45, measured): its Sudachi mode-A
    parts, cut at any point, joined by one particle (体制強化 as 体制を強化, 小規模病院 as
    小規模な病院), counted in the document's normalized text; and those uses' share of all its
    uses. A phrase whose meaning is its parts is paraphrased freely; a term keeps its form."""
    from ..textnorm import normalize
    from .glossary import split_a

    found: dict[str, list[int]] = {}
    out = []
    for r in rows:
        parts = split_a(normalize(r.term))
        said = 0
        for k in range(1, len(parts)):
            first, rest = "".join(parts[:k]), "".join(parts[k:])
            if first not in found:
                found[first] = starts(first, text)
            after = len(first)
            said += sum(text[i + after:i + after + 1] in PARTICLES
                        and text.startswith(rest, i + after + 1) for i in found[first])
        out.append([math.log1p(said), said / (said + max(r.frequency, 1))])
    return np.array(out, dtype=float).reshape(len(rows), 2)


HEAD_AXES = 16


def head_features(terms: list[str]) -> np.ndarray:
    """What a row's last and first parts mean (stop 44, second round, measured; its rule failed,
    so no shipped model uses it): the vectors of its last and first Sudachi mode-A parts on the
    vocabulary's first HEAD_AXES principal axes. A Japanese compound is a kind of what its last
    part names (…機 a machine, …政府 a government, …使用 a use); NaN where the vocabulary lacks
    the part."""
    from .glossary import split_a
    from .termrank import vector_row

    axes = meaning_axes()[:HEAD_AXES]
    out = np.full((len(terms), 2 * HEAD_AXES), math.nan)
    for i, term in enumerate(terms):
        parts = split_a(term) or (term,)
        for j, part in enumerate((parts[-1], parts[0])):
            row = vector_row(part)
            if row is not None:
                out[i, j * HEAD_AXES:(j + 1) * HEAD_AXES] = axes @ unit_rows([row])[0]
    return out


@lru_cache(maxsize=1)
def vector_table() -> np.ndarray:
    """The ja_ginza model's word vectors (chiVe, 20,000 × 300, float32) as stored."""
    from .termrank import model_vocabulary

    return np.load(model_vocabulary() / "vectors", allow_pickle=False)


def unit_rows(rows) -> np.ndarray:
    """These rows of the vector table at unit length (float64; row by row, the same bits as
    normalising the whole table)."""
    vectors = vector_table()
    table = np.asarray(vectors[rows], dtype=float).reshape(-1, vectors.shape[1])
    return table / np.maximum(np.linalg.norm(table, axis=1, keepdims=True), 1e-12)


def meaning_axes() -> np.ndarray:
    """The vector table's first MEANING_AXES principal axes (signs fixed so that each axis's
    largest loading is positive): a property of the model, the same for every document. Kept
    in termrank's look-up file (named by the ja-ginza version), so that a re-run need not
    compute them (about a second); a change to `principal_axes` needs a new key here."""
    from .termrank import remembered

    axes = remembered(f"\0axes {MEANING_AXES}", lambda: principal_axes().tolist())
    return np.array(axes, dtype=float)


def principal_axes() -> np.ndarray:
    """The eigenvectors of the unit vectors' covariance with the largest eigenvalues, computed
    on one thread."""
    from threadpoolctl import threadpool_limits

    table = unit_rows(slice(None))
    centred = table - table.mean(axis=0)
    with threadpool_limits(1):  # the product's last bits depend on how many threads share it
        _, eigen = np.linalg.eigh(centred.T @ centred)  # ascending; 300 × 300, not an SVD of all
    axes = eigen[:, ::-1][:, :MEANING_AXES].T.copy()
    axes *= np.sign(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)])[:, None]
    return axes


def term_vector(term: str) -> tuple[np.ndarray | None, float]:
    """A term's vector: its own (at unit length) when the vocabulary has the term whole, else
    the mean of its Sudachi mode-A parts' unit vectors; and the share of those parts the
    vocabulary has (1.0 when whole). None when it has none of them."""
    from .glossary import split_a
    from .termrank import vector_row

    whole = vector_row(term)
    if whole is not None:
        return unit_rows([whole])[0], 1.0
    parts = split_a(term) or (term,)
    rows = [r for p in parts if (r := vector_row(p)) is not None]
    if not rows:
        return None, 0.0
    return unit_rows(rows).mean(axis=0), len(rows) / len(parts)


def meaning_features(rows: list[RowFacts]) -> np.ndarray:
    """What a row means, as word vectors tell it (stop 44, shipped): its vector's coordinates on
    the vocabulary's first principal axes (coarse kinds of words: places, offices, actions,
    abstract notions…), how much of it the vocabulary covers, and how close it is to the
    document's own centre (the frequency-weighted mean of its rows' vectors). NaN where the
    vocabulary has none of its parts, which the trees send one way."""
    axes = meaning_axes()
    found = [term_vector(r.term) for r in rows]
    weights = np.array([math.log1p(r.frequency) for r in rows])
    have = [i for i, (v, _) in enumerate(found) if v is not None]
    centre = (np.average(np.stack([found[i][0] for i in have]), axis=0, weights=weights[have])
              if have else None)
    out = np.full((len(rows), MEANING_AXES + 2), math.nan)
    for i, (vec, share) in enumerate(found):
        out[i, MEANING_AXES] = share
        if vec is None:
            continue
        unit = vec / max(np.linalg.norm(vec), 1e-12)
        out[i, :MEANING_AXES] = axes @ unit
        out[i, MEANING_AXES + 1] = float(unit @ centre / max(np.linalg.norm(centre), 1e-12))
    return out


def lexicon_features(terms: list[str]) -> np.ndarray:
    """Whether a row is a word of a lexicon (stop 43, measured; it lost in cross-validation, so
    no shipped model uses it): how many words Sudachi's longest units (mode C) make of it, and its
    rank in the GiNZA model's vocabulary (the words of a large web corpus as Sudachi cut them,
    compounds included; NaN when absent, which the trees send one way). A compound a dictionary
    or a corpus keeps whole is a lexical unit; a phrase is not."""
    from sudachipy import SplitMode

    from .readings import sudachi
    from .termrank import vocabulary_rank

    out = []
    for term in terms:
        rank = vocabulary_rank(unicodedata.normalize("NFKC", term))
        out.append([float(len(sudachi().tokenize(term, SplitMode.C))),
                    math.log10(rank) if rank else math.nan])
    return np.array(out, dtype=float).reshape(len(terms), 2)


def where_features(rows: list[RowFacts]) -> np.ndarray:
    """Where a row is used (stop 43, measured; its rule failed, so no shipped model uses it): the
    share of its uses in problem units, in recommendation units, in remarks and elsewhere, and
    how many of the three kinds use it."""
    out = []
    for r in rows:
        f = max(r.frequency, 1)
        kinds = (r.in_problems, r.in_recommendations, r.in_remarks)
        out.append([*(k / f for k in kinds), max(0.0, 1 - sum(kinds) / f),
                    float(sum(k > 0 for k in kinds))])
    return np.array(out, dtype=float).reshape(len(rows), 5)


def parts_features(terms: list[str]) -> np.ndarray:
    """How a row is built from its Sudachi mode-A parts (stop 43, shipped): how many other rows
    of the document share its last part and its first part, how common in general Japanese its
    last part, its first part, its rarest part and the term as a whole are, and how many other
    rows contain it. A phrase whose meaning is its parts tends to be made of common words that
    the document combines in many ways; a term tends to hold a rare part or be a word itself."""
    from .glossary import split_a
    from .termrank import word_zipf

    split = [split_a(t) or (t,) for t in terms]
    heads = Counter(p[-1] for p in split)
    firsts = Counter(p[0] for p in split)
    joined = "\n".join(terms)
    out = []
    for term, p in zip(terms, split):
        within = joined.count(term) - 1  # other rows holding it (once each, near enough)
        z = [word_zipf(x) for x in p]
        out.append([math.log1p(heads[p[-1]] - 1), math.log1p(firsts[p[0]] - 1),
                    z[-1], z[0], min(z), word_zipf(term), math.log1p(max(within, 0))])
    return np.array(out, dtype=float).reshape(len(terms), 7)


def matrix(groups: dict[str, np.ndarray], names) -> np.ndarray:
    return np.concatenate([groups[g] for g in names], axis=1)


@dataclass(frozen=True)
class Ranker:
    """Additive trees: a baseline plus, per tree, the leaf a row reaches."""
    features: tuple[str, ...]  # feature groups, in column order
    baseline: float
    trees: tuple[dict[str, np.ndarray], ...]
    genre: Genre | None = None  # the background table of the `genre` group, when it has one
    rates: PartRates | None = None  # the table of the `rates` group, when it has one
    weighs: tuple[str, ...] = ()  # noise classes ranked by the trees, not listed last

    def scores(self, groups: dict[str, np.ndarray]) -> np.ndarray:
        """P(key term) of each row (the logistic of the trees' sum, as scikit-learn's)."""
        from scipy.special import expit

        x = matrix(groups, self.features)
        raw = np.zeros(len(x)) + self.baseline
        for tree in self.trees:
            raw += _leaf_values(tree, x)
        return expit(raw)


def _genre(data: dict) -> Genre | None:
    """The model file's background table; ValueError when its features need one it lacks."""
    if "genre" not in data["features"]:
        return None
    table = data.get("genre")
    if not isinstance(table, dict) or int(table.get("reports", 0)) < 1:
        raise ValueError("the `genre` features need a `genre` table with its reports")
    return Genre(int(table["reports"]), dict(table["terms"]), dict(table["parts"]))


def _rates(data: dict) -> PartRates | None:
    """The model file's part rates; ValueError when its features need them and it lacks them."""
    if "rates" not in data["features"]:
        return None
    table = data.get("rates")
    if not isinstance(table, dict) or len(table.get("prior", ())) != 2:
        raise ValueError("the `rates` features need a `rates` table with its prior")
    return PartRates(tuple(float(x) for x in table["prior"]),
                     {p: list(c) for p, c in table["parts"].items()})


def _weighs(data: dict) -> tuple[str, ...]:
    """The noise classes the model file's trees rank among the clean rows; ValueError for a
    class that is not one, one the issue names (always last), or trees that cannot see them."""
    weighs = tuple(data.get("weighs", ()))
    wrong = [c for c in weighs if c not in NOISE_CLASSES or c in NAMED_NOISE]
    if wrong:
        raise ValueError(f"`weighs` names classes it cannot weigh: {wrong}")
    if weighs and "noise" not in data["features"]:
        raise ValueError("`weighs` needs the `noise` feature group")
    return weighs


def _leaf_values(tree: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Walk every row down one tree: left when the value is at most the threshold (or missing
    and the node sends missing values left)."""
    node = np.zeros(len(x), dtype=int)
    for _ in range(len(tree["leaf"])):
        inner = ~tree["leaf"][node]
        if not inner.any():
            break
        rows = np.flatnonzero(inner)
        at = node[rows]
        value = x[rows, tree["feature"][at]]
        left = np.where(np.isnan(value), tree["missing_left"][at], value <= tree["threshold"][at])
        node[rows] = np.where(left, tree["left"][at], tree["right"][at])
    return tree["value"][node]


def export(model, features: tuple[str, ...], about: dict, genre: Genre | None = None,
           rates: PartRates | None = None, weighs: tuple[str, ...] = ()) -> dict:
    """A fitted HistGradientBoostingClassifier (binary, numeric features) as JSON data, with the
    `genre` and `rates` groups' tables (what they read of them) when its features use them, and
    the noise classes it weighs."""
    trees = []
    for (predictor,) in model._predictors:
        n = predictor.nodes
        trees.append({"feature": n["feature_idx"].tolist(),
                      "threshold": n["num_threshold"].tolist(),
                      "missing_left": n["missing_go_to_left"].astype(bool).tolist(),
                      "left": n["left"].tolist(), "right": n["right"].tolist(),
                      "leaf": n["is_leaf"].astype(bool).tolist(), "value": n["value"].tolist()})
    out = {"format": "dtx-nlp glossary ranker 1", "features": list(features),
           "baseline": float(np.ravel(model._baseline_prediction)[0]), "trees": trees,
           "about": about}
    if genre is not None:  # (tables in key order: the same fit writes the same file)
        kept = genre.kept()
        out["genre"] = {"reports": kept.reports, "terms": dict(sorted(kept.terms.items())),
                        "parts": dict(sorted(kept.parts.items()))}
    if rates is not None:
        out["rates"] = {"prior": list(rates.prior),
                        "parts": dict(sorted(rates.kept().parts.items()))}
    if weighs:
        out["weighs"] = list(weighs)
    return out


@lru_cache(maxsize=4)
def load_ranker(path: Path) -> Ranker:
    """Read a model file written by `export`; ConfigError naming the file if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != "dtx-nlp glossary ranker 1":
            raise ValueError("not a dtx-nlp glossary ranker (no format 1)")
        unknown = set(data["features"]) - set(FEATURE_GROUPS)
        if unknown:
            raise ValueError(f"unknown feature groups {sorted(unknown)}")
        trees = tuple({"feature": np.array(t["feature"], dtype=int),
                       "threshold": np.array(t["threshold"], dtype=float),
                       "missing_left": np.array(t["missing_left"], dtype=bool),
                       "left": np.array(t["left"], dtype=int),
                       "right": np.array(t["right"], dtype=int),
                       "leaf": np.array(t["leaf"], dtype=bool),
                       "value": np.array(t["value"], dtype=float)} for t in data["trees"])
        return Ranker(tuple(data["features"]), float(data["baseline"]), trees, _genre(data),
                      _rates(data), _weighs(data))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"glossary ranker model {path}: {exc}") from None
