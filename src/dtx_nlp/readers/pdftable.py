"""Tables of numbered entries in a PDF (No. | title and text | 時期): the text layer gives each
cell's lines apart, the number alone on its line, so the reader would take it for a page number
and run the row's cells together. A column of lone numbers counting up 1, 2, 3 … at one left
edge, each with a cell beside it on its baseline, is such a table: each row is rewritten as
"N．title" (the cell beside the number), the lines of that cell's column below it, then the other
cells, every one starting a paragraph — as the Word reader gives a table of entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..stages.segment import parse_number

# A number alone on its line (1, （2）, ③): a numbered table's row, or a page number.
LONE_NUMBER = re.compile(r"^\s*[（(]?([0-9０-９]{1,2}|[①-⑳❶-➓])[）)．.]?\s*$")
MIN_ROWS = 2  # a column of at least this many numbers counting up makes a table
ALIGN = 3.0  # points: the numbers of one column start this close to each other
BESIDE = 8.0  # characters: the title cell starts at most this far right of its number


@dataclass(frozen=True)
class _Row:
    page: int
    number: int  # index of the number's line in its page
    title: int  # index of the cell beside it


def _beside(lines: list, i: int) -> int | None:
    """The nearest line to the right of line i on its baseline (the row's next cell)."""
    n = lines[i]
    right = [j for j, x in enumerate(lines) if j != i and not x.band and x.x0 > n.x1
             and abs(x.y0 - n.y0) < n.height * 0.5 and x.x0 - n.x1 < BESIDE * n.height]
    return min(right, key=lambda j: lines[j].x0, default=None)


def _rows(pages: list[list]) -> list[_Row]:
    """The rows of the document's numbered table, or none: lone numbers (not in a page band)
    with a cell beside them, at one left edge, counting up from 1 in reading order."""
    found = [(p, i, b) for p, lines in enumerate(pages) for i, x in enumerate(lines)
             if not x.band and LONE_NUMBER.match(x.text) and (b := _beside(lines, i)) is not None]
    if not found:
        return []
    x0 = min(pages[p][i].x0 for p, i, _ in found)
    column = [(p, i, b) for p, i, b in found if abs(pages[p][i].x0 - x0) < ALIGN]
    numbers = [parse_number(LONE_NUMBER.match(pages[p][i].text).group(1)) for p, i, _ in column]
    if len(column) < MIN_ROWS or numbers != list(range(1, len(numbers) + 1)):
        return []
    return [_Row(p, i, b) for p, i, b in column]


def number_rows(pages: list[list], starts: Callable[..., bool]) -> list[list]:
    """The pages with each row of a numbered table rewritten (see the module's docstring); the
    pages as they are when the document has no such table. `starts(prev, line, left, right)`:
    the reader's rule for a line starting a paragraph, applied inside a cell's edges."""
    rows = _rows(pages)
    if not rows:
        return pages
    out = [list(lines) for lines in pages]
    for p in sorted({r.page for r in rows}, reverse=True):
        on_page = [r for r in rows if r.page == p]
        out[p] = _rewrite(pages[p], on_page, starts)
    return out


def _rewrite(lines: list, rows: list[_Row], starts: Callable[..., bool]) -> list:
    """One page: each row's lines (from its number down to the next row, or to the first line
    left of the number column) as title, the title column's lines, then the other cells, put
    where the row's first line was."""
    left = min(lines[r.number].x0 for r in rows)
    owner: dict[int, int] = {}
    for n, row in enumerate(rows):
        for j in _members(lines, row, rows[n + 1] if n + 1 < len(rows) else None, left):
            owner.setdefault(j, n)
    out, done = [], set()
    for i, line in enumerate(lines):
        if i not in owner:
            out.append(line)
        elif owner[i] not in done:
            done.add(owner[i])
            row = rows[owner[i]]
            out += _row_lines(lines, row, [j for j, n in owner.items() if n == owner[i]], starts)
    return out


def _members(lines: list, row: _Row, nxt: _Row | None, left: float) -> list[int]:
    """The lines of one row: from its number's baseline down to the next row's, stopping at the
    first line that starts left of the number column (the table has ended)."""
    top = lines[row.number].y1 + lines[row.number].height * 0.5
    bottom = lines[nxt.number].y1 if nxt is not None else None
    members = []
    for j in sorted(range(len(lines)), key=lambda j: (-lines[j].y1, lines[j].x0)):
        x = lines[j]
        if x.band or x.y1 > top:
            continue
        if bottom is not None and x.y1 <= bottom + 0.1:
            break  # the next row
        if x.x0 < left - 1.0:
            if x.y1 < lines[row.number].y0:
                break
            continue
        members.append(j)
    return members


def _row_lines(lines: list, row: _Row, members: list[int], starts: Callable[..., bool]) -> list:
    """"N．title", the title column's lines below it, then the other cells, each cell a
    paragraph; inside the title column the reader's paragraph rule (`starts`) applies between
    the column's left edge and the cell's right edge."""
    number, title = lines[row.number], lines[row.title]
    head = replace(title, text=f"{number.text.strip()}．{title.text.strip()}", x0=number.x0,
                   starts=True)
    edge = _next_cell(lines, row, members)
    rest = sorted((j for j in members if j not in (row.number, row.title)),
                  key=lambda j: (-lines[j].y1, lines[j].x0))
    column = [j for j in rest if title.x0 - 1.0 <= lines[j].x0 < edge]
    others = [j for j in rest if j not in column]
    left = min((lines[j].x0 for j in column), default=title.x0)
    right = max((lines[j].x1 for j in column), default=title.x1)
    body = [replace(lines[j], starts=not n or starts(lines[column[n - 1]], lines[j], left, right))
            for n, j in enumerate(column)]
    return [head, *body, *(replace(lines[j], starts=True) for j in others)]


def _next_cell(lines: list, row: _Row, members: list[int]) -> float:
    """Where the cell right of the title starts on the row's baseline (or the page's width)."""
    title = lines[row.title]
    right = [lines[j].x0 for j in members if j != row.title
             and abs(lines[j].y0 - title.y0) < title.height * 0.5 and lines[j].x0 > title.x1]
    return min(right, default=float("inf"))
