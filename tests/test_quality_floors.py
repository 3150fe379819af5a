"""Quality floors from the gold (tests/gold/), on the session's parsed corpus.

Each floor sits a little under today's figure (`dtx-nlp evaluate`; today's figure beside it), so
a regression fails while a small, honest movement does not. When a change moves a figure for a
good reason, update its row here (today's figure and, if it rose for good, the floor) in the
same commit, with the `dtx-nlp evaluate` output in the commit message."""

from __future__ import annotations

import random

import pytest
from conftest import CORPUS_DOC, GOLD, PIPELINE

from dtx_nlp.evaluation import evaluate as ev

# figure: (floor, today). Today = `dtx-nlp evaluate` on 2026-11-29 (branch tests).
FLOORS = {
    "entities ORGANIZATION F1": (0.96, 0.986),
    "entities WEAPON_SYSTEM F1": (0.96, 0.984),
    "entities LEGAL_SITUATION F1": (0.97, 1.000),
    "alias groups merged (of 19)": (18, 19),
    "links MAP problems, first reading": (0.82, 0.844),
    "links MAP remarks, first reading": (0.74, 0.764),
    "links accepted F1 (configured rule), first reading": (0.60, 0.636),
    "links accepted F1 (rule by 5-fold CV), first reading": (0.55, 0.587),
    "links MAP problems, second reading": (0.80, 0.822),
    "links MAP remarks, second reading": (0.74, 0.767),
    "links accepted F1 (configured rule), second reading": (0.57, 0.608),
    "links accepted F1 (rule by 5-fold CV), second reading": (0.55, 0.586),
    # issue 16: every candidate kept and ranked by fused evidence; the own list fell from 0.945,
    # the independent list rose from 0.550 (the earlier ranking on the same candidates). Second
    # round (C-value and spread added, chosen by benchmarks/glossary_cv.py; new candidate shapes
    # and noise rules): own 0.891 → 0.927, independent 0.740 → 0.700. Stop 32 (organisations and
    # laws no naming evidence, the signals of use fused into one): independent 0.700 → 0.750; the
    # third reading (written in stop 32, kept out of every choice) 0.667 → 0.713; nested heads
    # used only inside longer terms listed last: own 0.945, independent 0.770, third 0.731.
    # Stop 33 (what the text says about a term counts as marking it, chosen by cross-validation
    # over seven reports): own 0.927, independent 0.760, third 0.722 (one term each). Stop 34
    # (everyday words listed last): own 0.945, independent 0.770, third 0.741. Stop 35 (everyday
    # by the model vocabulary's rank too): own 0.927, independent 0.800, third 0.759. Stop 39
    # (the learned ranking, shipped by a rule written before a fresh set, for its gain on 40
    # held-out reports): own 0.927 → 0.873, independent 0.810 → 0.790, third 0.778 → 0.750.
    # Stop 41 (chain and noise rules): own 0.891. Stop 42 (the trees refitted on 59 reports,
    # the corpus among them): independent 0.810. Stop 43 (parts, then noise judgments as labels
    # too): own 0.891 → 0.873 → 0.909, independent 0.810 → 0.830 → 0.850, third 0.750 → 0.759 →
    # 0.778. Stop 44 (meaning): own 0.909 → 0.891, independent 0.850 → 0.870, third 0.778 → 0.806.
    # Stop 45 (words of scope trimmed): independent 0.870 → 0.860, third 0.806 → 0.787. Stop 47
    # (the trees refitted on 173 reports, shipped under a rule measured on reports never fitted
    # on; the corpus is one report of 173 instead of one of 59): own 0.891 → 0.855, independent
    # 0.860 → 0.830, third 0.787 → 0.759; by the trees fitted without the corpus own 0.782 →
    # 0.782, independent 0.770 → 0.780, third 0.694 → 0.713. The own floor was lowered 0.86 → 0.84
    # Stop 48 (refitted on 185 reports under a rule measured on reports never fitted on): own
    # 0.855 → 0.836 (核戦力 drops below the first 200 rows), independent and
    # third unchanged; by the trees fitted without the corpus own 0.782 → 0.800, independent 0.780
    # → 0.810, third 0.713 → 0.731. The own floor was lowered again, 0.84 → 0.83, as the rule
    # written before the fresh set allowed (docs/glossary.md, "Stop 48"). Stop 49 (800 trees of
    # depth 4 on the same 185 reports, shipped under a rule measured on reports never fitted on):
    # own 0.836 → 0.927, independent 0.830 → 0.890, third 0.759 → 0.806; by the trees fitted
    # without the corpus 0.782 / 0.800 / 0.722. The three floors were raised to follow the model.
    # Stop 50 (the same trees refitted on 221 reports under a rule measured on reports never fitted
    # on; the corpus is one report of 221): own 0.927 → 0.891, independent 0.890 → 0.860, third
    # 0.806 → 0.769; by the trees fitted without the corpus own 0.782 → 0.818, independent 0.800
    # → 0.800, third 0.722 → 0.731. The own and third floors were lowered (0.90 → 0.88, 0.77 →
    # 0.76), as the rule written before the fresh sets allowed (docs/glossary.md, "Stop 50").
    # Stop 67 (`genre`, seed 0): 0.909 / 0.900 / 0.815. Stop 70 (the same trees fitted on every
    # row, the same for any seed; 137 of the first two lists' 155 terms, stop 67's six-seed mean):
    # 0.909 / 0.870 / 0.787. Stop 70, second round (1200 trees of depth 5, in-sample; fitted
    # without the corpus 0.855 / 0.810 / 0.750, so the rise is the trees remembering it):
    # 0.964 / 0.940 / 0.833. The floors stay where they were. Stop 71 (the same trees fitted on
    # 305 reports; fitted without the corpus 0.836 / 0.820 / 0.769): 0.964 / 0.930 / 0.843
    "glossary key terms in first 200 rows": (0.88, 0.964),
    "glossary independent key terms in first 200 rows": (0.85, 0.930),
    "glossary third reading key terms in first 200 rows": (0.76, 0.843),
    "glossary acronyms in first 200 rows": (0.99, 1.000),
    # stop 34: the share of the first 200 rows the blind judges call terms, not noise
    # (tests/gold/glossary_noise.tsv; 32 of 200 judged noise today with stop 50's trees refitted
    # on 221 reports, 31 of 198 with stop 49's 800 trees of depth 4, floor raised 0.71 → 0.78;
    # 39 of 200 with stop 48's trees refitted on 185 reports, 42 with stop 47's refitted on 173
    # reports, 38 with stop 46's rules, 39 with stop 45's trimming, 38 with stop 44's trees, 42
    # with stop 43's, 49 with its first round's, 47 with the learned ranking refitted in stop 42,
    # 52 in stop 41, 53 in stop 39, 45 with stop 38's fused one, 51 in stop 34, 53 in stop 33;
    # 34 with stop 67's trees, 33 with stop 70's, 26 with its second round's, 28 with stop 71's
    # trees fitted on 305 reports: in-sample, the trees learn from these judgments (labels nw2))
    "glossary first 200 rows judged terms": (0.78, 0.860),
    "glossary acronyms with the right expansion": (0.94, 1.000),
    # issue 18: the simulated reviewer with the product's queue (expected-gain order, moved by
    # the decisions: feedback 0.3 and the structure hints, re-ordered once a round of 30; without
    # learning 0.819 / 0.890 / 0.807 / 0.878). The floors are the aims.
    "review F1 after 120 decisions, first reading": (0.85, 0.872),
    "review F1 after 180 decisions, first reading": (0.90, 0.915),
    "review F1 after 120 decisions, second reading": (0.85, 0.879),
    "review F1 after 180 decisions, second reading": (0.90, 0.914),
    # issue 16, stop 33: the english and definition columns on the corpus (gold written from the
    # text alone: 4 glosses, 10 definitions; stop 32 1.0 / 1.0 / 0.1 / 1.0 by the same measure)
    "glossary english recall": (0.99, 1.000),
    "glossary english precision": (0.99, 1.000),
    "glossary definition recall": (0.29, 0.300),
    "glossary definition precision": (0.99, 1.000),
    # 6 explicit references in the gold: one miss or one extra would be a real regression
    "explicit references precision": (0.99, 1.000),
    "explicit references recall": (0.99, 1.000),
}


