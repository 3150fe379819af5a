"""Acronyms the text defines itself: "同盟調整メカニズム（ACM）", "（陸上配備型）LRHW",
"指揮統制C2", "（JSDF Joint Operation Command, JJOC）". Shared by entities and glossary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chains import HAS_LATIN, is_term_token, joins_term

ACRONYM = r"[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*"
# TERM（ACRONYM） or TERM（English expansion, ACRONYM）; Japanese text separates the two with a
# Japanese or full-width comma as often as with a Latin one (High Voltage Direct Current、HVDC)
_BRACKETED = re.compile(
    rf"[（(]\s*(?:(?P<english>[A-Za-z][A-Za-z .'&-]+?)\s*[,，、]\s*)?(?P<acr>{ACRONYM})\s*[）)]")
# ... HEAD である（QUALIFIER）ACRONYM
_QUALIFIED = re.compile(rf"[（(](?P<qual>[^（）()]{{1,12}})[）)](?P<acr>{ACRONYM})")
# KANJI-TERM immediately followed by an acronym: 指揮統制C2
_JUXTAPOSED = re.compile(r"(?P<acr>[A-Z][A-Z0-9]*[0-9A-Z])(?![A-Za-z0-9-])")
_KANJI = re.compile(r"^[\u4e00-\u9fff々]+$")
MIN_JUXTAPOSED_TERM = 3
# A parenthesis that may gloss an acronym (`glossed`): "TERM（ACR：English）", "ACR（English：TERM）"
_PARENTHESIS = re.compile(r"[（(]([^（）()\n]{2,80})[）)]")
_ACRONYM_BEFORE = re.compile(rf"(?<![A-Za-z0-9/-])(?P<acr>{ACRONYM})\Z")
# Between the parts of a gloss: "English：ACR", "ACR, English", "English、term" (termshapes too)
GLOSS_SEPARATOR = re.compile(r"\s*[,，:：、;；]\s*")
# Full-width Latin letters, digits and ASCII signs (ＢＣＰ, （, ：) as their ASCII twins, one
# character for one, so offsets stay those of the text (`wide`)
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# Before a term, what makes it the last word of a longer phrase the English translates whole
_PHRASE_LINKS = ("の", "・")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々]")


@dataclass(frozen=True)
class Definition:
    acronym: str
    expansion: str
    unit_id: str
    start: int          # offset of the acronym in the clean text
    end: int
    english: str = ""
    sentence: str = ""
    # how the text gives it: "bracketed" 同盟調整メカニズム（ACM）, "qualified" （陸上配備型）LRHW,
    # or "juxtaposed" 指揮統制C2 (the two side by side, nothing stated); with `glossed`,
    # "glossed" TERM（ACR：English） and "leading" ACR（English：TERM）, ACR（English）
    how: str = ""


def _chain_start(doc, end_i: int) -> int:
    """Index of the first token of the noun chain ending at token `end_i` (inclusive)."""
    i = end_i
    while i - 1 >= 0 and joins_term(doc, i - 1):
        i -= 1
    while i <= end_i and (doc[i].text == "・" or doc[i].tag_.startswith("接尾辞")):
        i += 1
    return i


def term_before(doc, char: int) -> tuple[int, str] | None:
    """The full term ending at character `char` of the doc: a noun chain, extended over
    "<classifier>型の" (空中発射型の核搭載巡航ミサイル). Returns (start char, term)."""
    end_i = next((t.i for t in doc if t.idx + len(t.text) == char), None)
    if end_i is None or not is_term_token(doc[end_i]) or doc[end_i].is_punct:
        return None
    start_i = _chain_start(doc, end_i)
    if start_i > end_i:
        return None
    if start_i >= 2 and doc[start_i - 1].text == "の" and doc[start_i - 2].tag_.startswith("接尾辞"):
        start_i = _chain_start(doc, start_i - 2)
    start = doc[start_i].idx
    return start, doc.text[start:char]


def _sentence(doc, char: int) -> str:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent.text
    return doc.text


def find_definitions(unit, doc, glossed: bool = False, wide: bool = False,
                     japanese: bool = False, whole_word: bool = False) -> list[Definition]:
    """Definitions stated in one unit, given its parsed doc (offsets into the clean text).
    `glossed`: also the orders a parenthesis writes an acronym with its English gloss in, and
    with `japanese` an acronym followed by its Japanese expansion (ECMO（体外式膜型人工肺）).
    `wide`: full-width letters (ＢＣＰ) read as the ASCII ones; names kept as written.
    `whole_word`: see glossed_acronyms."""
    text = doc.text.translate(_NARROW) if wide else doc.text
    found = glossed_acronyms(unit, doc, text, japanese, whole_word) if glossed else []
    for m in _BRACKETED.finditer(text):
        term = term_before(doc, m.start())
        if term:
            english = doc.text[m.start("english"):m.end("english")] if m["english"] else ""
            found.append(_definition(unit, doc, m, term[1], english, "bracketed"))
    head, last_end = None, -1
    for m in _QUALIFIED.finditer(text):
        if text[:m.start()].endswith("である"):
            term = term_before(doc, m.start() - len("である"))
            head = term[1] if term else None
        elif not (head and text[last_end:m.start()].strip() in ("や", "、", "及び", "と")):
            head = None
        if head:
            qualifier = doc.text[m.start("qual"):m.end("qual")]
            found.append(_definition(unit, doc, m, f"{qualifier}の{head}", "", "qualified"))
            last_end = m.end()
    for m in _JUXTAPOSED.finditer(text):
        term = term_before(doc, m.start())
        if term and len(term[1]) >= MIN_JUXTAPOSED_TERM and _KANJI.match(term[1]):
            found.append(_definition(unit, doc, m, term[1], "", "juxtaposed"))
    return found


def glossed_acronyms(unit, doc, text: str | None = None, japanese: bool = False,
                     whole_word: bool = False) -> list[Definition]:
    """Acronyms a parenthesis glosses in English, in the orders the comma form of _BRACKETED
    does not read. After a term, the acronym with its English (数値目標（KPI：Key Performance
    Indicator）): the term expands it, unless it ends a longer phrase (侵害の痕跡（IoC：…）), when
    the English does. After the acronym, its English and a Japanese term in either order
    (BCP（Business Continuity Plan：事業継続計画）): the term expands it; or its English alone
    (MaaS（Mobility as a Service）); with `japanese`, a Japanese noun phrase alone (ECMO（体外式膜型
    人工肺）). With `whole_word`, a parenthesis that names the acronym itself (生成AI（Generative
    AI）, 環境DNA（environmental DNA）) glosses the word the acronym ends, never the acronym: an
    expansion does not contain what it expands. `text`: the doc's text as read (full-width letters
    narrowed), offsets the same."""
    from .termshapes import english_gloss

    text = doc.text if text is None else text
    found = []
    for m in _PARENTHESIS.finditer(text):
        content = m.group(1).strip()
        gloss = english_gloss(content)
        if gloss and gloss[1] and not _BRACKETED.fullmatch(m.group()):
            english, acronym = (_as_written(doc, text, part, m.start(1)) for part in gloss)
            term = term_before(doc, m.start())
            if term and doc.text[term[0] - 1:term[0]] in _PHRASE_LINKS:
                term = None  # the head of a longer phrase (軍備競争の|防止, 測位・航法・|時刻)
            at = m.start(1) + m.group(1).find(gloss[1])
            found.append(_stated(unit, doc, acronym, at, term[1] if term else english, english,
                                 "glossed"))
            continue
        before = _ACRONYM_BEFORE.search(text[max(0, m.start() - 30):m.start()])
        if whole_word and before and _names(content, before.group("acr")):
            continue
        if before and sum(c.isupper() for c in before.group("acr")) >= 2:
            expansion, english = (_as_written(doc, text, part, m.start(1))
                                  for part in _acronym_gloss(content))
            at = m.start() - len(before.group("acr"))
            if not english and japanese and _japanese_expansion(doc, m.start(1), content,
                                                                before.group("acr")):
                expansion = doc.text[m.start(1):m.end(1)].strip()
            if expansion:
                found.append(_stated(unit, doc, doc.text[at:m.start()], at, expansion, english,
                                     "leading"))
    return found


def _names(content: str, acronym: str) -> bool:
    """Whether `content` holds `acronym` as a word of its own (Tele-ICU holds ICU)."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", content) is not None


