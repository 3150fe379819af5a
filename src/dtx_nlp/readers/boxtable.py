"""Tables drawn with box-drawing characters in plain text (罫線: ┌─┬─┐, │cell│cell│, └─┴─┘),
where a cell wraps over several lines and the rows stand apart by ├─┼─┤ lines or by a first
cell that starts again (番号 1, 2 …): each table as the rows of its cells, each cell its text
joined from its lines, so the readers' table rules (a record's statements and answers, rows as
"cell | cell") apply as to a Word or Markdown table."""

from __future__ import annotations

import re

from .common import join_lines

_TOP = re.compile(r"^\s*[┌┏╔]")
_BOTTOM = re.compile(r"^\s*[└┗╚]")
_RULE = re.compile(r"^\s*[├┠┣╠┌┏╔└┗╚][─━═┬┼┴┯┿┷╤╪╧\s]*[┤┨┫╣┐┓╗┘┛╝]?\s*$")
_BAR = re.compile(r"[│┃║]")
_BLANK = re.compile(r"^[\s\u3000]*$")


def box_tables(texts: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) index ranges of the tables in a text's lines, top rule to bottom rule."""
    out, start = [], None
    for i, text in enumerate(texts):
        if start is None and _TOP.match(text):
            start = i
        elif start is not None and _BOTTOM.match(text):
            out.append((start, i + 1))
            start = None
        elif start is not None and not (_RULE.match(text) or _BAR.search(text)):
            start = None  # not a table after all: a line without a bar inside it
    return out


def box_rows(texts: list[str]) -> list[list[list[str]]]:
    """A table's rows, each cell as its one paragraph (or none when empty): a row starts after a
    rule line or where its first cell is not blank; other lines continue the row's cells."""
    rows: list[list[list[str]]] = []
    pieces: list[list[str]] = []
    ruled = False
    for text in texts:
        if _RULE.match(text):
            ruled = True
            continue
        cells = _BAR.split(text.strip())[1:-1]
        if not cells:
            continue
        if not pieces or ruled or not _BLANK.match(cells[0]) and len(cells) == len(pieces):
            if pieces:
                rows.append(_cells(pieces))
            pieces = [[] for _ in cells]
        for n, cell in enumerate(cells[:len(pieces)]):
            pieces[n].append(cell.strip(" \u3000"))
        ruled = False
    if pieces:
        rows.append(_cells(pieces))
    return rows


def _cells(pieces: list[list[str]]) -> list[list[str]]:
    return [[text] if (text := join_lines(p)) else [] for p in pieces]