def _figures_by_name(f: dict) -> dict[str, float]:
    out = {f"entities {label} F1": f["entities"][label]["f1"] for label in f["entities"]}
    out["alias groups merged (of 19)"] = f["aliases"]["merged"]
    for reading, x in (("first", f["links"]), ("second", f["links_second_reading"]["configured"])):
        out[f"links MAP problems, {reading} reading"] = x["problem"]["map"]
        out[f"links MAP remarks, {reading} reading"] = x["remark"]["map"]
        out[f"links accepted F1 (configured rule), {reading} reading"] = \
            x["accepted_as_configured"]["f1"]
        out[f"links accepted F1 (rule by 5-fold CV), {reading} reading"] = \
            x["accepted_cross_validated"]["f1"]
    out["glossary key terms in first 200 rows"] = f["glossary"]["key_terms_in_top200"]
    out["glossary acronyms with the right expansion"] = f["glossary"]["acronyms_correct"]
    out["glossary independent key terms in first 200 rows"] = \
        f["glossary_lists"]["key_terms_independent.txt"]["new"]
    out["glossary third reading key terms in first 200 rows"] = \
        f["glossary_lists"]["key_terms_third.txt"]["new"]
    out["glossary acronyms in first 200 rows"] = f["glossary"]["acronyms_in_top200"]
    judged = f["glossary_noise"]
    out["glossary first 200 rows judged terms"] = round(1 - judged["noise"] / judged["judged"], 3)
    for reading, gold in (("first", "links.tsv"), ("second", "links_second.tsv")):
        for n in ("120", "180"):
            out[f"review F1 after {n} decisions, {reading} reading"] = \
                f["review_effort"][gold]["queue"]["f1_at"][n]
    for column in ("english", "definition"):
        x = f["glossary_glosses"][column]
        out[f"glossary {column} recall"] = round(x["found"] / x["gold"], 3)
        out[f"glossary {column} precision"] = round(x["right"] / x["filled"], 3)
    out["explicit references precision"] = f["references"]["precision"]
    out["explicit references recall"] = f["references"]["recall"]
    return out


