"""Choose the glossary's fusion variant by leave-one-report-out cross-validation.

The development reports are the corpus report (two key-term lists: tests/gold/key_terms.txt and
key_terms_independent.txt), the field reports in tests/reports/fields/ (gold/<stem>.key_terms.txt)
since stop 33, the three reports in tests/reports/glosses_dev/ (rounds 1-5 were run without
them), and, since stop 36, the two long reports in tests/reports/long_dev/ (first 200 rows, as for
the corpus; rounds 1-8 were run without them).
The held-out reports (tests/reports/heldout/) are never read here.

Each report's figure is the share of its key terms among the first rows of its glossary: 200 for
the corpus report (mean of its two lists), 50 for the short field reports (they have fewer than
200 rows, so 200 would only measure candidate recall). For each report in turn, the variant with
the best mean over the other reports is chosen (ties: the earlier variant in VARIANTS, the
published defaults first) and its figure on the left-out report is the honest one.

    PYTHONPATH=src python benchmarks/glossary_cv.py [--round 2|...|11]
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
BASE = ("structure", "specificity", "marking", "naming")
ACRONYMS = ("structure", "specificity", "marking", "acronyms")  # entities not counted as naming
SIGNAL_SETS = (BASE, BASE + ("cvalue",), BASE + ("spread",), BASE + ("cvalue", "spread"),
               ACRONYMS, ACRONYMS + ("cvalue",), ACRONYMS + ("spread",),
               ACRONYMS + ("cvalue", "spread"))


def variants() -> list[dict]:
    return [{"signals": s, "compound_frequency": c, "fusion": f}
            for s, c, f in itertools.product(SIGNAL_SETS, ("parts", "breaks"),
                                             ("sum", "drop_worst"))]


def second_round() -> list[dict]:
    """The first round's choice (FLR, specificity, marking, naming, C-value, spread) with other
    fusion constants."""
    chosen = BASE + ("cvalue", "spread")
    return [{"signals": chosen, "fusion_k": k, "fusion": f}
            for k, f in itertools.product((60.0, 20.0, 120.0), ("sum", "drop_worst", "kinds"))]


LISTED = frozenset({"日米", "日本", "米国", "中国"})  # the country words the stoplist held before


def third_round(cfg) -> list[dict]:
    """Stop 31: country names generic by rule (shipped), by no rule, or by the old list."""
    return [{}, {"generic_countries": False},
            {"generic_countries": False, "stoplist": cfg.glossary.stoplist | LISTED}]


SHIPPED = BASE + ("cvalue", "spread")


def fourth_round() -> list[dict]:
    """Stop 32: entities whose label names one individual (organisations, laws) carry no
    naming evidence, with each fusion; beside every entity counted (shipped before, [0]) and no
    entity counted. [5] is shipped now."""
    names, none = frozenset({"ORGANIZATION", "LAW"}), frozenset()
    no_entities = tuple("acronyms" if s == "naming" else s for s in SHIPPED)
    return [{"signals": signals, "fusion": f, "proper_name_labels": labels}
            for signals, labels in ((SHIPPED, none), (SHIPPED, names), (no_entities, none))
            for f in ("sum", "drop_worst", "kinds")]


def fifth_round() -> list[dict]:
    """Stop 32: nested heads (a head shared by two or more chains, never a chain of its own) as
    candidates, not as candidates, or as rows after every other."""
    return [{}, {"nested_heads": False}, {"nested_last": True}]


def sixth_round() -> list[dict]:
    """Stop 33: what the text says about a term in the shapes added for the english and
    definition columns counts as marking it, or (shipped) does not."""
    return [{}, {"count_said": True}]


def seventh_round() -> list[dict]:
    """Stop 34: a word general Japanese uses as a whole at least this often (wordfreq Zipf) is an
    everyday word, listed after every other term unless the text marks or defines it; [0] none
    is (stop 33), [2] is shipped."""
    return [{"everyday_zipf": z} for z in (0.0, 3.5, 4.0, 4.5, 5.0)]


def eighth_round() -> list[dict]:
    """Stop 35: a word among general Japanese's N most common (the ja_ginza model's vocabulary,
    Sudachi words, compounds included) is an everyday word too, beside or instead of wordfreq's
    Zipf 4 (stop 34, [0])."""
    ranks = (5000, 10000, 20000, 30000, 50000, 70000, 100000, 150000)
    return ([{"everyday_zipf": 4.0, "everyday_rank": 0}]
            + [{"everyday_zipf": 4.0, "everyday_rank": n} for n in ranks]
            + [{"everyday_zipf": 0.0, "everyday_rank": n} for n in ranks])


def tenth_round() -> list[dict]:
    """Stop 37: the shipped ranking (artifacts_last on), speakers' labels found by repetition in
    any unit, ・-list items used only inside the list listed last, and both."""
    return [{}, {"repeated_speakers": True}, {"list_items_last": True},
            {"repeated_speakers": True, "list_items_last": True}]


def eleventh_round() -> list[dict]:
    """Stop 38: phrases the text marks (a particle, auxiliary or verb inside), used once and not
    explained, listed last. (A country name at a chain's head split off where the text writes
    the rest alone was measured in this round too, and its code removed: docs/glossary.md.)"""
    return [{}, {"phrases_last": True}]


def ninth_round() -> list[dict]:
    """Stop 36: a long report's artifacts (amounts and dates, the document's item labels,
    remarks' speaker labels) listed last or not read; [0] off (shipped default)."""
    return [{"artifacts_last": False}, {"artifacts_last": True}]


