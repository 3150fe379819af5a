"""`dtx-nlp evaluate`: the pipeline's quality against hand-written gold annotations, next to
baselines. The pipeline itself never reads the gold; only this module does."""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from ..config import LEARNED_RANKINGS
from ..errors import InputError
from ..stages import entities as ent
from ..stages import links as lk
from ..textnorm import normalize
from ..types import PROBLEM_KINDS, REMARK_KINDS
from . import glosses, noise, simulate
from .goldfile import is_comment
from .stats import share_with_interval, wilson

LABEL_CODES = {"O": "ORGANIZATION", "W": "WEAPON_SYSTEM", "L": "LEGAL_SITUATION"}
# The corpus gold predates the LAW label: its guidelines put laws, treaties and articles under
# LEGAL_SITUATION, so LAW mentions are scored there as LEGAL_SITUATION.
CORPUS_LABELS = tuple(LABEL_CODES.values())
CORPUS_FOLD = {"LAW": "LEGAL_SITUATION"}
OUT_OF_SCOPE = ("heading", "session")
TOP_GLOSSARY = 200
LINK_GROUPS = ("problem", "remark")  # the ranked groups (explicit references are apart)


# ---- reading gold files --------------------------------------------------------------------

def _rows(path: Path) -> list[list[str]]:
    if not path.exists():
        raise InputError("gold file not found", str(path))
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not is_comment(line)]


def gold_entities(path: Path) -> Counter:
    gold = Counter()
    for row in _rows(path):
        unit, code, surface = row[:3]
        gold[(unit, LABEL_CODES[code], normalize(surface))] += int(row[3]) if len(row) > 3 else 1
    return gold


def gold_aliases(path: Path) -> list[list[str]]:
    return _rows(path)


def gold_links(path: Path) -> dict[tuple[str, str], set[str]]:
    gold = defaultdict(set)
    for rec, target, group in (r[:3] for r in _rows(path)):
        gold[(rec, group)].add(target)
    return gold


def link_set(gold: dict, groups: tuple[str, ...]) -> set[tuple[str, str]]:
    """The gold (recommendation, target) links of these groups."""
    return {(r, t) for (r, g), ts in gold.items() if g in groups for t in ts}


# ---- entities ------------------------------------------------------------------------------

def prf(tp: int, fp: int, fn: int, beta: float = 1.0) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1" if beta == 1 else f"f{beta:g}":
            round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def entity_scores(mentions, gold: Counter, scope: set[str], labels=CORPUS_LABELS,
                  fold: dict[str, str] | None = None) -> dict:
    """P/R/F1 per label of (unit, label, surface) counts; `fold` renames system labels first."""
    fold = CORPUS_FOLD if fold is None else fold
    system = Counter((m.unit_id, fold.get(m.label, m.label), normalize(m.text)) for m in mentions
                     if m.unit_id in scope and fold.get(m.label, m.label) in labels)
    out = {}
    for label in labels:
        s = Counter({k: v for k, v in system.items() if k[1] == label})
        g = Counter({k: v for k, v in gold.items() if k[1] == label})
        tp = sum((s & g).values())
        out[label] = prf(tp, sum(s.values()) - tp, sum(g.values()) - tp)
    return out


def ginza_only(parsed, cfg) -> list:
    """The baseline: GiNZA's NER alone, its labels mapped as configured, nothing filtered."""
    found = []
    for p in parsed:
        for e in p.doc.ents:
            label = cfg.entities.ner_labels.get(e.label_)
            if label:
                found.append(ent.Mention(p.unit.unit_id, p.unit.start + e.start_char,
                                         p.unit.start + e.end_char, e.text, label, e.text, "ner"))
    return found


def alias_check(mentions, groups: list[list[str]]) -> dict:
    canon = defaultdict(set)
    for m in mentions:
        canon[normalize(m.text)].add(m.canonical)
    failed = []
    for group in groups:
        names = set().union(*(canon.get(normalize(s), {None}) for s in group))
        if len(names) != 1 or None in names:
            failed.append(" / ".join(group) + f" → {sorted(map(str, names))}")
    return {"groups": len(groups), "merged": len(groups) - len(failed), "failed": failed}


# ---- links ---------------------------------------------------------------------------------

def _ranked(scores: dict[str, float]) -> list[str]:
    return [t for t, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))]


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for k, t in enumerate(ranked, start=1):
        if t in relevant:
            hits += 1
            total += hits / k
    return total / len(relevant) if relevant else 0.0


def per_recommendation(scores: dict, gold: dict, group: str, recs: list[str]) -> dict:
    """Average precision, recall@10 and the hits among the top |relevant| (R-precision's
    numerator) of each recommendation that has gold links in `group`."""
    out = {}
    for rec in recs:
        relevant = gold.get((rec, group), set())
        if relevant:
            ranked = _ranked(scores.get((rec, group), {}))
            out[rec] = {"ap": average_precision(ranked, relevant),
                        "recall@10": len(set(ranked[:10]) & relevant) / len(relevant),
                        "hits@R": len(set(ranked[:len(relevant)]) & relevant),
                        "relevant": len(relevant)}
    return out


def ranking_scores(scores: dict, gold: dict, group: str, recs: list[str]) -> dict:
    """MAP and recall@10 over recommendations that have gold links in `group`."""
    each = per_recommendation(scores, gold, group, recs).values()
    aps, recalls = [x["ap"] for x in each], [x["recall@10"] for x in each]
    return {"map": round(float(np.mean(aps)), 3) if aps else 0.0,
            "recall@10": round(float(np.mean(recalls)), 3) if recalls else 0.0,
            "recommendations": len(aps)}


def oracle_count_f1(scores: dict, gold: dict, recs: list[str]) -> float:
    """F1 of accepting, for each recommendation and group, exactly as many top-ranked links as the
    gold has there (micro R-precision): what the best possible acceptance count could reach on
    this ranking."""
    each = [x for g in LINK_GROUPS for x in per_recommendation(scores, gold, g, recs).values()]
    total = sum(x["relevant"] for x in each)
    return round(sum(x["hits@R"] for x in each) / total, 3) if total else 0.0


def paired_test(ours: list[float], theirs: list[float]) -> dict:
    """Wins, ties and losses of paired per-recommendation figures, and the two-sided p-value of
    a paired randomization (sign-flip) test on the mean difference: exact up to 16 changed
    recommendations, else over 65,536 random sign patterns (fixed seed)."""
    diff = np.round(np.asarray(ours, float) - np.asarray(theirs, float), 9)
    moved = diff[diff != 0]
    p = 1.0
    if len(moved):
        if len(moved) <= 16:
            signs = np.array(list(itertools.product((1, -1), repeat=len(moved))))
        else:
            signs = np.random.default_rng(0).choice((1, -1), size=(2**16, len(moved)))
        p = float(np.mean(np.abs(signs @ moved) >= abs(moved.sum()) - 1e-9))
    return {"wins": int((diff > 0).sum()), "ties": int((diff == 0).sum()),
            "losses": int((diff < 0).sum()), "p": round(p, 3)}


def accepted_links(scores: dict, threshold: float, relative: float, minimum: int) -> set:
    out = set()
    for (rec, _group), by_target in scores.items():
        ranked = sorted(by_target.items(), key=lambda x: (-x[1], x[0]))
        flags = lk.accept([s for _, s in ranked], threshold, relative, minimum)
        out |= {(rec, t) for (t, _), ok in zip(ranked, flags) if ok}
    return out


def acceptance_scores(accepted: set, gold: dict, recs: set[str]) -> dict:
    truth = {x for x in link_set(gold, LINK_GROUPS) if x[0] in recs}
    acc = {x for x in accepted if x[0] in recs}
    tp = len(acc & truth)
    out = prf(tp, len(acc) - tp, len(truth) - tp)
    out["f2"] = prf(tp, len(acc) - tp, len(truth) - tp, beta=2)["f2"]
    return out


THRESHOLDS = np.round(np.arange(0.05, 0.701, 0.025), 3)
RELATIVES = np.round(np.arange(0.3, 1.001, 0.05), 3)


def _best_rule(scores: dict, gold: dict, recs: set[str], minimum: int) -> tuple[float, float]:
    best, best_f = (0.3, 0.6), -1.0
    sub = {k: v for k, v in scores.items() if k[0] in recs}
    for th, rel in itertools.product(THRESHOLDS, RELATIVES):
        f = acceptance_scores(accepted_links(sub, th, rel, minimum), gold, recs)["f1"]
        if f > best_f:
            best, best_f = (float(th), float(rel)), f
    return best


