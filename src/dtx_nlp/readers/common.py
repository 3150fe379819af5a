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


def blocks_doc(path: Path, blocks: list[Block], fmt: str) -> SourceDoc:
    """A SourceDoc whose text is its blocks, one per line, an empty line between them."""
    kept = tuple(b for b in blocks if b.text.strip())
    text = "\n\n".join(b.text for b in kept) + "\n"
    return SourceDoc(doc_id=path.stem, path=str(path), text=text, encoding="utf-8", format=fmt,
                     blocks=kept)
