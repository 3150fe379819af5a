"""The corpus's outputs in OUT/corpus/, read back from every document's CSV files:

- units/links/entities/glossary.parquet: all documents' rows, with a `doc_id` column;
- related.csv: pairs of recommendations from different reports that say the same thing;
- recurring.csv: entities and glossary terms found in more than one report, counted by report.

Reading the written CSVs (not in-memory results) makes the corpus view the same whether the
documents ran here, on a process pool or on a Dask cluster, or were up to date already.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..outputs import atomic_folder, write_csv
from ..textnorm import normalize
from ..types import RECOMMENDATION_KINDS

TABLES = ("units", "links", "entities", "glossary")
STAMP = "corpus.json"  # what OUT/corpus/ was made from
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ")  # as the links stage's text features
# TF-IDF cosine over content words from which two recommendations count as saying the same
# thing: at 0.5 at least half of each one's weighted vocabulary is shared.
RELATED_MIN_SCORE = 0.5
RELATED_COLUMNS = ["score", "doc_id_a", "recommendation_id_a", "text_a", "doc_id_b",
                   "recommendation_id_b", "text_b"]
RECURRING_COLUMNS = ["kind", "key", "label", "reports", "mentions", "by_report"]
_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?\d+\.\d*(e-?\d+)?|nan|inf")
_HIRAGANA1 = re.compile(r"^[\u3040-\u309f]$")


@dataclass
class ReportRow:
    doc_id: str
    counts: dict[str, int]
    gaps: dict[str, int]


@dataclass
class CorpusView:
    """What OUT/index.html shows of the corpus."""

    reports: list[ReportRow] = field(default_factory=list)
    related: list[list] = field(default_factory=list)
    recurring: list[list] = field(default_factory=list)


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    if not path.exists():
        return [], []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return (rows[0], rows[1:]) if rows else ([], [])


def write_corpus(out: Path, results, stopwords=frozenset()) -> CorpusView:
    """Write OUT/corpus/ (atomically, as a whole) and return what the index shows of it; left
    as it is when made from the same documents' outputs (a warm re-run imports no pyarrow)."""
    docs = sorted(r.doc_id for r in results if r.ok)
    stamp = _stamp(out, docs)
    if _read_stamp(out / "corpus" / STAMP) == stamp:
        return CorpusView(_report_rows(out, docs), read_rows(out / "corpus" / "related.csv")[1],
                          read_rows(out / "corpus" / "recurring.csv")[1])
    with atomic_folder(out / "corpus") as tmp:
        (tmp / STAMP).write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")
        tables = {name: _gather(out, docs, name) for name in TABLES}
        for name, (columns, rows) in tables.items():
            _write_parquet(tmp / f"{name}.parquet", columns, rows)
        related = related_recommendations(out, docs, stopwords)
        write_csv(tmp / "related.csv", RELATED_COLUMNS, related)
        recurring = recurring_rows(tables["entities"], tables["glossary"])
        write_csv(tmp / "recurring.csv", RECURRING_COLUMNS, recurring)
    return CorpusView(_report_rows(out, docs), related, recurring)


def _stamp(out: Path, docs: list[str]) -> dict:
    """What the corpus outputs are made from: each document's run.json (its fingerprint)."""
    h = hashlib.sha256()
    for doc in docs:
        path = out / doc / "run.json"
        h.update(doc.encode() + b"\0" + (path.read_bytes() if path.exists() else b"-") + b"\0")
    return {"documents": len(docs), "inputs": h.hexdigest()}


