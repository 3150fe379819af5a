"""Stage 5: entity mentions from user-extensible rules, text-defined aliases and GiNZA's NER.

Rules are spaCy EntityRuler JSONL lines: {"label": ..., "pattern": ..., "id": canonical}, with an
optional "confidence" (0–1) and annotation keys spaCy's ruler ignores ("examples", "count", ...).
String patterns are matched on normalized characters (surviving Sudachi's splits and
full-width/half-width variants) and mapped back to clean-text offsets; token patterns (lists)
go through spaCy's Matcher on the parsed tokens.

Two layers: rules that name an entity (string patterns, or token patterns with an "id": the
domain lists) and the general layer (token patterns without an "id": they describe a shape, such
as a noun chain ending in 省 or 法, and the canonical name is the text they match). Where
mentions overlap the domain lists win, then the text's own definitions, then the general layer,
then GiNZA's NER.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import EntityConfig, label_problem
from ..errors import ConfigError
from ..textnorm import is_subsequence, normalize, normalize_with_map
from ..types import Mention
from .chains import HAS_LATIN, is_label, is_term_token, spaced_off
from .definitions import ACRONYM, Definition

LABELS = ("ORGANIZATION", "LAW", "WEAPON_SYSTEM", "LEGAL_SITUATION")
SOURCE_RANK = {"rule": 0, "definition": 1, "general": 2, "ner": 3}
# Keys a rule line may carry besides spaCy's own: read by dtx-nlp (confidence) or only there for
# the analyst who edits a suggested rule file (spaCy's EntityRuler ignores them all).
ANNOTATION_KEYS = frozenset({"confidence", "examples", "count", "aliases", "sources", "comment"})
_ASCII_ALNUM = re.compile(r"[a-z0-9]")
_ORDINAL = re.compile(r"^[第\d０-９一二三四五六七八九十]+[条項号つ次回番位目]?$")


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: str | list
    canonical: str
    file: str
    line: int
    confidence: float = 1.0

    @property
    def general(self) -> bool:
        """A token pattern that names no entity: its canonical name is the text it matches."""
        return not isinstance(self.pattern, str) and not self.canonical


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
    if problem := label_problem(label):
        raise ConfigError(problem, file, line)
    if not (isinstance(pattern, str) and pattern.strip()) and not _token_pattern(pattern):
        raise ConfigError('"pattern" must be a non-empty string or a list of token objects',
                          file, line)
    canonical = obj.get("id") or (pattern if isinstance(pattern, str) else "")
    if not isinstance(canonical, str):
        raise ConfigError('"id" must be a string', file, line)
    extra = set(obj) - {"label", "pattern", "id"} - ANNOTATION_KEYS
    if extra:
        raise ConfigError(f"unknown keys {sorted(extra)}", file, line)
    confidence = obj.get("confidence", 1.0)
    if (isinstance(confidence, bool) or not isinstance(confidence, (int, float))
            or not 0 <= confidence <= 1 or math.isnan(confidence)):
        raise ConfigError('"confidence" must be a number from 0 to 1', file, line)
    return Rule(label=label, pattern=pattern, canonical=canonical, file=file, line=line,
                confidence=float(confidence))


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
    return list(_parsed_rules(text, str(path)))


@lru_cache(maxsize=64)
def _parsed_rules(text: str, path: str) -> tuple[Rule, ...]:
    """The checked rules of one file's text, kept by content: a run checks its rule files before
    any work and again in the entities stage of each document, and reads them once."""
    rules = []
    for n, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.lstrip().startswith("//"):
            rules.append(_rule_from_line(raw, path, n))
    if not rules:
        raise ConfigError("no rules in the file (it is empty or only comments)", path)
    _check_token_patterns(rules)
    return tuple(rules)


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


def _first_line(exc: Exception) -> str:
    lines = [x.strip() for x in str(exc).splitlines() if x.strip()]
    detail = next((x for x in lines if x.startswith(("pattern ->", "-> "))), "")
    return " ".join(filter(None, [lines[0] if lines else type(exc).__name__, detail]))


def load_rules(files) -> list[Rule]:
    """Every rule of the given files (the one check `run` and `rules check` share)."""
    rules = []
    for f in files:
        rules.extend(read_rule_file(Path(f)))
    return rules


# ---- the matcher ---------------------------------------------------------------------------

Entry = tuple  # (label, canonical, source, confidence)


@dataclass
class Lexicon:
    """Normalized surface → (label, canonical, source, confidence), and the regex over all
    surfaces."""

    entries: dict[str, Entry]
    regex: re.Pattern | None

    @classmethod
    def build(cls, entries: dict[str, Entry]) -> "Lexicon":
        keys = sorted((k for k in entries if k), key=lambda k: (-len(k), k))
        regex = re.compile("|".join(map(re.escape, keys))) if keys else None
        return cls(entries, regex)


def build_lexicon(rules: list[Rule], defs: list[Definition]) -> Lexicon:
    """Rule surfaces, plus the other half of each pair the text defines ("X（ACR）")."""
    entries: dict[str, Entry] = {}
    for r in rules:
        if isinstance(r.pattern, str):
            entries.setdefault(normalize(r.pattern), (r.label, r.canonical, "rule", r.confidence))
    for d in defs:
        acr, exp = normalize(d.acronym), normalize(d.expansion)
        known = entries.get(acr) or entries.get(exp)
        if known is None:
            continue
        label, canonical, _, confidence = known
        for key in (acr, exp):
            entries.setdefault(key, (label, canonical, "definition", confidence))
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
        label, canonical, source, confidence = lexicon.entries[m.group()]
        found.append(Mention(unit_id, offset + start, offset + end, text[start:end], label,
                             canonical, source, confidence))
        pos = m.end()
    return found


@dataclass(frozen=True)
class TitleReading:
    """How the general layer reads a long formal name's parts (the `title_*` switches of
    `[entities]`; see `extend_left`)."""

    joiners: bool = False
    adjectives: bool = False
    clauses: bool = False
    amendments: bool = False
    amended: bool = False
    fused_amendments: bool = False
    counters: bool = False
    joints: bool = False

    @classmethod
    def of(cls, cfg: EntityConfig) -> "TitleReading":
        return cls(cfg.title_joiners, cfg.title_adjectives, cfg.title_clauses,
                   cfg.title_amendments, cfg.title_amended, cfg.title_fused_amendments,
                   cfg.trim_counters, cfg.title_joints)

    @property
    def fused(self) -> bool:
        """X法改正 (one word in Sudachi) is read as a mention of X法."""
        return self.amended or self.fused_amendments


class TokenRules:
    """All token patterns of the rule files in one spaCy Matcher (built once per document)."""

    def __init__(self, rules: list[Rule], titles: TitleReading = TitleReading()):
        from spacy.matcher import Matcher
        from spacy.vocab import Vocab

        self.rules = [r for r in rules if not isinstance(r.pattern, str)]
        self.titles = titles
        self.matcher = Matcher(Vocab())
        self.by_key: dict[int, Rule] = {}
        for n, r in enumerate(self.rules):
            key = f"rule-{n}"
            try:
                self.matcher.add(key, [r.pattern])
            except (ValueError, TypeError, KeyError) as exc:
                raise ConfigError(f"bad token pattern: {_first_line(exc)}", r.file,
                                  r.line) from None
            self.by_key[self.matcher.vocab.strings[key]] = r

    def match(self, doc, offset: int, unit_id: str) -> list[Mention]:
        if not self.rules:
            return []
        matches = [(self.by_key[match_id], s, e) for match_id, s, e in self.matcher(doc)]
        complete = {e for r, s, e in matches if r.general and _ends_in_head(r)}
        found = []
        for r, s, e in matches:
            if r.general:
                if doc[e - 1].text == _FUSED_AMENDMENT and not self.titles.fused:
                    continue
                if self.titles.counters and _counted(doc, s):
                    continue  # 第28|回締約国会議: the match from 締約国 on is the name
                if is_label(doc[s]):
                    continue  # 課題（ア）|条約: the match after the label is the name
                if self.titles.amendments and r.label == "LAW":
                    e = extend_right(doc, e)
                s = _after_labels(doc, extend_left(doc, s, complete, "関する" in doc[s:e].text,
                                                   self.titles), s)
                if _spaced_japanese(doc[s:e].text):
                    continue
            span = doc[s:e]
            name = r.canonical or _canonical(span.text)
            if r.general and r.label == "LAW" and self.titles.fused:
                name = unamended(name, prefix=self.titles.amended)
            found.append(Mention(unit_id, offset + span.start_char, offset + span.end_char,
                                 span.text, r.label, name,
                                 "general" if r.general else "rule", r.confidence))
        return found


# Sudachi reads 法改正 as one word (下水道|法改正): the law's name ends inside it.
_FUSED_AMENDMENT = "法改正"


def unamended(name: str, prefix: bool = True) -> str:
    """The law an amended law's name refers to: 下水道法改正 (the amendment of 下水道法) and, with
    `prefix`, 改正下水道法 (the amended 下水道法) are 下水道法 (the mention keeps its words; its
    canonical name drops 改正)."""
    if name.endswith(_FUSED_AMENDMENT):
        name = name[:-2]
    if prefix and name.startswith("改正") and len(name) > 3:
        name = name[2:]
    return name


# An amending act is named by the law it amends: 民法|等|の一部を改正する|法律.
_AMENDING = ("の", "一部", "を", "改正", "する")
_AMENDING_HEADS = frozenset({"法律", "政令", "省令", "府令", "条例", "規則"})


def extend_right(doc, end: int) -> int:
    """Where a law's name ends when the act amending it is named after it (民法等の一部を改正
    する法律, 健康増進法の一部を改正する政令): the name of the amending act, or `end`."""
    j = end + (end < len(doc) and doc[end].text == "等")
    k = j + len(_AMENDING)
    if (k < len(doc) and tuple(t.text for t in doc[j:k]) == _AMENDING
            and doc[k].text in _AMENDING_HEADS
            and not any(t.whitespace_ for t in doc[end - 1:k])):
        return k + 1
    return end


def _ends_in_head(rule: Rule) -> bool:
    """A pattern whose last token is fixed (a head word, not a repeated chain token): what it
    matches is a complete name (厚生労働省 in 厚生労働省・文部科学省 is one of a list)."""
    return "OP" not in rule.pattern[-1]


# Tokens that join the parts of a long formal name (… 及び … の … に関する法律).
_JOINERS = frozenset({"の", "及び", "並びに", "又は", "、", "等", "と"})
_JOINER_VERBS = frozenset({"よる", "おける", "係る", "対する", "関する"})
# Nouns that never start a name.
_NOT_NAME = frozenset({"こと", "もの", "ため", "よう", "同", "本", "各", "当該", "我が国", "我国",
                       "これ", "それ", "今回", "今般", "以下", "上記"})


def _name_token(t) -> bool:
    return is_term_token(t) and not t.is_punct and t.text not in _NOT_NAME and t.text != "・"


def _chain_start(doc, i: int) -> int:
    """The first token of the name's words before token `i`: a space ends them (注1 …法律)."""
    while i > 0 and _name_token(doc[i - 1]) and not spaced_off(doc, i - 1):
        i -= 1
    return i


