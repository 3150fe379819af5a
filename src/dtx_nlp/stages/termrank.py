"""Evidence that a candidate is a term a reader looks up, fused into one ranking.

Rankings of the same candidates (the configuration picks which; the default, chosen by
cross-validation in benchmarks/glossary_cv.py, uses all but `acronyms`):
  structure    FLR (Nakagawa & Mori): frequency × how productively its simple nouns combine
  specificity  how much more often the term occurs here than in general Japanese: log(f_here) −
               log(f_general), f_general from wordfreq's Japanese list with a compound's parts
               (Sudachi mode A) combined as wordfreq documents, 1/f = Σ 1/fᵢ, unknown parts at the
               list's smallest frequency
  marking      how often the text marks it (quotes, parentheses, glosses, definitions)
  naming       an acronym (2), an acronym's expansion or a named entity (1), anything else (0);
               entities whose label names an individual (`proper_name_labels`) count 0
  acronyms     the same without entities
  cvalue       C-value (Frantzi, Ananiadou & Mima) over nested candidates
  spread       how many units use the term
They are fused by reciprocal-rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): Σ 1/(k + rankᵢ)
with the paper's k = 60 and tied candidates sharing their mean rank; no per-signal weights.

Noise classes a reader never wants are demoted below every other row, not dropped: a person's
name with a title, a one-off fragment (a known term plus a suffix or an action noun: X用, X創設),
English words glued together by the text's extraction, enumerations of kanji names (米英豪, 陸・海・空),
two terms written side by side, each used more often on its own (米軍|核兵器); with `nested_last`,
heads the text uses only inside longer terms; with `everyday_zipf` or `everyday_rank`, a word
general Japanese uses as a whole at least that often (wordfreq's Zipf scale) or among its most
common words (the GiNZA model's vocabulary) that the text neither marks nor defines; with
`phrases_last` (off), a phrase used once that the text neither glosses nor defines (glossary.py).
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


def rrf(signals: dict[str, dict[str, float]], k: float = RRF_K,
        drop_worst: bool = False) -> dict[str, float]:
    """Reciprocal-rank fusion of several scorings of the same keys. With `drop_worst`, each key's
    weakest contribution is left out, so one signal that knows nothing of a term cannot bury it."""
    parts: dict[str, list[float]] = {}
    for values in signals.values():
        for key, rank in fractional_ranks(values).items():
            parts.setdefault(key, []).append(1.0 / (k + rank))
    if drop_worst:
        return {key: sum(v) - min(v) if len(v) > 1 else sum(v) for key, v in parts.items()}
    return {key: sum(v) for key, v in parts.items()}


def naming(named: int, label: str, paired: bool,
           proper_name_labels: frozenset[str] = frozenset()) -> int:
    """The naming evidence: `named` (2 an acronym, 1 an acronym's expansion or an entity, 0
    anything else), except for an entity whose label names one individual (an organisation, a
    law): a glossary explains concepts, an index lists names. An acronym or its expansion
    keeps its evidence whatever its label."""
    return 0 if label in proper_name_labels and not paired else named


# How often a term is used, seen three ways: one kind of evidence, however many signals measure it.
FREQUENCY_KIND = ("structure", "cvalue", "spread")


def fuse_kinds(signals: dict[str, dict[str, float]],
               k: float = RRF_K) -> dict[str, dict[str, float]]:
    """The signals that measure use (FLR, C-value, spread) fused first into one ranking, so
    that each kind of evidence counts once in the final fusion."""
    frequency = {n: v for n, v in signals.items() if n in FREQUENCY_KIND}
    out = {n: v for n, v in signals.items() if n not in FREQUENCY_KIND}
    if frequency:
        out["use"] = rrf(frequency, k)
    return out


# ---- specificity ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def general_list() -> tuple[dict[str, float], float]:
    """wordfreq's Japanese frequency list and its lowest frequency, loaded once per process."""
    import wordfreq

    freqs = wordfreq.get_frequency_dict("ja")
    return freqs, min(freqs.values())


@lru_cache(maxsize=1)
def model_vocabulary() -> Path:
    """The folder of the ja_ginza model's vocabulary (its word vectors and their keys)."""
    from spacy.util import get_package_path

    package = get_package_path("ja_ginza")
    vocab = next(package.glob("*/vocab"), None)
    if vocab is None:
        raise FileNotFoundError(f"{package}: no model vocabulary (*/vocab) in ja_ginza")
    return vocab


