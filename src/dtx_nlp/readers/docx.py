"""Word (.docx), read with python-docx: heading styles give the levels ("Heading 2", "見出し 2";
"Title" = 0), and so do outline levels of other styles; list styles make list items; numbers
Word prints from its numbering definitions are put back in the text (wordnum.py: "第２章 ",
"ア "); tables are kept row by row, all in document order."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..types import Block, SourceDoc
from .common import (
    EMPTY_CELL,
    blocks_doc,
    is_statement,
    LINE_MARK,
    join_lines,
    line_groups,
    kind_row,
    record_blocks,
    row_block,
    span_block,
    spans,
    statement_table,
    statement_text,
)
from .wordnum import Numbering, outline_level

_LEVEL = re.compile(r"(?:heading|見出し)\s*(\d)", re.I)


def style_block(style: str, text: str, bold: bool, index: int, ordinal: int = 0,
                label: str | None = None, outline: int | None = None) -> Block:
    """A paragraph as a block, from its style name (`ordinal`: its number in a numbered list;
    `label`: the number Word prints before it, see wordnum.py; `outline`: its outline level)."""
    name = style.lower()
    if label:
        text = label + text
    if m := _LEVEL.search(style):
        return Block(text, "heading", int(m.group(1)), index, bold)
    if name in ("title", "表題"):
        return Block(text, "heading", 0, index, bold)
    if outline is not None:
        return Block(text, "heading", outline, index, bold)
    if _is_list(style):
        mark = "" if label else f"{ordinal}. " if ordinal else "・"
        return Block(mark + text, "list_item", 1, index, bold)
    if name in ("quote", "intense quote", "引用文", "引用文 2"):
        return Block(text, "quote", 0, index, bold)
    return Block(text, "paragraph", 0, index, bold)


_NUMBER_CELL = re.compile(r"^[^\s\d|。]{0,4}?[（(]?([0-9０-９]{1,3}([-－‐][0-9０-９]{1,3}){0,2}"
                          r"|[一二三四五六七八九十]{1,3}|[①-⑳❶-➓]|[Ⅰ-Ⅻ])[）)．.]?$")  # (a short label word may lead: 施策１)
# A first cell that numbers its entry and titles it: 取組１　title, 提言2 title, (3) title.
_TITLED_CELL = re.compile(r"^[^\s\d|。]{0,4}?[（(]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[①-⑳❶-➓]|[Ⅰ-Ⅻ])"
                          r"[）)．.]?[\s\u3000]+[^。]{2,60}$")


def _cell_paragraphs(cell) -> list[str]:
    """A cell's paragraphs; one in a list style gets the bullet Word draws ("・")."""
    return ["・" + t if _is_list(p.style.name if p.style is not None else "") else t
            for p in cell.paragraphs if (t := join_lines(p.text.splitlines()))]


def _is_list(style: str) -> bool:
    name = style.lower()
    return "list" in name or "リスト" in name or "箇条書き" in name


def table_blocks(rows: list[list[list[str]]], line: int) -> list[Block]:
    """A table's rows as blocks (`rows`: cells as their paragraphs). A table of numbered entries
    (a first cell holding only a number, as a list of recommendations set in a table) gives each
    entry as "N．title" and its other paragraphs; a two-column table of statements (the second
    cell of most rows ends a sentence: who said what) gives each row as a bulleted line
    "・speaker：statement" (a reply row keeping its own lead, （回答）…); other rows stay rows."""
    if len(rows) == 1 and len(rows[0]) == 1:  # a box (one cell): its paragraphs as they stand
        return [Block(t, "paragraph", 0, line) for t in rows[0][0]]
    if (record := record_blocks(rows, line)) is not None:
        return record
    if (kind := kind_row(rows)) is not None:
        return [Block(kind, "paragraph", 0, line)]
    plain = [r for r in rows if not spans(r)]
    if (titled := _titled_column(plain)) is not None:
        return _titled_rows(rows, titled, line)
    body = [r for r in plain if r and r[0]]
    numbered = sum(1 for r in body if _entry_number(r)) >= 2
    statements = not numbered and statement_table(body)
    title = _title_column(body) if numbered else None
    head = [" ".join(x) for x in rows[0]] if rows and not _entry_number(rows[0]) else []
    out: list[Block] = []
    for row in rows:
        if spans(row):
            out.append(span_block(row, line))
            continue
        if numbered and _entry_number(row):
            texts = _titled_texts(row, title, head) if title else _entry_texts(row)
        elif statements and is_statement(row):
            texts = [statement_text(row)]
        else:
            out.append(row_block(row, line))
            continue
        out += [Block(t, "paragraph", 0, line) for t in texts]
    return out