def folds_of(recs: list[str], k: int) -> list[set[str]]:
    return [set(recs[i::k]) for i in range(k)]


def cross_validated(scores: dict, gold: dict, recs: list[str], k: int, minimum: int) -> dict:
    """Acceptance rule fitted on k-1 folds of recommendations, scored on the held-out fold."""
    accepted, rules = set(), []
    for test in folds_of(recs, k):
        train = set(recs) - test
        th, rel = _best_rule(scores, gold, train, minimum)
        rules.append((th, rel))
        sub = {key: v for key, v in scores.items() if key[0] in test}
        accepted |= accepted_links(sub, th, rel, minimum)
    out = acceptance_scores(accepted, gold, set(recs))
    out["rules"] = rules
    out["f1_each"] = {r: acceptance_scores(accepted, gold, {r})["f1"] for r in recs}
    return out


def _scores_from_pairs(pairs, weights, specificity: float = 0.0, thread: float = 0.0) -> dict:
    scores = defaultdict(dict)
    for p, score in zip(pairs, lk.final_scores(pairs, weights, specificity, thread)):
        scores[(p.rec.unit_id, lk.group_of(p.tgt.kind))][p.tgt.unit_id] = score
    return scores


def tfidf_baseline(parsed, cfg) -> dict:
    """Plain TF-IDF cosine over content words (no compounds, entities or other signals)."""
    stop = cfg.links.stopwords
    recs = [(items[0].unit.unit_id, items) for items in lk.recommendations(parsed)]
    targets = [p for p in parsed if p.unit.kind in PROBLEM_KINDS + REMARK_KINDS]
    docs = [[w for q in items for w in lk.content_words(q.doc, stop)] for _, items in recs]
    tdocs = [lk.content_words(p.doc, stop) for p in targets]
    scores = defaultdict(dict)
    if not recs or not targets:  # a report whose recommendations or targets were not read
        return scores
    vec = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True)
    vec.fit(docs + tdocs + [lk.content_words(p.doc, stop) for p in parsed])
    sims = cosine_similarity(vec.transform(docs), vec.transform(tdocs))
    for i, (rec_id, _) in enumerate(recs):
        for j, p in enumerate(targets):
            scores[(rec_id, lk.group_of(p.unit.kind))][p.unit.unit_id] = float(sims[i, j])
    return scores


SPECIFICITY_GRID = (0.0, 0.15, 0.3, 0.5)
THREAD_GRID = (0.0, 0.7, 0.85, 1.0)


@dataclass(frozen=True)
class Setting:
    """One candidate way of scoring: equal weights over `signals`, the specificity blend and the
    reply–remark share."""

    signals: tuple[str, ...]
    specificity: float
    thread: float

    def scores(self, pairs) -> dict:
        return _scores_from_pairs(pairs, {s: 1.0 for s in self.signals}, self.specificity,
                                  self.thread)

    def describe(self) -> str:
        return f"{'+'.join(self.signals)}, specificity {self.specificity}, thread {self.thread}"


def settings() -> list[Setting]:
    """Equal weights over every non-empty subset of the signals (63), times the specificity and
    thread grids: few enough knobs to choose on a dozen recommendations without fitting noise (a
    finer grid of free weights picked a different mix in every fold)."""
    subsets = [c for k in range(1, len(lk.SIGNALS) + 1)
               for c in itertools.combinations(lk.SIGNALS, k)]
    return [Setting(sub, spec, thread) for sub in subsets for spec in SPECIFICITY_GRID
            for thread in THREAD_GRID]


def _average_precisions(scores: dict, gold: dict) -> dict[tuple[str, str], float]:
    return {key: average_precision(_ranked(by_target), gold[key])
            for key, by_target in scores.items() if gold.get(key)}


def _mean_map(aps: dict[tuple[str, str], float], recs: set[str]) -> float:
    """Mean over the two groups of the MAP over these recommendations (as ranking_scores)."""
    maps = [np.mean(v) for g in LINK_GROUPS
            if (v := [ap for (r, grp), ap in aps.items() if grp == g and r in recs])]
    return float(np.mean(maps)) if maps else 0.0


def cross_validated_settings(pairs, gold, recs: list[str], k: int) -> dict:
    """The setting chosen on k-1 folds by MAP, applied to the held-out fold; and the setting
    chosen on all recommendations."""
    table = {s: _average_precisions(s.scores(pairs), gold) for s in settings()}

    def best(on: set[str]) -> Setting:
        return max(table, key=lambda s: _mean_map(table[s], on))

    held_out = defaultdict(dict)
    chosen = []
    for test in folds_of(recs, k):
        setting = best(set(recs) - test)
        chosen.append(setting.describe())
        for key, v in setting.scores(pairs).items():
            if key[0] in test:
                held_out[key] = v
    return {"scores": held_out, "chosen": chosen, "on_all": best(set(recs)).describe()}


def link_report(scores: dict, gold: dict, recs: list[str], cfg, folds: int) -> dict:
    lc = cfg.links
    out = {g: ranking_scores(scores, gold, g, recs) for g in LINK_GROUPS}
    out["accepted_as_configured"] = acceptance_scores(
        accepted_links(scores, lc.threshold, lc.relative, lc.min_per_recommendation), gold,
        set(recs))
    out["accepted_cross_validated"] = cross_validated(scores, gold, recs, folds,
                                                      lc.min_per_recommendation)
    out["rule_on_all"] = _best_rule(scores, gold, set(recs), lc.min_per_recommendation)
    out["oracle_count_f1"] = oracle_count_f1(scores, gold, recs)
    return out


def paired_comparison(ours: dict, theirs: dict, ours_scores: dict, theirs_scores: dict,
                      gold: dict, recs: list[str]) -> dict:
    """Per-recommendation paired tests of two systems' link reports (see link_report)."""
    out = {}
    for group in LINK_GROUPS:
        a = per_recommendation(ours_scores, gold, group, recs)
        b = per_recommendation(theirs_scores, gold, group, recs)
        for figure in ("ap", "recall@10"):
            out[f"{figure} {group}"] = paired_test([a[r][figure] for r in a],
                                                   [b[r][figure] for r in a])
    fa, fb = (x["accepted_cross_validated"]["f1_each"] for x in (ours, theirs))
    out["F1 (CV rule)"] = paired_test([fa[r] for r in recs], [fb[r] for r in recs])
    return out


def reading_agreement(first: dict, second: dict) -> dict:
    """The second reading's links scored against the first's, group by group."""
    out = {}
    for name, groups in (("problem", ("problem",)), ("remark", ("remark",)),
                         ("recommendation", ("recommendation",)),
                         ("problem+remark", LINK_GROUPS)):
        a, b = link_set(first, groups), link_set(second, groups)
        out[name] = prf(len(a & b), len(b - a), len(a - b))
    return out


def reference_scores(found_links, gold: dict) -> dict:
    truth = link_set(gold, ("recommendation",))
    found = {(k.recommendation_id, k.target_id) for k in found_links
             if k.target_kind == "recommendation"}
    tp = len(found & truth)
    return prf(tp, len(found) - tp, len(truth) - tp)


def review_effort(candidates, units, cfg, readings: dict[str, dict],
                  queues: tuple[str, ...] | None = None, neighbours: dict | None = None) -> dict:
    """The simulated reviewer (simulate.py) with each queue (or those named), against each gold
    reading (`neighbours`: links.target_neighbours, for the queue's learning)."""
    from .simulate import QUEUES, effort, simulate

    return {name: {queue: effort(simulate(candidates, units, cfg, link_set(gold, LINK_GROUPS),
                                          order, neighbours=neighbours))
                   for queue, order in QUEUES.items() if queues is None or queue in queues}
            for name, gold in readings.items()}


def review_calibration(candidates, units, cfg, readings: dict[str, dict], folds: int,
                       on_all: bool = False) -> dict:
    """The queue's calibration cross-validated over recommendations against each reading (and,
    with `on_all`, fitted on all of them: values for `[links]`)."""
    from .simulate import calibrate, cross_validated_queue

    out = {}
    for name, gold in readings.items():
        truth = link_set(gold, LINK_GROUPS)
        out[name] = cross_validated_queue(candidates, units, cfg, truth, folds)
        if on_all:
            out[name]["on_all"] = calibrate(candidates, units, cfg, truth)
    return out


# ---- glossary ------------------------------------------------------------------------------

