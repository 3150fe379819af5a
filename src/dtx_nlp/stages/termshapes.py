"""Terms the text marks itself, and what it says about them.

Shapes: a noun-like span in 「」; the content of a parenthesis that is itself a term, and the term
the parenthesis glosses (English in parentheses after a term); terms introduced by とは (with a
defining predicate), という概念/考え方/用語, いわゆる, と呼ばれる/と称される, （以下「…」という）.
Each gives a `Marked` record with the English gloss and the defining clause where the text gives
them. Offsets and tokens come from the unit's parsed doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import is_katakana
from .definitions import ACRONYM, term_before

MAX_SPAN = 40  # characters: longer quotes and parentheses are sentences, not terms
_QUOTE = re.compile(r"「([^「」]{2,%d})」" % MAX_SPAN)
_PAREN = re.compile(r"[（(]([^（）()]{1,%d})[）)]" % MAX_SPAN)
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z ,.'&/-]*[a-z][A-Za-z ,.'&/-]*")
_ENGLISH_ACRONYM = re.compile(rf"(?P<english>.+?)\s*,\s*(?P<acr>{ACRONYM})")
_BEFORE = re.compile(r"という(?:概念|考え方|用語|言葉)|と(?:呼ばれ|呼ぶ|称され|称する)")
_TOWA = re.compile(r"とは[、，]?")
_SO_CALLED = re.compile(r"いわゆる[、，]?")
# （以下「X」という）, also after a short name: （犯罪収益移転防止法。以下「犯収法」という。）
_HEREAFTER = re.compile(r"[（(](?:[^（）()「」]{1,%d}?[。、，；;]\s*)?"
                        r"以下[、，]?「(?P<term>[^「」]{1,%d})」"
                        r"(?:という|と呼ぶ|とする)?。?[）)]" % (MAX_SPAN, MAX_SPAN))
# English written before a parenthesis that holds its Japanese term or acronym:
# Export Administration Regulations（EAR）, Regulation (EU) 2024/1624（AML規則）.
_ENGLISH_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'&/()-]*[A-Za-z0-9)]\s*$")
# The predicate of a definition "X とは Y を指す／をいう／のことである／を意味する／である".
_DEFINING = re.compile(r"(?:を指|をい[うい]|を言[うい]|のこと|を意味|である|であり)")
# A single word in mixed case is a name or code (FinCEN), not an English gloss.
_MIXED_CASE_CODE = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z]*")
# 「X」は Y を意味する／を指す／をいう: a quoted term as the topic of a defining predicate.
_QUOTED_TOPIC = re.compile(r"「([^「」]{1,%d})」は[、，]?" % MAX_SPAN)
_MEANS = re.compile(r"(?:を指|をい[うい]|を言[うい]|を意味)")
_NOUN_TAGS = ("名詞", "接頭辞", "接尾辞", "形状詞")


@dataclass(frozen=True)
class Marked:
    text: str
    unit_id: str
    how: str  # quote | paren | glossed | introduced | defined
    english: str = ""
    definition: str = ""


def _tokens(doc, start: int, end: int):
    return [t for t in doc if t.idx >= start and t.idx + len(t.text) <= end and not t.is_space]


def noun_like(tokens) -> bool:
    """Nouns (with prefixes, suffixes, adjectival nouns, ・ and number-letter codes), at most one
    linking の or な inside, ending in a noun: 戦争管理, 死活的な利益, 核態勢見直し; not a clause."""
    if not tokens or not tokens[-1].tag_.startswith(("名詞", "接尾辞-名詞的")):
        return False
    links = 0
    for t in tokens:
        if t.tag_.startswith(_NOUN_TAGS) or t.text in ("・", "-", "－"):
            continue
        if t.text in ("の", "な") and t is not tokens[0]:
            links += 1
            continue
        return False
    return links <= 1


def quoted_name(tokens) -> bool:
    """A quoted noun phrase with no punctuation inside, ending in a common noun: the name the
    text gives a document, law or doctrine (「…に関するガイドライン」), though it reads as a clause."""
    return (len(tokens) > 1 and tokens[-1].tag_.startswith("名詞-普通名詞")
            and not any(t.is_punct or t.tag_.startswith(("補助記号", "名詞-数詞")) for t in tokens))


def quoted(unit, doc) -> list[Marked]:
    out = []
    for m in _QUOTE.finditer(doc.text):
        tokens = _tokens(doc, m.start(1), m.end(1))
        if noun_like(tokens) or quoted_name(tokens):
            out.append(Marked(m.group(1).strip(), unit.unit_id, "quote"))
    return out


def parentheses(unit, doc) -> list[Marked]:
    """English after a term (term glossed), English before a term or acronym in parentheses, a
    parenthesis that is itself a term (both marked; a Japanese explanation of the term before
    it is that term's definition)."""
    out = []
    for m in _PAREN.finditer(doc.text):
        content = m.group(1).strip()
        before = term_before(doc, m.start())
        if _ENGLISH.fullmatch(content) and not _MIXED_CASE_CODE.fullmatch(content):
            pair = _ENGLISH_ACRONYM.fullmatch(content)
            english = pair.group("english") if pair else content
            if before:
                out.append(Marked(before[1], unit.unit_id, "glossed", english=english.strip()))
            continue
        tokens = _tokens(doc, m.start(1), m.end(1))
        english = english_before(doc.text, m.start())
        if english and (re.fullmatch(ACRONYM, content) or noun_like(tokens)):
            out.append(Marked(content, unit.unit_id, "glossed", english=english))
        elif noun_like(tokens) and not content.startswith("以下"):
            out.append(Marked(content, unit.unit_id, "paren"))
            if before:
                out.append(Marked(before[1], unit.unit_id, "glossed",
                                  definition=content if explains(content, before[1]) else ""))
    return out


def english_before(text: str, end: int) -> str:
    """English words (two or more, with a lower-case letter, brackets balanced) that end right
    before character `end`, or ""."""
    m = _ENGLISH_BEFORE.search(text, max(0, end - 2 * MAX_SPAN), end)
    found = m.group().strip() if m else ""
    balanced = found.count("(") == found.count(")")
    return found if " " in found and re.search("[a-z]", found) and balanced else ""


def explains(content: str, term: str) -> bool:
    """Whether a parenthesis after a loanword says in Japanese what it is: レジリエンシー（強靭性）;
    not a short name, a code or another loanword (スペースポート（宇宙港） is the reverse)."""
    loanword = is_katakana(term.replace("・", "")) and len(term) > 1
    return loanword and not is_katakana(content) and not re.search("[A-Za-z]", content)


def _quote_or_chain_before(doc, end: int) -> str | None:
    text = doc.text
    if text[:end].endswith("」"):
        start = text.rfind("「", 0, end)
        inner = text[start + 1:end - 1] if start >= 0 else ""
        return inner if inner and noun_like(_tokens(doc, start + 1, end - 1)) else None
    found = term_before(doc, end)
    return found[1] if found else None


def _quote_or_chain_after(doc, start: int) -> str | None:
    text = doc.text
    if text[start:].startswith("「"):
        end = text.find("」", start)
        inner = text[start + 1:end] if end > 0 else ""
        return inner if inner and noun_like(_tokens(doc, start + 1, end)) else None
    tokens, links = [], 0
    for t in doc:
        if t.idx < start:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text == "の" and tokens and not links and nxt is not None and nxt.tag_.startswith("名詞"):
            links += 1  # いわゆる核の傘: one linking の
        elif not (t.tag_.startswith(_NOUN_TAGS) or t.text == "・") or (t.is_punct and t.text != "・"):
            break
        tokens.append(t)
    while tokens and not tokens[-1].tag_.startswith("名詞"):
        tokens.pop()
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)] if tokens else None


