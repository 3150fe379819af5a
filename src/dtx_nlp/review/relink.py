"""Relinking: apply the review file to a document's links again, from what its last run left in
the output folder (`link_state.json`: every scored candidate pair before review, units,
mentions, glossary). No parsing, no model: a decision is reflected in milliseconds, and the
files written are the ones a full `dtx-nlp run` with the same review file writes.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..config import LinkConfig
from ..errors import InputError, OutputError
from ..stages.analyse import Analysis
from ..types import Issue, Link, Mention, SourceDoc, Term, Unit

STATE = "link_state.json"
FORMAT = 1
LINK_SETTINGS = ("weights", "specificity", "thread", "threshold", "relative",
                 "min_per_recommendation", "top_n", "probability_slope",
                 "probability_at_threshold", "feedback", "feedback_thread", "feedback_topic",
                 "feedback_exhaust", "round_size")


@dataclass
class ReviewState:
    """One document as the review app sees it."""

    folder: Path
    review_file: Path
    links: list[Link]  # as in links.csv
    queue: list[Link]  # undecided candidates, first to review first
    progress: dict  # reviewed, suggestions, suspect, queued
    analysis: Analysis  # enough for report_data.report_data(source, analysis, result)
    source: SourceDoc
    result: "_Result"


@dataclass
class _Result:
    """What the report and run.json need of a run's result."""

    layout: str
    issues: list[Issue]
    stamp: dict = field(default_factory=dict)


def state_json(source, analysis, result) -> str:
    """The relink state of a run (written by report.write_document)."""
    lc = analysis.link_config
    state = {
        "format": FORMAT, "doc_id": source.doc_id, "path": source.path,
        "review_file": str(Path(analysis.review_file).resolve()) if analysis.review_file else "",
        "layout": result.layout,
        "link_config": {k: getattr(lc, k) for k in LINK_SETTINGS} if lc else {},
        "issues": [plain(i) for i in result.issues if not i.code.startswith("review-")],
        "units": [plain(u) for u in analysis.units],
        "mentions": [plain(m) for m in analysis.mentions],
        "glossary": [plain(t) for t in analysis.glossary],
        "candidates": [plain(k) for k in analysis.candidates],
        "neighbours": analysis.neighbours,
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def plain(obj):
    """A record as JSON-ready dicts and lists: what `dataclasses.asdict` gives, without its
    deep copy of every value (which took about half a second on the corpus report's state)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    return obj


def _read_state(folder: Path) -> dict:
    path = Path(folder) / STATE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no {STATE}: run `dtx-nlp run` on the document first",
                         str(folder)) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {STATE}: {exc}", str(path)) from None
    if state.get("format") != FORMAT:
        raise InputError(f"{STATE} is from another version: run `dtx-nlp run` again", str(path))
    return state


def review_file_of(folder: Path) -> Path | None:
    """The review file the run in `folder` applied (None when there is no readable state)."""
    try:
        return Path(_read_state(folder)["review_file"])
    except InputError:
        return None


def load_document(folder: Path) -> ReviewState:
    """The document's links with the review file as it is now applied (nothing written)."""
    return _review_state(Path(folder), _read_state(Path(folder)))


def _review_state(folder: Path, state: dict) -> ReviewState:
    """The ReviewState of a read link_state.json: the review file applied as it is now."""
    from ..run.runner import previous_stamp
    from . import decisions as review
    from .queue import next_candidates

    units = [Unit(**u) for u in state["units"]]
    candidates = [Link(**k) for k in state["candidates"]]
    cfg = LinkConfig(**state["link_config"])
    review_file = Path(state["review_file"])
    issues = [Issue(**i) for i in state["issues"]]
    neighbours = state.get("neighbours") or {}
    rows = review.read_review(review_file)
    links = review.links_with_decisions(candidates, units, rows, cfg, issues, review_file,
                                        neighbours)
    analysis = Analysis(units, None, [], [Mention(**m) for m in state["mentions"]],
                        [Term(**t) for t in state["glossary"]], links, candidates,
                        str(review_file), cfg, neighbours)
    stamp = previous_stamp(folder)
    if stamp.get("inputs"):
        stamp["fingerprint"] = review.with_review(stamp["inputs"], review_file)
    decided = [k for k in links if k.decision in review.DECISIONS]
    progress = {"reviewed": len(decided),
                "suggestions": sum(1 for k in links if k.method != "reference"),
                "suspect": sum(1 for k in links if k.decision == "suspect"),
                "queued": sum(1 for k in links if k.review_priority is not None),
                **_round_progress(rows, cfg.round_size)}
    return ReviewState(folder, review_file, links, next_candidates(links, len(links)), progress,
                       analysis,
                       SourceDoc(state["doc_id"], state["path"], "", ""),
                       _Result(state["layout"], issues, stamp))


def _round_progress(rows: list[dict], size: int) -> dict:
    """The review round the next decision belongs to and how many decisions it holds so far."""
    from .decisions import current_round, round_of

    now = current_round(rows, size)
    return {"round": now, "round_decided": sum(round_of(r) == now for r in rows),
            "round_size": size}


def relink(folder: Path) -> ReviewState:
    """Recompute one document's links from its output folder and the review file as it is now,
    and rewrite links.csv, matrix.csv, coverage.csv, report.html, issues.json and run.json (each
    replaced atomically, run.json last: its fingerprint then says the outputs match the review
    file, so the next `dtx-nlp run` leaves the document alone). Parses nothing.

    `folder` is OUT/<document stem>/ of a `dtx-nlp run`. Returns the new state."""
    return _rewrite(load_document(folder))


def _rewrite(state: ReviewState) -> ReviewState:
    """Write the review outputs of `state` into its folder (see relink)."""
    from ..report.write import REVIEW_OUTPUTS, write_review_outputs

    tmp = state.folder / f".relink-{os.getpid()}"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        write_review_outputs(tmp, state.source, state.analysis, state.result)
        for name in REVIEW_OUTPUTS:
            os.replace(tmp / name, state.folder / name)
    except OSError as exc:
        raise OutputError(f"cannot write outputs: {exc.strerror}", str(state.folder)) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return state


def decide(folder: Path, rec_id: str, target_id: str, decision: str, note: str = ""
           ) -> ReviewState:
    """Record one decision ("accept", "reject", or "undo" to remove it) with an optional note in
    the document's review file (atomically, the same file and format as `dtx-nlp review`), then
    relink. Ids are validated and may be lower case (review.ReviewIdError, one line, naming the
    nearest valid ids)."""
    from . import decisions as review

    folder = Path(folder)
    state = _read_state(folder)
    units = [Unit(**u) for u in state["units"]]
    path = Path(state["review_file"])
    if decision == "undo":
        review.remove_decision(path, units, rec_id, target_id)
    else:
        review.record_decision(path, units, rec_id, target_id, decision, note,
                               state["link_config"].get("round_size", LinkConfig.round_size))
    return _rewrite(_review_state(folder, state))  # link_state.json read once per decision
