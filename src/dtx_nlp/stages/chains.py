"""Noun chains: the maximal runs of nouns a text writes as one word (重要影響事態, F-35A,
接近阻止・領域拒否), the glossary's candidates and the nouns links compare."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from ..textnorm import is_hiragana, is_katakana
from .readings import mode_a_morphemes

LATIN = re.compile(r"^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+$")
NUMERIC = re.compile(r"^[\d０-９.,]+$")
HAS_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_LOWER = re.compile(r"[a-zａ-ｚ]")
_KANJI_WORD = re.compile(r"^[\u4e00-\u9fff々]+$")


@dataclass(frozen=True)
class Chain:
    """A maximal noun chain: its simple nouns (surface), readings, and where it was seen (unit
    and index of its first token)."""

    parts: tuple[str, ...]
    readings: tuple[str, ...]
    unit_id: str
    start: int = 0
    item: bool = False  # an item of a ・ list, cut from the chain that holds the list

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class ChainRules:
    """Settings of the noun chains (`[glossary]`): numerals written into words, codes after a
    space, the era names and counter nouns that make a number a date (令和|7|年度), and whether
    a numbered label is left out (課題（ア）|救急) and an adverbial suffix in hiragana ends a chain
    (関係機関|とも|連携), and whether a trimmed suffix glued into the last word is cut off too
    (大規模|災害時 → 大規模災害)."""
    word_numerals: bool = False
    spaced_codes: bool = False
    eras: frozenset[str] = frozenset()
    counters: frozenset[str] = frozenset()
    labels: bool = False
    adverbial_ends: bool = False
    glued_suffixes: bool = False


def _reading(t) -> str:
    values = t.morph.get("Reading")
    return values[0] if values else ""


def _is_noun(t) -> bool:
    tag = t.tag_
    return (tag.startswith(("名詞", "接頭辞", "接尾辞-名詞的")) and not tag.startswith("名詞-数詞")
            and not t.is_punct)


def _is_code_digit(doc, i: int) -> bool:
    """Digits written against Latin letters belong to the code: C2, F-35A, B-52H."""
    t = doc[i]
    if not (t.tag_.startswith("名詞-数詞") and NUMERIC.match(t.text)):
        return False
    left = doc[i - 1] if i > 0 and not doc[i - 1].whitespace_ else None
    right = doc[i + 1] if i + 1 < len(doc) and not t.whitespace_ else None
    if left is not None and left.text in "-‐－" and i >= 2:
        left = doc[i - 2]
    return any(x is not None and HAS_LATIN.search(x.text) for x in (left, right))


def _is_ordinal_digit(doc, i: int) -> bool:
    """The number of an ordinal written into a name (第一列島線, 第5世代戦闘機): after 第 and
    before a common noun that is no counter (第6条, 第2次 stay out)."""
    t = doc[i]
    if not (t.tag_.startswith("名詞-数詞") and 0 < i < len(doc) - 1 and doc[i - 1].text == "第"):
        return False
    nxt = doc[i + 1].tag_
    return nxt.startswith("名詞-普通名詞") and "助数詞" not in nxt


# One kanji or Roman numeral, as official Japanese writes a number that belongs to a word (一次,
# 二重, 三次元, 第Ⅰ相) while it writes quantities in Arabic digits (公用文作成の考え方, 2022)
_WORD_NUMERAL = re.compile(r"^[一二三四五六七八九ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]$")


def _is_counter(t, counters=frozenset()) -> bool:
    """A counter: tagged so by Sudachi (年, 割, 次) or one of `counters`, nouns Sudachi tags
    plain that count after a number (年度)."""
    return "助数詞" in t.tag_ or t.text in counters


def _is_word_numeral(doc, i: int, rules: ChainRules = ChainRules()) -> bool:
    """A single kanji or Roman numeral (GiNZA reads 二〇二三 or 十九 as one numeral, which stays
    out) that opens a compound (二次利用, 三次元計測, 一等航空整備士, 第Ⅰ相試験): glued to what
    follows, not after an era name, and followed, after at most two counters or suffixes, by a
    common noun that is neither a counter nor adverbial (三割, 三年以内, 令和七年度 stay out)."""
    t = doc[i]
    if not (t.tag_.startswith("名詞-数詞") and _WORD_NUMERAL.match(t.text)) or t.whitespace_:
        return False
    if i > 0 and doc[i - 1].text in rules.eras:
        return False  # 令和七年度: a date
    for j in range(i + 1, min(i + 4, len(doc))):
        tag, counter = doc[j].tag_, _is_counter(doc[j], rules.counters)
        if tag.startswith("名詞-普通名詞") and not (counter or "副詞可能" in tag):
            return True
        if doc[j].whitespace_ or not (tag.startswith("接尾辞") or counter):
            return False
    return False


def _spaced(current) -> bool:
    """Words written apart are separate words, not one chain: a list or heading marker set off
    by a space (ア 介護職員, 第1 現状)."""
    return bool(current and current[-1].whitespace_)


def _spaced_latin(current, t) -> bool:
    """Latin words written apart (F-35A DCA, an English gloss) are not chained, and the second
    starts no chain of its own."""
    return bool(_spaced(current) and HAS_LATIN.search(current[-1].text)
                and HAS_LATIN.search(t.text))


def _spaced_english(current, t) -> bool:
    """As `_spaced_latin`, but only an English word (lower-case letters: Export Administration
    Regulations) starts no chain of its own; a code does (ICH E17ガイドライン gives
    E17ガイドライン, not 17ガイドライン)."""
    return _spaced_latin(current, t) and bool(_LOWER.search(t.text))


# ---- walking a term from its end (definitions, entities, rules suggest) ---------------------

_CIRCLED = re.compile(r"[\u2460-\u24ff]")
_LATIN_CHAR = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")  # English phrases are written with spaces


def is_term_token(t) -> bool:
    """A token that can be part of a term named by the text: nouns, numbers, prefixes, suffixes,
    and adjectival nouns such as 柔軟 or 重要 (柔軟抑止選択肢, 重要影響事態). Wider than the
    glossary's chains, which leave numbers and free adjectival nouns out."""
    if _CIRCLED.search(t.text):
        return False
    return t.tag_.startswith(("名詞", "接頭辞", "接尾辞", "形状詞")) or t.text == "・"