def _katakana_reading(reading: str) -> bool:
    return bool(reading) and all("\u30a0" <= c <= "\u30ff" or c.isdigit() for c in reading)


def key_term_share(terms, gold_terms: list[list[str]], top: int) -> tuple[float, list[str]]:
    """Share of the key terms that are a row's term (or a name folded into it) among the first
    `top` rows, and the ones missing."""
    names = {normalize(n) for t in terms[:top] for n in [t.term, *t.aliases.split("; ")] if n}
    found = [alts for alts in gold_terms if any(normalize(a) in names for a in alts)]
    missing = [alts[0] for alts in gold_terms if alts not in found]
    return round(len(found) / max(len(gold_terms), 1), 3), missing


def anywhere(terms, gold_terms: list[list[str]]) -> float:
    """Share of the key terms in any row at all: what no ranking can raise (stop 40)."""
    return key_term_share(terms, gold_terms, len(terms))[0]


def glossary_scores(terms, parsed, gold_terms: list[list[str]], gold_acronyms) -> dict:
    top = terms[:TOP_GLOSSARY]
    share, missing = key_term_share(terms, gold_terms, TOP_GLOSSARY)
    acr = {t.term: t.expansion for t in terms if t.kind == "acronym"}
    right = [a for a, alts in gold_acronyms if normalize(acr.get(a, "")) in
             {normalize(x) for x in alts}]
    wrong = [f"{a}: {acr.get(a, '(none)')}" for a, _ in gold_acronyms if a not in right]
    top_names = {normalize(t.term) for t in top}
    freq = Counter(normalize(t.text) for p in parsed for t in p.doc
                   if t.pos_ in ("NOUN", "PROPN") and not t.is_punct)
    baseline = {k for k, _ in freq.most_common(TOP_GLOSSARY)}
    base_found = [alts for alts in gold_terms if any(normalize(a) in baseline for a in alts)]
    return {
        "key_terms_in_top200": share,
        "key_terms_missing": missing,
        "acronyms_correct": round(len(right) / len(gold_acronyms), 3),
        "acronyms_wrong": wrong,
        "acronyms_in_top200": round(sum(normalize(a) in top_names for a, _ in gold_acronyms)
                                    / max(len(gold_acronyms), 1), 3),
        "readings_top200": round(sum(_katakana_reading(t.reading) for t in top) / max(len(top), 1),
                                 3),
        "latin_read_as_words_top200": latin_read(top),
        "rows": len(terms),
        "demoted_rows": sum(bool(t.demoted) for t in terms),
        "baseline_noun_frequency_key_terms_in_top200": round(len(base_found) / len(gold_terms), 3),
    }


def _glossary_with(parsed, analysis, cfg, **settings):
    """The glossary built again with other `[glossary]` settings."""
    from dataclasses import replace

    from ..stages.glossary import build_glossary

    return build_glossary(parsed, analysis.mentions, analysis.definitions,
                          replace(cfg.glossary, **settings))


def earlier_ranking(parsed, analysis, cfg):
    """The glossary as ranked before reciprocal-rank fusion: FLR × defined_weight, terms used
    at least twice, 400 rows, no marked shapes."""
    return _glossary_with(parsed, analysis, cfg, ranking="flr", min_frequency=2, top=400)


def _key_terms(path: Path) -> list[list[str]]:
    return [r[0].split("|") for r in _rows(path)]


# The corpus's key-term lists: own, independent, and a third independent reading (stop 32) kept
# out of every choice, whose missed terms are never printed.
KEY_TERM_LISTS = ("key_terms.txt", "key_terms_independent.txt", "key_terms_third.txt")
HELD_OUT_LISTS = frozenset({"key_terms_third.txt"})
# A second reading of the English glosses and definitions of the corpus and field reports.
SECOND_GLOSS_READING = "second_reading"


def fused_ranking(parsed, analysis, cfg):
    """The glossary as stop 38 ranked it: reciprocal-rank fusion of the signals (the learned
    ranking's predecessor)."""
    return _glossary_with(parsed, analysis, cfg, ranking="fused")


# The learned ranking fitted without the corpus report (benchmarks/glossary_learned.py --save
# --without corpus): the shipped model saw the corpus's lists, this one did not.
UNSEEN_RANKER = "glossary_ranker_without_corpus.json"


def unseen_ranking(parsed, analysis, cfg, gold_dir: Path):
    """The corpus glossary ranked by the model never fitted on it (None unless the ranking
    reads a model, learned or blend, and that model is in `gold_dir`)."""
    path = Path(gold_dir) / UNSEEN_RANKER
    if cfg.glossary.ranking not in LEARNED_RANKINGS or not path.exists():
        return None
    return _glossary_with(parsed, analysis, cfg, ranker=path)


def glossary_lists(parsed, analysis, cfg, gold_dir: Path) -> dict:
    """Key-term shares on every corpus list: the configured ranking, stop 38's fused one, the
    earliest, and (learned ranking) the model never fitted on the corpus."""
    earlier = earlier_ranking(parsed, analysis, cfg)
    fused = fused_ranking(parsed, analysis, cfg)
    unseen = unseen_ranking(parsed, analysis, cfg, gold_dir)
    out = {}
    for name in KEY_TERM_LISTS:
        path = Path(gold_dir) / name
        if not path.exists():
            continue
        gold = _key_terms(path)
        new_share, missing = key_term_share(analysis.glossary, gold, TOP_GLOSSARY)
        out[name] = {"terms": len(gold), "new": new_share,
                     "anywhere": anywhere(analysis.glossary, gold),
                     "missing": [] if name in HELD_OUT_LISTS else missing,
                     "earlier": key_term_share(earlier, gold, TOP_GLOSSARY)[0],
                     "fused": key_term_share(fused, gold, TOP_GLOSSARY)[0],
                     "unseen": key_term_share(unseen, gold, TOP_GLOSSARY)[0] if unseen else None}
    out["earlier_rows"] = len(earlier)
    out["ranking"] = cfg.glossary.ranking
    return out


# Other-field reports kept out of every choice (tests/reports/<folder>/): measured, not looked into
HELD_OUT_FOLDERS = ("heldout", "heldout_terms", "heldout_long", "heldout_long2", "heldout_terms2",
                    "heldout_long3", "heldout_terms3", "heldout_long4", "heldout_terms4",
                    "heldout_long5", "heldout_terms5", "heldout_long6", "heldout_terms6",
                    "heldout_long7", "heldout_terms7", "heldout_long8", "heldout_terms8",
                    "heldout_long9", "heldout_terms9", "heldout_long10", "heldout_terms10",
                    "heldout_long11", "heldout_terms11", "heldout_long12", "heldout_terms12",
                    "heldout_long13", "heldout_terms13",
                    "heldout_long14", "heldout_terms14", "heldout_long15", "heldout_terms15",
                    "heldout_long16", "heldout_terms16", "heldout_long17", "heldout_terms17",
                    "heldout_long18", "heldout_terms18", "heldout_long19", "heldout_terms19",
                    "heldout_long20", "heldout_terms20", "heldout_long21", "heldout_terms21",
                    "heldout_long22", "heldout_terms22", "heldout_long23", "heldout_terms23",
                    "heldout_long24", "heldout_terms24", "heldout_long25", "heldout_terms25",
                    "heldout_long26", "heldout_terms26", "heldout_long27", "heldout_terms27",
                    "heldout_long28", "heldout_terms28", "heldout_long29", "heldout_terms29",
                    "heldout_long30", "heldout_terms30", "heldout_long31", "heldout_terms31",
                    "heldout_long32", "heldout_terms32", "heldout_long33", "heldout_terms33",
                    "heldout_long34", "heldout_terms34", "heldout_long35", "heldout_terms35",
                    "heldout_long36", "heldout_terms36", "heldout_long37", "heldout_terms37",
                    "heldout_long38", "heldout_terms38", "heldout_long39", "heldout_terms39",
                    "heldout_long40", "heldout_terms40", "heldout_long41", "heldout_terms41",
                    "heldout_long42", "heldout_terms42", "heldout_long43", "heldout_terms43",
                    "heldout_long44", "heldout_terms44", "heldout_long45", "heldout_terms45",
                    "heldout_long46", "heldout_terms46", "heldout_long47", "heldout_terms47",
                    "heldout_long48", "heldout_terms48",
                    "heldout_long49", "heldout_terms49",
                    "heldout_long50", "heldout_terms50",
                    "heldout_long51", "heldout_terms51",
                    "heldout_long52", "heldout_terms52",
                    "heldout_long53", "heldout_terms53",
                    "heldout_long54", "heldout_terms54",
                    "heldout_long55", "heldout_terms55",
                    "heldout_long56", "heldout_terms56",
                    "heldout_long57", "heldout_terms57",
                    "heldout_long58", "heldout_terms58",
                    "heldout_long59", "heldout_terms59",
                    "heldout_long60", "heldout_terms60",
                    "heldout_long61", "heldout_terms61",
                    "heldout_long62", "heldout_terms62",
                    "heldout_long63", "heldout_terms63",
                    "heldout_long64", "heldout_terms64", "heldout_terms65",
                    "heldout_long66", "heldout_terms66",
                    "heldout_long67", "heldout_terms67",
                    "heldout_long68", "heldout_terms68",
                    "heldout_long69", "heldout_terms69",
                    "heldout_long70", "heldout_terms70",
                    "heldout_long71", "heldout_terms71",
                    "heldout_long72", "heldout_terms72",
                    "heldout_long73", "heldout_terms73",
                    "heldout_long74", "heldout_terms74",
                    "heldout_long75", "heldout_terms75",
                    "heldout_long76", "heldout_terms76",
                    "heldout_long77", "heldout_terms77",
                    "heldout_long78", "heldout_terms78",
                    "heldout_long79", "heldout_terms79",
                    "heldout_long80", "heldout_terms80",
                    "heldout_long81", "heldout_terms81",
                    "heldout_long82", "heldout_terms82",
                    "heldout_long83", "heldout_terms83")