@lru_cache(maxsize=1)
def vector_rows() -> dict[int, int]:
    """The row of the model's vector table for each key of its vocabulary (spaCy's string id
    of the word), in the vocabulary's order."""
    import srsly

    return srsly.read_msgpack(model_vocabulary() / "key2row")


@lru_cache(maxsize=1)
def vocabulary_ranks() -> dict[int, int]:
    """Every word of the ja_ginza model's vocabulary by how common it is, 1 the most common,
    keyed by spaCy's string id of the word (so that its 600k-string table need not be read).
    The vocabulary is that of its word vectors (chiVe: Sudachi words of a large web corpus of
    Japanese), stored most common first (の, 、, て, に, …); unlike wordfreq's list, whose
    words MeCab cut, it holds compounds Sudachi keeps whole (潜水艦, 情報共有)."""
    return {key: i for i, key in enumerate(vector_rows(), 1)}


INFERRED_BREAK = 10.0  # wordfreq's INFERRED_SPACE_FACTOR

# Looked-up words of wordfreq's list, ranks and vector rows in the model's vocabulary (None: not
# in it) and the vectors' principal axes (termmodel.meaning_axes), kept by content in a file of
# the parse cache: a re-run after a rule change asks for the same words and needs neither
# wordfreq's 215k-entry list (about 0.7 s), the vocabulary (0.1–0.4 s) nor the axes (1 s).
_SEEN: dict[str, float | int | list | None] = {}
_FLOOR = "\0floor"
_RANK = "\0rank "  # prefix of a word's look-up in vocabulary_ranks
_ROW = "\0row "  # prefix of a word's row in the model's vector table
_SEEN_FILE: list = [None, 0]  # [the file, how many entries it held]


def lookup_file_name() -> str:
    """The look-up file's name: by the versions of wordfreq and ja_ginza (a new list is a new
    file)."""
    from importlib import metadata

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "none"
    return f"wordfreq-{version('wordfreq')}-ja-ginza-{version('ja-ginza')}.json"


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


def word_zipf(word: str) -> float:
    """A word's frequency in general Japanese on wordfreq's Zipf scale (log10 of uses per
    billion words), 0 when wordfreq's list lacks it; the word is NFKC-normalised and casefolded."""
    f = _lookup(unicodedata.normalize("NFKC", word).casefold())
    return math.log10(f) + 9 if f else 0.0


def vector_row(word: str) -> int | None:
    """The word's row in the model's vector table (None when its vocabulary lacks the word)."""
    from spacy.strings import get_string_id

    return remembered(_ROW + word, lambda: vector_rows().get(get_string_id(word)))


def remembered(key: str, compute):
    """A look-up kept in the look-up file: `compute()` only the first time `key` is asked."""
    if key not in _SEEN:
        _SEEN[key] = compute()
    return _SEEN[key]


def vocabulary_rank(word: str) -> int | None:
    """The word's rank in the GiNZA model's vocabulary (None when absent)."""
    from spacy.strings import get_string_id

    return remembered(_RANK + word, lambda: vocabulary_ranks().get(get_string_id(word)))


@lru_cache(maxsize=None)
def general_frequency(text: str, stoplist: frozenset[str] = frozenset(),
                      breaks: bool = False) -> float:
    """How often a term's words occur in general Japanese (wordfreq): its Sudachi mode-A parts
    combined as wordfreq combines the tokens of a phrase, 1/f = Σ 1/fᵢ. Parts on the glossary's
    stoplist (words the config calls generic) carry no specificity and are left out. With
    `breaks`, each break between parts also divides by 10, the factor wordfreq applies to word
    breaks it had to infer in unspaced text (its Chinese lists): a compound that general text
    writes as one word is rarer than its rarest part (先行|使用 is rarer than 先行)."""
    from .glossary import split_a

    whole = unicodedata.normalize("NFKC", text).casefold()
    if breaks and (f := _lookup(whole)) is not None:
        return f  # general Japanese has the compound as one word
    parts = [unicodedata.normalize("NFKC", p).casefold() for p in split_a(text)
             if p not in stoplist]
    parts = [p for p in parts if p.strip() and p not in "・-"]
    if not parts:
        return 1.0  # generic words only: no specificity
    floor = _lookup(_FLOOR)
    combined = 1.0 / sum(1.0 / (f if (f := _lookup(p)) is not None else floor) for p in parts)
    return combined / INFERRED_BREAK ** (len(parts) - 1) if breaks else combined