def _after_labels(doc, start: int, matched: int) -> int:
    """Where a name extended left from token `matched` to `start` begins: after the last
    numbered label it reached (課題（ア）|…の|推進に関する法律), for a label numbers a paragraph
    and names nothing."""
    for i in range(matched - 1, start - 1, -1):
        if is_label(doc[i]):
            return i + 1
    return start


def extend_left(doc, start: int, complete: set[int], long_name: bool,
                reading: TitleReading = TitleReading()) -> int:
    """Where a general mention really starts: across a bullet between words (電力・ガス取引監視等
    委員会), and, for a long formal name (… に関する法律), across the words that join its parts
    (医薬品、医療機器等の品質…, AとBとの間の…); a bullet or comma never joins a complete name
    before it (a list: A省・B省, A法、B法). `reading` switches on more of a long name:
    - joiners: its parts are also joined by のための (…の維持向上のための…), and a date before it
      is no part of it (令和３年の…法律);
    - adjectives: a part may open with an adjectival noun and な (資源の|有効な|利用の促進に関する
      法律), when a joiner and another part stand before it;
    - clauses: a part may be an object and its verb (経済施策を|一体的に講ずる|ことによる|安全保障の
      …法律, 障害を|理由とする|差別の…法律), and a complete name before 及び, 並びに or 又は is
      one of a list (A法及び…に関する法律)."""
    i = start
    lists = ("・", "、", "及び", "並びに", "又は") if reading.clauses else ("・", "、")
    while i > 1:
        joined = _join_left(doc, i, complete, long_name, reading, lists)
        if joined is None and reading.adjectives and long_name:
            opened = _adjective_start(doc, i)
            if opened is not None and _join_left(doc, opened, complete, long_name,
                                                 reading, lists) is not None:
                joined = opened
        if joined is None and reading.clauses and long_name:
            joined = _clause_start(doc, i)
        if joined is not None and reading.counters and _counted(doc, joined):
            joined = None  # 2013（平成25）年|の…法律: a date is no part of a name
        if joined is None:
            break
        i = joined
    return i


