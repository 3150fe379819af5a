"""Structure inference: the outline of a clean document, found in the document itself.

Headings come from the markup (Markdown/Word levels, bold lead lines) and from numbering (第N章,
N.N, （N）, N．, Ⅰ, 提言N, a word the document numbers lines with: 取組１…); the first numbering
style seen is the highest level. A section's role comes from its heading words; a section that
names none is the record when its paragraphs are statements by named speakers and answers, or
the recommendations when its entries ask for something (modality: …べきである, …すること). Recommendations are the entries whose number carries a
recommendations word (提言N, 【提言N】), or else the headings one level below a recommendations
section, or below its groups (addressee or theme subsections that hold headings of their own).
Problems with a heading of their own are the numbered headings one level below a problem section.
A numbered list item that titles a body paragraph (Markdown's loose list) counts as a heading.
The result marks what each heading paragraph is; segment turns the marks into units.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from ..config import OutlineConfig
from ..types import CleanDoc, Paragraph
from .segment import BULLETS, line_marks, marked_statement, member_says, parse_number
from .series import series_pattern

NOT_HEADINGS = ("list_item", "table_row", "note", "quote")
_WORD_NUMBERS = set("一二三四五六七八九十") | {chr(c) for c in range(0x2160, 0x216C)} \
    | {chr(c) for c in range(0x2776, 0x2794)}  # ❶, ➀, ➊ (NFKC keeps them)
TEXT_LEVELS = 10  # text numbering styles rank below the six markup levels


@dataclass(frozen=True)
class Heading:
    index: int  # the paragraph's index in the clean document
    level: int
    style: str  # the numbering style's name, "markup", "bold" or "plain"
    label: str  # the number as printed, half-width ("1", "4.1（1）"); "" when unnumbered
    title: str  # the heading without its number
    role: str = ""  # the section role its words give ("problem", "recommendations", ...)
    parent: int | None = None  # the index (in Outline.headings) of the enclosing heading

    @property
    def number(self) -> int | None:
        return parse_number(self.label.rsplit("（", 1)[-1]) if self.label else None


@dataclass(frozen=True)
class Mark:
    """What one heading paragraph is: "part" (opens a section with a role), "group",
    "recommendation", "item" (of a recommendation), "problem" or "heading"."""

    what: str
    heading: Heading
    group: str = ""
    label: str = ""


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]
    marks: dict[int, Mark]  # by paragraph index
    worded_problems: bool = False  # the problems are entries numbered with a problem's word

    def children(self, h: int) -> list[int]:
        return [i for i, x in enumerate(self.headings) if x.parent == h]


def _style(text: str, cfg: OutlineConfig, series: re.Pattern | None = None):
    """The numbering style of a paragraph and its match: a configured style, else a series the
    document numbers with a word of its own (style "series:取組")."""
    for name, pattern in cfg.numbering.items():
        if m := pattern.match(text):
            return name, m
    if series is not None and (m := series.match(text)):
        return f"series:{m.group('word')}", m
    return None, None


def printed_label(number: str) -> str:
    """A printed number with half-width digits and full-width brackets: "４．１(1)" → "4.1（1）";
    a lone bracketed number loses its brackets: "（１）" → "1"; kanji and Roman numbers are
    written in digits: "十二" → "12", "Ⅳ" → "4", "❸" → "3", "Ⅰ－①" → "1-1", "Ⅲ(1)" → "3（1）"."""
    if number.strip() and all(c in _WORD_NUMBERS for c in number.strip()):
        return str(parse_number(number.strip()))  # 三 → 3, Ⅳ → 4
    parts = re.split(r"\s*[－‐-]\s*", number.strip())
    numbers = [parse_number(p) for p in parts]
    if len(parts) == 2 and any(c in _WORD_NUMBERS for c in parts[0]) and None not in numbers:
        return "-".join(map(str, numbers))  # Ⅰ－① → 1-1
    text = re.sub(r"[Ⅰ-Ⅻ]", lambda m: str(parse_number(m.group())), number)  # Ⅲ(1) → 3（1）
    text = unicodedata.normalize("NFKC", text).replace(" ", "")
    text = text.replace("(", "（").replace(")", "）")
    if text.startswith("（") and text.endswith("）"):
        text = text[1:-1]
    return text


# A continued heading's mark (現状と課題（1/2）, 提言（続き）): the section is the one it names.
_CONTINUED = re.compile(r"[（(]\s*(?:[0-9０-９]+\s*[/／]\s*[0-9０-９]+|続き?|つづき)\s*[）)]$")


# A heading that names its section's role in brackets after its own words: 今後の対応（提言）.
_NAMED_IN_BRACKETS = re.compile(r"[（(]([^（()）]{1,8})[）)]$")


def _role(title: str, cfg: OutlineConfig) -> str:
    squeezed = _CONTINUED.sub("", "".join(title.split()))  # "提 言", "結　び　に"
    named = _NAMED_IN_BRACKETS.search(squeezed)
    for role, patterns in cfg.roles.items():
        if any(p.search(squeezed) or named and p.search(named.group(1)) for p in patterns):
            return role
    return ""


def _plain_role(title: str, role: str, cfg: OutlineConfig) -> str:
    """An unnumbered, unmarked line's role: only a short one opens a section (a title line
    naming the report a 政策提言 does not)."""
    if role in cfg.plain_any_length or len("".join(title.split())) <= cfg.plain_role_chars:
        return role
    return ""


def titles_body(paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """A top-level list item followed by a body paragraph of its own (a loose list: "1. title",
    then its text) titles what follows, as a numbered heading does in plain text."""
    p = paragraphs[i]
    return (p.kind == "list_item" and p.level == 1 and i + 1 < len(paragraphs)
            and paragraphs[i + 1].kind in ("", "paragraph"))


def over_body(paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """A paragraph followed by a body of its own: sentences that start with no number or mark
    (① title, then its text: numbered as items are, it titles an entry)."""
    return (i + 1 < len(paragraphs) and paragraphs[i + 1].kind in ("", "paragraph")
            and bool(_BODY.match(paragraphs[i + 1].text)))


# A body paragraph: sentences that start with no number or mark of their own.
_BODY = re.compile(r"^\s*[\u3040-\u30ff\u4e00-\u9fff\u3005][^\n]*[。）)]\s*$")


def heading_of(i: int, p: Paragraph, cfg: OutlineConfig, titles: bool = False,
               series: re.Pattern | None = None,
               body: bool = False) -> tuple[Heading, tuple] | None:
    """The paragraph as a heading and its level key, or None when it is not one (`titles`: a
    list item that titles a body, see `titles_body`, counts when it is numbered; `series`: the
    document's own numbering words, see series.py; `body`: a body paragraph follows, see
    `over_body`)."""
    if p.kind in NOT_HEADINGS and not titles or any(
            x is not None and x.match(p.text) for x in (cfg.dated, cfg.box, cfg.caption)):
        return None
    style, m = _style(p.text, cfg, series)
    markup = p.kind == "heading"
    if style in cfg.entry_styles and not markup:
        style, m = None, None  # (ア　… numbers a section's paragraphs, see _numbered_in: no heading)
    if titles and style is None:
        return None
    short = len(p.text) <= cfg.max_heading_chars and "。" not in p.text
    if style in cfg.item_styles and not (markup or (p.emphasis or body) and short):
        return None  # (① … in bold, or over a body of its own, titles an entry as a heading does)
    title = p.text[m.end():].strip(" \u3000：:．.、") if m else p.text
    if m and m.group("number") == "【":
        title = title.removesuffix("】").strip()
    role = _role(title, cfg) if short else ""
    if role and not (markup or m or p.emphasis):
        role = _plain_role(title, role, cfg)
    if not (markup or style in cfg.recommendation_styles or (short and (style or role
                                                                        or p.emphasis))):
        return None
    # (a Markdown or Word heading numbered with a recommendations word, # 提言1, keeps that style:
    # it is a recommendation wherever it stands, as 【提言1】 in plain text is; one numbered with a
    # problem's word, #### 問題点１, keeps it too, at its markup level)
    kind = style if style in cfg.recommendation_styles | cfg.problem_styles else "markup" \
        if markup else style or ("bold" if p.emphasis else "plain")
    key = ("markup", p.level) if markup else (kind, m.group("number")) if style in cfg.mark_styles \
        else ("plain",) if style in cfg.plain_styles \
        else (kind, _label_word(m)) if style in cfg.recommendation_styles else (kind,)
    # (each mark, ■ or ◆, is a level of its own, as each numbering style is)
    label = printed_label(m.group("number")) if m else ""
    return Heading(i, 0, kind, label, title or p.text, role), key


def _label_word(m: re.Match) -> str:
    """The word a recommendation's number follows (施策, 方向性): each word numbers a level of its
    own, so 方向性１ over 施策１, 施策２ groups them."""
    return "".join(re.findall(r"[\u4e00-\u9fff\u30a1-\u30fa]", m.string[m.start():m.start("number")]))


def _title_below(h: Heading, paras: tuple[Paragraph, ...], cfg: OutlineConfig) -> Heading:
    """An entry's label alone on its line (提言 2 ／ 5, a slide's badge) is titled by the short
    line below it."""
    below = paras[h.index + 1] if h.index + 1 < len(paras) else None
    if (h.style not in cfg.recommendation_styles or h.title != paras[h.index].text
            or below is None or "。" in below.text or len(below.text) > cfg.max_heading_chars):
        return h
    return replace(h, title=below.text)


def _levels(keys: list[tuple], roles: list[str], parallel=frozenset()) -> list[int]:
    """Markup levels as they are; text styles ranked by first appearance below them; unnumbered
    plain headings (はじめに) at the top text level — with the first numbering style beside
    them when it numbers parts of the report too (1 問題認識, 2 提言), else below them (現状と課題,
    then （1）, （2） inside it). Entries numbered with another word of a `parallel` style, first
    seen right below a heading of the style the first word's entries were first seen below, are
    a series beside them: （指摘１）… under (1)　指摘 and （意見１）… under (2)　意見."""
    rank = _ranks(keys, parallel)
    top = TEXT_LEVELS
    first = next((k for k in keys if k in rank), None)
    below = first is not None and "plain" in {k[0] for k in keys} and not any(
        role for k, role in zip(keys, roles) if k == first)
    return [k[1] if k[0] == "markup" else top if k[0] == "plain"
            else TEXT_LEVELS + rank[k] + below for k in keys]


def _ranks(keys: list[tuple], parallel) -> dict[tuple, int]:
    """Each text style's rank by first appearance; a `parallel` style's word first seen below a
    heading of the style another word of it was first seen below shares that word's rank."""
    rank: dict[tuple, int] = {}
    seen_below: dict[tuple | None, int] = {}  # the key of the heading above → rank
    for i, k in enumerate(keys):
        if k[0] in ("markup", "plain") or k in rank:
            continue
        new = len(set(rank.values()))
        rank[k] = seen_below.setdefault(keys[i - 1] if i else None, new) if k[0] in parallel \
            else new
    return rank


