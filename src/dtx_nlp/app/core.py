"""The review core as the app sees it: load a document's analysis from the cache, record or
undo one decision, recompute that document's links and rewrite its outputs.

This is the one place the app calls the pipeline; the handlers call nothing else. The review
queue and the score parts come from the links when the core provides them (`review_priority`,
`parts`); until then the queue falls back to nearness to the acceptance threshold.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .. import links as links_stage
from .. import review
from ..config import PipelineConfig
from ..errors import ConfigError
from ..outputs import atomic_file
from ..trace import is_target
from ..types import Link

ACTIONS = ("accept", "reject", "undo")
QUEUE_LENGTH = 30
NOTE_CHARS = 2000


@dataclass
class Workspace:
    """One document under review: its analysis in memory, its outputs and its review file."""

    path: Path
    folder: Path
    cfg: PipelineConfig
    opts: object
    source: object
    cleaned: object
    analysis: object
    result: object
    parsed: list
    review_file: Path
    notes: dict = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return self.source.doc_id


def load(path: Path, cfg: PipelineConfig, models, opts) -> Workspace:
    """A document analysed from the cached parse (GiNZA is loaded only on a cache miss)."""
    from ..runner import analyse_document

    source, cleaned, analysis, result = analyse_document(path, cfg, models, opts)
    ws = Workspace(path, opts.out / path.stem, cfg, opts, source, cleaned, analysis, result,
                   models.last_parsed, review.review_path(str(path), opts.review_dir))
    ws.notes = _notes(ws.review_file)
    return ws


def decide(ws: Workspace, rec_id: str, target_id: str, action: str, note: str = "") -> None:
    """Record (or undo) one decision in the review file, then recompute and rewrite the
    document's links and outputs."""
    check_ids(ws, rec_id, target_id)
    if action == "undo":
        _undo(ws.review_file, rec_id, target_id)
    elif action in review.DECISIONS:
        review.record_decision(ws.review_file, ws.analysis.units, rec_id, target_id, action,
                               note[:NOTE_CHARS])
    else:
        raise ConfigError(f"action must be one of {ACTIONS}")
    relink(ws)
    write_outputs(ws)


def check_ids(ws: Workspace, rec_id: str, target_id: str) -> None:
    """A decision names a recommendation of this document and one of its candidate targets."""
    kinds = {u.unit_id: u.kind for u in ws.analysis.units}
    if kinds.get(rec_id) != "recommendation":
        raise ConfigError(f"{rec_id!r} is not a recommendation of {ws.doc_id}")
    candidate = any(k.recommendation_id == rec_id and k.target_id == target_id
                    for k in ws.analysis.links)
    if not (is_target(kinds.get(target_id, "")) or candidate):
        raise ConfigError(f"{target_id!r} is not a candidate target of {rec_id} in {ws.doc_id}")


def relink(ws: Workspace) -> None:
    """The links stage again on the cached parse and text signals, with the decisions applied."""
    found = links_stage.link(ws.parsed, ws.analysis.mentions, ws.analysis.glossary,
                             ws.cfg.links, ws.result.text_cache)
    issues = [i for i in ws.result.issues if not i.code.startswith("review-")]
    ws.analysis.links = review.apply_review(found, ws.analysis.units, ws.review_file, issues)
    ws.result.issues = issues
    ws.notes = _notes(ws.review_file)


def write_outputs(ws: Workspace) -> None:
    """Rewrite the document's outputs (atomically) so that `run`, `export` and the files agree."""
    from ..report import write_document
    from ..runner import fingerprint

    ws.result.stamp = dict(ws.result.stamp or {}, fingerprint=fingerprint(ws.path, ws.cfg,
                                                                          ws.opts),
                           counts=ws.result.counts, layout=ws.result.layout,
                           parse_key=ws.result.parse_key)
    if ws.analysis.tokens is None and ws.result.reuse_tokens is None:
        ws.result.reuse_tokens = ws.folder / "tokens.csv"
    write_document(ws.folder, ws.source, ws.cleaned, ws.analysis, ws.result)


def _notes(path: Path) -> dict:
    return {(r["recommendation_id"], r["target_id"]): r.get("note", "")
            for r in review.read_review(path)}


def _undo(path: Path, rec_id: str, target_id: str) -> None:
    rows = [r for r in review.read_review(path)
            if (r["recommendation_id"], r["target_id"]) != (rec_id, target_id)]
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=review.COLUMNS, lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


# ---- what to review next ---------------------------------------------------------------------

def _candidates(ws: Workspace) -> list[Link]:
    return [k for k in ws.analysis.links if k.method != "reference"]


def queue(ws: Workspace, n: int = QUEUE_LENGTH) -> list[dict]:
    """The undecided candidates to review first: by the core's `review_priority` when links
    carry it, else by nearness of the score to the acceptance threshold (then by rank)."""
    open_ = [k for k in _candidates(ws) if not k.decision]
    if any(getattr(k, "review_priority", None) for k in open_):
        open_ = [k for k in open_ if getattr(k, "review_priority", None)]
        open_.sort(key=lambda k: (k.review_priority, k.recommendation_id, k.target_id))
    else:
        line = ws.cfg.links.threshold
        open_.sort(key=lambda k: (round(abs(k.score - line), 4), k.rank, k.recommendation_id,
                                  k.target_id))
    return [{"r": k.recommendation_id, "t": k.target_id, "score": k.score,
             "accepted": k.accepted} for k in open_[:n]]


def progress(ws: Workspace) -> dict:
    """Suggestions are the links the system accepts or the analyst decided; reviewed are those
    with a decision (suspect ones counted apart)."""
    cands = _candidates(ws)
    decided = [k for k in cands if k.decision]
    return {"suggestions": sum(1 for k in cands if k.accepted or k.decision),
            "reviewed": len(decided),
            "suspect": sum(1 for k in decided if k.decision == "suspect")}


def state(ws: Workspace) -> dict:
    """What the page redraws after a decision: the links, the queue and the progress."""
    from ..report_data import link_rows

    return {"links": link_rows(ws.analysis.links, ws.notes), "queue": queue(ws),
            "progress": progress(ws)}
