"""Katakana readings of glossary terms, right for mixed terms.

Japanese text is read by Sudachi; a run of Latin letters is spelled letter by letter as a
Japanese reader says it (SLCM → エスエルシーエム), digits are kept as written and a hyphen or
other joiner between Latin parts becomes ・ (SLCM-N → エスエルシーエム・エヌ, F-35A → エフ・35エー).
Sudachi alone reads Latin as words (N → ノルマル, A → アール) and digits as digit strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    "エー", "ビー", "シー", "ディー", "イー", "エフ", "ジー", "エイチ", "アイ", "ジェー", "ケー",
    "エル", "エム", "エヌ", "オー", "ピー", "キュー", "アール", "エス", "ティー", "ユー", "ブイ",
    "ダブリュー", "エックス", "ワイ", "ゼット")))
# A run of Latin letters, digits and the joiners between them (SLCM-N, F-35A, B-52H, C4ISR).
_MIXED = re.compile(r"[A-Za-z0-9]+(?:[-‐－/.・ ][A-Za-z0-9]+)*")
_LATIN = re.compile(r"[A-Za-z]")


def spell(run: str) -> str:
    """A Latin/digit run as a Japanese reader says it: letters by name, digits as written,
    joiners as ・."""
    out = []
    for ch in run:
        if ch.upper() in LETTERS:
            out.append(LETTERS[ch.upper()])
        elif ch.isdigit():
            out.append(ch)
        elif out and out[-1] != "・":
            out.append("・")
    return "".join(out).strip("・")


@lru_cache(maxsize=1)
def sudachi():
    """One Sudachi tokenizer for readings, mode-A splits and parts of speech (no GiNZA needed)."""
    from sudachipy import Dictionary

    return Dictionary().create()


def mode_a_morphemes(text: str):
    """Sudachi's shortest units as morphemes (surface, part of speech, out of vocabulary)."""
    from sudachipy import SplitMode

    return sudachi().tokenize(text, SplitMode.A)


def mode_a(text: str) -> tuple[str, ...]:
    """Sudachi's shortest units: a dictionary compound (核抑止 → 核|抑止) splits in mode A."""
    return tuple(m.surface() for m in mode_a_morphemes(text))


def _sudachi_reading(text: str) -> str:
    from sudachipy import SplitMode

    return "".join(m.reading_form() for m in sudachi().tokenize(text, SplitMode.C)
                   if not m.surface().isspace())


@lru_cache(maxsize=None)
def reading(term: str) -> str:
    """Katakana reading of a term: Sudachi for the Japanese, `spell` for Latin/digit runs
    (digits stay as written: 12式 → 12シキ, where Sudachi says イチニシキ)."""
    text = unicodedata.normalize("NFKC", term)
    out, last = [], 0
    for m in _MIXED.finditer(text):
        if m.start() > last:
            out.append(_sudachi_reading(text[last:m.start()]))
        out.append(spell(m.group()))
        last = m.end()
    if last < len(text):
        out.append(_sudachi_reading(text[last:]))
    return "".join(out)


def latin_read_as_words(term: str, term_reading: str) -> list[str]:
    """The Latin runs of `term` whose reading is neither the run as written nor spelled letter
    by letter (the check that no Latin letters were read as words, N → ノルマル)."""
    text = unicodedata.normalize("NFKC", term)
    bad, pos = [], 0
    for m in _MIXED.finditer(text):
        if not _LATIN.search(m.group()):
            continue
        spelled = spell(m.group())
        found = [i for i in (term_reading.find(spelled, pos), term_reading.find(m.group(), pos))
                 if i >= 0]
        if not found:
            bad.append(m.group())
            continue
        pos = min(found) + 1
    return bad
