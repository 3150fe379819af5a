"""An analyst's link decisions, kept in `<document>.review.csv` next to the corpus document.

Each decision records a hash of both units' texts; a re-run applies the decision while the texts
are unchanged and marks it `suspect` (leaving the computed decision in place) when either changed.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import replace
from pathlib import Path

from .errors import ConfigError
from .outputs import atomic_file
from .types import Issue, Link, Unit

COLUMNS = ["recommendation_id", "target_id", "decision", "recommendation_hash", "target_hash",
           "note"]
DECISIONS = ("accept", "reject")


def review_path(doc_path: str, review_dir: Path | None = None) -> Path:
    p = Path(doc_path)
    return (Path(review_dir) if review_dir else p.parent) / f"{p.stem}.review.csv"


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
    return rows


def apply_review(links: list[Link], units: list[Unit], path: Path, issues: list[Issue]
                 ) -> list[Link]:
    rows = read_review(path)
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
        if fresh:
            out[by_key[key]] = replace(link, accepted=row["decision"] == "accept",
                                       decision=row["decision"])
        else:
            out[by_key[key]] = replace(link, decision="suspect")
            issues.append(Issue("warning", "review-suspect",
                                f"decision on {key[0]} → {key[1]} is suspect: text changed",
                                str(path)))
    return out


def record_decision(path: Path, units: list[Unit], rec_id: str, target_id: str, decision: str,
                    note: str = "") -> None:
    """Add or replace one decision, with the current hashes of both units (atomic write)."""
    if decision not in DECISIONS:
        raise ConfigError(f"decision must be one of {DECISIONS}")
    hashes = unit_hashes(units)
    for uid in (rec_id, target_id):
        if uid not in hashes:
            raise ConfigError(f"no unit {uid!r} in this document", str(path))
    rows = [r for r in read_review(path)
            if (r["recommendation_id"], r["target_id"]) != (rec_id, target_id)]
    rows.append({"recommendation_id": rec_id, "target_id": target_id, "decision": decision,
                 "recommendation_hash": hashes[rec_id], "target_hash": hashes[target_id],
                 "note": note})
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: (r["recommendation_id"], r["target_id"])))
