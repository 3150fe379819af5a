"""`dtx-nlp rules suggest`: candidate entities that no rule names, as a ready-to-edit rule file.

Candidates come from four places: the general layer (token patterns for bodies, laws and
situations), GiNZA's NER (with its misfires filtered), the pairs the text defines ("X（ABBR）")
and noun chains that recur and end in a head noun of a label (…ミサイル, …省). Names tied by the
text (an acronym and its expansion, a short name "以下「Y」") form one group with one canonical
name. Groups are ranked by how often they occur times how sure the label guess is; each surface
becomes one JSONL line in the format `--rules` reads, with the count, the aliases, the sources
and one example sentence as keys spaCy's ruler ignores.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .config import PipelineConfig
from .stages import entities as ent
from .stages.chains import spaced_off, term_part
from .textnorm import normalize

GENERAL_RULES = Path(str(resources.files("dtx_nlp") / "pipelines" / "rules" / "general.jsonl"))
# How much a source's label guess is worth (the general layer brings its rule's confidence).
HEAD_CONFIDENCE = 0.4
DEFINITION_CONFIDENCE = 0.6
MIN_CHAIN_COUNT = 2
MAX_CHAIN_CHARS = 24


@dataclass
class Group:
    """One candidate entity under all the names the text gives it."""

    canonical: str
    names: dict[str, str] = field(default_factory=dict)   # normalized → surface as written
    votes: Counter = field(default_factory=Counter)       # label → summed confidence
    best: Counter = field(default_factory=Counter)        # label → best single confidence
    sources: set[str] = field(default_factory=set)
    count: int = 0
    by_name: Counter = field(default_factory=Counter)     # normalized → occurrences
    example: str = ""

    @property
    def label(self) -> str:
        return max(sorted(self.votes), key=lambda k: self.votes[k])

    @property
    def confidence(self) -> float:
        """How sure the guess is: the best source's confidence in the label, a little more for
        each further source that found the name, below 1 (what a checked rule gets)."""
        return round(min(0.95, self.best[self.label] + 0.05 * (len(self.sources) - 1)), 2)

    @property
    def score(self) -> float:
        return self.count * self.confidence


class _Union:
    """Names tied together by the text (union–find over normalized names)."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


@dataclass(frozen=True)
class Sighting:
    """One candidate name seen once: where, as what, from which source, how sure."""

    text: str
    label: str
    canonical: str
    source: str
    confidence: float


head_label = ent.head_label


def _chains(doc) -> list[str]:
    """Maximal noun chains of a doc that could be names: two tokens or more, or one compound
    noun of three characters or more (a bullet joins katakana words: ゴールデン・ドーム; a space
    ends a name: 提言1 無人航空機)."""
    out, run = [], []
    for i, t in enumerate(doc):
        if term_part(doc, i):
            run.append(t)
            if not spaced_off(doc, i):
                continue
        _close(doc, run, out)
        run = []
    _close(doc, run, out)
    return out


def _close(doc, run: list, out: list[str]) -> None:
    while run and run[-1].text == "・":
        run.pop()
    text = doc.text[run[0].idx:run[-1].idx + len(run[-1].text)] if run else ""
    if (len(run) >= 2 or len(text) >= 3) and len(text) <= MAX_CHAIN_CHARS:
        out.append(text)


def sightings(parsed, mentions, defs, general: ent.TokenRules, cfg: PipelineConfig
              ) -> tuple[list[Sighting], list[tuple[str, str]]]:
    """Every candidate name of one document and the name pairs the text ties together."""
    found: list[Sighting] = []
    pairs: list[tuple[str, str]] = []
    by_token = {p.unit.unit_id: general.match(p.doc, p.unit.start, p.unit.unit_id)
                for p in parsed}
    aliases = ent.general_aliases(parsed, by_token)
    for p in parsed:
        for m in ent.resolve_overlaps(by_token[p.unit.unit_id]):
            found.append(Sighting(m.text, m.label, m.canonical, "general", m.confidence))
        for m in ent.ner_mentions(p.doc, p.unit.start, p.unit.unit_id, cfg.entities):
            if m.label in ent.LABELS:
                found.append(Sighting(m.text, m.label, m.text, "ner", m.confidence))
        for chain in _chains(p.doc):
            label = head_label(chain, cfg.entities.ner_heads)
            if label in ent.LABELS:
                found.append(Sighting(chain, label, chain, "noun chain", HEAD_CONFIDENCE))
    for key, (label, canonical, _, confidence) in aliases.items():
        pairs.append((key, normalize(canonical)))
    for d in defs:
        pairs.append((normalize(d.acronym), normalize(d.expansion)))
        label = head_label(d.expansion, cfg.entities.ner_heads)
        for name in (d.expansion, d.acronym):
            if label in ent.LABELS:
                found.append(Sighting(name, label, d.expansion, "definition",
                                      DEFINITION_CONFIDENCE))
    covered = {normalize(m.text) for m in mentions if m.source in ("rule", "definition")}
    return [s for s in found if normalize(s.text) not in covered], pairs


