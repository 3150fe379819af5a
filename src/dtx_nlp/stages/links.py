"""Stage 7: link each recommendation to the problem units and workshop remarks it draws on.

Every candidate pair gets signals in [0, 1], each divided by its best value in the document and
combined by configured weights into one score:
  tfidf     cosine of TF-IDF vectors over Sudachi-normalized content words and compound terms
  item      the best tfidf cosine of any one part (heading or item) of the recommendation
  entities  IDF-weighted overlap of shared canonical entities
  terms     IDF-weighted overlap of shared glossary terms
  sentence  best sentence-to-sentence TF-IDF cosine (an item often draws on one sentence)
  vector    cosine of mean GiNZA word vectors, rescaled over the document's pairs
The score is blended with specificity (see `final_scores`), and a reply and the remark it answers
share their scores (`thread`). A link is accepted when its score clears `threshold` and is at
least `relative` × the best score of its group (problems or remarks) for that recommendation.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..config import LinkConfig
from ..outputs import atomic_file
from ..textnorm import normalize
from ..types import PROBLEM_KINDS, REMARK_KINDS, Link, Mention, Term
from .chains import noun_chains

CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ")
SIGNALS = ("tfidf", "item", "entities", "terms", "sentence", "vector")
_HIRAGANA1 = re.compile(r"^[\u3040-\u309f]$")


@dataclass(frozen=True)
class Side:
    """What linking needs of one side of a pair: features, sentences, entities, terms."""

    unit_id: str
    kind: str
    text: str
    words: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]  # the words of each part (a recommendation's items)
    sentences: tuple[tuple[str, tuple[str, ...]], ...]
    entities: frozenset[str]
    terms: frozenset[str]
    vector: np.ndarray
    parent_id: str | None = None  # the remark a reply answers


def _content(t, stopwords) -> str:
    """The matching form of a content word, or "" for any other token."""
    if t.pos_ not in CONTENT_POS or t.is_punct:
        return ""
    w = normalize(t.norm_ or t.text)
    if not w or w in stopwords or _HIRAGANA1.match(w) or w.isdigit():
        return ""
    return w


def content_words(doc, stopwords=frozenset()) -> list[str]:
    return [w for t in doc if (w := _content(t, stopwords))]


def positioned_features(doc, unit_id: str, stopwords=frozenset()) -> list[tuple[int, str]]:
    """(token index, feature) for content words and compound terms (noun chains of two or more
    nouns, as "C:<term>")."""
    words = [(t.i, w) for t in doc if (w := _content(t, stopwords))]
    compounds = [(c.start, "C:" + normalize(c.text)) for c in noun_chains(unit_id, doc)
                 if len(c.parts) > 1]
    return words + compounds


def _side(items, kind: str, unit_id: str, mentions_by_unit, terms_by_unit, stop,
          parent_id: str | None = None, with_text: bool = True) -> Side:
    """One side from one or more parsed units (a recommendation is its heading and items).
    Without `with_text` only entities and terms are collected (the text signals come from a
    cache)."""
    words, parts, sentences, ents, terms, vectors = [], [], [], set(), set(), []
    for p in items:
        ents |= mentions_by_unit.get(p.unit.unit_id, set())
        terms |= terms_by_unit.get(p.unit.unit_id, set())
        if not with_text:
            continue
        placed = positioned_features(p.doc, p.unit.unit_id, stop)
        own = [f for _, f in placed]
        words += own
        parts.append(tuple(own))
        for s in p.doc.sents:
            sentences.append((s.text, tuple(f for i, f in placed if s.start <= i < s.end)))
        if p.vector.size > 1:
            vectors.append(p.vector)
    vector = np.mean(vectors, axis=0) if vectors else np.zeros(1)
    text = "\n".join(p.unit.text for p in items)
    return Side(unit_id, kind, text, tuple(words), tuple(parts), tuple(sentences),
                frozenset(ents), frozenset(terms), vector, parent_id)


def _entity_sets(mentions: list[Mention]) -> dict[str, set[str]]:
    out = defaultdict(set)
    for m in mentions:
        if m.label in ("ORGANIZATION", "LAW", "WEAPON_SYSTEM", "LEGAL_SITUATION"):
            out[m.unit_id].add(m.canonical)
    return out


def _term_sets(parsed, glossary: list[Term]) -> dict[str, set[str]]:
    """The glossary terms (as displayed) that occur in each unit (matched normalized). Terms used
    once cannot be shared and rows of a noise class are not vocabulary (listed last or not), so
    neither is used."""
    keys = {t.norm or normalize(t.term): t.term for t in glossary
            if len(t.term) > 1 and t.frequency > 1 and not t.noise_class}
    out = {}
    for p in parsed:
        norm_text = normalize(p.unit.text)
        out[p.unit.unit_id] = {surface for k, surface in keys.items() if k in norm_text}
    return out


# ---- signals -------------------------------------------------------------------------------

def _identity(x):
    return x


def _tfidf(docs: list[tuple[str, ...]]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2")
    vec.fit([list(d) for d in docs] or [["_"]])
    return vec


# Cosines below this are left out of the neighbours (a shared common word).
NEIGHBOUR_FLOOR = 0.05


def target_neighbours(parsed, cfg: LinkConfig) -> dict[str, dict[str, float]]:
    """How alike the candidate targets' texts are: TF-IDF cosine of their content words (IDF
    over all units), for every pair of problems and remarks at or above NEIGHBOUR_FLOOR. The
    review queue reads a decision on one target as a hint about the targets like it."""
    stop = frozenset(cfg.stopwords)
    words = {p.unit.unit_id: tuple(content_words(p.doc, stop)) for p in parsed}
    targets = [p.unit.unit_id for p in parsed if p.unit.kind in PROBLEM_KINDS + REMARK_KINDS]
    if len(targets) < 2:
        return {}
    vec = _tfidf(list(words.values()))
    m = vec.transform([list(words[t]) for t in targets])
    sims = (m @ m.T).toarray()
    return {a: {b: round(float(sims[i, j]), 4) for j, b in enumerate(targets)
                if j != i and sims[i, j] >= NEIGHBOUR_FLOOR}
            for i, a in enumerate(targets)}


def _idf(sets: list[frozenset[str]]) -> dict[str, float]:
    n = len(sets)
    df = Counter(x for s in sets for x in s)
    return {x: math.log((1 + n) / (1 + c)) + 1 for x, c in df.items()}


def _overlap(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    # fsum: exact, so the result does not depend on the sets' (hash-seeded) iteration order
    shared = math.fsum(idf.get(x, 1.0) for x in a & b)
    return shared / min(math.fsum(idf.get(x, 1.0) for x in a),
                        math.fsum(idf.get(x, 1.0) for x in b))


def _sentence_rows(sides: list[Side], vec):
    """All sentences of all sides as one TF-IDF matrix, with each side's first row."""
    texts, starts = [], [0]
    for side in sides:
        sentences = [sent for sent in side.sentences if sent[1]] or [("", ())]
        texts.extend(sentences)
        starts.append(len(texts))
    return texts, vec.transform([list(words) for _, words in texts]), starts