def _titled_column(rows: list[list[list[str]]]) -> int | None:
    """The column after the first whose cells number and title an entry (施策１　title) in at
    least two rows: the columns before it group the entries (方針Ａ …, merged down the rows)."""
    width = min(map(len, rows), default=0)
    for c in range(1, width):
        if sum(1 for r in rows if len(r[c]) >= 1 and _TITLED_CELL.match(r[c][0])) >= 2:
            return c
    return None


def _titled_rows(rows: list[list[list[str]]], c: int, line: int) -> list[Block]:
    """Each entry row as its group (the cells before column c, when they change), its title
    cell, then the cells after it; rows without a title cell stay rows."""
    out, group = [], None
    for row in rows:
        if spans(row):
            out.append(span_block(row, line))
            continue
        if not (len(row) > c and row[c] and _TITLED_CELL.match(row[c][0])):
            out.append(row_block(row, line))
            continue
        lead = " ".join(" ".join(x) for x in row[:c] if x)
        if lead and lead != group:
            out.append(Block(lead, "paragraph", 0, line))
        group = lead
        out += [Block(text, "paragraph", 0, line) for cell in row[c:] for text in cell]
    return out


def _entry_number(row: list[list[str]]) -> bool:
    return bool(row) and len(row[0]) == 1 and bool(_NUMBER_CELL.match(row[0][0])
                                                   or _TITLED_CELL.match(row[0][0]))


def _title_column(rows: list[list[list[str]]]) -> int | None:
    """In a table of numbered entries, the first column after the number whose cells title the
    entries, when an earlier one does not: one short paragraph in every entry, never the same in
    two entries in a row (a cell merged down the rows, 課題Ａ over two entries, says what the
    entries answer; it does not title them)."""
    entries = [r for r in rows if _entry_number(r)]
    width = min(map(len, entries), default=0)
    merged = [any(a[c] == b[c] for a, b in zip(entries, entries[1:])) for c in range(width)]
    for c in range(1, width):
        cells = [r[c] for r in entries]
        if all(map(_title_cell, cells)) and not merged[c]:
            return c if any(merged[1:c]) else None
    return None


def _titled_texts(row: list[list[str]], c: int, head: list[str]) -> list[str]:
    """"N．title" from column c, then what the cells between say (the problem answered) as the
    entry's lead, after their column's name ("課題：Ａ　…"), then the cells after it (a cell of
    bulleted lines, one paragraph each)."""
    between = [f"{head[i]}：" * (i < len(head) and bool(head[i])) + " ".join(row[i])
               for i in range(1, c) if row[i]]
    return [f"{row[0][0]}．{row[c][0]}", *between, *_cells_texts(row[c + 1:])]


def _cells_texts(cells: list[list[str]]) -> list[str]:
    """Each cell as one paragraph, or a cell of bulleted lines as a paragraph per line (a cell
    holding only a dash says there is none)."""
    return [t for x in cells if x for t in (x if all(map(_bulleted, x)) else [" ".join(x)])
            if not EMPTY_CELL.match(t)]


def _bulleted(text: str) -> bool:
    return bool(LINE_MARK.match(text))


def _entry_texts(row: list[list[str]]) -> list[str]:
    """"N．title", then the entry's first paragraph, its other cells (主な担い手 …), the rest; an
    entry whose first cell holds its title too ("取組１　title") keeps it as printed, and its
    body cell whole."""
    main = max(row[1:], key=lambda c: sum(map(len, c)), default=[])
    others = _cells_texts([c for c in row[1:] if c is not main])
    if _TITLED_CELL.match(row[0][0]):
        return [row[0][0], *main, *others]
    if len(row) > 2 and _title_cell(row[1]) and main is not row[1]:
        # number | title | explanation …: the cell after the number titles the entry
        return [f"{row[0][0]}．{row[1][0]}", *_cells_texts(row[2:])]
    title = f"{row[0][0]}．{main[0]}" if main else row[0][0]
    return [title, *main[1:2], *others, *main[2:]]