def _read_stamp(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _gather(out: Path, docs: list[str], name: str) -> tuple[list[str], list[list[str]]]:
    """One table of every document's `name`.csv, with doc_id first; columns in first-seen order
    (a column missing from a document's file is empty there)."""
    columns: list[str] = ["doc_id"]
    per_doc = []
    for doc in docs:
        cols, rows = read_rows(out / doc / f"{name}.csv")
        columns += [c for c in cols if c not in columns]
        per_doc.append((doc, cols, rows))
    table = []
    for doc, cols, rows in per_doc:
        for row in rows:
            record = dict(zip(cols, row))
            record.setdefault("doc_id", doc)
            table.append([record.get(c, "") for c in columns])
    return columns, table


def _write_parquet(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = [_typed([r[i] for r in rows]) for i in range(len(columns))]
    pq.write_table(pa.table(arrays, names=columns), path, compression="zstd")


def _typed(values: list[str]):
    """A column typed from all its values: int, float, bool or string; empty cells are null."""
    import pyarrow as pa

    present = [v for v in values if v != ""]
    if present and all(_INT.fullmatch(v) for v in present):
        return pa.array([int(v) if v else None for v in values], pa.int64())
    if present and all(_INT.fullmatch(v) or _FLOAT.fullmatch(v) for v in present):
        return pa.array([float(v) if v else None for v in values], pa.float64())
    if present and all(v in ("True", "False") for v in present):
        return pa.array([v == "True" if v else None for v in values], pa.bool_())
    return pa.array([v if v else None for v in values], pa.string())


# ---- related recommendations ---------------------------------------------------------------

def _content_word(pos: str, norm: str, text: str, stopwords) -> str:
    """The links stage's matching form of a content word, read from tokens.csv."""
    if pos not in CONTENT_POS:
        return ""
    w = normalize(norm or text)
    if not w or w in stopwords or _HIRAGANA1.match(w) or w.isdigit():
        return ""
    return w


def recommendation_texts(out: Path, doc: str, stopwords) -> list[tuple[str, str, list[str]]]:
    """(id, text, content words) of each recommendation, its items' words included."""
    cols, rows = read_rows(out / doc / "units.csv")
    units = [dict(zip(cols, r)) for r in rows]
    owner = {u["unit_id"]: (u["parent_id"] if u["kind"] == "recommendation_item"
                            else u["unit_id"]) for u in units if u["kind"] in RECOMMENDATION_KINDS}
    words: dict[str, list[str]] = defaultdict(list)
    cols, rows = read_rows(out / doc / "tokens.csv")
    at = {c: i for i, c in enumerate(cols)}
    for r in rows:
        rec = owner.get(r[at["unit_id"]])
        w = rec and _content_word(r[at["pos"]], r[at["norm"]], r[at["text"]], stopwords)
        if w:
            words[rec].append(w)
    return [(u["unit_id"], u["text"], words[u["unit_id"]]) for u in units
            if u["kind"] == "recommendation"]


def _identity(x):
    return x


def related_recommendations(out: Path, docs: list[str], stopwords=frozenset(),
                            min_score: float = RELATED_MIN_SCORE) -> list[list]:
    """Pairs of recommendations of different reports whose TF-IDF cosine (content words, IDF
    over all the corpus's recommendations) is at least `min_score`, best first."""
    recs = [(doc, rid, text, words) for doc in docs
            for rid, text, words in recommendation_texts(out, doc, stopwords) if words]
    if len({r[0] for r in recs}) < 2:
        return []
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit_transform(
        [r[3] for r in recs])
    sims = (matrix @ matrix.T).tocoo()
    pairs = []
    for i, j, score in zip(sims.row, sims.col, sims.data):
        if i < j and score >= min_score and recs[i][0] != recs[j][0]:
            a, b = recs[i], recs[j]
            pairs.append([round(float(score), 4), a[0], a[1], a[2], b[0], b[1], b[2]])
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2], p[4], p[5]))


# ---- recurring entities and terms ----------------------------------------------------------

def recurring_rows(entities, glossary) -> list[list]:
    """Entities (by canonical name and label) and glossary terms found in two reports or more:
    how many reports, how many mentions, and the mentions by report."""
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    cols, rows = entities
    at = {c: i for i, c in enumerate(cols)}
    for r in rows:
        key = r[at["canonical"]] or r[at["text"]]
        counts[("entity", key, r[at["label"]])][r[at["doc_id"]]] += 1
    cols, rows = glossary
    at = {c: i for i, c in enumerate(cols)}
    for r in rows:
        freq = r[at["frequency"]]
        counts[("term", r[at["term"]], r[at["label"]])][r[at["doc_id"]]] += int(freq or 1)
    found = [[kind, key, label, len(by), sum(by.values()),
              "; ".join(f"{d}:{n}" for d, n in sorted(by.items()))]
             for (kind, key, label), by in counts.items() if len(by) > 1]
    return sorted(found, key=lambda r: (-r[3], -r[4], r[0], r[1], r[2]))


def _report_rows(out: Path, docs: list[str]) -> list[ReportRow]:
    rows = []
    for doc in docs:
        cols, units = read_rows(out / doc / "units.csv")
        kind = cols.index("kind") if cols else 0
        cols, gaps = read_rows(out / doc / "coverage.csv")
        category = cols.index("category") if cols else 0
        rows.append(ReportRow(doc, dict(Counter(u[kind] for u in units)),
                              dict(Counter(g[category] for g in gaps))))
    return rows