# The held-out folders whose english and definition gold was read in stop 33 (eight reports);
# the reports of the later folders with such gold were read in stop 74 and are counted apart
GLOSS_FIRST_READ = ("heldout", "heldout_terms", "heldout_long")


def fitted_folders(cfg) -> list[str]:
    """The held-out folders whose reports the learned ranking was fitted on (its model file's
    `about.trained_on`; since stop 42 the first eight sets): their figures are in-sample, so the
    report gives them apart. None for a ranking that reads no model."""
    if cfg.glossary.ranking not in LEARNED_RANKINGS:
        return []
    about = json.loads(Path(cfg.glossary.ranker).read_text(encoding="utf-8")).get("about", {})
    fitted = {name.split("/")[0] for name in about.get("trained_on", []) if "/" in name}
    return [folder for folder in HELD_OUT_FOLDERS if folder in fitted]


def glossary_field_reports(reports_dir: Path, gold_dir: Path, cfg, models, opts,
                           missing: bool = True, noise_rows: int = 50) -> dict:
    """Key-term shares in the first 50 and 200 rows of each other-field report that has a
    gold list gold/<stem>.key_terms.txt (same code and config as the corpus report; a held-out
    list's second column, the approximate count, is ignored). `missing=False` leaves the missed
    terms out (held-out reports: measured, never looked into). With gold/<stem>.noise.tsv, the
    judged noise in the first `noise_rows` rows."""
    from ..run.runner import analyse_document

    out = {}
    for doc in sorted(p for p in Path(reports_dir).iterdir() if p.suffix in (".txt", ".md")):
        gold_path = Path(reports_dir) / "gold" / f"{doc.stem}.key_terms.txt"
        if not gold_path.exists():
            continue
        gold = _key_terms(gold_path)
        _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
        earlier = earlier_ranking(models.last_parsed, analysis, cfg)
        fused = fused_ranking(models.last_parsed, analysis, cfg)
        top50, missed = key_term_share(analysis.glossary, gold, 50)
        out[doc.stem] = {"terms": len(gold), "rows": len(analysis.glossary), "top50": top50,
                         "top200": key_term_share(analysis.glossary, gold, TOP_GLOSSARY)[0],
                         "anywhere": anywhere(analysis.glossary, gold),
                         "missing_top50": missed if missing else [],
                         "earlier_top50": key_term_share(earlier, gold, 50)[0],
                         "earlier_top200": key_term_share(earlier, gold, TOP_GLOSSARY)[0],
                         "fused_top50": key_term_share(fused, gold, 50)[0],
                         "fused_top200": key_term_share(fused, gold, TOP_GLOSSARY)[0],
                         "glosses": glosses.gloss_scores(analysis.glossary, gold_path.parent,
                                                         doc.stem),
                         "glosses_second": glosses.gloss_scores(
                             analysis.glossary, gold_path.parent / SECOND_GLOSS_READING,
                             doc.stem),
                         "noise": _noise(analysis.glossary, gold_path.parent, doc.stem,
                                         noise_rows),
                         "latin_read_as_words": latin_read(analysis.glossary[:noise_rows])}
    return out


def latin_read(terms) -> list[str]:
    """The rows (term and reading) whose Latin letters are read as words (SLCM-N → …ノルマル):
    issue #16 asks for none in the rows a reader sees first."""
    from ..stages.readings import latin_read_as_words

    return [f"{t.term} {t.reading}" for t in terms if latin_read_as_words(t.term, t.reading)]


def _noise(terms, gold_dir: Path, stem: str, rows: int) -> dict | None:
    """Judged noise in the first `rows` rows, and the floor where it is known (noise_floor)."""
    path = noise.judgement_path(gold_dir, stem)
    if not path.exists():
        return None
    said = noise.read_judgements(path)
    return {**noise.noise_count(terms, said, rows), "floor": noise.noise_floor(terms, said, rows)}


# Development reports written for the english and definition columns (key terms added in stop 33)
GLOSS_DEV_FOLDER = "glosses_dev"
# Long development reports (stop 36), measured in their first 200 rows as the corpus report is
LONG_DEV_FOLDER = "long_dev"
DEVELOPMENT_FOLDERS = ("fields", GLOSS_DEV_FOLDER, LONG_DEV_FOLDER)
NOISE_SHORT = 50  # first rows the noise judges label in a short report


def noise_rows(folder: str) -> int:
    """First rows the noise judges label in a folder's reports: TOP_GLOSSARY in the folders of
    long reports (named heldout_long… or long_dev), NOISE_SHORT in the others. By the name, so a
    fresh set is counted so before it joins HELD_OUT_FOLDERS (benchmarks/fresh_set.py)."""
    long = Path(folder).name.startswith(("heldout_long", LONG_DEV_FOLDER))
    return TOP_GLOSSARY if long else NOISE_SHORT


# The folders of long reports among the measured ones, in their order
NOISE_ROWS = {folder: TOP_GLOSSARY for folder in (*HELD_OUT_FOLDERS, LONG_DEV_FOLDER)
              if noise_rows(folder) == TOP_GLOSSARY}


def _folder_reports(reports: Path, folders: tuple[str, ...], gold_dir: Path, cfg, models, opts,
                    missing: bool = True) -> dict:
    """`glossary_field_reports` of each folder, keyed folder/stem; the first folder's reports
    keep their earlier names, the stem alone (see `_folder`)."""
    return {f"{folder}/{stem}" if folder != folders[0] else stem: x
            for folder in folders if (reports / folder).is_dir()
            for stem, x in glossary_field_reports(reports / folder, gold_dir, cfg, models, opts,
                                                  missing=missing,
                                                  noise_rows=noise_rows(folder)).items()}


def _second_readings(reports: Path, folders) -> list[tuple[Path, str, Path]]:
    """(first gold folder, stem, second reading's folder) of each report in `folders` whose
    glosses were read twice (gold/second_reading/<stem>.glosses.tsv beside gold/<stem>.…)."""
    out = []
    for folder in folders:
        gold = reports / folder / "gold"
        for second in sorted((gold / SECOND_GLOSS_READING).glob("*.glosses.tsv")):
            stem = second.name.removesuffix(".glosses.tsv")
            if glosses.has_gold(gold, stem):
                out.append((gold, stem, gold / SECOND_GLOSS_READING))
    return out


# ---- everything ----------------------------------------------------------------------------

