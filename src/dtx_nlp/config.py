"""Pipeline configuration: read from a TOML file, validated once, passed explicitly.

The frozen dataclasses below are the typed records the stages receive, and they are also the
schema: pydantic builds a strict validator from their fields. **Adding a setting is one line** —
a field with its type and default in the record of its section. For example

    class GlossaryConfig:
        min_length: int = 2   # `[glossary] min_length`: a known key, an integer, 2 by default

A field whose TOML key differs from its name says so: ``field(default=(), metadata=key(
"headers.patterns"))`` (a dotted key is a sub-table); ``key(None)`` keeps a field out of the file.
A new section is a new record plus one field of PipelineConfig, e.g.
``outline: OutlineConfig = field(default_factory=OutlineConfig)`` makes ``[outline]`` known
(``outline: OutlineConfig | None = None`` for a section that is None when the file leaves it out).
A field typed with another record is a sub-table. Checks across fields go in the record's
``__post_init__``: a ValueError raised there becomes a ConfigError naming the table.

Types: ``float`` takes integers too; ``int``, ``bool`` and ``str`` are strict (``"0.5"`` is not a
number); ``Literal["a", "b"]`` names the allowed words; ``tuple``/``frozenset`` take TOML arrays; ``Regex``/``Regexes`` compile regular
expressions (``Regexes`` also takes a single string); ``Paths`` are relative to the config file's
folder; ``Pairs`` reads a TOML table as (key, value) pairs.

Mistakes are ConfigError (exit code 3), one line naming the file, the line and the key path: an
unknown key suggests the nearest known one, a wrong type names the expected type.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    Strict,
    ValidationError,
    ValidationInfo,
    create_model,
)

from .errors import ConfigError

# The default pipeline ships inside the package; the repository's top-level pipelines/ is a
# symbolic link to the same folder, so there is one copy to read and edit.
DEFAULT_PIPELINE = Path(str(resources.files("dtx_nlp") / "pipelines" / "default.toml"))
# The learned glossary ranking's trees (stages/termmodel.py), fitted on the development reports
DEFAULT_RANKER = DEFAULT_PIPELINE.parent / "models" / "glossary_ranker.json"


def key(name: str | None) -> dict:
    """Field metadata: the setting's key in its TOML table (dotted for a sub-table)."""
    return {"toml": name}


def _compile(pattern: Any) -> re.Pattern:
    if isinstance(pattern, re.Pattern):
        return pattern
    if not isinstance(pattern, str):
        raise ValueError(f"expected a regular expression (a string), got {_kind(pattern)}")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


def _optional_regex(pattern: Any) -> re.Pattern | None:
    return None if pattern in ("", None) else _compile(pattern)


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _table_pairs(value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"expected a table, got {_kind(value)}")
    return tuple(value.items())


def _relative(path: Path, info: ValidationInfo) -> Path:
    base = (info.context or {}).get("base")
    return (base / path).resolve() if base else path


_PATTERN = PlainSerializer(lambda p: p.pattern if p is not None else "")
Regex = Annotated[re.Pattern, PlainValidator(_compile), _PATTERN]
OptionalRegex = Annotated[re.Pattern | None, PlainValidator(_optional_regex), _PATTERN]
Regexes = Annotated[tuple[Regex, ...], BeforeValidator(_one_or_many)]
Pairs = Annotated[tuple[tuple[str, str], ...], BeforeValidator(_table_pairs),
                  PlainSerializer(dict)]
RelativePath = Annotated[Path, AfterValidator(_relative)]
Paths = tuple[RelativePath, ...]

PARTS = ("front", "intro", "problem", "recommendations", "conclusion", "workshop")


# ---- the records (and the schema) ----------------------------------------------------------

@dataclass(frozen=True)
class CleanConfig:
    drop_chars: tuple[str, ...] = ()
    replace: Pairs = ()
    header_patterns: Regexes = field(default=(), metadata=key("headers.patterns"))
    header_repeat_min: int = field(default=2, metadata=key("headers.repeat_min"))
    header_max_len: int = field(default=40, metadata=key("headers.max_len"))
    contents_heading: OptionalRegex = field(default=None, metadata=key("contents.heading"))
    contents_max_len: int = field(default=60, metadata=key("contents.max_len"))
    block_starts: Regexes = field(default=(), metadata=key("blocks.starts"))
    weak_starts: Regexes = field(default=(), metadata=key("blocks.weak_starts"))
    standalone: Regexes = field(default=(), metadata=key("blocks.standalone"))
    titles: Regexes = field(default=(), metadata=key("blocks.titles"))
    sentence_end: str = field(default="。", metadata=key("blocks.sentence_end"))
    # A line that breaks a word the document uses elsewhere (…温室効果ガ / ス排出量…) runs on into
    # the next line whatever its length: see clean.broken_word
    join_broken_words: bool = field(default=False, metadata=key("blocks.join_broken_words"))
    # With it, a katakana word of Sudachi's dictionary a break cuts joins too (インセンティ / ブ),
    # used elsewhere or not: see clean.broken_word
    join_broken_katakana: bool = field(default=False, metadata=key("blocks.join_broken_katakana"))
    # For those joins, whether the next line starts a block is read past its indent (a hanging
    # indent: ・…データ / 　ベースを…)
    join_indented_breaks: bool = field(default=False, metadata=key("blocks.join_indented_breaks"))
    # For those joins, a standalone line above (a numbered line short enough for a heading) does
    # not stop them: a line whose last word the next line finishes is no heading
    join_broken_standalone: bool = field(default=False,
                                         metadata=key("blocks.join_broken_standalone"))
    # A line that opens a bracket closed early in the next line (…（PIO-N / ET）に…) runs on into
    # it whatever its length: see clean.bracket_across
    join_open_brackets: bool = field(default=False, metadata=key("blocks.join_open_brackets"))
    # On a character grid, a line ends its paragraph only if it is also short in characters (a
    # text wrapped by counting characters, half-width digits and all): see clean.Grid
    grid_characters: bool = field(default=False, metadata=key("blocks.grid_characters"))
    # A line that opens with a character no line may open with (ー, ッ, 、, ）…) runs on into the
    # paragraph above, however short the line above is: see clean.LINE_START_FORBIDDEN
    join_forbidden_starts: bool = field(default=False,
                                        metadata=key("blocks.join_forbidden_starts"))
    series_min: int = field(default=3, metadata=key("series.min_length"))
    series_exclude: frozenset[str] = field(default=frozenset(), metadata=key("series.exclude"))


