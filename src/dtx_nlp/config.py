"""Pipeline configuration: read from a TOML file, validated once, passed explicitly."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

# The default pipeline ships inside the package; the repository's top-level pipelines/ is a
# symbolic link to the same folder, so there is one copy to read and edit.
DEFAULT_PIPELINE = Path(str(resources.files("dtx_nlp") / "pipelines" / "default.toml"))


@dataclass(frozen=True)
class CleanConfig:
    drop_chars: tuple[str, ...]
    replace: tuple[tuple[str, str], ...]
    header_patterns: tuple[re.Pattern, ...]
    header_repeat_min: int
    header_max_len: int
    block_starts: tuple[re.Pattern, ...]
    weak_starts: tuple[re.Pattern, ...]
    standalone: tuple[re.Pattern, ...]
    sentence_end: str


@dataclass(frozen=True)
class LayoutConfig:
    name: str
    parts: tuple[str, ...]
    after_intro: str
    skip: tuple[re.Pattern, ...]
    part_headings: dict[str, tuple[re.Pattern, ...]]
    patterns: dict[str, re.Pattern]
    detect: tuple[re.Pattern, ...] = ()
    pattern_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ParseConfig:
    model: str = "ja_ginza"
    disable: tuple[str, ...] = ()
    batch_size: int = 64
    max_chunk_bytes: int = 40000


@dataclass(frozen=True)
class EntityConfig:
    rule_files: tuple[Path, ...]
    ner_fallback: bool
    ner_min_chars: int
    ner_stoplist: frozenset[str]
    ner_labels: dict[str, str]
    ner_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drop_labels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GlossaryConfig:
    stoplist: frozenset[str] = frozenset()
    trim_prefixes: frozenset[str] = frozenset()
    trim_suffixes: frozenset[str] = frozenset()
    max_term_chars: int = 20
    min_frequency: int = 2
    top: int = 300
    drop_suffixes: tuple[str, ...] = ()
    defined_weight: float = 1.0
    nested_heads: bool = True
    ranking: str = "fused"  # "fused" (reciprocal-rank fusion of evidence) or "flr" (earlier)
    fusion_k: float = 60.0  # the k of reciprocal-rank fusion, Σ 1/(k + rank)
    signals: tuple[str, ...] = ("structure", "specificity", "marking", "naming")


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
    recommendation_reference: re.Pattern | None = None
    appendix_reference: re.Pattern | None = None


@dataclass(frozen=True)
class PipelineConfig:
    path: Path
    clean: CleanConfig
    layouts: tuple[LayoutConfig, ...]
    parse: ParseConfig
    entities: EntityConfig
    glossary: GlossaryConfig
    links: LinkConfig
    profile_files: tuple[Path, ...] = ()

    @property
    def layout(self) -> LayoutConfig:
        return self.layouts[0]


def _compile(patterns: Any, where: str, file: Path) -> tuple[re.Pattern, ...]:
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list):
        raise ConfigError(f"{where} must be a list of regular expressions", file)
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{where}: bad regular expression {p!r}: {exc}", file) from None
    return tuple(out)


def _table(data: dict, key: str, file: Path) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", file)
    return value


def _clean_config(data: dict, file: Path) -> CleanConfig:
    headers = _table(data, "headers", file)
    blocks = _table(data, "blocks", file)
    return CleanConfig(
        drop_chars=tuple(data.get("drop_chars", [])),
        replace=tuple(_table(data, "replace", file).items()),
        header_patterns=_compile(headers.get("patterns", []), "clean.headers.patterns", file),
        header_repeat_min=int(headers.get("repeat_min", 2)),
        header_max_len=int(headers.get("max_len", 40)),
        block_starts=_compile(blocks.get("starts", []), "clean.blocks.starts", file),
        weak_starts=_compile(blocks.get("weak_starts", []), "clean.blocks.weak_starts", file),
        standalone=_compile(blocks.get("standalone", []), "clean.blocks.standalone", file),
        sentence_end=str(blocks.get("sentence_end", "。")),
    )


def layout_from_table(name: str, data: dict, file: Path) -> LayoutConfig:
    parts = tuple(data.get("parts", ["front", "intro", "problem", "recommendations",
                                     "conclusion", "workshop"]))
    headings = {k: _compile(v, f"layout.part_headings.{k}", file)
                for k, v in _table(data, "part_headings", file).items()}
    unknown = set(headings) - set(parts)
    if unknown:
        raise ConfigError(f"layout {name}: part_headings name unknown parts {sorted(unknown)}", file)
    patterns = {k: _compile(v, f"layout.patterns.{k}", file)[0]
                for k, v in _table(data, "patterns", file).items()}
    pattern_parts = {k: tuple(v) for k, v in _table(data, "pattern_parts", file).items()}
    bad = {p for parts_ in pattern_parts.values() for p in parts_} - set(parts)
    if bad:
        raise ConfigError(f"layout {name}: pattern_parts name unknown parts {sorted(bad)}", file)
    after_intro = data.get("after_intro", "problem")
    if after_intro not in parts:
        raise ConfigError(f"layout {name}: after_intro {after_intro!r} is not a part", file)
    return LayoutConfig(
        name=name, parts=parts, after_intro=after_intro,
        skip=_compile(data.get("skip", []), "layout.skip", file),
        part_headings=headings, patterns=patterns,
        detect=_compile(data.get("detect", []), "layout.detect", file),
        pattern_parts=pattern_parts,
    )


def _entity_config(data: dict, file: Path) -> EntityConfig:
    base = file.parent
    return EntityConfig(
        rule_files=tuple((base / p).resolve() for p in data.get("rules", [])),
        ner_fallback=bool(data.get("ner_fallback", True)),
        ner_min_chars=int(data.get("ner_min_chars", 2)),
        ner_stoplist=frozenset(data.get("ner_stoplist", [])),
        ner_labels=dict(_table(data, "ner_labels", file)),
        ner_heads={k: tuple(v) for k, v in _table(data, "ner_heads", file).items()},
        drop_labels=frozenset(data.get("drop_labels", [])),
    )


def _glossary_config(data: dict, file: Path) -> GlossaryConfig:
    ranking = data.get("ranking", "fused")
    if ranking not in ("fused", "flr"):
        raise ConfigError(f"glossary.ranking must be \"fused\" or \"flr\", not {ranking!r}", file)
    return GlossaryConfig(
        stoplist=frozenset(data.get("stoplist", [])),
        trim_prefixes=frozenset(data.get("trim_prefixes", [])),
        trim_suffixes=frozenset(data.get("trim_suffixes", [])),
        max_term_chars=int(data.get("max_term_chars", 20)),
        min_frequency=int(data.get("min_frequency", 2)),
        top=int(data.get("top", 300)),
        drop_suffixes=tuple(data.get("drop_suffixes", [])),
        defined_weight=float(data.get("defined_weight", 1.0)),
        nested_heads=bool(data.get("nested_heads", True)),
        ranking=ranking,
        fusion_k=float(data.get("fusion_k", 60.0)),
        signals=tuple(data.get("signals", GlossaryConfig.signals)),
    )


def _link_config(data: dict, file: Path) -> LinkConfig:
    return LinkConfig(
        weights={k: float(v) for k, v in data.get("weights", {}).items()},
        specificity=float(data.get("specificity", 0.3)),
        thread=float(data.get("thread", 0.0)),
        threshold=float(data.get("threshold", 0.3)),
        relative=float(data.get("relative", 0.6)),
        min_per_recommendation=int(data.get("min_per_recommendation", 1)),
        top_n=int(data.get("top_n", 20)),
        stopwords=frozenset(data.get("stopwords", [])),
        recommendation_reference=_optional_regex(data, "recommendation_reference", file),
        appendix_reference=_optional_regex(data, "appendix_reference", file),
    )


def _optional_regex(data: dict, key: str, file: Path) -> re.Pattern | None:
    return _compile(data[key], f"links.{key}", file)[0] if data.get(key) else None


def _read_toml(file: Path) -> dict:
    try:
        with open(file, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("pipeline config not found", file) from None
    except OSError as exc:
        raise ConfigError(f"cannot read pipeline config: {exc.strerror}", file) from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+)", str(exc))
        msg = str(exc).split(" (at ")[0]
        raise ConfigError(f"malformed TOML: {msg}", file,
                          int(where.group(1)) if where else None) from None


def _layouts(data: dict, file: Path) -> tuple[LayoutConfig, ...]:
    layouts = [layout_from_table("default", _table(data, "layout", file), file)]
    for extra in data.get("layout_profiles", []):
        profile_file = (file.parent / extra).resolve()
        profile = _read_toml(profile_file)
        layouts.append(layout_from_table(profile.get("name", profile_file.stem),
                                         _table(profile, "layout", profile_file), profile_file))
    return tuple(layouts)


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Read and validate a pipeline config; raise ConfigError with the file on any problem."""
    file = Path(path) if path else DEFAULT_PIPELINE
    data = _read_toml(file)
    try:
        return PipelineConfig(
            path=file,
            clean=_clean_config(_table(data, "clean", file), file),
            layouts=_layouts(data, file),
            parse=ParseConfig(**{k: tuple(v) if isinstance(v, list) else v
                                 for k, v in _table(data, "parse", file).items()}),
            entities=_entity_config(_table(data, "entities", file), file),
            glossary=_glossary_config(_table(data, "glossary", file), file),
            links=_link_config(_table(data, "links", file), file),
            profile_files=tuple((file.parent / p).resolve()
                                for p in data.get("layout_profiles", [])),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid setting: {exc}", file) from None
