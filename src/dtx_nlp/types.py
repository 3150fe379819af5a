"""Typed records passed between stages: the only contract between them."""

from __future__ import annotations

from dataclasses import dataclass, field

# Unit kinds by the role they play in traceability.
PROBLEM_KINDS = ("problem", "problem_context")
RECOMMENDATION_KINDS = ("recommendation", "recommendation_item")
REMARK_KINDS = ("remark", "reply")


@dataclass(frozen=True)
class Block:
    """A paragraph whose bounds (and, for a heading, level) the file format marks for sure.

    `kind` is "heading", "paragraph", "list_item", "table_row" or "note" (a footnote, `ref` its
    label); `level` is a heading's level (1 = top) or a list item's depth (1 = outermost);
    `emphasis` says the whole block is bold (a lead line); `line` is its first line in
    `SourceDoc.text` (1-based).
    """

    text: str
    kind: str = "paragraph"
    level: int = 0
    line: int = 0
    emphasis: bool = False
    ref: str = ""


@dataclass(frozen=True)
class SourceDoc:
    """A document as read from disk: its text and what its format says for sure about it.

    Plain text has neither `blocks` nor `pages`; Markdown and Word give `blocks` (the paragraphs
    and headings as marked up); PDF gives `pages` (the 1-based line of `text` each page starts
    on).
    """

    doc_id: str
    path: str
    text: str
    encoding: str
    format: str = "text"
    blocks: tuple[Block, ...] = ()
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text; `start`/`end` are offsets into the clean text."""

    text: str
    start: int
    end: int
    line: int  # first line of the paragraph in the source file (1-based)
    kind: str = ""  # the format's block kind ("heading", "list_item", ...); "" for plain text
    level: int = 0  # a heading's markup level, a list item's depth
    page: int | None = None  # the page it starts on (PDF)
    emphasis: bool = False  # the whole paragraph is bold
    ref: str = ""  # a footnote's label


@dataclass(frozen=True)
class CleanDoc:
    """The clean text, one paragraph per line, and its paragraphs."""

    doc_id: str
    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    removed_lines: tuple[int, ...] = ()
    series: tuple[str, ...] = ()  # words the document numbers lines with (取組１, ２, ３; series.py)


@dataclass(frozen=True)
class Unit:
    """A unit of analysis: a paragraph, item, recommendation, remark, ..."""

    unit_id: str
    doc_id: str
    kind: str
    parent_id: str | None
    number: int | None
    session: int | None
    title: str | None
    text: str
    start: int
    end: int
    part: str = ""
    page: int | None = None  # the page the unit starts on (PDF input)
    group: str = ""  # the addressee or theme subsection a recommendation stands in
    label: str = ""  # the numbering as printed ("【提言１】", "4.2（3）")


@dataclass(frozen=True)
class TokenRecord:
    unit_id: str
    sent: int
    i: int
    text: str
    lemma: str
    norm: str
    reading: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int  # offset into the clean text
    end: int


@dataclass(frozen=True)
class Mention:
    """An entity mention; offsets into the clean text."""

    unit_id: str
    start: int
    end: int
    text: str
    label: str
    canonical: str
    source: str
    confidence: float = 1.0  # the rule's confidence (domain lists 1.0), NER's configured one


@dataclass(frozen=True)
class Term:
    term: str
    reading: str
    kind: str
    expansion: str
    frequency: int
    first_unit_id: str
    score: float
    in_problems: int = 0
    in_recommendations: int = 0
    in_remarks: int = 0
    label: str = ""
    context: str = ""
    aliases: str = ""  # the other names of an entity folded into this row, "; "-separated
    norm: str = ""
    english: str = ""  # the text's own English gloss or acronym expansion
    definition: str = ""  # the defining clause, when the text defines the term
    demoted: str = ""  # the noise class that put the row below all others, if any
    noise_class: str = ""  # the row's noise class, listed last or weighed by the ranker (stop 68)


@dataclass(frozen=True)
class Link:
    recommendation_id: str
    target_id: str
    target_kind: str
    score: float
    rank: int
    accepted: bool
    method: str
    evidence: str
    signals: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    decision: str = ""
    # The score as the sum of its weighted parts (links.PARTS; signals of weight 0 left out).
    parts: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    note: str = ""  # the analyst's note from the review file
    review_priority: int | None = None  # place in the review queue (1 = first); None: not queued


@dataclass(frozen=True)
class Issue:
    """A problem found by a stage; the caller decides what to do with it."""

    severity: str  # "error", "warning" or "info"
    code: str
    message: str
    file: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.message}" if where else self.message