# A parenthesis of a date or a number only (2020年, 第3号) expands no acronym
_NUMBER_ONLY = re.compile(r"[0-9０-９年月日度頃期号第.,・、～~\-]+")


def _japanese_expansion(doc, start: int, content: str, acronym: str) -> bool:
    """Whether a parenthesis after an acronym holds its Japanese expansion: a noun phrase in
    Japanese, no Latin letter, not a number or date, and at least as many characters as the
    acronym has capitals (XYZ（仮称） is no expansion)."""
    from .termshapes import _tokens, noun_like

    tokens = _tokens(doc, start, start + len(content))
    return (bool(_JAPANESE.search(content)) and not HAS_LATIN.search(content)
            and not _NUMBER_ONLY.fullmatch(content) and noun_like(tokens)
            and len(content.replace("・", "")) >= sum(c.isupper() for c in acronym))


def _as_written(doc, text: str, part: str, start: int) -> str:
    """`part` of the read text as the doc writes it (full-width letters kept)."""
    at = text.find(part, start) if part else -1
    return doc.text[at:at + len(part)] if at >= 0 else part


def _acronym_gloss(content: str) -> tuple[str, str]:
    """(expansion, English) of the parenthesis after an acronym: English and a Japanese term
    in either order, or English words alone; ("", "") for anything else."""
    from .termshapes import is_english

    parts = GLOSS_SEPARATOR.split(content)
    if len(parts) == 1 and is_english(content) and " " in content:
        return content, content
    if len(parts) == 2:
        for english, term in (parts, parts[::-1]):
            if is_english(english) and _JAPANESE.search(term) and not HAS_LATIN.search(term):
                return term, english
    return "", ""