def evaluate_all(corpus: Path, gold_dir: Path, pipeline: Path | None, folds: int,
                 calibrate: bool = False) -> dict:
    from ..run.runner import Models, RunOptions, _load, analyse_document

    cfg = _load(pipeline, ())
    models = Models(cfg)
    opts = RunOptions(out=Path("outputs"), review_dir=Path(gold_dir) / "no-review")
    _, _, analysis, _ = analyse_document(Path(corpus), cfg, models, opts)
    figures = evaluate_analysis(analysis, models.last_parsed, cfg, Path(gold_dir), folds,
                                calibrate)
    reports = Path(gold_dir).parent / "reports"
    figures["glossary_fields"] = _folder_reports(reports, DEVELOPMENT_FOLDERS, gold_dir, cfg,
                                                 models, opts)
    second = Path(gold_dir) / SECOND_GLOSS_READING
    if second.is_dir():
        figures["glosses_agreement"] = glosses.reading_agreement(
            [(Path(gold_dir), "", second)] + [(reports / "fields" / "gold", stem, second)
                                              for stem in figures["glossary_fields"]
                                              if "/" not in stem])
    figures["glosses_heldout_agreement"] = glosses.reading_agreement(
        _second_readings(reports, GLOSS_FIRST_READ))
    figures["glosses_later_agreement"] = glosses.reading_agreement(_second_readings(
        reports, tuple(f for f in HELD_OUT_FOLDERS if f not in GLOSS_FIRST_READ)))
    figures["glossary_heldout"] = _folder_reports(reports, HELD_OUT_FOLDERS, gold_dir, cfg,
                                                  models, opts, missing=False)
    figures["glossary_fitted_folders"] = fitted_folders(cfg)
    from .linked import linked_folders, linked_reports

    figures["links_linked_reports"] = {
        f"{folder.name}/{stem}": x for folder in linked_folders(reports)
        for stem, x in linked_reports(folder, cfg, models, opts, folds).items()}
    return figures


def evaluate_analysis(analysis, parsed, cfg, gold_dir: Path, folds: int, calibrate: bool = False,
                      baselines: bool = True) -> dict:
    """The figures for one analysed document (its parse given, so tests can reuse theirs).
    Without `baselines`: only the system's own figures (no TF-IDF baseline, weights chosen by
    cross-validation or signals alone), which is what the quality floors check."""
    units = analysis.units
    scope = {u.unit_id for u in units if u.kind not in OUT_OF_SCOPE}
    gold_e = gold_entities(gold_dir / "entities.tsv")
    figures = {"entities": entity_scores(analysis.mentions, gold_e, scope),
               "entities_ginza_only": entity_scores(ginza_only(parsed, cfg), gold_e, scope),
               "aliases": alias_check(analysis.mentions, gold_aliases(gold_dir / "aliases.tsv"))}
    gold_l = gold_links(gold_dir / "links.tsv")
    recs = [u.unit_id for u in units if u.kind == "recommendation"]
    inputs = lk.link_inputs(parsed, analysis.mentions, analysis.glossary, cfg.links)
    pairs = lk.score_pairs(inputs.recs, inputs.targets, inputs.all_sides)
    configured = _scores_from_pairs(pairs, cfg.links.weights, cfg.links.specificity,
                                    cfg.links.thread)
    figures["links"] = link_report(configured, gold_l, recs, cfg, folds)
    second = Path(gold_dir) / "links_second.tsv"
    if not baselines:
        readings = {"links.tsv": gold_l}
        if second.exists():
            figures["links_second_reading"] = {"configured": link_report(
                configured, gold_links(second), recs, cfg, folds)}
            readings["links_second.tsv"] = gold_links(second)
        figures["review_effort"] = review_effort(analysis.candidates, units, cfg.links, readings,
                                                 ("queue",), analysis.neighbours)
        return _with_references_and_glossary(figures, analysis, parsed, gold_l, gold_dir, cfg)
    baseline = tfidf_baseline(parsed, cfg)
    figures["links_tfidf_baseline"] = link_report(baseline, gold_l, recs, cfg, folds)
    cv = cross_validated_settings(pairs, gold_l, recs, folds)
    figures["links_cv_weights"] = link_report(cv["scores"], gold_l, recs, cfg, folds)
    figures["links_cv_weights"]["chosen"] = cv["chosen"]
    figures["links_paired"] = paired_comparison(
        figures["links_cv_weights"], figures["links_tfidf_baseline"], cv["scores"], baseline,
        gold_l, recs)
    if second.exists():
        gold_2 = gold_links(second)
        figures["links_second_reading"] = {
            "agreement": reading_agreement(gold_l, gold_2),
            "configured": link_report(configured, gold_2, recs, cfg, folds),
            "baseline": link_report(baseline, gold_2, recs, cfg, folds)}
    if calibrate:
        figures["calibrated_on_all"] = cv["on_all"]
    readings = {"links.tsv": gold_l, **({"links_second.tsv": gold_2} if second.exists() else {})}
    figures["review_effort"] = review_effort(analysis.candidates, units, cfg.links, readings,
                                             neighbours=analysis.neighbours)
    figures["review_round"] = simulate.review_round(cfg.links)
    figures["review_calibration"] = review_calibration(analysis.candidates, units, cfg.links,
                                                       readings, folds, calibrate)
    figures["links_signals_alone"] = {
        s: {g: ranking_scores(_scores_from_pairs(pairs, {s: 1.0}), gold_l, g, recs)["map"]
            for g in LINK_GROUPS} for s in lk.SIGNALS}
    return _with_references_and_glossary(figures, analysis, parsed, gold_l, gold_dir, cfg)


def _with_references_and_glossary(figures: dict, analysis, parsed, gold_l: dict,
                                  gold_dir: Path, cfg) -> dict:
    figures["references"] = reference_scores(analysis.links, gold_l)
    figures["glossary"] = glossary_scores(
        analysis.glossary, parsed, [r[0].split("|") for r in _rows(gold_dir / "key_terms.txt")],
        [(r[0], r[1].split("|")) for r in _rows(gold_dir / "acronyms.tsv")])
    figures["glossary_lists"] = glossary_lists(parsed, analysis, cfg, gold_dir)
    figures["glossary_glosses"] = glosses.gloss_scores(analysis.glossary, gold_dir)
    figures["glossary_noise"] = _noise(analysis.glossary, gold_dir, "", TOP_GLOSSARY)
    return figures


def _link_rows(name: str, x: dict) -> list[str]:
    rows = []
    for mode in ("accepted_as_configured", "accepted_cross_validated"):
        a = x[mode]
        label = f"{name} ({'config rule' if mode.endswith('configured') else 'CV rule'})"
        rows.append(f"  {label:<34} {x['problem']['map']:>8.3f} {x['remark']['map']:>8.3f}"
                    f" {x['problem']['recall@10']:>7.3f} {x['remark']['recall@10']:>7.3f}"
                    f" {a['precision']:>6.3f} {a['recall']:>6.3f} {a['f1']:>6.3f} {a['f2']:>6.3f}")
    return rows


def _second_reading_lines(s: dict) -> list[str]:
    a = s["agreement"]
    lines = ["Links against the second reading (gold: tests/gold/links_second.tsv)",
             "  agreement with links.tsv (second scored against first): " + "; ".join(
                 f"{g} P {x['precision']:.3f} R {x['recall']:.3f} F1 {x['f1']:.3f}"
                 for g, x in a.items())]
    lines += _link_rows("combined, configured", s["configured"])
    lines += _link_rows("TF-IDF baseline", s["baseline"])
    return lines


def _or_dash(n: int | None) -> str:
    return "-" if n is None else str(n)


def _effort_lines(effort: dict, batch: int = 1) -> list[str]:
    from .simulate import POINTS, TARGETS

    if not effort:
        return []
    width = max(17, *map(len, effort))
    qw = max(10, *(len(q) for queues in effort.values() for q in queues))
    lines = [f"Review effort (simulated reviewer: a review round, the next {batch} of the queue, "
             "decided from the gold, links recomputed, again; F1 of the accepted links)",
             f"  {'gold':<{width}} {'queue':<{qw}} {'start':>6} "
             + " ".join(f"{'@' + str(n):>6}" for n in POINTS)
             + " " + " ".join(f"{'to ' + format(t, '.2f'):>8}" for t in TARGETS)
             + f" {'all':>6} {'decisions':>9}"]
    for reading, queues in effort.items():
        for queue, e in queues.items():
            lines.append(f"  {reading:<{width}} {queue:<{qw}} {e['start']:>6.3f} "
                         + " ".join(f"{e['f1_at'][str(n)]:>6.3f}" for n in POINTS) + " "
                         + " ".join(f"{_or_dash(e['decisions_to'][format(t, '.2f')]):>8}"
                                    for t in TARGETS)
                         + f" {e['end']:>6.3f} {e['decisions']:>9}")
    return lines


