"""A learned noise model for the glossary, measured by leave-one-report-out (stop 35; not built
into the pipeline, see docs/glossary.md, "Stop 35").

Rows the blind judges labelled in the corpus and the six short development reports (the
held-out reports are never read here) are described by general features: how common the whole
term and its parts are in general Japanese (the ja_ginza vocabulary's rank, wordfreq's Zipf
value), length, number of parts, script, whether the text glosses or defines it, its frequency
and spread, and whether its head or modifier is a row of its own. For each report in turn a
logistic regression is fitted on the other reports' judged rows (plain terms only: acronyms,
entities and rows already demoted are never noise), its rows with P(noise) above a threshold are
listed last, and the key-term share and judged noise of that report are counted.

    PYTHONPATH=src python benchmarks/glossary_noise_model.py
"""

from __future__ import annotations

import math
import re
import unicodedata

import glossary_cv as cv
import glossary_noise as gn
import numpy as np

THRESHOLDS = (None, 0.5, 0.6, 0.7, 0.8)  # None: the shipped ranking


def features(term, rows) -> list[float]:
    from dtx_nlp.stages import termrank
    from dtx_nlp.stages.glossary import split_a

    size = len(termrank.vocabulary_ranks())

    def rank(word: str) -> float:
        return math.log10(termrank.vocabulary_rank(unicodedata.normalize("NFKC", word).casefold())
                          or size + 1)

    def zipf(word: str) -> float:
        f = termrank._lookup(unicodedata.normalize("NFKC", word).casefold())
        return math.log10(f) + 9 if f else 0.0

    t = term.term
    parts = [p for p in split_a(t) if p not in "・-"] or [t]
    compound = len(parts) > 1
    return [rank(t), zipf(t), len(t), len(parts), rank(parts[-1]), rank(parts[0]),
            max(map(rank, parts)), min(map(rank, parts)), math.log(term.frequency),
            float(bool(term.english)), float(bool(term.definition)),
            float(bool(re.search("[A-Za-z]", t))), float(bool(re.fullmatch("[ァ-ヶー・]+", t))),
            float("・" in t), float("の" in t),
            float(compound and "".join(parts[:-1]) in rows),
            float(compound and parts[-1] in rows),
            float((term.in_problems > 0) + (term.in_recommendations > 0) + (term.in_remarks > 0))]


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    from dtx_nlp.evaluation.evaluate import key_term_share
    from dtx_nlp.evaluation.noise import noise_count, read_judgements
    from dtx_nlp.stages.glossary import build_glossary

    cfg, data = cv.analysed(None)
    labels = {name.split("/")[-1]: path for name, _, path, _ in gn.reports(held_out=False)}
    reports = {}
    for name, (parsed, analysis, golds, top) in data.items():
        terms = build_glossary(parsed, analysis.mentions, analysis.definitions, cfg.glossary)
        rows = {t.term for t in terms}
        reports[name] = (terms, np.array([features(t, rows) for t in terms]),
                         read_judgements(labels[name]), golds, top)

    def fitted(left_out: str):
        x, y = [], []
        for name, (terms, f, judged, _, _) in reports.items():
            for t, row in zip(terms, f):
                if name != left_out and t.term in judged and t.kind == "term" and not t.demoted:
                    x.append(row)
                    y.append(judged[t.term] == "NOISE")
        return LogisticRegression(max_iter=3000).fit(np.array(x), np.array(y))

    models = {name: fitted(name) for name in reports}
    for threshold in THRESHOLDS:
        shares, noise = [], [0, 0, 0]
        for name, (terms, f, judged, golds, top) in reports.items():
            if threshold is not None:
                p = models[name].predict_proba(f)[:, 1]
                last = [t.demoted != "" or (t.kind == "term" and q > threshold)
                        for t, q in zip(terms, p)]
                terms = ([t for t, x in zip(terms, last) if not x]
                         + [t for t, x in zip(terms, last) if x])
            shares.append(sum(key_term_share(terms, g, top)[0] for g in golds.values())
                          / len(golds))
            c = noise_count(terms, judged, top)
            noise = [noise[0] + c["noise"], noise[1] + c["judged"], noise[2] + c["not_judged"]]
        print(f"threshold {threshold}: mean key-term share {sum(shares) / len(shares):.3f} "
              f"({', '.join(f'{s:.3f}' for s in shares)}); noise {noise[0]}/{noise[1]} judged "
              f"({noise[2]} rows not judged)")


if __name__ == "__main__":
    main()