# One number alone, not a number of a hierarchy (1-1-2, 2.3) nor a word's (提言1).
_SIMPLE = re.compile(r"[（(〔［]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[Ⅰ-Ⅻ])[）)〕］]?")


def _restarted(keys: list[tuple], labels: list[str]) -> list[tuple]:
    """A numbering that starts again at one right below a heading of its own style (三　提言, then
    一　…, 二　…) numbers entries inside that heading: a style of its own, one level down, until a
    number goes on from an outer run (四　委員の発言 after 五)."""
    out = list(keys)
    runs: dict[tuple, list[int]] = {}  # a style's open runs, outermost first: their last numbers
    for i, (key, label) in enumerate(zip(keys, labels)):
        simple = key[0] not in ("markup", "plain") and len(key) == 1 and _SIMPLE.fullmatch(label)
        n = parse_number(label) if simple else None
        if n is None:
            continue
        stack = runs.setdefault(key, [])
        if n == 1 and stack and i and keys[i - 1] == key and stack[-1] != 0:
            stack.append(0)  # (the heading right above, of this style, holds the new run)
        else:
            while len(stack) > 1 and n != stack[-1] + 1 and n == stack[-2] + 1:
                stack.pop()
        if not stack:
            stack.append(0)
        stack[-1] = n
        out[i] = key if len(stack) == 1 else (*key, f"restart{len(stack) - 1}")
    return out


