"""Evidence that a candidate is a term a reader looks up, fused into one ranking.

Four independent rankings of the same candidates:
  structure    FLR (Nakagawa & Mori): frequency × how productively its simple nouns combine
  specificity  how much more often the term occurs here than in general Japanese: log(f_here) −
               log(f_general), f_general from wordfreq's Japanese list with a compound's parts
               (Sudachi mode A) combined as wordfreq documents, 1/f = Σ 1/fᵢ, unknown parts at the
               list's smallest frequency
  marking      how often the text marks it (quotes, parentheses, glosses, definitions)
  naming       an acronym (2), an acronym's expansion or a named entity (1), anything else (0)
They are fused by reciprocal-rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): Σ 1/(k + rankᵢ)
with the paper's k = 60 and tied candidates sharing their mean rank; no per-signal weights.

Noise classes a reader never wants are demoted below every other row, not dropped: a person's
name with a title, a one-off fragment (a known term plus a suffix or an action noun: X用, X創設),
English words glued together by the text's extraction, enumerations of kanji names (米英豪, 陸・海・空).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..textnorm import is_katakana

RRF_K = 60
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_SINGLE_KANJI = re.compile(r"^[\u4e00-\u9fff]$")
_KANJI_RUN = re.compile(r"^[\u4e00-\u9fff]+$")


def fractional_ranks(values: dict[str, float]) -> dict[str, float]:
    """Rank 1 for the highest value; tied keys share the mean of their ranks."""
    order = sorted(values, key=lambda k: -values[k])
    ranks, i = {}, 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for key in order[i:j + 1]:
            ranks[key] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def rrf(signals: dict[str, dict[str, float]], k: float = RRF_K) -> dict[str, float]:
    """Reciprocal-rank fusion of several scorings of the same keys."""
    fused: dict[str, float] = {}
    for values in signals.values():
        for key, rank in fractional_ranks(values).items():
            fused[key] = fused.get(key, 0.0) + 1.0 / (k + rank)
    return fused


# ---- specificity ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def general_list() -> tuple[dict[str, float], float]:
    """wordfreq's Japanese frequency list and its lowest frequency, loaded once per process."""
    import wordfreq

    freqs = wordfreq.get_frequency_dict("ja")
    return freqs, min(freqs.values())


# Looked-up words of wordfreq's list (None: not in it), kept by content in a file of the parse
# cache: a re-run after a rule change asks for the same words and needs neither wordfreq's import
# nor its 215k-entry list (about 0.7 s).
_SEEN: dict[str, float | None] = {}
_FLOOR = "\0floor"
_SEEN_FILE: list = [None, 0]  # [the file, how many entries it held]


def lookup_file_name() -> str:
    """The look-up file's name: by wordfreq's version (a new list is a new file)."""
    from importlib import metadata

    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        version = "none"
    return f"wordfreq-{version}-ja.json"


