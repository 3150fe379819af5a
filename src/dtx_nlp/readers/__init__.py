"""Input readers, one per format, all returning a SourceDoc: the rest of the pipeline never asks
which format a document came in."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..types import SourceDoc

Reader = Callable[[Path, bytes], SourceDoc]


def reader_for(path: Path) -> Reader:
    """The reader for a file, by its suffix (anything else is read as text)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from .pdf import read_pdf
        return read_pdf
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx
    if suffix in (".md", ".markdown"):
        from .markdown import read_markdown
        return read_markdown
    from .text import read_text
    return read_text