def _nest(headings: list[Heading]) -> list[Heading]:
    out: list[Heading] = []
    stack: list[int] = []
    for h in headings:
        while stack and out[stack[-1]].level >= h.level:
            stack.pop()
        out.append(replace(h, parent=stack[-1] if stack else None))
        stack.append(len(out) - 1)
    return out


def _drop_title(headings: list[Heading], keys: list[tuple]) -> None:
    """The document title (a first markup heading above every other) has no section role."""
    if headings and keys[0][0] == "markup":
        others = [k[1] for k in keys[1:] if k[0] == "markup"]
        if not others or keys[0][1] < min(others):
            headings[0] = replace(headings[0], role="", style="title")


def _background_roles(headings: list[Heading], cfg: OutlineConfig) -> list[Heading]:
    """A section named like `background` (背景) states the problems only when no later section
    does: before one (1 背景, 2 課題), it is the introduction."""
    def named(h: Heading) -> bool:
        return any(p.search("".join(h.title.split())) for p in cfg.background)

    return [replace(h, role="intro") if h.role == "problem" and named(h) and any(
        x.role == "problem" and not named(x) for x in headings[i + 1:]) else h
        for i, h in enumerate(headings)]


def _label_roles(outline: Outline, doc: CleanDoc, cfg: OutlineConfig) -> list[Heading]:
    """A role word over no text of its own, above a section of an earlier part (政策提言 over the
    title, then はじめに, 現状と課題, 提言): the kind of document, not its section. (A record's
    heading over its meetings, 利用者の声 › ２－１ 中央館, names its section.)"""
    parts = cfg.layout.parts
    hs = list(outline.headings)
    for n, h in enumerate(hs):
        if h.role not in parts or any("。" in p.text for p in _own_text(outline, n, doc)):
            continue
        if h.role == "workshop" and outline.children(n):
            continue
        if any(x.role in parts and parts.index(x.role) < parts.index(h.role) for x in hs[n + 1:]):
            hs[n] = replace(h, role="")
    return hs


def _summary_roles(headings: list[Heading]) -> list[Heading]:
    """Problems or recommendations before the introduction, one of them given again after it
    (提言の要旨 before 序章, then 第4章 提言; 要旨 › 1 作成の背景, 3 提言の内容 before 1 はじめに, then 3 提言),
    are a summary in front of the report: what comes before the introduction has no part's role.
    A later introduction counts when the summary before it is flat, no heading deeper than it (a
    summary's own 1 作成の背景 is an introduction by its title; 審議の概要 after the report's
    chapters is not where a report begins)."""
    roles, parts = [h.role for h in headings], ("problem", "recommendations")
    intros = [n for n, r in enumerate(roles) if r == "intro"]
    starts = [n for k, n in enumerate(intros)
              if any(x in parts and x in roles[n:] for x in roles[:n])
              and (k == 0 or all(h.level <= headings[n].level for h in headings[:n]))]
    if not starts:
        return headings
    intro = starts[-1]
    return [replace(h, role="") if n < intro and h.role in parts + ("intro",) else h
            for n, h in enumerate(headings)]


def _own_text(outline: Outline, n: int, doc: CleanDoc) -> tuple[Paragraph, ...]:
    """The paragraphs between heading n and the next heading, whatever its level."""
    hs = outline.headings
    end = hs[n + 1].index if n + 1 < len(hs) else len(doc.paragraphs)
    return doc.paragraphs[hs[n].index + 1:end]


def _section_range(outline: Outline, n: int, doc: CleanDoc) -> range:
    """The indexes of the paragraphs under heading n, down to the next heading of its level or
    above (its sub-headings included)."""
    hs = outline.headings
    end = next((x.index for x in hs[n + 1:] if x.level <= hs[n].level), len(doc.paragraphs))
    return range(hs[n].index + 1, end)


def _section(outline: Outline, h: int, doc: CleanDoc) -> list[Paragraph]:
    """The paragraphs under heading h that are not headings, down to the next heading of its
    level or above."""
    heads = {x.index for x in outline.headings}
    return [doc.paragraphs[i] for i in _section_range(outline, h, doc) if i not in heads]


# A quotation signed by its speaker in brackets after it: …開けないままにしてしまった。（40代）
_SIGNED = re.compile(r"[。！？!?」][（(][^（()）]{1,30}[）)]\s*$")


