"""Terms the text marks itself, and what it says about them.

Marks (counted by the glossary's marking signal): a noun-like span in 「」; the content of a
parenthesis that is itself a term, and the term the parenthesis glosses (English in parentheses
after a term); terms introduced by とは (with a defining predicate), という概念/考え方/用語,
いわゆる, と呼ばれる/と称される, （以下「…」という）.

Said (stop 33; what the text says about a term, in shapes added for the english and definition
columns; counted as marks only with `[glossary] count_said`): an acronym paired with its English
in either order, English before its term, a gloss between a term and とは, YをXと呼ぶ, Y、いわゆるX,
Y（いわゆるX） (stop 83), 「X」は…を意味する, a parenthesis that describes the term.

Each gives a `Marked` record with the English gloss and the defining clause where the text gives
them. Offsets and tokens come from the unit's parsed doc.

Described (stop 74; the definition column only, never marks, `[glossary]
described_definitions`): X（gloss）、すなわちY and Y、すなわちX with Y a description, and a
sentence that opens with X as its topic and ends its clause in を指す／をいう. `topic_copulas`
(off: its rule failed) also reads Xは、…Nである.

Short names (stop 54; pairs, not marks): a name's short form in a parenthesis after it,
外国為替及び外国貿易法（外為法）, …（以下「感染症法」という。）.

Formal titles (stop 84; candidates, not marks): an act's or a treaty's title written without
quotes, …に関する法律, …の一部を改正する法律, …に関する条約, …のための国際条約.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import is_katakana, is_subsequence
from .definitions import GLOSS_SEPARATOR, term_before

MAX_SPAN = 40  # characters: longer quotes and parentheses are sentences, not terms
_QUOTE = re.compile(r"「([^「」]{2,%d})」" % MAX_SPAN)
MAX_ENGLISH = 2 * MAX_SPAN  # characters: an English expansion may be longer than a term
_PAREN = re.compile(r"[（(]([^（）()]{1,%d})[）)]" % MAX_ENGLISH)
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'&/()-]*")
# An acronym paired with its English in one parenthesis, either order: "Air Traffic Control:
# ATC", "MPL：Multi-crew Pilot Licence", "Trajectory Based Operation、TBO", "eVTOL: electric …".
_PAIR_ACRONYM = re.compile(r"[a-z]{0,2}[A-Z][A-Za-z0-9]*(?:[-/&][A-Za-z0-9]+)*")
# English after a term that counts as marking it (the marking signal's shapes since stop 31).
_MARKING_ENGLISH = re.compile(r"[A-Za-z][A-Za-z ,.'&/-]*[a-z][A-Za-z ,.'&/-]*")
# "英：…", "英語名：…" before an English gloss; quotes around it.
_GLOSS_LABEL = re.compile(r"^(?:英語名|英語|英文|英名|英)\s*[:：]\s*")
_QUOTES = "“”\"‘’'「」『』 "
_BEFORE = re.compile(r"という(?:概念|考え方|用語|言葉)|と(?:呼ばれ|呼ぶ|称され|称する)")
_TOWA = re.compile(r"とは[、，]?")
_SO_CALLED = re.compile(r"いわゆる[、，]?")
# A parenthesis that names what stands before it opens, after at most a short note (a short name
# or a law's number): （以下…, （犯罪収益移転防止法。以下…, （令和3年法律第40号。いわゆる…
_NAMING_OPEN = r"[（(](?:(?P<short>[^（）()「」]{1,%d}?)[。、，；;]\s*)?" % MAX_ENGLISH
# Where such a parenthesis opens before いわゆる: （いわゆる…, （…号。いわゆる…
_SO_CALLED_OPEN = re.compile(_NAMING_OPEN + "$")
# （以下「X」という）, in です・ます style （以下「X」といいます。）, also after a short name:
# （犯罪収益移転防止法。以下「犯収法」という。）
_HEREAFTER = re.compile(_NAMING_OPEN + r"以下[、，]?「(?P<term>[^「」]{1,%d})」"
                        r"(?:という|と呼ぶ|とする|といいます|と呼びます|とします)?。?[）)]" % MAX_SPAN)
# "YをXと呼ぶ／という。" and "Yは「X」と呼ばれ／称され": Y says what X is.
_CALLED = re.compile(r"と(?:呼[ぶびばん]|(?:総)?称[すしさ])|という[。、]|といい[、，]")
_CALLED_PASSIVE = re.compile(r"と(?:呼ばれ|(?:総)?称され)")
# English written before a parenthesis that holds its Japanese term or acronym:
# Export Administration Regulations（EAR）, Regulation (EU) 2024/1624（AML規則）.
_ENGLISH_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'&/()-]*[A-Za-z0-9)]\s*$")
# The predicate of a definition "X とは Y を指す／をいう／のことである／を意味する／である".
_DEFINING = re.compile(r"(?:を指|をい[うい]|を言[うい]|のこと|を意味|である|であり)")
MAX_ENDING = 6  # characters after a framing predicate before its clause ends (している, である)
# A single word in mixed case is a name or code (FinCEN), not an English gloss.
_MIXED_CASE_CODE = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z]*")
# 「X」は Y を意味する／を指す／をいう: a quoted term as the topic of a defining predicate.
_QUOTED_TOPIC = re.compile(r"「([^「」]{1,%d})」(?:[（(][^（）()]*[）)])?は[、，]?" % MAX_SPAN)
_MEANS = re.compile(r"(?:を指|をい[うい]|を言[うい]|を意味)")
_NOUN_TAGS = ("名詞", "接頭辞", "接尾辞", "形状詞")


# What the text says about a term (its English, its definition) in a shape added in stop 33: it
# fills the glossary's english and definition columns, and counts as marking the term only with
# `[glossary] count_said`.
SAID = "said"


@dataclass(frozen=True)
class Marked:
    text: str
    unit_id: str
    how: str  # quote | paren | glossed | introduced | defined | said (not a mark)
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
    """Marks: a parenthesis that is itself a term and the term it glosses, English after a
    term. Said: the English of a term or acronym in either order, the Japanese explanation of a
    loanword."""
    out = []
    for m in _PAREN.finditer(doc.text):
        content = m.group(1).strip()
        tokens = _tokens(doc, m.start(1), m.end(1)) if len(content) <= MAX_SPAN else []
        out += _marked_by_parenthesis(unit, doc, m, content, tokens)
        out += _said_in_parenthesis(unit, doc, m, content, tokens)
    return out


def _marked_by_parenthesis(unit, doc, m: re.Match, content: str, tokens) -> list[Marked]:
    if len(content) > MAX_SPAN:
        return []
    before = term_before(doc, m.start())
    glossed = [Marked(before[1], unit.unit_id, "glossed")] if before else []
    if _MARKING_ENGLISH.fullmatch(content):
        return glossed
    if noun_like(tokens) and not content.startswith("以下"):
        return [Marked(content, unit.unit_id, "paren")] + glossed
    return []


def _said_in_parenthesis(unit, doc, m: re.Match, content: str, tokens) -> list[Marked]:
    before = _quote_or_chain_before(doc, m.start())
    gloss = english_gloss(content)
    if gloss:
        english, acronym = gloss
        return [Marked(t, unit.unit_id, SAID, english=english) for t in (before, acronym) if t]
    if len(content) > MAX_SPAN:
        return []
    english = english_before(doc.text, m.start())
    named = _names_in(doc, m.start(1), content) if english else []
    if named:
        return [Marked(t, unit.unit_id, SAID, english=english) for t in named]
    if before and explains(tokens, before):
        return [Marked(before, unit.unit_id, SAID, definition=content)]
    return []


def is_english(text: str) -> bool:
    """Words in Latin letters with a lower-case letter, three letters or more, brackets
    balanced; not a single word in mixed case, which is a name or code (FinCEN)."""
    return (bool(_ENGLISH.fullmatch(text)) and bool(re.search("[a-z]", text))
            and sum(c.isalpha() for c in text) >= 3 and text.count("(") == text.count(")")
            and not _MIXED_CASE_CODE.fullmatch(text))


def _is_acronym(text: str) -> bool:
    return bool(_PAIR_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def english_gloss(content: str) -> tuple[str, str] | None:
    """(English, acronym or "") when a parenthesis holds English, alone or paired with an
    acronym in either order; None otherwise."""
    text = _GLOSS_LABEL.sub("", content).strip(_QUOTES)
    parts = GLOSS_SEPARATOR.split(text)
    if len(parts) > 1 and _is_acronym(parts[-1]) and not _is_acronym(parts[0]):
        english = text[:text.rfind(parts[-1])].rstrip(",，:：、;； ")
        return (english.strip(_QUOTES), parts[-1]) if is_english(english) else None
    if len(parts) > 1 and _is_acronym(parts[0]):
        english = text[len(parts[0]):].lstrip(",，:：、;； ")
        return (english.strip(_QUOTES), parts[0]) if is_english(english) else None
    return (text, "") if is_english(text) and not _is_acronym(text) else None


def _names_in(doc, start: int, content: str) -> list[str]:
    """The names a parenthesis after English holds: an acronym, a Japanese term, or both
    (垂直統合型デバイスメーカー、IDM)."""
    names, offset = [], start
    for part in GLOSS_SEPARATOR.split(content):
        at = doc.text.find(part, offset)
        if _is_acronym(part) or (not is_english(part)
                                 and noun_like(_tokens(doc, at, at + len(part)))):
            names.append(part)
        offset = at + len(part)
    return names if len(names) == len(GLOSS_SEPARATOR.split(content)) <= 2 else []


def english_before(text: str, end: int) -> str:
    """English words (two or more, with a lower-case letter, brackets balanced) that end right
    before character `end`, or ""."""
    m = _ENGLISH_BEFORE.search(text, max(0, end - MAX_ENGLISH), end)
    found = m.group().strip() if m else ""
    return found if " " in found and is_english(found) else ""


def explains(tokens, term: str) -> bool:
    """Whether a parenthesis after a term says what it is: a Japanese word for a loanword
    (レジリエンシー（強靭性）), or a description of the term, a noun phrase with a verb or an
    adjective in it (ウェーハ（半導体チップの基板となる円盤状の薄い板）). Not a short name, a
    code, a loanword for a Japanese term, a list (…等) or a date."""
    content = "".join(t.text for t in tokens)
    if (not tokens or not tokens[-1].tag_.startswith(("名詞", "接尾辞-名詞的"))
            or re.search("[0-9０-９A-Za-z]", content)
            or content.endswith(("等", "など")) or is_katakana(content.replace("・", ""))):
        return False
    loanword = is_katakana(term.replace("・", "")) and len(term) > 1
    described = any(t.pos_ in ("VERB", "ADJ") for t in tokens) and len(content) > len(term)
    return loanword or described


def _quote_before(text: str, end: int) -> str:
    """The words of the quote 「…」 that ends at character `end`; "" when none does."""
    if not text[:end].endswith("」"):
        return ""
    start = text.rfind("「", 0, end)
    return text[start + 1:end - 1] if start >= 0 else ""


def _quote_or_chain_before(doc, end: int) -> str | None:
    text = doc.text
    if text[:end].endswith("」"):
        inner = _quote_before(text, end)
        return inner if inner and noun_like(_tokens(doc, end - 1 - len(inner), end - 1)) else None
    found = term_before(doc, end)
    return found[1] if found else None


def _quote_or_chain_after(doc, start: int, links: int = 1, ends=("名詞",)) -> str | None:
    """The quote or the noun chain starting at character `start`, with at most `links` linking
    の inside the chain (いわゆる核の傘), ending in a word whose tag starts with one of `ends`."""
    text = doc.text
    if text[start:].startswith("「"):
        end = text.find("」", start)
        inner = text[start + 1:end] if end > 0 else ""
        return inner if inner and noun_like(_tokens(doc, start + 1, end)) else None
    tokens = []
    for t in doc:
        if t.idx < start:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text == "の" and tokens and links and nxt is not None and nxt.tag_.startswith("名詞"):
            links -= 1  # いわゆる核の傘: one linking の
        elif not (t.tag_.startswith(_NOUN_TAGS) or t.text == "・") or (t.is_punct and t.text != "・"):
            break
        tokens.append(t)
    while tokens and not tokens[-1].tag_.startswith(ends):
        tokens.pop()
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)] if tokens else None


def _sentence_after(doc, char: int) -> str:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return doc.text[char:sent.end_char].strip()
    return ""


def _quoted_before(text: str, char: int) -> str:
    """The quoted name that ends right at character `char` (…には「Y」（以下…）: Y), at most
    MAX_CLAUSE characters; "" when no quote ends there."""
    inside = _quote_before(text, char)
    return inside.strip() if "」" not in inside and len(inside) <= MAX_CLAUSE else ""


def _clause_before(doc, char: int) -> str:
    """The phrase a （以下「…」という） abbreviates: back to the last comma or sentence start, after
    the last topic は in it (令和2年4月には…新制度: …新制度)."""
    start = max(doc.text.rfind(p, 0, char) for p in "、。，\n")
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            start = max(start + 1, sent.start_char)
    words = _after_topic([t for t in doc if start <= t.idx < char])
    start = words[0].idx if words else char
    return doc.text[start:char].strip().lstrip("、，").strip()


def _after_topic(words: list) -> list:
    """The words after the last topic は among them: a phrase the sentence is about (令和5年には,
    同法では) is no part of a name or a description that follows it."""
    topics = [i for i, t in enumerate(words) if _is_topic(t)]
    return words[topics[-1] + 1:] if topics else words


def _is_topic(t) -> bool:
    """The topic particle は; not the は of または／又は, which Sudachi cuts into a conjunction
    and は."""
    return (t.tag_ == "助詞-係助詞" and t.text == "は"
            and not (t.i > 0 and t.doc[t.i - 1].tag_.startswith("接続詞")))


def noun_phrase_before(doc, char: int) -> str:
    """The noun phrase ending at character `char`: the head noun with every word that depends
    on it (医薬品、医療機器等の品質、…に関する法律), within its line and sentence, without
    leading adverbs or conjunctions; "" when no noun ends there."""
    head = next((t for t in doc if t.idx + len(t.text) == char), None)
    if head is None or not head.tag_.startswith(("名詞", "接尾辞")):
        return ""
    start = max(head.left_edge.idx, head.sent.start_char, doc.text.rfind("\n", 0, char) + 1)
    words = [t for t in doc if start <= t.idx < char]
    while words and (words[0].is_punct or words[0].is_space
                     or words[0].tag_.startswith(("副詞", "接続詞", "補助記号"))):
        words.pop(0)
    return doc.text[words[0].idx:char].strip() if words else ""


def _meaning(rest: str, framings: re.Pattern = _DEFINING) -> str:
    """A defining sentence's meaning, up to its first framing predicate that ends a clause:
    "Yを指す。" → "Y", "Yのことである。" → "Y", "Yをいい、Zをいう。" → "Y"."""
    for framing in framings.finditer(rest):
        ending = re.match(r"[^、。，]*", rest[framing.end():]).group()
        if len(ending) <= MAX_ENDING:
            return rest[:framing.start()].strip()
    return rest


def introduced(unit, doc) -> list[Marked]:
    out = []
    for m in _TOWA.finditer(doc.text):
        rest = _sentence_after(doc, m.end())
        term = _quote_or_chain_before(doc, m.start())
        how = "defined"
        if not term:  # the term with its gloss in parentheses: ドローン（drone）とは
            term, how = _quote_or_chain_before(doc, _before_parenthesis(doc.text, m.start())), SAID
        if term and _DEFINING.search(rest):
            out.append(Marked(term, unit.unit_id, how, definition=_meaning(rest)))
    for m in _QUOTED_TOPIC.finditer(doc.text):
        rest = _sentence_after(doc, m.end())
        if _MEANS.search(rest) and noun_like(_tokens(doc, m.start(1), m.end(1))):
            out.append(Marked(m.group(1), unit.unit_id, SAID, definition=_meaning(rest, _MEANS)))
    for m in _BEFORE.finditer(doc.text):
        term = _quote_or_chain_before(doc, m.start())
        if term:
            out.append(Marked(term, unit.unit_id, "introduced"))
    for m in _SO_CALLED.finditer(doc.text):
        term = _quote_or_chain_after(doc, m.end())
        if term:
            out.append(Marked(term, unit.unit_id, "introduced",
                              definition=_so_called_meaning(doc, m, term)))
    for m in _HEREAFTER.finditer(doc.text):
        meaning = _named_before(doc, m.start())
        english = m.group("short") if is_english(m.group("short") or "") else ""
        how = SAID if m.group("short") else "defined"  # a short name before 以下: said only
        out.append(Marked(m.group("term"), unit.unit_id, how, definition=meaning,
                          english=english))
        if english and meaning:
            out.append(Marked(meaning, unit.unit_id, SAID, english=english))
    return out + called(unit, doc)


def _so_called_meaning(doc, m: re.Match, term: str) -> str:
    """What a term after いわゆる means: "Y、いわゆるX" → the noun phrase Y; "Y（いわゆるX）",
    also after a short note (Y（令和3年法律第40号。いわゆる「X」）) → what stands before the
    parenthesis, read as for the hereafter form; "" otherwise."""
    text = doc.text
    if text[:m.start()].endswith(("、", "，")):
        return noun_phrase_before(doc, m.start() - 1)
    opened = _SO_CALLED_OPEN.search(text, max(0, m.start() - MAX_ENGLISH - 2), m.start())
    end = m.end() + len(term) + (2 if text.startswith("「", m.end()) else 0)
    if opened and text[end:end + 1] in ("）", ")"):
        return _named_before(doc, opened.start())
    return ""


def _named_before(doc, char: int) -> str:
    """What a parenthesis opening at `char` names (以下「X」, いわゆるX): the quoted name that ends
    there, else the noun phrase, else the clause back to a comma."""
    return (_quoted_before(doc.text, char) or noun_phrase_before(doc, char)
            or _clause_before(doc, char))


def _before_parenthesis(text: str, end: int) -> int:
    """Where a parenthesis ending at `end` opens (a gloss between a term and what follows),
    or `end` when none does."""
    if not text[:end].endswith(("）", ")")):
        return end
    return max(text.rfind("（", 0, end), text.rfind("(", 0, end))


def _term_start(text: str, end: int, term: str) -> int:
    """Where a term (quoted or not) that ends at `end` begins."""
    return end - len(term) - (2 if text[:end].endswith("」") else 0)


def called(unit, doc) -> list[Marked]:
    """"YをXと呼ぶ", "YをXという。", "Yは「X」と呼ばれ／称され": X defined by the noun phrase Y
    (X may carry its gloss in parentheses before the verb)."""
    out = []
    for m in _CALLED.finditer(doc.text):
        end = _before_parenthesis(doc.text, m.start())
        term = _quote_or_chain_before(doc, end) if end > 0 else None
        if not term:
            continue
        start = _term_start(doc.text, end, term)
        particle = "は" if _CALLED_PASSIVE.match(doc.text, m.start()) else "を"
        if doc.text[:start].endswith(particle):
            meaning = noun_phrase_before(doc, start - 1)
            if meaning:
                out.append(Marked(term, unit.unit_id, SAID, definition=meaning))
    return out


# A short name may not hold Latin letters or digits (acronyms are read by `definitions`)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
MAX_SHORT = 15  # characters: a longer parenthesis is no short name
# No full name runs across these: the name starts after the last of them before it
_NAME_BREAKS = "「」『』（）()。：:|｜"


def short_names(unit, doc) -> list[tuple[str, str]]:
    """(short name, full name) pairs a text gives in a parenthesis after the full name:
    外国為替及び外国貿易法（外為法）, …に関する法律（以下「感染症法」という。）. The short name is
    written with characters of the full one, in their order (an abbreviation, as Schwartz and
    Hearst match English ones); the full name starts at the word of its first character."""
    out = []
    for m in _PAREN.finditer(doc.text):
        hereafter = _HEREAFTER.fullmatch(m.group())
        short = (hereafter.group("term") if hereafter and not hereafter.group("short")
                 else m.group(1).strip())
        if not 2 <= len(short) <= MAX_SHORT or _LATIN_OR_DIGIT.search(short):
            continue
        at = doc.text.find(short, m.start())
        if not noun_like(_tokens(doc, at, at + len(short))):
            continue
        full = _abbreviated(doc, short, m.start())
        if full:
            out.append((short, full))
    return out


def _abbreviated(doc, short: str, end: int) -> str:
    """The full name ending at character `end` that `short` abbreviates, or "": the noun
    phrase there, from the word of the first character of the short name's earliest match,
    within the last quote, bracket or clause (a comma is crossed only when the short name
    needs it: 医薬品、医療機器等の…法律（薬機法））. A name ending in the short one is no
    abbreviation of it (…検討委員会（委員会））."""
    phrase = noun_phrase_before(doc, end)
    start = doc.text.rfind(phrase, 0, end)
    end = start + len(phrase)
    cut = max(phrase.rfind(c) for c in _NAME_BREAKS) + 1
    comma = max(phrase.rfind(c) for c in "、，") + 1
    for begin in sorted({max(cut, comma), cut}, reverse=True):
        for i in range(begin, len(phrase)):
            if phrase[i] == short[0] and is_subsequence(short[1:], phrase[i + 1:]):
                word = next(t for t in doc if t.idx <= start + i < t.idx + len(t.text))
                full = doc.text[max(word.idx, start + begin):end]
                return "" if full.endswith(short) else full  # 検討委員会（委員会）: no abbreviation
    return ""


# A statute's formal title (stop 84, candidate X; `[glossary] statute_titles`): an act not named
# …法 is named …に関する法律 or …を改正する法律, and the text may write it unquoted.
_STATUTE = "法律"
_BEFORE_STATUTE = (("関する",), ("改正", "する"))
# A treaty's formal title in Japanese: …に関する条約／規約／議定書, …のための国際条約 (stop 84,
# candidate Y; `[glossary] treaty_titles`)
_TREATIES = ("条約", "国際条約", "規約", "国際規約", "議定書")
_BEFORE_TREATY = (("関する",), ("ため", "の"), ("関する", "国際"), ("ため", "の", "国際"))


def formal_titles(unit, doc, statutes: bool = True, treaties: bool = False,
                  instruments: frozenset[str] = frozenset()) -> list[str]:
    """The formal titles the text writes without quotes, of acts (`statutes`: the noun phrase
    headed by 法律 right after に関する or を改正する: 個人情報の保護に関する法律, 民法等の一部を改正する
    法律), of treaties (`treaties`: …に関する条約／規約／議定書, …のための国際条約) and of other
    instruments (`instruments`: a noun chain ending in one of these heads, in a phrase that says what
    the instrument is about: …に関する指針, …における…対応指針; see `_is_instrument`), from after the
    last quote, bracket, space, topic は, past tense or law named before it in a list (…法、…に関する
    法律), and without a date opening it (令和6年の…). With instruments listed, a title drawn up
    (…を策定し) or listing with や is read for no kind (stop 85, Z′)."""
    heads = ([(_STATUTE, _BEFORE_STATUTE)] if statutes else []) + (
        [(h, _BEFORE_TREATY) for h in _TREATIES] if treaties else [])
    out = []
    for t in doc:
        named = any(t.text == head and any(_follows(doc, t.i, w) for w in before)
                    for head, before in heads)
        if not named and not _is_instrument(t, instruments):
            continue
        end = t.idx + len(t.text)
        phrase = noun_phrase_before(doc, end)
        words = _title_words(_whole_first_word(doc, [w for w in doc
                                                     if end - len(phrase) <= w.idx < end]),
                             instruments)
        if instruments and (_drawn_up(t) or _listed_with_ya(words)):
            continue  # with instruments listed, for all three kinds (stop 85, candidate Z′)
        if len(words) > 3 and (named or _says_about(words)):
            out.append(doc.text[words[0].idx:end])
    return out


# Verbs of drawing an instrument up (stop 85, candidate Z′): …に関する指針を策定する, …の基準の整備
_DRAWING_UP = frozenset(("策定", "作成", "整備", "制定", "定める", "設ける", "作る", "創設"))


def _drawn_up(head) -> bool:
    """The title ending at word `head` is the object of a verb of drawing up (…指針を策定し,
    …基準の整備): a description of what is asked for or was made, not a name."""
    doc, i = head.doc, head.i
    return (i + 2 < len(doc) and doc[i + 1].text in ("を", "の")
            and doc[i + 2].lemma_ in _DRAWING_UP)


def _listed_with_ya(words: list) -> bool:
    """The title lists its subjects with the particle や (設計や保守に関する…): official titles join
    their parts with 及び, 並びに, 又は or 、, so this is a description."""
    return any(w.text == "や" and w.tag_.startswith("助詞") for w in words)


# What an instrument is about, in its title (stop 85, candidate Z; `[glossary] instrument_heads`):
# …に関する, …に係る, …における, …のための, …についての
_ABOUT = (("関する",), ("係る",), ("おけ", "る"), ("ため", "の"), ("つい", "て", "の"))


def _is_instrument(t, heads: frozenset[str]) -> bool:
    """Word `t` ends a noun chain (nothing glued after it) and ends with one of `heads`
    (指針, 対応指針, 基本方針 with 指針 and 方針 listed)."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    glued = (after is not None and not t.whitespace_
             and after.tag_.startswith(("名詞", "接尾辞")))
    return (bool(heads) and t.tag_.startswith(("名詞", "接尾辞")) and not glued
            and t.text.endswith(tuple(heads)))


def _says_about(words: list) -> bool:
    """A title's words hold a phrase that says what it is about (`_ABOUT`)."""
    return any(_follows(words[0].doc, w.i + 1, about) and w.i + 1 - len(about) >= words[0].i
               for w in words for about in _ABOUT)


def _whole_first_word(doc, words: list) -> list:
    """`words` with the nouns written right before them: the parse may hang a compound's first
    noun on the verb (脱炭素|地域交通への…), but a title does not start inside a compound."""
    i = words[0].i if words else 0
    while i > 0 and doc[i - 1].tag_.startswith(("名詞", "接頭辞")) and not doc[i - 1].whitespace_:
        i -= 1
    return [*doc[i:words[0].i], *words] if words else words


def _follows(doc, i: int, words: tuple[str, ...]) -> bool:
    """The words right before word `i` are `words`."""
    return i >= len(words) and tuple(t.text for t in doc[i - len(words):i]) == words


def _title_words(words: list, instruments: frozenset[str] = frozenset()) -> list:
    """A title's words among `words`: after the last word no title holds (`_breaks_title`) and
    the punctuation after it, without a leading date, starting with a noun."""
    breaks = [i for i, w in enumerate(words) if _breaks_title(w, instruments)]
    words = words[breaks[-1] + 1:] if breaks else words
    while words and words[0].is_punct:  # …政令と|、…法律: the list's comma opens no title
        words = words[1:]
    if words:
        date = _OPENING_DATE.match(words[0].doc.text, words[0].idx)
        words = [w for w in words if w.idx >= date.end()] if date else words
    return words if words and words[0].tag_.startswith(("名詞", "接頭辞")) else []


# A date that opens a phrase, an era name or none before its year (令和6年の, 2024年4月施行の)
_OPENING_DATE = re.compile(r"\D{0,2}[\d０-９元]+年度?(?:[\d０-９]+月)?(?:[\d０-９]+日)?(?:施行)?[のに]?")


def _breaks_title(w, instruments: frozenset[str] = frozenset()) -> bool:
    """A word no title holds: a quote, a bracket, a space, a topic は, a past tense of する, ため
    ending a clause, 及び, 並びに or 又は after an instrument's name (not a law's: `_CONJUNCTIONS`),
    or 、や and after a law's, treaty's or instrument's name (…法、…に関する法律: the title starts after
    the list)."""
    doc = w.doc
    before = doc[w.i - 1].text if w.i > 0 else ""
    listed = (w.text in ("、", "，", "や", "と")
              and before.endswith(("法", _STATUTE, *_TREATIES, *instruments))) or (
        w.text in _CONJUNCTIONS and not before.endswith("法")
        and before.endswith(tuple(instruments)))
    return (any(c in w.text for c in _NAME_BREAKS) or w.is_space or bool(w.whitespace_)
            or "\u3000" in w.text or _is_topic(w) or _done(w) or listed or _outer_subject(w)
            or (bool(instruments) and _purpose(w)))


# The conjunctions of a formal list (Sudachi reads 並びに as 並び|に); an amending act's title joins
# laws with them (民法及び…法の一部を改正する法律), so only another instrument before one ends a list
_CONJUNCTIONS = ("及び", "並び", "並びに", "又は")


def _purpose(w) -> bool:
    """ため not followed by の: it ends a clause of purpose or reason (安全の|ため|構造…に係る基準),
    where …のための joins a title's parts."""
    after = w.doc[w.i + 1] if w.i + 1 < len(w.doc) else None
    return w.text == "ため" and (after is None or after.text != "の")


def _outer_subject(w) -> bool:
    """The が of a subject the parse hangs on a noun: a subject belongs to a verb (警察等が取り扱う
    遺失物 stays whole), so one that no verb of the phrase governs is the sentence's (…難民収容が|…に
    関する国際規約に反する)."""
    return (w.text == "が" and w.tag_.startswith("助詞-格助詞")
            and w.head.head.pos_ not in ("VERB", "ADJ", "AUX"))


def _done(w) -> bool:
    """The past tense of a verb made with する／される (成立した, 施行された): what was done to a law,
    never part of its title (unlike 調和のとれた)."""
    return (w.pos_ == "AUX" and w.lemma_ == "た" and w.i > 0
            and w.doc[w.i - 1].lemma_ in ("する", "れる", "られる"))


# Described (stop 74, candidate D; `[glossary] described_definitions`): definitions said by
# apposition (X、すなわちY and Y、すなわちX) and by a sentence that opens with a term as its topic
# and ends in を指す／をいう. They fill the definition column only: never a mark.
DESCRIBED = "described"
_APPOSITION = re.compile(r"[、，](?:すなわち|つまり|即ち)[、，]?")
# を指す／をいう and their polite forms (not を指さない), ending the topic's first clause
_TOPIC_END = re.compile(r"を(?:指[すし]|い[うい]|言[うい])")
_AFTER_TOPIC = re.compile(r"(?:[（(][^（）()]{1,%d}[）)])?は[、，]?" % MAX_ENGLISH)
_PHRASE_ENDS = ("の", "を", "が", "は", "も", "、", "。", "，")


def described(unit, doc) -> list[Marked]:
    """Definitions by apposition and by an opening topic (see DESCRIBED)."""
    return appositions(unit, doc) + opening_topics(unit, doc)


def appositions(unit, doc) -> list[Marked]:
    """"X（gloss）、すなわちY" with Y a description (a noun phrase with a verb): X is defined by
    Y; else "Y、すなわちX" with Y a description and X a term: X is defined by Y."""
    out = []
    for m in _APPOSITION.finditer(doc.text):
        meaning = description_after(doc, m.end())
        term = _quote_or_chain_before(doc, _before_parenthesis(doc.text, m.start()))
        if meaning and term:
            out.append(Marked(term, unit.unit_id, DESCRIBED, definition=meaning))
            continue
        before = noun_phrase_before(doc, m.start())
        term = _term_after(doc, m.end())
        at = doc.text.rfind(before, 0, m.start()) if before else -1
        if term and before and _has_verb(_tokens(doc, at, m.start())):
            out.append(Marked(term, unit.unit_id, DESCRIBED, definition=before))
    return out


def description_after(doc, char: int) -> str:
    """The description that starts at character `char`: up to the first noun whose phrase (its
    dependents in the parse) reaches back to `char`, with a verb before it, and which a particle
    or punctuation follows; "" when there is none in the sentence."""
    words = [t for t in doc if t.idx >= char and not t.is_space]
    if not words:
        return ""
    verb, sent_end = False, words[0].sent.end
    for t in words:
        if t.text in ("。", "．") or t.i >= sent_end:
            return ""
        verb = verb or t.pos_ == "VERB"
        nxt = doc[t.i + 1].text if t.i + 1 < len(doc) else "。"
        if (verb and t.tag_.startswith("名詞") and t.left_edge.idx <= words[0].idx
                and nxt in _PHRASE_ENDS):
            return doc.text[words[0].idx:t.idx + len(t.text)]
    return ""


# Between an opening topic and its copula, what makes the words more than one noun phrase: a
# second topic or a clause that ends (…は, …が、, …けれど); not a particle that joins two actions
# of one predicate chain (…に基づいて反映させる, …し続けながら行う)
_NOT_ONE_PHRASE = ("助詞-係助詞", "助詞-接続助詞")
_JOINS_PREDICATES = ("て", "で", "ながら", "つつ")
MAX_COPULA_PHRASE = 120  # characters


def topic_copulas(unit, doc) -> list[Marked]:
    """A sentence that opens with a term as its topic and says what it is with a copula: the
    words between, one noun phrase with a verb in it (a description), then である／です
    (航空交通管制は、管制官が航空機の間隔を確保し、…維持する業務である): X is defined by them."""
    out = []
    for term, after, end in _topics(doc):
        copula = next((t for t in doc if after <= t.idx < end and _defining_copula(t)
                       and doc[t.i - 1].tag_.startswith("名詞")), None)
        words = _one_noun_phrase(doc, after, copula.idx) if copula else []
        if _has_verb(words):
            out.append(Marked(term, unit.unit_id, DESCRIBED,
                              definition=doc.text[after:copula.idx].strip()))
    return out


# A clause that ends in an attributive predicate (連体形) right before a term the text marks
# (…を予測する「X」, …を要求するX（English）, …が適用された、いわゆる「X」, …とする、Xと呼ばれる手法)
# says what the term is: the guidelines' "Yと呼ばれるX" with the clause as Y. Past this many
# characters it is a sentence, not a description.
MAX_CLAUSE = 120
# Dependency labels, read without the parser's "_bunsetu" suffix (the pipeline runs GiNZA
# without its bunsetu_recognizer): from the word before the term to its predicate, and the
# arguments that make a clause say what a thing does or is for: an object or an oblique (新しい「X」
# is no description, and 政府が掲げる「X」 says only who holds it)
_PREDICATE_LINKS = ("aux", "cop", "fixed")
_CLAUSE_ARGUMENTS = ("obj", "obl", "iobj")


def clause_definitions(unit, doc) -> list[Marked]:
    """A term the text marks (in quotes, glossed in English, after いわゆる, before と呼ばれる)
    right after an adnominal clause: the clause defines it (see MAX_CLAUSE)."""
    out, seen = [], set()
    for start, term in _marked_starts(doc):
        meaning = clause_before(doc, start)
        if meaning and (start, term) not in seen:
            seen.add((start, term))
            out.append(Marked(term, unit.unit_id, DESCRIBED, definition=meaning))
    return out


def _marked_starts(doc):
    """(where the term or its mark begins, the term) for each term the text marks."""
    text = doc.text
    for m in _QUOTE.finditer(text):
        if noun_like(_tokens(doc, m.start(1), m.end(1))):
            yield m.start(), m.group(1).strip()
    for m in _SO_CALLED.finditer(text):
        term = _quote_or_chain_after(doc, m.end())
        if term:
            yield m.start(), term
    for m in _PAREN.finditer(text):
        term = _quote_or_chain_before(doc, m.start())
        if term and english_gloss(m.group(1).strip()):
            yield _term_start(text, m.start(), term), term
    for m in _BEFORE.finditer(text):
        end = _before_parenthesis(text, m.start())
        term = _quote_or_chain_before(doc, end)
        if term:
            yield _term_start(text, end, term), term


def _relation(token) -> str:
    return token.dep_.split("_")[0]


def clause_before(doc, char: int) -> str:
    """The adnominal clause that ends at character `char` (a comma between allowed): the
    subtree of a predicate in its attributive form (連体形), with an object or oblique of its own,
    no topic (は) inside, within its sentence and line, at most MAX_CLAUSE characters; "" else."""
    end = char - 1 if doc.text[:char].endswith(("、", "，")) else char
    last = next((t for t in doc if t.idx + len(t.text) == end), None)
    if last is None or not any("連体形" in f for f in last.morph.get("Inflection")):
        return ""
    head = last
    while _relation(head) in _PREDICATE_LINKS and head.head.i < head.i:
        head = head.head
    start = max(head.left_edge.idx, last.sent.start_char, doc.text.rfind("\n", 0, end) + 1)
    words = [t for t in doc if start <= t.idx < end]
    while words and (words[0].is_punct or words[0].tag_.startswith(("副詞", "接続詞"))):
        words.pop(0)
    if (not words or not any(_relation(t) in _CLAUSE_ARGUMENTS for t in words)
            or any(t.tag_ == "助詞-係助詞" for t in words)):
        return ""
    meaning = doc.text[words[0].idx:end].strip()
    return meaning if len(meaning) <= MAX_CLAUSE else ""


# A footnote's label where its text begins (※1, ＊2, （注3）, 注4：), as segment's `footnote`
# pattern reads it, and what follows the term a note opens with: its topic は or とは, or a colon
_NOTE_LABEL = re.compile(r"\s*[（(]?\s*(?:注|※|＊|\*|†)\s*[0-9０-９]{0,2}\s*[）)]?[\s\u3000：:．.、]*")
_NOTE_TOPIC = re.compile(r"(?:[（(][^（）()]{1,%d}[）)])?(?:とは|は|\s*[：:])[、，]?\s*" % MAX_ENGLISH)
# A framing predicate that says what the words before it mean (を指す, をいう, を意味する, のこと)
_NOTE_FRAMING = re.compile(r"を(?:指[すし]|い[うい]|言[うい]|意味)|のこと")


def note_definitions(unit, doc) -> list[Marked]:
    """A footnote that opens, after its label, with a term and says what it is in its first
    sentence: Xは／とは…をいう (…を指す, …のこと), Xは…Nである／です, X：N. A note exists to
    explain what it is attached to, so a copula or a colon before one noun phrase defines X
    here, with or without a verb in it (`topic_copulas` asks for one in running text)."""
    label = _NOTE_LABEL.match(doc.text) if getattr(unit, "kind", "") == "note" else None
    start = _opening([t for t in doc if t.idx >= label.end()]) if label else None
    term = _term_after(doc, start) if start is not None else None
    topic = (_NOTE_TOPIC.match(doc.text, start + len(term))
             if term and doc.text.startswith(term, start) else None)
    if not topic or _refers_back(doc, start):
        return []
    end = next((t.sent.end_char for t in doc if t.idx >= topic.end()), len(doc.text))
    meaning = _note_meaning(doc, topic.end(), end)
    return [Marked(term, unit.unit_id, DESCRIBED, definition=meaning)] if meaning else []


def _refers_back(doc, start: int) -> bool:
    """A term opened by a prefix that points back (同調査, 本制度, 当該事業) names nothing new."""
    first = next((t for t in doc if t.idx >= start), None)
    return first is not None and first.text in ("同", "本", "当", "該", "当該")


def _note_meaning(doc, start: int, end: int) -> str:
    """What a note's first sentence says its term is: the words before a framing predicate,
    else one noun phrase before a copula or the sentence's end."""
    rest = doc.text[start:end]
    if _NOTE_FRAMING.search(rest):
        meaning = _meaning(rest, _NOTE_FRAMING)
        return meaning if meaning != rest else ""
    copula = next((t for t in doc if start <= t.idx < end and _defining_copula(t)), None)
    stop = copula.idx if copula else end
    words = _one_noun_phrase(doc, start, stop)
    if (not (_has_verb(words) or any(t.text == "の" for t in words))  # a bare name
            or any(c in doc.text[start:stop] for c in "「」『』")):  # a source (出典：…「白書」)
        return ""
    return doc.text[start:words[-1].idx + len(words[-1].text)].strip()


def _one_noun_phrase(doc, start: int, stop: int) -> list:
    """The words from `start` to `stop`, punctuation left out, when they make one noun phrase:
    ending in a noun, no second topic or clause that ends, at most MAX_COPULA_PHRASE characters
    long; else []."""
    words = [t for t in _tokens(doc, start, stop) if not t.is_punct]
    if (words and words[-1].tag_.startswith("名詞")
            and not any(_ends_phrase(t) for t in words)
            and words[-1].idx + len(words[-1].text) - start <= MAX_COPULA_PHRASE):
        return words
    return []


def _ends_phrase(t) -> bool:
    """A second topic or a particle that ends a clause; not て／ながら／つつ, and not the は of
    または／又は (`_is_topic`)."""
    if not t.tag_.startswith(_NOT_ONE_PHRASE) or t.text in _JOINS_PREDICATES:
        return False
    return t.text != "は" or _is_topic(t)


def _defining_copula(t) -> bool:
    """A copula that can say what the sentence's topic is: it ends its clause, so that after
    である／です and any auxiliaries (た, ます) comes punctuation or the sentence's end (である。,
    であり、, でした。), not a word that makes the clause part of another (であれば, であることを)."""
    if not _is_copula(t):
        return False
    doc, end = t.doc, t.sent.end
    i = t.i + (1 if t.lemma_ == "です" else 2)
    while i < end and doc[i].pos_ == "AUX":
        i += 1
    return i >= end or doc[i].is_punct


def _is_copula(t) -> bool:
    """である／であり／です: not the で of 安全で秩序ある, which joins two words."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.pos_ == "AUX" and (t.lemma_ == "です" or (
        t.lemma_ == "だ" and nxt is not None and nxt.lemma_ == "ある"))


def _opening(tokens) -> int | None:
    """Where a sentence's words begin: after spaces, punctuation and an item number (① , 1. )."""
    for t in tokens:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        marker = t.tag_.startswith("名詞-数詞") and (
            bool(t.whitespace_) or nxt is None or nxt.is_punct or nxt.is_space)
        if not (t.is_space or t.is_punct or marker):
            return t.idx
    return None


def _term_after(doc, start: int) -> str | None:
    """The quote or noun chain at `start` that a described definition names: no linking の
    (the chain stops at ハブ港 in ハブ港の整備), a noun-like suffix kept (港)."""
    return _quote_or_chain_after(doc, start, links=0, ends=("名詞", "接尾辞-名詞的"))


def _has_verb(tokens) -> bool:
    return any(t.pos_ == "VERB" for t in tokens)


def opening_topics(unit, doc) -> list[Marked]:
    """A sentence that opens with a term as its topic (Xは, X（gloss）は) whose clause ends in
    を指す／をいう (as `_meaning` reads a framing predicate): X is defined by what stands between."""
    out = []
    for term, after, end in _topics(doc):
        rest = doc.text[after:end]
        meaning = _meaning(rest, _TOPIC_END) if _TOPIC_END.search(rest) else ""
        if meaning and meaning != rest:
            out.append(Marked(term, unit.unit_id, DESCRIBED, definition=meaning))
    return out


def _topics(doc):
    """(term, where the words after its は begin, where its sentence ends) for each sentence,
    or line within one, that opens with a term as its topic: Xは, X（gloss）は."""
    for start, end in _openings(doc):
        term = _term_after(doc, start)
        after = _AFTER_TOPIC.match(doc.text, start + len(term), end) if term else None
        if after and doc.text.startswith(term, start):
            yield term, after.end(), end


def _openings(doc):
    """(where the words begin, where it ends) of each sentence, and of each line in one (a
    heading the parser runs into the next sentence starts no topic)."""
    for sent in doc.sents:
        cuts = [sent.start_char] + [sent.start_char + m.end() for m in re.finditer(
            "\n", doc.text[sent.start_char:sent.end_char])]
        for begin, end in zip(cuts, cuts[1:] + [sent.end_char]):
            start = _opening([t for t in sent if begin <= t.idx < end])
            if start is not None:
                yield start, end


def marked_terms(unit, doc) -> list[Marked]:
    """Every term the unit marks, in the order of the shapes above."""
    return quoted(unit, doc) + parentheses(unit, doc) + introduced(unit, doc)
