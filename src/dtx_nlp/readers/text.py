"""Plain text: bytes decoded (UTF-8, CP932, EUC-JP, ISO-2022-JP; UTF-16 and UTF-32 with their
byte-order mark), line ends made LF."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError
from ..types import SourceDoc

STRICT_ORDER = ("utf-8", "cp932", "euc_jp")
# Byte-order marks of the wide encodings (Windows Notepad saves "Unicode" as UTF-16 LE with one);
# UTF-32 LE's mark begins with UTF-16 LE's, so it is tried first
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
             (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
MARKDOWN_HEADINGS = 2  # a .txt with at least this many "## " headings is read as Markdown


def decode(data: bytes, *, file: str = "") -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), ISO-2022-JP, CP932 or EUC-JP, or UTF-16 / UTF-32 with
    a byte-order mark; return (text, encoding).

    Strict decodes in a fixed order come first (robust on short texts); charset-normalizer decides
    what none of them can decode.
    """
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):  # (the codec reads the mark and drops it)
            text = _strict(data, encoding, file)
            if not text.strip():
                raise InputError("empty file", file)
            return text, encoding
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
    if best is None or looks_binary(str(best)):
        raise InputError("cannot decode: not text in a known encoding", file)
    return str(best), best.encoding


def looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > max(2, len(text) // 100)


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a file's bytes with LF line ends, and its encoding."""
    text, encoding = decode(data, file=str(path))
    if looks_binary(text):
        raise InputError("binary file, not text", str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def read_text(path: Path, data: bytes) -> SourceDoc:
    """Plain text; a text written in Markdown (two or more "## " headings) goes to the Markdown
    reader, so its syntax never reaches the units."""
    text, encoding = decode_text(path, data)
    if len(_MD_HEADING.findall(text)) >= MARKDOWN_HEADINGS:
        from .markdown import read_markdown

        return read_markdown(path, data)
    return SourceDoc(doc_id=path.stem, path=str(path), text=text, encoding=encoding)
