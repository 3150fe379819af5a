"""Normalization for matching (never for display): NFKC, case folding, no white space,
one hyphen, kanji digits as Arabic digits. Keeps a map back to the original offsets."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－﹣"), "-")
_KANJI_DIGITS = dict(zip(map(ord, "〇一二三四五六七八九"), "0123456789"))


def norm_char(ch: str) -> str:
    out = unicodedata.normalize("NFKC", ch).casefold()
    return out.translate(_DASHES).translate(_KANJI_DIGITS)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The matching form of a text (cached: tokens and terms repeat)."""
    return normalize_with_map(text)[0]


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """(normalized text, index in `text` of each normalized character)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        for out in norm_char(ch):
            if not out.isspace():
                chars.append(out)
                origin.append(i)
    return "".join(chars), origin


def is_katakana(text: str) -> bool:
    """True for a non-empty run of katakana (with ー and ・)."""
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


def is_hiragana(text: str) -> bool:
    """True for a non-empty run of hiragana (おそれ, とも)."""
    return bool(text) and all("\u3041" <= ch <= "\u309f" for ch in text)


def is_subsequence(short: str, long: str) -> bool:
    """True when every character of `short` appears in `long` in order (外為法 ⊂
    外国為替及び外国貿易法, 日銀 ⊂ 日本銀行): the way Japanese abbreviations are made."""
    rest = iter(long)
    return all(ch in rest for ch in short)
