"""Choose between variants of the general entity layer by leave-one-report-out cross-validation.

The reports: the field reports (tests/reports/fields/, gold <stem>.entities.tsv, exact spans) and
the corpus report (gold tests/gold/entities.tsv, LAW scored as LEGAL_SITUATION). Each variant is a
set of switches of tools/make_general_rules.py (and of the entities stage); for every report, switches
are chosen by forward selection on the other reports (mean overall F1) and scored on the report left
out; then chosen once more on all four (the shipped layer). The held-out reports
(tests/reports/heldout/) are never read here.

    PYTHONPATH=src python tools/cv_general_rules.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import make_general_rules as gen

from dtx_nlp.evaluation import evaluate as ev
from dtx_nlp.run.runner import Models, RunOptions, _load, analyse_document
from dtx_nlp.stages import entities as ent
from dtx_nlp.stages.ingest import find_documents

CORPUS = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
GOLD = ROOT / "tests" / "gold"
FIELDS = ROOT / "tests" / "reports" / "fields"


# Switches of the entities stage itself (config keys under [entities]).
CODE_SWITCHES = ("defined_by_head", "ner_aliases")
SWITCH_NAMES = tuple(sorted(gen.SWITCHES)) + CODE_SWITCHES


class Report:
    """One report's parse and gold, scored for a rule set."""

    def __init__(self, name, parsed, defs, score):
        self.name, self.parsed, self.defs, self.score = name, parsed, defs, score


def load_reports(cfg, models, opts) -> list[Report]:
    out = []
    for doc in find_documents(FIELDS):
        gold_file = FIELDS / "gold" / f"{doc.stem}.entities.tsv"
        if not gold_file.exists():
            continue
        _, cleaned, analysis, _ = analyse_document(doc, cfg, models, opts)
        gold = ev.gold_spans(cleaned.text, ev.field_gold(gold_file))
        out.append(Report(doc.stem, models.last_parsed, analysis.definitions,
                          lambda ms, g=gold: ev.span_scores(ms, g)))
    _, _, analysis, _ = analyse_document(CORPUS, cfg, models, opts)
    scope = {u.unit_id for u in analysis.units if u.kind not in ev.OUT_OF_SCOPE}
    gold_e = ev.gold_entities(GOLD / "entities.tsv")

    def corpus_score(ms):
        s = ev.entity_scores(ms, gold_e, scope)
        tp, fp, fn = (sum(x[k] for x in s.values()) for k in ("tp", "fp", "fn"))
        return {**s, "all": ev.prf(tp, fp, fn)}

    out.append(Report("corpus", models.last_parsed, analysis.definitions, corpus_score))
    return out


def score_variant(switches, reports, cfg, tmp: Path) -> dict[str, dict]:
    path = tmp / "general.jsonl"
    gen.write(path, {k: v for k, v in switches.items() if k in gen.SWITCHES})
    general = ent.read_rule_file(path)
    ecfg = replace(cfg.entities, **{k: switches[k] for k in CODE_SWITCHES})
    domain = [r for f in cfg.entities.rule_files if not str(f).endswith("general.jsonl")
              for r in ent.read_rule_file(Path(f))]
    rules = domain + general
    return {r.name: r.score(ent.extract(r.parsed, rules, r.defs, ecfg))
            for r in reports}


def _key(on: frozenset[str]) -> str:
    return ",".join(sorted(on)) or "(none)"


class Table:
    """Scores of each variant on each report, computed once."""

    def __init__(self, reports, cfg, tmp: Path):
        self.reports, self.cfg, self.tmp, self.rows = reports, cfg, tmp, {}

    def __call__(self, on: frozenset[str]) -> dict[str, dict]:
        key = _key(on)
        if key not in self.rows:
            self.rows[key] = score_variant({k: k in on for k in SWITCH_NAMES}, self.reports,
                                           self.cfg, self.tmp)
            print(key, {n: x["all"]["f1"] for n, x in self.rows[key].items()}, flush=True)
        return self.rows[key]


FLOOR = 0.97  # the corpus report's F1 per label must stay at or above this (issue 15)


def admissible(row: dict[str, dict]) -> bool:
    """A variant may be chosen only if the corpus report keeps F1 >= FLOOR on every label."""
    corpus = row.get("corpus")
    return corpus is None or all(x["f1"] >= FLOOR for k, x in corpus.items() if k != "all")


def forward_selection(table: Table, train: list[str]) -> frozenset[str]:
    """Switches added one at a time, each the one that raises the mean overall F1 on the
    training reports most, while one does; ties go to the simpler variant."""
    def mean(on):
        return round(sum(table(on)[n]["all"]["f1"] for n in train) / len(train), 6)

    on = frozenset()
    while True:
        options = [on | {s} for s in SWITCH_NAMES if s not in on and admissible(table(on | {s}))]
        best = max(options, key=lambda o: (mean(o), -len(o)), default=None)
        if best is None or mean(best) <= mean(on):
            return on
        on = best


def _size(key: str) -> int:
    """How many switches a variant turns on (ties go to the simpler variant)."""
    return 0 if key == "(none)" else len(key.split(","))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    cfg = _load(None, ())
    models = Models(cfg)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        opts = RunOptions(out=tmp / "out", review_dir=tmp / "no-review")
        reports = load_reports(cfg, models, opts)
        table = Table(reports, cfg, tmp)
        names = [r.name for r in reports]
        loro = {}
        for held in names:
            chosen = forward_selection(table, [n for n in names if n != held])
            loro[held] = {"chosen": _key(chosen), "scores": table(chosen)[held],
                          "baseline": table(frozenset())[held]}
        everywhere = forward_selection(table, names)
        for held, x in loro.items():
            print(f"left out {held}: chose {x['chosen']}; F1 {x['baseline']['all']['f1']} -> "
                  f"{x['scores']['all']['f1']}")
        print(f"chosen on all four: {_key(everywhere)}")
    if args.json:
        args.json.write_text(json.dumps({"table": table.rows, "loro": loro,
                                         "chosen": _key(everywhere)},
                                        ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