def _stated(unit, doc, acronym: str, at: int, expansion: str, english: str,
            how: str) -> Definition:
    return Definition(acronym=acronym, expansion=expansion.strip(), unit_id=unit.unit_id,
                      start=unit.start + at, end=unit.start + at + len(acronym),
                      english=english.strip(), sentence=_sentence(doc, at), how=how)


def _definition(unit, doc, m: re.Match, expansion: str, english: str,
                how: str) -> Definition:
    acronym = doc.text[m.start("acr"):m.end("acr")]  # as written (ＢＣＰ when `wide`)
    return Definition(acronym=acronym, expansion=expansion.strip(), unit_id=unit.unit_id,
                      start=unit.start + m.start("acr"), end=unit.start + m.end("acr"),
                      english=english.strip(), sentence=_sentence(doc, m.start()), how=how)


def is_modifier(text: str) -> bool:
    """Words that qualify a noun and name nothing: the last Sudachi mode-A unit is a suffix
    (企業|型, 先進|的, 交通|系, 北海道|本州|間)."""
    from sudachipy import SplitMode

    from .readings import sudachi

    morphs = sudachi().tokenize(text, SplitMode.A)
    return len(morphs) > 1 and morphs[-1].part_of_speech()[0] == "接尾辞"


def first_definitions(defs: list[Definition]) -> dict[str, Definition]:
    """The first definition of each acronym (the text's own first explanation); one that
    gives no expansion only where none does."""
    out: dict[str, Definition] = {}
    for d in sorted(defs, key=lambda d: not d.expansion):  # stable: the text's order kept
        out.setdefault(d.acronym, d)
    return out