def best_sentence_pairs(recs: list[Side], targets: list[Side], vec):
    """For every (recommendation, target): the best sentence-to-sentence cosine and the two
    sentences, computed as one sparse product and a block-wise maximum."""
    r_text, r_rows, r_starts = _sentence_rows(recs, vec)
    t_text, t_rows, t_starts = _sentence_rows(targets, vec)
    sims = (r_rows @ t_rows.T).toarray()
    best = np.zeros((len(recs), len(targets)))
    where = {}
    for i in range(len(recs)):
        block_rows = sims[r_starts[i]:r_starts[i + 1]]
        col_max = np.maximum.reduceat(block_rows, t_starts[:-1], axis=1) if len(t_starts) > 1 \
            else np.zeros((len(block_rows), 0))
        best[i] = col_max.max(axis=0)
        row_of_best = col_max.argmax(axis=0)
        for j in range(len(targets)):
            r = r_starts[i] + int(row_of_best[j])
            block = sims[r, t_starts[j]:t_starts[j + 1]]
            where[(i, j)] = (r_text[r][0], t_text[t_starts[j] + int(block.argmax())][0])
    return best, where


def _part_similarities(recs: list[Side], targets: list[Side], vec) -> list[np.ndarray]:
    """For each recommendation, the best TF-IDF cosine of any one of its parts (heading, items)
    with each target: an item often draws on a remark the whole recommendation dilutes."""
    tm = vec.transform([list(t.words) for t in targets])
    out = []
    for r in recs:
        parts = [list(p) for p in r.parts if p] or [list(r.words)]
        out.append((vec.transform(parts) @ tm.T).toarray().max(axis=0))
    return out


def _vector_cos(a: np.ndarray, b: np.ndarray) -> float:
    if a.size != b.size or a.size <= 1:
        return 0.0
    denom = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b / denom) if denom else 0.0


