"""Stage 2: clean a document into paragraphs (one per line of the clean text).

Cleaning is a chain of small steps: fix characters, drop running headers and page numbers,
then join hard-wrapped lines into paragraphs. Formats that mark their paragraphs (Markdown, Word)
keep their blocks as they are, characters fixed. Meaning-bearing marks (①, 【提言１】, ⃝, →) stay.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import groupby

from wordfreq import zipf_frequency

from ..config import CleanConfig
from ..types import Block, CleanDoc, Paragraph, SourceDoc
from ..readers.boxtable import box_rows, box_tables
from ..readers.common import table_blocks
from .readings import mode_a, mode_a_morphemes
from .segment import SPEAKER_LABEL
from .series import series_pattern, series_words

_SPACE = re.compile(r"\s+")
_EDGE_DIGITS = re.compile(r"^\d+(?![.．]\d)|\d+$")  # a page number; 3.1 is a section's
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# A line is short under this share of the text's full line length (line_width).
SHORT_LINE = 0.6
# A text set on a character grid (every line of a paragraph but its last filled to the same
# width, as text copied from a Japanese PDF or a fixed-width file is): at least this many lines
# inside paragraphs, this share of them within GRID_SLACK display columns below the grid's width
# (with `grid_characters`, a line stops short of it only if it is short in characters too).
GRID_LINES = 20
GRID_SHARE = 0.5
GRID_SLACK = 4  # two full-width characters: kinsoku pushes a character to the next line
# A text whose lines of at least UNWRAPPED_CHARS characters mostly (this share) end a sentence
# is not hard-wrapped: each line is a paragraph, and a short one (a heading) ends there.
UNWRAPPED_SHARE = 0.5
UNWRAPPED_CHARS = 20


@dataclass
class _Line:
    number: int  # 1-based line number in the source
    text: str


def fix_chars(line: str, cfg: CleanConfig) -> str:
    """Drop and replace artifact characters in one line. A line indented with tabs is indented
    as Japanese text is, with "　" (a form feed, a page break, is dropped)."""
    for ch in cfg.drop_chars:
        line = line.replace(ch, "")
    for old, new in cfg.replace:
        line = line.replace(old, new)
    line = line.rstrip().lstrip("\f")
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    return ("\u3000" if "\t" in indent else "") + line.lstrip(" \t")


def _header_key(line: str) -> str:
    return _SPACE.sub("", line)


def find_headers(lines: list[str], cfg: CleanConfig) -> set[int]:
    """Indexes of lines that are running headers, footers or page numbers. A line that recurs
    with a number at an edge is a running header when the number changes from page to page
    (港湾防災白書 12, 港湾防災白書 13) or the line recurs three times or more; a heading printed
    twice with its number (2 現状及び問題点 in a summary and in the body) is no header."""
    keys = [_header_key(line) for line in lines]
    found = {i for i, key in enumerate(keys)
             if key and any(p.search(key) for p in cfg.header_patterns)}
    numbers = {i for i in found if _PAGE_NUMBER.search(keys[i])}
    candidates = {i: _repeat_key(key) for i, key in enumerate(keys)
                  if key and _EDGE_DIGITS.search(key) and len(key) <= cfg.header_max_len
                  and "。" not in key}
    counts = Counter(v for v in candidates.values() if v[0])
    printed: dict[tuple, set[str]] = {}  # each repeated line as printed, number and all
    for i, v in candidates.items():
        printed.setdefault(v, set()).add(keys[i])
    found |= {i for i, v in candidates.items() if v[0] and counts[v] >= cfg.header_repeat_min
              and (len(printed[v]) > 1 or counts[v] > 2)}
    return found | _beside_page_numbers(keys, numbers, cfg) | _bracketed_pages(keys, cfg)


def _bracketed_pages(keys: list[str], cfg: CleanConfig) -> set[int]:
    """Page numbers printed in brackets, （1）… alone on their lines, and the running header
    beside them. A bracketed number alone may be a heading's number too, so they count only
    when they go up through the document and a running header stands beside them at two or
    more page breaks (as `_beside_page_numbers` finds one)."""
    pages = {i for i, key in enumerate(keys) if _BRACKETED_PAGE.match(key)}
    numbers = [int(_BRACKETED_PAGE.match(keys[i]).group(1)) for i in sorted(pages)]
    if len(pages) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return set()
    headers = _beside_page_numbers(keys, pages, cfg)
    return headers | pages if headers else set()


def _beside_page_numbers(keys: list[str], pages: set[int], cfg: CleanConfig) -> set[int]:
    """A running header printed without a page number: a short line (two characters or more; a
    single one is a glyph of vertical text) that recurs next to a page number (blank lines
    aside) at two or more page breaks, and in at least half of its appearances. Those
    appearances go; one elsewhere (the title on the cover) stays. A heading or a speaker's
    label that recurs meets a page break now and then, not every time."""
    beside = {i: _page_next_to(keys, i, pages) for i, key in enumerate(keys)
              if 1 < len(key) <= cfg.header_max_len and i not in pages and "。" not in key}
    beside = {i: page for i, page in beside.items() if page is not None}
    breaks: dict[str, set[int]] = {}
    for i, page in beside.items():
        breaks.setdefault(keys[i], set()).add(page)
    every = Counter(keys)
    return {i for i in beside if len(breaks[keys[i]]) >= cfg.header_repeat_min
            and 2 * len(breaks[keys[i]]) >= every[keys[i]]}


def _page_next_to(keys: list[str], i: int, pages: set[int]) -> int | None:
    """The page number that is the nearest non-blank line above or below line `i`, if one is."""
    above = next((j for j in range(i - 1, -1, -1) if keys[j]), None)
    below = next((j for j in range(i + 1, len(keys)) if keys[j]), None)
    return above if above in pages else below if below in pages else None


# A page number on a line of its own, bare or between dashes (12, - 3 -, －１２－): of the lines
# the header patterns remove, those a running header without a number stands beside.
_PAGE_NUMBER = re.compile(r"^[-－‐―−–—]?\d{1,3}[-－‐―−–—]?$")
_BRACKETED_PAGE = re.compile(r"^[（(](\d{1,3})[）)]$")
_PAGE_REF = re.compile(r"[…‥・.･]*[0-9０-９]{1,3}$")


def find_contents(keys: list[str], cfg: CleanConfig) -> set[int]:
    """Indexes of a table of contents: its heading line and the entries below it, short lines
    that recur later in the document (with or without their page number). The entries end at
    the last one that recurs, and at least two must."""
    if cfg.contents_heading is None:
        return set()
    found: set[int] = set()
    for i, key in enumerate(keys):
        if cfg.contents_heading.search(key):
            found |= _contents_entries(keys, i, cfg)
    return found


def _contents_entries(keys: list[str], at: int, cfg: CleanConfig) -> set[int]:
    run = []
    for j in range(at + 1, len(keys)):
        if not keys[j]:
            continue
        if len(keys[j]) > cfg.contents_max_len or "。" in keys[j]:
            break
        run.append(j)
    recurring = [j for j in run if _recurs_after(keys, j)]
    if len(recurring) < 2:
        return set()
    entries = [j for j in run if j <= recurring[-1]]
    if 2 * len(recurring) < len(entries):
        return set()
    return {at, *entries}


def _recurs_after(keys: list[str], j: int) -> bool:
    """Whether the line recurs below itself, as printed or without its page number."""
    forms = {keys[j], _PAGE_REF.sub("", keys[j])} - {""}
    return any(k in forms for k in keys[j + 1:])


def _repeat_key(key: str) -> tuple[str, bool]:
    """A line without its page number, and whether the number came first. A running header
    prints its page number at the same end on every page (on facing pages each side repeats
    on its own), while a numbered heading ("2 Recommendations") puts its number in front of
    words that a running header may share; so the two never count as repeats of one line."""
    return _EDGE_DIGITS.sub("", key), key[0].isdigit()


def _starts_block(text: str, cfg: CleanConfig) -> bool:
    return any(p.search(text) for p in cfg.block_starts)


def _past_indent(text: str) -> str:
    """A line without its indent (full-width or ASCII spaces)."""
    return text.lstrip("\u3000 ")


def _is_standalone(text: str, cfg: CleanConfig) -> bool:
    return any(p.search(text) for p in cfg.standalone)


def _join(left: str, right: str) -> str:
    right = right.strip()
    if (left and right and _ASCII_WORD.match(left[-1]) and _ASCII_WORD.match(right[0])
            and not broken_english(left, right)):
        return f"{left} {right}"
    return left + right


_LATIN_TAIL, _LATIN_HEAD = re.compile(r"[A-Za-z]+$"), re.compile(r"[A-Za-z]+")
# wordfreq's Zipf scale: 3 is once per million words, a word English uses.
ENGLISH_WORD_ZIPF = 3.0


def broken_english(left: str, right: str) -> bool:
    """Whether a line break cuts an English word (a text wrapped by its characters, as Japanese
    is): the letters either side of the break make a word English uses (ENGLISH_WORD_ZIPF) more
    often than it uses the rarer piece alone (Informa / tion, In / frastructure); two words that
    also make one stay apart (in / to, Policy / makers)."""
    tail, head = _LATIN_TAIL.search(left), _LATIN_HEAD.match(right)
    if not (tail and head):
        return False
    whole = zipf_frequency((tail.group() + head.group()).lower(), "en")
    pieces = (zipf_frequency(x.group().lower(), "en") for x in (tail, head))
    return whole >= ENGLISH_WORD_ZIPF and whole > min(pieces)


def line_width(lines: list[_Line]) -> int:
    """The text's full line length: the 90th percentile of its non-empty lines (the wrap width
    of a hard-wrapped text; in a text with one paragraph per line, a long paragraph's); 0, no
    line counting as short, for a text of fewer than 10 lines."""
    lengths = sorted(len(x.text.strip()) for x in lines if x.text.strip())
    return lengths[len(lengths) * 9 // 10] if len(lengths) >= 10 else 0


def display_width(text: str) -> int:
    """Columns a line takes in a fixed-pitch Japanese setting: two for a full-width character or
    one of ambiguous width (○, ①, ※ are set full-width in Japanese text)."""
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in text)


@dataclass(frozen=True)
class Grid:
    """A text's character grid: the usual width of its lines that run on, in display columns,
    and with `characters` (CleanConfig.grid_characters) in characters too."""
    columns: int
    characters: int | None = None

    def stops_short(self, text: str) -> bool:
        """Whether a line stops short of the grid, and so ends its paragraph: short of its width
        in columns (GRID_SLACK) and, when counted, in characters (half as many). A text wrapped
        by counting characters fills a line that holds half-width digits in characters only."""
        return (display_width(text) <= self.columns - GRID_SLACK
                and (self.characters is None or len(text) <= self.characters - GRID_SLACK // 2))


def find_grid(lines: list[_Line], cfg: CleanConfig) -> Grid | None:
    """The character grid a text is set on, or None: the usual width (in display columns) of
    lines that run on into a next line, when most such lines have it."""
    texts = [x.text.strip() for x in lines]
    inner = [a for a, b in zip(texts, texts[1:]) if a and b and a[-1] not in cfg.sentence_end]
    if len(inner) < GRID_LINES:
        return None
    widths = [display_width(a) for a in inner]
    width = _usual(widths)
    filled = sum(1 for w in widths if width - GRID_SLACK < w <= width)
    if filled < GRID_SHARE * len(inner):
        return None
    return Grid(width, _usual(map(len, inner)) if cfg.grid_characters else None)


def _usual(widths) -> int:
    return Counter(widths).most_common(1)[0][0]


def group_paragraphs(lines: list[_Line], cfg: CleanConfig, series: re.Pattern | None = None,
                     grid: bool = True) -> list[tuple[int, str]]:
    """Join hard-wrapped lines into (first line number, paragraph text) pairs. An empty line
    ends a paragraph after a sentence end, or after a short line (a heading such as おわりに);
    else it is a break inside a sentence (a page break in a PDF). A short line that starts a
    paragraph and matches a title pattern (or starts a numbered series, see series.py) ends it
    (a hard-wrapped title fills its line); such a title line of any length ends it before an
    empty line unless it fills a character grid. In a text set on a character grid (`grid`: looked
    for; a PDF's reader has marked paragraphs from the page geometry instead), any line that
    stops short of the grid's width ends its paragraph. With join_forbidden_starts a line that
    opens with a character no line may open with (LINE_START_FORBIDDEN) never starts one."""
    paragraphs: list[list] = []
    blank_before = False
    prev_standalone = prev_short = prev_title = prev_titled = prev_unfilled = prev_filled = False
    row_open = False
    short = line_width(lines) * SHORT_LINE
    on_grid = find_grid(lines, cfg) if grid else None
    unwrapped = grid and _unwrapped(lines, cfg)
    document = "\n".join(line.text for line in lines) if cfg.join_broken_words else ""
    for line in lines:
        if not line.text.strip():
            blank_before = True
            continue
        current = paragraphs[-1][1] if paragraphs else ""
        ends_sentence = bool(current) and current.rstrip()[-1:] in cfg.sentence_end
        weak = any(p.search(line.text) for p in cfg.weak_starts)
        standalone = _is_standalone(line.text, cfg)
        in_series = series is not None and bool(series.match(line.text))
        # below a line that fills the grid and ends no sentence, or in a paragraph that began
        # as a row of tab-separated columns (speaker, tab, statement), an indented line is a
        # hanging indent's continuation: only what follows the indent may start a paragraph
        hanging = prev_filled and not ends_sentence or row_open and line.text.startswith("\u3000")
        starts = _starts_block(_past_indent(line.text) if hanging else line.text, cfg)
        new = (not paragraphs or prev_standalone or prev_title or prev_unfilled
               or (unwrapped and (prev_short or ends_sentence) and not hanging)
               or starts or in_series or standalone
               or (blank_before and (ends_sentence or prev_short
                                     or (prev_titled and not prev_filled)))
               or (weak and (blank_before or ends_sentence))
               or (ends_sentence and "\t" in line.text))  # a row of tab-separated columns
        stops = prev_standalone and not cfg.join_broken_standalone
        if (new and document and not (blank_before or ends_sentence or standalone
                                      or in_series or prev_title or stops)
                and _finishes_word(current, line.text, starts, document, cfg)):
            new = False
        if (new and paragraphs and cfg.join_forbidden_starts and not (standalone or in_series)
                and forbidden_start(line.text)):  # ー, ッ, 、 … never open a line
            new = False
        if (new and cfg.join_open_brackets and not (blank_before or standalone or in_series
                                                     or prev_title or prev_standalone)
                and bracket_across(current, line.text.strip())):  # even an indented line
            new = False
        if new:
            paragraphs.append([line.number, line.text.strip()])
        else:
            paragraphs[-1][1] = _join(current, line.text)
        prev_standalone = standalone
        prev_short = len(line.text.strip()) < short
        prev_titled = new and (in_series or any(p.search(line.text) for p in cfg.titles))
        prev_title = prev_titled and prev_short
        prev_unfilled = on_grid is not None and on_grid.stops_short(line.text.strip())
        prev_filled = on_grid is not None and not prev_unfilled
        row_open = "\t" in line.text.strip() if new else row_open
        blank_before = False
    return [(n, _SPACE.sub(" ", text).strip()) for n, text in paragraphs if text.strip()]


# Characters a bracket spans at most on either side of a line break for bracket_across: a term's
# length (termshapes.MAX_SPAN counts both sides together).
BRACKET_SPAN = 40
_BRACKETS = (("（", "）"), ("(", ")"), ("「", "」"))


def bracket_across(left: str, right: str) -> bool:
    """Whether `left` ends inside a bracket that `right` closes: the last bracket opened in
    `left` is unclosed and near its end, and `right` closes it before opening another, within
    BRACKET_SPAN characters of the break all told (…（PIO-N / ET）に寄せられた…)."""
    for opening, closing in _BRACKETS:
        at = left.rfind(opening)
        if at < 0 or closing in left[at:]:
            continue
        end = right.find(closing)
        if 0 <= end and opening not in right[:end] and len(left) - at + end <= BRACKET_SPAN:
            return True
    return False


def _finishes_word(current: str, text: str, starts: bool, document: str,
                   cfg: CleanConfig) -> bool:
    """Whether line `text` finishes the word `current` ends in (broken_word) and opens no block
    (`starts`). With join_indented_breaks it is read past its indent, a hanging one."""
    if cfg.join_indented_breaks:
        text = _past_indent(text)
        starts = _starts_block(text, cfg)
    return not starts and bool(broken_word(current, text, document, cfg.join_broken_katakana))


# Characters Japanese typesetting never sets at the start of a line (行頭禁則, JIS X 4051): the
# prolonged sound mark, small kana, the comma and full stop, closing brackets.
LINE_START_FORBIDDEN = frozenset("ー、。，．）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")


def forbidden_start(text: str) -> bool:
    """Whether a line opens (past its indent) with a character no line may open with: it
    continues the line above."""
    return _past_indent(text)[:1] in LINE_START_FORBIDDEN


_WORD_CHAR = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff々]")


def broken_word(left: str, right: str, document: str, katakana: bool = False) -> str:
    """The word a line break cuts: the Sudachi mode-A word that runs from the end of `left`
    into the start of `right` (温室効果ガ|ス → ガス, 遠隔監|視 → 監視), if the `document` uses it
    as a word elsewhere, on one line, or (with `katakana`) it is a katakana word of Sudachi's
    dictionary (インセンティ|ブ); "" otherwise (工程表|本報告書 makes 表本, which it never uses;
    検討会|報告書 makes 会報, which it holds only inside 検討会報告書)."""
    if not (_WORD_CHAR.match(left[-1:]) and _WORD_CHAR.match(right[:1])):
        return ""
    word = _word_across(left[-12:], right[:12])
    if word is None:
        return ""
    if _uses_word(document, word.surface()) or (katakana and _dictionary_katakana(word)):
        return word.surface()
    return ""


def _word_across(tail: str, head: str):
    """The Sudachi mode-A morpheme of `tail + head` that runs across their join, or None."""
    start = 0
    for word in mode_a_morphemes(tail + head):
        end = start + len(word.surface())
        if start < len(tail) < end:
            return word
        start = end
    return None


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")


def _dictionary_katakana(word) -> bool:
    """Whether a morpheme is a katakana word of three or more letters that Sudachi's dictionary
    holds (an unknown katakana run may join a title to the line below it)."""
    return not word.is_oov() and bool(_KATAKANA_WORD.fullmatch(word.surface()))


def _uses_word(document: str, word: str, lines: int = 20) -> bool:
    """Whether a line of `document` holds `word` as a mode-A word (the first `lines` lines that
    hold it as a string are looked at)."""
    holding = (line for line in document.split("\n") if word in line)
    return any(word in mode_a(line) for _, line in zip(range(lines), holding))


def _unwrapped(lines: list[_Line], cfg: CleanConfig) -> bool:
    """Whether the text keeps a paragraph on one line (see UNWRAPPED_SHARE)."""
    long = [t for line in lines if len(t := line.text.strip()) >= UNWRAPPED_CHARS]
    ended = sum(1 for t in long if t[-1] in cfg.sentence_end)
    return bool(long) and ended >= UNWRAPPED_SHARE * len(long)


def page_of(line: int, pages: tuple[int, ...]) -> int | None:
    """The page a source line is on, from the lines the pages start on (None: no pages)."""
    return bisect_right(pages, line) or None if pages else None


# A ruled table's row as the PDF reader gives it (readers/pdfrules.py): cells joined by " | ".
_ROW_CELLS, _PDF_ROW = " | ", "table_row"


def _text_paragraphs(doc: SourceDoc, cfg: CleanConfig) -> tuple[list[Block], tuple[int, ...]]:
    """Paragraphs of a text without marked-up blocks (plain text, PDF), and the source lines
    dropped as page furniture."""
    raw = doc.text.lstrip("\ufeff").split("\n")
    fixed = [fix_chars(line, cfg) for line in raw]
    contents = find_contents([_header_key(line) for line in fixed], cfg)
    headers = contents | find_headers([("" if i in contents else line)
                                       for i, line in enumerate(fixed)], cfg)
    lines = [_Line(i + 1, text) for i, text in enumerate(fixed) if i not in headers]
    tables = box_tables([x.text for x in lines])
    inside = {i for a, b in tables for i in range(a, b)}
    drawn = {a: [x.text for x in lines[a:b]] for a, b in tables}
    lines = [_Line(x.number, "") if i in inside else x for i, x in enumerate(lines)]
    series = series_pattern(document_series((x.text for x in lines), cfg))
    pairs = group_paragraphs(lines, cfg, series, grid=not doc.pages)
    blocks = _read_rows([Block(text, _PDF_ROW if doc.pages and _ROW_CELLS in text else
                               "paragraph", line=number) for number, text in pairs])
    for a, texts in drawn.items():  # each drawn table where it stood, read as a table
        at = next((n for n, x in enumerate(blocks) if x.line > lines[a].number), len(blocks))
        blocks[at:at] = table_blocks(box_rows(texts), lines[a].number)
    return join_speakers(blocks, cfg, bold=False), tuple(sorted(i + 1 for i in headers))


def _read_rows(blocks: list[Block]) -> list[Block]:
    """Each run of a PDF's table rows read as a table, as a Word or Markdown table is (a record's
    statements and answers, who said what)."""
    out: list[Block] = []
    for is_row, run in groupby(blocks, key=lambda b: b.kind == _PDF_ROW):
        run = list(run)
        if not is_row:
            out += run
            continue
        cells = [[[c] if c else [] for c in b.text.split(_ROW_CELLS)] for b in run]
        read = table_blocks(cells, run[0].line)
        if len(read) == len(run):  # (row for row: each keeps its own line)
            read = [replace(new, line=old.line) for new, old in zip(read, run)]
        out += read
    return out


def _block_paragraphs(doc: SourceDoc, cfg: CleanConfig) -> list[Block]:
    """The format's own blocks, their characters fixed: their bounds are kept as marked up."""
    out = []
    texts = [_SPACE.sub(" ", fix_chars(block.text, cfg)).strip() for block in doc.blocks]
    contents = find_contents([_header_key(text) for text in texts], cfg)
    for n, (block, text) in enumerate(zip(doc.blocks, texts)):
        if text and n not in contents:
            out.append(Block(text, block.kind, block.level, block.line, block.emphasis, block.ref))
    return join_speakers(out, cfg)


