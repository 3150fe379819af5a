"""Numbered series a document defines for itself: one word followed by 1, 2, 3 … (or A, B, C …,
Ⅰ, Ⅱ, Ⅲ …, ①, ②, ③ …, ア, イ, ウ …) at the start of lines — 取組１, 対応策２, テーマ３, 提言A. No list of such words can
be complete (each issuer names its entries its own way; kanji numerals count too: 取組一), but a word that numbers three lines in
order is numbering them, whatever the word. Clean starts a paragraph at such a line and the
outline reads it as a numbering style of its own, the word and number its label.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .segment import ordinal

# A word of kanji or katakana, then an ordinal, then a space, a stop, a colon (論点1：…) or the
# line's end; or the whole label in brackets (〔取組１〕title), not cited in a sentence (【提言7】で述べた).
_OPEN = r"[【［\[〔〈《＜<]"
_CLOSE = r"[】］\]〕〉》＞>]"
NUMBER = r"[0-9０-９]{1,2}|[A-ZＡ-Ｚ]|[Ⅰ-Ⅻ]|[①-⑳❶-➓]|[一二三四五六七八九十]{1,3}|[ア-ン]"
# a word of kanji or katakana, or two joined by の (取組の方向Ⅰ, 施策の柱２), maybe with その
# before the number (対応策その１); its kanji may carry their okurigana (申し合わせ１, 取組み２)
_KANA_KANJI = r"[\u4e00-\u9fff々\u30a1-\u30faー]"
_OKURIGANA = r"(?:[\u4e00-\u9fff々]{1,3}[ぁ-ゖ]{1,2}){1,2}[\u4e00-\u9fff々]?[ぁ-ゖ]{0,2}"
_WORD = rf"(?:{_OKURIGANA}|{_KANA_KANJI}{{1,6}}?)(?:の{_KANA_KANJI}{{1,4}}?)?(?:その)?"
_AFTER = rf"\s*(?:{_CLOSE}(?![でのにをがはとやも、])|(?=[\s\u3000．.、：:（(]|$))"
_LINE = re.compile(rf"^\s*{_OPEN}?\s*(?P<word>{_WORD})\s*"
                   rf"(?P<number>{NUMBER}){_AFTER}")


def series_words(lines, min_length: int = 3, exclude: frozenset[str] = frozenset()) -> list[str]:
    """The words that number at least `min_length` lines 1, 2, 3 … in the order they come (gaps
    and repeats allowed after the first ones: a cited "取組2" may recur in prose)."""
    seen: dict[str, list[int]] = defaultdict(list)
    for line in lines:
        if m := _LINE.match(line):
            seen[m.group("word")].append(ordinal(m.group("number")))
    return sorted(w for w, numbers in seen.items() if w not in exclude
                  and _counts_up(numbers, min_length))


def _counts_up(numbers: list[int], min_length: int) -> bool:
    expected = 1
    for n in numbers:
        if n == expected:
            expected += 1
    return expected > min_length


def series_pattern(words: list[str]) -> re.Pattern | None:
    """A numbering pattern (groups `word` and `number`) for lines led by one of the words."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*{_OPEN}?\s*(?P<word>{alternatives})\s*(?P<number>{NUMBER}){_AFTER}")