def _title_cell(cell: list[str]) -> bool:
    """A cell that can title an entry: one short paragraph that ends no sentence."""
    return len(cell) == 1 and len(cell[0]) <= 40 and "。" not in cell[0]


def _numbered(style: str) -> bool:
    name = style.lower()
    return ("list" in name or "リスト" in name) and ("number" in name or "番号" in name)


def _is_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(_bold(r) for r in runs)


def _bold(run) -> bool:
    """A run set in bold, directly or by its character style."""
    return bool(run.bold or (run.style is not None and run.style.font.bold))


def _body_items(document):
    """Paragraphs and tables of the body, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            yield Table(child, document)


def _list_key(paragraph, style: str) -> str:
    """Which numbered list a paragraph counts in: its own numbering (w:numPr/w:numId) when it
    has one, else its style's (all paragraphs of a "List Number" style share one list)."""
    ppr = paragraph._p.pPr
    num = ppr.numPr.numId if ppr is not None and ppr.numPr is not None else None
    return f"num:{num.val}" if num is not None else f"style:{style}"


def _blocks(document) -> list[Block]:
    """Word numbers a list on through the paragraphs between its items (a recommendation's
    body between two numbered titles), so each list keeps its own count. Where the document has
    numbering definitions, each paragraph gets the label Word prints (wordnum.py)."""
    blocks: list[Block] = []
    counts: dict[str, int] = {}
    numbering = Numbering.of(document)
    title = _sized_title(document)
    for item in _body_items(document):
        if hasattr(item, "rows"):
            blocks += table_blocks([[_cell_paragraphs(c) for c in row.cells] for row in item.rows],
                                   len(blocks) + 1)
            continue
        text = join_lines(item.text.splitlines())
        style = item.style.name if item.style is not None else ""
        label = numbering.label(item) if text and numbering.nums else None
        ordinal = 0
        if _numbered(style) and label is None:
            key = _list_key(item, style)
            ordinal = counts[key] = counts.get(key, 0) + 1
        first = style_block("Title" if item._p is title else style, text, _is_bold(item),
                            len(blocks) + 1, ordinal, label, outline_level(item) if text else None)
        parts = line_groups(_run_lines(item)) if first.kind == "paragraph" else []
        if len(parts) < 2:
            blocks.append(first)
            continue
        for part, bold in parts:  # soft line breaks (Shift+Enter) set lines of their own
            blocks.append(Block(part, "paragraph", 0, len(blocks) + 1, bold))
    return blocks


def _size(paragraph) -> float:
    """The largest font size set on a paragraph's runs (points; 0 when none is set)."""
    sizes = [r.font.size.pt for r in paragraph.runs if r.text.strip() and r.font.size]
    return max(sizes, default=0)


def _sized_title(document):
    """A document without a title style whose first paragraphs hold one line set larger than any
    other paragraph (a title typed in bold 16 pt over a dated or addressed front): that line is
    its title. Returns the paragraph's element, or None."""
    paragraphs = document.paragraphs
    if any(p.style is not None and p.style.name.lower() in ("title", "表題") for p in paragraphs):
        return None
    sizes = [_size(p) for p in paragraphs]
    first = [n for n, p in enumerate(paragraphs[:_FRONT]) if p.text.strip()]
    if not first:
        return None
    n = max(first, key=sizes.__getitem__)
    others = sizes[:n] + sizes[n + 1:]
    if sizes[n] and all(s < sizes[n] for s in others) and "。" not in paragraphs[n].text:
        return paragraphs[n]._p
    return None


_FRONT = 5  # paragraphs at the top of a document where its title may stand


def _run_lines(paragraph) -> list[tuple[str, bool]]:
    """A paragraph's lines at its soft line breaks, each with whether all its text is bold."""
    lines: list[tuple[str, bool]] = [("", True)]
    for run in paragraph.runs:
        bold = _bold(run)
        for n, piece in enumerate(run.text.split("\n")):
            if n:
                lines.append(("", True))
            text, all_bold = lines[-1]
            lines[-1] = (text + piece, all_bold and (bold or not piece.strip()))
    return [(t, b and bool(t.strip())) for t, b in lines]


def read_docx(path: Path, data: bytes) -> SourceDoc:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"damaged or not a Word .docx file ({type(exc).__name__})",
                         str(path)) from None
    blocks = _blocks(document)
    if not any(b.text.strip() for b in blocks):
        raise InputError("no text in this Word file", str(path))
    return blocks_doc(path, blocks, "docx")