@dataclass(frozen=True)
class LayoutConfig:
    name: str = field(default="default", metadata=key(None))
    parts: tuple[str, ...] = PARTS
    after_intro: str = "problem"
    skip: Regexes = ()
    part_headings: dict[str, Regexes] = field(default_factory=dict)
    patterns: dict[str, Regex] = field(default_factory=dict)
    detect: Regexes = ()
    pattern_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)


ROLE_PARTS = ("front", "intro", "problem", "recommendations", "responses", "conclusion",
              "workshop")


@dataclass(frozen=True)
class OutlineConfig:
    """Structure inference (`[outline]`): numbering styles (in order: the first that matches
    names a paragraph's style), section role words, and the marks of a workshop record."""

    max_heading_chars: int = 60
    plain_role_chars: int = 8
    plain_any_length: frozenset[str] = frozenset()
    dated: OptionalRegex = None
    box: OptionalRegex = None
    caption: OptionalRegex = None
    numbering: dict[str, Regex] = field(default_factory=dict)
    item_styles: frozenset[str] = field(default=frozenset(), metadata=key("styles.items"))
    recommendation_styles: frozenset[str] = field(default=frozenset(),
                                                  metadata=key("styles.recommendations"))
    problem_styles: frozenset[str] = field(default=frozenset(), metadata=key("styles.problems"))
    mark_styles: frozenset[str] = field(default=frozenset(), metadata=key("styles.marks"))
    plain_styles: frozenset[str] = field(default=frozenset(), metadata=key("styles.plain"))
    entry_styles: frozenset[str] = field(default=frozenset(), metadata=key("styles.entries"))
    roles: dict[str, Regexes] = field(default_factory=dict)
    background: Regexes = field(default=(), metadata=key("background.patterns"))
    directive_sentence: OptionalRegex = field(default=None, metadata=key("directive.sentence"))
    directive_title: OptionalRegex = field(default=None, metadata=key("directive.title"))
    directive_share: float = field(default=0.6, metadata=key("directive.min_share"))
    patterns: dict[str, Regex] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = (set(self.roles) | set(self.plain_any_length)) - set(ROLE_PARTS)
        if unknown:
            raise ValueError(f"unknown roles {sorted(unknown)} (known: {', '.join(ROLE_PARTS)})")
        for name, pattern in self.numbering.items():
            if "number" not in pattern.groupindex:
                raise ValueError(f"numbering.{name}: the pattern needs a group (?P<number>...)")

    @property
    def layout(self) -> LayoutConfig:
        """The record's marks (session, topic, remark, reply, item; `skip`) as a layout."""
        marks = {k: v for k, v in self.patterns.items() if k != "skip"}
        skip = (self.patterns["skip"],) if "skip" in self.patterns else ()
        return LayoutConfig(name="inferred", parts=ROLE_PARTS, skip=skip, patterns=marks)


@dataclass(frozen=True)
class ParseConfig:
    model: str = "ja_ginza"
    disable: tuple[str, ...] = ()
    batch_size: int = 64
    max_chunk_bytes: int = 40000


@dataclass(frozen=True)
class EntityConfig:
    rule_files: Paths = field(default=(), metadata=key("rules"))
    ner_fallback: bool = True
    ner_min_chars: int = 2
    ner_stoplist: frozenset[str] = frozenset()
    ner_labels: dict[str, str] = field(default_factory=dict)
    ner_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drop_labels: frozenset[str] = frozenset()
    ner_reject_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ner_reject_contains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ner_confidence: float = 0.5
    # A pair the text defines (X（ABBR）) whose X ends in a head noun of a label (ner_heads)
    # names an entity of that label even when no rule or general pattern finds X.
    defined_by_head: bool = False
    defined_confidence: float = 0.6
    # A short name the text gives an NER mention (X（ABBR）, X（以下「Y」という。）) shares its
    # label and canonical name, as it does for a general-layer mention.
    ner_aliases: bool = False
    # A long formal name (…に関する法律) read by the general layer is also joined across のための
    # (学校教育の水準の維持向上のための…特別措置法), and stops before a date (令和３年の…法律)
    title_joiners: bool = False
    # The same names' parts may open with an adjectival noun and な (資源の有効な利用の…法律)
    title_adjectives: bool = False
    # … or be an object and its verb (経済施策を一体的に講ずることによる安全保障の…法律)
    title_clauses: bool = False
    # … and a law's name is read with the amending act named after it (民法等の一部を改正する法律)
    title_amendments: bool = False
    # … and a law named amended (改正下水道法, and 下水道法改正, one word in Sudachi) is that law
    title_amended: bool = False
    # … or only the amendment of a law written as one word (下水道法改正 is 下水道法)
    title_fused_amendments: bool = False
    # A general-layer name never opens with the counter of a number written before it: not
    # 回締約国会議 from 第28回締約国会議, nor 年の…法律 from 2013（平成25）年の…法律
    trim_counters: bool = False
    # A long name's parts are also joined across 並び|に (Sudachi's two words), a case particle
    # before の (配偶者からの暴力の…法律), その after 及び (…児及びその家族に対する…法律) and a verb
    # used as a noun before 及び (人工衛星等の打上げ及び…法律)
    title_joints: bool = False

    def __post_init__(self) -> None:
        check_labels("drop_labels", self.drop_labels)
        check_labels("ner_labels", self.ner_labels.values())