@pytest.fixture(scope="module")
def figures(corpus_out, cfg, models, cache_dir, tmp_path_factory) -> dict[str, float]:
    """The evaluation of the corpus from the parse `corpus_out` cached (not parsed again), with
    no review decisions applied."""
    from dtx_nlp.run.runner import RunOptions, analyse_document

    opts = RunOptions(out=tmp_path_factory.mktemp("eval-out"), pipeline=PIPELINE,
                      cache_dir=cache_dir, review_dir=tmp_path_factory.mktemp("no-review"))
    _, _, analysis, result = analyse_document(CORPUS_DOC, cfg, models, opts)
    assert result.cache_hit, "the corpus was parsed a second time"
    f = ev.evaluate_analysis(analysis, models.last_parsed, cfg, GOLD, folds=5, baselines=False)
    return _figures_by_name(f)


def test_every_floor_names_a_figure_and_sits_under_today():
    for name, (floor, today) in FLOORS.items():
        assert floor <= today, name


@pytest.mark.parametrize("name", list(FLOORS))
def test_quality_floor(figures, name):
    floor, today = FLOORS[name]
    assert figures[name] >= floor, (
        f"{name}: {figures[name]} is under its floor {floor} (today's figure {today})")


def test_the_floors_table_covers_every_figure_it_checks(figures):
    assert set(figures) == set(FLOORS)


# ---- cross-validation fits on training folds only ------------------------------------------

def _toy(seed: int = 0):
    rng = random.Random(seed)
    recs = [f"R{n:02d}" for n in range(1, 7)]
    scores, gold = {}, {}
    for r in recs:
        for group, prefix in (("problem", "P"), ("remark", "S")):
            targets = {f"{prefix}{i}": round(rng.random(), 3) for i in range(6)}
            scores[(r, group)] = targets
            gold[(r, group)] = {t for t in targets if rng.random() < 0.35} or {f"{prefix}0"}
    return recs, scores, gold


def test_cross_validation_fits_each_rule_on_the_training_folds_only(monkeypatch):
    recs, scores, gold = _toy()
    folds = ev.folds_of(recs, 3)
    seen = []
    real = ev._best_rule

    def spy(scores_, gold_, on, minimum):
        seen.append(set(on))
        return real(scores_, gold_, on, minimum)

    monkeypatch.setattr(ev, "_best_rule", spy)
    out = ev.cross_validated(scores, gold, recs, 3, 1)
    assert seen == [set(recs) - test for test in folds]
    monkeypatch.undo()
    # the held-out fold's gold does not move the rule fitted for it
    for i, test in enumerate(folds):
        changed = dict(gold)
        for r in test:
            changed[(r, "problem")] = set(scores[(r, "problem")])  # every target relevant
            changed[(r, "remark")] = {"S5"}
        assert ev.cross_validated(scores, changed, recs, 3, 1)["rules"][i] == out["rules"][i]
        assert out["rules"][i] == real(scores, gold, set(recs) - test, 1)