def _sentence_after(doc, char: int) -> str:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return doc.text[char:sent.end_char].strip()
    return ""


def _clause_before(doc, char: int) -> str:
    """The phrase a （以下「…」という） abbreviates: back to the last comma or sentence start."""
    start = max(doc.text.rfind(p, 0, char) for p in "、。，\n")
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            start = max(start + 1, sent.start_char)
    return doc.text[start:char].strip()


def phrase_before(doc, char: int) -> str:
    """The noun phrase ending at character `char`: the head noun with every word that depends
    on it (医薬品、医療機器等の品質、…に関する法律), within its sentence; else the clause back to
    the last comma."""
    head = next((t for t in doc if t.idx + len(t.text) == char), None)
    if head is None or not head.tag_.startswith(("名詞", "接尾辞")):
        return _clause_before(doc, char)
    start = max(head.left_edge.idx, head.sent.start_char, doc.text.rfind("\n", 0, char) + 1)
    return doc.text[start:char].strip(" 　、，")


def _meaning(rest: str) -> str:
    """A defining sentence's meaning without its framing predicate: "Yを指す。" → "Y"."""
    framing = list(_DEFINING.finditer(rest))
    return rest[:framing[-1].start()].strip() if framing else rest


def introduced(unit, doc) -> list[Marked]:
    out = []
    for m in _TOWA.finditer(doc.text):
        rest = _sentence_after(doc, m.end())
        term = _quote_or_chain_before(doc, m.start())
        if term and _DEFINING.search(rest):
            out.append(Marked(term, unit.unit_id, "defined", definition=_meaning(rest)))
    for m in _QUOTED_TOPIC.finditer(doc.text):
        rest = _sentence_after(doc, m.end())
        framing = list(_MEANS.finditer(rest))
        if framing and noun_like(_tokens(doc, m.start(1), m.end(1))):
            out.append(Marked(m.group(1), unit.unit_id, "defined",
                              definition=rest[:framing[-1].start()].strip()))
    for m in _BEFORE.finditer(doc.text):
        term = _quote_or_chain_before(doc, m.start())
        if term:
            out.append(Marked(term, unit.unit_id, "introduced"))
    for m in _SO_CALLED.finditer(doc.text):
        term = _quote_or_chain_after(doc, m.end())
        if term:  # "Y、いわゆるX": Y says what X is
            after_comma = doc.text[:m.start()].endswith(("、", "，"))
            meaning = phrase_before(doc, m.start() - 1) if after_comma else ""
            out.append(Marked(term, unit.unit_id, "introduced", definition=meaning))
    for m in _HEREAFTER.finditer(doc.text):
        out.append(Marked(m.group("term"), unit.unit_id, "defined",
                          definition=phrase_before(doc, m.start())))
    return out


def marked_terms(unit, doc) -> list[Marked]:
    """Every term the unit marks, in the order of the shapes above."""
    return quoted(unit, doc) + parentheses(unit, doc) + introduced(unit, doc)