def specificity(frequency: int, n_tokens: int, text: str,
                stoplist: frozenset[str] = frozenset(), breaks: bool = False) -> float:
    """log of (share of this text's tokens) over (share in general Japanese)."""
    return (math.log(max(frequency, 1) / max(n_tokens, 1))
            - math.log(general_frequency(text, stoplist, breaks)))


def c_values(frequency: dict[str, int], length: dict[str, int]) -> dict[str, float]:
    """C-value (Frantzi, Ananiadou & Mima 2000) of every candidate: log2(1 + |a|) × (f(a) − mean
    frequency of the candidates that contain a), |a| its number of simple nouns (1 + |a| so that
    a single noun still counts); a term seen only inside one longer term scores near zero."""
    containers: dict[str, list[int]] = {}
    for b in frequency:  # every candidate inside b, found among b's substrings
        inside = {b[i:j] for i in range(len(b)) for j in range(i + 1, len(b) + 1)} - {b}
        for a in inside & frequency.keys():
            containers.setdefault(a, []).append(frequency[b])
    out = {}
    for a, f in frequency.items():
        longer = containers.get(a, [])
        nested = sum(longer) / len(longer) if longer else 0.0
        out[a] = math.log2(1 + length[a]) * max(f - nested, 0.0)
    return out


# ---- noise classes -------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _morphemes(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    from sudachipy import SplitMode

    from .readings import sudachi

    return tuple((m.surface(), tuple(m.part_of_speech()))
                 for m in sudachi().tokenize(text, SplitMode.A))


def is_person_with_title(text: str, persons: frozenset[str] = frozenset()) -> bool:
    """A person's name with other words (河野克俊元統合幕僚長): one of `persons`, the names GiNZA
    and Sudachi both read as a person's (glossary.person_names). Since stop 46 a name Sudachi
    alone reads is not enough: its first words are often an eponym's or a place's (マルコフ
    連鎖モデル, ベイズ推定, 鷺沢川流域, マイナ保険証)."""
    return any(p in text and p != text for p in persons)


def opens_with_name(text: str) -> bool:
    """Whether Sudachi reads `text`'s first word as a person's name (福田|潤一, デニス; not VC,
    課題 or 那賀|瀬川, a place before a surname)."""
    morphs = _morphemes(text)
    return bool(morphs) and morphs[0][1][2] == "人名"


def is_glued_english(text: str) -> bool:
    """English prose words inside a term (escalatetode-escalate): the text's own English lost its
    spaces or a gloss was taken for a term."""
    return bool(_LOWER_WORD.search(unicodedata.normalize("NFKC", text)))


def is_enumeration(text: str, is_name, abbreviations: str | None = None) -> bool:
    """Kanji names listed together: all one-kanji proper nouns (米英豪, 中朝露), or ・-separated
    items that are single kanji (陸・海・空) or each used on its own elsewhere (防衛省・自衛隊);
    `is_name(item)` says whether an item is a term of its own. Items used only inside the pair
    make one concept (接近阻止・領域拒否). With `abbreviations`, a run of abbreviated names is
    one written only with those kanji (日米中露韓朝); without, any run of single kanji and
    uncommon two-kanji pieces is one (which also takes 撥水|性 and 乳|用|牛)."""
    morphs = _morphemes(text)
    if len(morphs) > 1 and all(_SINGLE_KANJI.match(s) and pos[1] == "固有名詞"
                               for s, pos in morphs):
        return True
    if _abbreviation_list(morphs) and (abbreviations is None
                                       or all(c in abbreviations for c in text)):
        return True
    items = [i for i in re.split(r"[・･]", text) if i]
    if len(items) < 2 or any(is_katakana(i) for i in items):
        return False
    return any(_SINGLE_KANJI.match(i) for i in items) or all(is_name(i) for i in items)


_KANJI_ITEM = re.compile(r"^(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff々\u3041-\u309f]+$")


def is_kanji_list(text: str) -> bool:
    """Words in kanji (and kana endings) joined by ・: between kanji words the dot lists things
    (情報共有・意思疎通, 公開・活用); in a loanword it only parts the words of one name
    (エスカレーション・ラダー), and Latin (日EU・EPA) is neither."""
    items = re.split(r"[・･]", text)
    return len(items) >= 2 and all(_KANJI_ITEM.match(i) for i in items)