def _join_left(doc, i: int, complete: set[int], long_name: bool, reading: TitleReading,
               lists: tuple[str, ...] = ("・", "、")) -> int | None:
    """Where the part of a name joined before token `i` starts, or None (no part joins). A
    complete name before one of `lists` is one of a list, not a part."""
    joiner = _joiner_length(doc, i, long_name, reading)
    left = i - joiner - 1
    if not joiner or left < 0:
        return None
    if not _name_token(doc[left]):
        return left if reading.joints and long_name and _nominal_verb(doc, left, i) else None
    word = "並びに" if doc[left + 1].text == "並び" else doc[left + 1].text
    if word in lists and left + 1 in complete:
        return None
    start = _chain_start(doc, left)
    if reading.joints and word == "、" and _adverbial(doc[start:left + 1]):
        return None  # 近年、…法律: an adverb of the sentence, not a part of the name
    return start


def _adverbial(part) -> bool:
    """A part that is one adverbial noun (近年, 現在): it says when, it names nothing."""
    return len(part) == 1 and "副詞可能" in part[0].tag_


_ADJECTIVAL = ("形状詞", "名詞-普通名詞-形状詞可能", "名詞-普通名詞-サ変形状詞可能", "接尾辞-形状詞的")


def _adjective_start(doc, i: int) -> int | None:
    """Where an adjectival noun with な before token `i` starts (有効|な, 持続|可能|な,
    先進|的|な), or None."""
    if i < 3 or doc[i - 1].text != "な" or not doc[i - 1].tag_.startswith("助動詞"):
        return None
    stem = doc[i - 2]
    if not _name_token(stem) or not stem.tag_.startswith(_ADJECTIVAL):
        return None
    j = i - 2
    while j > 0 and _name_token(doc[j - 1]) and not doc[j - 1].whitespace_:
        j -= 1  # a space ends it: 長期化 国際的な… is two phrases
    return j


