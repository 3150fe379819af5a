"""Stage 8: write a document's outputs (CSV, clean text, HTML) and the corpus index."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from ..errors import OutputError
from ..outputs import atomic_file
from . import html

UNIT_COLUMNS = ["unit_id", "doc_id", "kind", "parent_id", "number", "session", "title", "text",
                "start", "end", "part", "page", "group", "label"]
TOKEN_COLUMNS = ["unit_id", "sent", "i", "text", "lemma", "norm", "reading", "pos", "tag", "dep",
                 "head", "start", "end"]
ENTITY_COLUMNS = ["unit_id", "start", "end", "text", "label", "canonical", "source",
                  "confidence"]
GLOSSARY_COLUMNS = ["term", "reading", "kind", "expansion", "frequency", "first_unit_id", "score",
                    "label", "in_problems", "in_recommendations", "in_remarks", "context", "aliases",
                    "english", "definition", "demoted", "noise_class"]
COVERAGE_COLUMNS = ["category", "unit_id", "kind", "text"]
LINK_COLUMNS = ["recommendation_id", "target_id", "target_kind", "score", "rank", "accepted",
                "method", "evidence", "decision"]


REVIEW_COLUMNS = ["review_priority", "note"]


def link_table(links) -> tuple[list[str], list[list]]:
    """links.csv: the link, its signals, its place in the review queue and the analyst's note,
    and the score's parts (empty for a signal of weight 0: it does not count)."""
    from ..stages.links import PARTS, SIGNALS

    columns = (LINK_COLUMNS + [f"signal_{s}" for s in SIGNALS] + REVIEW_COLUMNS
               + [f"part_{p}" for p in PARTS])
    rows = [[getattr(k, c) for c in LINK_COLUMNS] + [k.signals.get(s) for s in SIGNALS]
            + [getattr(k, c) for c in REVIEW_COLUMNS] + [k.parts.get(p) for p in PARTS]
            for k in links]
    return columns, rows


def matrix_table(links, units) -> tuple[list[str], list[list]]:
    from ..stages.trace import matrix

    recs, columns, cells = matrix(links, units)
    return ["recommendation_id", *columns], [[r, *(cells.get((r, c)) for c in columns)]
                                             for r in recs]


def write_review_outputs(tmp: Path, source, analysis, result) -> None:
    """The outputs a review decision changes (links, matrix, coverage, report, issues, stamp):
    written by a run and rewritten by relink, by this one function."""
    from ..outputs import records_rows, write_csv
    from ..stages.trace import coverage

    write_csv(tmp / "links.csv", *link_table(analysis.links))
    write_csv(tmp / "matrix.csv", *matrix_table(analysis.links, analysis.units))
    write_csv(tmp / "coverage.csv", COVERAGE_COLUMNS,
              records_rows(coverage(analysis.links, analysis.units), COVERAGE_COLUMNS))
    (tmp / "report.html").write_text(html.render_report(source, analysis, result),
                                     encoding="utf-8")
    issues = [dataclasses.asdict(i) for i in result.issues]
    (tmp / "issues.json").write_text(json.dumps(issues, ensure_ascii=False, indent=1,
                                                sort_keys=True) + "\n", encoding="utf-8")
    (tmp / "run.json").write_text(json.dumps(result.stamp, ensure_ascii=False, indent=1,
                                             sort_keys=True) + "\n", encoding="utf-8")


REVIEW_OUTPUTS = ("links.csv", "matrix.csv", "coverage.csv", "report.html", "issues.json",
                  "run.json")  # in the order written: run.json (the fingerprint) last


def write_document(folder: Path, source, cleaned, analysis, result) -> None:
    """All outputs of one document, written to a temporary folder and moved into place."""
    from ..outputs import atomic_folder, records_rows, write_csv
    from ..review.relink import STATE, state_json

    with atomic_folder(folder) as tmp:
        (tmp / "clean.txt").write_text(cleaned.text, encoding="utf-8")
        write_csv(tmp / "units.csv", UNIT_COLUMNS, records_rows(analysis.units, UNIT_COLUMNS))
        if analysis.tokens is None and result.reuse_tokens is not None:
            shutil.copyfile(result.reuse_tokens, tmp / "tokens.csv")
        else:
            write_csv(tmp / "tokens.csv", TOKEN_COLUMNS,
                      records_rows(analysis.tokens, TOKEN_COLUMNS))
        write_csv(tmp / "entities.csv", ENTITY_COLUMNS,
                  records_rows(analysis.mentions, ENTITY_COLUMNS))
        write_csv(tmp / "glossary.csv", GLOSSARY_COLUMNS,
                  records_rows(analysis.glossary, GLOSSARY_COLUMNS))
        write_review_outputs(tmp, source, analysis, result)
        (tmp / STATE).write_text(state_json(source, analysis, result), encoding="utf-8")


def write_index(out: Path, results, corpus=None) -> None:
    """`index.html` listing the corpus's documents and its cross-report view (atomically)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with atomic_file(out / "index.html") as tmp:
            tmp.write_text(html.render_index(results, corpus), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write outputs: {exc.strerror}", str(out)) from None


def write_timings(out: Path, results, opts) -> None:
    """`timings.json`: how long each document took, where, and the peak memory of the process
    that ran it. Kept out of the documents' run.json, which must not change between runs."""
    docs = [{"doc_id": r.doc_id, "ok": r.ok, "up_to_date": r.up_to_date,
             "cache_hit": r.cache_hit, "seconds": round(r.seconds, 3),
             "stages": {k: round(v, 3) for k, v in r.timings.items()},
             "peak_mb": round(r.peak_mb, 1), "worker": r.worker} for r in results]
    workers: dict[str, dict] = {}
    for d in docs:
        w = workers.setdefault(d["worker"], {"documents": 0, "seconds": 0.0, "peak_mb": 0.0})
        w["documents"] += 1
        w["seconds"] = round(w["seconds"] + d["seconds"], 3)
        w["peak_mb"] = max(w["peak_mb"], d["peak_mb"])
    data = {"executor": opts.executor, "jobs": opts.jobs, "scheduler": opts.scheduler,
            "documents": docs, "workers": workers}
    try:
        out.mkdir(parents=True, exist_ok=True)
        with atomic_file(out / "timings.json") as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                           encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write outputs: {exc.strerror}", str(out)) from None