_LABEL = re.compile(r"^[A-Z][A-Z0-9_]*$")  # an entity label, as rule files write it


def label_problem(label: str) -> str | None:
    """What is wrong with an entity label (None when nothing): labels are upper case."""
    if _LABEL.match(label):
        return None
    return (f"label {label!r} must be upper case: A-Z, digits and _ "
            f"(e.g. {re.sub(r'[^A-Z0-9_]', '_', label.upper())!r})")


def check_labels(key: str, labels) -> None:
    """Entity labels in a setting are written as rule files write them: a label written
    otherwise would match nothing and the setting would do nothing, silently."""
    for label in sorted(labels):
        if problem := label_problem(label):
            raise ValueError(f"{key}: {problem}")


# The glossary rankings that read the ranker model file
LEARNED_RANKINGS = ("learned", "blend")


@dataclass(frozen=True)
class GlossaryConfig:
    stoplist: frozenset[str] = frozenset()
    trim_prefixes: frozenset[str] = frozenset()
    trim_suffixes: frozenset[str] = frozenset()
    # Country names count as generic words, as the stoplist's do (never a term alone, no
    # specificity as a part): Sudachi's 名詞-固有名詞-地名-国 (日本, 米国, ロシア), and words made
    # only of the one-kanji abbreviations in `country_abbreviations` (日米, 米中, 日中韓).
    generic_countries: bool = False
    country_abbreviations: str = ""
    # A run of abbreviated names listed last as an enumeration (日米中露韓朝) is one written only
    # with the kanji of `country_abbreviations`; otherwise any run of single kanji and uncommon
    # two-kanji pieces is one (撥水|性, 乳|用|牛, 科研|費)
    country_lists: bool = False
    max_term_chars: int = 20
    # A name the text delimits itself (in 「」, a parenthesis, a naming form: termshapes' marks)
    # may be this long; 0 holds it to max_term_chars like a noun chain (stop 84, candidate W)
    max_marked_chars: int = 0
    # An act's formal title written unquoted (…に関する法律, …の一部を改正する法律) is a candidate,
    # held to max_marked_chars (stop 84, candidate X)
    statute_titles: bool = False
    # So is a treaty's formal title (…に関する条約／規約／議定書, …のための国際条約; stop 84, candidate Y)
    treaty_titles: bool = False
    # And so is another instrument's (stop 85, candidates Z to Z‴): a noun chain ending in one of
    # these heads (指針, 基本計画 with 計画 listed), in a phrase that says what it is about (…に関する,
    # …に係る, …における, …のための, …についての), when no other reading gives its words; with heads
    # listed, a title drawn up (…を策定し) or listing with や is read for no kind; empty reads none
    instrument_heads: frozenset[str] = frozenset()
    # A single kanji or Roman numeral that opens a compound is part of it (二次利用, 三次元計測,
    # 第Ⅰ相試験); otherwise chains start after it (次元計測)
    word_numerals: bool = False
    # A code written after a space starts a term of its own (ICH E17ガイドライン gives
    # E17ガイドライン); otherwise it is dropped with the Latin word before it (17ガイドライン)
    spaced_codes: bool = False
    # A number after one of these era names is a date (令和7年度, 令和七年度): with word_numerals
    # its numeral opens no word, and with artifacts_last the date is listed last
    era_names: frozenset[str] = frozenset()
    # Nouns that count after a number though Sudachi tags them plain nouns (2024年度): cut off
    # a chain's start as counters are (年度予算 → 予算) and read as counters in amounts and dates
    date_counters: frozenset[str] = frozenset()
    # A numbered label (課題（ア）: GiNZA's one token for a word and one katakana in brackets) is
    # no part of a term: it ends a chain and starts none (課題（オ）救急時 gives 救急)
    bracketed_labels: bool = False
    # An adverbial suffix written in hiragana (Sudachi's 接尾辞-名詞的-副詞可能: とも) ends a
    # chain and is no part of it (関係機関とも連携 gives 関係機関 and 連携)
    adverbial_suffix_ends: bool = False
    # With artifacts_last: a measured figure after the nouns that label it (回答4,286件,
    # 人口10万人以上) is an amount, and symbols and lower-case units (61.4%, 386mm) count after
    # any number
    measured_amounts: bool = False
    min_frequency: int = 2
    top: int = 300
    drop_suffixes: tuple[str, ...] = ()
    # A trim suffix that Sudachi's mode C glues into a chain's last word (災害時, 期間中, 在学中:
    # one word in mode C, two in mode A) is trimmed too, as it is when it stands as a word of its
    # own (stop 87, candidate T; off in the shipped pipeline: its rule failed on a fresh set)
    glued_suffixes: bool = False
    defined_weight: float = 1.0
    nested_heads: bool = True
    # Nested heads the text never uses on their own are listed after every other row
    nested_last: bool = False
    # "learned": trees fitted on development reports score the same evidence (stop 39); "fused":
    # reciprocal-rank fusion of it; "blend": the learned and the fused rankings fused by
    # reciprocal rank (stop 41); "flr": the earliest ranking
    ranking: Literal["fused", "flr", "learned", "blend"] = "fused"
    # The learned ranking's model file (relative to the config's folder)
    ranker: RelativePath = DEFAULT_RANKER
    # With the learned or blended ranking: the acronyms the text defines come before every other row
    acronyms_first: bool = False
    fusion_k: float = 60.0  # the k of reciprocal-rank fusion, Σ 1/(k + rank)
    signals: tuple[Literal["structure", "specificity", "marking", "naming", "acronyms", "cvalue",
                           "spread"],
                   ...] = ("structure", "specificity", "marking", "naming")
    # How a compound's general frequency is estimated from its parts' wordfreq frequencies:
    # "parts" 1/f = Σ 1/fᵢ; "breaks" also × 10^-(n-1), wordfreq's factor for word breaks it infers
    compound_frequency: Literal["parts", "breaks"] = "parts"
    # "sum": Σ 1/(k + rankᵢ) over all signals; "drop_worst": each candidate's weakest signal left
    # out; "kinds": the signals of use (structure, cvalue, spread) fused first into one
    fusion: Literal["sum", "drop_worst", "kinds"] = "sum"
    # Entity labels that name one individual (an organisation, a law): no naming evidence
    proper_name_labels: frozenset[str] = frozenset()
    # What the text says about a term in the shapes added in stop 33 (English paired with an
    # acronym, YをXと呼ぶ, descriptions in parentheses, …) counts as marking it, as quotes,
    # glosses and definitions do; false: those shapes fill the english and definition columns only
    count_said: bool = False
    # Definitions said by apposition (X、すなわちY; Y、すなわちX) and by a sentence opening with a
    # term as its topic and ending in を指す／をいう fill the definition column (stop 74); they
    # never count as marks and never move a row
    described_definitions: bool = False
    # A sentence opening with a term as its topic whose predicate is a description and a copula
    # (Xは、…する仕組みである) fills the definition column too (stop 74, candidate E; off in
    # the shipped pipeline: its rule failed on fresh reports)
    topic_copulas: bool = False
    # A footnote (a `note` unit) that opens, after its label, with a term and says what it is
    # (※1 Xは…をいう, 注2 Xは…Nである, ＊3 X：N) fills the definition column too (stop 75,
    # candidate K); never a mark
    note_definitions: bool = False
    # A term the text marks (quotes, English gloss, いわゆる, と呼ばれる) right after an adnominal
    # clause (…を予測する「X」) is defined by that clause (stop 79, candidate C); never a mark
    clause_definitions: bool = False
    # A term general Japanese uses as a whole at least this often (wordfreq's Zipf scale: 4 is
    # once in 100,000 words) is an everyday word and, unless the text marks or defines it, is
    # listed after every other term; 0: none is
    everyday_zipf: float = 0.0
    # So is a term among this many most common words of general Japanese (the ja_ginza model's
    # vocabulary, most common first); 0: none is
    everyday_rank: int = 0
    # With either: a noun official writing spells with fewer okurigana than general Japanese
    # (取決め, 建替え, 手続) is looked up as general Japanese spells it too (取り決め, 建て替え,
    # 手続き: Sudachi's normalized form, when only its hiragana differ) (stop 87, candidate S;
    # on in the shipped pipeline)
    everyday_spellings: bool = False
    # A single simple noun of kanji or kana (磯焼け, 換地) is a candidate when general Japanese
    # uses it less often than this (wordfreq's Zipf scale: 3 is once in a million words) and
    # Sudachi reads no proper noun in it; 0: no such word is (stop 81, candidate O)
    rare_single_words: float = 0.0
    # With rare_single_words: such a word must be a plain noun (not one Sudachi marks as usable
    # as an adverb or an adjective stem: うえ, 精緻) and not spelled wholly in hiragana (おそれ)
    # (stop 82, candidate P)
    rare_words_plain: bool = False
    # Legal forms written into a body's name (一般財団法人, 国立研究開発法人; 株式会社 also at its
    # end): a row labelled ORGANIZATION whose term opens or ends with one lists the name without
    # it among its other names when more than one word is left (stop 83, candidates U and U′);
    # empty: none does
    legal_forms: tuple[str, ...] = ()
    # A long report's artifacts: amounts and dates (約2.7兆円, 2022年創設) and the document's own
    # item labels (問題点1 … 問題点8) listed last, and a remark's speaker label (モデレーター：)
    # read as no term (on in the shipped pipeline since stop 37)
    artifacts_last: bool = False
    # With artifacts_last: a label that opens two or more paragraphs before a colon is a
    # speaker's label wherever it stands, not only in units read as remarks (on in the shipped
    # pipeline since stop 37)
    repeated_speakers: bool = False
    # With nested_last: an item of a ・ list (新薬創出・適応外薬解消等促進加算) the text never uses
    # on its own is listed last, as nested heads used only inside longer terms are (on in the
    # shipped pipeline since stop 37)
    list_items_last: bool = False
    # Kanji words joined by ・ (情報共有・意思疎通) are a list, not one concept, and are listed
    # last unless the text marks, glosses or defines them or they are an acronym or entity
    kanji_lists_last: bool = False
    # A phrase the text marks (a quote that reads as a clause: 数量シェアの拡大, 日本で開発する
    # 合理性), used once, neither an entity nor glossed nor defined, is listed last
    phrases_last: bool = False
    # A row that ends, at a Sudachi mode-A word boundary, in one of these words names a person's
    # post (看護部長, 大学医学部教授), not a concept: listed last unless the text marks, glosses or
    # defines it or it is an acronym's or entity's row; empty: none is
    post_words: tuple[str, ...] = ()
    # A row that ends, at a Sudachi mode-A word boundary, in one of these words is a kind of
    # generic thing the document counts, surveys, amends or addresses (相談件数, 児童福祉法改正,
    # 企業アンケート, 福祉部局), not a term: listed last on the same terms as post_words; empty:
    # none is
    generic_heads: tuple[str, ...] = ()
    # A row whose first word (Sudachi's mode A) is one of these prefixes points at something the
    # text names elsewhere (当会議, 両制度, 毎年度集計), not a term: listed last ("reference"),
    # entity rows too, unless the text marks, glosses or defines it; empty: none is
    reference_prefixes: frozenset[str] = frozenset()
    # So is a row whose first word is one of these nouns that point the same way (関係 in
    # 関係行政機関, 関係業界: the bodies or trades concerned) (stop 87, candidate Q; on in the
    # shipped pipeline)
    reference_words: frozenset[str] = frozenset()
    # A row whose first word (Sudachi's mode A) is one of these words of indefinite amount or
    # kind, or of the time now (一定 in 一定規模, 複数施設, 各種団体, 現行制度), says how much or which
    # of a thing, not a term: listed last ("quantified") on the same terms as reference_words
    # (stop 88, candidate U; on in the shipped pipeline); empty: none is
    quantifier_words: frozenset[str] = frozenset()
    # A row that ends, at a Sudachi mode-A word boundary, in one of these words that place a time
    # or a place relative to the words before them (制度創設|以来, 会議開催|時点, 空港|周辺) says when
    # or where, not what: listed last ("relative time or place") on the same terms as
    # post_words (stop 88, candidate V; on in the shipped pipeline); empty: none is
    relative_heads: tuple[str, ...] = ()
    # A noun chain that splits into two terms each used more often than the chain (米軍|核兵器)
    # is two terms written side by side, listed last ("two terms"); false: such a chain is ranked
    # as any other row
    juxtapositions_last: bool = True
    # An acronym written straight after words that, with it, make one name the entity rules find
    # (一般社団法人JBRC) is that body's name, and the words before it are no expansion; an
    # acronym's expansion with no noun chain of its own is shown as written, not by its key
    named_acronyms: bool = False
    # An acronym's expansion is a name: not words that only qualify it, ending in a suffix
    # (企業型DC, 交通系IC: a juxtaposed modifier), nor the label of the speaker whose bracket
    # gives an affiliation (委員D（VC）：…)
    named_expansions: bool = False
    # The text's own definitions (read by the entities too) include the orders a parenthesis
    # writes an acronym with its English in: TERM（ACR：English）, ACR（English：TERM）,
    # ACR（TERM：English）, ACR（English words）, not only TERM（ACR） and TERM（English, ACR）
    glossed_acronyms: bool = False
    # The same definitions read full-width letters (事業継続計画（ＢＣＰ）) as the ASCII ones; the
    # acronym keeps the width the text writes it in
    wide_acronyms: bool = False
    # With glossed_acronyms, also an acronym followed by its Japanese expansion, ECMO（体外式膜型
    # 人工肺）(stop 74; on in the shipped config since stop 77)
    japanese_acronyms: bool = False
    # With glossed_acronyms, a parenthesis after an acronym that names the acronym itself
    # (生成AI（Generative AI）, 環境DNA（environmental DNA）) glosses the word the acronym
    # ends, not the acronym (stop 76; on in the shipped config since stop 77)
    whole_word_glosses: bool = False
    # A short name the text gives a longer one in a parenthesis (外国為替及び外国貿易法（外為法）,
    # …（以下「感染症法」という。）), written with the long one's characters in their order, names
    # the same thing: each one's row lists the other among its other names (aliases)
    short_names: bool = False

    def __post_init__(self) -> None:
        check_labels("proper_name_labels", self.proper_name_labels)
        if not 0 <= self.everyday_zipf <= 9:
            raise ValueError("everyday_zipf: a Zipf value between 0 (off) and 9")
        if not 0 <= self.rare_single_words <= 9:
            raise ValueError("rare_single_words: a Zipf value between 0 (off) and 9")
        if self.everyday_rank < 0:
            raise ValueError("everyday_rank: a number of words, 0 (off) or more")
        if self.max_marked_chars < 0:
            raise ValueError("max_marked_chars: a number of characters, 0 (max_term_chars) or more")