# What joins a verb clause to the part of a name after it: …する|ための…, …講ずる|ことによる….
_CLAUSE_LINKS = (("ため", "の"), ("こと", "に", "よる"))
_CLAUSE_STOPS = frozenset({"を", "が", "は", "も", "で", "へ", "から", "まで", "より"})


def _clause_start(doc, i: int, longest: int = 5) -> int | None:
    """Where an object and its verb before token `i` start (障害|を|理由|と|する, 能力|を|活用|
    し|た, 供給|を|実現|する|ため|の), or None: the verb ends in its attributive form, at most
    `longest` words stand between it and を, and no space or punctuation breaks the clause."""
    end = i
    for link in _CLAUSE_LINKS:
        if end > len(link) and tuple(t.text for t in doc[end - len(link):end]) == link:
            end -= len(link)
            break
    if end < 3 or not _attributive(doc[end - 1]):
        return None
    j = end - 1
    while j > 0 and doc[j - 1].text != "を":
        t = doc[j - 1]
        if end - j >= longest or t.is_punct or t.text in _CLAUSE_STOPS:
            return None
        j -= 1
    if j < 2 or not _name_token(doc[j - 2]) or any(t.whitespace_ for t in doc[j - 2:i]):
        return None
    if not any(t.tag_.startswith("動詞") for t in doc[j:end]):
        return None
    return _chain_start(doc, j - 2)


