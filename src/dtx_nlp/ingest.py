"""Stage 1: read a document's bytes and decode them."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .types import SourceDoc

STRICT_ORDER = ("utf-8", "cp932", "euc_jp")
TEXT_SUFFIXES = (".txt", ".md")


def decode(data: bytes, *, file: str = "") -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), ISO-2022-JP, CP932 or EUC-JP; return (text, encoding).

    Strict decodes in a fixed order come first (robust on short texts); charset-normalizer decides
    what none of them can decode.
    """
    if not data.strip():
        raise InputError("empty file", file)
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes), not text", file)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", file), "utf-8-sig"
    order = ("iso2022_jp",) + STRICT_ORDER if b"\x1b$" in data else STRICT_ORDER
    for encoding in order:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return _detect(data, file)


def _strict(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} at byte {exc.start}", file) from None


def _detect(data: bytes, file: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or _looks_binary(str(best)):
        raise InputError("cannot decode: not text in a known encoding", file)
    return str(best), best.encoding


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > max(2, len(text) // 100)


def read_document(path: str | Path) -> SourceDoc:
    """Read one `.txt`/`.md` file; raise InputError naming the file on any problem."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", str(p))
    if p.is_dir():
        raise InputError("is a folder, not a document", str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(p)) from None
    text, encoding = decode(data, file=str(p))
    if _looks_binary(text):
        raise InputError("binary file, not text", str(p))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceDoc(doc_id=p.stem, path=str(p), text=text, encoding=encoding)


def find_documents(corpus: str | Path) -> list[Path]:
    """The documents of a corpus: one file, or the `.txt`/`.md` files of a folder (no READMEs)."""
    p = Path(corpus)
    if not p.exists():
        raise InputError("no such file or folder", str(p))
    if p.is_file():
        return [p]
    docs = sorted(f for f in p.iterdir()
                  if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                  and not f.stem.upper().startswith("README"))
    if not docs:
        raise InputError("no .txt or .md documents in this folder", str(p))
    return docs