@dataclass(frozen=True)
class LinkConfig:
    weights: dict[str, float] = field(default_factory=dict)
    specificity: float = 0.3
    thread: float = 0.0
    threshold: float = 0.3
    relative: float = 0.6
    min_per_recommendation: int = 1
    top_n: int = 20
    stopwords: frozenset[str] = frozenset()
    recommendation_reference: OptionalRegex = None
    appendix_reference: OptionalRegex = None
    # The review queue's calibration: P(true link) = logistic(slope × (score − threshold)) with
    # `probability_at_threshold` at the threshold (`dtx-nlp evaluate --calibrate` fits both).
    probability_slope: float = 15.0
    probability_at_threshold: float = 0.4
    # How far the queue moves an undecided candidate's score (for its order only, never its
    # flag) by the decisions on the same recommendation: feedback × (cosine to the most alike
    # accepted target − cosine to the most alike rejected one). 0: no learning.
    feedback: float = 0.0
    # Learning from the record's structure, for the queue's order only (stop 29,
    # benchmarks/queue_29.py; 0 = off): an undecided reply whose remark was accepted for the same
    # recommendation, or a remark whose reply was, moves by + feedback_thread (rejected: −);
    # another remark of the same session topic accepted for it, + feedback_topic; and each
    # rejected decision directly above a candidate in its list (after the last accepted link),
    # − feedback_exhaust.
    feedback_thread: float = 0.0
    feedback_topic: float = 0.0
    feedback_exhaust: float = 0.0
    # Review rounds: the queue's order is recomputed from the decisions once every `round_size`
    # decisions (a round), and stays as it was at the round's start in between; 0 = after every
    # decision. The simulated reviewer of `dtx-nlp evaluate` decides a round at a time.
    round_size: int = 30

    def __post_init__(self):
        if not 0 < self.probability_at_threshold < 1:
            raise ValueError("probability_at_threshold must lie strictly between 0 and 1")
        if self.probability_slope < 0:
            raise ValueError("probability_slope must not be negative")
        if self.feedback < 0:
            raise ValueError("feedback must not be negative")
        if min(self.feedback_thread, self.feedback_topic, self.feedback_exhaust) < 0:
            raise ValueError("feedback_thread, feedback_topic and feedback_exhaust must not be "
                             "negative")
        if self.round_size < 0:
            raise ValueError("round_size must not be negative")


