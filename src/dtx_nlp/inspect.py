"""`dtx-nlp inspect`: the layout chosen for a document and the structure found (no parsing)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .clean import clean
from .config import load_config
from .ingest import read_document
from .layouts import choose_layout
from .segment import segment
from .types import Unit


def _structure(path: Path, pipeline: Path | None, layout: str | None):
    """(config, chosen layout, its warnings, units) of one document, without parsing."""
    cfg = load_config(pipeline)
    cleaned = clean(read_document(path), cfg.clean)
    chosen, issues = choose_layout(cleaned, cfg.layouts, layout)
    return cfg, chosen, issues, segment(cleaned, chosen)


def units_of(path: Path, pipeline: Path | None = None, layout: str | None = None) -> list[Unit]:
    return _structure(path, pipeline, layout)[3]


def inspect_document(path: Path, pipeline: Path | None = None, layout: str | None = None) -> str:
    cfg, chosen, issues, units = _structure(path, pipeline, layout)
    kinds = Counter(u.kind for u in units)
    lines = [f"{path}: layout profile {chosen.name!r} "
             f"(known: {', '.join(x.name for x in cfg.layouts)})",
             "units: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
             f"recommendations: {kinds['recommendation']}"]
    items = Counter(u.parent_id for u in units if u.kind == "recommendation_item")
    for u in units:
        if u.kind == "recommendation":
            lines.append(f"  {u.unit_id} ({items[u.unit_id]} items) {u.title or ''}")
    lines.append(f"problem units: {kinds['problem']} items, {kinds['problem_context']} paragraphs")
    sessions = Counter(u.session for u in units if u.kind in ("remark", "reply"))
    lines.append("remark units: " + (", ".join(f"session {s}: {n}" for s, n in sorted(
        sessions.items(), key=lambda x: (x[0] is None, x[0] or 0))) or "none"))
    lines += [f"{i.severity}: {i.message}" for i in issues]
    return "\n".join(lines)
