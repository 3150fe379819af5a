"""Markdown, parsed with markdown-it-py (CommonMark + tables + footnotes + front matter).

Headings keep their level (pandoc's {#id} attributes dropped); list items and emphasis are
reduced to text (a bullet becomes "・", a numbered item keeps its number); a block quote's
paragraphs are `quote` blocks; HTML blocks are read as text (htmlblocks.py: <details>, <table>,
<ol>, <br>), inline tags are dropped and definition lists give a paragraph per entry, a list item
"term：definition"; horizontal rules, code, front matter, ::: div fences and tag lines ("#a #b")
are dropped; a table is kept row by row (a record table of statements and answers gives remarks
and replies, as in Word); footnotes become `note` blocks that carry their label, cited in the
text as "[label]".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..types import Block, SourceDoc
from .common import (
    blocks_doc,
    join_lines,
    line_groups,
    table_blocks,
)
from .htmlblocks import html_blocks
from .text import decode_text

_TAG_LINE = re.compile(r"^(#[^\s#]+\s*)+$")
# A heading's attributes in pandoc and Quarto ("# はじめに {#sec-intro}", "{.unnumbered}", "{-}").
_ATTRIBUTES = re.compile(r"\s*\{(?:[#.][^{}]*|-)\}\s*$")
_BREAK = re.compile(r"^<br\s*/?>$", re.IGNORECASE)


def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    return (MarkdownIt("commonmark").use(footnote_plugin).use(front_matter_plugin)
            .use(deflist_plugin).enable("table"))


def inline_text(token) -> tuple[str, bool]:
    """(text, whole text is bold) of an inline token."""
    parts = inline_parts(token)
    return join_lines([t for t, _ in parts]), bool(parts) and all(b for _, b in parts)


def _lines(token) -> list[tuple[str, bool]]:
    """The lines of an inline token, each with whether all its text is bold."""
    lines: list[tuple[str, bool]] = []
    current, bold, plain = "", 0, False
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak") or child.type == "html_inline" \
                and _BREAK.match(child.content):
            lines.append((current, not plain))
            current, plain = "", False
        elif child.type in ("text", "code_inline"):
            current += child.content
            plain |= bool(child.content.strip()) and bold == 0
        elif child.type == "image":
            current += child.content
        elif child.type == "footnote_ref":
            current += f"[{child.meta['label']}]"
        elif child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
    return lines + [(current, not plain)]


def inline_parts(token) -> list[tuple[str, bool]]:
    """The texts of an inline token, each with whether it is all bold (common.line_groups)."""
    return line_groups(_lines(token))


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    lists: list[str] = field(default_factory=list)  # open list kinds, outermost first
    item: str | None = None  # the mark the next paragraph of a list item starts with
    note: str = ""  # the label of the footnote being read
    row: list[str] | None = None
    table: list[list[str]] = field(default_factory=list)  # the rows of the table being read
    line: int = 0
    term: str | None = None  # a definition list's term, waiting for its definition
    in_term: bool = False
    quote: int = 0  # depth of block quotes around the text


def _list_mark(token) -> str:
    return f"{token.info}{token.markup} " if token.info else "・"


def _with_mark(mark: str, text: str) -> str:
    if mark == "・" and text and unicodedata.category(text[0]) in ("So", "Sm", "Po"):
        return text  # the item brings its own mark (→, ○, ・)
    return mark + text


def _on_inline(w: _Walk, token, parent: str) -> None:
    if parent == "" and w.row is None and not w.note:  # a paragraph or a list item's text
        for text, bold in inline_parts(token):
            _on_text(w, text, parent, bold)
        return
    text, bold = inline_text(token)
    _on_text(w, text, parent, bold)


def _on_text(w: _Walk, text: str, parent: str, bold: bool) -> None:
    if w.in_term:
        w.term = text
        return
    if w.term is not None:  # a definition list's entry is one item: "term：definition"
        w.blocks.append(Block(f"{w.term}：{text}", "list_item", 1, w.line, False))
        w.term = None
        return
    if w.row is not None:
        w.row.append(text)
    elif parent == "heading":
        w.blocks.append(Block(_ATTRIBUTES.sub("", text), "heading", w.level, w.line, bold))
    elif w.note:
        w.blocks.append(Block(f"[{w.note}] {text}", "note", 0, w.line, False, w.note))
    elif w.item is not None:
        w.blocks.append(Block(_with_mark(w.item, text), "list_item", len(w.lists), w.line, bold))
        w.item = None
    elif not _TAG_LINE.match(text):
        # (a block quote inside a list item keeps the item's depth: it belongs to the item)
        w.blocks.append(Block(text, "quote" if w.quote else "paragraph",
                              len(w.lists) if w.quote else 0, w.line, bold))


def _table_blocks(rows: list[list[str]], line: int) -> list[Block]:
    """A record table (statements and answers) as remarks and replies; a two-column table of
    who said what (most second cells end a sentence) as "・speaker：statement" lines; any other
    row by row."""
    return table_blocks([[[c] if c else [] for c in r] for r in rows], line)


def _walk(tokens) -> list[Block]:
    w, parent = _Walk(), ""
    for t in tokens:
        if t.map:
            w.line = t.map[0] + 1
        kind = t.type
        if kind == "heading_open":
            parent, w.level = "heading", int(t.tag[1])
        elif kind in ("heading_close", "paragraph_close"):
            parent = ""
        elif kind in ("bullet_list_open", "ordered_list_open"):
            w.lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            w.lists.pop()
        elif kind == "list_item_open":
            w.item = _list_mark(t)
        elif kind == "footnote_open":
            w.note = t.meta["label"]
        elif kind == "footnote_close":
            w.note = ""
        elif kind == "tr_open":
            w.row = []
        elif kind == "tr_close":
            w.table.append(w.row or [])
            w.row = None
        elif kind == "table_close":
            w.blocks += _table_blocks(w.table, w.line)
            w.table = []
        elif kind == "inline":
            _on_inline(w, t, parent)
        elif kind in ("dt_open", "dt_close"):
            w.in_term = kind == "dt_open"
        elif kind in ("blockquote_open", "blockquote_close"):
            w.quote += 1 if kind == "blockquote_open" else -1
        elif kind == "html_block":
            w.blocks += html_blocks(t.content, w.line)
    return w.blocks


# The fences of a pandoc or Quarto div (::: {.callout-note}, :::): markup, not text.
_DIV_FENCE = re.compile(r"^[ \t]*:{3,}.*$", re.MULTILINE)


def read_markdown(path: Path, data: bytes) -> SourceDoc:
    text, _ = decode_text(path, data)
    text = _DIV_FENCE.sub("", text)
    return blocks_doc(path, _walk(_parser().parse(text)), "markdown")