def _attributive(t) -> bool:
    """A verb or auxiliary in its attributive form (講ずる, 置く, し|た)."""
    form = t.morph.get("Inflection")
    return t.tag_.startswith(("動詞", "助動詞")) and bool(form) and "連体形" in form[0]


def _nominal_verb(doc, left: int, i: int) -> bool:
    """Token `left` is a verb in its continuative form used as a noun, after の and before
    及び or 並びに (人工衛星等の|打上げ|及び|人工衛星の管理に関する法律)."""
    t = doc[left]
    form = t.morph.get("Inflection")
    return (t.tag_.startswith("動詞") and bool(form) and "連用形" in form[0] and left > 0
            and doc[left - 1].text == "の" and doc[left + 1].text in ("及び", "並び"))


def _joiner_length(doc, i: int, long_name: bool, reading: TitleReading = TitleReading()) -> int:
    """How many tokens before token `i` join two parts of a name (0: none)."""
    prev = doc[i - 1].text
    if prev == "・":
        return 1
    if not long_name:
        return 0
    titles = reading.joiners
    if reading.joints and i > 2:
        joint = _joint_length(doc, i)
        if joint:
            return joint
    if prev in _JOINER_VERBS and doc[i - 2].text == "に":
        return 2
    if (i > 3 and prev == "る" and doc[i - 2].text + "る" in _JOINER_VERBS
            and doc[i - 3].text == "に"):
        return 3  # Sudachi splits に|おけ|る
    if prev == "の" and doc[i - 2].text in ("と", "へ", "で"):
        return 2
    if titles and i > 3 and prev == "の" and doc[i - 2].text == "ため" and doc[i - 3].text == "の":
        return 3  # …の維持向上|の|ため|の|義務教育…
    if titles and i > 3 and prev == "の" and _is_date(doc, i - 2):
        return 0  # 令和３年|の|…法律: a date is no part of a name
    return 1 if prev in _JOINERS else 0


def _joint_length(doc, i: int) -> int:
    """The joints of a long name that Sudachi splits or that hold a word of their own: 並び|に
    (Sudachi's two words for 並びに), a case particle before の (配偶者|から|の|暴力), and その after
    及び, 並びに or 又は (医療的ケア児|及び|その|家族)."""
    prev, before = doc[i - 1].text, doc[i - 2].text
    if prev == "に" and before == "並び":
        return 2
    if prev == "の" and before == "から":
        return 2
    if prev == "その":
        if before in ("及び", "又は", "並びに"):
            return 2
        if before == "に" and i > 3 and doc[i - 3].text == "並び":
            return 3
    return 0