@dataclass(frozen=True)
class PipelineConfig:
    """The whole pipeline. Every field whose type is a record is a `[section]` of the file;
    `[layout]` and `layout_profiles` become `layouts`."""

    path: Path = field(default=DEFAULT_PIPELINE, metadata=key(None))
    clean: CleanConfig = field(default_factory=CleanConfig)
    layouts: tuple[LayoutConfig, ...] = field(default=(LayoutConfig(),), metadata=key(None))
    parse: ParseConfig = field(default_factory=ParseConfig)
    entities: EntityConfig = field(default_factory=EntityConfig)
    glossary: GlossaryConfig = field(default_factory=GlossaryConfig)
    links: LinkConfig = field(default_factory=LinkConfig)
    profile_files: tuple[Path, ...] = field(default=(), metadata=key(None))
    outline: OutlineConfig | None = None

    @property
    def layout(self) -> LayoutConfig:
        return self.layouts[0]


# ---- schema built from the records -------------------------------------------------------

_SCALARS = {float: Annotated[float, Strict()], int: Annotated[int, Strict()],
            bool: Annotated[bool, Strict()], str: Annotated[str, Strict()]}
_STRICT = ConfigDict(extra="forbid", protected_namespaces=(), arbitrary_types_allowed=True)


def _strict(tp: Any) -> Any:
    """The same type with strict scalars inside (containers still take TOML arrays)."""
    if tp in _SCALARS:
        return _SCALARS[tp]
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        return Annotated[(_strict(args[0]), *tp.__metadata__)]
    if origin in (UnionType, Union):
        return Union[tuple(_strict(a) for a in args)]
    if origin in (tuple, frozenset, dict, list):
        return origin[tuple(a if a is Ellipsis else _strict(a) for a in args)]
    return tp