def term_part(doc, i: int) -> bool:
    """Token `i` can be part of a named term: a term token, and a ・ only between katakana words
    (ゴールデン・ドーム)."""
    t = doc[i]
    if t.text == "・":
        return 0 < i < len(doc) - 1 and is_katakana(doc[i - 1].text) and is_katakana(
            doc[i + 1].text)
    return is_term_token(t) and not t.is_punct


def spaced_off(doc, i: int) -> bool:
    """A space after token `i` ends the term (ア 高圧直流送電, 提言1 無人航空機, 注2 JIS), unless it
    separates two Latin words (an English name: JSDF Joint Operation Command): the word before
    the space, every token back to the previous space, is Latin, and so is the token after it."""
    t = doc[i]
    return bool(t.whitespace_) and not (i + 1 < len(doc) and _latin_word_ends(doc, i)
                                        and _LATIN_CHAR.search(doc[i + 1].text))


def _latin_word_ends(doc, i: int) -> bool:
    """Whether the word that ends at token `i` is Latin: each of its tokens, back to a space or
    a token that is no part of a term (は, 。), holds a Latin letter or digit (JIS, EU; not 注2,
    whose 注 is written in kanji)."""
    while True:
        if not _LATIN_CHAR.search(doc[i].text):
            return False
        if i == 0 or doc[i - 1].whitespace_ or not term_part(doc, i - 1):
            return True
        i -= 1


def joins_term(doc, i: int) -> bool:
    """Token `i` belongs to the term that runs on through the next token."""
    return term_part(doc, i) and not spaced_off(doc, i)


