"""HTML inside a Markdown file (<div>, <details>/<summary>, <table>, <dl>, <ol>, <br>), read
with the standard library's html.parser: each block element's text becomes a block — headings
keep their level, list items their mark, table rows their cells — comments and scripts are
dropped, and the tags never reach the text. A definition list's entry (<dt>, <dd>) is one list
item "term：definition" (a problem and its explanation, a speaker and what was said).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..types import Block
from .wordnum import format_number

_BLOCK = {"p", "div", "details", "summary", "li", "dt", "dd", "blockquote", "section", "article",
          "header", "footer", "aside", "figure", "figcaption", "caption", "ul", "ol", "dl",
          "table", "thead", "tbody", "tr", "center", "address", "main", "nav"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SKIP = {"script", "style", "template"}
# An <ol type="…">'s numbers, written as Word writes a list level's (wordnum.format_number).
_OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
               "I": "upperRoman"}


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    text: str = ""
    bold: int = 0
    plain: bool = False  # some of the pending text is not bold
    heading: int = 0
    lists: list[list] = field(default_factory=list)  # [type, count] of the open <ol>/<ul>
    mark: str = ""  # the mark of the list item being read
    row: list[str] | None = None
    rows: list[list[str]] = field(default_factory=list)
    skip: int = 0
    term: str | None = None  # the <dt> read, waiting for its <dd>
    in_term: bool = False


class _Reader(HTMLParser):
    def __init__(self, line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.s, self.line = _State(), line

    def flush(self) -> None:
        s = self.s
        text = " ".join(s.text.split())
        if text and s.row is not None:
            s.row[-1] += text
        elif text and s.in_term:
            s.term = text
        elif text:
            whole_bold = not s.plain
            if s.term is not None:  # a definition list's entry: an item "term：definition"
                s.blocks.append(Block(f"{s.term}：{text}", "list_item", 1, self.line, whole_bold))
                s.term = None
            elif s.heading:
                s.blocks.append(Block(text, "heading", s.heading, self.line, whole_bold))
            elif s.mark:
                s.blocks.append(Block(s.mark + text, "list_item", len(s.lists), self.line,
                                      whole_bold))
            else:
                s.blocks.append(Block(text, "paragraph", 0, self.line, whole_bold))
            s.mark = ""
        s.text, s.plain = "", False

    def handle_starttag(self, tag, attrs) -> None:
        s = self.s
        if tag in _SKIP:
            s.skip += 1
        elif tag in ("b", "strong"):
            s.bold += 1
        elif tag == "br":
            self.flush()
        elif tag in _HEADINGS:
            self.flush()
            s.heading = _HEADINGS[tag]
        elif tag in ("td", "th") and s.row is not None:
            self.flush()
            s.row.append("")
        elif tag in _BLOCK:
            self.flush()
            self._open_block(tag, dict(attrs))

    def _open_block(self, tag: str, attrs: dict) -> None:
        s = self.s
        if tag in ("ol", "ul"):
            s.lists.append([attrs.get("type") or "1" if tag == "ol" else "", 0])
        elif tag == "li" and s.lists:
            s.lists[-1][1] += 1
            kind, n = s.lists[-1]
            s.mark = f"{format_number(n, _OL_FORMATS.get(kind, 'decimal'))}. " if kind else "・"
        elif tag == "tr":
            s.row = []
        elif tag == "dt":
            s.in_term = True

    def handle_endtag(self, tag) -> None:
        s = self.s
        if tag in _SKIP:
            s.skip = max(0, s.skip - 1)
        elif tag in ("b", "strong"):
            s.bold = max(0, s.bold - 1)
        elif tag in _HEADINGS:
            self.flush()
            s.heading = 0
        elif tag == "tr" and s.row is not None:
            self.flush()
            s.rows.append(s.row)
            s.row = None
        elif tag == "table":
            self.flush()
            s.blocks += [Block(" | ".join(r), "table_row", 0, self.line) for r in s.rows if any(r)]
            s.rows = []
        elif tag in _BLOCK:
            self.flush()
            s.in_term = False
            if tag in ("ol", "ul") and s.lists:
                s.lists.pop()

    def handle_data(self, data: str) -> None:
        s = self.s
        if s.skip or not data.strip() and not s.text:
            return
        s.text += data
        s.plain |= bool(data.strip()) and s.bold == 0


def html_blocks(html: str, line: int = 0) -> list[Block]:
    """The blocks of an HTML fragment (see the module's docstring)."""
    reader = _Reader(line)
    reader.feed(html)
    reader.close()
    reader.flush()
    return reader.s.blocks


def html_text(html: str) -> str:
    """The text of an inline HTML fragment (<sup>1</sup> → 1); "" for a tag alone."""
    return " ".join(b.text for b in html_blocks(html))