# A speaker and an affiliation after a slash (意見 3 ／ 運送業・ドライバー, 回答／県土整備部): the
# slash marks the speaker line whatever its type, and reads as brackets do.
_SLASH_LABEL = re.compile(r"^(?P<name>[\w\u3005\u30fc・]{1,12}?)\s*(?P<number>[0-9０-９]{0,3})\s*[／/｜|]\s*"
                          r"(?P<who>[^／/｜|。：:]{1,24})$")
_DATED_LABEL = re.compile(r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")
# A speaker line led by the mark minutes set before each speaker (○田村委員).
_MARKED_LABEL = re.compile(r"^[○◯〇]\s*[\w\u3005\u30fc・]{1,20}([（(][^（）()。]{1,20}[）)])?$")
SPEAKER_TURNS = 3  # a record: at least this many turns in the document


def join_speakers(blocks: list[Block], cfg: CleanConfig, bold: bool = True) -> list[Block]:
    """Minutes whose turns are a line naming the speaker (bold, where the format marks it, or
    with an affiliation after a slash), then what was said: each turn becomes one paragraph
    "speaker（affiliation）：statement", as minutes are usually set. Only when the document has
    at least SPEAKER_TURNS such turns and most of their names carry an affiliation (発言１（東北地方
    連合会）, 保護者（第一中学校）, 意見 3 ／ 運送業): a heading over one paragraph names no one's
    affiliation."""
    turns = [i for i in range(len(blocks) - 1)
             if _is_turn(blocks[i], blocks[i + 1], cfg, bold)]
    slashed = [i for i in turns if _SLASH_LABEL.match(blocks[i].text.strip())]
    marked = _repeated_marked(blocks, turns)
    if len(slashed) >= SPEAKER_TURNS:  # the document's own speaker lines: bold headings are not
        turns = slashed
    elif len(marked) >= SPEAKER_TURNS:  # so are lines with the minutes' mark: 以上 is not
        turns = marked
    named = sum(1 for i in turns if _speaker(blocks[i].text).endswith(("）", ")")) or i in marked)
    starts = set(turns) if len(turns) >= SPEAKER_TURNS and 2 * named >= len(turns) else set()
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i - 1 in starts:
            continue
        if i in starts:
            said = blocks[i + 1]
            b = Block(f"{_speaker(b.text)}：{said.text}", "paragraph", 0, b.line, False, "")
        out.append(b)
    return out


def _repeated_marked(blocks: list[Block], turns: list[int]) -> list[int]:
    """Speaker lines led by the minutes' mark (○田村委員, ○環境保全課長) where someone speaks more
    than once: a heading marked so (○地域の課題) is not repeated word for word."""
    marked = [i for i in turns if _MARKED_LABEL.match(blocks[i].text.strip())]
    names = [blocks[i].text.strip() for i in marked]
    return marked if len(set(names)) < len(names) else []


def _speaker(label: str) -> str:
    """The speaker line as a name, a slash affiliation put in brackets: 意見3（運送業）."""
    if m := _SLASH_LABEL.match(label.strip()):
        return f"{m.group('name')}{m.group('number')}（{m.group('who').strip()}）"
    return label


def _is_turn(label: Block, said: Block, cfg: CleanConfig, bold: bool) -> bool:
    slash = bool(_SLASH_LABEL.match(label.text.strip()))
    return ((label.emphasis or not bold or slash) and label.kind == "paragraph"
            and (slash or bool(SPEAKER_LABEL.match(label.text) or _MARKED_LABEL.match(label.text)))
            and not _DATED_LABEL.search(label.text)  # 北沢地区（8月21日）: a meeting, no speaker
            and not said.emphasis and said.kind == "paragraph"
            and said.text.rstrip().endswith(tuple(cfg.sentence_end)))


def document_series(lines, cfg: CleanConfig) -> tuple[str, ...]:
    return tuple(series_words(lines, cfg.series_min, cfg.series_exclude))


def clean(doc: SourceDoc, cfg: CleanConfig) -> CleanDoc:
    """Clean a document: the result's text holds one paragraph per line."""
    removed: tuple[int, ...] = ()
    if doc.blocks:
        blocks = _block_paragraphs(doc, cfg)
    else:
        blocks, removed = _text_paragraphs(doc, cfg)
    paragraphs = []
    offset = 0
    for b in blocks:
        paragraphs.append(Paragraph(text=b.text, start=offset, end=offset + len(b.text),
                                    line=b.line, kind=b.kind, level=b.level,
                                    page=page_of(b.line, doc.pages), emphasis=b.emphasis,
                                    ref=b.ref))
        offset += len(b.text) + 1
    text = "\n".join(p.text for p in paragraphs)
    text = text + "\n" if text else text
    return CleanDoc(doc_id=doc.doc_id, path=doc.path, text=text, paragraphs=tuple(paragraphs),
                    removed_lines=removed,
                    series=document_series((p.text for p in paragraphs), cfg))
