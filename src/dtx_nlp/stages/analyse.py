"""The analysis stages after parsing: entities, glossary, links (and review decisions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..config import PipelineConfig
from ..review import decisions as review
from ..types import CleanDoc, Issue, Link, Mention, Term, TokenRecord, Unit
from . import entities, glossary, links
from .definitions import Definition, find_definitions
from .parse import ParsedUnit, token_records


@dataclass
class Analysis:
    units: list[Unit]
    tokens: list[TokenRecord] | None  # None: the previous tokens.csv is reused
    definitions: list[Definition]
    mentions: list[Mention]
    glossary: list[Term]
    links: list[Link]
    candidates: list[Link] = field(default_factory=list)  # every scored pair, before review
    review_file: str = ""
    link_config: object = None  # the LinkConfig the links were made with
    neighbours: dict = field(default_factory=dict)  # links.target_neighbours (the queue's hints)


def analyse(cleaned: CleanDoc, parsed: list[ParsedUnit], cfg: PipelineConfig, opts,
            issues: list[Issue], stage: Callable[[str], None], text_cache=None,
            need_tokens: bool = True, token_cache=None) -> Analysis:
    units = [p.unit for p in parsed]
    tokens = token_records(parsed) if need_tokens else None
    defs = [d for p in parsed
            for d in find_definitions(p.unit, p.doc, cfg.glossary.glossed_acronyms,
                                      cfg.glossary.wide_acronyms,
                                      cfg.glossary.japanese_acronyms,
                                      cfg.glossary.whole_word_glosses)]
    stage("entities")  # each stage is reported as it starts
    rules = entities.load_rules(cfg.entities.rule_files)
    mentions = entities.extract(parsed, rules, defs, cfg.entities, token_cache)
    stage("glossary")
    terms = glossary.build_glossary(parsed, mentions, defs, cfg.glossary)
    stage("links")
    candidates = links.link(parsed, mentions, terms, cfg.links, text_cache)
    neighbours = links.target_neighbours(parsed, cfg.links) if cfg.links.feedback else {}
    review_file = review.review_path(cleaned.path, opts.review_dir)
    found = review.reviewed_links(candidates, units, review_file, cfg.links, issues, neighbours)
    return Analysis(units, tokens, defs, mentions, terms, found, candidates, str(review_file),
                    cfg.links, neighbours)
