"""Stage 3: cut clean paragraphs into units (problems, recommendations, remarks, ...).

The layout (what a recommendation heading, an item, a session, a remark look like) comes from a
LayoutConfig; this module only knows the reading-order rules that tie them together.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..config import LayoutConfig
from ..types import CleanDoc, Paragraph, Unit

if TYPE_CHECKING:
    from .outline import Mark, Outline

MAX_HEADING_CHARS = 60
BULLETS = "・•●➢➤▸"  # marks that make a line an item of a list
STATEMENT_MARKS = BULLETS + "○◯〇◎◆◇■□▪◦＊"  # marks that lead a statement in a list of them


# A line led by a dash and a space (－　経費の範囲を明示する。), not framed by dashes (― 副題 ―), or
# by a circle and a space before a phrase that ends no sentence (○　調理員の処遇改善により、働きやすい
# 職場をつくる): a measure of the recommendation above it.
_MEASURE_LINE = re.compile(r"^[－―‐—-][\s\u3000]+\S.*(?<![－―‐—-])$|^[○◯][\s\u3000]+[^。]+$")


def marked_statement(text: str) -> bool:
    """A sentence led by a list mark (○ 回収率が低下している。): one of a list of statements."""
    return text[:1] in STATEMENT_MARKS and "。" in text
ID_PREFIX = {"intro": "I", "problem_context": "PC", "problem": "P", "conclusion": "C",
             "heading": "H", "note": "N", "front": "F", "item": "X",
             "recommendation_context": "RC", "response": "Q"}
PLAIN_KIND = {"front": "front", "intro": "intro", "problem": "problem_context",
              "recommendations": "recommendation_context", "conclusion": "conclusion",
              "workshop": "note", "responses": "response"}


_KANJI_NUMBERS = {c: i for i, c in enumerate("〇一二三四五六七八九十", start=0)}
# Katakana labels count in the order of the syllabary (ア, イ, ウ … as 1, 2, 3 …).
_KANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_DIGITS = re.compile(r"\d+")
_LATIN_ROMAN = {r: i for i, r in enumerate(
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"), start=1)}


def parse_number(text: str | None) -> int | None:
    """An ordinal from ASCII, full-width, circled (①, ⑴, ⒈, ❶, ➀) or kanji digits, brackets ignored:
    "①" → 1, "⑵" → 2, "（12）" → 12, "３" → 3, "十二" → 12; a lone katakana letter by the
    syllabary: "ウ" → 3, "（ｲ）" → 2, "㋑" → 2."""
    if not text:
        return None
    kana = unicodedata.normalize("NFKC", text).strip(" \u3000（）()")
    if len(kana) == 1 and "\u32d0" <= kana <= "\u32fe":  # ㋐ ㋑ ㋒ (circled katakana)
        return ord(kana) - 0x32D0 + 1
    if len(kana) == 1 and kana in _KANA_ORDER:
        return _KANA_ORDER.index(kana) + 1
    circled = [c for c in text if "\u2460" <= c <= "\u249b"]  # ①, ⑴ and ⒈ forms
    if circled:
        return (ord(circled[0]) - 0x2460) % 20 + 1
    dingbat = [c for c in text if "\u2776" <= c <= "\u2793"]  # ❶, ➀ and ➊ forms (1 … 10)
    if dingbat:
        return (ord(dingbat[0]) - 0x2776) % 10 + 1
    roman = [c for c in text if "\u2160" <= c <= "\u217b"]  # Ⅰ … Ⅻ, ⅰ … ⅻ
    if roman:
        return (ord(roman[0]) - 0x2160) % 16 + 1
    if re.fullmatch(r"[ivx]{2,4}", kana):  # (ii), (iv): small Roman numerals in Latin letters
        return _LATIN_ROMAN.get(kana)
    digits = _DIGITS.search(unicodedata.normalize("NFKC", text))
    if digits:
        return int(digits.group())
    kanji = [c for c in text if c in _KANJI_NUMBERS]
    if not kanji:
        return None
    if "十" in kanji:
        tens, _, ones = "".join(kanji).partition("十")
        return (_KANJI_NUMBERS.get(tens, 1) if tens else 1) * 10 + (_KANJI_NUMBERS[ones] if ones
                                                                     else 0)
    return int("".join(str(_KANJI_NUMBERS[c]) for c in kanji))


def ordinal(number: str) -> int:
    """1 for "1", "１", "Ⅰ", "①", "一" (parse_number) or a letter "A", "Ａ"."""
    n = parse_number(number)
    return n if n is not None else ord(unicodedata.normalize("NFKC", number).upper()) - ord("A") + 1


@dataclass
class _State:
    layout: LayoutConfig
    doc: CleanDoc
    part: str = ""
    session: int | None = None
    recommendation: Unit | None = None
    record_level: int | None = None  # the outline level of the heading that opened the record
    intro_level: int | None = None  # the outline level of the heading that opened the intro
    enumerated: int = 0  # the last point of an enumeration run into the problem section's text
    enumerated_at: int = -1  # the paragraph that enumeration ran in
    label_group: str = ""  # the group a bracketed line above the entries names (〔県の取組〕)
    remark: Unit | None = None
    topic: Unit | None = None
    units: list[Unit] = field(default_factory=list)
    counters: Counter = field(default_factory=Counter)
    marks: dict = field(default_factory=dict)  # paragraph index -> outline Mark
    line_marks: tuple[frozenset, frozenset] = (frozenset(), frozenset())  # remark, reply marks
    members_speak: bool = False  # the record has members' statements (officials answer them)
    paragraph: Paragraph | None = None
    listed: bool = False  # the recommendations are the top level of a nested list
    measures: Unit | None = None  # the recommendation whose measures a label has opened
    worded_problems: bool = False  # the outline found problems numbered with a problem's word

    def next_id(self, key: str) -> int:
        self.counters[key] += 1
        return self.counters[key]

    def advance(self, part: str) -> bool:
        parts = self.layout.parts
        if parts.index(part) > parts.index(self.part):
            self.part = part
            return True
        return False


def line_marks(paragraphs) -> tuple[frozenset[str], frozenset[str]]:
    """The marks leading a document's remark and reply lines, found in the document itself: a
    symbol that leads at least three paragraphs is a remark mark, unless it is rarer than another
    such mark and each of its paragraphs follows one led by that mark or by itself — then it
    answers them (a reply mark: ◇ remarks and ⇨ replies, ▷ and ▶)."""
    firsts = [p.text.lstrip()[:1] for p in paragraphs]
    counts = Counter(c for c in firsts if c and c not in "※＊*#"
                     and unicodedata.category(c) in ("So", "Sm", "Po"))
    remark = {c for c, n in counts.items() if n >= 3}
    reply = {c for c in counts for a in remark if a != c and counts[c] < counts[a]
             and all(firsts[i - 1] in (a, c) for i, f in enumerate(firsts) if f == c and i)}
    return frozenset(remark - reply), frozenset(reply)


def _match(st: "_State", name: str, text: str) -> re.Match | None:
    """A layout pattern's match, if the pattern exists and applies in the current part."""
    layout = st.layout
    pattern = layout.patterns.get(name)
    parts = layout.pattern_parts.get(name)
    if pattern is None or (parts and st.part not in parts):
        return None
    return pattern.search(text)