def _toml_path(f) -> tuple[str, ...] | None:
    name = f.metadata.get("toml", f.name)
    return tuple(name.split(".")) if name else None


def _default(f) -> Any:
    if f is None:
        return None
    if f.default is not MISSING:
        return f.default
    return Field(default_factory=f.default_factory)


def _model(name: str, tree: dict) -> type[BaseModel]:
    spec = {}
    for k, v in tree.items():
        if isinstance(v, dict):
            sub = _model(f"{name}.{k}", v)
            spec[k] = (sub, Field(default_factory=sub))
        else:
            spec[k] = v
    return create_model(name, __config__=_STRICT, **spec)


def _record_type(tp: Any) -> tuple[type | None, bool]:
    """(the record type, whether it may be None) of a field typed `Record` or `Record | None`."""
    args = get_args(tp) if get_origin(tp) in (UnionType, Union) else (tp,)
    records = [a for a in args if is_dataclass(a)]
    return (records[0], type(None) in args) if len(records) == 1 else (None, False)


def _schema_field(tp: Any, f) -> tuple:
    """(type, default) of one field in the schema: a record becomes a sub-table."""
    record, optional = _record_type(tp)
    if record is None:
        return _strict(tp), _default(f)
    schema = section_schema(record)
    if optional:
        return schema | None, None
    return schema, Field(default_factory=schema)


@lru_cache(maxsize=None)
def section_schema(record: type) -> type[BaseModel]:
    """The pydantic model of one record's TOML table, built from the record's fields."""
    hints = get_type_hints(record, include_extras=True)
    tree: dict = {}
    for f in fields(record):
        path = _toml_path(f)
        if path is None:
            continue
        node = tree
        for table in path[:-1]:
            node = node.setdefault(table, {})
        node[path[-1]] = _schema_field(hints[f.name], f)
    return _model(record.__name__, tree)


