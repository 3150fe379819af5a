"""Stage 1: find a corpus's documents and read each with the reader for its format."""

from __future__ import annotations

import stat
from pathlib import Path

from ..errors import InputError
from ..readers import reader_for
from ..readers.text import decode  # noqa: F401  (part of this stage's interface)
from ..types import SourceDoc

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx")
TEXT_SUFFIXES = DOCUMENT_SUFFIXES  # the name older callers use


def _check_regular(p: Path) -> None:
    """A one-line error for anything but a regular file (folder, FIFO, device, socket)."""
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        raise InputError("no such file", str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(p)) from None
    if stat.S_ISDIR(mode):
        raise InputError("is a folder, not a document", str(p))
    if not stat.S_ISREG(mode):
        raise InputError("not a regular file (a device, FIFO or socket)", str(p))


def read_document(path: str | Path) -> SourceDoc:
    """Read one document (.txt, .md, .pdf, .docx); raise InputError naming the file on any
    problem."""
    p = Path(path)
    _check_regular(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(p)) from None
    return reader_for(p)(p, data)


def _is_document(f: Path) -> bool:
    return (f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES
            and not f.stem.upper().startswith("README") and not f.name.startswith("."))


def find_documents(corpus: str | Path) -> list[Path]:
    """The documents of a corpus: one file, or the documents of a folder and its sub-folders
    (no READMEs, no hidden files), in path order."""
    p = Path(corpus)
    if not p.exists():
        raise InputError("no such file or folder", str(p))
    if not p.is_dir():
        _check_regular(p)
        return [p]
    docs = sorted(f for f in p.rglob("*") if _is_document(f)
                  and not any(part.startswith(".") for part in f.relative_to(p).parts))
    if not docs:
        raise InputError("no .txt, .md, .pdf or .docx documents in this folder", str(p))
    _check_unique_names(docs, p)
    return docs


def _check_unique_names(docs: list[Path], corpus: Path) -> None:
    """Each document's outputs go to OUT/<name without suffix>/: two documents with one name
    would overwrite each other, so that is an error naming both."""
    seen: dict[str, Path] = {}
    for doc in docs:
        if doc.stem in seen:
            both = ", ".join(str(x.relative_to(corpus)) for x in (seen[doc.stem], doc))
            raise InputError(f"two documents named {doc.stem!r} would share one output folder "
                             f"({both}); rename one", str(corpus))
        seen[doc.stem] = doc
