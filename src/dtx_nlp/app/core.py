"""The review core as the app sees it: the one place the app calls the pipeline.

A document under review is the `relink.ReviewState` of its output folder; a decision is
`relink.decide` (review file written atomically, links recomputed from `link_state.json`
without parsing, outputs rewritten). The handlers call these functions and nothing else.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, InputError
from ..review.relink import STATE, ReviewState, load_document
from ..review.relink import decide as relink_decide

ACTIONS = ("accept", "reject", "undo")
QUEUE_LENGTH = 30
NOTE_CHARS = 2000


def document_folders(out: Path) -> dict[str, Path]:
    """The document folders of an output folder (or the folder itself if it is one)."""
    out = Path(out)
    if (out / STATE).is_file():
        return {out.name: out}
    folders = {p.name: p for p in sorted(out.iterdir()) if (p / STATE).is_file()} \
        if out.is_dir() else {}
    if not folders:
        raise InputError(f"no document outputs with {STATE} here: run `dtx-nlp run` first "
                         "(or pass --corpus)", str(out))
    return folders


def load(folder: Path) -> ReviewState:
    return load_document(folder)


def decide(state: ReviewState, rec_id: str, target_id: str, action: str,
           note: str = "") -> ReviewState:
    """Record (accept, reject) or remove (undo) one decision; the document's new state."""
    if action not in ACTIONS:
        raise ConfigError(f"action must be one of {', '.join(ACTIONS)}")
    return relink_decide(state.folder, rec_id, target_id, action, note[:NOTE_CHARS])


def doc_id(state: ReviewState) -> str:
    return state.source.doc_id


def queue(state: ReviewState, n: int = QUEUE_LENGTH) -> list[dict]:
    """The next candidates to review, first first (the core's `review_priority` order)."""
    return [{"r": k.recommendation_id, "t": k.target_id, "score": k.score,
             "accepted": k.accepted, "priority": k.review_priority} for k in state.queue[:n]]


def page_state(state: ReviewState) -> dict:
    """What the page redraws after a decision: the links, the queue and the progress."""
    from ..report.data import link_rows

    return {"links": link_rows(state.links), "queue": queue(state),
            "progress": state.progress}
