"""Stage 5: entity mentions from user-extensible rules, text-defined aliases and GiNZA's NER.

Rules are spaCy EntityRuler JSONL lines: {"label": ..., "pattern": ..., "id": canonical}.
String patterns are matched on normalized characters (surviving Sudachi's splits and
full-width/half-width variants) and mapped back to clean-text offsets; token patterns (lists)
go through spaCy's Matcher on the parsed tokens.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .config import EntityConfig
from .definitions import Definition
from .errors import ConfigError
from .textnorm import normalize, normalize_with_map
from .types import Mention

LABELS = ("ORGANIZATION", "WEAPON_SYSTEM", "LEGAL_SITUATION")
SOURCE_RANK = {"rule": 0, "definition": 1, "ner": 2}
_ASCII_ALNUM = re.compile(r"[a-z0-9]")
_ORDINAL = re.compile(r"^[第\d０-９一二三四五六七八九十]+[条項号つ次回番位目]?$")
_LABEL = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: str | list
    canonical: str
    file: str
    line: int


def _rule_from_line(raw: str, file: str, line: int) -> Rule:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"not valid JSON: {exc.msg}", file, line) from None
    if not isinstance(obj, dict):
        raise ConfigError("a rule must be a JSON object", file, line)
    label, pattern = obj.get("label"), obj.get("pattern")
    if not isinstance(label, str) or not label:
        raise ConfigError('a rule needs a "label" string', file, line)
    if not _LABEL.match(label):
        raise ConfigError(f'label {label!r} must be upper case: A-Z, digits and _ (e.g. '
                          f'{re.sub(r"[^A-Z0-9_]", "_", label.upper())!r})', file, line)
    if not (isinstance(pattern, str) and pattern.strip()) and not _token_pattern(pattern):
        raise ConfigError('"pattern" must be a non-empty string or a list of token objects',
                          file, line)
    canonical = obj.get("id", pattern if isinstance(pattern, str) else "")
    if not isinstance(canonical, str):
        raise ConfigError('"id" must be a string', file, line)
    extra = set(obj) - {"label", "pattern", "id"}
    if extra:
        raise ConfigError(f"unknown keys {sorted(extra)}", file, line)
    return Rule(label=label, pattern=pattern, canonical=canonical or str(pattern), file=file,
                line=line)


def _token_pattern(pattern) -> bool:
    return (isinstance(pattern, list) and bool(pattern)
            and all(isinstance(t, dict) and t for t in pattern))


def read_rule_file(path: Path) -> list[Rule]:
    """Rules of one JSONL file, checked as `run` uses them (`rules check` calls this too): a
    malformed line or token pattern is a ConfigError naming file and line; so is a file without
    any rule."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("rule file not found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read rule file: {exc}", str(path)) from None
    rules = []
    for n, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.lstrip().startswith("//"):
            rules.append(_rule_from_line(raw, str(path), n))
    if not rules:
        raise ConfigError("no rules in the file (it is empty or only comments)", str(path))
    _check_token_patterns(rules)
    return rules


def _check_token_patterns(rules: list[Rule]) -> None:
    """Token patterns against spaCy's own Matcher schema (unknown keys, wrong value types)."""
    token_rules = [r for r in rules if not isinstance(r.pattern, str)]
    if not token_rules:
        return
    from spacy.schemas import validate_token_pattern

    for r in token_rules:
        problems = validate_token_pattern(r.pattern)
        if problems:
            raise ConfigError(f"bad token pattern: {_token_problem(problems[0])}", r.file, r.line)


def _token_problem(problem: str) -> str:
    """'[pattern -> 0 -> LOWR] Extra inputs are not permitted' → "token 1: unknown key 'LOWR'"."""
    m = re.match(r"\[pattern -> (\d+)(.*?)\] ([A-Z].*)", problem)
    if not m:
        return problem
    token, msg = int(m.group(1)) + 1, m.group(3)
    keys = ".".join(k for k in m.group(2).split(" -> ") if re.fullmatch(r"[A-Z][A-Z_]*", k))
    if "Extra inputs" in msg:
        return f"token {token}: unknown key {keys!r}"
    if "TokenPatternString" in msg:
        msg = 'expected a string or an object such as {"IN": [...]}'
    return f"token {token}" + (f", {keys}" if keys else "") + f": {msg}"


def load_rules(files) -> list[Rule]:
    """Every rule of the given files (the one check `run` and `rules check` share)."""
    rules = []
    for f in files:
        rules.extend(read_rule_file(Path(f)))
    return rules


# ---- the matcher ---------------------------------------------------------------------------

@dataclass
class Lexicon:
    """Normalized surface → (label, canonical, source), and the regex over all surfaces."""

    entries: dict[str, tuple[str, str, str]]
    regex: re.Pattern | None

    @classmethod
    def build(cls, entries: dict[str, tuple[str, str, str]]) -> "Lexicon":
        keys = sorted((k for k in entries if k), key=lambda k: (-len(k), k))
        regex = re.compile("|".join(map(re.escape, keys))) if keys else None
        return cls(entries, regex)