def _part_heading(layout: LayoutConfig, text: str) -> str | None:
    if len(text) > MAX_HEADING_CHARS or "。" in text:
        return None
    for part in layout.parts:
        if any(p.search(text) for p in layout.part_headings.get(part, ())):
            return part
    return None


def _unit(st: _State, p: Paragraph, kind: str, uid: str, **kw) -> Unit:
    unit = Unit(unit_id=uid, doc_id=st.doc.doc_id, kind=kind, parent_id=kw.get("parent"),
                number=kw.get("number"), session=kw.get("session"), title=kw.get("title"),
                text=p.text, start=p.start, end=p.end, part=st.part, page=p.page,
                group=kw.get("group", ""), label=kw.get("label", ""))
    st.units.append(unit)
    return unit


def _extend(st: _State, unit: Unit, p: Paragraph) -> Unit:
    """Grow a unit to cover a following paragraph (a lead or a continuation)."""
    grown = replace(unit, end=p.end, text=st.doc.text[unit.start:p.end])
    index = next(i for i in range(len(st.units) - 1, -1, -1) if st.units[i] is unit)
    st.units[index] = grown
    return grown


def _simple(st: _State, p: Paragraph, kind: str, title: str | None = None) -> Unit:
    prefix = ID_PREFIX.get(kind, "X")
    return _unit(st, p, kind, f"{prefix}{st.next_id(prefix):02d}", title=title)


def _unique(st: _State, uid: str) -> str:
    """The id itself, or with a suffix when a heading number repeats (R07, R07b1, R07b2)."""
    if all(u.unit_id != uid for u in st.units):
        return uid
    return f"{uid}b{st.next_id(uid + 'b')}"


def _on_recommendation(st: _State, p: Paragraph, m: re.Match) -> None:
    st.advance("recommendations")
    number = parse_number(m.group("number"))
    uid = _unique(st, f"R{number:02d}" if number is not None else "R")
    st.recommendation = _unit(st, p, "recommendation", uid, number=number,
                              title=m.group("title").strip() or None)


def _on_session(st: _State, p: Paragraph, m: re.Match) -> None:
    st.advance("workshop")
    _open_session(st, p, parse_number(m.group("number")), m.group("title").strip() or None)


def _open_session(st: _State, p: Paragraph, number: int | None, title: str | None) -> None:
    st.session = number
    st.remark = st.topic = None
    _unit(st, p, "session", _unique(st, f"S{number}"), number=number, session=number,
          title=title)


def _workshop_id(st: _State, kind: str) -> str:
    prefix = f"S{st.session}" if st.session is not None else "W"
    return f"{prefix}-{kind}{st.next_id(prefix + kind):02d}"


