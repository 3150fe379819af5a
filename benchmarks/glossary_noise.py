"""Noise in the glossary's first rows, by an independent judge's labels.

A helper session judged rows NOISE or TERM from the report text alone, blind to the ranking and
to the key-term lists (stop 32): every row of two rankings' first 200 for the corpus report
(tests/gold/glossary_noise.tsv) and the long held-out report, the first 50 for each short
held-out report (tests/reports/heldout*/gold/<stem>.noise.tsv). Since stop 34 also the first 50
rows of stop 33's and stop 34's rankings for the six short development reports
(tests/reports/fields/ and glosses_dev/, gold/<stem>.noise.tsv), so that a noise rule can be
judged on them before any held-out measurement. A ranking that brings rows nobody judged into the
first rows is reported with how many; those rows are not counted either way.

    PYTHONPATH=src python benchmarks/glossary_noise.py [--pipeline P] [--development]
        [--everyday-rank N ...] [--variant KEY=VALUE[,KEY=VALUE...] ...] [--unjudged FILE]

--development reads the corpus and the development reports only (no held-out report: for choosing
a rule before its held-out measurement); --everyday-rank adds the configured ranking with that
`everyday_rank` (stop 35) as a further variant; --variant one with those `[glossary]` settings
(e.g. artifacts_last=true); --unjudged writes the rows nobody judged (report, term, the variants
showing it, |-separated), so that a blind judge can label them before anything is counted.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from dtx_nlp.evaluation.evaluate import DEVELOPMENT_FOLDERS, HELD_OUT_FOLDERS, noise_rows

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
# folder: rows counted, as `dtx-nlp evaluate` counts them
HELD_OUT = {folder: noise_rows(folder) for folder in HELD_OUT_FOLDERS}
DEVELOPMENT = {folder: noise_rows(folder) for folder in DEVELOPMENT_FOLDERS}
# stop 38's fused ranking and stop 34's, 33's, 32's and 31's beside the configured one (the
# learned ranking since stop 39)
FUSED = {"ranking": "fused"}
VARIANTS = {"configured": {}, "stop 38": FUSED, "stop 34": {**FUSED, "everyday_rank": 0},
            "stop 33": {**FUSED, "everyday_zipf": 0.0, "everyday_rank": 0},
            "stop 32": {**FUSED, "count_said": False, "everyday_zipf": 0.0, "everyday_rank": 0},
            "stop 31": {**FUSED, "fusion": "sum", "proper_name_labels": frozenset(),
                        "nested_last": False, "count_said": False, "everyday_zipf": 0.0,
                        "everyday_rank": 0}}


def reports(held_out: bool = True) -> list[tuple[str, Path, Path, int]]:
    """(name, document, judgments, rows counted)."""
    out = [("corpus", CORPUS, ROOT / "tests/gold/glossary_noise.tsv", 200)]
    for folder, top in {**DEVELOPMENT, **(HELD_OUT if held_out else {})}.items():
        for labels in sorted((ROOT / "tests/reports" / folder / "gold").glob("*.noise.tsv")):
            stem = labels.name.split(".")[0]
            doc = next(p for p in (ROOT / "tests/reports" / folder).glob(f"{stem}.*")
                       if p.suffix in (".txt", ".md"))
            out.append((f"{folder}/{stem}", doc, labels, top))
    return out


def main() -> None:
    from dtx_nlp.evaluation.noise import noise_count, pooled, read_judgements
    from dtx_nlp.evaluation.stats import share_with_interval
    from dtx_nlp.run.runner import Models, RunOptions, _load, analyse_document
    from dtx_nlp.stages.glossary import build_glossary

    ap = argparse.ArgumentParser()
    ap.add_argument("--pipeline", type=Path, default=None)
    ap.add_argument("--development", action="store_true")
    ap.add_argument("--everyday-rank", type=int, nargs="*", default=[])
    ap.add_argument("--variant", nargs="*", default=[])
    ap.add_argument("--unjudged", type=Path, default=None,
                    help="write the rows nobody judged (report, term) here, for a blind judge")
    args = ap.parse_args()
    variants = {**VARIANTS, **{f"rank {n}": {"everyday_rank": n} for n in args.everyday_rank},
                **{v: _settings(v) for v in args.variant}}
    cfg = _load(args.pipeline, ())
    models = Models(cfg)
    opts = RunOptions(out=Path("/tmp/dtx-glossary-noise"),
                      review_dir=Path("/tmp/dtx-glossary-noise-nr"))
    groups = ("short development reports", "short held-out reports")
    counts = {(g, v): [] for g in groups for v in variants}  # the short reports' counts
    unjudged: dict[tuple[str, str], list[str]] = {}  # (report, term) → the variants showing it
    for name, doc, labels, top in reports(not args.development):
        _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
        judgement = read_judgements(labels)
        shown = []
        for variant, extra in variants.items():
            terms = build_glossary(models.last_parsed, analysis.mentions, analysis.definitions,
                                   replace(cfg.glossary, **extra))
            c = noise_count(terms, judgement, top)
            for t in terms[:top]:
                if t.term not in judgement:
                    unjudged.setdefault((name, t.term), []).append(variant)
            shown.append(_shown(variant, c))
            if top == 50:
                counts[groups[name.split("/")[0] in HELD_OUT], variant].append(c)
        print(f"{name} (first {top}): " + "; ".join(shown), flush=True)
    if args.unjudged:
        args.unjudged.write_text("".join(f"{r}\t{t}\t{'|'.join(v)}\n"
                                         for (r, t), v in unjudged.items()), encoding="utf-8")
    for (group, variant), cs in counts.items():
        if not cs:
            continue
        p = pooled(cs)
        shown = share_with_interval(p["noise"], p["judged"]) if p["judged"] else "0/0"
        print(f"{group}, {variant}: {shown} noise"
              + (f" ({p['not_judged']} rows not judged)" if p["not_judged"] else ""))


def _settings(text: str) -> dict:
    """fusion=sum,artifacts_last=true → {"fusion": "sum", "artifacts_last": True}."""
    out = {}
    for item in text.split(","):
        key, _, value = item.partition("=")
        out[key] = {"true": True, "false": False}.get(value, value)
    return out


def _shown(variant: str, c: dict) -> str:
    return (f"{variant} {c['noise']}/{c['judged']}"
            + (f" ({c['not_judged']} not judged)" if c["not_judged"] else ""))


if __name__ == "__main__":
    main()