def _calibration_lines(cal: dict) -> list[str]:
    from .simulate import POINTS

    lines = ["  queue calibration cross-validated over recommendations (fitted on the other "
             "folds; mean F1 of the held-out fold's links at " + "/".join(map(str, POINTS)) + ")"]
    for reading, c in cal.items():
        lines.append(f"    {reading}: calibrated " + "/".join(
            f"{c['queue'][str(n)]:.3f}" for n in POINTS) + ", uncalibrated (distance) "
            + "/".join(f"{c['distance'][str(n)]:.3f}" for n in POINTS))
        if "on_all" in c:
            lines.append(f"    {reading}: fitted on all recommendations: {c['on_all']}")
    return lines


def _gloss_lines(f: dict) -> list[str]:
    """The english and definition columns, pooled over the development reports (the corpus,
    field and glosses_dev reports) and over the held-out reports; then how far two readings of
    the corpus and field reports agree."""
    heldout = f.get("glossary_heldout", {})
    read_first = {name for name in heldout if name.split("/")[0] in GLOSS_FIRST_READ
                  or "/" not in name}  # the first folder's reports are keyed by stem alone
    first = [x for name, x in heldout.items() if name in read_first]
    later = [x for name, x in heldout.items() if name not in read_first]
    groups = {"development reports": [f.get("glossary_glosses")] + [
                  x.get("glosses") for x in f.get("glossary_fields", {}).values()],
              "held-out reports": [x.get("glosses") for x in first],
              "held-out reports, second reading": [x.get("glosses_second") for x in first],
              "never-fitted sets 50-63, read in stop 74": [x.get("glosses") for x in later],
              "never-fitted sets 50-63, second reading": [x.get("glosses_second")
                                                          for x in later]}
    lines = ["  english and definition columns (gold: <stem>.glosses.tsv, .definitions.tsv):"]
    for name, scores in groups.items():
        scores = [x for x in scores if x]
        if not scores:
            continue
        p = glosses.pooled(scores)
        lines.append(f"    {name} ({len(scores)}): " + "; ".join(
            f"{c} recall {_or_na(p[c]['recall'])} ({p[c]['found']}/{p[c]['gold']}), precision "
            f"{_or_na(p[c]['precision'])} ({p[c]['right']}/{p[c]['filled']})"
            for c in ("english", "definition")))
    for key, what in (("glosses_agreement", "the corpus and field reports"),
                      ("glosses_heldout_agreement", "the held-out reports"),
                      ("glosses_later_agreement", "the never-fitted sets 50-63")):
        if f.get(key, {}).get("english", {}).get("first"):
            lines.append(f"    two readings of {what}: " + "; ".join(
                f"{c} {a['both']} terms in both ({a['first']} / {a['second']}), "
                f"{a['alike']} alike" for c, a in f[key].items()))
    return lines


def _or_na(x) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _glossary_list_lines(f: dict) -> list[str]:
    gl = f.get("glossary_lists", {})
    lines = [f"  key terms in first {TOP_GLOSSARY} rows, {gl.get('ranking', 'fused')} ranking "
             f"vs stop 38's fused ranking vs the earliest FLR ranking "
             f"({gl.get('earlier_rows', 0)} rows):"]
    for name, x in gl.items():
        if isinstance(x, dict):
            lo, hi = wilson(round(x["new"] * x["terms"]), x["terms"])
            unseen = ("" if x.get("unseen") is None else
                      f"; by the model not fitted on this report {x['unseen']:.3f}")
            lines.append(f"    {name} ({x['terms']}): {x['new']:.3f} (95 % CI {lo:.3f}–{hi:.3f};"
                         f" fused {x['fused']:.3f}; earliest {x['earlier']:.3f}"
                         f"{unseen}; in any row {x['anywhere']:.3f})"
                         + (f"; missing: {', '.join(x['missing'])}" if x["missing"] else ""))
    for group, what in (("glossary_fields", "field report"),
                        ("glossary_heldout", "held-out report")):
        for stem, x in f.get(group, {}).items():
            lines.append(f"  {what} {stem} ({x['terms']} key terms, {x['rows']} rows): "
                         f"first 50 "
                         f"{x['top50']:.3f}, first {TOP_GLOSSARY} {x['top200']:.3f} (fused "
                         f"{x['fused_top50']:.3f} / {x['fused_top200']:.3f}; earliest "
                         f"{x['earlier_top50']:.3f} / {x['earlier_top200']:.3f}; in any row "
                         f"{x['anywhere']:.3f})")
    fitted = f.get("glossary_fitted_folders", [])
    return lines + _held_out_pooled(f.get("glossary_heldout", {}), fitted) + _noise_lines(f)


def _held_out_pooled(held: dict, fitted=()) -> list[str]:
    """The held-out reports' key terms found in their judged rows (first 50; the long reports'
    first 200), per set of reports and over all: the mean of the reports' shares, and pooled
    over all their terms with a 95 % interval. Sets in `fitted` (the learned ranking was fitted
    on them) are marked, and "all" is given apart for the sets never fitted on and for those."""
    if not held:
        return []
    sets: dict[str, list[str]] = {}
    for k in held:
        sets.setdefault(_folder(k) + _mark(_folder(k), fitted), []).append(k)
    lines = []
    for name, keys in [*sets.items(), *[(n, k) for n, k in _by_fitting(held, fitted, "all") if k]]:
        shares = [_judged_share(k, held[k]) for k in keys]
        found = sum(round(s * held[k]["terms"]) for s, k in zip(shares, keys))
        fused = sum(round(_judged_share(k, held[k], "fused_") * held[k]["terms"]) for k in keys)
        total = sum(held[k]["terms"] for k in keys)
        any_row = sum(round(held[k]["anywhere"] * held[k]["terms"]) for k in keys)
        latin = sum(len(held[k].get("latin_read_as_words", [])) for k in keys)
        lines.append(f"  held-out {name} ({len(keys)}; first 50, long reports first "
                     f"{TOP_GLOSSARY}): mean {sum(shares) / len(shares):.3f}; pooled "
                     f"{share_with_interval(found, total)}; stop 38's fused ranking {fused}/"
                     f"{total}; in any row {any_row}/{total}; Latin read as words in those "
                     f"rows {latin}")
    return lines


# Beside a held-out set the learned ranking was fitted on: its figures are in-sample
FITTED_MARK = " (fitted on: in-sample)"


def _mark(folder: str, fitted) -> str:
    return FITTED_MARK if folder in fitted else ""


def _by_fitting(keys, fitted, name: str) -> list[tuple[str, list[str]]]:
    """(`name`, keys), or, when the learned ranking was fitted on some sets, the keys of the
    sets never fitted on and of those fitted on apart, each named so."""
    if not fitted:
        return [(name, list(keys))]
    return [(f"{name} never fitted on", [k for k in keys if _folder(k) not in fitted]),
            (f"{name} fitted on{FITTED_MARK}", [k for k in keys if _folder(k) in fitted])]


def _folder(key: str, folders: tuple[str, ...] = HELD_OUT_FOLDERS) -> str:
    """The folder of a report key made by `_folder_reports` ("heldout_terms/cyber" →
    heldout_terms; a report of the first folder has no folder in its key)."""
    return key.split("/")[0] if "/" in key else folders[0]


def _judged_share(key: str, x: dict, ranking: str = "") -> float:
    """The share in the rows counted for the report's folder; `ranking` "fused_": stop 38's."""
    top = "top200" if _folder(key) in NOISE_ROWS else "top50"
    return x[ranking + top]


