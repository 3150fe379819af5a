"""An analyst's link decisions, kept in `<document>.review.csv` next to the corpus document.

Each decision records a hash of both units' texts; a re-run applies the decision while the texts
are unchanged and marks it `suspect` (leaving the computed decision in place) when either changed.
Each also records its review round (`round`, 1, 2, …; empty in files written before rounds, read
as 0): the queue's order is recomputed from the decisions once a round is full (`round_size` in
`[links]`), so a round's decisions are taken in the order its start gave (queue.py).
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import re
from dataclasses import replace
from pathlib import Path

from ..config import LinkConfig
from ..errors import ConfigError
from ..outputs import atomic_file
from ..types import PROBLEM_KINDS, REMARK_KINDS, Issue, Link, Unit

COLUMNS = ["recommendation_id", "target_id", "decision", "recommendation_hash", "target_hash",
           "note", "round"]
DECISIONS = ("accept", "reject")
TARGET_KINDS = PROBLEM_KINDS + REMARK_KINDS + ("recommendation",)  # what a decision can be on


class ReviewIdError(ConfigError):
    """A unit id that cannot be one side of a reviewed link."""


def review_path(doc_path: str, review_dir: Path | None = None) -> Path:
    p = Path(doc_path)
    return (Path(review_dir) if review_dir else p.parent) / f"{p.stem}.review.csv"


def with_review(inputs: str, review_file: Path) -> str:
    """A document's fingerprint: that of its other inputs (runner.input_fingerprint) and the
    review file's contents."""
    h = hashlib.sha256(inputs.encode())
    f = Path(review_file)
    h.update(hashlib.sha256(f.read_bytes()).digest() if f.exists() else b"-")
    return h.hexdigest()


def unit_hashes(units: list[Unit]) -> dict[str, str]:
    """Hash of each unit's text; a recommendation's hash covers its items too."""
    texts = {u.unit_id: u.text for u in units}
    for u in units:
        if u.kind == "recommendation_item" and u.parent_id in texts:
            texts[u.parent_id] += "\n" + u.text
    return {k: hashlib.sha1(v.encode("utf-8")).hexdigest()[:12] for k, v in texts.items()}


def read_review(path: Path) -> list[dict]:
    if not path.exists():
        return []
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"cannot read review file: {exc}", str(path)) from None
    for n, row in enumerate(rows, start=2):
        if row.get("decision") not in DECISIONS:
            raise ConfigError(f"decision must be one of {DECISIONS}", str(path), n)
        if not re.fullmatch(r"\d*", (row.get("round") or "").strip()):
            raise ConfigError("round must be a whole number or empty", str(path), n)
    return rows


def round_of(row: dict) -> int:
    """The review round of a decision row (0 when the file has none)."""
    return int(str(row.get("round") or "").strip() or 0)


def current_round(rows: list[dict], size: int) -> int:
    """The round the next decision belongs to: the last round while it holds fewer than `size`
    decisions, else the next one (`size` 0: every decision opens a round)."""
    last = max(map(round_of, rows), default=0)
    full = size <= 0 or last == 0 or sum(round_of(r) == last for r in rows) >= size
    return last + 1 if full else last


def split_round(rows: list[dict], size: int) -> tuple[list[dict], list[dict]]:
    """(the decisions taken before the open round, those taken in it); the second is empty when
    no round is open, i.e. the queue's order follows every decision so far."""
    now = current_round(rows, size)
    during = [r for r in rows if round_of(r) == now]
    return ([r for r in rows if round_of(r) != now], during) if during else (rows, [])


def apply_review(links: list[Link], units: list[Unit], rows: list[dict], issues: list[Issue],
                 path: Path | str = "") -> list[Link]:
    """The links with the analyst's decisions (rows of the review file) applied: a fresh
    decision sets the flag, a decision on changed text becomes `suspect` (the computed flag
    stays). A link keeps its computed score and rank; a decision on a pair that was never a
    candidate adds it with score 0."""
    if not rows:
        return links
    hashes = unit_hashes(units)
    kinds = {u.unit_id: u.kind for u in units}
    by_key = {(k.recommendation_id, k.target_id): i for i, k in enumerate(links)}
    out = list(links)
    for row in rows:
        key = (row["recommendation_id"], row["target_id"])
        fresh = (hashes.get(key[0]) == row.get("recommendation_hash")
                 and hashes.get(key[1]) == row.get("target_hash"))
        if key not in by_key:
            if key[1] not in kinds or key[0] not in kinds:
                issues.append(Issue("warning", "review-stale",
                                    f"decision on {key[0]} → {key[1]}: unit no longer exists",
                                    str(path)))
                continue
            out.append(Link(key[0], key[1], kinds[key[1]], 0.0, 0, False, "review", ""))
            by_key[key] = len(out) - 1
        link = out[by_key[key]]
        note = row.get("note") or ""
        if fresh:
            out[by_key[key]] = replace(link, accepted=row["decision"] == "accept",
                                       decision=row["decision"], note=note)
        else:
            out[by_key[key]] = replace(link, decision="suspect", note=note)
            issues.append(Issue("warning", "review-suspect",
                                f"decision on {key[0]} → {key[1]} is suspect: text changed",
                                str(path)))
    return out


