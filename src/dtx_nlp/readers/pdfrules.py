"""Ruled tables in a PDF (主な取組 | 担当, 意見の概要 | 考え方): the page draws each cell's borders
as thin rules, and the text layer gives the cells column by column, so a reader going down the
page would run one column's cells together and put the next column after the text below the
table. Rules that touch make a grid; a grid of at least two columns and two rows is a table, and
each of its rows is read as one line, its cells in order joined by " | " (as the Word and Markdown
readers give a table row), put where the table's first line was."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .common import join_lines
from .pdftable import LONE_NUMBER

RULE = 2.0  # points: a rectangle or line this thin is a rule
TOUCH = 2.0  # points: rules this close touch
MERGE = 3.0  # points: rule positions this close are one edge


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 < self.y1 - self.y0


def page_rules(page) -> list[Rule]:
    """The thin rectangles and lines of a pdfminer page."""
    from pdfminer.layout import LTLine, LTRect

    return [Rule(*el.bbox) for el in page if isinstance(el, (LTLine, LTRect))
            and min(el.width, el.height) <= RULE and max(el.width, el.height) > RULE]


def _grids(rules: list[Rule]) -> list[list[Rule]]:
    """Rules that touch, directly or through others (union–find over their boxes)."""
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rules):
        for j in range(i):
            b = rules[j]
            if a.x0 - TOUCH <= b.x1 and b.x0 - TOUCH <= a.x1 and a.y0 - TOUCH <= b.y1 \
                    and b.y0 - TOUCH <= a.y1:
                parent[root(i)] = root(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(root(i), []).append(rule)
    return list(groups.values())


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > MERGE:
            out.append(v)
    return out


def _place(value: float, edges: list[float]) -> int | None:
    """The band between two edges that holds the value (0 = the first band)."""
    return next((n for n in range(len(edges) - 1) if edges[n] <= value < edges[n + 1]), None)


def ruled_rows(lines: list, rules: list[Rule]) -> list:
    """A page's lines with each ruled table's lines replaced by one line a row."""
    for grid in _grids(rules):
        xs = _edges([(r.x0 + r.x1) / 2 for r in grid if r.vertical])
        ys = _edges([(r.y0 + r.y1) / 2 for r in grid if not r.vertical])
        if len(xs) >= 3 and len(ys) >= 3:  # two columns, two rows at least
            lines = _read_table(lines, xs, ys)
    return lines


def _read_table(lines: list, xs: list[float], ys: list[float]) -> list:
    cells: dict[tuple[int, int], list] = {}
    members = []
    for i, line in enumerate(lines):
        col = _place((line.x0 + line.x1) / 2, xs)
        row = _place((line.y0 + line.y1) / 2, ys)
        if col is not None and row is not None and not line.band:
            cells.setdefault((row, col), []).append(line)
            members.append(i)
    row_numbers = sorted({r for r, _ in cells}, reverse=True)  # top to bottom
    firsts = [join_lines([x.text for x in cells.get((r, 0), [])]) for r in row_numbers]
    if not members or any(LONE_NUMBER.match(t) for t in firsts):
        return lines  # a table of numbered entries (on this page, or going on from the last):
        # pdftable.py reads it entry by entry
    rows = []
    for row in row_numbers:
        texts = [join_lines([x.text for x in sorted(cells.get((row, c), []), key=lambda x: -x.y1)])
                 for c in range(len(xs) - 1)]
        first = max((x for c in range(len(xs) - 1) for x in cells.get((row, c), [])),
                    key=lambda x: x.y1)
        filled = [t for t in texts if t]
        text = filled[0] if len(filled) == 1 else " | ".join(texts)  # (a merged row: its line)
        rows.append(replace(first, text=text, x0=xs[0], x1=xs[-1], starts=True,
                            y0=ys[row], y1=ys[row + 1]))
    taken = set(members)
    kept = [x for i, x in enumerate(lines) if i not in taken]
    at = members[0]  # (every line before the table's first is kept)
    after = [replace(x, starts=True) if n == 0 else x for n, x in enumerate(kept[at:])]
    return kept[:at] + rows + after  # (the line after a table starts a paragraph of its own)
