"""Stage 8: write a document's outputs (CSV, clean text, HTML) and the corpus index."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

from . import html
from .errors import OutputError

UNIT_COLUMNS = ["unit_id", "doc_id", "kind", "parent_id", "number", "session", "title", "text",
                "start", "end", "part"]
TOKEN_COLUMNS = ["unit_id", "sent", "i", "text", "lemma", "norm", "reading", "pos", "tag", "dep",
                 "head", "start", "end"]
ENTITY_COLUMNS = ["unit_id", "start", "end", "text", "label", "canonical", "source"]
GLOSSARY_COLUMNS = ["term", "reading", "kind", "expansion", "frequency", "first_unit_id", "score",
                    "label", "in_problems", "in_recommendations", "in_remarks", "context", "aliases"]
LINK_COLUMNS = ["recommendation_id", "target_id", "target_kind", "score", "rank", "accepted",
                "method", "evidence", "decision"]


def links_frame(links):
    import pandas as pd

    from .links import SIGNALS

    rows = []
    for k in links:
        row = {c: getattr(k, c) for c in LINK_COLUMNS}
        row.update({f"signal_{s}": k.signals.get(s) for s in SIGNALS})
        rows.append(row)
    return pd.DataFrame(rows, columns=LINK_COLUMNS + [f"signal_{s}" for s in SIGNALS])


def matrix_frame(links, units):
    import pandas as pd

    from .trace import matrix

    recs, columns, cells = matrix(links, units)
    data = [[cells.get((r, c)) for c in columns] for r in recs]
    frame = pd.DataFrame(data, columns=columns, dtype="float64")
    frame.insert(0, "recommendation_id", recs)
    return frame


def write_document(folder: Path, source, cleaned, analysis, result) -> None:
    """All outputs of one document, written to a temporary folder and moved into place."""
    from .outputs import atomic_folder, records_frame, write_csv
    from .trace import coverage

    with atomic_folder(folder) as tmp:
        (tmp / "clean.txt").write_text(cleaned.text, encoding="utf-8")
        write_csv(records_frame(analysis.units, UNIT_COLUMNS), tmp / "units.csv")
        if analysis.tokens is None and result.reuse_tokens is not None:
            shutil.copyfile(result.reuse_tokens, tmp / "tokens.csv")
        else:
            write_csv(records_frame(analysis.tokens, TOKEN_COLUMNS), tmp / "tokens.csv")
        write_csv(records_frame(analysis.mentions, ENTITY_COLUMNS), tmp / "entities.csv")
        write_csv(records_frame(analysis.glossary, GLOSSARY_COLUMNS), tmp / "glossary.csv")
        write_csv(links_frame(analysis.links), tmp / "links.csv")
        write_csv(matrix_frame(analysis.links, analysis.units), tmp / "matrix.csv")
        write_csv(records_frame(coverage(analysis.links, analysis.units),
                                ["category", "unit_id", "kind", "text"]), tmp / "coverage.csv")
        (tmp / "report.html").write_text(html.render_report(source, analysis, result),
                                         encoding="utf-8")
        (tmp / "run.json").write_text(json.dumps(result.stamp, ensure_ascii=False, indent=1,
                                                 sort_keys=True) + "\n", encoding="utf-8")
        issues = [dataclasses.asdict(i) for i in result.issues]
        (tmp / "issues.json").write_text(json.dumps(issues, ensure_ascii=False, indent=1,
                                                    sort_keys=True) + "\n", encoding="utf-8")


def write_index(out: Path, results) -> None:
    """`index.html` listing the corpus's documents (written atomically)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / f".index.html.tmp-{os.getpid()}"
        tmp.write_text(html.render_index(results), encoding="utf-8")
        os.replace(tmp, out / "index.html")
    except OSError as exc:
        raise OutputError(f"cannot write outputs: {exc.strerror}", str(out)) from None