def _statements(paragraphs: list[Paragraph], cfg: OutlineConfig) -> tuple[int, int]:
    """How many paragraphs a named speaker (山本（保育園長）：, 委員Ａ：, 環境省：) or a reply says, and
    how many are marked as remarks (those, ・ or ○ lines, quotations)."""
    pats = cfg.patterns
    marks = line_marks(paragraphs)[0]

    def has(name: str, p: Paragraph) -> bool:
        return name in pats and bool(pats[name].search(p.text))

    spoken = [p.kind != "table_row" and (has("speaker", p) or has("reply", p)
                                         or has("organisation", p)
                                         or member_says(p.text, pats.get("member")))
              or p.kind == "quote" and bool(_SIGNED.search(p.text))
              for p in paragraphs]  # (観光客数（万人） | 256 is a table's row, not a speaker)
    marked = sum(1 for p, said in zip(paragraphs, spoken)
                 if said or has("remark", p) or p.text[:1] in marks or p.kind == "quote")
    return sum(spoken), marked


def _is_record(paragraphs: list[Paragraph], cfg: OutlineConfig) -> bool:
    """Whether a section reads as the record of a meeting: at least two statements by a named
    speaker or replies, and with marked remarks (・, ○) they make at least half its paragraphs."""
    spoken, marked = _statements(paragraphs, cfg)
    return spoken >= 2 and 2 * marked >= len(paragraphs)


def _record_roles(outline: Outline, doc: CleanDoc, cfg: OutlineConfig) -> list[Heading]:
    """A section whose heading names no role but whose text is a meeting's record (speakers,
    replies) is the workshop record; its own sub-sections stay its topics. (An entry numbered
    with a problem's or a recommendation's word, 論点1 followed by the members' remarks on it, is
    that entry, not a record; so is the section holding such entries.)"""
    out: list[Heading] = []
    entries = cfg.problem_styles | cfg.recommendation_styles  # (課題1, 提言1)
    for i, h in enumerate(outline.headings):
        inside = h.parent is not None and _in_record(out, h.parent) or _follows_record(out, h)
        entry = h.style in entries or any(
            outline.headings[c].style in entries for c in outline.children(i))
        if not h.role and h.style != "title" and not inside and not entry \
                and _is_record(_section(outline, i, doc), cfg) \
                and _records_below(outline, i, doc, cfg):
            h = replace(h, role="workshop")
        out.append(h)
    return out


def _records_below(outline: Outline, i: int, doc: CleanDoc, cfg: OutlineConfig) -> bool:
    """Whether none of a section's sub-sections is prose without a single remark: a chapter whose
    last section is a record and whose others are prose is not a record (that section is)."""
    kids = [_section(outline, c, doc) for c in outline.children(i)]
    return all(_statements(kid, cfg)[1] for kid in kids if kid)


def _follows_record(headings: list[Heading], h: Heading) -> bool:
    """Whether the heading follows a record at its own level with no role between (別添　意見交換会
    の概要, then テーマ１ …, テーマ２ … in the same bold type): a topic of that record."""
    for x in reversed(headings):
        if x.level < h.level or x.level == h.level and x.role:
            return x.level == h.level and x.role == "workshop"
    return False


def _in_record(headings: list[Heading], h: int | None) -> bool:
    while h is not None:
        if headings[h].role == "workshop":
            return True
        h = headings[h].parent
    return False


def _directive(text: str, cfg: OutlineConfig) -> bool:
    """Whether a title or a sentence asks for something (see [outline.directive])."""
    text = text.strip()
    sentence = "。" in text or text.endswith("．")  # else an unfinished title
    patterns = (cfg.directive_sentence,) if sentence else (cfg.directive_sentence,
                                                           cfg.directive_title)
    last = text.rstrip("。．").rsplit("。", 1)[-1].strip()
    return any(p is not None and bool(p.search(last)) for p in patterns)


def _entry_directive(outline: Outline, c: int, doc: CleanDoc, cfg: OutlineConfig) -> bool:
    """An entry is directive when its title is, or a sentence of its text is (…べきである。あわせ
    て、…広げる。 asks in its first sentence)."""
    body = [p.text for p in _own_text(outline, c, doc) if p.kind != "list_item"]
    sentences = [x + "。" for text in body for x in text.split("。") if x.strip()]
    return _directive(outline.headings[c].title, cfg) or any(_directive(x, cfg) for x in sentences)


def _directive_share(outline: Outline, s: int, doc: CleanDoc, cfg: OutlineConfig) -> float:
    """The share of section s's entries that ask for something: its child headings, or, with
    none, its numbered paragraphs."""
    kids = outline.children(s)
    if kids:
        asks = [_entry_directive(outline, c, doc, cfg) for c in kids]
    else:
        asks = [_directive(e.title, cfg) for e in _numbered_in(outline, s, doc, cfg)]
    return sum(asks) / len(asks) if len(asks) >= 2 else 0.0


def _directive_roles(outline: Outline, doc: CleanDoc, cfg: OutlineConfig) -> list[Heading]:
    """When no heading names the recommendations, the first unnamed section whose entries ask
    for something (at least `directive_share` of two or more) holds them (a section nested in
    it, an entry holding directive items, comes later), and so do the sections after it at its
    level that ask as well, up to one that has a role (Ⅲ 滞納を生まない仕組み, Ⅳ 確実な徴収, Ⅴ
    おわりに)."""
    hs = list(outline.headings)
    if any(h.role == "recommendations" or h.style in cfg.recommendation_styles for h in hs):
        return hs
    first = next((i for i, h in enumerate(hs) if not h.role and h.style != "title"
                  and _directive_share(outline, i, doc, cfg) >= cfg.directive_share), None)
    if first is None:
        return hs
    for i in [first] + [i for i in range(first + 1, len(hs)) if hs[i].parent == hs[first].parent]:
        if hs[i].role:
            break
        if i == first or _directive_share(outline, i, doc, cfg) >= cfg.directive_share:
            hs[i] = replace(hs[i], role="recommendations")
    return hs