@dataclass
class Pair:
    rec: Side
    tgt: Side
    signals: dict[str, float]
    best_pair: tuple[str, str]
    shared_entities: tuple[str, ...]
    shared_terms: tuple[str, ...]


TextSignals = dict  # (rec id, target id) -> ({signal: value}, (rec sentence, target sentence))


def text_signals(recs: list[Side], targets: list[Side], all_sides: list[Side]) -> TextSignals:
    """The signals that depend on the parsed text alone (cached across rule changes)."""
    if not recs or not targets:
        return {}
    vec = _tfidf([s.words for s in all_sides])
    sims = (vec.transform([list(r.words) for r in recs])
            @ vec.transform([list(t.words) for t in targets]).T).toarray()
    part_sims = _part_similarities(recs, targets, vec)
    best_sims, best_where = best_sentence_pairs(recs, targets, vec)
    table = {}
    for i, r in enumerate(recs):
        for j, t in enumerate(targets):
            best = float(best_sims[i, j])
            table[(r.unit_id, t.unit_id)] = (
                {"tfidf": float(sims[i, j]), "item": float(part_sims[i][j]), "sentence": best,
                 "vector": _vector_cos(r.vector, t.vector)},
                best_where[(i, j)] if best > 0 else ("", ""))
    _rescale([signals for signals, _ in table.values()], "vector")
    return table


def score_pairs(recs: list[Side], targets: list[Side], all_sides: list[Side],
                text: TextSignals | None = None) -> list[Pair]:
    """Every (recommendation, target) pair with all its signals."""
    if text is None:
        text = text_signals(recs, targets, all_sides)
    ent_idf = _idf([s.entities for s in all_sides])
    term_idf = _idf([s.terms for s in all_sides])
    pairs = []
    for r in recs:
        for t in targets:
            signals, best_pair = text[(r.unit_id, t.unit_id)]
            signals = dict(signals, entities=_overlap(r.entities, t.entities, ent_idf),
                           terms=_overlap(r.terms, t.terms, term_idf))
            pairs.append(Pair(r, t, signals, tuple(best_pair),
                              tuple(sorted(r.entities & t.entities)),
                              tuple(sorted(r.terms & t.terms, key=lambda x: (-len(x), x)))))
    return pairs


def load_text_signals(path: Path) -> TextSignals | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {(r, t): (signals, tuple(pair)) for r, t, signals, pair in rows}


def store_text_signals(table: TextSignals, path: Path) -> None:
    rows = [[r, t, signals, list(pair)] for (r, t), (signals, pair) in table.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path) as tmp:
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def _rescale(rows: list[dict], name: str) -> None:
    """Min-max scale one signal over all pairs of the document."""
    values = [row[name] for row in rows]
    lo, hi = (min(values), max(values)) if values else (0.0, 0.0)
    for row in rows:
        row[name] = (row[name] - lo) / (hi - lo) if hi > lo else 0.0


def combine(signals: dict[str, float], weights: dict[str, float],
            scale: dict[str, float] | None = None) -> float:
    """The weighted mean of the signals, each divided by its `scale` (its best value in the
    document) so that no signal counts more for merely having a wider range."""
    total = sum(weights.get(s, 0.0) for s in SIGNALS)
    if total <= 0:
        return signals.get("tfidf", 0.0)
    scale = scale or {}
    return sum(weights.get(s, 0.0) * signals.get(s, 0.0) / (scale.get(s) or 1.0)
               for s in SIGNALS) / total


# ---- acceptance ----------------------------------------------------------------------------

def group_of(kind: str) -> str:
    return "problem" if kind in PROBLEM_KINDS else "remark"


def accept(scores: list[float], threshold: float, relative: float, minimum: int) -> list[bool]:
    """Which of one group's scores (best first) are accepted links."""
    if not scores:
        return []
    best = scores[0]
    out = [s >= threshold and s >= relative * best for s in scores]
    for i in range(min(minimum, len(out))):
        out[i] = out[i] or scores[i] >= threshold * 0.5
    return out


def _evidence(pair: Pair) -> str:
    parts = []
    if pair.shared_entities:
        parts.append("entities: " + ", ".join(pair.shared_entities[:8]))
    if pair.shared_terms:
        parts.append("terms: " + ", ".join(pair.shared_terms[:8]))
    rs, ts = pair.best_pair
    if rs and ts:
        parts.append(f"best pair: 「{_clip(rs)}」 ↔ 「{_clip(ts)}」")
    return " | ".join(parts)