def reports() -> list[tuple[str, Path, dict[str, Path], int]]:
    """(name, document, gold lists, rows counted) of every development report."""
    out = [("corpus", CORPUS, {"own": ROOT / "tests/gold/key_terms.txt",
                               "independent": ROOT / "tests/gold/key_terms_independent.txt"}, 200)]
    from dtx_nlp.evaluation.evaluate import DEVELOPMENT_FOLDERS, noise_rows

    for name in DEVELOPMENT_FOLDERS:  # first 50 rows, long reports first 200 (as evaluate)
        folder, top = ROOT / "tests" / "reports" / name, noise_rows(name)
        for doc in sorted(folder.iterdir()):
            gold = folder / "gold" / f"{doc.stem}.key_terms.txt"
            if doc.suffix in (".txt", ".md") and gold.exists():
                out.append((doc.stem, doc, {"key terms": gold}, top))
    return out


# [glossary] settings changed before the reports are read (benchmarks/reading_change.py, stop 77)
SETTINGS: dict[str, object] = {}


def changed_settings() -> dict[str, object]:
    """The entries of SETTINGS that differ from the shipped config's."""
    from dtx_nlp.config import load_config

    shipped = load_config(None).glossary
    return {k: v for k, v in sorted(SETTINGS.items()) if getattr(shipped, k) != v}


def analysed(pipeline: Path | None):
    from dtx_nlp.evaluation.evaluate import _key_terms
    from dtx_nlp.run.runner import Models, RunOptions, _load, analyse_document

    cfg = _load(pipeline, ())
    cfg = replace(cfg, glossary=replace(cfg.glossary, **SETTINGS))
    models = Models(cfg)
    opts = RunOptions(out=Path("/tmp/dtx-glossary-cv"), review_dir=Path("/tmp/dtx-glossary-cv-nr"))
    out = {}
    for name, doc, golds, top in reports():
        _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
        out[name] = (models.last_parsed, analysis, {k: _key_terms(v) for k, v in golds.items()},
                     top)
    return cfg, out


def figure(cfg, item, variant: dict) -> dict[str, float]:
    from dtx_nlp.evaluation.evaluate import key_term_share
    from dtx_nlp.stages.glossary import build_glossary

    parsed, analysis, golds, top = item
    # the rounds choose among variants of the fused ranking (the default until stop 38; the
    # learned ranking, the default since stop 39, is compared in glossary_learned.py)
    terms = build_glossary(parsed, analysis.mentions, analysis.definitions,
                           replace(cfg.glossary, **{"ranking": "fused", **variant}))
    return {g: key_term_share(terms, gold, top)[0] for g, gold in golds.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pipeline", type=Path, default=None)
    ap.add_argument("--round", type=int, default=1, choices=tuple(range(1, 12)))
    args = ap.parse_args()
    cfg, data = analysed(args.pipeline)
    grid = {1: variants, 2: second_round, 3: lambda: third_round(cfg),
            4: fourth_round, 5: fifth_round, 6: sixth_round,
            7: seventh_round, 8: eighth_round, 9: ninth_round,
            10: tenth_round, 11: eleventh_round}[args.round]()
    table = {}
    for i, v in enumerate(grid):
        table[i] = {name: figure(cfg, item, v) for name, item in data.items()}
        flat = "  ".join(f"{n}:{g}={x:.3f}" for n, d in table[i].items() for g, x in d.items())
        shown = " ".join("+".join(x) if isinstance(x, tuple) else str(x) for x in v.values())
        print(f"[{i:2}] {shown}: {flat}", flush=True)
    mean = {i: {n: sum(d.values()) / len(d) for n, d in row.items()} for i, row in table.items()}
    print("\nleave-one-report-out:")
    held = []
    for name in data:
        others = [n for n in data if n != name]
        best = max(mean, key=lambda i: (sum(mean[i][n] for n in others), -i))
        held.append(mean[best][name])
        print(f"  {name}: chosen [{best}] on the others; left-out figure {mean[best][name]:.3f} "
              f"(default [0]: {mean[0][name]:.3f})")
    print(f"  mean left-out figure {sum(held) / len(held):.3f} "
          f"(default [0]: {sum(mean[0].values()) / len(mean[0]):.3f})")
    best_all = max(mean, key=lambda i: (sum(mean[i].values()), -i))
    print(f"  best on all reports: [{best_all}] {grid[best_all]}")


if __name__ == "__main__":
    main()
