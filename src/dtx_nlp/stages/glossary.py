"""Stage 6: the document's own vocabulary, ranked with Nakagawa & Mori's FLR.

FLR(CN) = f(CN) × LR(CN), LR(CN) = (∏ᵢ (L(Nᵢ)+1)(R(Nᵢ)+1))^(1/2n), where the Nᵢ are the n simple
nouns of the compound noun CN, f(CN) how often CN occurs as a maximal noun chain, and L(N)/R(N)
how often other nouns stand directly to the left/right of N inside chains (Nakagawa & Mori,
Terminology 9(2), 2003).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ..config import LEARNED_RANKINGS, GlossaryConfig
from ..textnorm import is_hiragana, is_katakana, normalize
from ..types import PROBLEM_KINDS, RECOMMENDATION_KINDS, REMARK_KINDS, Mention, Term
from . import termmodel
from .chains import LATIN, NUMERIC, Chain, ChainRules, nested_chains, noun_chains
from .definitions import Definition, first_definitions, is_modifier
from .noiseclasses import (
    ENGLISH_WORDS,
    ENUMERATION,
    EVERYDAY_WORD,
    FRAGMENT,
    GENERIC_HEAD,
    INSIDE_ONLY,
    ITEM_LABEL,
    KANJI_LIST,
    ONE_OFF_PHRASE,
    PERSON_WITH_TITLE,
    POST,
    QUANTIFIED,
    QUANTITY_OR_DATE,
    REFERENCE,
    RELATIVE,
    TWO_TERMS,
)
from .readings import mode_a, mode_a_morphemes, reading, sudachi
from .termrank import (
    c_values,
    fuse_kinds,
    is_enumeration,
    is_everyday,
    is_fragment,
    is_glued_english,
    is_juxtaposition,
    is_kanji_list,
    is_person_with_title,
    is_quantity,
    naming,
    numbered_labels,
    opens_with_name,
    rrf,
    specificity,
    word_zipf,
)
from .termshapes import (SAID, Marked, clause_definitions, described, marked_terms,
                         formal_titles, note_definitions, short_names, topic_copulas)

_DATE = re.compile(r"^[\d.,年月日時分～~-]+$")
# 第1, 第二, 第3章: a number or the document's own part label, not a term
_ORDINAL = re.compile(r"^第[\d一二三四五六七八九十百千]+[章節編部]?$")
# The entity label of bodies (entities.LABELS): only their rows list a name without its legal form
BODY_LABEL = "ORGANIZATION"
USAGE_REMARK_KINDS = REMARK_KINDS + ("session_topic",)  # a topic line counts as workshop use


def _is_candidate(chain: Chain, cfg: GlossaryConfig, longest: int = 0) -> bool:
    """A compound of two or more nouns, or a single loanword or Latin name; not made only of
    generic nouns (stoplist) and not a number; at most `longest` characters (0: max_term_chars)."""
    text = chain.text
    nouns = [p for p in chain.parts if p not in "・-"]
    if (len(text) < 2 or len(text) > (longest or cfg.max_term_chars) or NUMERIC.match(text)
            or _ORDINAL.match(normalize(text))):
        return False
    content = [p for p in nouns if p not in cfg.stoplist and not NUMERIC.match(p)]
    if not content or normalize(text) in cfg.stoplist:  # 提|言 split by the parse is still 提言
        return False
    if split_a(nouns[-1])[-1] in cfg.drop_suffixes or _DATE.match(normalize(text)):
        return False
    if len(nouns) == 1:
        return (bool(LATIN.match(text)) or (is_katakana(text) and len(text) >= 4)
                or len(split_a(text)) >= 2
                or _rare_word(text, cfg.rare_single_words, cfg.rare_words_plain))
    return True


_KANJI_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc\u4e00-\u9fff々]+")


@lru_cache(maxsize=None)
def _rare_word(text: str, zipf: float, plain: bool = False) -> bool:
    """A single word of kanji or kana general Japanese uses less often than `zipf` (0: none is),
    not a proper noun as Sudachi reads it (磯焼け, 換地; not 会議, not the place name 鬼怒).
    `plain`: and a plain noun not spelled wholly in hiragana (not うえ, 精緻, おそれ)."""
    if zipf <= 0 or not _KANJI_KANA.fullmatch(text) or word_zipf(text) >= zipf:
        return False
    morphemes = mode_a_morphemes(text)
    if any(m.part_of_speech()[1] == "固有名詞" for m in morphemes):
        return False
    return not plain or (not is_hiragana(text) and all(_plain_noun(m) for m in morphemes))


_NOT_PLAIN = frozenset({"副詞可能", "形状詞可能"})


def _plain_noun(morpheme) -> bool:
    """Sudachi reads the morpheme as a noun it does not also mark usable as an adverb or as an
    adjective stem (副詞可能: うえ; 形状詞可能: 精緻)."""
    pos = morpheme.part_of_speech()
    return pos[0] == "名詞" and pos[2] not in _NOT_PLAIN


def country_names(parsed, abbreviations: str = "") -> frozenset[str]:
    """The country names the parse found, as normalized text: Sudachi's 名詞-固有名詞-地名-国,
    and nouns made only of one-kanji country abbreviations (日米, 日中|韓)."""
    short = set(abbreviations)
    return frozenset(normalize(t.text) for p in parsed for t in p.doc
                     if t.tag_.startswith("名詞-固有名詞-地名-国")
                     or (t.tag_.startswith("名詞") and short and set(t.text) <= short))


def simple_nouns(chain: Chain) -> list[str]:
    """The chain's simple nouns as FLR counts them: Sudachi's shortest (mode A) units, so that a
    dictionary compound (情報共有, キルチェーン) shares its parts' neighbour counts."""
    return [normalize(a) for p in chain.parts if p not in "・-" for a in split_a(p)]