def _counted(doc, i: int) -> bool:
    """Token `i` is the counter of a number written just before it (第28|回, 1992|年, and
    2013（平成25）|年): a name that opens with it has left its number out. A letter after a
    number is a code, not a counter (5G促進法)."""
    t = doc[i]
    if i == 0 or not ("助数詞" in t.tag_ or t.tag_.startswith("接尾辞")) or HAS_LATIN.search(t.text):
        return False
    j = i - 1
    if doc[j].text in ")）" and j > 0:
        j -= 1  # the number's other reading in brackets
    return doc[j].tag_.startswith("名詞-数詞") and not doc[j].whitespace_


def _is_date(doc, i: int) -> bool:
    """Token `i` ends a date: a year, month or day counter after a number (令和|３|年)."""
    return doc[i].text in ("年", "年度", "月", "日") and doc[i - 1].tag_.startswith("名詞-数詞")


_SPACED = re.compile(r"[^\x00-\x7f]\s+[^\x00-\x7f]")


def _spaced_japanese(text: str) -> bool:
    """White space between two Japanese characters: two names on separate lines, not one."""
    return bool(_SPACED.search(text))


def _canonical(text: str) -> str:
    """The name a general-layer mention is known by: its text without line breaks and with
    single spaces (English names keep their spaces)."""
    return re.sub(r"\s+", " ", text).strip()


def match_token_rules(doc, offset: int, unit_id: str, rules: list[Rule]) -> list[Mention]:
    return TokenRules(rules).match(doc, offset, unit_id)


# ---- names the text gives a general-layer entity ------------------------------------------

# "X（ABBR）", "X（以下「Y」という。）", "X（English name: ABBR）" right after a mention.
_BRACKET_AFTER = re.compile(r"\s*[（(](?P<body>[^（）()]{1,80})[）)]")
_DEFINED_SHORT = re.compile(r"^\s*以下\s*[、,]?\s*[「『]?(?P<alias>[^「」『』、。]{1,30}?)[」』]?\s*"
                            r"(?:という|とする|と称する|と略す|と呼ぶ)?\s*[。．]?\s*$")
_QUOTED = re.compile(r"^\s*[「『](?P<alias>[^「」『』]{1,30})[」』]\s*$")
_BARE_ACRONYM = re.compile(rf"^\s*(?:[A-Za-z][A-Za-z .'&-]+\s*[,:：、]\s*)?(?P<alias>{ACRONYM})\s*$")
_SHORT = re.compile(r"^\s*(?P<alias>[\u3040-\u30ff\u4e00-\u9fff々ー・A-Za-z0-9]{2,15})\s*$")


def alias_after(text: str, end: int, name: str) -> tuple[str, int] | None:
    """The short name a bracket right after a mention (ending at `end` of `text`) gives it, and
    the alias's start offset; None when the bracket holds something else (a year, a note)."""
    m = _BRACKET_AFTER.match(text, end)
    if not m:
        return None
    body = m.group("body")
    for regex, check in ((_DEFINED_SHORT, False), (_QUOTED, False), (_BARE_ACRONYM, False),
                         (_SHORT, True)):
        hit = regex.match(body)
        if not hit:
            continue
        alias = hit.group("alias").strip()
        if check and not is_subsequence(normalize(alias), normalize(name)):
            return None
        if len(alias) < 2 or alias == name or alias.isdigit():
            return None
        return alias, m.start("body") + hit.start("alias") + (len(hit.group("alias"))
                                                              - len(hit.group("alias").lstrip()))
    return None


def general_aliases(parsed, general: dict[str, list[Mention]],
                    sources: tuple[str, ...] = ("general",)) -> dict[str, Entry]:
    """Short names the text defines for general-layer mentions ("X（ABBR）", "X（以下「Y」という。）",
    "ABBR（X）"), as lexicon entries sharing the long name's label and canonical (also for NER
    mentions when `sources` names "ner")."""
    entries: dict[str, Entry] = {}
    for p in parsed:
        text, start = p.unit.text, p.unit.start
        for m in resolve_overlaps(general.get(p.unit.unit_id, [])):
            if m.source not in sources or (m.source == "ner" and m.label not in LABELS):
                continue
            found = (alias_after(text, m.end - start, m.text)
                     or acronym_before(text, m.start - start, m.end - start))
            if found:
                entries.setdefault(normalize(found[0]), (m.label, m.canonical, "general",
                                                         m.confidence))
    return entries