def _entry_section_roles(outline: Outline, cfg: OutlineConfig) -> list[Heading]:
    """When no heading names the recommendations section, the nearest section that holds all the
    entries numbered with a recommendations word (Ⅲ 対策 over 対策１, 対策２ …) is it."""
    hs = list(outline.headings)
    entries = [i for i, h in enumerate(hs) if h.style in cfg.recommendation_styles]
    if not entries or any(h.role == "recommendations" for h in hs):
        return hs
    common = set.intersection(*(set(_ancestors(hs, i)) for i in entries))
    if common:
        n = max(common)  # the nearest: ancestors come before their descendants
        if not hs[n].role and hs[n].style != "title":
            hs[n] = replace(hs[n], role="recommendations")
    return hs


def _problem_section_roles(outline: Outline, cfg: OutlineConfig) -> list[Heading]:
    """Entries numbered with a problem's word (問題１, 問題２ …) are problems, not sections their
    titles name (…の課題, …への懸念), and the nearest section holding them all, when no role names
    it (現状と問題), states the problems."""
    hs = list(outline.headings)
    entries = [i for i, h in enumerate(hs) if h.style in cfg.problem_styles]
    if len(entries) < 2:
        return hs
    for i in entries:  # (a role its title gave goes; one found from what it holds, a record, stays)
        hs[i] = replace(hs[i], role="" if hs[i].role == _role(hs[i].title, cfg) else hs[i].role)
    common = set.intersection(*(set(_ancestors(hs, i)) for i in entries))
    asks = {a for i, h in enumerate(hs) if h.style in cfg.recommendation_styles
            for a in _ancestors(hs, i)}
    if common and (n := max(common)) not in asks and not hs[n].role and hs[n].style != "title":
        hs[n] = replace(hs[n], role="problem")  # (not a section that holds the recommendations)
    return hs


def _opening_roles(outline: Outline) -> list[Heading]:
    """When no heading names the introduction, the report's first numbered section before the
    problems or the recommendations, named by no role, introduces it (第１　答申に当たって, 1
    本資料の位置づけ, 第１章　計画の基本的事項; not a summary in front, 要旨, nor the title)."""
    hs = list(outline.headings)
    roles = [h.role for h in hs]
    parts = [i for i, role in enumerate(roles) if role in ("problem", "recommendations")]
    if "intro" in roles or not parts:
        return hs
    first = next((i for i in range(parts[0])
                  if not hs[i].role and hs[i].number is not None), None)
    if first is not None:
        hs[first] = replace(hs[first], role="intro")
    return hs


def _between_roles(outline: Outline) -> list[Heading]:
    """When no heading names the problems, the unnamed section between the introduction and the
    recommendations, at the introduction's level (はじめに, いま何が起きているか, 提言), states them;
    when one does, the unnamed sections at the introduction's level before it go on with the
    introduction (１　趣旨, ２　開催状況, ３　…明らかになった課題)."""
    hs = list(outline.headings)
    roles = [h.role for h in hs]
    a, b = (roles.index(r) if r in roles else -1 for r in ("intro", "problem"))
    if 0 <= a < b:
        for i in range(a + 1, b):
            if hs[i].level == hs[a].level and not hs[i].role:
                hs[i] = replace(hs[i], role="intro")
        return hs
    if "problem" in roles or "intro" not in roles or "recommendations" not in roles:
        return hs
    a, b = roles.index("intro"), roles.index("recommendations")
    gap = [i for i in range(a + 1, b) if hs[i].level == hs[a].level and not hs[i].role]
    if gap:
        hs[gap[0]] = replace(hs[gap[0]], role="problem")
    return hs


def _framing_roles(headings: list[Heading]) -> list[Heading]:
    """A recommendations section that holds problem sections and two or more recommendations
    sections of its own, topic by topic (分野別の課題と対応の方向性 › １．theme › 【課題】,
    【対応の方向性】), frames the topics: the asks are in the inner sections, so the outer one
    names no part. (Inner sections that only group the asks, 1 産地全体で取り組む方策, 2 行政に
    求める方策, leave it the recommendations.)"""
    out = list(headings)
    for i, h in enumerate(headings):
        roles = [x.role for x in headings[i + 1:_section_end(headings, i)]]
        if h.role == "recommendations" and roles.count(h.role) >= 2 and "problem" in roles:
            out[i] = replace(h, role="")
    return out


def _section_end(headings: list[Heading], i: int) -> int:
    return next((j for j in range(i + 1, len(headings)) if headings[j].level <= headings[i].level),
                len(headings))


def _ancestors(headings: list[Heading], i: int) -> list[int]:
    out, h = [], headings[i].parent
    while h is not None:
        out.append(h)
        h = headings[h].parent
    return out


def _schedule_lines(paragraphs: tuple[Paragraph, ...], session: re.Pattern | None) -> frozenset[int]:
    """The lines of a meeting schedule (第1回（4月22日）　議題…, 第2回…, one after another with nothing
    between): a list of the meetings held, whose lines are no headings (a line's words, ヒアリング
    or 現状, would give it a part's role)."""
    if session is None:
        return frozenset()
    hits = [p.kind != "table_row" and bool(session.search(p.text)) for p in paragraphs]
    return frozenset(i for i, hit in enumerate(hits)
                     if hit and (i > 0 and hits[i - 1] or i + 1 < len(hits) and hits[i + 1]))