def _clip(text: str, n: int = 80) -> str:
    text = text.strip().replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _blend(pairs: list[Pair], weights: dict[str, float]):
    """What the score is made of: each signal's scale (its best value in the document), each
    pair's combined signals, their best value, and each pair's specificity (a logistic of the
    z-score of its combined signals within the target's column)."""
    scale = {s: max((p.signals.get(s, 0.0) for p in pairs), default=0.0) for s in SIGNALS}
    raw = [combine(p.signals, weights, scale) for p in pairs]
    top = max(raw, default=0.0) or 1.0
    column = defaultdict(list)
    for p, r in zip(pairs, raw):
        column[p.tgt.unit_id].append(r)
    stats = {t: (float(np.mean(v)), float(np.std(v)) or 1.0) for t, v in column.items()}
    specs = []
    for p, r in zip(pairs, raw):
        mean, sd = stats[p.tgt.unit_id]
        specs.append(1.0 / (1.0 + math.exp(-(r - mean) / sd)))
    return scale, raw, top, specs


def final_scores(pairs: list[Pair], weights: dict[str, float], specificity: float,
                 thread: float = 0.0) -> list[float]:
    """Each pair's score in [0, 1]: the weighted signals (scaled by the document's best pair),
    blended with how much this recommendation stands out among all recommendations for the
    same target (a logistic of the z-score within the target's column): a problem every
    recommendation resembles a little is linked to none in particular. Then a reply and the
    remark it answers, one exchange, each score at least `thread` × the other's."""
    _, raw, top, specs = _blend(pairs, weights)
    out = [(1 - specificity) * r / top + specificity * spec for r, spec in zip(raw, specs)]
    return _share_threads(pairs, out, thread) if thread > 0 else out


PARTS = (*SIGNALS, "specificity", "thread")


def score_parts(pairs: list[Pair], weights: dict[str, float], specificity: float,
                thread: float, scores: list[float]) -> list[dict[str, float]]:
    """Each pair's score (`scores`, from final_scores) as the sum of its parts: the weighted share
    of every signal that has a weight, the specificity blend, and what the thread rule added.
    Signals of weight 0 are left out: they do not count."""
    scale, _, top, specs = _blend(pairs, weights)
    total = sum(weights.get(s, 0.0) for s in SIGNALS)
    counted = [s for s in SIGNALS if weights.get(s, 0.0) > 0] if total > 0 else ["tfidf"]
    share = {s: (weights[s] / total if total > 0 else 1.0) / (scale.get(s) or 1.0)
             for s in counted}
    out = []
    for p, spec, score in zip(pairs, specs, scores):
        parts = {s: (1 - specificity) * share[s] * p.signals.get(s, 0.0) / top for s in counted}
        if specificity > 0:
            parts["specificity"] = specificity * spec
        if thread > 0:
            parts["thread"] = max(0.0, score - math.fsum(parts.values()))
        out.append({k: round(v, 4) for k, v in parts.items()})
    return out


def _share_threads(pairs: list[Pair], scores: list[float], thread: float) -> list[float]:
    """A reply's score is at least `thread` × its remark's, and the remark's at least
    `thread` × the reply's (for the same recommendation)."""
    index = {(p.rec.unit_id, p.tgt.unit_id): i for i, p in enumerate(pairs)}
    out = list(scores)
    for i, p in enumerate(pairs):
        if p.tgt.kind != "reply" or not p.tgt.parent_id:
            continue
        j = index.get((p.rec.unit_id, p.tgt.parent_id))
        if j is not None:
            out[i] = max(out[i], thread * scores[j])
            out[j] = max(out[j], thread * scores[i])
    return out


def rank_links(pairs: list[Pair], cfg: LinkConfig, method: str = "combined") -> list[Link]:
    """Every pair as a Link, ranked within its group, with its acceptance and score parts. All
    pairs are kept (a decision may bring any of them into view): `shown` trims to what
    links.csv holds."""
    by_group = defaultdict(list)
    scores = final_scores(pairs, cfg.weights, cfg.specificity, cfg.thread)
    parts = score_parts(pairs, cfg.weights, cfg.specificity, cfg.thread, scores)
    for p, score, part in zip(pairs, scores, parts):
        by_group[(p.rec.unit_id, group_of(p.tgt.kind))].append((round(score, 4), p, part))
    links = []
    for (rec_id, _group), scored in by_group.items():
        scored.sort(key=lambda x: (-x[0], x[1].tgt.unit_id))
        flags = accept([s for s, _, _ in scored], cfg.threshold, cfg.relative,
                       cfg.min_per_recommendation)
        for rank, ((score, p, part), ok) in enumerate(zip(scored, flags), start=1):
            links.append(Link(rec_id, p.tgt.unit_id, p.tgt.kind, score, rank, ok, method,
                              _evidence(p), {k: round(v, 4) for k, v in p.signals.items()},
                              parts=part))
    return links