def test_cross_validated_weights_are_chosen_on_the_training_folds_only(monkeypatch):
    import numpy as np

    from dtx_nlp.stages.links import Pair, Side

    recs, scores, gold = _toy(1)

    def side(uid, kind):
        return Side(uid, kind, "", (), (), (), frozenset(), frozenset(), np.zeros(1))

    pairs = [Pair(side(r, "recommendation"), side(t, group), {s: (v * (k + 1)) % 1.0
                                                              for k, s in enumerate(
                                                                  ("tfidf", "item", "terms"))},
                  ("", ""), (), ())
             for (r, group), targets in scores.items() for t, v in targets.items()]
    on = []
    real = ev._mean_map
    monkeypatch.setattr(ev, "_mean_map", lambda aps, recs_: on.append(frozenset(recs_))
                        or real(aps, recs_))
    monkeypatch.setattr(ev, "settings", lambda: SMALL_GRID)
    out = ev.cross_validated_settings(pairs, gold, recs, 3)
    trains = {frozenset(set(recs) - test) for test in ev.folds_of(recs, 3)}
    assert set(on) == trains | {frozenset(recs)}
    assert len(out["chosen"]) == 3
    assert {r for r, _ in out["scores"]} == set(recs)


SMALL_GRID = [ev.Setting(signals, spec, 0.0) for signals in (("tfidf",), ("item",), ("terms",),
                                                              ("tfidf", "item"))
              for spec in (0.0, 0.3)]


# ---- entities in other fields (`dtx-nlp evaluate-entities`, rule files as shipped) ------------

REPORTS = GOLD.parent / "reports"
# report set → overall micro F1 (floor, today). "fields" were used while building the general
# layer (tools/cv_general_rules.py chose its principles on them); "heldout" was measured once.
ENTITY_FLOORS = {
    "fields": (0.90, 0.925),
    "heldout": (0.85, 0.872),
}


@pytest.fixture(scope="module")
def entity_sets(cfg, models, cache_dir, tmp_path_factory) -> dict[str, float]:
    from dtx_nlp.run.runner import RunOptions

    opts = RunOptions(out=tmp_path_factory.mktemp("fields-out"), pipeline=PIPELINE,
                      cache_dir=cache_dir, review_dir=tmp_path_factory.mktemp("no-review"))
    return {name: ev.field_report_scores(REPORTS / name, cfg, models, opts)["all reports"]
            ["shipped"]["all"]["f1"] for name in ENTITY_FLOORS}


@pytest.mark.parametrize("name", list(ENTITY_FLOORS))
def test_entity_floor_in_other_fields(entity_sets, name):
    floor, today = ENTITY_FLOORS[name]
    assert floor <= today
    assert entity_sets[name] >= floor, (
        f"entities F1 on {name}: {entity_sets[name]} is under its floor {floor} (today {today})")


# ---- glossary key terms in the field reports (same code and config) ------------------------