def build(doc: CleanDoc, cfg: OutlineConfig) -> Outline:
    paras = doc.paragraphs
    series = series_pattern(list(doc.series))
    schedule = _schedule_lines(paras, cfg.patterns.get("session"))
    found = [x for i, p in enumerate(paras) if i not in schedule
             and (x := heading_of(i, p, cfg, titles_body(paras, i), series, over_body(paras, i)))]
    headings = _background_roles([_title_below(h, paras, cfg) for h, _ in found], cfg)
    keys = _restarted([k for _, k in found], [h.label for h, _ in found])
    _drop_title(headings, keys)
    levels = _levels(keys, [h.role for h in headings], cfg.recommendation_styles)
    headings = _framing_roles(_nest([replace(h, level=lv) for h, lv in zip(headings, levels)]))
    headings = _label_roles(Outline(tuple(headings), {}), doc, cfg)
    headings = _summary_roles(headings)
    headings = _record_roles(Outline(tuple(headings), {}), doc, cfg)
    headings = _directive_roles(Outline(tuple(headings), {}), doc, cfg)
    headings = _entry_section_roles(Outline(tuple(headings), {}), cfg)
    headings = _problem_section_roles(Outline(tuple(headings), {}), cfg)
    headings = _opening_roles(Outline(tuple(headings), {}))
    headings = _between_roles(Outline(tuple(headings), {}))
    outline = Outline(tuple(headings), {})
    return Outline(outline.headings, _marks(outline, cfg, doc),
                   len(_worded_entries(outline.headings, cfg)) >= 2)


def _group_of(outline: Outline, h: int) -> Heading | None:
    """The group of a recommendation: its parent heading, unless that opens a section with a
    role (the recommendations section itself) or is the title."""
    parent = outline.headings[h].parent
    if parent is None:
        return None
    g = outline.headings[parent]
    return None if g.role or g.style == "title" else g


def _across_displaced_parts(outline: Outline,
                            recs: list[tuple[int, Heading | None]]) -> list[tuple[int, Heading | None]]:
    """A part heading that falls between two recommendations (a heading out of reading order,
    as PDF extraction leaves them) does not end the group the earlier one opened: the later
    recommendation, whose parent that part heading became, keeps the earlier one's group."""
    hs = outline.headings
    out: list[tuple[int, Heading | None]] = []
    for i, group in recs:
        parent = hs[i].parent
        if group is None and out and out[-1][1] is not None and parent is not None \
                and hs[parent].role and parent > out[-1][0]:
            group = out[-1][1]
        out.append((i, group))
    return out


def _topic_groups(outline: Outline,
                  recs: list[tuple[int, Heading | None]]) -> list[tuple[int, Heading | None]]:
    """Recommendations set out topic by topic (論点1 › 現状・課題, 検討の方向性 › 方向性1-1): where
    the heading above each is a recommendations section or a label that recurs under two or more
    topics by the same title, the topic headings above those (without a role) group them."""
    hs = outline.headings
    parents = {hs[i].parent for i, _ in recs} - {None}
    recurring = Counter(hs[p].title for p in parents)

    def topic(i: int) -> Heading | None:
        parent = hs[i].parent
        if parent is None or not (hs[parent].role or recurring[hs[parent].title] >= 2):
            return None
        up = hs[parent].parent
        return hs[up] if up is not None and not hs[up].role and hs[up].style != "title" else None

    topics = {i: topic(i) for i, _ in recs}
    if len({t.index for t in topics.values() if t is not None}) < 2:
        return recs
    return [(i, topics[i] or g) for i, g in recs]


def _has_body(outline: Outline, n: int, doc: CleanDoc) -> bool:
    """Whether heading n has text of its own (a paragraph before the next heading, not a list
    item): an entry does; an item of a list under an entry is one line."""
    return any(p.kind != "list_item" for p in _own_text(outline, n, doc))


def _groups_entries(outline: Outline, c: int, doc: CleanDoc, cfg: OutlineConfig) -> bool:
    """Whether heading c groups entries: it holds headings, most of which have a body of their
    own; or one-line headings while it has no text of its own and asks for nothing (an entry with
    text of its own, or one that asks for something, holding one-line headings is a
    recommendation with items, not a group)."""
    kids = outline.children(c)
    if not kids:
        return False
    if 2 * sum(_has_body(outline, k, doc) for k in kids) > len(kids):
        return True  # it holds entries with text of their own
    # one-line headings below: items of an entry that has text of its own or asks for something
    return not _has_body(outline, c, doc) and not _directive(outline.headings[c].title, cfg)


def _labels_only(outline: Outline, c: int, siblings: list[int]) -> bool:
    """Whether heading c's headings all recur under its siblings by the same title (【具体的な
    取組】 under each of 方向性1, 2, 3): labels of the parts of an entry, not entries."""
    def titles(h: int) -> set[str]:
        return {outline.headings[k].title for k in outline.children(h)}

    own = titles(c)
    return bool(own) and own <= set().union(*(titles(s) for s in siblings if s != c))


def _asks_before_headings(outline: Outline, s: int, doc: CleanDoc, cfg: OutlineConfig) -> bool:
    """Whether section s opens with a numbered sentence that asks for something before any
    heading of its own (第１　意見の趣旨, then １　…べきである。 with (1), (2) lines below): its
    asks are its numbered paragraphs, and the headings between them are their items."""
    for p in _own_text(outline, s, doc):
        style, m = _style(p.text, cfg)
        if style is not None:  # (a label set off by a space or a mark: not 第２節の課題を踏まえ…)
            set_off = p.text[m.end() - 1] in " \u3000．.、)）" or p.text[m.end():m.end() + 1].isspace()
            text = p.text[m.end():].strip()
            return set_off and "。" in text and _directive(text.split("。")[0] + "。", cfg)
    return False