# A month and day (８月２日, 9月13日): a record's sub-heading that dates itself is a meeting.
_DATED = re.compile(r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")


def _on_topic(st: _State, p: Paragraph, title: str) -> None:
    if _DATED.search(title):  # 〔北谷分団（令和７年８月２日）〕: a session of the record
        return _open_session(st, p, (st.session or 0) + 1, title)
    uid = _workshop_id(st, "T")
    st.topic = _unit(st, p, "session_topic", uid, session=st.session,
                     number=int(uid.rsplit("T", 1)[1]), title=title)
    st.remark = None


def _on_remark(st: _State, p: Paragraph) -> None:
    parent = st.topic.unit_id if st.topic else (f"S{st.session}" if st.session else None)
    st.remark = _unit(st, p, "remark", _workshop_id(st, "R"), session=st.session, parent=parent)


def _on_reply(st: _State, p: Paragraph) -> None:
    if st.remark is None:
        _on_remark(st, p)
        return
    n = st.next_id(st.remark.unit_id + "A")
    _unit(st, p, "reply", f"{st.remark.unit_id}-A{n}", session=st.session,
          parent=st.remark.unit_id, number=n)


def _for_issuer(st: _State, text: str) -> bool:
    """Whether an organisation speaks (the layout's `organisation` pattern, its group `name`) that
    the report's front matter names (the issuer, 比良坂市教育委員会 → 市教育委員会（課長）：…): in
    the issuer's own record it answers the others."""
    m = _match(st, "organisation", text)
    return m is not None and st.remark is not None and any(
        m.group("name") in u.text for u in st.units if u.part == "front")


def _is_question(text: str) -> bool:
    """Whether a statement ends as a question does (…か。, …か？, …？)."""
    return text.rstrip().endswith(("か。", "か？", "？", "?"))


def _answers_in_hearing(st: _State, text: str) -> bool:
    """In a hearing (the record's heading says ヒアリング), a statement by the party heard (a
    marked remark, or any statement of a session of the record) right after a member's question
    (…か。) answers it."""
    member, hearing = st.layout.patterns.get("member"), st.layout.patterns.get("hearing")
    if member is None or hearing is None or st.remark is None or member.search(text):
        return False
    asked = _is_question(st.remark.text)
    stated = _match(st, "remark", text) is not None or st.session is not None
    right_after = st.units[-1] is st.remark  # (one answer a question; the next speaker remarks)
    if not (asked and right_after and member.search(st.remark.text)) or not stated:
        return False
    return any(u.kind == "heading" and u.part == "workshop" and hearing.search(u.text)
               for u in st.units)


# A turn's speaker before a colon (工藤：…, 会場（大学生）：…): the name, without its brackets.
_TURN = re.compile(r"^\s*[・○◯〇◎●]?\s*(?P<name>[^\s：:。、「」（(]{1,12})(?:[（(][^）)]{1,30}[）)])?\s*[：:]")


def _answers_question(st: _State, text: str) -> bool:
    """In a record, a turn right after another speaker's question (…か。, …？) answers it when
    the question names its speaker (工藤：森下さんに伺いたい。…あるのか。 → 森下：…) or comes from
    the floor (the layout's `floor` pattern: 会場（保護者）：…ないのか。) and this turn does not."""
    said, asked = _TURN.match(text), st.remark
    if said is None or asked is None or st.units[-1] is not asked:
        return False
    by = _TURN.match(asked.text)
    if by is None or by.group("name") == said.group("name") or not _is_question(asked.text):
        return False
    if _match(st, "floor", asked.text) is not None:
        return _match(st, "floor", text) is None
    return said.group("name") in asked.text[by.end():]


def _on_note(st: _State, p: Paragraph) -> None:
    """A footnote: a `note` unit, child of the first unit that cites its label."""
    cite = f"[{p.ref}]"
    parent = next((u.unit_id for u in st.units if cite in u.text), None)
    _unit(st, p, "note", f"N{st.next_id('N'):02d}", parent=parent, label=p.ref)


def _label_core(label: str) -> str:
    """A footnote label as the text cites it: （注１） → 注1, ＊1 → *1."""
    return re.sub(r"[\s（）()]", "", unicodedata.normalize("NFKC", label))


def _cited_before(st: _State, core: str) -> str | None:
    """The first unit that cites the label inside its text (…である（注1）。, …※1), if any."""
    cite = re.compile(re.escape(core) + r"(?![0-9])")
    for u in st.units:
        text = re.sub(r"\s", "", unicodedata.normalize("NFKC", u.text))
        if any(m.start() > 0 for m in cite.finditer(text)):
            return u.unit_id
    return None


def _on_footnote(st: _State, p: Paragraph, text: str) -> bool:
    """A footnote of plain text: a line led by a label (＊1, （注1）, ※2: the `footnote` pattern)
    that the text cites before it. A `note` unit, child of the unit that cites it; the lines
    of a note wrapped by hand (no sentence end yet) go on it."""
    last = st.units[-1] if st.units else None
    m = _match(st, "footnote", text)
    if (m is None and last is not None and last.kind == "note"
            and _match(st, "footnote", last.text)
            and not last.text.rstrip().endswith(("。", "）", ")", "」"))):
        _extend(st, last, p)
        return True
    parent = _cited_before(st, _label_core(m.group("label"))) if m is not None else None
    if parent is None:
        return False
    label = m.group("label").strip()
    _unit(st, p, "note", f"N{st.next_id('N'):02d}", parent=parent, label=label)
    return True


def _recommendation_item(st: _State, p: Paragraph, number: int | None) -> None:
    rec = st.recommendation
    uid = f"{rec.unit_id}-{st.next_id(rec.unit_id + '-'):d}"
    _unit(st, p, "recommendation_item", uid, number=number, parent=rec.unit_id)


def _list_entry(st: _State, p: Paragraph, index: int) -> bool:
    """A top-level item of a list that nests, in a recommendations section without entries of its
    own: the top level asks (a bold lead sentence, then why), the nested level details it."""
    if st.part != "recommendations" or p.kind != "list_item" or p.level != 1:
        return False
    if st.listed or st.recommendation is not None:
        return st.listed
    after = st.doc.paragraphs[index + 1:index + 2]
    return bool(after) and after[0].kind == "list_item" and after[0].level > 1


def _ordinal(st: _State) -> int:
    """The next recommendation's place in document order (for entries without a number)."""
    return sum(1 for u in st.units if u.kind == "recommendation") + 1


def _on_list_recommendation(st: _State, p: Paragraph) -> None:
    number = _ordinal(st)
    lead = re.match(r"[^。]{2,60}。", p.text.lstrip("・·•-*+ \u3000"))
    st.recommendation = _unit(st, p, "recommendation", _unique(st, f"R{number:02d}"),
                              number=number, title=lead.group() if lead else None,
                              label=str(number))
    st.listed = True


def _on_item(st: _State, p: Paragraph, m: re.Match | None) -> None:
    number = parse_number(m.group("number")) if m else None
    if st.part == "recommendations" and st.recommendation is not None:
        _recommendation_item(st, p, number)
    elif st.part == "problem" and st.worded_problems:
        _simple(st, p, "problem_context")  # ① … under 課題ア: a point of a problem, not one
    elif st.part == "problem":
        _unit(st, p, "problem", f"P{st.next_id('P'):02d}", number=number)
    elif _said_in_session(st, p):
        _on_remark(st, p)
    else:
        _unit(st, p, "item", f"X{st.next_id('X'):02d}", number=number)


# A short label in brackets alone on its line (［質疑］, 〔説明の要旨〕): it names what follows.
_BRACKETED_LABEL = re.compile(r"^[［\[〔【＜<《〈][^］\]〕】＞>》〉。]{1,12}[］\]〕】＞>》〉]$")


def _said_in_session(st: _State, p: Paragraph) -> bool:
    """A paragraph of a session of the record: a statement, unless a table's row left as a row
    (its header row says nothing) or a bracketed label."""
    return (st.part == "workshop" and st.session is not None and p.kind != "table_row"
            and not _BRACKETED_LABEL.match(p.text.strip()))


def _on_plain(st: _State, p: Paragraph) -> None:
    """A paragraph without a mark of its own: the lead or continuation of the recommendation
    before it, the body of a titled problem item ("（1）医師の偏在"), or a unit of its part."""
    last = st.units[-1] if st.units else None
    if st.part == "recommendations" and last is not None and last.kind in (
            "recommendation", "recommendation_item"):
        _extend(st, last, p)
    elif last is not None and last.kind == "problem" and "。" not in last.text:
        _extend(st, last, p)
    elif _speaker_only(st, p, last) or _wrapped_statement(st, last):
        _extend(st, last, p)  # what a speaker whose line named them alone said (●委員Ａ（…）, then …)
    elif _under_speaker(st, p, last) and (_match(st, "answering", last.text.strip())
                                          or _match(st, "reply", last.text.strip() + p.text)):
        _on_reply(st, p)  # said by a speaker named as answering: 町企画課（回答）, ［観光庁］
    elif _said_in_session(st, p) or _under_speaker(st, p, last):
        _on_remark(st, p)
    else:
        _simple(st, p, PLAIN_KIND.get(st.part, "item"))


# A speaker's name or role set alone on a line above what they said: words, maybe an affiliation
# in brackets, no number or mark in front and no sentence (中学２年生, 市民Ａさん, 保護者（第一中学
# 校）). Segment reads it inside a record; clean.join_speakers across a document's minutes.
SPEAKER_LABEL = re.compile(r"^[\w\u3005\u30fc・]{1,20}([（(][^（）()。]{1,20}[）)])?$")
# The same name set in brackets, maybe after a mark (［委員Ｌ］, 〈委員Ｇ（農家）〉, 【経済産業省】, ●委員Ａ（…）):
# a speaker's line only inside a record, where a bracketed label over text names no section.
_SPEAKER_MARKS = "●○◯〇◎◆■□◇"
# The parts outside the record where members' remarks may stand beside the text they are about.
_BESIDE_PARTS = ("problem", "recommendations", "conclusion")
_BRACKETED_SPEAKER = re.compile(
    "^[" + _SPEAKER_MARKS + r"]?[［\[〈【〔＜<]?[\w\u3005\u30fc・]{1,20}"
    r"(?:[（(][^（）()。]{1,30}[）)])?[］\]〉】〕＞>]?(?:[（(][^（）()。]{1,30}[）)])?$")


def _speaker_only(st: _State, p: Paragraph, last: Unit | None) -> bool:
    """A statement of the record below a remark or a reply that is only its speaker's line."""
    return (st.part == "workshop" and last is not None and last.kind in ("remark", "reply")
            and p.text.rstrip()[-1:] in "。？！?!」"
            and bool(_BRACKETED_SPEAKER.match(last.text.strip())))


def _names_speaker(st: _State, text: str) -> str:
    """"member" or "body" for a line that only names a member or a body, in brackets or after a
    mark (【委員Ｌ（…）】, ＜総務省統計局＞), in the record or beside the problems and the
    recommendations (a body there only after a member): the speaker of the statement below it,
    though its brackets look like a heading's or a remark's mark; "" for any other line."""
    line = text.strip()
    name = line.strip(_SPEAKER_MARKS + "［］[]〈〉【】〔〕＜＞<>")
    if st.part not in ("workshop",) + _BESIDE_PARTS or line[:1] not in (
            _SPEAKER_MARKS + "［[〈【〔＜<") or not _BRACKETED_SPEAKER.match(line):
        return ""
    if _match(st, "member", name):
        return "member"
    answers = st.part == "workshop" or st.remark is not None and st.units[-1].part == st.part
    return "body" if answers and _match(st, "body", name) else ""


def _wrapped_statement(st: _State, last: Unit | None) -> bool:
    """A remark or a reply of the record that its speaker's line begins and whose sentence has not
    ended (its speaker's line alone, or a line wrapped by hand): the next plain paragraph goes on
    it."""
    return (last is not None and last.kind in ("remark", "reply")
            and last.text.rstrip()[-1:] not in "。？！?!」"
            and bool(_names_speaker(st, last.text.split("\n", 1)[0])))


def _under_speaker(st: _State, p: Paragraph, last: Unit | None) -> bool:
    """A statement of the record below a line that only names who speaks."""
    return (st.part == "workshop" and last is not None and last.kind == "note"
            and p.text.rstrip()[-1:] in "。？！?!」"
            and bool(_BRACKETED_SPEAKER.match(last.text.strip())))


def _on_heading(st: _State, p: Paragraph, part: str | None, title: str,
                level: int | None = None) -> None:
    """A heading: its part, if it names one; else, in the introduction, the part that follows
    it — unless the outline places the heading inside the introduction's own numbered or marked
    up heading (第１　外部監査の概要 over １　外部監査の種類; はじめに unnumbered has no level of
    its own that the numbers below it are known to nest in)."""
    st.listed = False
    if part is not None:
        st.advance(part)
    elif st.part == "intro" and not (level is not None and st.intro_level is not None
                                     and level > st.intro_level):
        st.advance(st.layout.after_intro)
    if st.part != "recommendations":
        st.recommendation = None
    _simple(st, p, "heading", title=title)


def _on_marked_recommendation(st: _State, p: Paragraph, mark: "Mark") -> None:
    st.advance("recommendations")
    h = mark.heading
    number, label = h.number, mark.label
    if number is None and not any(c.isalnum() for c in label):  # ■ title: in document order
        number = _ordinal(st)
        label = str(number)
    if number is None and re.fullmatch(r"[A-Za-zＡ-Ｚａ-ｚ]", label):
        number = ordinal(label)  # 提案A, 提案B: A is the first
    uid = _unique(st, f"R{number:02d}" if number is not None else "R")
    st.recommendation = _unit(st, p, "recommendation", uid, number=number,
                              title=h.title or None, group=mark.group or st.label_group, label=label)


def _on_mark(st: _State, p: Paragraph, mark: "Mark") -> None:
    """A heading paragraph the outline has placed."""
    if mark.what == "recommendation":
        return _on_marked_recommendation(st, p, mark)
    if m := _match(st, "session", p.text):
        return _on_session(st, p, m)
    if mark.what == "item" and st.recommendation is not None:
        _recommendation_item(st, p, mark.heading.number)
        return None
    if mark.what == "problem" and st.part == "problem":
        _unit(st, p, "problem", f"P{st.next_id('P'):02d}", number=mark.heading.number,
              label=mark.heading.label)
        return None
    if mark.what == "part":
        role = mark.heading.role
        if role in ("intro", "problem") and st.part == "recommendations" and any(
                u.kind == "recommendation" for u in st.units) or _after_record(st, mark.heading):
            # the reasons after the recommendations (an 意見書 states its opinion first, then
            # why), or the report going on after a record set in its body (意見聴取, then 提言)
            st.part, st.recommendation = role, None
        if role == "workshop" and (st.part != "workshop" or st.record_level is None):
            st.record_level = mark.heading.level  # the heading that opens the record
        if role != "intro" or st.part != "intro" or st.intro_level is None:
            st.intro_level = (mark.heading.level if role == "intro" and mark.heading.style
                              not in ("plain", "bold") else None)  # (a level, not a guess)
        return _on_heading(st, p, role, p.text)
    if mark.what == "heading" and st.part == "workshop":
        # Q …, A … read as lettered headings, or a question set as a heading (Word's Heading 3:
        # Ｑ１．…ないのか。（地区・住民）), ask and answer: a title says nothing
        said = mark.heading.style == "letter" or any(c in p.text for c in "。？?")
        if said and _match(st, "remark", p.text):
            return _on_remark(st, p)
        if said and st.remark and _match(st, "reply", p.text):
            return _on_reply(st, p)
        return _on_topic(st, p, mark.heading.title)  # what the record's remarks below are about
    if mark.what == "group":
        st.recommendation = None
    return _on_heading(st, p, None, mark.heading.title, mark.heading.level)


# A line in brackets alone, no sentence (〔県が主体となって取り組むべき事項〕, ＜国への要望＞).
_GROUP_LABEL = re.compile(r"^[〔【［\[＜<《〈]([^〕】］\]＞>》〉。]{2,40})[〕】］\]＞>》〉]$")


def _group_named(st: _State, p: Paragraph, index: int) -> str:
    """A bracketed line of the recommendations section right above an entry the outline placed
    names the group of the entries below it that the outline groups under no heading: the
    group's name, or "" — also when it is the entries' own word (〔提言〕 over 提言１ names the
    section)."""
    below, m = st.marks.get(index + 1), _GROUP_LABEL.match(p.text.strip())
    if st.part != "recommendations" or m is None or below is None or below.what != "recommendation":
        return ""
    title = m.group(1).strip()
    return "" if st.doc.paragraphs[index + 1].text.lstrip().startswith(title) else title


def _on_group_label(st: _State, p: Paragraph, title: str) -> None:
    _on_heading(st, p, None, title)
    st.label_group = title


def _after_record(st: _State, heading) -> bool:
    """A part heading no deeper than the heading that opened the record: the report goes on
    (a topic inside the record, ⃝港湾の課題, stays in it)."""
    return (st.part == "workshop" and heading.role not in ("workshop", "")
            and heading.role in st.layout.parts and st.record_level is not None
            and heading.level <= st.record_level)


# A transcript's time stamp before the speaker (〔14:03〕, [9:30], 14：03): what follows it
# is read as the line.
_TIME_STAMP = re.compile(r"^\s*[〔［\[（(<＜]?\s*[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}\s*[〕］\]）)>＞]?\s*")


def _dispatch(st: _State, p: Paragraph, index: int = -1) -> None:
    layout, text = st.layout, _TIME_STAMP.sub("", p.text, count=1)
    if any(s.search(text) for s in layout.skip):
        return
    if st.recommendation is not None and _measures_label(st, text):
        st.measures = st.recommendation  # 【具体的な取組】: the marked lines below are its items
        return _simple(st, p, "note")
    if st.measures is not None and st.measures is st.recommendation and marked_statement(text):
        return _recommendation_item(st, p, None)
    if who := _names_speaker(st, text):  # 【委員Ｌ（…）】 alone: the statement below goes on it
        return _on_reply(st, p) if who == "body" and st.remark else _on_remark(st, p)
    if (mark := st.marks.get(index)) is not None:
        return _on_mark(st, p, mark)
    if title := _group_named(st, p, index):
        return _on_group_label(st, p, title)
    if p.kind == "note" and p.ref:
        return _on_note(st, p)
    if _on_footnote(st, p, text):
        return None
    if m := _match(st, "recommendation", text):
        return _on_recommendation(st, p, m)
    if p.kind != "table_row" and (m := _match(st, "session", text)):
        return _on_session(st, p, m)  # (a schedule table's 第1回 rows are no sessions)
    part = _part_heading(layout, text)
    if part is not None:
        return _on_heading(st, p, part, text)
    if st.part == "workshop" and p.kind == "list_item" and p.level > 1 and st.remark:
        return _on_reply(st, p)  # a nested item answers the item above it
    if st.part == "workshop" and (_match(st, "particulars", text) or _match(st, "introduced", text)
                                  or _match(st, "editorial", text)):
        return _simple(st, p, "note")  # 日時：…, 会場：… of the meeting; ○参考人　…　氏; 以下は要旨
    if st.part == "workshop" and (m := _match(st, "topic", text)):
        return _on_topic(st, p, m.group("title").strip())
    if st.part == "workshop" and (_match(st, "reply", text) or st.members_speak
                                  and _match(st, "official", text) or _for_issuer(st, text)
                                  or _match(st, "administration", text)
                                  or st.members_speak and _answers_member(st, text)
                                  or _answers_in_hearing(st, text)
                                  or _answers_question(st, text)):
        return _on_reply(st, p)
    if st.part == "workshop" and text[:1] in st.line_marks[1]:
        return _on_reply(st, p)  # the document's own answer mark (◎ after ◆) before any list mark
    if st.part == "workshop" and p.kind == "quote" and p.level > 0 and st.remark:
        return _on_reply(st, p)  # a quotation set inside a listed remark answers it
    if st.part == "workshop" and p.kind == "quote":  # a quotation (Markdown's >, Word's Quote)
        return _simple(st, p, "note") if _ATTRIBUTION.match(text) else _on_remark(st, p)
    if st.part == "workshop" and (_match(st, "remark", text) or _member_says(st, text)):
        return _on_remark(st, p)
    if st.part == "workshop" and (_match(st, "speaker", text) or _match(st, "named", text)):
        return _on_remark(st, p)
    if st.part == "workshop" and text[:1] in st.line_marks[0]:
        return _on_remark(st, p)
    if st.part in _BESIDE_PARTS and _member_says(st, text):
        return _on_remark(st, p)  # a member's remark on the problem above it (論点1, then 委員Ａ：…)
    if st.part in _BESIDE_PARTS and _answers_member(st, text):
        return _on_reply(st, p)
    if _list_entry(st, p, index):
        return _on_list_recommendation(st, p)
    if m := _match(st, "item", text):
        return _on_item(st, p, m)
    if p.kind == "table_row" and st.part == "problem" and (
            _numbered_row(text) or any(_match(st, "item", c) for c in text.split(" | ")[1:])
            or _under_column(st, index, "problem_column")):
        return _on_item(st, p, None)  # a table of problems, one numbered row (or cell: 課題1) each
    if p.kind == "table_row" and st.recommendation is not None and (
            _numbered_row(text) or _under_column(st, index, "measure_column")):
        return _on_item(st, p, None)  # a table of an entry's measures, one numbered row each
    if p.kind == "list_item" and st.part in ("recommendations", "problem"):
        return _on_item(st, p, None)
    if st.part == "recommendations" and marked_statement(text) and _under_problems_label(st):
        return _unit(st, p, "problem", f"P{st.next_id('P'):02d}")  # a topic's problems
    if st.recommendation is not None and (text[:1] in BULLETS or _MEASURE_LINE.match(text)):
        return _recommendation_item(st, p, None)  # a bulleted line under a recommendation
    if st.part == "problem" and marked_statement(text) and _under_situation(st):
        return _simple(st, p, "problem_context")
    if st.part == "problem" and (marked_statement(text) or _match(st, "problem_tag", text)):
        return _on_item(st, p, None)  # a bulleted statement in the problem section
    if m := _match(st, "subheading", text):
        return _on_heading(st, p, None, m.group("title").strip())
    return _on_plain(st, p)


# After a member's name (委員Ａ, Ｄ委員, 【委員Ｂ】, 委員Ｃ）): a letter or number, an affiliation in
# brackets, then a closing bracket, a colon, a space or a quotation (委員Ｄ（気象学）「…」); not
# 民生委員や… in a sentence.
_AFTER_MEMBER = re.compile(r"[A-ZＡ-Ｚa-zａ-ｚ0-9０-９]{0,3}(?:[（(][^）)]{1,30}[）)])?(?:[】］〕〉＞>）)]|\s*[：:\s「])")


_STATEMENT_END = re.compile(r"[。？！?!]」?\s*$")


def member_says(text: str, member: re.Pattern | None) -> bool:
    """Whether a paragraph is a statement (…。) led by a member's name: 委員Ａ：…, Ｄ委員（医師）　…。"""
    m = member.match(text) if member is not None else None
    return (m is not None and bool(_AFTER_MEMBER.match(text, m.end()))
            and _STATEMENT_END.search(text) is not None)


def _member_says(st: _State, text: str) -> bool:
    """A member's statement in a report whose members speak: a remark in the record (〔委員Ｒ〕…),
    and outside it, a remark on the problem or the recommendation set beside it."""
    return st.members_speak and member_says(text, st.layout.patterns.get("member"))


def _answers_member(st: _State, text: str) -> bool:
    """A body's answer (環境省：…, 環境省　…, 事務局：…) right after a member's remark, in the record or
    beside a problem or a recommendation."""
    return (st.remark is not None and st.units[-1].kind in ("remark", "reply")
            and (_match(st, "organisation", text) or _match(st, "reply", text)
                 or _match(st, "body", text)) is not None)


def _measures_label(st: _State, text: str) -> bool:
    """A bracketed label alone on its line naming an entry's measures (【具体的な取組】, the
    layout's `measure_column` words)."""
    text = text.strip()
    column = st.layout.patterns.get("measure_column")
    return (column is not None and bool(_BRACKETED_LABEL.match(text))
            and bool(column.search(text[1:-1].strip())))


def _under_situation(st: _State) -> bool:
    """Whether the last heading names the situation (（１）現状) where a later one names the
    problems (（２）課題): its statements describe the situation, the problems come under the
    other."""
    situation, problems = (st.layout.patterns.get(n) for n in ("situation_heading",
                                                               "problems_heading"))
    heading = next((u for u in reversed(st.units) if u.kind == "heading"), None)
    return (situation is not None and problems is not None and heading is not None
            and bool(situation.match(heading.text))
            and any(problems.match(x.text) for x in st.doc.paragraphs if x.start > heading.start))


def _under_problems_label(st: _State) -> bool:
    """Whether the last heading or bracketed label, after the last recommendation, names
    problems (［現状と課題］ inside a recommendations section that takes its topics one by one)."""
    problems = st.layout.patterns.get("problems_heading")
    for u in reversed(st.units):
        if u.kind == "recommendation":
            return False
        if u.kind == "heading" or _BRACKETED_LABEL.match(u.text.strip()):
            return problems is not None and bool(problems.match(u.text))
    return False


# A cell that numbers its row: a number alone or after a short word (1, （1）, ①, 課題1, 1-2), not
# a quantity or a year (2023年度, 30年未満).
_NUMBER_CELL = re.compile(r"^[^\s\d|]{0,4}?[（(]?([0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})?|[一二三四五六七八九十]{1,3}|[①-⑳❶-➓]|[Ⅰ-Ⅻ])"
                          r"[）)．.]?$")


# A quotation's speaker on a line of its own below it: ――高校２年生, — 委員.
_ATTRIBUTION = re.compile(r"^\s*[―—‐－-]{1,2}\s*\S[^。]{0,30}$")


_FIGURE = re.compile(r"^[0-9０-９,，.．]+\S{0,3}$")  # 12件, 2,300人, ４５％


def _under_column(st: _State, index: int, name: str) -> bool:
    """A body row of a table whose header row names a column of problems or of an entry's
    measures (the layout's `problem_column`, `measure_column`): one problem, or one item, a row
    whose cell in that column is words (a row of figures, 12件, is not one)."""
    column, paragraphs = st.layout.patterns.get(name), st.doc.paragraphs
    if column is None:
        return False
    first = index
    while first > 0 and paragraphs[first - 1].kind == "table_row":
        first -= 1
    header = [c.strip() for c in paragraphs[first].text.split(" | ")]
    cells = paragraphs[index].text.split(" | ")
    named = [i for i, c in enumerate(header) if column.search(c)]
    return first < index and any(i < len(cells) and cells[i].strip()
                                 and not _FIGURE.match(cells[i].strip()) for i in named)


def _numbered_row(text: str) -> bool:
    """A table row whose first cell is a number or a short label with one (1, （1）, 課題1)."""
    return bool(_NUMBER_CELL.match(text.split(" | ", 1)[0]))


def segment(doc: CleanDoc, layout: LayoutConfig, outline: "Outline | None" = None) -> list[Unit]:
    """Units of a clean document, in reading order: the outline (when given) places the
    headings, the layout's patterns the rest."""
    st = _State(layout=layout, doc=doc, part=layout.parts[0],
                marks=outline.marks if outline is not None else {},
                line_marks=line_marks(doc.paragraphs))
    member = layout.patterns.get("member")
    st.members_speak = member is not None and any(member.search(p.text) for p in doc.paragraphs)
    st.worded_problems = outline is not None and outline.worded_problems
    for i, p in enumerate(doc.paragraphs):
        for piece, number in _enumerated(st, p, i):
            if number is None:
                _dispatch(st, piece, i)
            else:
                _unit(st, piece, "problem", f"P{st.next_id('P'):02d}", number=number)
    return st.units


# 第一に、 … 第二に、 … opening sentences of one paragraph, or ①…こと、②…こと (（ⅰ）…、（ⅱ）…) after
# a comma: an enumeration run into the text.
_ORDINAL = re.compile(r"(?:^|(?<=。))[\s\u3000]*第([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})に、"
                      r"|(?:^|(?<=[。、：:]))[\s\u3000]*([①-⑳]|[（(][ⅰ-ⅻ][）)])")


def _enumerated(st: _State, p: Paragraph, index: int) -> list[tuple[Paragraph, int | None]]:
    """A paragraph of the problem section that enumerates problems in its sentences (次の六つの問題
    がある。第一に、…。第二に、…。, or 課題は、①…こと、②…ことである。): one piece per point, with
    its number, and a lead sentence before the first, with None (a lead that ends no sentence,
    三者は、, opens the first point); any other paragraph whole, with None. The lead, in the
    paragraph or the one before it (unless that one was an enumeration), names what is
    enumerated (the layout's `problems_lead`); a run of marks (①, （ⅰ）) may name it after its
    last point too (（ⅰ）…、（ⅱ）…を、解決すべき課題として認識する)."""
    if st.part != "problem" or index in st.marks or st.worded_problems:
        return [(p, None)]
    found = list(_ORDINAL.finditer(p.text))
    numbers = [parse_number(m.group(1) or m.group(2)) for m in found]
    if len(found) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return [(p, None)]
    lead = p.text[:found[0].start()].rstrip()
    before = st.doc.paragraphs[index - 1].text if index and st.enumerated_at != index - 1 else ""
    names = lead + before + ("" if found[0].group(1) else p.text[found[-1].end():])
    if not (_match(st, "problems_lead", names) or numbers[0] == st.enumerated + 1 > 1):
        return [(p, None)]  # (第四に、… going on from the paragraph before counts as its lead did)
    st.enumerated, st.enumerated_at = numbers[-1], index
    starts = [m.start() for m in found]
    if lead and not lead.endswith("。"):
        starts[0] = 0
    out = [(_piece(p, 0, starts[0]), None)] if starts[0] else []
    return out + [(_piece(p, a, b), n) for a, b, n in zip(starts, starts[1:] + [len(p.text)],
                                                           numbers)]


def _piece(p: Paragraph, a: int, b: int) -> Paragraph:
    """Characters a to b of a paragraph as a paragraph of its own, without the spaces at its ends
    (its offsets still those of its text in the clean document)."""
    text = p.text[a:b]
    a += len(text) - len(text.lstrip())
    b -= len(text) - len(text.rstrip())
    return replace(p, text=p.text[a:b], start=p.start + a, end=p.start + b)