def reviewed_links(candidates: list[Link], units: list[Unit], path: Path | str, cfg,
                   issues: list[Issue], neighbours: dict | None = None) -> list[Link]:
    """What links.csv holds: the candidates (links.link, before review) with the decisions of
    the review file at `path` applied, trimmed to the shown rows, each undecided one with its
    place in the review queue. `run` calls this (`relink` reads the rows once itself and calls
    links_with_decisions, as it also counts the review round); `cfg` is the LinkConfig,
    `neighbours` the targets' likeness (links.target_neighbours) the queue reads decisions by."""
    return links_with_decisions(candidates, units, read_review(Path(path)), cfg, issues, path,
                                neighbours)


def links_with_decisions(candidates: list[Link], units: list[Unit], rows: list[dict], cfg,
                         issues: list[Issue], path: Path | str = "",
                         neighbours: dict | None = None) -> list[Link]:
    """reviewed_links with the review file's rows given (the simulated reviewer's entry)."""
    from ..stages.links import shown, sort_links
    from .queue import assign_priorities, order

    found = apply_review(candidates, units, rows, issues, path)
    links = sort_links(shown(found, cfg.top_n))
    before, during = split_round(rows, getattr(cfg, "round_size", 0))
    if not during:
        return assign_priorities(links, cfg, neighbours, units)
    start = sort_links(shown(apply_review(candidates, units, before, [], path), cfg.top_n))
    return assign_priorities(links, cfg, neighbours, units,
                             start=order(start, cfg, neighbours, units))


def decision_row(hashes: dict[str, str], rec_id: str, target_id: str, decision: str,
                 note: str = "", round_no: int | str = "") -> dict:
    """One row of the review file (`hashes` from unit_hashes)."""
    return {"recommendation_id": rec_id, "target_id": target_id, "decision": decision,
            "recommendation_hash": hashes[rec_id], "target_hash": hashes[target_id],
            "note": note, "round": round_no}


def _nearest(given: str, valid: list[str], parent: str | None = None) -> str:
    """" (nearest: …)": the unit's parent when it is valid (an item's recommendation), then the
    ids most alike (difflib)."""
    close = difflib.get_close_matches(given.strip().upper(), valid, n=3, cutoff=0.5)
    same = [v for v in valid if _unpadded(v) == _unpadded(given)]  # R4 → R04
    first = ([parent] if parent in valid else []) + same
    close = list(dict.fromkeys(first + close))[:3]
    return f" (nearest: {', '.join(close)})" if close else ""


def _unpadded(uid: str) -> str:
    return re.sub(r"(?<!\d)0+(?=\d)", "", uid.strip().upper())


def check_ids(units: list[Unit], rec_id: str, target_id: str) -> tuple[str, str]:
    """The two ids of a reviewed link as the document spells them (case is ignored), or a
    one-line ReviewIdError naming the nearest valid ids: the first must be a recommendation,
    the second a candidate target (problem, problem context, remark, reply) or another
    recommendation."""
    by_id = {u.unit_id: u for u in units}
    spelled = {uid.upper(): uid for uid in by_id}
    recs = [u.unit_id for u in units if u.kind == "recommendation"]
    rec = spelled.get(rec_id.strip().upper(), rec_id)
    if rec not in recs:
        raise ReviewIdError(_not_valid(rec_id, by_id.get(rec), "a recommendation", recs))
    targets = [u.unit_id for u in units if u.kind in TARGET_KINDS and u.unit_id != rec]
    target = spelled.get(target_id.strip().upper(), target_id)
    if target not in targets:
        raise ReviewIdError(_not_valid(target_id, by_id.get(target), "a link target (a problem, "
                                       "problem context, remark, reply or another "
                                       "recommendation)", targets))
    return rec, target


def _not_valid(given: str, unit: Unit | None, wanted: str, valid: list[str]) -> str:
    if unit is None:
        return f"no unit {given!r} in this document; expected {wanted}{_nearest(given, valid)}"
    return (f"{given!r} is a {unit.kind}, not {wanted}"
            f"{_nearest(given, valid, unit.parent_id)}")


def record_decision(path: Path, units: list[Unit], rec_id: str, target_id: str, decision: str,
                    note: str = "", round_size: int = LinkConfig.round_size) -> tuple[str, str]:
    """Add or replace one decision, with the current hashes of both units and the review round
    it is taken in (atomic write). Returns the two ids as the document spells them (see
    check_ids)."""
    if decision not in DECISIONS:
        raise ConfigError(f"decision must be one of {DECISIONS}", path)
    try:
        rec_id, target_id = check_ids(units, rec_id, target_id)
    except ReviewIdError as exc:  # name the review file the decision was meant for
        raise ReviewIdError(exc.message, path) from None
    hashes = unit_hashes(units)
    rows = [r for r in read_review(path)
            if (r["recommendation_id"], r["target_id"]) != (rec_id, target_id)]
    rows.append(decision_row(hashes, rec_id, target_id, decision, note,
                             current_round(rows, round_size)))
    _write_review(path, rows)
    return rec_id, target_id


def remove_decision(path: Path, units: list[Unit], rec_id: str, target_id: str
                    ) -> tuple[str, str]:
    """Remove the decision on one link (undo); a ReviewIdError when there is none."""
    rec_id, target_id = check_ids(units, rec_id, target_id)
    rows = read_review(path)
    kept = [r for r in rows if (r["recommendation_id"], r["target_id"]) != (rec_id, target_id)]
    if len(kept) == len(rows):
        raise ReviewIdError(f"no decision on {rec_id} → {target_id} to undo", str(path))
    _write_review(path, kept)
    return rec_id, target_id


def _write_review(path: Path, rows: list[dict]) -> None:
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: (r["recommendation_id"], r["target_id"])))