def _kanji_word(t) -> bool:
    return bool(_KANJI_WORD.match(t.text)) and _is_noun(t)


def _links_inside(doc, i: int) -> bool:
    """A "・" joins two katakana words (ゴールデン・ドーム) or two kanji nouns (接近阻止・領域拒否);
    a "-" joins Latin/digit parts (SLCM-N, F-35A)."""
    if not (0 < i < len(doc) - 1) or doc[i].text not in ("・", "-", "‐", "－"):
        return False
    left, right = doc[i - 1].text, doc[i + 1].text
    if doc[i].text == "・":
        return ((is_katakana(left) and is_katakana(right))
                or (_kanji_word(doc[i - 1]) and _kanji_word(doc[i + 1])))
    return bool(LATIN.match(left) and LATIN.match(right)
                and (HAS_LATIN.search(left) or HAS_LATIN.search(right)))


def _glue(doc, i: int) -> bool:
    """An adjectival noun (重要, 柔軟) directly followed by a noun belongs to the chain, and so
    does 的 between two nouns (付随的被害, 集団的自衛権)."""
    if not (i + 1 < len(doc) and _is_noun(doc[i + 1])):
        return False
    if doc[i].tag_.startswith("接尾辞-形状詞的"):
        return i > 0 and _is_noun(doc[i - 1]) and not doc[i - 1].whitespace_
    return doc[i].tag_.startswith("形状詞")


# GiNZA keeps a word and the katakana after it in brackets as one token, a reading or a gloss
# (粉砕機（チッパー）); with one katakana only, the bracket numbers a label (課題（ア）, 論点（オ）).
_LABEL = re.compile(r".[（(][ア-ン][）)]$")


def is_label(t) -> bool:
    """A token that is a numbered label (課題（ア）): no part of a term."""
    return bool(_LABEL.search(t.text))


def _adverbial_suffix(t) -> bool:
    """An adverbial suffix written in hiragana (関係機関|とも, 夫婦|とも): it makes the words before
    it an adverb of the clause, so it ends their chain and begins none."""
    return t.tag_.startswith("接尾辞-名詞的-副詞可能") and is_hiragana(t.text)


def noun_chains(unit_id: str, doc, prefixes=frozenset(), suffixes=frozenset(),
                rules: ChainRules = ChainRules()) -> list[Chain]:
    """Maximal chains of nouns (with prefixes, suffixes, glued adjectival nouns and linked
    loanword/Latin parts); `prefixes`/`suffixes` are generic edge words to trim. With
    `rules.word_numerals`, a kanji or Roman numeral that opens a compound belongs to it; with
    `rules.spaced_codes`, a code after a space starts a chain of its own; `rules.counters` count
    after a number as Sudachi's counters do (2024年度|予算 gives 予算); with `rules.labels`, a
    numbered label ends a chain and starts none (課題（オ）|救急 gives 救急); with
    `rules.adverbial_ends`, so does an adverbial suffix in hiragana (関係機関|とも|連携)."""
    apart = _spaced_english if rules.spaced_codes else _spaced_latin
    chains, current = [], []
    for t in doc:
        if _spaced(current) and not apart(current, t):
            chains.append(current)
            current = []
        if (rules.labels and is_label(t)) or (rules.adverbial_ends and _adverbial_suffix(t)):
            chains.append(current)
            current = []
            continue
        if ((_is_noun(t) or _glue(doc, t.i) or _links_inside(doc, t.i)
                or _is_code_digit(doc, t.i) or _is_ordinal_digit(doc, t.i)
                or (rules.word_numerals and _is_word_numeral(doc, t.i, rules)))
                and not apart(current, t)):
            current.append(t)
            continue
        chains.append(current)
        current = []
    chains.append(current)
    items = [part for tokens in chains for part in _kanji_items(tokens)]
    glued = suffixes if rules.glued_suffixes else frozenset()
    whole = [_trim(tokens, unit_id, prefixes, suffixes, rules.counters, glued) for tokens in chains]
    cut = [_trim(tokens, unit_id, prefixes, suffixes, rules.counters, glued) for tokens in items]
    return [c for c in whole if c is not None] + [replace(c, item=True) for c in cut
                                                    if c is not None]