def _abbreviation_list(morphs) -> bool:
    """Three or more kanji in pieces that are each a single kanji or a two-kanji piece that is no
    word of general Japanese (日米|中露|韓|朝, 中朝|露): abbreviated names listed together."""
    return len(morphs) >= 2 and sum(len(s) for s, _ in morphs) >= 3 and all(
        _KANJI_RUN.match(s) and (len(s) == 1 or (len(s) == 2 and _lookup(s) is None))
        for s, _ in morphs)


def is_fragment(parts: tuple[str, ...], frequency: int, known,
                stoplist: frozenset[str] = frozenset()) -> bool:
    """A phrase about a term, not a term of its own: words ending in an action noun the
    stoplist calls generic (連携強化, 実効性向上: "strengthen X" as a noun), or, used once, a known
    term plus a suffix or another generic word (JJOC用)."""
    if len(parts) < 2:
        return False
    head, last = "".join(parts[:-1]), parts[-1]
    if last in stoplist and _morphemes(last)[-1][1][2] == "サ変可能":
        return True
    if frequency > 1 or not known(head):
        return False
    return last in stoplist or _morphemes(last)[-1][1][0] == "接尾辞"


def is_everyday(text: str, zipf: float, rank: int = 0, spellings: bool = False) -> bool:
    """A word every reader knows: general Japanese has the term as a whole, at `zipf` or more on
    wordfreq's Zipf scale (log10 of uses per billion words; 4 is once in 100,000 words) or among
    its `rank` most common words (the GiNZA model's vocabulary). 0: that test is off. With
    `spellings`, a word written with fewer okurigana than general Japanese writes it is looked up
    as general Japanese writes it too (`common_spelling`: 取決め as 取り決め)."""
    if _is_common(text, zipf, rank):
        return True
    return spellings and (common := common_spelling(text)) is not None and _is_common(
        common, zipf, rank)


def _is_common(text: str, zipf: float, rank: int) -> bool:
    if zipf > 0 and word_zipf(text) >= zipf:
        return True
    word = unicodedata.normalize("NFKC", text).casefold()
    return rank > 0 and (r := vocabulary_rank(word)) is not None and r <= rank


_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KANJI_AND_HIRAGANA = re.compile(r"[\u3041-\u309f\u4e00-\u9fff々]+")


@lru_cache(maxsize=None)
def common_spelling(text: str) -> str | None:
    """How general Japanese spells a noun official writing spells with fewer okurigana (取決め,
    建替え, 手続 — 取り決め, 建て替え, 手続き): Sudachi's normalized form of `text` read as one
    noun (mode C), when it differs from `text` in its hiragana only (the same kanji in the same
    order; no katakana, Latin or kanji variant: 寄附, 補塡 and ばく露 keep their spelling);
    None otherwise."""
    from sudachipy import SplitMode

    from .readings import sudachi

    if not _KANJI_AND_HIRAGANA.fullmatch(text) or not re.search(r"[\u4e00-\u9fff]", text):
        return None
    words = sudachi().tokenize(text, SplitMode.C)
    if len(words) != 1 or words[0].part_of_speech()[0] != "名詞":
        return None
    common = words[0].normalized_form()
    if (common == text or not _KANJI_AND_HIRAGANA.fullmatch(common)
            or _HIRAGANA.sub("", common) != _HIRAGANA.sub("", text)):
        return None
    return common


# Words that bound or round an amount: おおむね5年|以内, 80|以上
_BOUNDS = frozenset({"以内", "以上", "以下", "未満", "程度", "前後", "超"})