def _noise_lines(f: dict) -> list[str]:
    """Noise by the blind judges, pooled with a 95 % interval: the corpus, the short
    development reports, the short held-out reports (all, then each set), the long held-out
    reports (all), and each set of long reports (development and held-out, first 200)."""
    held = f.get("glossary_heldout", {})
    dev = f.get("glossary_fields", {})
    fitted = f.get("glossary_fitted_folders", [])
    groups = {f"corpus report, first {TOP_GLOSSARY}": [f.get("glossary_noise")],
              "development reports, first 50": [
                  x.get("noise") for k, x in dev.items()
                  if _folder(k, DEVELOPMENT_FOLDERS) not in NOISE_ROWS]}
    short_keys = [k for k in held if _folder(k) not in NOISE_ROWS]
    for name, keys in _by_fitting(short_keys, fitted, "short held-out reports"):
        groups[f"{name}, first 50"] = [held[k].get("noise") for k in keys]
    short = sorted({_folder(k) for k in short_keys})
    if len(short) > 1:  # each short set apart too: a set written later does not move the others
        for folder in short:
            groups[f"short held-out reports ({folder}){_mark(folder, fitted)}, first 50"] = [
                x.get("noise") for k, x in held.items() if _folder(k) == folder]
    long_keys = [k for k in held if _folder(k) in NOISE_ROWS]
    for name, keys in _by_fitting(long_keys, fitted, "long held-out reports"):
        groups[f"{name}, first {TOP_GLOSSARY}"] = [held[k].get("noise") for k in keys]
    for folder in NOISE_ROWS:  # the long reports, judged on more rows, one line per set
        what = "development" if folder in DEVELOPMENT_FOLDERS else "held-out"
        groups[f"long {what} reports ({folder}){_mark(folder, fitted)}, "
               f"first {NOISE_ROWS[folder]}"] = [
            x.get("noise") for k, x in dev.items() if _folder(k, DEVELOPMENT_FOLDERS) == folder
        ] + [x.get("noise") for k, x in held.items() if _folder(k) == folder]
    lines = ["  noise, rows blind judges call noise / rows they judged (gold: glossary_noise.tsv, "
             "<stem>.noise.tsv):"]
    for name, counts in groups.items():
        p = noise.pooled(counts)
        if p["judged"]:
            lines.append(f"    {name}: {share_with_interval(p['noise'], p['judged'])}"
                         + (f" ({p['not_judged']} rows not judged)" if p["not_judged"] else "")
                         + _floor_note(p))
    return lines


def _floor_note(p: dict) -> str:
    """Where every report's floor is known (stop 78): the fewest noise rows any order of the
    rows could show in the same first rows."""
    if p.get("floor") is None:
        return ""
    return f"; no order of the rows shows fewer than {p['floor']} ({p['floor'] / p['judged']:.0%})"


def format_report(f: dict) -> str:
    lines = ["Entities (mentions; gold: tests/gold/entities.tsv)",
             f"  {'label':<16} {'P':>6} {'R':>6} {'F1':>6}   GiNZA alone: {'P':>6} {'R':>6} {'F1':>6}"]
    for label in f["entities"]:
        a, b = f["entities"][label], f["entities_ginza_only"][label]
        lines.append(f"  {label:<16} {a['precision']:>6.3f} {a['recall']:>6.3f} {a['f1']:>6.3f}"
                     f"                {b['precision']:>6.3f} {b['recall']:>6.3f} {b['f1']:>6.3f}")
    al = f["aliases"]
    lines.append(f"  alias groups merged: {al['merged']}/{al['groups']}"
                 + "".join(f"\n    not merged: {x}" for x in al["failed"]))
    lines.append("Links (gold: tests/gold/links.tsv)")
    lines.append(f"  {'system':<34} {'MAP prob':>8} {'MAP rem':>8} {'R@10 p':>7} {'R@10 r':>7}"
                 f" {'P':>6} {'R':>6} {'F1':>6} {'F2':>6}")
    for name, key in (("combined, configured", "links"),
                      ("combined, weights by CV", "links_cv_weights"),
                      ("TF-IDF baseline", "links_tfidf_baseline")):
        lines += _link_rows(name, f[key])
    lines.append(f"  acceptance rule fitted on all recommendations (threshold, relative): "
                 f"{f['links']['rule_on_all']}")
    lines.append("  MAP of each signal alone (problem/remark): " + ", ".join(
        f"{s} {v['problem']:.3f}/{v['remark']:.3f}" for s, v in f["links_signals_alone"].items()))
    for n, setting in enumerate(f["links_cv_weights"].get("chosen", []), start=1):
        lines.append(f"  chosen in CV fold {n} (equal weights over): {setting}")
    if "calibrated_on_all" in f:
        lines.append(f"  chosen on all recommendations: {f['calibrated_on_all']}")
    lines.append("  F1 if each recommendation accepted exactly as many top links per group as the "
                 f"gold has (micro R-precision): weights by CV "
                 f"{f['links_cv_weights']['oracle_count_f1']:.3f}, configured "
                 f"{f['links']['oracle_count_f1']:.3f}, TF-IDF baseline "
                 f"{f['links_tfidf_baseline']['oracle_count_f1']:.3f}")
    r = f["references"]
    lines.append(f"  explicit references: P {r['precision']:.3f} R {r['recall']:.3f}")
    lines.append("  weights by CV vs TF-IDF baseline, per recommendation (wins/ties/losses; "
                 "p of a paired randomization test):")
    lines.append("    " + "; ".join(f"{name} {t['wins']}/{t['ties']}/{t['losses']} p {t['p']:.3f}"
                                    for name, t in f["links_paired"].items()))
    if "links_second_reading" in f:
        lines += _second_reading_lines(f["links_second_reading"])
    lines += _effort_lines(f.get("review_effort", {}), f.get("review_round", 1))
    lines += _calibration_lines(f.get("review_calibration", {}))
    g = f["glossary"]
    lines += ["Glossary (gold: tests/gold/key_terms.txt, acronyms.tsv)",
              f"  key terms in first {TOP_GLOSSARY} rows: {g['key_terms_in_top200']:.3f}"
              f" (plain noun frequency: {g['baseline_noun_frequency_key_terms_in_top200']:.3f})",
              f"  acronyms with the right expansion: {g['acronyms_correct']:.3f}",
              f"  katakana readings in first {TOP_GLOSSARY} rows: {g['readings_top200']:.3f}"]
    lines.append(f"  rows: {g['rows']} ({g['demoted_rows']} demoted as noise); acronyms in first "
                 f"{TOP_GLOSSARY} rows: {g['acronyms_in_top200']:.3f}; Latin read as words in "
                 f"first {TOP_GLOSSARY}: {len(g['latin_read_as_words_top200'])}"
                 + "".join(f"\n    {x}" for x in g["latin_read_as_words_top200"]))
    if g["key_terms_missing"]:
        lines.append("  missing key terms: " + ", ".join(g["key_terms_missing"]))
    lines += _glossary_list_lines(f)
    lines += _gloss_lines(f)
    if g["acronyms_wrong"]:
        lines.append("  wrong acronyms: " + "; ".join(g["acronyms_wrong"]))
    from .linked import format_linked

    lines += format_linked(f.get("links_linked_reports", {}))
    return "\n".join(lines)


# ---- entities in other fields, and rule suggestions -----------------------------------------

FIELD_LABELS = ("ORGANIZATION", "LAW", "LEGAL_SITUATION")
SUGGEST_TOP = 50


def field_gold(path: Path) -> list[tuple[str, str, str]]:
    """(surface, label, canonical) rows of a field report's entity gold (labels written out or
    as the corpus gold's one-letter codes)."""
    out = []
    for n, row in enumerate(_rows(path), start=1):
        if n == 1 and [c.strip() for c in row[:2]] == ["surface", "label"]:
            continue  # a header row
        if len(row) < 2 or not row[0].strip():
            raise InputError(f"line {n}: expected surface, label, canonical", str(path))
        surface, label = row[0].strip(), row[1].strip()
        label = LABEL_CODES.get(label, label)
        out.append((surface, label, row[2].strip() if len(row) > 2 and row[2].strip()
                    else surface))
    return out


def gold_spans(text: str, rows: list[tuple[str, str, str]]) -> dict[tuple[int, int], tuple]:
    """Every occurrence of a listed surface, unless inside a longer listed one:
    (start, end) → (label, canonical)."""
    entries = {normalize(s): (label, canon, "gold", 1.0) for s, label, canon in rows}
    found = ent.match_lexicon(text, 0, "", ent.Lexicon.build(entries))
    return {(m.start, m.end): (m.label, m.canonical) for m in found}


def span_scores(mentions, gold: dict, labels=FIELD_LABELS) -> dict:
    """P/R/F1 per label and over all labels of exact (start, end, label) mentions; a system
    label the gold does not use (a weapon in a health report) counts against precision in
    the overall figure."""
    system = {(m.start, m.end, m.label) for m in mentions if m.label in ent.LABELS}
    truth = {(s, e, label) for (s, e), (label, _) in gold.items()}
    out = {}
    for label in labels:
        s = {x for x in system if x[2] == label}
        t = {x for x in truth if x[2] == label}
        out[label] = prf(len(s & t), len(s - t), len(t - s))
    out["all"] = prf(len(system & truth), len(system - truth), len(truth - system))
    return out


def canonical_agreement(mentions, gold: dict) -> dict:
    """Gold entities written under two names or more, found under both: how many the system
    gives one canonical name."""
    by_gold = defaultdict(set)
    names = defaultdict(set)
    for m in mentions:
        g = gold.get((m.start, m.end))
        if g and g[0] == m.label:
            by_gold[g[1]].add(m.canonical)
            names[g[1]].add(normalize(m.text))
    multi = [c for c in by_gold if len(names[c]) > 1]
    return {"groups": len(multi), "merged": sum(len(by_gold[c]) == 1 for c in multi)}


