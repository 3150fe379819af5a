"""Word's automatic numbering and outline levels, as Word prints them.

A paragraph numbered by Word (w:numPr on the paragraph or on its style, following the styles it
is based on) carries no number in its text: the number comes from the numbering definitions
(numbering.xml: a w:num points to a w:abstractNum whose w:lvl gives the format, "decimal",
"aiueoFullWidth", …, the text "第%1章", "%1.%2", "課題%1" and the start). `Numbering.label`
counts the paragraphs as Word does and returns the printed label, so that the outline reads
"第２章 現状と課題" and "ア …" as a reader sees them. A style's outline level (w:outlineLvl,
what Word's navigation pane shows) makes a heading of a style not named "Heading N".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

_KANJI = "〇一二三四五六七八九"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_SEPARATOR = {"tab": " ", "space": " ", "nothing": ""}


def _kanji(n: int) -> str:
    """一, 十, 十二, 二十三 (japaneseCounting)."""
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return (_KANJI[tens] if tens > 1 else "") + "十" + (_KANJI[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def format_number(n: int, fmt: str) -> str:
    """One level's number in a w:numFmt; unknown formats fall back to decimal."""
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("aiueo", "aiueoFullWidth"):
        kana = _AIUEO[(n - 1) % len(_AIUEO)]
        return kana if fmt == "aiueoFullWidth" else _half_kana(kana)
    if fmt in ("iroha", "irohaFullWidth"):
        kana = _IROHA[(n - 1) % len(_IROHA)]
        return kana if fmt == "irohaFullWidth" else _half_kana(kana)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("ideographDigital", "japaneseCounting", "ideographTraditional"):
        return _kanji(n) if fmt == "japaneseCounting" else "".join(_KANJI[int(d)] for d in str(n))
    if fmt == "none":
        return ""
    return str(n)


def _half_kana(kana: str) -> str:
    import unicodedata

    for code in range(0xFF66, 0xFF9E):  # half-width katakana whose NFKC is the full-width one
        if unicodedata.normalize("NFKC", chr(code)) == kana:
            return chr(code)
    return kana


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _levels(abstract) -> dict[int, Level]:
    out = {}
    for lvl in abstract.findall(qn("w:lvl")):
        start = _val(lvl, "w:start", "1")
        out[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
            _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", "") or "",
            int(start) if start and start.isdigit() else 1, _val(lvl, "w:suff", "tab"))
    return out


def _starts(num) -> dict[int, int]:
    """A list instance's start overrides: level → first number."""
    return {int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1") or 1)
            for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}


@dataclass
class Numbering:
    """The numbering definitions of one document and the running counts of its lists."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # id → (abstract, starts)
    counts: dict[str, list[int]] = field(default_factory=dict)  # abstract → count per level
    started: set[str] = field(default_factory=set)  # nums whose start overrides were applied

    @classmethod
    def of(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
            abstracts = {a.get(qn("w:abstractNumId")): _levels(a)
                         for a in root.findall(qn("w:abstractNum"))}
            nums = {num.get(qn("w:numId")): (_val(num, "w:abstractNumId", "") or "", _starts(num))
                    for num in root.findall(qn("w:num"))}
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            return cls()  # no numbering part, or one Word would not open: no numbers
        return cls(abstracts, nums)

    def label(self, paragraph) -> str | None:
        """The label Word prints before the paragraph ("第２章 ", "ア ", "・"), counting it;
        None when Word numbers it not (or the definitions are missing)."""
        num_id, ilvl = numbering_of(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        abstract, starts = self.nums[num_id]
        levels = self.abstracts.get(abstract, {})
        if ilvl not in levels:
            return None
        counts = self.counts.setdefault(abstract, [0] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in starts.items():
                counts[lv] = start - 1
        level = levels[ilvl]
        if level.fmt == "bullet":
            return _bullet(level)
        counts[ilvl] = max(counts[ilvl], levels[ilvl].start - 1) + 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0
        text = level.text
        for lv in range(ilvl + 1):
            shown = levels.get(lv, Level())
            value = counts[lv] if counts[lv] else shown.start
            text = text.replace(f"%{lv + 1}", format_number(value, shown.fmt))
        return text + _SEPARATOR.get(level.suffix, " ") if text else None


def _bullet(level: Level) -> str:
    """A bullet as printed: its own text when it is one (●, Ａ, ※), "・" for a symbol-font glyph
    (private-use code points) or none."""
    text = level.text.strip()
    if not text or any("\ue000" <= c <= "\uf8ff" for c in text):
        return "・"
    return text + _SEPARATOR.get(level.suffix, " ")


def _style_chain(paragraph):
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def numbering_of(paragraph) -> tuple[str | None, int]:
    """(numId, level) from the paragraph's own w:numPr, else from its style's (or a base
    style's); (None, 0) when it has none."""
    for ppr in [paragraph._p.pPr, *(s.element.pPr for s in _style_chain(paragraph))]:
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is not None and numpr.find(qn("w:numId")) is not None:
            ilvl = _val(numpr, "w:ilvl", "0") or "0"
            return _val(numpr, "w:numId"), int(ilvl) if ilvl.isdigit() else 0
    return None, 0


def outline_level(paragraph) -> int | None:
    """A heading level 1–9 from w:outlineLvl on the paragraph or its style chain (9 in Word's
    terms, body text, is none)."""
    for ppr in [paragraph._p.pPr, *(s.element.pPr for s in _style_chain(paragraph))]:
        value = _val(ppr, "w:outlineLvl") if ppr is not None else None
        if value is not None and value.isdigit():
            return int(value) + 1 if int(value) < 9 else None
    return None
