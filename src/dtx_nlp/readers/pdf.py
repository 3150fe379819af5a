"""PDF, read with pdfminer.six's layout analysis, one page at a time.

Text comes out in reading order as lines. A line indented from the page's text column starts a
paragraph (it gets a leading "　", as in text extracted from Japanese reports); a wider vertical
gap than the page's usual line pitch gives an empty line. Running headers, footers and page
numbers are found by position (the top or bottom band of the page) and repetition across pages,
and dropped. Characters a font maps to look-alike code points (Kangxi radicals, compatibility
ideographs, ligatures) are mapped back. `SourceDoc.pages` records the line each page starts on.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..types import SourceDoc
from .pdfrules import page_rules, ruled_rows
from .pdftable import number_rows

BAND = 0.08  # top and bottom share of the page height where running headers and footers live
INDENT = 0.6  # a first line this many characters right of the column starts a paragraph
GAP = 1.45  # a gap this many times the usual line pitch is an empty line
SHORT = 2.0  # a line ending this many characters before the column's right edge ends a paragraph
PAGE_SHORT = 4.0  # ... at the foot of a page (where a Latin word wrapped early may leave a gap)
SET_IN = 2.0  # a line this many characters right of the margin belongs to a block set in
RESIZE = 0.1  # a line whose characters differ in size by this share from the line before starts anew
BULLET = 8.0  # a drawn shape smaller than this (points) may be a list's bullet
SENTENCE_END = "。．！？!?」）)"
_DIGITS = re.compile(r"[0-9０-９]+")
# A title line: a number and a space, or a heading mark, before a few words (４　未指定文化財の把握
# の遅れ, ■パネル討論), a title in brackets alone (〈テーマ１　就業と定着〉), or a meeting's
# particular (場所：林業会館). Short of the edge, it ends where it stops: a line wraps only when full.
_TITLE = re.compile(r"^\s*(?:(?:(?:[0-9０-９]{1,2}|[（(][0-9０-９]{1,2}[）)]|[①-⑳])[\s\u3000]+"
                    r"|[■□◆◇▼▽▶▷►★☆]|[^\s：:。、]{1,6}[：:])[^。]{1,40}"
                    r"|[〈《【［〔][^〉》】］〕。]{1,30}[〉》】］〕])$")
_SPACE = re.compile(r"\s+")
# A speaker's label in brackets before what was said: （説明者）…, 【Ａ委員】…
_LABEL = re.compile(r"^\s*[（(【〔［〈][^）)】〕］〉\s。、]{1,12}[）)】〕］〉](?=\S)")
_LOOKALIKE = re.compile("[\u2f00-\u2fdf\uf900-\ufaff\ufb00-\ufb06]")
# Look-alikes NFKC does not map: CJK radicals-supplement forms some fonts map common kanji to
# (Unicode's EquivalentUnifiedIdeograph data), and the hyphenation point a font shares with the
# katakana middle dot, and the wave dash and division slash fonts share with their full-width
# forms (read as the full-width forms, as CP932 text has them), and the angle brackets 〈〉 some
# fonts map to the technical symbols U+2329/U+232A.
_SHARED_GLYPHS = str.maketrans("⺠⻑⻄⻘⻝⻤⻣⻩⻨⻁⺟⻲⻯⻭⻫⻖⻗\u2027\u301c\u2215\u2329\u232a",
                               "民長西青食鬼骨黄麦虎母亀竜歯斉阝雨・～／〈〉")


@dataclass(frozen=True)
class _Line:
    page: int
    text: str
    x0: float
    y0: float
    y1: float
    height: float
    band: bool  # in the top or bottom band of its page
    x1: float = 0.0
    column: int = 0  # 1: the right column of a page set in two columns
    starts: bool | None = None  # whether it starts a paragraph, where a table row says so
    wide: bool = False  # on a landscape page (a slide: one statement per line, no 。 needed)


def fix_lookalikes(text: str) -> str:
    """Kangxi radicals (⼤), compatibility ideographs and ligatures (ﬁ) as the characters they
    stand for; every other character (full-width digits, ①, ～) is left alone."""
    text = _LOOKALIKE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.translate(_SHARED_GLYPHS)


def _page_lines(number: int, page) -> list[_Line]:
    from pdfminer.layout import LTCurve, LTTextBox

    lines = []
    boxes = sorted((el for el in page if isinstance(el, LTTextBox)),
                   key=lambda box: (-round(box.y1), box.x0))  # top to bottom, then left first
    shapes = [el for el in page if isinstance(el, LTCurve) and max(el.width, el.height) < BULLET]
    for box in boxes:
        for line in box:
            text = fix_lookalikes(line.get_text().strip("\n"))
            if not text.strip():
                continue
            if any(_bullet_of(shape, line) for shape in shapes):
                text = "・" + text.lstrip()  # a list's bullet the page draws (a disc, a square)
            band = line.y0 > page.height * (1 - BAND) or line.y1 < page.height * BAND
            lines.append(_Line(number, text, line.x0, line.y0, line.y1, line.height, band,
                               line.x1, wide=page.width > page.height))
    return lines


def _bullet_of(shape, line) -> bool:
    """A small shape, about square and less than a character wide, just left of a line's first
    character and level with it: the bullet of a list item drawn as a figure (Chromium draws a
    <ul>'s discs so), which the text layer does not hold."""
    middle = (shape.y0 + shape.y1) / 2
    return (abs(shape.width - shape.height) < 1.0 and shape.width < line.height * 0.6
            and line.x0 - 2 * line.height <= shape.x1 <= line.x0 and line.y0 <= middle <= line.y1)


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", text))


def furniture(lines: list[_Line], pages: int) -> set[int]:
    """Indexes of running headers, footers and page numbers: lines in a page's top or bottom
    band whose text, digits aside, recurs on at least half the pages (or is only digits)."""
    keys = {i: _furniture_key(line.text) for i, line in enumerate(lines) if line.band}
    on_pages = Counter(k for k in {(k, lines[i].page) for i, k in keys.items()})
    per_key = Counter(k for k, _ in on_pages)
    need = max(2, pages // 2)
    return {i for i, k in keys.items()
            if per_key[k] >= need or not k.replace("#", "").strip("-–—/ページpP.")}


@dataclass(frozen=True)
class _Column:
    left: float
    right: float
    size: float  # the usual character size
    page_right: float = 0.0  # where the longest line of the column ends on this page


def _starts_paragraph(prev: _Line | None, line: _Line, col: _Column, in_item: bool = False) -> bool:
    """An indented line starts a paragraph when the line before it ended one (a sentence end, or
    short of the right edge), an unindented one when the line before ended a sentence short of
    the right edge; below a full, unfinished line an indented one is a hanging indent's
    continuation (①…, wrapped under its text). Any line starts one when its characters are set
    in another size than the line before (a heading set larger that fills its line), or when it
    and the line before, which ended a sentence, are each led by a label in brackets (a record's
    turns: （委員）…。 over （説明者）…, even when the first fills its line)."""
    if prev is None:
        return line.x0 - col.left > col.size * INDENT
    if (abs(prev.height - line.height) > col.size * RESIZE
            and max(prev.height, line.height) > col.size * (1 + RESIZE)):
        return True  # a heading set larger than the text ends here (small print runs on)
    if line.height - prev.height > col.size * RESIZE and prev.x1 < line.x1 - col.size * SHORT:
        return True  # a label set smaller above its text (a speaker's name over the remark)
    if _turns_to_latin(prev.text, line.text):
        return True  # an English gloss set below a Japanese line (Proposal-style headings)
    if _flush_right(prev, col):
        return True  # a line set flush right (a date, a signature, 以上) stands alone
    ended = prev.text.rstrip()[-1:] in SENTENCE_END
    if ended and _LABEL.match(prev.text) and _LABEL.match(line.text):
        return True  # turns of a record, each led by its speaker in brackets, one per line
    if line.x0 - col.left <= col.size * INDENT:
        # unindented: only after a sentence that ended well short of the edge (Japanese fills
        # every line of a paragraph but its last: one statement per line, as in minutes), and
        # not inside a marked item (`in_item`: ・…。 may put each of its sentences on a line) nor
        # across a page break
        # (or after a sentence ending a block set in from the margin: an answer indented below
        # its question, then the next question at the margin)
        edge = col.right if line.wide else col.page_right or col.right  # (a slide's text is short)
        set_in = ended and prev.x0 - line.x0 > col.size * SET_IN
        return (((ended or line.wide) and not in_item or bool(_TITLE.match(prev.text))
                 or _stops_midway(prev, line)) and prev.page == line.page
                and (prev.x1 < edge - col.size * SHORT or set_in))
    if not ended and _wraps_under(prev, line, col):
        return False  # a full line wraps under its text: a hanging indent (◇ …, ① …) or a box
    return ended or prev.x1 < col.right - col.size * SHORT


def _stops_midway(prev: _Line, line: _Line) -> bool:
    """A line without a sentence end, not half as long as the line below it in its column: a
    title set on a line of its own (参考資料　意見交換会の記録) above text, where the wrapped lines
    of running text end at one edge. Not a label alone (提案４, 第三章) above its title."""
    text = prev.text.strip()
    return (prev.column == line.column and prev.x1 - line.x0 < (line.x1 - line.x0) / 2
            and len(text) >= 5 and not text[-1].isdigit()
            and text[-1] not in SENTENCE_END + "、，," and not text[-1].isascii())


def _flush_right(line: _Line, col: _Column) -> bool:
    """A line that starts right of the column's middle and ends at its right edge: set flush
    right, as a date, a signature or 以上 is; running text never begins a line there."""
    middle = (col.left + col.right) / 2
    return (line.x0 > middle and line.x1 >= col.right - col.size * SHORT
            and len(line.text.strip()) > 1)  # (not a character of a title set vertically)


def _turns_to_latin(before: str, text: str) -> bool:
    """A line in Latin letters (mostly ASCII, a capital first) below one that ends in Japanese:
    Japanese running text does not wrap into a line of English."""
    before, text = before.rstrip(), text.strip()
    ascii_share = sum(c.isascii() for c in text) / len(text) if text else 0.0
    return (bool(before) and unicodedata.east_asian_width(before[-1]) in "WF"
            and before[-1] not in SENTENCE_END and text[:1].isascii() and text[:1].isupper()
            and ascii_share >= 0.9 and len(text) >= 12)


def _cell_starts(prev: _Line, line: _Line, left: float, right: float) -> bool:
    """The paragraph rule above inside a table cell, between its left and right edges."""
    return _starts_paragraph(prev, line, _Column(left, right, line.height))


def _wraps_under(prev: _Line, line: _Line, col: _Column) -> bool:
    """A line continuing a full one above it: under the text of a marked line (◇ …) as long as
    the line below it, or at the same indent as a line that fills its column on this page (the
    text of a box inset from the column)."""
    page_right = col.page_right or col.right
    if _led_by_mark(prev.text) and line.x0 > prev.x0:
        return prev.x1 >= min(page_right, line.x1) - col.size * SHORT
    return abs(line.x0 - prev.x0) < 1.0 and prev.x1 >= page_right - col.size * SHORT


def _led_by_mark(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and unicodedata.category(first) in ("So", "Sm", "Po", "No")


def _breaks(prev: _Line, line: _Line, col: _Column, pitch: float) -> bool:
    """An empty line between two lines: a wide gap on one page; across a page break, only when
    the last line of the page stops short of the right edge (a full line runs on)."""
    if prev.page != line.page:
        return prev.x1 < col.right - col.size * PAGE_SHORT
    return prev.y0 - line.y0 > pitch * GAP


def _layout(body: list[_Line]) -> list[tuple[int, str]]:
    """(page, text) lines with paragraph indents as "　" and wide gaps as empty lines."""
    if not body:
        return []
    size = statistics.median(line.height for line in body)
    cols = _columns(body, size)
    pitches = [a.y0 - b.y0 for a, b in zip(body, body[1:]) if a.page == b.page and a.y0 > b.y0]
    pitch = statistics.median(pitches) if pitches else size * 1.5
    out: list[tuple[int, str]] = []
    first = ""  # the first line of the paragraph being read
    for prev, line in zip([None] + body[:-1], body):
        col = cols.get((line.page, line.column)) or cols[line.column]
        if prev is not None and _breaks(prev, line, col, pitch):
            out.append((line.page, ""))  # (the cleaner joins across it unless a sentence ended)
            first = line.text
        starts = line.starts if line.starts is not None else \
            _starts_paragraph(prev, line, col, _led_by_mark(first))
        first = line.text if starts or prev is None else first
        out.append((line.page, ("\u3000" if starts else "") + line.text.strip()))
    return out


PAGE_COLUMN_LINES = 8  # a page's column with this many lines has its own left edge ...
LEFT_SHARE = 0.2  # ... where at least three lines, or this share of them, start


def _columns(body: list[_Line], size: float) -> dict:
    """Each column's edges: over the document (key: column), and on each page (key: (page,
    column)) where its longest line ends and, when it has lines enough there, its left edge
    where the leftmost lines start that are not a stray one or two: a box or frame inset on
    that page moves it."""
    cols: dict = {c: _Column(min(x.x0 for x in body if x.column == c),
                             max(x.x1 for x in body if x.column == c), size)
                  for c in {x.column for x in body}}
    groups: dict = {}
    for x in body:
        groups.setdefault((x.page, x.column), []).append(x)
    for key, lines in groups.items():
        left = cols[key[1]].left
        if len(lines) >= PAGE_COLUMN_LINES:
            starts = Counter(round(x.x0) for x in lines)
            left = min((x for x, n in starts.items() if n >= LEFT_SHARE * len(lines) or n >= 3),
                       default=min(starts))
        cols[key] = _Column(left, cols[key[1]].right, size, max(x.x1 for x in lines))
    return cols


def _extract(path: Path, data: bytes) -> list[list[_Line]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return [in_columns(ruled_rows(_page_lines(n, page), page_rules(page)), page.width)
            for n, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), start=1)]


COLUMN_LINES = 5  # a page is set in two columns when each half holds at least this many lines


def in_columns(lines: list[_Line], width: float) -> list[_Line]:
    """A page's lines in reading order. On a page set in two columns (enough lines wholly in
    each half), each stretch between full-width lines (a title, a heading across the page) is
    read left column first, then right; otherwise the lines stay in layout order."""
    mid = width / 2
    left = {i for i, x in enumerate(lines) if x.x1 <= mid and not x.band}
    right = {i for i, x in enumerate(lines) if x.x0 >= mid and not x.band}
    if len(left) < COLUMN_LINES or len(right) < COLUMN_LINES:
        return lines
    out: list[_Line] = []
    stretch: list[int] = []
    for i in sorted(range(len(lines)), key=lambda i: -lines[i].y1):
        if i in left or i in right:
            stretch.append(i)
            continue
        out += _read_stretch(lines, stretch, right)
        out.append(lines[i])
        stretch = []
    return out + _read_stretch(lines, stretch, right)


def _read_stretch(lines: list[_Line], stretch: list[int], right: set[int]) -> list[_Line]:
    """The left column, then the right; lines in the left half below the right column's end and
    set apart by a gap from the column above them (a heading after the columns) come after
    both."""
    on_right = [i for i in stretch if i in right]
    on_left = [i for i in stretch if i not in right]
    end = min((lines[i].y0 - 2 * lines[i].height for i in on_right), default=None)
    cut = next((n for n in range(1, len(on_left)) if end is not None
                and lines[on_left[n]].y1 < end
                and lines[on_left[n - 1]].y0 - lines[on_left[n]].y1 > 1.5 * lines[on_left[n]].height),
               len(on_left))
    return ([lines[i] for i in on_left[:cut]] + [replace(lines[i], column=1) for i in on_right]
            + [lines[i] for i in on_left[cut:]])


def _read_pages(path: Path, data: bytes) -> list[list[_Line]]:
    """The text lines of every page; one-line errors for encrypted and damaged files."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    if not data.lstrip().startswith(b"%PDF"):
        raise InputError("damaged PDF: no PDF header", str(path))
    try:
        return _extract(path, data)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError("encrypted PDF: cannot read it without the password", str(path)) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"damaged PDF ({type(exc).__name__})", str(path)) from None


def read_pdf(path: Path, data: bytes) -> SourceDoc:
    pages = number_rows(_read_pages(path, data), _cell_starts)
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise InputError("scanned PDF: no text to read", str(path))
    drop = furniture(lines, len(pages))
    laid = _layout([line for i, line in enumerate(lines) if i not in drop])
    text = "\n".join(t for _, t in laid) + "\n"
    return SourceDoc(doc_id=path.stem, path=str(path), text=text, encoding="pdf", format="pdf",
                     pages=page_starts([page for page, _ in laid], len(pages)))


def page_starts(line_pages: list[int], pages: int) -> tuple[int, ...]:
    """The 1-based line each page starts on; a page without text starts where the next does."""
    starts: dict[int, int] = {}
    for number, page in enumerate(line_pages, start=1):
        starts.setdefault(page, number)
    out, following = [], len(line_pages) + 1
    for page in range(pages, 0, -1):
        following = starts.get(page, following)
        out.append(following)
    return tuple(reversed(out))