def _kanji_items(tokens) -> list[list]:
    """The items of a chain joined by ・ between kanji nouns, each a chain of its own too
    (防衛省・自衛隊 also gives 防衛省 and 自衛隊), unless an item is a single kanji."""
    cuts = [k for k, t in enumerate(tokens) if t.text == "・" and 0 < k < len(tokens) - 1
            and _kanji_word(tokens[k - 1]) and _kanji_word(tokens[k + 1])]
    if not cuts:
        return []
    bounds = [-1, *cuts, len(tokens)]
    items = [tokens[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    if any(len("".join(t.text for t in item)) == 1 for item in items):
        return []  # 陸・海・空自衛隊: one-kanji items share the head, none is a term alone
    return items


def _trim(tokens, unit_id: str, prefixes=frozenset(), suffixes=frozenset(),
          counters=frozenset(), glued=frozenset()) -> Chain | None:
    if tokens and tokens[0].i > 0 and _after_number(tokens[0], counters):
        tokens = tokens[1:]  # the counter of a number: 2024年|以来, 12式|地対艦誘導弾
    while tokens and (tokens[0].tag_.startswith("接尾辞") or tokens[0].text in "・-"
                      or tokens[0].text in prefixes):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_.startswith(("接頭辞", "形状詞")) or tokens[-1].text in "・-"
                      or tokens[-1].text in suffixes):
        tokens = tokens[:-1]
    if not tokens:
        return None
    parts, readings = [t.text for t in tokens], [_reading(t) for t in tokens]
    if glued and (stem := _glued_stem(parts[-1], glued)):
        parts[-1], readings[-1] = stem  # 災害時 (one word in mode C) → 災害
    return Chain(tuple(parts), tuple(readings), unit_id, tokens[0].i)


def _glued_stem(word: str, suffixes: frozenset[str]) -> tuple[str, str] | None:
    """`word` and its reading without a listed suffix that Sudachi's mode C glues into it and
    mode A cuts off (災害時 → 災害|時, 期間中 → 期間|中, 在学中; not 民間 or 戦後, one word in mode A);
    None when there is none."""
    pieces = list(mode_a_morphemes(word))
    if len(pieces) < 2 or pieces[-1].surface() not in suffixes:
        return None
    stem = pieces[:-1]
    return "".join(m.surface() for m in stem), "".join(m.reading_form() for m in stem)


def _after_number(t, counters=frozenset()) -> bool:
    before = t.doc[t.i - 1]
    return (before.tag_.startswith("名詞-数詞") and not _is_code_digit(t.doc, before.i)
            and (_is_counter(t, counters) or t.tag_.startswith("接尾辞")))


def nested_chains(chains: list[Chain]) -> list[Chain]:
    """Longest heads shared by two or more different chains (nested terms, as in C-value):
    先行不使用政策 and 先行不使用宣言 give 先行不使用; 秘密保全制度 and 秘密保全措置 give 秘密保全.
    A head is kept only where the chains behind it continue in two or more ways (日米拡大 is not
    kept beside 日米拡大抑止, nor 笹川平和 beside 笹川平和財団). Tails are not used: a Japanese
    compound's tail is its generic head noun (軍司令部, 型ミサイル)."""
    distinct = {c.parts: c for c in chains}
    owners: dict[tuple, set] = defaultdict(set)
    for parts in distinct:
        for k in range(2, len(parts)):
            owners[parts[:k]].add(parts)
    out = []
    for head, behind in owners.items():
        if head in distinct or head[-1] in "・-":
            continue
        if len({p[len(head)] for p in behind}) < 2:
            continue  # one continuation only: a fragment of a longer term
        first = distinct[min(behind)]
        out.append(Chain(head, first.readings[:len(head)], first.unit_id, first.start))
    return out