def flr_scores(chains: list[Chain], frequency=None) -> dict[str, float]:
    """FLR of every distinct chain (keyed by its normalized text). `frequency` counts a term's
    occurrences (default: how often it is a maximal chain; the glossary counts every
    occurrence, nested ones too, so that 存立危機事態 inside 存立危機事態下 counts)."""
    left, right = Counter(), Counter()
    freq = Counter()
    parts_of: dict[str, tuple[str, ...]] = {}
    for c in chains:
        nouns = simple_nouns(c)
        for a, b in zip(nouns, nouns[1:]):
            right[a] += 1
            left[b] += 1
        key = normalize(c.text)
        freq[key] += 1
        parts_of.setdefault(key, tuple(nouns))
    scores = {}
    for key, nouns in parts_of.items():
        product = sum(math.log((left[n] + 1) * (right[n] + 1)) for n in nouns)
        lr = math.exp(product / (2 * len(nouns))) if nouns else 1.0
        scores[key] = (frequency(key) if frequency else freq[key]) * lr
    return scores


# ---- occurrences and the glossary ----------------------------------------------------------

@dataclass
class _Occurrences:
    frequency: int = 0
    first_unit: str = ""
    by_kind: Counter = field(default_factory=Counter)
    units: set = field(default_factory=set)  # the units it occurs in


def _occurrences(norm_term: str, units) -> _Occurrences:
    occ = _Occurrences()
    for u, norm_text in units:
        n = norm_text.count(norm_term)
        if n:
            occ.frequency += n
            occ.first_unit = occ.first_unit or u.unit_id
            occ.by_kind[u.kind] += n
            occ.units.add(u.unit_id)
    return occ


def _sentences(parsed) -> list[tuple[str, str]]:
    """(normalized, displayed) text of every sentence, in document order."""
    return [(normalize(s.text), s.text.strip()) for p in parsed for s in p.doc.sents]


def document_text(sentences: list[tuple[str, str]]) -> str:
    """The normalized sentences, one per line: the text the learned ranker's features read."""
    return "\n".join(norm for norm, _ in sentences)


@dataclass
class _Concept:
    """An entity under all its names, counted by mentions (the entity stage's longest,
    non-overlapping matches: インド太平洋軍 inside 米インド太平洋軍 is not counted twice)."""

    canonical: str
    label: str
    names: dict[str, str] = field(default_factory=dict)  # normalized name → first surface
    occ: _Occurrences = field(default_factory=_Occurrences)

    @property
    def key(self) -> str:
        return normalize(self.canonical)


def entity_concepts(mentions: list[Mention], kind_of: dict[str, str]) -> dict[str, _Concept]:
    """Every normalized name of a rule or definition entity → its concept."""
    concepts: dict[str, _Concept] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.source == "ner":
            continue
        c = concepts.setdefault(normalize(m.canonical), _Concept(m.canonical, m.label))
        c.names.setdefault(normalize(m.text), m.text)
        c.occ.frequency += 1
        c.occ.first_unit = c.occ.first_unit or m.unit_id
        c.occ.by_kind[kind_of.get(m.unit_id, "")] += 1
        c.occ.units.add(m.unit_id)
    return {name: c for c in concepts.values() for name in [c.key, *c.names]}


def acronym_partners(acronyms: dict[str, Definition]) -> dict[str, set[str]]:
    """An acronym and its expansion, each → both (DCA ↔ 両用航空機)."""
    out: dict[str, set[str]] = {}
    for acronym, d in acronyms.items():
        pair = {normalize(acronym)} | ({normalize(d.expansion)} if d.expansion else set())
        for name in pair:
            out.setdefault(name, set()).update(pair)
    return out


@dataclass
class _Row:
    """A candidate row before ranking."""

    key: str
    chain: Chain | None
    occ: _Occurrences
    concept: _Concept | None
    flr: float
    named: int  # 2 an acronym, 1 an acronym's expansion or an entity, 0 anything else
    paired: bool = False  # an acronym or an acronym's expansion
    inside_only: bool = False  # a nested head the text never uses on its own