def use_lookup_file(path: Path) -> None:
    """Read (and later save to) this file of wordfreq look-ups."""
    if _SEEN_FILE[0] == path:
        return
    try:
        _SEEN.update(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    _SEEN_FILE[:] = [path, len(_SEEN)]


def save_lookup_file() -> None:
    """Write the look-ups to the file named by `use_lookup_file` when there are new ones."""
    from ..outputs import atomic_file

    path, held = _SEEN_FILE
    if path is None or len(_SEEN) == held:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as tmp:
            tmp.write_text(json.dumps(_SEEN, ensure_ascii=False), encoding="utf-8")
        _SEEN_FILE[1] = len(_SEEN)
    except OSError:
        pass  # a cache not written is a cache miss next time


def _lookup(word: str) -> float | None:
    """wordfreq's frequency of a word (None when absent); its lowest frequency for _FLOOR."""
    if word not in _SEEN:
        freqs, floor = general_list()
        _SEEN[word] = floor if word == _FLOOR else freqs.get(word)
    return _SEEN[word]


@lru_cache(maxsize=None)
def general_frequency(text: str, stoplist: frozenset[str] = frozenset()) -> float:
    """How often a term's words occur in general Japanese (wordfreq): its Sudachi mode-A parts
    combined as wordfreq combines the tokens of a phrase, 1/f = Σ 1/fᵢ. Parts on the glossary's
    stoplist (words the config calls generic) carry no specificity and are left out."""
    from .glossary import split_a

    parts = [unicodedata.normalize("NFKC", p).casefold() for p in split_a(text)
             if p not in stoplist]
    parts = [p for p in parts if p.strip() and p not in "・-"]
    if not parts:
        return 1.0  # generic words only: no specificity
    floor = _lookup(_FLOOR)
    return 1.0 / sum(1.0 / (f if (f := _lookup(p)) is not None else floor) for p in parts)


def specificity(frequency: int, n_tokens: int, text: str,
                stoplist: frozenset[str] = frozenset()) -> float:
    """log of (share of this text's tokens) over (share in general Japanese)."""
    return (math.log(max(frequency, 1) / max(n_tokens, 1))
            - math.log(general_frequency(text, stoplist)))


# ---- noise classes -------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _morphemes(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    from sudachipy import SplitMode

    from .readings import sudachi

    return tuple((m.surface(), tuple(m.part_of_speech()))
                 for m in sudachi().tokenize(text, SplitMode.A))


def is_person_with_title(text: str, persons: frozenset[str] = frozenset()) -> bool:
    """A person's name (GiNZA PERSON mention, or a Sudachi person-name morpheme) followed or
    preceded by other words (トランプ大統領, 河野克俊元統合幕僚長)."""
    if any(p in text and p != text for p in persons):
        return True
    morphs = _morphemes(text)
    return len(morphs) > 1 and any(pos[2] == "人名" for _, pos in morphs)


def is_glued_english(text: str) -> bool:
    """English prose words inside a term (escalatetode-escalate): the text's own English lost its
    spaces or a gloss was taken for a term."""
    return bool(_LOWER_WORD.search(unicodedata.normalize("NFKC", text)))


def is_enumeration(text: str, is_name) -> bool:
    """Kanji names listed together: all one-kanji proper nouns (米英豪, 中朝露), or ・-separated
    items that are single kanji (陸・海・空) or names in their own right (防衛省・自衛隊)."""
    morphs = _morphemes(text)
    if len(morphs) > 1 and all(_SINGLE_KANJI.match(s) and pos[1] == "固有名詞"
                               for s, pos in morphs):
        return True
    if _abbreviation_list(morphs):
        return True
    items = [i for i in re.split(r"[・･]", text) if i]
    if len(items) < 2 or any(is_katakana(i) for i in items):
        return False
    return any(_SINGLE_KANJI.match(i) for i in items) or all(is_name(i) for i in items)


def _abbreviation_list(morphs) -> bool:
    """Three or more kanji in pieces that are each a single kanji or a two-kanji piece that is no
    word of general Japanese (日米|中露|韓|朝, 中朝|露): abbreviated names listed together."""
    return len(morphs) >= 2 and sum(len(s) for s, _ in morphs) >= 3 and all(
        _KANJI_RUN.match(s) and (len(s) == 1 or (len(s) == 2 and _lookup(s) is None))
        for s, _ in morphs)


def is_fragment(parts: tuple[str, ...], frequency: int, known,
                stoplist: frozenset[str] = frozenset()) -> bool:
    """Used once, a known term plus a suffix or a generic (stoplisted) word: the chain is a
    phrase about the term (JJOC用, 連携強化), not a term of its own."""
    if frequency > 1 or len(parts) < 2:
        return False
    head, last = "".join(parts[:-1]), parts[-1]
    if not known(head):
        return False
    morphs = _morphemes(last)
    return last in stoplist or bool(morphs and morphs[-1][1][0] == "接尾辞")