def _sections() -> dict[str, Any]:
    """`[section]` name → its field type (a record, or `Record | None` for a section that may
    be absent), from PipelineConfig's fields."""
    hints = get_type_hints(PipelineConfig)
    return {f.name: hints[f.name] for f in fields(PipelineConfig)
            if _toml_path(f) and _record_type(hints[f.name])[0]}


@lru_cache(maxsize=1)
def pipeline_schema() -> type[BaseModel]:
    spec: dict = {"layout_profiles": (Paths, ())}
    for f in fields(PipelineConfig):
        if f.name in _sections():
            spec[f.name] = _schema_field(_sections()[f.name], f)
    spec["layout"] = _schema_field(LayoutConfig, None)
    return create_model("Pipeline", __config__=_STRICT, **spec)


@lru_cache(maxsize=1)
def profile_schema() -> type[BaseModel]:
    layout = section_schema(LayoutConfig)
    return create_model("LayoutProfile", __config__=_STRICT,
                        name=(Annotated[str | None, Strict()], None),
                        layout=(layout, Field(default_factory=layout)))


def _record(record: type, model: BaseModel | None, **extra):
    """The record from its validated table (records inside it too); None stays None."""
    if model is None:
        return None
    hints = get_type_hints(record, include_extras=True)
    values = {}
    for f in fields(record):
        path = _toml_path(f)
        if path is None:
            continue
        value = model
        for part in path:
            value = getattr(value, part)
        inner = _record_type(hints[f.name])[0]
        values[f.name] = _record(inner, value) if inner else value
    return record(**values, **extra)


def _build(record: type, model, file: Path, text: str, loc: tuple):
    """A record's own checks across fields (its __post_init__ raises ValueError) become a
    ConfigError naming the table."""
    try:
        return _record(_record_type(record)[0] or record, model)
    except ValueError as exc:
        raise ConfigError(f"{_key_path(loc)}: {exc}", file, line_of(text, loc)) from None


# ---- reading and error messages -----------------------------------------------------------

def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number",
             list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


_EXPECTED = {
    "float_type": "a number", "float_parsing": "a number", "int_type": "an integer",
    "int_parsing": "an integer", "int_from_float": "an integer", "bool_type": "true or false",
    "bool_parsing": "true or false", "string_type": "a string", "tuple_type": "an array",
    "list_type": "an array", "frozen_set_type": "an array", "set_type": "an array",
    "dict_type": "a table", "model_type": "a table", "model_attributes_type": "a table",
    "path_type": "a path (a string)",
}


def _key_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _known_keys(schema: type[BaseModel], loc: tuple) -> list[str]:
    model = schema
    for part in loc:
        annotation = model.model_fields.get(part) if isinstance(part, str) else None
        sub = annotation.annotation if annotation else None
        if get_origin(sub) in (UnionType, Union):  # an optional section: Schema | None
            sub = next((a for a in get_args(sub) if a is not type(None)), None)
        if not (isinstance(sub, type) and issubclass(sub, BaseModel)):
            return []
        model = sub
    return list(model.model_fields)


def _describe(error: dict, schema: type[BaseModel]) -> str:
    loc, kind = error["loc"], error["type"]
    where = _key_path(loc)
    if kind == "extra_forbidden":
        known = _known_keys(schema, loc[:-1])
        near = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = (f"did you mean '{near[0]}'?" if near
                else f"known: {', '.join(known)}" if known else "")
        return f"{where}: unknown key" + (f" ({hint})" if hint else "")
    if kind in _EXPECTED:
        return f"{where}: expected {_EXPECTED[kind]}, got {_kind(error['input'])} " \
               f"{error['input']!r:.60}"
    if kind == "literal_error":
        return f"{where}: expected {error['msg'].removeprefix('Input should be ')}, got " \
               f"{error['input']!r:.60}"
    message = error["msg"].removeprefix("Value error, ")
    return f"{where}: {message}"


def line_of(text: str, loc: tuple) -> int | None:
    """The line of a key (or table) path in a TOML text: exact, else its nearest parent."""
    parts = tuple(p for p in loc if isinstance(p, str))
    table: tuple[str, ...] = ()
    best, best_len = None, 0
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            table = tuple(p.strip().strip("\"'") for p in
                          stripped.strip("[").split("]")[0].split("."))
            found = table
        elif m := re.match(r"""\s*((?:"[^"]*"|'[^']*'|[\w\-. ]+?))\s*=""", line):
            found = table + tuple(p.strip().strip("\"'") for p in m.group(1).split("."))
        else:
            continue
        if found == parts:
            return n
        if parts[:len(found)] == found and len(found) > best_len:
            best, best_len = n, len(found)
    return best


def _invalid(exc: ValidationError, schema, file: Path, text: str) -> ConfigError:
    error = exc.errors()[0]
    return ConfigError(_describe(error, schema), file, line_of(text, error["loc"]))


def _read_toml(file: Path) -> tuple[dict, str]:
    try:
        text = Path(file).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError("pipeline config not found", file) from None
    except IsADirectoryError:
        raise ConfigError("is a folder, not a pipeline config (TOML file)", file) from None
    except OSError as exc:
        raise ConfigError(f"cannot read pipeline config: {exc.strerror}", file) from None
    except UnicodeDecodeError:
        raise ConfigError("pipeline config is not UTF-8 text", file) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+)", str(exc))
        msg = str(exc).split(" (at ")[0]
        raise ConfigError(f"malformed TOML: {msg}", file,
                          int(where.group(1)) if where else None) from None