def is_quantity(text: str, dates=None, measured: bool = False) -> bool:
    """An amount or a date, alone or with one action (2ナノメートル, 約2.7兆円, 2022年創設,
    おおむね5年以内, 年平均約4.9兆円): numbers each followed by a counter, after an adverb or
    from 約 on (what comes before 約 qualifies the amount), with a bound (以内, 以上) or one サ変
    noun after. A Latin counter counts only in an amount that is approximate or has a decimal
    point (約800km, 2.4GW; not 5G, F-35A). Not 2030年問題, whose noun names something. With
    `dates` (chains.ChainRules): a number after one of its era names and its counter nouns read
    as counters (令和7年度, 令和七年度). With `measured` (`measured_amounts`), a measured figure
    after the nouns that label it is an amount too (回答4,286件, 人口10万人以上, 構成比51.4%), and
    symbols and lower-case units count after any number (61.4%, 386mm; not 5G)."""
    eras, counters = (dates.eras, dates.counters) if dates else (frozenset(), frozenset())
    morphs = _morphemes(text)
    if len(morphs) > 1 and morphs[0][0] in eras and morphs[1][1][1] == "数詞":
        morphs = morphs[1:]
    approximate = False
    if measured and (k := _labelled_figure(morphs)):
        morphs, approximate = morphs[k:], True
    for k, (surface, _) in enumerate(morphs[:-1]):
        if surface == "約" and morphs[k + 1][1][1] == "数詞":
            morphs, approximate = morphs[k + 1:], True
            break
    while morphs and (morphs[0][1][0] == "副詞" or morphs[0][1][2] == "副詞可能"):
        morphs, approximate = morphs[1:], True  # おおむね, ほぼ
    while len(morphs) > 2 and morphs[-1][0] in _BOUNDS:
        morphs = morphs[:-1]
    if len(morphs) > 2 and morphs[-1][1][2] == "サ変可能":
        morphs = morphs[:-1]
    pairs = list(zip(morphs[::2], morphs[1::2]))
    return (len(morphs) >= 2 and len(morphs) % 2 == 0
            and all(n[1][1] == "数詞" and (_counter(c, approximate or "." in n[0])
                                           or c[0] in counters
                                           or (measured and _unit(c, _figure(n[0]))))
                    for n, c in pairs))


_COUNTER_POS = ("助数詞可能", "助数詞")  # Sudachi's counters


def _counter(morph, measured: bool) -> bool:
    """A counter after a number: a Japanese counter (年, 兆, 円), or, in a measured amount,
    a unit in Latin letters (GW, km)."""
    surface, pos = morph
    if surface.isascii():
        return measured and surface.isalpha()
    return pos[2] in _COUNTER_POS


def _figure(number: str) -> bool:
    """A measured figure, which no name holds: a number with a comma, a decimal point or a
    magnitude (4,286, 51.4, 10万)."""
    return any(c in number for c in ",.，．万億兆")


def _labelled_figure(morphs) -> int:
    """Where a measured figure starts after the nouns that label it (回答|4,286件,
    人口|10万人以上): the first number, if it is a figure and only nouns come before it; else 0."""
    for k, (surface, pos) in enumerate(morphs):
        if pos[1] == "数詞":
            return k if k > 0 and _figure(surface) else 0
        if pos[0] not in ("名詞", "接頭辞", "接尾辞"):
            return 0
    return 0


def _unit(morph, figure: bool) -> bool:
    """A unit after any number: a symbol (%, ℃) or Latin letters starting lower-case (mm, km2,
    ppm; 5G and F-35A stay names); after a figure also a counting suffix (10万|人)."""
    surface, pos = morph
    if not any(ch.isalnum() for ch in surface):
        return pos[2] in _COUNTER_POS
    if surface.isascii():
        return len(surface) >= 2 and surface[0].islower() and surface.isalnum()
    return figure and pos[0] == "接尾辞"


# A word followed by an item's number or letter: 問題点1, 委員A
_LABEL = re.compile(r"([\u4e00-\u9fff々\u30a1-\u30faー]{1,8})([0-9]{1,2}|[a-z])")


def numbered_labels(keys) -> frozenset[str]:
    """The document's own item labels among candidate terms: a word of kanji or katakana
    followed by a number or a letter, for three or more numbers or letters (問題点1 … 問題点8,
    委員A … 委員H): the word numbers the document's items. FATF勧告10 alone is no label."""
    numbered: dict[str, set[str]] = {}
    for key in keys:
        if m := _LABEL.fullmatch(key):
            numbered.setdefault(m.group(1), set()).add(m.group(2))
    return frozenset(w + n for w, ns in numbered.items() if len(ns) >= 3 for n in ns)


def is_juxtaposition(parts: tuple[str, ...], used_more) -> bool:
    """Two terms written side by side (米軍|核兵器, 在日米軍|基地使用): the chain splits into two
    parts that are each a term of their own used more often than the chain; `used_more(text)`
    says so for a part."""
    return any(used_more("".join(parts[:k])) and used_more("".join(parts[k:]))
               for k in range(1, len(parts)))