def group_sightings(found: list[Sighting], pairs: list[tuple[str, str]]) -> dict[str, Group]:
    union = _Union()
    names = {normalize(s.text) for s in found}
    for a, b in pairs:
        if a in names or b in names:
            union.join(a, b)
    groups: dict[str, Group] = {}
    for s in found:
        key = union.find(normalize(s.text))
        g = groups.setdefault(key, Group(canonical=s.canonical))
        if s.source in ("general", "definition") and len(s.canonical) > len(g.canonical):
            g.canonical = s.canonical
        g.names.setdefault(normalize(s.text), s.text)
        g.votes[s.label] += s.confidence
        g.best[s.label] = max(g.best[s.label], s.confidence)
        g.sources.add(s.source)
    return groups


def count_names(groups: dict[str, Group], parsed_docs) -> None:
    """Occurrences of every name (however each was found) and the first sentence of each group."""
    entries = {name: ("X", key, "suggest", 1.0) for key, g in groups.items() for name in g.names}
    lexicon = ent.Lexicon.build(entries)
    for parsed in parsed_docs:
        for p in parsed:
            edges = ent.token_edges(p.doc)
            for m in ent.match_lexicon(p.unit.text, 0, "", lexicon, edges):
                g = groups[m.canonical]
                g.count += 1
                g.by_name[normalize(m.text)] += 1
                if not g.example:
                    g.example = _sentence(p.doc, m.start)


def _sentence(doc, char: int) -> str:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent.text.strip()
    return doc.text.strip()


def rule_lines(groups: dict[str, Group], min_count: int) -> list[dict]:
    """Ranked JSONL objects: first one line per candidate entity (its most frequent name),
    groups by score, so the head of the file is a list of distinct entities;
    then the other names of each group, in the same group order (they share the `id`)."""
    ranked = sorted((g for g in groups.values() if g.count >= min_count and g.votes
                     and _worth_it(g)),
                    key=lambda g: (-g.score, -g.count, g.canonical))
    heads, rest = [], []
    for g in ranked:
        names = sorted(((n, s) for n, s in g.names.items() if g.by_name[n]),
                       key=lambda kv: (-g.by_name[kv[0]], kv[0] != normalize(g.canonical),
                                       kv[1]))
        for i, (norm, surface) in enumerate(names):
            (heads if i == 0 else rest).append({
                "label": g.label, "pattern": surface, "id": g.canonical,
                "confidence": g.confidence, "count": g.by_name[norm],
                "aliases": [s for n, s in names if n != norm],
                "sources": sorted(g.sources), "examples": [g.example]})
    return heads + rest


def _worth_it(g: Group) -> bool:
    """Noun chains alone must recur; other sources speak for themselves."""
    return g.sources != {"noun chain"} or g.count >= MIN_CHAIN_COUNT


def suggest(paths: list[Path], cfg: PipelineConfig, models, opts, min_count: int = 1
            ) -> list[dict]:
    """Suggested rules for the documents at `paths` (each run through the pipeline as
    configured: what its rules already name is left out)."""
    from .run.runner import analyse_document

    rules = ent.read_rule_file(GENERAL_RULES)
    rules += [r for r in ent.load_rules(cfg.entities.rule_files)
              if r.general and Path(r.file).resolve() != GENERAL_RULES.resolve()]
    general = ent.TokenRules(rules)
    found, pairs, docs = [], [], []
    for path in paths:
        _, _, analysis, _ = analyse_document(path, cfg, models, opts)
        parsed = models.last_parsed
        docs.append(parsed)
        s, p = sightings(parsed, analysis.mentions, analysis.definitions, general, cfg)
        found += s
        pairs += p
    groups = group_sightings(found, pairs)
    count_names(groups, docs)
    return rule_lines(groups, min_count)


def to_jsonl(lines: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