# report: (floor, today) for the share of its key terms in the first 50 rows (`dtx-nlp evaluate`,
# 2026-11-30, branch glossary2; the reports have fewer than 200 rows, so the first 200 would only
# measure whether a term is a candidate at all)
FIELD_FLOORS = {
    # stop 39, the learned ranking (fitted on these three among others): 0.500 / 0.385 / 0.472
    # with stop 38's fused ranking; stop 42, the trees refitted on 59 reports: health 0.462 →
    # 0.487, trade_energy 0.611 → 0.639. Stop 43, the trees trained on the noise judgments too
    # (nw2, shipped under a rule measured on the reports never fitted on): these ten in-sample
    # reports, the ones judged most often, lose key terms in their first 50 rows (252 → 230 of
    # 389; the 50 reports of sets 1-8 pooled gain, 2045 → 2049/2900): finance_law 0.588 → 0.559,
    # health 0.538 → 0.462, trade_energy 0.667 → 0.500 (the first value: with parts, key labels).
    # Stop 44, the meaning group (the ten: 230 → 241 of 389): finance_law 0.559 → 0.588, health
    # 0.462 → 0.462, trade_energy 0.500 → 0.472 (floors unchanged). Stop 45, words of scope
    # trimmed: health 0.462 → 0.487. Stop 47, the trees refitted on 173 reports (these now three
    # of 173): finance_law 0.588 → 0.559, health 0.487 → 0.462, trade_energy 0.472 → 0.444 (one
    # term of 36; its floor lowered 0.47 → 0.44). Stop 48, refitted on 185 reports: finance_law
    # 0.559 → 0.529, health 0.462 → 0.487, trade_energy 0.444 → 0.389 (two terms of 36; its floor
    # lowered 0.44 → 0.38 as the rule allowed; trees fitted without it find 12 of 36, stop 47's
    # setting 15). Stop 49, 800 trees of depth 4: finance_law 0.529 → 0.588, health 0.487 →
    # 0.487, trade_energy 0.389 → 0.472 (floors raised to follow the model). Stop 50, refitted on
    # 221 reports: health 0.487 → 0.564, trade_energy 0.472 → 0.500. Stop 67 (`genre`, seed 0):
    # finance_law 0.618, health 0.462, trade_energy 0.472. Stop 70 (fitted on every row):
    # health 0.462 → 0.487, trade_energy 0.472 → 0.444 (16 of 36; stop 67's trees refitted with
    # seeds 0-5 find 15 to 17). Stop 70, second round (1200 trees of depth 5; in-sample, and
    # larger trees remember more): finance_law 0.618 → 0.647, health 0.487 → 0.513,
    # trade_energy 0.444 → 0.500. Stop 71 (the same trees fitted on 305 reports): health 0.513
    # → 0.462, trade_energy 0.500 → 0.528
    "fields/finance_law": (0.55, 0.647),
    "fields/health": (0.42, 0.462),
    "fields/trade_energy": (0.44, 0.528),
    # held-out reports (tests/reports/heldout/): measured once after each ranking was settled
    # (stop 32: 0.375 / 0.425 / 0.325 before; stop 33: environment 0.525 → 0.550; stop 35:
    # environment 0.550 → 0.575; stop 39, the learned ranking: 0.450 → 0.575, 0.575 → 0.675,
    # 0.475 → 0.550). Since stop 42 these and the heldout_terms reports below are among the
    # reports the learned ranking is fitted on (their figures are in-sample): agri 0.575 →
    # 0.525 (one term of 40 lower though fitted on it), labour 0.550 → 0.650; stop 43 (parts,
    # then nw2): agri 0.600 → 0.500, environment 0.650 → 0.625, labour 0.700 → 0.575; stop 44
    # (meaning): agri 0.500 → 0.550, environment 0.625 → 0.675, labour 0.575 → 0.625; stop 47
    # (refitted on 173): agri 0.550 → 0.525, environment 0.675 → 0.600, labour 0.625 → 0.600;
    # stop 48 (refitted on 185): agri 0.525 → 0.475, environment 0.600 → 0.625, labour 0.600 →
    # 0.500 (four terms of 40; its floor lowered 0.55 → 0.50 as the rule allowed); stop 49 (800
    # trees of depth 4): agri 0.475 → 0.525, environment 0.625 → 0.650, labour 0.500 → 0.600;
    # stop 50 (refitted on 221): environment 0.650 → 0.675; stop 67 (`genre`): environment
    # 0.725, labour 0.625; stop 70 (fitted on every row): environment 0.725 → 0.700; its second
    # round (1200 trees of depth 5): environment 0.700 → 0.750, labour 0.625 → 0.675
    "heldout/agri_disaster": (0.50, 0.525),
    "heldout/environment_waste": (0.60, 0.750),
    "heldout/labour_digital": (0.55, 0.675),
    # written in stop 32 (tests/reports/heldout_terms/), measured once with each ranking
    # (stop 33: cyber 0.575 → 0.600, ocean 0.500 → 0.575, school 0.675 → 0.650, urban 0.600 → 0.625;
    # stop 34: school 0.650 → 0.675, urban 0.625 → 0.650; stop 35: cyber 0.600 → 0.625, school
    # 0.675 → 0.700; stop 37, artifacts_last on, within its rule: cyber 0.625 → 0.600, school
    # 0.700 → 0.675; stop 39, the learned ranking: cyber 0.600 → 0.550, ocean 0.575 → 0.550,
    # school 0.675 → 0.625, urban 0.650 → 0.700; stop 42, refitted: cyber 0.550 → 0.575, ocean
    # 0.550 → 0.575, urban 0.700 → 0.775; stop 43 (parts, then nw2): cyber 0.625 → 0.625, ocean
    # 0.625 → 0.575, school 0.675 → 0.625, urban 0.800 → 0.850; stop 44, meaning: cyber 0.625 →
    # 0.650, ocean 0.575 → 0.625, school 0.625 → 0.675, urban 0.850 → 0.850; stop 45, words of
    # scope trimmed: cyber 0.650 → 0.625; stop 47, refitted on 173: ocean 0.625 → 0.600, urban
    # 0.850 → 0.825; stop 48, refitted on 185: ocean 0.600 → 0.575, school 0.675 → 0.700; stop
    # 49, 800 trees of depth 4: ocean 0.575 → 0.650, school 0.700 → 0.775, urban 0.825 → 0.875;
    # stop 50, refitted on 221: cyber 0.625 → 0.650, ocean 0.650 → 0.600, school 0.775 → 0.750;
    # stop 53, glossed_acronyms: school 0.750 → 0.675 (its BYOD（Bring Your Own Device） makes an
    # English row and the edge of the first 50 reorders; the floor lowered 0.70 → 0.65, as the
    # rule written before set 40 named in advance), urban 0.875 → 0.825; stop 67 (`genre`):
    # cyber 0.700, ocean 0.625, school 0.725, urban 0.875; stop 70 (fitted on every row): cyber
    # 0.700 → 0.675, ocean 0.625 → 0.600, urban 0.875 → 0.850; its second round, 1200 trees of
    # depth 5: cyber 0.675 → 0.775, ocean 0.600 → 0.750, school 0.725 → 0.800, urban 0.850 →
    # 0.900; stop 71, fitted on 305 reports: ocean 0.750 → 0.700, school 0.800 → 0.775)
    "heldout_terms/cyber_security": (0.55, 0.775),
    "heldout_terms/ocean_fisheries": (0.60, 0.700),
    "heldout_terms/school_education": (0.65, 0.775),
    "heldout_terms/urban_mobility": (0.80, 0.900),
}
# The long held-out report (tests/reports/heldout_long/) is measured by `dtx-nlp evaluate` only:
# its parse would add about 30 s to a suite run on a fresh machine.