def build_lexicon(rules: list[Rule], defs: list[Definition]) -> Lexicon:
    """Rule surfaces, plus the other half of each pair the text defines ("X（ACR）")."""
    entries: dict[str, tuple[str, str, str]] = {}
    for r in rules:
        if isinstance(r.pattern, str):
            entries.setdefault(normalize(r.pattern), (r.label, r.canonical, "rule"))
    for d in defs:
        acr, exp = normalize(d.acronym), normalize(d.expansion)
        known = entries.get(acr) or entries.get(exp)
        if known is None:
            continue
        label, canonical, _ = known
        for key in (acr, exp):
            entries.setdefault(key, (label, canonical, "definition"))
    return Lexicon.build(entries)


def _boundary_ok(norm: str, start: int, end: int) -> bool:
    """Latin names must not be cut out of longer Latin words (B-2 inside B-21)."""
    if _ASCII_ALNUM.match(norm[start]) and start > 0 and _ASCII_ALNUM.match(norm[start - 1]):
        return False
    last = norm[end - 1]
    return not (_ASCII_ALNUM.match(last) and end < len(norm) and _ASCII_ALNUM.match(norm[end]))


def token_edges(doc) -> set[int]:
    """Character offsets where a token starts or ends."""
    edges = set()
    for t in doc:
        edges.add(t.idx)
        edges.add(t.idx + len(t.text))
    return edges


def match_lexicon(text: str, offset: int, unit_id: str, lexicon: Lexicon,
                  edges: set[int] | None = None) -> list[Mention]:
    """Character-level matches, longest first, that start and end on token edges (空自 is not
    found inside 陸・海・空自衛隊) and do not cut Latin words."""
    if lexicon.regex is None:
        return []
    norm, origin = normalize_with_map(text)
    found = []
    pos = 0
    while (m := lexicon.regex.search(norm, pos)) is not None:
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        if not _boundary_ok(norm, m.start(), m.end()) or (
                edges is not None and (start not in edges or end not in edges)):
            pos = m.start() + 1
            continue
        label, canonical, source = lexicon.entries[m.group()]
        found.append(Mention(unit_id, offset + start, offset + end, text[start:end], label,
                             canonical, source))
        pos = m.end()
    return found


def match_token_rules(doc, offset: int, unit_id: str, rules: list[Rule]) -> list[Mention]:
    token_rules = [r for r in rules if not isinstance(r.pattern, str)]
    if not token_rules:
        return []
    from spacy.matcher import Matcher

    matcher = Matcher(doc.vocab)
    for n, r in enumerate(token_rules):
        try:
            matcher.add(str(n), [r.pattern])
        except ValueError as exc:
            raise ConfigError(f"bad token pattern: {str(exc).splitlines()[0]}", r.file,
                              r.line) from None
    found = []
    for match_id, s, e in matcher(doc):
        r = token_rules[int(doc.vocab.strings[match_id])]
        span = doc[s:e]
        found.append(Mention(unit_id, offset + span.start_char, offset + span.end_char,
                             span.text, r.label, r.canonical, "rule"))
    return found


def ner_mentions(doc, offset: int, unit_id: str, cfg: EntityConfig) -> list[Mention]:
    """GiNZA's own entities, mapped to our labels, with its usual misfires filtered."""
    found = []
    for ent in doc.ents:
        label = cfg.ner_labels.get(ent.label_)
        text = ent.text.strip()
        heads = cfg.ner_heads.get(label)
        if (label is None or len(text) < cfg.ner_min_chars or text in cfg.ner_stoplist
                or _ORDINAL.match(normalize(text)) or not any(c.isalpha() for c in text)
                or (heads and not normalize(text).endswith(tuple(map(normalize, heads))))):
            continue
        found.append(Mention(unit_id, offset + ent.start_char, offset + ent.end_char, ent.text,
                             label, text, "ner"))
    return found


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where mentions overlap (rules before definitions before NER)."""
    ordered = sorted(mentions, key=lambda m: (SOURCE_RANK.get(m.source, 9), -(m.end - m.start),
                                              m.start))
    kept: list[Mention] = []
    for m in ordered:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def extract(parsed, rules: list[Rule], defs: list[Definition], cfg: EntityConfig
            ) -> list[Mention]:
    """All mentions of a document's parsed units, in document order."""
    lexicon = build_lexicon(rules, defs)
    out = []
    for p in parsed:
        unit = p.unit
        mentions = match_lexicon(unit.text, unit.start, unit.unit_id, lexicon,
                                 token_edges(p.doc))
        mentions += match_token_rules(p.doc, unit.start, unit.unit_id, rules)
        if cfg.ner_fallback:
            mentions += ner_mentions(p.doc, unit.start, unit.unit_id, cfg)
        out.extend(m for m in resolve_overlaps(mentions) if m.label not in cfg.drop_labels)
    return out
