"""What the structured readers share: joining wrapped lines, and a SourceDoc made of blocks."""

from __future__ import annotations

import re
from pathlib import Path

from ..types import Block, SourceDoc

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_SPACE = re.compile(r"[ \t]+")


def join_lines(lines: list[str]) -> str:
    """Wrapped lines as one paragraph: Japanese joins without a space, Latin words keep one."""
    out = ""
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if out and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(line[0]):
            out += " "
        out += line
    return _SPACE.sub(" ", out)


# A line that starts with one of these marks is a line of its own in Japanese writing — a remark
# (・), a reply (→), an item (①, a) as pandoc letters them), a topic (○), a note (※) — even
# inside a paragraph (Markdown's, or Word's with soft line breaks), whose other line breaks only
# wrap the text.
LINE_MARK = re.compile(r"^\s*([・·•●○◯〇◎■□◆◇※→⇒➡⇨]|[①-⑳❶-➓]|[a-zａ-ｚ][.)）]\s)")


def line_groups(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The lines of one paragraph (each with whether it is all bold) as its texts, each with
    whether it is all bold: cut before each line that starts with a list mark (LINE_MARK), and
    after a first line set in bold when more follows (a bold lead titles the text below it)."""
    groups: list[list[tuple[str, bool]]] = []
    for i, (line, bold) in enumerate(lines):
        lead = i == 1 and lines[0][1] and bool(lines[0][0].strip())
        if not groups or lead or LINE_MARK.match(line):
            groups.append([])
        groups[-1].append((line, bold))
    return [(text, all(b for _, b in g)) for g in groups
            if (text := join_lines([t for t, _ in g]))]


def row_block(row: list[list[str]], line: int) -> Block:
    """A table row kept as a row: its cells (each its paragraphs) joined by " | "."""
    return Block(" | ".join(" ".join(c) for c in row), "table_row", 0, line)


def blocks_doc(path: Path, blocks: list[Block], fmt: str) -> SourceDoc:
    """A SourceDoc whose text is its blocks, one per line, an empty line between them."""
    kept = tuple(b for b in blocks if b.text.strip())
    text = "\n\n".join(b.text for b in kept) + "\n"
    return SourceDoc(doc_id=path.stem, path=str(path), text=text, encoding="utf-8", format=fmt,
                     blocks=kept)


# Record tables (Word or Markdown): a header row, a column of statements, a column of answers.
SENTENCE_END = ("。", "．", "！", "？")  # what ends a statement in a table cell
# A column header naming answers: the column of a record table (opinion | answer) holding replies.
_REPLY_HEADER = re.compile(r"(回答|対応|考え方|見解|応答)")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]{1,20}[）)]$")  # （鉄鋼）: who said it, after the sentence
# Beside a column of opinions, one of explanations answers them (所管課の説明); elsewhere an
# explanation column explains its row (用語 | 説明).
_EXPLAINED_HEADER = re.compile(r"説明")
# A column header naming what was said: a record table's statements, with or without answers.
_OPINION_HEADER = re.compile(r"(意見|発言|質問|要望)")
_NUMBER = re.compile(r"^\s*(No\.?\s*)?[0-9０-９]{0,3}\s*$")
EMPTY_CELL = re.compile(r"^[\s―－—\-–ー]*$")


def record_blocks(rows: list[list[list[str]]], line: int) -> list[Block] | None:
    """A record table's rows as blocks (`rows`: cells as their paragraphs), or None when the
    table is not one: each statement a "・" remark, its answer (when the cell is not empty or a
    dash) a "→" reply below it; or, where a column says each row's kind (区分: 意見, 質問, 回答),
    a row of an answering kind a "→" reply; the header stays a row."""
    columns = _reply_column(rows)
    if columns is not None:
        return _record_rows(rows, columns, line)
    kinds = _kind_columns(rows)
    if kinds is not None:
        return _kind_rows(rows, kinds, line)
    numbered = _numbered_statements(rows)
    return None if numbered is None else _numbered_rows(rows, numbered, line)


def _numbered_statements(rows: list[list[list[str]]]) -> tuple[int, int, int] | None:
    """(number, speaker, statement) columns of a record table whose statements are numbered (and
    whose answers, between them, may not be: No. | 発言者 | 意見の要旨／回答); None otherwise."""
    found = _record_header(rows, 3)
    if found is None:
        return None
    header, said = found
    if not _OPINION_HEADER.search(header[said]):
        return None
    body, width = rows[1:], min(map(len, rows))
    for n in range(width):
        cells = [" ".join(r[n]).strip() for r in body]
        if n != said and all(_NUMBER.match(c) for c in cells) and any(cells):
            speaker = next((c for c in range(width) if c not in (n, said)), None)
            return None if speaker is None else (n, speaker, said)
    return None


def _numbered_rows(rows: list[list[list[str]]], columns: tuple[int, int, int],
                   line: int) -> list[Block]:
    """Each numbered row as "・speaker：statement", each row without a number as the answer to
    the one above it, "→speaker：statement"; the header stays a row."""
    number, speaker, said = columns
    return _said_rows(rows, said, speaker, lambda row: not " ".join(row[number]).strip(), line)


# A column saying what kind each statement is (区分: 意見, 質問 … or 回答): who answers is marked.
_ASKED = {"意見", "質問", "要望", "提案", "発言", "感想"}
_ANSWERED = {"回答", "答弁", "説明", "応答"}


def _kind_columns(rows: list[list[list[str]]]) -> tuple[int, int, int | None] | None:
    """(statement, kind, speaker or None) columns of a record table whose kind column labels
    each row 意見/質問/… or 回答/…, with at least one answer; None for any other table."""
    said = _statement_column(rows) if len(rows) >= 3 and min(map(len, rows)) >= 2 else None
    if said is None:
        return None
    body, width = rows[1:], min(map(len, rows))
    for c in range(width):
        labels = [" ".join(r[c]).strip() for r in body]
        known = [x for x in labels if x in _ASKED | _ANSWERED]
        if c != said and 3 * len(known) >= 2 * len(labels) and any(x in _ANSWERED for x in known):
            others = [k for k in range(width) if k not in (said, c)
                      and not all(_NUMBER.match(" ".join(r[k])) for r in body)]
            return said, c, others[0] if others else None
    return None


def kind_row(rows: list[list[list[str]]]) -> str | None:
    """A one-row table "意見 | statement" (a record set as one small table per statement) as
    "・statement", "→statement" for an answer; None for any other table."""
    if len(rows) != 1 or not is_statement(rows[0]):
        return None
    label = " ".join(rows[0][0]).strip()
    if label not in _ASKED | _ANSWERED:
        return None
    return ("→" if label in _ANSWERED else "・") + " ".join(rows[0][1])


def _kind_rows(rows: list[list[list[str]]], columns: tuple[int, int, int | None],
               line: int) -> list[Block]:
    """Each row as "・speaker：statement", or "→speaker：statement" where its kind is an answer."""
    said, kind, speaker = columns
    return _said_rows(rows, said, speaker,
                      lambda row: " ".join(row[kind]).strip() in _ANSWERED, line)


def _said_rows(rows: list[list[list[str]]], said: int, speaker: int | None, answers,
               line: int) -> list[Block]:
    """The header as a row, then each row with a statement as "・speaker：statement", or as
    "→speaker：statement" where `answers(row)`; no speaker column (None): the statement alone."""
    out = [row_block(rows[0], line)]
    for row in rows[1:]:
        statement = " ".join(row[said])
        if spans(row):
            out.append(span_block(row, line))
            continue
        if not statement:
            continue
        who = " ".join(row[speaker]) if speaker is not None else ""
        mark = "→" if answers(row) else "・"
        out.append(Block(f"{mark}{who}：{statement}" if who else f"{mark}{statement}", "paragraph",
                         0, line))
    return out


def _statement_column(rows: list[list[list[str]]]) -> int | None:
    """The column whose cells end a sentence in most body rows (what was said), or None."""
    body = rows[1:]
    width = min(map(len, rows))
    ends = [sum(1 for r in body if r[c] and _ends_sentence(r[c][-1])) for c in range(width)]
    best = max(range(width), key=ends.__getitem__, default=None)
    return best if best is not None and ends[best] * 2 > len(body) else None


def _ends_sentence(text: str) -> bool:
    return _TRAILING_NOTE.sub("", text).endswith(SENTENCE_END)


def _record_header(rows: list[list[list[str]]], width: int) -> tuple[list[str], int] | None:
    """(header texts, statement column) of a table that can be a record: three rows or more of
    `width` cells or more, a header row whose cells end no sentence, a column of statements."""
    if len(rows) < 3 or min(map(len, rows)) < width:
        return None
    header = [" ".join(c) for c in rows[0]]
    if any(h.endswith(SENTENCE_END) for h in header):
        return None
    said = _statement_column(rows)
    return None if said is None else (header, said)


def _reply_column(rows: list[list[list[str]]]) -> tuple[int, int | None] | None:
    """(statement column, reply column or None) of a record table: a header row whose cells end
    no sentence, a column holding statements and either another naming answers (事務局の対応,
    回答) or the statements' own header naming opinions (意見の概要, 発言要旨)."""
    found = _record_header(rows, 2)
    if found is None:
        return None
    header, said = found
    heard = bool(_OPINION_HEADER.search(header[said]))  # (意見の要旨 | 所管課の説明: explained)
    reply = next((c for c, h in enumerate(header) if c != said and (
        _REPLY_HEADER.search(h) or heard and _EXPLAINED_HEADER.search(h))), None)
    if reply is None and not (_OPINION_HEADER.search(header[said]) and all(
            _NUMBER.match(" ".join(r[c])) for r in rows[1:] for c in range(len(r)) if c != said)):
        return None  # (without answers, only a numbered list of opinions: 番号 | 意見の概要)
    return said, reply


def spans(row: list[list[str]]) -> bool:
    """A row of one cell merged across the table (python-docx repeats it in every column): a
    title of the rows below it (テーマ1　通信基盤の整備), no statement."""
    return len(row) >= 2 and bool(row[0]) and all(c == row[0] for c in row[1:])


def span_block(row: list[list[str]], line: int) -> Block:
    """A spanning row (see spans) as a line of its own."""
    return Block(" ".join(row[0]), "paragraph", 0, line)


def _record_rows(rows: list[list[list[str]]], columns: tuple[int, int | None],
                 line: int) -> list[Block]:
    """A record table's rows: each statement as a "・" remark, its answer (when there is an answer
    column and the cell is not empty or a dash) as a "→" reply below it; the header stays a row."""
    said, reply = columns
    out = [row_block(rows[0], line)]
    for row in rows[1:]:
        statement = " ".join(row[said])
        answer = " ".join(row[reply]) if reply is not None else ""
        if spans(row):
            out.append(span_block(row, line))
            continue
        if statement:
            out.append(Block(f"・{statement}", "paragraph", 0, line))
        if not EMPTY_CELL.match(answer):
            out.append(Block(f"→{answer}", "paragraph", 0, line))
    return out




# Tables of who said what (speaker | statement): a reply row keeps its own lead, （回答）….
_REPLY_LEAD = re.compile(r"^\s*([（(]回答[）)]|回答|→|⇒|事務局)")


def is_statement(row: list[list[str]]) -> bool:
    """A two-cell row whose second cell ends a sentence: a speaker and what they said."""
    return len(row) == 2 and bool(row[1]) and _ends_sentence(row[1][-1])


def statement_table(rows: list[list[list[str]]]) -> bool:
    """Whether rows are a table of who said what: at least two rows of two cells with a second
    cell, most of them statements."""
    said = [r for r in rows if len(r) == 2 and r[1]]
    return len(said) >= 2 and 2 * sum(map(is_statement, said)) > len(said)


def table_blocks(rows: list[list[list[str]]], line: int) -> list[Block]:
    """A table's rows as blocks (`rows`: cells as their paragraphs): a record table as its
    remarks and answers, a table of who said what as "・speaker：statement" lines, any other row
    by row."""
    if (record := record_blocks(rows, line)) is not None:
        return record
    statements = statement_table(rows)
    return [Block(statement_text(r), "paragraph", 0, line) if statements and is_statement(r)
            else row_block(r, line) for r in rows]


def statement_text(row: list[list[str]]) -> str:
    """"・speaker：statement" (a reply row keeps its lead: "（回答）市：…")."""
    speaker, said = " ".join(row[0]), " ".join(row[1])
    if not speaker:
        return f"・{said}"
    return f"{'' if _REPLY_LEAD.match(speaker) else '・'}{speaker}：{said}"