def _new_titles(p, cfg: GlossaryConfig, known: set[str]) -> list[str]:
    """The formal titles of a unit; an instrument's title (`instrument_heads`) only when no other
    reading already gives its words (a title reading adds names, not evidence for names read)."""
    titles = formal_titles(p.unit, p.doc, cfg.statute_titles, cfg.treaty_titles,
                           cfg.instrument_heads)
    if not cfg.instrument_heads:
        return titles
    plain = set(formal_titles(p.unit, p.doc, cfg.statute_titles, cfg.treaty_titles))
    return [t for t in titles if t in plain or normalize(t) not in known]


def build_glossary(parsed, mentions: list[Mention], defs: list[Definition],
                   cfg: GlossaryConfig) -> list[Term]:
    """Terms, acronyms and entities, most important first. A concept is counted under every
    name the text gives it; an entity's other names fold into its canonical row. Ranked by the
    evidence of termrank, through learned trees (`cfg.ranking = "learned"`, see termmodel),
    reciprocal-rank fusion ("fused") or both fused ("blend"), or, as at first, by FLR ("flr")."""
    if cfg.generic_countries:
        cfg = replace(cfg, stoplist=cfg.stoplist | country_names(parsed,
                                                                  cfg.country_abbreviations))
    speakers = repeated_labels(parsed) if cfg.artifacts_last and cfg.repeated_speakers else set()
    label_ends = [_speaker_end(p.unit, p.unit.text, speakers) if cfg.artifacts_last else 0
                  for p in parsed]
    chains = [c for p, end in zip(parsed, label_ends) for c in _unit_chains(p, cfg, end)]
    nested = nested_chains(chains) if cfg.nested_heads else []
    by_evidence = cfg.ranking != "flr"  # the fused and the learned ranking read the same
    shapes = [m for p in parsed for m in marked_terms(p.unit, p.doc)] if by_evidence else []
    marks = [m for m in shapes if cfg.count_said or m.how != SAID]
    known = {normalize(c.text) for c in [*chains, *nested, *map(_marked_chain, marks)]} | {
        normalize(m.text) for m in mentions}
    titles = [Chain((title,), ("",), p.unit.unit_id) for p in parsed
              for title in _new_titles(p, cfg, known)]
    # a name the text or its grammar delimits is held to its own bound, not the noun chains'
    candidates = ([c for c in chains + nested if _is_candidate(c, cfg)]
                  + [c for c in [*map(_marked_chain, marks), *titles]
                     if _is_candidate(c, cfg, cfg.max_marked_chars)])
    # with repeated_speakers, a speaker's label is not counted as a use either (製薬企業幹部
    # said seven times is not seven uses of a term)
    units = [(p.unit, normalize(p.unit.text[end if cfg.repeated_speakers else 0:]))
             for p, end in zip(parsed, label_ends)]
    joined = "\u0000".join(text for _, text in units)
    if cfg.named_acronyms:
        defs = [d for d in defs if not named_together(d, mentions)]
    if cfg.named_expansions:
        defs = named_expansions(defs, parsed)
    acronyms = first_definitions(defs)
    partners = acronym_partners(acronyms)
    concept_of = entity_concepts(mentions, {u.unit_id: u.kind for u, _ in units})

    def frequency(key: str) -> int:
        if key in concept_of:
            return concept_of[key].occ.frequency
        return sum(joined.count(name) for name in partners.get(key, {key}))

    flr = flr_scores(candidates, frequency)
    first_chain: dict[str, Chain] = {}
    for c in candidates:
        first_chain.setdefault(normalize(c.text), c)
    always = set(partners)  # acronyms and their expansions are always listed
    items = [c for c in candidates if c.item] if cfg.list_items_last else []
    inside = _inside_only(nested + items, candidates) if cfg.nested_last else set()
    acronym_keys = {normalize(a) for a in acronyms}  # an acronym keeps its own row
    folded = {name for name, c in concept_of.items() if name != c.key and name not in acronym_keys}
    keys = (set(flr) | always | {c.key for c in concept_of.values()}) - folded
    pairs = [pair for p in parsed for pair in short_names(p.unit, p.doc)] if cfg.short_names else []
    rows = []
    for key in sorted(keys):
        concept = concept_of.get(key)
        own_row = concept is not None and key == concept.key
        occ = concept.occ if own_row else _occurrences(key, units)
        if occ.frequency == 0 or (occ.frequency < cfg.min_frequency and key not in always
                                  and concept is None):
            continue
        names = concept.names if own_row else {key: ""}
        score = max(flr.get(n, float(frequency(n))) for n in names)
        named = 2 if key in acronym_keys else 1 if (key in always or concept) else 0
        rows.append(_Row(key, first_chain.get(key), occ, concept, score, named, key in always,
                         key in inside))
    written = ({normalize(d.expansion): d.expansion for d in reversed(acronyms.values())
                if d.expansion} if cfg.named_acronyms else {})
    readers = ((cfg.described_definitions, described), (cfg.topic_copulas, topic_copulas),
               (cfg.note_definitions, note_definitions),
               (cfg.clause_definitions, clause_definitions))  # the definition column only
    stated = [m for asked, read in readers if by_evidence and asked
              for p in parsed for m in read(p.unit, p.doc)]
    context = _Context(acronyms, _sentences(parsed), _glosses(shapes, acronyms, defs),
                       _definitions(shapes), written, short_name_aliases(pairs, keys),
                       _definitions(stated), cfg.legal_forms)
    if not by_evidence:
        return _flr_ranking(rows, cfg, context, always)
    return _evidence_ranking(rows, marks, defs, mentions, parsed, context, cfg)