def _entries(outline: Outline, section: int, doc: CleanDoc,
             cfg: OutlineConfig) -> list[tuple[int, Heading | None]]:
    """The recommendations of a recommendations section without 提言N entries: its child
    headings, or their children when most of them group entries (see _groups_entries); none
    when it asks in numbered paragraphs (see _asks_before_headings)."""
    if _asks_before_headings(outline, section, doc, cfg):
        return []
    kids = [c for c in outline.children(section) if not outline.headings[c].role]
    grouped = [c for c in kids if _groups_entries(outline, c, doc, cfg)
               and not _labels_only(outline, c, kids)]
    if kids and len(grouped) * 2 > len(kids):
        return [(e, outline.headings[g]) for g in grouped for e in outline.children(g)
                if not outline.headings[e].role]
    return [(c, None) for c in kids]


def _recommendations(outline: Outline, cfg: OutlineConfig,
                     doc: CleanDoc) -> list[tuple[int, Heading | None]]:
    hs = outline.headings
    by_word = [i for i, h in enumerate(hs) if h.style in cfg.recommendation_styles]
    holders = {hs[i].parent for i in by_word}
    # (an entry holding entries groups them: entries with words, or entries whose numbers go on
    # from its own, 1-(1) under 方向性１)
    sub = {i: _sub_entries(outline, i) for i in by_word}
    holders |= {i for i, kids in sub.items() if kids}
    by_word = sorted([i for i in by_word if i not in holders]
                     + [c for i in by_word if i in holders for c in sub[i]])
    if by_word:
        recs = _across_displaced_parts(outline, [(i, _group_of(outline, i)) for i in by_word])
        return _topic_groups(outline, recs)
    return _sections_as_groups(outline, [(e, g, i) for i, h in enumerate(hs)
                                         if h.role == "recommendations"
                                         for e, g in _entries(outline, i, doc, cfg)])


def _sections_as_groups(outline: Outline, found: list[tuple[int, Heading | None, int]]
                        ) -> list[tuple[int, Heading | None]]:
    """Entries of two or more recommendations sections whose numbers start again in each (Ⅲ
    滞納を生まない仕組みづくり: (1), (2); Ⅳ 確実な徴収: (1), (2), (3)) are grouped by their
    section, as entries under group headings are."""
    hs = outline.headings
    labels = [hs[e].label for e, _, _ in found]
    if len({s for _, _, s in found}) < 2 or len(set(labels)) == len(labels):
        return [(e, g) for e, g, _ in found]
    return [(e, g if g is not None else hs[s]) for e, g, s in found]


def _sub_entries(outline: Outline, i: int) -> list[int]:
    """The child headings of entry i numbered on from its own number (1-(1), 1-2 under 1)."""
    hs = outline.headings
    own = hs[i].label
    kids = [c for c in outline.children(i) if own and hs[c].label.startswith(f"{own}-")]
    return kids if len(kids) >= 2 or kids and len(outline.children(i)) == 1 else []


def _numbered_in(outline: Outline, s: int, doc: CleanDoc, cfg: OutlineConfig) -> list[Heading]:
    """The paragraphs of section s (down to its next heading) numbered in the first numbering
    style met there, as entries: ①…, １　国は…こと。 (other styles below them are items)."""
    h = outline.headings[s]
    heads = {x.index for x in outline.headings}
    out, first = [], None
    for i in _section_range(outline, s, doc):
        style, m = (None, None) if i in heads else _style(doc.paragraphs[i].text, cfg)
        first = first or style
        if style is not None and style == first:
            title = _first_sentence(doc.paragraphs[i].text[m.end():].strip(" \u3000：:．.、"))
            out.append(Heading(i, h.level + 1, style, printed_label(m.group("number")), title))
    return out or _marked_in(outline, s, doc, cfg)


def _first_sentence(text: str) -> str:
    """A numbered paragraph's title: its first sentence when more text follows it in the
    paragraph (（1）title。body…, a run-in head), else the whole of it."""
    first, _, rest = text.partition("。")
    return first if rest.strip() else text


def _marked_in(outline: Outline, s: int, doc: CleanDoc, cfg: OutlineConfig) -> list[Heading]:
    """With no numbered paragraph, the statements of section s led by a mark other than a list
    bullet (○ …べきである。) that ask for something, as entries titled by their first sentence
    (the bullets below them are their items)."""
    h, heads = outline.headings[s], {x.index for x in outline.headings}
    out = []
    for i in _section_range(outline, s, doc):
        text = doc.paragraphs[i].text.strip()
        first = text[1:].strip().split("。")[0]
        if i not in heads and marked_statement(text) and text[0] not in BULLETS \
                and _directive(first + "。", cfg):
            out.append(Heading(i, h.level + 1, "marked", "", first))
    return out


def _numbered_paragraphs(outline: Outline, doc: CleanDoc,
                         cfg: OutlineConfig) -> list[tuple[Heading, Heading | None]]:
    """The recommendations of recommendations sections that hold no entry headings: their
    numbered paragraphs (see _numbered_in), grouped by the topics above the sections where each
    of two or more topics has one."""
    hs = outline.headings
    found = [(e, s) for s, h in enumerate(hs) if h.role == "recommendations"
             and (not any(not hs[c].role for c in outline.children(s))
                  or _asks_before_headings(outline, s, doc, cfg))
             for e in _numbered_in(outline, s, doc, cfg)]
    topics = {_group_of(outline, s) for _, s in found}
    by_topic = len(topics) >= 2 and None not in topics  # (論点 by 論点, a section of asks in each)
    return [(e, _group_of(outline, s) if by_topic else None) for e, s in found]


