"""How far a second reader's glossary reaches on the key-term lists, beside the pipeline's.

Stop 66: for 18 never-fitted reports (the short ones of sets 54–57, the long ones of set 57), a
helper session that read only the report wrote the first rows of a glossary of it, ranked (50 for
a short report, 200 for a long one), under the key-term prompt's own definition of a term
(benchmarks/prompts/key_terms.md), without seeing the key-term list, the pipeline's rows or any
other file (gold/second_glossary/<stem>.glossary.txt). This script counts, per report, the key
terms (gold/<stem>.key_terms.txt, written by other sessions) in the second reader's rows and in
the pipeline's first rows, counted as `dtx-nlp evaluate` counts them (a row's term or a name
folded into it), and how many rows the two share. The key-term writers and the second readers
are sessions of one model, so their agreement is likely higher than two people's would be.
Where blind judges labelled both rankings' first rows, shuffled together
(gold/second_glossary/<stem>.judged.tsv, eight short reports), it also counts the rows each
ranking shows that they called noise (rows the judges never saw are reported as not judged).

    PYTHONPATH=src python benchmarks/glossary_second_reader.py [--pipeline P]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from types import SimpleNamespace

from dtx_nlp.evaluation.evaluate import _key_terms, key_term_share
from dtx_nlp.evaluation.noise import noise_count, read_judgements
from dtx_nlp.textnorm import normalize

ROOT = Path(__file__).resolve().parents[1]
READING = "second_glossary"


def readings() -> list[tuple[Path, Path, int]]:
    """(document, second reading, rows) for every report with a second reading."""
    out = []
    for path in sorted((ROOT / "tests/reports").glob(f"*/gold/{READING}/*.glossary.txt")):
        folder = path.parents[2]
        stem = path.name.removesuffix(".glossary.txt")
        doc = next(p for p in folder.glob(f"{stem}.*") if p.suffix in (".txt", ".md"))
        out.append((doc, path, 200 if folder.name.startswith("heldout_long") else 50))
    return out


def reader_share(gold: list[list[str]], rows: list[str]) -> int:
    """Key terms among a reader's rows (any of a key term's written forms)."""
    names = {normalize(r) for r in rows}
    return sum(any(normalize(a) in names for a in alts) for alts in gold)


def main() -> None:
    from dtx_nlp.run.runner import Models, RunOptions, _load, analyse_document

    ap = argparse.ArgumentParser()
    ap.add_argument("--pipeline", type=Path, default=None)
    args = ap.parse_args()
    cfg = _load(args.pipeline, ())
    models = Models(cfg)
    opts = RunOptions(out=Path("/tmp/dtx-second-reader"), review_dir=Path("/tmp/dtx-second-nr"))
    totals: dict[int, list[int]] = {}
    noise = {"second reader": [0, 0, 0], "pipeline": [0, 0, 0]}
    for doc, reading, top in readings():
        gold = _key_terms(doc.parent / "gold" / f"{doc.stem}.key_terms.txt")
        rows = [line.strip() for line in reading.read_text(encoding="utf-8").splitlines()
                if line.strip()][:top]
        _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
        system = round(key_term_share(analysis.glossary, gold, top)[0] * len(gold))
        shown = {normalize(t.term) for t in analysis.glossary[:top]}
        both = len(shown & {normalize(r) for r in rows})
        human = reader_share(gold, rows)
        t = totals.setdefault(top, [0, 0, 0, 0])
        for i, v in enumerate((human, system, len(gold), 1)):
            t[i] += v
        print(f"{doc.parent.name}/{doc.stem}: key terms {len(gold)}, second reader {human}, "
              f"pipeline {system}, rows in both {both}/{top}", flush=True)
        judged = reading.with_name(f"{doc.stem}.judged.tsv")
        if judged.exists():
            labels = read_judgements(judged)
            for name, terms in (("second reader", [SimpleNamespace(term=r) for r in rows]),
                                ("pipeline", analysis.glossary)):
                c = noise_count(terms, labels, top)
                for i, key in enumerate(("noise", "judged", "not_judged")):
                    noise[name][i] += c[key]
    for top, (human, system, n, count) in sorted(totals.items()):
        print(f"first {top} rows, {count} reports, {n} key terms: second reader {human}/{n} = "
              f"{human / n:.3f}; pipeline {system}/{n} = {system / n:.3f}")
    for name, (bad, judged, unjudged) in noise.items():
        if judged:
            print(f"judged noise in the first rows, {name}: {bad}/{judged} = {bad / judged:.3f}"
                  + (f" ({unjudged} rows not judged)" if unjudged else ""))


if __name__ == "__main__":
    main()