_ACRONYM_OPEN = re.compile(rf"(?P<alias>{ACRONYM})\s*[（(]\s*$")
_CLOSE = re.compile(r"\s*[）)]")


def acronym_before(text: str, start: int, end: int) -> tuple[str, int] | None:
    """"ABBR（X）": the acronym written just before a bracket that holds the whole mention."""
    m = _ACRONYM_OPEN.search(text, max(0, start - 30), start)
    if m and _CLOSE.match(text, end):
        return m.group("alias"), m.start("alias")
    return None


def head_label(text: str, heads: dict[str, tuple[str, ...]]) -> str | None:
    """The label whose head nouns end `text` (the longest head wins: 巡航ミサイル → ミサイル)."""
    norm = normalize(text)
    best, best_len = None, 0
    for label, words in heads.items():
        for w in map(normalize, words):
            if norm.endswith(w) and len(w) > best_len and len(norm) > len(w):
                best, best_len = label, len(w)
    return best


def defined_by_head(defs: list[Definition], cfg: EntityConfig) -> dict[str, Entry]:
    """Pairs the text defines (X（ABBR）, ABBR（X）) whose X ends in a head noun of a label: both
    names, as lexicon entries with that label and X as the canonical name."""
    entries: dict[str, Entry] = {}
    for d in defs:
        label = head_label(d.expansion, cfg.ner_heads)
        if label not in LABELS:
            continue
        for name in (d.expansion, d.acronym):
            entries.setdefault(normalize(name), (label, d.expansion, "general",
                                                 cfg.defined_confidence))
    return entries


# ---- GiNZA's NER -----------------------------------------------------------------------------


def _rejected(text: str, label: str, cfg: EntityConfig) -> bool:
    """GiNZA's obvious misfires for a label: an English phrase headed by a word that names a
    document or a body (Register, Act, ...) is no person; a phrase with 側 or 国内 no country."""
    words = text.split()
    heads = cfg.ner_reject_heads.get(label, ())
    if heads and len(words) > 1 and words[-1].strip(".,") in heads:
        return True
    return any(part in text for part in cfg.ner_reject_contains.get(label, ()))


def ner_mentions(doc, offset: int, unit_id: str, cfg: EntityConfig) -> list[Mention]:
    """GiNZA's own entities, mapped to our labels, with its usual misfires filtered."""
    found = []
    for ent in doc.ents:
        label = cfg.ner_labels.get(ent.label_)
        text = ent.text.strip()
        heads = cfg.ner_heads.get(label)
        if (label is None or len(text) < cfg.ner_min_chars or text in cfg.ner_stoplist
                or _ORDINAL.match(normalize(text)) or not any(c.isalpha() for c in text)
                or (heads and not normalize(text).endswith(tuple(map(normalize, heads))))
                or _rejected(text, label, cfg)):
            continue
        found.append(Mention(unit_id, offset + ent.start_char, offset + ent.end_char, ent.text,
                             label, text, "ner", cfg.ner_confidence))
    return found


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where mentions overlap (rules before definitions before the
    general layer before NER)."""
    ordered = sorted(mentions, key=lambda m: (SOURCE_RANK.get(m.source, 9), -(m.end - m.start),
                                              -m.confidence, m.start))
    kept: list[Mention] = []
    for m in ordered:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def extract(parsed, rules: list[Rule], defs: list[Definition], cfg: EntityConfig,
            token_cache: Path | None = None) -> list[Mention]:
    """All mentions of a document's parsed units, in document order. `token_cache`: a file
    for the token patterns' matches (see `token_matches`)."""
    lexicon = build_lexicon(rules, defs)
    by_token = token_matches(parsed, rules, token_cache, TitleReading.of(cfg))
    by_ner = {p.unit.unit_id: ner_mentions(p.doc, p.unit.start, p.unit.unit_id, cfg)
              if cfg.ner_fallback else [] for p in parsed}
    aliases = Lexicon.build({k: v for k, v in names_given(parsed, by_token, by_ner, defs,
                                                          cfg).items()
                             if k not in lexicon.entries})
    out = []
    for p in parsed:
        unit = p.unit
        edges = token_edges(p.doc)
        mentions = match_lexicon(unit.text, unit.start, unit.unit_id, lexicon, edges)
        mentions += by_token[unit.unit_id]
        mentions += match_lexicon(unit.text, unit.start, unit.unit_id, aliases,
                                  _alias_edges(unit.text, edges))
        mentions += by_ner[unit.unit_id]
        out.extend(m for m in resolve_overlaps(mentions) if m.label not in cfg.drop_labels)
    return out


