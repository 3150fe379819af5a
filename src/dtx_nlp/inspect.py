"""`dtx-nlp inspect`: the structure found in a document, as an outline tree (no parsing)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .config import load_config
from .stages.clean import clean
from .stages.ingest import read_document
from .stages.layouts import find_structure
from .stages.outline import Outline
from .types import PROBLEM_KINDS, REMARK_KINDS, Unit

PARTS_EXPECTED = {"recommendation": "recommendations", "problem": "problems",
                  "remark": "workshop remarks"}


def _structure(path: Path, pipeline: Path | None, layout: str | None):
    """(config, structure, clean document) of one document, without parsing."""
    cfg = load_config(pipeline)
    cleaned = clean(read_document(path), cfg.clean)
    return cfg, find_structure(cleaned, cfg, layout), cleaned


def units_of(path: Path, pipeline: Path | None = None, layout: str | None = None) -> list[Unit]:
    return _structure(path, pipeline, layout)[1].units


def _family(kind: str) -> str | None:
    if kind == "recommendation":
        return "recommendation"
    if kind in PROBLEM_KINDS:
        return "problem"
    if kind in REMARK_KINDS:
        return "remark"
    return None


def _counts(units: list[Unit], start: int, end: int) -> Counter:
    return Counter(f for u in units if start <= u.start < end and (f := _family(u.kind)))


def outline_lines(outline: Outline, units: list[Unit], doc_end: int, starts: list[int]) -> list[str]:
    """One line per heading, indented by depth: its text, role, mark and what it holds."""
    hs = outline.headings
    depth: list[int] = []
    lines = []
    for n, h in enumerate(hs):
        depth.append(0 if h.parent is None else depth[h.parent] + 1)
        after = [m for m in range(n + 1, len(hs)) if hs[m].level <= h.level]
        end = starts[hs[after[0]].index] if after else doc_end
        c = _counts(units, starts[h.index], end)
        mark = outline.marks[h.index]
        tags = [t for t in (h.role, mark.what if mark.what not in ("part", "heading") else "")
                if t]
        held = "" if mark.what == "recommendation" else ", ".join(
            f"{c[k]} {k}{'s' if c[k] > 1 else ''}" for k in ("recommendation", "problem", "remark")
            if c[k])
        label = f"{mark.label or h.label} " if mark.what == "recommendation" else ""
        lines.append("  " * depth[-1] + f"- {label}{h.title}"
                     + (f"  [{', '.join(tags)}]" if tags else "") + (f"  ({held})" if held else ""))
    return lines


def _missing(units: list[Unit]) -> list[str]:
    found = Counter(_family(u.kind) for u in units)
    return [f"warning: no {name} found" for fam, name in PARTS_EXPECTED.items() if not found[fam]]


def inspect_document(path: Path, pipeline: Path | None = None, layout: str | None = None) -> str:
    cfg, st, cleaned = _structure(path, pipeline, layout)
    units = st.units
    kinds = Counter(u.kind for u in units)
    how = ("structure inferred from the document" if st.layout == "inferred"
           else f"layout profile {st.layout!r}")
    lines = [f"{path}: {how} (profiles: {', '.join(x.name for x in cfg.layouts)})",
             "units: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))]
    if st.outline is not None:
        starts = [p.start for p in cleaned.paragraphs]
        lines += ["outline:"] + outline_lines(st.outline, units, len(cleaned.text), starts)
    lines += _recommendation_lines(units, kinds)
    lines.append(f"problem units: {kinds['problem']} items, {kinds['problem_context']} paragraphs")
    sessions = Counter(u.session for u in units if u.kind in ("remark", "reply"))
    lines.append("remark units: " + (", ".join(f"session {s}: {n}" for s, n in sorted(
        sessions.items(), key=lambda x: (x[0] is None, x[0] or 0))) or "none"))
    lines += _missing(units)
    lines += [f"{i.severity}: {i.message}" for i in st.issues if i.severity != "info"]
    return "\n".join(lines)


def _recommendation_lines(units: list[Unit], kinds: Counter) -> list[str]:
    items = Counter(u.parent_id for u in units if u.kind == "recommendation_item")
    lines = [f"recommendations: {kinds['recommendation']}"]
    for u in units:
        if u.kind == "recommendation":
            where = "".join(x for x in (f"  [{u.group}]" if u.group else "",
                                        f"  p.{u.page}" if u.page else ""))
            lines.append(f"  {u.unit_id} ({items[u.unit_id]} items) {u.title or ''}{where}")
    return lines