def _field_run(doc: Path, cfg, models, opts):
    from ..run.runner import analyse_document

    _, cleaned, analysis, _ = analyse_document(doc, cfg, models, opts)
    return cleaned.text, analysis.mentions


def _with_rules(cfg, files: tuple[Path, ...]):
    from dataclasses import replace

    return replace(cfg, entities=replace(cfg.entities,
                                         rule_files=cfg.entities.rule_files + files))


def entity_field_reports(folder: Path, pipeline: Path | None, work: Path) -> dict:
    """Each report of `folder` with gold at folder/gold/<stem>.entities.tsv, scored (a) with the
    rule files as shipped and (b) after accepting `rules suggest`'s output wholesale."""
    from ..run.runner import Models, RunOptions, _load

    cfg = _load(pipeline, ())
    opts = RunOptions(out=work / "outputs", review_dir=work / "no-review")
    return field_report_scores(folder, cfg, Models(cfg), opts, work)


def field_report_scores(folder: Path, cfg, models, opts, work: Path | None = None) -> dict:
    """The scores of `entity_field_reports` with the pipeline given; without `work`, only with
    the rule files as shipped (no `rules suggest` run)."""
    from ..stages.ingest import find_documents
    from ..suggest import suggest, to_jsonl

    out, totals = {}, defaultdict(list)
    for doc in find_documents(folder):
        gold_file = folder / "gold" / f"{doc.stem}.entities.tsv"
        if not gold_file.exists():
            continue
        text, shipped = _field_run(doc, cfg, models, opts)
        gold = gold_spans(text, field_gold(gold_file))
        out[doc.stem] = {"shipped": span_scores(shipped, gold),
                         "canonical": canonical_agreement(shipped, gold),
                         "gold_mentions": len(gold)}
        totals["shipped"].append((shipped, gold))
        if work is not None:
            suggested = work / f"{doc.stem}.suggested.jsonl"
            suggested.write_text(to_jsonl(suggest([doc], cfg, models, opts)), encoding="utf-8")
            _, accepted = _field_run(doc, _with_rules(cfg, (suggested,)), models, opts)
            out[doc.stem]["suggest_accepted"] = span_scores(accepted, gold)
            totals["suggest_accepted"].append((accepted, gold))
    out["all reports"] = {mode: _pooled(pairs) for mode, pairs in totals.items()}
    return out


def _pooled(pairs) -> dict:
    """Scores over several reports at once (micro average over their mentions)."""
    counts = defaultdict(lambda: [0, 0, 0])
    for mentions, gold in pairs:
        for label, x in span_scores(mentions, gold).items():
            for i, k in enumerate(("tp", "fp", "fn")):
                counts[label][i] += x[k]
    return {label: prf(*c) for label, c in counts.items()}


def suggest_coverage(lines: list[dict], gold: Counter, groups: list[list[str]],
                     top: int = SUGGEST_TOP) -> dict:
    """How much of the corpus gold the first `top` suggested lines name: its entities (surfaces
    joined by the gold's alias groups; named when a line's pattern is one of its surfaces), its
    distinct surfaces and its mentions; also with the gold's label (LAW counted as
    LEGAL_SITUATION)."""
    head = {(CORPUS_FOLD.get(x["label"], x["label"]), normalize(x["pattern"]))
            for x in lines[:top]}
    head_names = {n for _, n in head}
    surfaces = Counter()
    for (_, label, surface), n in gold.items():
        surfaces[(label, surface)] += n
    entity_of = {normalize(s): normalize(group[0]) for group in groups for s in group}
    entities = defaultdict(set)
    for label, surface in surfaces:
        entities[(label, entity_of.get(surface, surface))].add(surface)
    total = sum(surfaces.values())

    def share(keys, of) -> float:
        return round(len(keys) / len(of), 3)

    named = [k for k in surfaces if k[1] in head_names]
    labelled = [k for k in surfaces if k in head]
    return {"lines": min(top, len(lines)), "gold_surfaces": len(surfaces),
            "gold_entities": len(entities),
            "entities_named": share([e for e, ss in entities.items() if ss & head_names],
                                    entities),
            "entities_named_with_gold_label": share(
                [e for e, ss in entities.items() if {(e[0], s) for s in ss} & head], entities),
            "surfaces_named": share(named, surfaces),
            "surfaces_named_with_gold_label": share(labelled, surfaces),
            "mentions_named": round(sum(surfaces[k] for k in named) / total, 3),
            "mentions_named_with_gold_label": round(sum(surfaces[k] for k in labelled) / total,
                                                    3)}


def corpus_suggest(corpus: Path, gold_dir: Path, pipeline: Path | None, work: Path) -> dict:
    """`rules suggest` on the corpus report with every rule file removed, against its gold."""
    from dataclasses import replace

    from ..run.runner import Models, RunOptions, _load
    from ..suggest import suggest

    cfg = _load(pipeline, ())
    bare = replace(cfg, entities=replace(cfg.entities, rule_files=()))
    opts = RunOptions(out=work / "outputs", review_dir=work / "no-review")
    lines = suggest([corpus], bare, Models(bare), opts)
    gold, groups = gold_entities(gold_dir / "entities.tsv"), gold_aliases(gold_dir / "aliases.tsv")
    out = suggest_coverage(lines, gold, groups)
    # 50 lines name at most 50 entities: also the share within as many lines as the gold has
    # entities
    out["at_gold_size"] = suggest_coverage(lines, gold, groups, top=out["gold_entities"])
    return out


ENTITY_SETS = {"fields": "Entities in other fields (gold: <fields>/gold/<stem>.entities.tsv; "
                          "exact spans)",
               "heldout": "Entities in the held-out reports (gold: <heldout>/gold/<stem>.entities"
                          ".tsv; exact spans; never used for tuning)"}


def format_entity_report(f: dict) -> str:
    lines = []
    for key, title in ENTITY_SETS.items():
        if key in f:
            lines += _entity_set_lines(title, f[key])
    return "\n".join(lines + _corpus_suggest_lines(f))


def _entity_set_lines(title: str, reports: dict) -> list[str]:
    header = (f"  {'report':<24} {'label':<16} {'shipped P':>9} {'R':>6} {'F1':>6}"
              f"   {'suggest accepted P':>18} {'R':>6} {'F1':>6}")
    lines = [title, header]
    for stem, x in reports.items():
        for label in (*FIELD_LABELS, "all"):
            a, b = x["shipped"].get(label), x.get("suggest_accepted", {}).get(label)
            row = (f"  {stem:<24} {label:<16} {a['precision']:>9.3f} {a['recall']:>6.3f}"
                   f" {a['f1']:>6.3f}")
            if b:
                row += f"   {b['precision']:>18.3f} {b['recall']:>6.3f} {b['f1']:>6.3f}"
            lines.append(row)
        if "canonical" in x:
            c = x["canonical"]
            lines.append(f"  {stem:<24} entities under several names given one canonical: "
                         f"{c['merged']}/{c['groups']}; gold mentions {x['gold_mentions']}")
    return lines


def _corpus_suggest_lines(f: dict) -> list[str]:
    if "corpus_suggest" not in f:
        return []
    c = f["corpus_suggest"]
    return [(f"Corpus report, `rules suggest` with all rule files removed, first {c['lines']} "
             "lines (share named; with the gold's label):"),
            (f"  gold entities ({c['gold_entities']}, alias groups joined) "
             f"{c['entities_named']:.3f}; {c['entities_named_with_gold_label']:.3f}"),
            (f"  gold surfaces ({c['gold_surfaces']}) {c['surfaces_named']:.3f}; "
             f"{c['surfaces_named_with_gold_label']:.3f}"),
            (f"  gold mentions {c['mentions_named']:.3f}; "
             f"{c['mentions_named_with_gold_label']:.3f}")] + _at_gold_size_lines(c)


def _at_gold_size_lines(c: dict) -> list[str]:
    g = c.get("at_gold_size")
    if not g:
        return []
    return [(f"  ({c['lines']} lines can name at most "
             f"{min(1.0, c['lines'] / c['gold_entities']):.3f} of the gold "
             f"entities; first {g['lines']} lines: entities {g['entities_named']:.3f}, mentions "
             f"{g['mentions_named']:.3f})")]