def _labels(outline: Outline, recs: list[tuple[int, Heading | None]], doc: CleanDoc,
            cfg: OutlineConfig) -> list[str]:
    """Printed labels; where numbers restart, qualified by the entry's own word where the series
    are told apart by it (要望1 … 取組1, 指摘1 … 意見1), else by the group's number."""
    labels = [outline.headings[i].label for i, _ in recs]
    if len(set(labels)) == len(labels):
        return labels
    series = series_pattern(list(doc.series))
    styled = [_style(doc.paragraphs[outline.headings[i].index].text, cfg, series)[1]
              for i, _ in recs]
    words = [_label_word(m) if m else "" for m in styled]
    worded = len(set(words)) > 1 and all(words)
    return [w + lab if worded else f"{g.label}（{lab}）" if g is not None and g.label
            and "（" not in lab else lab for lab, (_, g), w in zip(labels, recs, words)]



def _holds_items(outline: Outline, n: int, doc: CleanDoc, cfg: OutlineConfig) -> bool:
    """Whether the paragraphs under heading n (up to the next heading) include list items or
    numbered items: then it is a subsection holding entries, not an entry itself."""
    item, tag = cfg.layout.patterns.get("item"), cfg.patterns.get("problem_tag")
    return any(p.kind == "list_item" or (item is not None and item.search(p.text))
               or marked_statement(p.text) or (tag is not None and tag.search(p.text))
               for p in _own_text(outline, n, doc))


def _problems(outline: Outline, doc: CleanDoc, cfg: OutlineConfig) -> list[int]:
    """Problems with a heading of their own: where two or more entries inside a problem section
    are numbered with a problem's word (課題ア, 課題イ), those (the document's other numbered lines
    there, ①… under 課題ア or a chapter's list of viewpoints, are not problems); else the numbered
    child headings of a problem section, unless that level holds subsections (children with
    headings or items of their own), and such an entry wherever it stands."""
    worded = _worded_entries(outline.headings, cfg)
    if len(worded) >= 2:
        return worded
    out, beside = [], _beside_problems(outline.headings, cfg)
    for s, h in enumerate(outline.headings):
        if h.role != "problem" or s in beside:
            continue
        kids = [c for c in outline.children(s) if outline.headings[c].label]
        if not any(outline.children(c) or _holds_items(outline, c, doc, cfg) for c in kids):
            out += kids
    return out + [i for i in worded if i not in out]


def _beside_problems(headings, cfg: OutlineConfig) -> set[int]:
    """Problem sections titled by the situation alone (…の現状), where a problem section's title
    names the problems (…に関する課題): the situation is their context, not problems."""
    situation, named = cfg.patterns.get("situation_title"), cfg.patterns.get("problems_title")
    if situation is None or named is None:
        return set()
    problem = [(i, h.title) for i, h in enumerate(headings) if h.role == "problem"]
    if not any(named.search(t) for _, t in problem):
        return set()
    return {i for i, t in problem if situation.search(t)}


def _worded_entries(headings, cfg: OutlineConfig) -> list[int]:
    """The entries numbered with a problem's word (課題ア, 論点３) inside a problem section; two or
    more are the document's numbering of its problems."""
    return [i for i, h in enumerate(headings)
            if h.style in cfg.problem_styles and _under_problems(headings, i)]


def _under_problems(headings: list[Heading], i: int) -> bool:
    """Whether a heading is inside a problem section at any depth (課題Ａ under １ 年齢要件と治療計画
    under 二 …の課題): an entry numbered with a problem's word there is a problem."""
    return any(headings[a].role == "problem" for a in _ancestors(headings, i))


# A group heading's own label before its title: 基本方針１　…, テーマ2 … (a word and a number).
_GROUP_LABEL = re.compile(r"^[^\s\d。、]{1,6}?[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})?[\s\u3000]+(?=\S)")


# A group title in one pair of brackets, set as a label over its entries: 〔行政への要望〕.
_BRACKETED_TITLE = re.compile(r"^[〔［\[【＜<《〈](?P<title>[^〔［\[【＜<《〈〕］\]】＞>》〉]+)[〕］\]】＞>》〉]$")


def _group_title(group: Heading | None) -> str:
    """The title of a recommendation's group, without the group's own label (◆基本方針１　安全な
    給食 → 安全な給食) or brackets (〔行政への要望〕), as an entry's title is given without its
    number and marks."""
    if group is None:
        return ""
    title = _GROUP_LABEL.sub("", group.title)
    return m.group("title") if (m := _BRACKETED_TITLE.match(title)) else title


def _marks(outline: Outline, cfg: OutlineConfig, doc: CleanDoc) -> dict[int, Mark]:
    hs = outline.headings
    marks = {h.index: Mark("part" if h.role else "heading", h) for h in hs}
    recs = _recommendations(outline, cfg, doc)
    for (i, group), label in zip(recs, _labels(outline, recs, doc, cfg)):
        if group is not None and not group.role:  # (a section keeps its part)
            marks[group.index] = Mark("group", group)
        marks[hs[i].index] = Mark("recommendation", hs[i], _group_title(group), label)
    if not recs:
        for h, group in _numbered_paragraphs(outline, doc, cfg):
            if group is not None:
                marks[group.index] = Mark("group", group)
            marks[h.index] = Mark("recommendation", h, _group_title(group), h.label)
    for c in _problems(outline, doc, cfg):
        if marks[hs[c].index].what == "heading":
            marks[hs[c].index] = Mark("problem", hs[c])
    for i, _ in recs:  # a recommendation has no subsections: its numbered children are items
        for c in outline.children(i):
            if marks[hs[c].index].what == "heading" and hs[c].label:
                marks[hs[c].index] = Mark("item", hs[c])
    for s, h in enumerate(hs):  # (and so are the headings between numbered asks)
        if not recs and h.role == "recommendations" and _asks_before_headings(outline, s, doc, cfg):
            for c in range(s + 1, _section_end(list(hs), s)):
                if marks[hs[c].index].what == "heading" and hs[c].label:
                    marks[hs[c].index] = Mark("item", hs[c])
    return marks