def short_name_aliases(pairs: list[tuple[str, str]], keys: set[str]) -> dict[str, dict[str, str]]:
    """A short name and the long one it abbreviates (termshapes.short_names) name one thing:
    each one's row lists the other. Rows are not merged, so no row moves. Returns row key →
    {other name's key: the other name as written}."""
    also: dict[str, dict[str, str]] = {}
    for short, full in pairs:
        names = {normalize(short): short, normalize(full): full}
        for row, other in itertools.permutations(names):
            if row in keys:
                also.setdefault(row, {}).setdefault(other, names[other])
    return also


def named_together(d: Definition, mentions: list[Mention]) -> bool:
    """A juxtaposition that defines nothing: the words before the acronym and the acronym are
    one name, an entity the rules found (一般社団法人JBRC, 株式会社JERA: a legal form, then the
    body's name)."""
    return d.how == "juxtaposed" and any(m.start < d.start and m.end >= d.end for m in mentions)


def named_expansions(defs: list[Definition], parsed) -> list[Definition]:
    """The definitions, with no expansion where the words given as one name nothing: a
    juxtaposed modifier (企業型DC) or a speaker's label with an affiliation in brackets
    (委員D（VC）：). The acronym keeps its row; another definition may still expand it."""
    speakers = repeated_labels(parsed)
    label_ends = {p.unit.unit_id: p.unit.start + _speaker_end(p.unit, p.unit.text, speakers)
                  for p in parsed}
    return [replace(d, expansion="", english="")
            if (d.how == "juxtaposed" and is_modifier(d.expansion))
            or d.start < label_ends.get(d.unit_id, 0) else d for d in defs]


def chain_rules(cfg: GlossaryConfig) -> ChainRules:
    """The noun-chain settings of a `[glossary]` config."""
    return ChainRules(cfg.word_numerals, cfg.spaced_codes, cfg.era_names, cfg.date_counters,
                      cfg.bracketed_labels, cfg.adverbial_suffix_ends, cfg.glued_suffixes)


def _unit_chains(p, cfg: GlossaryConfig, start: int = 0) -> list[Chain]:
    """A parsed unit's noun chains from character `start` on (after a speaker's label)."""
    chains = noun_chains(p.unit.unit_id, p.doc, cfg.trim_prefixes, cfg.trim_suffixes,
                         chain_rules(cfg))
    return [c for c in chains if p.doc[c.start].idx >= start]


# A remark's speaker before its colon: モデレーター：…, 参加者A（開発金融の専門家）：…
_SPEAKER = re.compile(
    r"\s*(?P<label>[^：:。、，\s（(]{1,20}(?:[（(][^（）()]{0,30}[）)])?)\s*[：:]")


def _speaker_end(unit, text: str, speakers=frozenset()) -> int:
    """Where the speaker's name that opens a remark or reply ends (0 when none does): a
    speaker's label names a participant, not a term of the report."""
    m = _SPEAKER.match(text)
    return m.end() if m and (unit.kind in REMARK_KINDS or m.group("label") in speakers) else 0


def repeated_labels(parsed) -> set[str]:
    """Labels that open two or more units before a colon (製薬企業幹部：…): the document's
    own speakers, however its remarks were read."""
    labels = Counter(m.group("label") for p in parsed if (m := _SPEAKER.match(p.unit.text)))
    return {label for label, n in labels.items() if n >= 2}


def _inside_only(nested: list[Chain], candidates: list[Chain]) -> set[str]:
    """Nested heads that are no candidate of their own: the text uses them only inside longer
    terms (極超音速 in 極超音速兵器 and 極超音速ミサイル)."""
    heads = {id(c) for c in nested}
    own = {normalize(c.text) for c in candidates if id(c) not in heads}
    return {normalize(c.text) for c in nested} - own


def _marked_chain(m: Marked) -> Chain:
    return Chain((m.text,), ("",), m.unit_id)


@dataclass
class _Context:
    acronyms: dict[str, Definition]
    sentences: list[tuple[str, str]]
    english: dict[str, str]
    definition: dict[str, str]
    written: dict[str, str] = field(default_factory=dict)  # an expansion's key → as written
    also: dict[str, dict[str, str]] = field(default_factory=dict)  # a row's key → other names
    # definitions by apposition and opening topic (`described_definitions`): the column only
    described: dict[str, str] = field(default_factory=dict)
    legal_forms: tuple[str, ...] = ()  # `[glossary] legal_forms`