def names_given(parsed, by_token: dict[str, list[Mention]], by_ner: dict[str, list[Mention]],
                defs: list[Definition], cfg: EntityConfig) -> dict[str, Entry]:
    """The short names the text gives general-layer mentions (and, as configured, NER mentions
    and the pairs it defines whose long name ends in a head noun)."""
    if cfg.ner_aliases:
        both = {k: by_token[k] + by_ner.get(k, []) for k in by_token}
        found = general_aliases(parsed, both, ("general", "ner"))
    else:
        found = general_aliases(parsed, by_token)
    if cfg.defined_by_head:
        for k, v in defined_by_head(defs, cfg).items():
            found.setdefault(k, v)
    return found


def token_rules_key(rules: list[Rule]) -> str:
    """What the token patterns' matches depend on besides the parse: the token rules (label,
    pattern, canonical name, confidence, in order), not the file they were read from."""
    h = hashlib.sha256()
    for r in rules:
        if not isinstance(r.pattern, str):
            h.update(json.dumps([r.label, r.pattern, r.canonical, r.confidence],
                                ensure_ascii=False, sort_keys=True).encode() + b"\n")
    return h.hexdigest()[:16]


def token_matches(parsed, rules: list[Rule], cache: Path | None = None,
                  titles: TitleReading = TitleReading()) -> dict[str, list[Mention]]:
    """The token patterns' mentions by unit. Kept in `cache` (named by the parse and
    `token_rules_key`): a re-run after a change to the names of a rule file (not its token
    patterns) reads them instead of running spaCy's Matcher (about a second on the corpus
    report)."""
    units = [p.unit.unit_id for p in parsed]
    if cache is not None and (found := _read_matches(cache)) is not None and list(found) == units:
        return found
    token_rules = TokenRules(rules, titles)
    by_token = {p.unit.unit_id: token_rules.match(p.doc, p.unit.start, p.unit.unit_id)
                for p in parsed}
    if cache is not None:
        _write_matches(cache, by_token)
    return by_token


def _read_matches(path: Path) -> dict[str, list[Mention]] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return {unit: [Mention(*m) for m in found] for unit, found in rows}
    except (OSError, ValueError, TypeError):
        return None


def _write_matches(path: Path, by_token: dict[str, list[Mention]]) -> None:
    from ..outputs import atomic_file

    rows = [[unit, [[m.unit_id, m.start, m.end, m.text, m.label, m.canonical, m.source,
                     m.confidence] for m in found]] for unit, found in by_token.items()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as tmp:
            tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # not kept: the next run matches again


def _alias_edges(text: str, edges: set[int]) -> set[int]:
    """Token edges, plus the edges of Latin runs (Sudachi may glue an acronym to a neighbour)."""
    extra = {i for m in re.finditer(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９-]+", text) for i in m.span()}
    return edges | extra