@pytest.fixture(scope="module")
def field_glossaries(cfg, models, cache_dir, tmp_path_factory) -> dict:
    from dtx_nlp.run.runner import RunOptions

    opts = RunOptions(out=tmp_path_factory.mktemp("field-out"), pipeline=PIPELINE,
                      cache_dir=cache_dir, review_dir=tmp_path_factory.mktemp("no-review"))
    return {f"{folder}/{stem}": x for folder in ("fields", "heldout", "heldout_terms")
            for stem, x in ev.glossary_field_reports(GOLD.parent / "reports" / folder, GOLD, cfg,
                                                     models, opts, missing=False).items()}


# The english and definition columns pooled over the same ten reports (gold written from the text
# alone; stop 33, count_said = true): figure → (floor, today). Stop 32's code: 0.304 / 0.875 /
# 0.264 / 0.897.
FIELD_GLOSS_FLOORS = {
    "english recall": (0.70, 0.739),
    "english precision": (0.91, 0.944),
    "definition recall": (0.33, 0.358),
    "definition precision": (0.72, 0.767),
}


# Noise by the blind judges in the first 50 rows, pooled over the same ten reports (stop 35,
# everyday words by wordfreq and by the model vocabulary's rank last): (ceiling, today). Stop 34's
# ranking: 24 + 83 = 107 of 500; stop 33's: 25 + 87 = 112. Stop 39's learned ranking: 104 (stop
# 38's fused ranking 102).
FIELD_NOISE_CEILING = (107, 104)


def test_field_report_noise_ceiling(field_glossaries):
    from dtx_nlp.evaluation.noise import pooled

    ceiling, today = FIELD_NOISE_CEILING
    p = pooled(x["noise"] for x in field_glossaries.values())
    assert p["judged"] + p["not_judged"] == 500 and p["noise"] <= ceiling, (
        f"noise in the first 50 rows of the ten reports: {p} (ceiling {ceiling}, today {today})")


@pytest.mark.parametrize("figure", list(FIELD_GLOSS_FLOORS))
def test_field_report_glosses_floor(field_glossaries, figure):
    from dtx_nlp.evaluation.glosses import pooled

    floor, today = FIELD_GLOSS_FLOORS[figure]
    column, measure = figure.split()
    value = pooled([x["glosses"] for x in field_glossaries.values()])[column][measure]
    assert floor <= today
    assert value >= floor, (figure, value)


@pytest.mark.parametrize("report", list(FIELD_FLOORS))
def test_field_report_key_terms_floor(field_glossaries, report):
    floor, today = FIELD_FLOORS[report]
    assert floor <= today
    assert field_glossaries[report]["top50"] >= floor, (report, field_glossaries[report])