def _glosses(marks: list[Marked], acronyms: dict[str, Definition],
             defs: list[Definition] = ()) -> dict[str, str]:
    """normalized term → the English the text glosses it with (first gloss wins): the gloss of
    an acronym's first definition, else of a later one (ABC（日本語の名称） first, then
    ABC（Alpha Beta Charlie：日本語の名称））."""
    out: dict[str, str] = {}
    for d in [*acronyms.values(), *defs]:
        if d.english:
            out.setdefault(normalize(d.acronym), d.english)
            out.setdefault(normalize(d.expansion), d.english)
    for m in marks:
        if m.english:
            out.setdefault(normalize(m.text), m.english)
    return out


def _definitions(marks: list[Marked]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in marks:
        if m.definition:
            out.setdefault(normalize(m.text), m.definition)
    return out


def _flr_ranking(rows: list[_Row], cfg: GlossaryConfig, context: _Context, always) -> list[Term]:
    """The earlier ranking: FLR, times `defined_weight` for acronyms and entities."""
    terms = [_term(r, (cfg.defined_weight if r.named else 1.0) * r.flr, context) for r in rows]
    terms.sort(key=lambda t: (-t.score, -t.frequency, t.term))
    return [t for rank, t in enumerate(terms)
            if not cfg.top or rank < cfg.top or t.norm in always]


def _evidence_ranking(rows: list[_Row], marks: list[Marked], defs: list[Definition],
                      mentions: list[Mention], parsed, context: _Context,
                      cfg: GlossaryConfig) -> list[Term]:
    """Rows ranked by the signals of termrank (structure, specificity, marking, naming, …):
    learned trees over them (`ranking = "learned"`), their reciprocal-rank fusion ("fused") or
    the two rankings fused by reciprocal rank ("blend");
    noise classes demoted below every other row (their scores scaled under the lowest clean
    score)."""
    n_tokens = sum(len(p.doc) for p in parsed)
    stoplist = cfg.stoplist
    marked = Counter(normalize(m.text) for m in marks)
    marked.update(normalize(d.expansion) for d in defs if d.expansion)
    by_key = {r.key: r for r in rows}
    breaks = cfg.compound_frequency == "breaks"
    signals = {
        "structure": lambda: {r.key: r.flr for r in rows},
        "specificity": lambda: {r.key: specificity(r.occ.frequency, n_tokens,
                                                   _surface(r, context), stoplist, breaks)
                                for r in rows},
        "marking": lambda: {r.key: float(marked[r.key]) for r in rows},
        "naming": lambda: {r.key: float(naming(r.named, r.concept.label if r.concept else "",
                                               r.paired, cfg.proper_name_labels))
                           for r in rows},
        "acronyms": lambda: {r.key: float(r.named if r.paired else 0) for r in rows},
        "cvalue": lambda: c_values({r.key: r.occ.frequency for r in rows},
                                   {r.key: _length(r) for r in rows}),
        "spread": lambda: {r.key: float(len(r.occ.units)) for r in rows},
    }
    persons = person_names(mentions)

    def known(text: str) -> bool:
        return normalize(text) in by_key

    def apart(row: _Row):
        """An item of the row's ・-list is a term of its own: used outside the list too."""
        def used_alone(item: str) -> bool:
            other = by_key.get(normalize(item))
            return other is not None and other.occ.frequency > row.occ.frequency
        return used_alone

    labels = numbered_labels(by_key) if cfg.artifacts_last else frozenset()
    noise, dates = {}, chain_rules(cfg)
    for r in rows:
        surface = _surface(r, context)
        noise[r.key] = (_noise(r, surface, persons, known, stoplist, apart(r),
                               cfg.artifacts_last, labels, dates, cfg.measured_amounts,
                               cfg.country_abbreviations if cfg.country_lists else None,
                               cfg.juxtapositions_last)
                        or _everyday(r, surface, marked, cfg)
                        or (_kanji_list(r, surface, marked, context) if cfg.kanji_lists_last
                            else "")
                        or (_one_off_phrase(r, context) if cfg.phrases_last else "")
                        or _post(r, surface, marked, context, cfg.post_words)
                        or _post(r, surface, marked, context, cfg.generic_heads, GENERIC_HEAD)
                        or _post(r, surface, marked, context, cfg.relative_heads, RELATIVE)
                        or _reference(r, surface, marked, context, cfg.reference_prefixes,
                                      cfg.reference_words)
                        or _reference(r, surface, marked, context, frozenset(),
                                      cfg.quantifier_words, QUANTIFIED))
    if cfg.ranking in LEARNED_RANKINGS:
        values = {name: signals[name]() for name in termmodel.SIGNALS}
        fused = _fused(values, cfg) if cfg.ranking == "blend" else None
        return _learned_order(rows, values, noise, context, termmodel.load_ranker(cfg.ranker),
                              cfg.acronyms_first, fused, cfg.fusion_k)
    fused = _fused({name: signals[name]() for name in cfg.signals}, cfg)
    score = _tiered(np.array([fused[r.key] for r in rows]), [int(bool(noise[r.key])) for r in rows])
    terms = [_term(r, float(score[i]), context, noise[r.key]) for i, r in enumerate(rows)]
    terms.sort(key=lambda t: (-t.score, -t.frequency, t.term))
    return terms


def _fused(values: dict[str, dict[str, float]], cfg: GlossaryConfig) -> dict[str, float]:
    """The signals' reciprocal-rank fusion as `cfg.signals` and `cfg.fusion` configure it."""
    values = {name: values[name] for name in cfg.signals}
    if cfg.fusion == "kinds":
        values = fuse_kinds(values, cfg.fusion_k)
    return rrf(values, cfg.fusion_k, cfg.fusion == "drop_worst")


def _learned_order(rows: list[_Row], values: dict[str, dict[str, float]], noise: dict[str, str],
                   context: _Context, ranker: termmodel.Ranker, acronyms_first: bool = False,
                   fused: dict[str, float] | None = None, k: float = 60.0) -> list[Term]:
    """Rows by the learned ranker's P(key term), in tiers: with `acronyms_first` the acronyms
    the text defines, then the other clean rows (and those of the noise classes the ranker
    weighs, stop 68), then the other noise classes; within a tier by that
    probability, then frequency and term (unrounded). With `fused` (the blend), by the
    reciprocal-rank fusion of that probability and the fused score instead. Each tier's scores
    are scaled under the tier before it, so the score column falls down the list."""
    terms = [_term(r, 0.0, context, noise[r.key], ranker.weighs) for r in rows]
    arrays = {s: np.array([values[s][r.key] for r in rows], dtype=float) for s in values}
    facts = [termmodel.RowFacts.of(t) for t in terms]
    p = ranker.scores(termmodel.feature_groups(arrays, facts, ranker.features,
                                               document_text(context.sentences), ranker.genre,
                                               ranker.rates))
    if fused is not None:
        both = rrf({"learned": dict(enumerate(p.tolist())),
                    "fused": {i: fused[r.key] for i, r in enumerate(rows)}}, k)
        p = np.array([both[i] for i in range(len(rows))])

    def tier(i: int) -> int:
        return 2 if terms[i].demoted else 0 if acronyms_first and terms[i].kind == "acronym" else 1

    order = sorted(range(len(rows)), key=lambda i: (tier(i), -p[i], -terms[i].frequency,
                                                    terms[i].term))
    score = _tiered(p, [tier(i) for i in range(len(rows))])
    return [replace(terms[i], score=round(float(score[i]), 6)) for i in order]


def _tiered(score: np.ndarray, tiers: list[int]) -> np.ndarray:
    """Scores scaled tier by tier (0 first) so that each tier's highest is under 0.99 × the
    lowest of the tier before it; the order within a tier is kept."""
    out = np.array(score, dtype=float)
    tier_of = np.array(tiers)
    floor = None
    for t in sorted(set(tiers)):
        mine = tier_of == t
        if floor is not None and out[mine].max() > 0:
            out[mine] *= min(1.0, 0.99 * floor / out[mine].max())
        floor = out[mine].min()
    return out


def _length(row: _Row) -> int:
    """Number of simple nouns (Sudachi mode A) of a row's term."""
    return len(simple_nouns(row.chain)) if row.chain else len(split_a(row.key))


def person_names(mentions) -> frozenset[str]:
    """GiNZA's PERSON mentions that Sudachi agrees open with a person's name (福田潤一, デニス・
    ブレア). GiNZA also tags common words PERSON (VC, 課題, 環境, 暑さ, ヤングケアラー), and every
    row holding one would be listed last as a person with a title."""
    return frozenset(m.text for m in mentions
                     if m.source == "ner" and m.label == "PERSON" and opens_with_name(m.text))


def _noise(row: _Row, surface: str, persons, known, stoplist, used_alone,
           artifacts: bool = False, labels: frozenset[str] = frozenset(),
           dates: ChainRules = ChainRules(), measured: bool = False,
           abbreviations: str | None = None, juxtapositions: bool = True) -> str:
    """The noise class of a row ("" for none); acronyms and entities are never noise. With the
    `artifacts` (`artifacts_last`), amounts, dates and the document's item `labels` are noise
    too (`measured`: amounts as `measured_amounts` reads them); `abbreviations`: the kanji a
    run of abbreviated names is written with (see `is_enumeration`); `juxtapositions`
    (`juxtapositions_last`): two terms side by side are noise."""
    if row.named:
        return ""
    if row.inside_only:
        return INSIDE_ONLY
    if is_person_with_title(surface, persons):
        return PERSON_WITH_TITLE
    if is_glued_english(surface):
        return ENGLISH_WORDS
    if is_enumeration(surface, used_alone, abbreviations):
        return ENUMERATION
    if artifacts and is_quantity(surface, dates, measured):
        return QUANTITY_OR_DATE
    if row.key in labels:
        return ITEM_LABEL
    parts = row.chain.parts if row.chain and len(row.chain.parts) > 1 else split_a(surface)
    parts = tuple(p for p in parts if p not in "・-")
    if is_fragment(parts, row.occ.frequency, known, stoplist):
        return FRAGMENT
    if juxtapositions and is_juxtaposition(parts, used_alone):
        return TWO_TERMS
    return ""


def _everyday(row: _Row, surface: str, marked: Counter, cfg: GlossaryConfig) -> str:
    """The noise class of a row general Japanese uses as a whole at `everyday_zipf` or more or
    among its `everyday_rank` most common words ("everyday word"), unless it is an acronym or
    entity or the text marks or defines it (the author explains it); "" otherwise."""
    if row.named or marked[row.key] or not is_everyday(surface, cfg.everyday_zipf,
                                                       cfg.everyday_rank, cfg.everyday_spellings):
        return ""
    return EVERYDAY_WORD


def _explained(row: _Row, marked: Counter, context: _Context) -> bool:
    """The text marks, glosses or defines the row: the author explains it, so no rule lists it
    last for its shape."""
    return bool(marked[row.key]) or row.key in context.english or row.key in context.definition


def _kanji_list(row: _Row, surface: str, marked: Counter, context: _Context) -> str:
    """"kanji list" for kanji words joined by ・ (情報共有・意思疎通) that the text neither marks,
    glosses nor defines as one concept, and that are no acronym or entity; "" otherwise."""
    if row.named or _explained(row, marked, context) or not is_kanji_list(surface):
        return ""
    return KANJI_LIST


def _one_off_phrase(row: _Row, context: _Context) -> str:
    """"one-off phrase" for a phrase the text uses once and neither glosses nor defines (a
    quote that reads as a clause: 数量シェアの拡大, 日本で開発する合理性); "" otherwise."""
    if (row.named or row.occ.frequency > 1 or row.key in context.english
            or row.key in context.definition or not is_phrase(row.key)):
        return ""
    return ONE_OFF_PHRASE


def _post(row: _Row, surface: str, marked: Counter, context: _Context,
          words: tuple[str, ...], reason: str = POST) -> str:
    """`reason` for a row that ends in one of the `words` (post_words, generic_heads,
    relative_heads) at a mode-A word boundary (病院|長, 大学医学部|教授; not 延長, one word) and is
    more than that word, unless the text marks, glosses or defines it or it is an acronym's or
    entity's row; "" otherwise."""
    if (not words or row.named or _explained(row, marked, context)
            or not ends_in_post(surface, words)):
        return ""
    return reason


def _reference(row: _Row, surface: str, marked: Counter, context: _Context,
               prefixes: frozenset[str], words: frozenset[str] = frozenset(),
               reason: str = REFERENCE) -> str:
    """`reason` ("reference") for a row that opens with one of the pointing `prefixes` (当会議,
    両制度) or `words` (関係行政機関: the bodies concerned): it refers to something the text names
    elsewhere; an entity's row too, unless the text marks, glosses or defines it; "" otherwise.
    The quantifier words (一定規模, 複数施設) are read the same way, as "quantified"."""
    if (not (prefixes or words) or _explained(row, marked, context)
            or not (opens_with_prefix(surface, prefixes) or opens_with_word(surface, words))):
        return ""
    return reason


@lru_cache(maxsize=None)
def opens_with_prefix(text: str, prefixes: frozenset[str]) -> bool:
    """`text`'s first word, as Sudachi's mode A cuts it, is a prefix (接頭辞) among `prefixes`,
    and more words follow it."""
    words = mode_a_morphemes(text)
    return (len(words) > 1 and words[0].part_of_speech()[0] == "接頭辞"
            and words[0].surface() in prefixes)


@lru_cache(maxsize=None)
def opens_with_word(text: str, words: frozenset[str]) -> bool:
    """`text`'s first word, as Sudachi's mode A cuts it, is one of `words`, and more words follow
    it (関係|行政|機関; not 関係 alone)."""
    pieces = mode_a(text)
    return len(pieces) > 1 and pieces[0] in words


def ends_in_post(text: str, words: tuple[str, ...]) -> bool:
    """`text` ends in one of `words`, cut where Sudachi's mode A cuts both, after more words."""
    pieces = split_a(text)
    for word in words:
        tail = split_a(word)
        if len(pieces) > len(tail) and pieces[-len(tail):] == tail:
            return True
    return False


_PHRASE_POS = ("助詞", "助動詞", "動詞", "形容詞")


@lru_cache(maxsize=None)
def is_phrase(text: str) -> bool:
    """A phrase, not a compound: a particle, auxiliary, verb or adjective inside (の, に関する,
    される); only marked shapes give such rows, noun chains never do."""
    from sudachipy import SplitMode

    return any(m.part_of_speech()[0] in _PHRASE_POS
               for m in sudachi().tokenize(text, SplitMode.C))


def _surface(row: _Row, context: _Context) -> str:
    acronym = next((d for a, d in context.acronyms.items() if normalize(a) == row.key), None)
    own_row = row.concept is not None and row.key == row.concept.key
    return one_line(acronym.acronym if acronym else row.chain.text if row.chain
                    else row.concept.canonical if own_row
                    else context.written.get(row.key, row.key))


_LINE_BREAK = re.compile(r"\s*\n\s*")


def one_line(text: str) -> str:
    """What a row shows of the text (its term, English, definition) on one line when the text
    breaks it (stop 67): the break and the spaces around it are one space between two Latin
    letters (capacity building), nothing elsewhere (勧告・公表, 再開発アドバイザー派遣制度)."""
    def joined(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return " " if before.isascii() and before.isalpha() and after.isascii() \
            and after.isalpha() else ""

    return _LINE_BREAK.sub(joined, text) if "\n" in text else text


@lru_cache(maxsize=None)
def split_a(text: str) -> tuple[str, ...]:
    """readings.mode_a, cached: the glossary splits the same candidates again and again."""
    return mode_a(text)


def _term(row: _Row, score: float, context: _Context, noise: str = "",
          weighed: tuple[str, ...] = ()) -> Term:
    """The glossary row of `row`; `noise` its noise class, listed last (`demoted`) unless the
    ranker weighs that class."""
    key, concept, occ, chain = row.key, row.concept, row.occ, row.chain
    acronym = next((d for a, d in context.acronyms.items() if normalize(a) == key), None)
    own_row = concept is not None and key == concept.key
    surface = _surface(row, context)
    kind = "acronym" if acronym else "entity" if concept else "term"
    shown_elsewhere = {key, normalize(acronym.expansion) if acronym else key}
    others = ([shown for name, shown in concept.names.items() if name not in shown_elsewhere]
              if own_row else [])
    others += [shown for name, shown in context.also.get(key, {}).items()
               if name not in shown_elsewhere and shown not in others]
    bare = (without_legal_form(surface, context.legal_forms)
            if concept is not None and concept.label == BODY_LABEL else "")
    if _names_a_body(bare) and normalize(bare) not in shown_elsewhere and bare not in others:
        others.append(bare)
    names = [key, *(concept.names if own_row else [])]
    return Term(
        term=surface, reading=reading(surface), kind=kind,
        expansion=acronym.expansion if acronym else "", frequency=occ.frequency,
        first_unit_id=occ.first_unit or (chain.unit_id if chain else ""),
        score=round(score, 6),
        in_problems=sum(occ.by_kind[k] for k in PROBLEM_KINDS),
        in_recommendations=sum(occ.by_kind[k] for k in RECOMMENDATION_KINDS),
        in_remarks=sum(occ.by_kind[k] for k in USAGE_REMARK_KINDS),
        label=concept.label if concept else "",
        context=(acronym.sentence.strip() if acronym
                 else _first_context(names, context.sentences)),
        aliases="; ".join(others), norm=key,
        english=_about(surface, names, context.english),
        definition=(_about(surface, names, context.definition)
                    or _about(surface, names, context.described)),
        demoted="" if noise in weighed else noise, noise_class=noise)


def without_legal_form(name: str, forms: tuple[str, ...]) -> str:
    """A body's name without the legal form written into it (一般財団法人日本規格協会 → 日本規格協会,
    東京電力株式会社 → 東京電力): a form at the start, or a company form (…会社) at the end, with
    at least two characters left; "" when the name carries none."""
    key = normalize(name)
    for form in map(normalize, forms):
        if key.startswith(form) and len(key) - len(form) >= 2:
            return name[len(form):].strip()
        if form.endswith("会社") and key.endswith(form) and len(key) - len(form) >= 2:
            return name[:-len(form)].strip()
    return ""


def _names_a_body(name: str) -> bool:
    """Whether what is left of a body's name without its legal form can be its name: more than
    one word, or Latin letters (JERA); not one common word the entity rules stopped at (農業)."""
    return bool(name) and (len(split_a(name)) >= 2 or bool(LATIN.search(name)))


def _about(surface: str, names: list[str], said: dict[str, str]) -> str:
    """What the text says about any of the row's names (its English, its definition), unless
    that is only the row's own term again."""
    found = next((said[n] for n in names if n in said), "")
    return "" if normalize(found) == normalize(surface) else one_line(found)


def _first_context(names: list[str], sentences: list[tuple[str, str]]) -> str:
    """The first sentence that uses any of the names."""
    return next((shown for norm, shown in sentences if any(n in norm for n in names)), "")