def shown(links: list[Link], top_n: int) -> list[Link]:
    """The links links.csv holds: the top `top_n` of each group, every accepted or decided link
    and every explicit reference."""
    return [k for k in links if k.rank <= top_n or k.accepted or k.decision
            or k.method == "reference"]


def reference_links(recs: list[Side], parsed, cfg: LinkConfig) -> list[Link]:
    """Explicit references: 【提言 N】 inside a recommendation links to recommendation N; a note
    such as "（注：3．参考資料…を参照）" links to the start of the workshop record."""
    number_of = {p.unit.unit_id: p.unit.number for p in parsed if p.unit.kind == "recommendation"}
    by_number = {n: uid for uid, n in number_of.items() if n is not None}
    appendix = next((p.unit for p in parsed if p.unit.part == "workshop"), None)
    links = []
    for r in recs:
        found = []
        pattern = cfg.recommendation_reference
        for m in pattern.finditer(r.text) if pattern else ():
            target = by_number.get(int(normalize(m.group("number"))))
            if target and target != r.unit_id and target not in [t for t, _, _ in found]:
                found.append((target, "recommendation", f"explicit reference {m.group()}"))
        if cfg.appendix_reference and appendix is not None:
            for m in cfg.appendix_reference.finditer(r.text):
                found.append((appendix.unit_id, appendix.kind,
                              f"explicit reference to the workshop record: {m.group()}"))
                break
        for rank, (target, kind, evidence) in enumerate(found, start=1):
            links.append(Link(r.unit_id, target, kind, 1.0, rank, True, "reference", evidence))
    return links


def sort_links(links: list[Link]) -> list[Link]:
    return sorted(links, key=lambda k: (k.recommendation_id, k.method == "reference",
                                        -k.score, k.target_id))


def recommendations(parsed) -> list[list]:
    """Each recommendation as its parsed heading unit followed by its items."""
    children = defaultdict(list)
    for p in parsed:
        if p.unit.kind == "recommendation_item" and p.unit.parent_id:
            children[p.unit.parent_id].append(p)
    return [[p] + children[p.unit.unit_id] for p in parsed if p.unit.kind == "recommendation"]


@dataclass
class LinkInputs:
    recs: list[Side]
    targets: list[Side]
    all_sides: list[Side]


def link_inputs(parsed, mentions: list[Mention], glossary: list[Term], cfg: LinkConfig,
                with_text: bool = True) -> LinkInputs:
    ents = _entity_sets(mentions)
    terms = _term_sets(parsed, glossary)
    stop = cfg.stopwords
    recs = [_side(items, "recommendation", items[0].unit.unit_id, ents, terms, stop,
                  with_text=with_text) for items in recommendations(parsed)]
    targets = [_side([p], p.unit.kind, p.unit.unit_id, ents, terms, stop,
                     parent_id=p.unit.parent_id, with_text=with_text)
               for p in parsed if p.unit.kind in PROBLEM_KINDS + REMARK_KINDS]
    others = [_side([p], p.unit.kind, p.unit.unit_id, ents, terms, stop, with_text=with_text)
              for p in parsed
              if p.unit.kind not in PROBLEM_KINDS + REMARK_KINDS + ("recommendation",)]
    return LinkInputs(recs, targets, recs + targets + others)


def link(parsed, mentions: list[Mention], glossary: list[Term], cfg: LinkConfig,
         text_cache: Path | None = None) -> list[Link]:
    """Every candidate pair ranked, scored and accepted, plus explicit references, best first
    (before review; `shown` trims them to links.csv's rows). The text
    signals are read from `text_cache` when it exists (a re-run after a rule change) and
    written there otherwise."""
    text = load_text_signals(text_cache) if text_cache else None
    inputs = link_inputs(parsed, mentions, glossary, cfg, with_text=text is None)
    if text is None:
        text = text_signals(inputs.recs, inputs.targets, inputs.all_sides)
        if text_cache:
            try:
                store_text_signals(text, text_cache)
            except OSError:
                pass  # a cache that cannot be written is only slower next time
    pairs = score_pairs(inputs.recs, inputs.targets, inputs.all_sides, text)
    return sort_links(rank_links(pairs, cfg) + reference_links(inputs.recs, parsed, cfg))