def _validate(schema: type[BaseModel], file: Path) -> tuple[BaseModel, str]:
    data, text = _read_toml(file)
    try:
        return schema.model_validate(data, context={"base": file.parent}), text
    except ValidationError as exc:
        raise _invalid(exc, schema, file, text) from None


def _check_files(paths, what: str, loc: tuple, file: Path, text: str) -> None:
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"{_key_path(loc)}: {what} not found: {path} (relative paths are "
                              f"read from the config's folder {file.parent.resolve()}; "
                              "`dtx-nlp init DIR` writes a complete copy to edit)",
                              file, line_of(text, loc))


def _check_layout(layout: LayoutConfig, file: Path) -> LayoutConfig:
    """What the types cannot say: every part named must be one of the layout's parts."""
    parts = set(layout.parts)
    unknown = set(layout.part_headings) - parts
    if unknown:
        raise ConfigError(f"layout {layout.name}: part_headings name unknown parts "
                          f"{sorted(unknown)}", file)
    bad = {p for named in layout.pattern_parts.values() for p in named} - parts
    if bad:
        raise ConfigError(f"layout {layout.name}: pattern_parts name unknown parts {sorted(bad)}",
                          file)
    if layout.after_intro not in parts:
        raise ConfigError(f"layout {layout.name}: after_intro {layout.after_intro!r} is not a "
                          "part", file)
    return layout


def _profile(file: Path) -> LayoutConfig:
    model, _ = _validate(profile_schema(), file)
    layout = _record(LayoutConfig, model.layout, name=model.name or file.stem)
    return _check_layout(layout, file)


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Read and validate a pipeline config; raise ConfigError with the file on any problem.
    Relative paths in it (layout profiles, rule files) are relative to its own folder."""
    file = Path(path) if path else DEFAULT_PIPELINE
    model, text = _validate(pipeline_schema(), file)
    _check_files(model.entities.rules, "rule file", ("entities", "rules"), file, text)
    _check_files(model.layout_profiles, "layout profile", ("layout_profiles",), file, text)
    if model.glossary.ranking in LEARNED_RANKINGS:
        _check_files((model.glossary.ranker,), "glossary ranker model", ("glossary", "ranker"),
                     file, text)
    profiles = [_profile(profile) for profile in model.layout_profiles]
    sections = {name: _build(record, getattr(model, name), file, text, (name,))
                for name, record in _sections().items()}
    main = _check_layout(_record(LayoutConfig, model.layout, name="default"), file)
    return PipelineConfig(path=file, layouts=(main, *profiles),
                          profile_files=tuple(model.layout_profiles), **sections)


def effective_config(path: str | Path | None = None) -> dict:
    """The config as the pipeline reads it: every key with its value or default (JSON types)."""
    file = Path(path) if path else DEFAULT_PIPELINE
    load_config(file)  # every check, including the layout profiles and rule files
    return _validate(pipeline_schema(), file)[0].model_dump(mode="json")


def layout_from_table(name: str, data: dict, file: Path) -> LayoutConfig:
    """A layout record from a `[layout]` table already read (tests, other callers)."""
    schema = section_schema(LayoutConfig)
    try:
        model = schema.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("layout." + _describe(exc.errors()[0], schema), file) from None
    return _check_layout(_record(LayoutConfig, model, name=name), file)


# ---- a copy to edit, and the effective config as TOML ------------------------------------

def copy_default_pipeline(folder: Path, force: bool = False) -> list[Path]:
    """Write the default pipeline (config, layout profiles, rule files) into `folder` for a
    user to edit; an existing non-empty folder is left alone unless `force`."""
    from .errors import OutputError

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError("exists and is not a folder", folder)
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise OutputError("folder exists and is not empty (--force overwrites the pipeline "
                          "files in it)", folder)
    written = []
    try:
        _copy_tree(resources.files("dtx_nlp") / "pipelines", folder, written)
    except OSError as exc:
        raise OutputError(f"cannot write the pipeline: {exc.strerror}", exc.filename or folder
                          ) from None
    return written


def _copy_tree(source, target: Path, written: list[Path]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for item in sorted(source.iterdir(), key=lambda t: t.name):
        if item.is_dir() and not item.name.startswith(("_", ".")):
            _copy_tree(item, target / item.name, written)
        elif item.is_file() and item.name.endswith((".toml", ".jsonl", ".md", ".json")):
            (target / item.name).write_bytes(item.read_bytes())
            written.append(target / item.name)


def to_toml(data: dict) -> str:
    """A TOML text of plain data (what effective_config returns); tomllib reads it back equal."""
    lines: list[str] = []
    _emit(data, (), lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _emit(table: dict, path: tuple[str, ...], lines: list[str]) -> None:
    values = {k: v for k, v in table.items() if not isinstance(v, dict) and v is not None}
    tables = {k: v for k, v in table.items() if isinstance(v, dict)}
    if path and (values or not tables):
        lines.append(f"\n[{'.'.join(map(_toml_key, path))}]")
    lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in values.items())
    for k, v in tables.items():
        _emit(v, (*path, k), lines)


def _toml_key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml_value(k)


def _toml_value(v: Any) -> str:
    import json

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + "".join(map(_toml_char, v)) + '"'
    return json.dumps(v, ensure_ascii=False)


def _toml_char(c: str) -> str:
    """One character of a basic TOML string; invisible ones (U+3000, U+2002, ...) escaped."""
    if c in '"\\':
        return "\\" + c
    if c.isprintable() and (c == " " or not c.isspace()):
        return c
    return f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"
