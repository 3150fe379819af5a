"""Choosing a layout profile for a document: the one that finds the most structure."""

from __future__ import annotations

from .config import LayoutConfig
from .errors import ConfigError
from .segment import segment
from .types import CleanDoc, Issue


def structure_score(units) -> tuple[int, int, int]:
    kinds = [u.kind for u in units]
    return (kinds.count("recommendation"),
            kinds.count("problem") + kinds.count("problem_context"),
            kinds.count("remark") + kinds.count("reply"))


def choose_layout(doc: CleanDoc, layouts: tuple[LayoutConfig, ...],
                  forced: str | None = None) -> tuple[LayoutConfig, list[Issue]]:
    """The forced layout, or the one whose segmentation finds the most recommendations (then
    problem and remark units); ties go to the earlier profile. Warn when none finds any."""
    if forced:
        for layout in layouts:
            if layout.name == forced:
                return layout, _warnings(doc, layout, segment(doc, layout), [layout.name])
        names = ", ".join(layout.name for layout in layouts)
        raise ConfigError(f"no layout profile named {forced!r} (known: {names})")
    best, best_units, best_score, tried = layouts[0], [], None, []
    for layout in layouts:
        if layout.detect and not any(p.search(doc.text) for p in layout.detect):
            continue
        tried.append(layout.name)
        units = segment(doc, layout)
        score = structure_score(units)
        if best_score is None or score > best_score:
            best, best_units, best_score = layout, units, score
    return best, _warnings(doc, best, best_units, tried or [best.name])


def _warnings(doc: CleanDoc, layout: LayoutConfig, units, tried: list[str]) -> list[Issue]:
    recs, problems, remarks = structure_score(units)
    issues = []
    if recs == 0:
        issues.append(Issue("warning", "no-recommendations",
                            "no recommendation found (layout profiles tried: "
                            f"{', '.join(tried)}); clean text, tokens, entities and glossary "
                            "are still written", doc.path))
    if remarks == 0:
        issues.append(Issue("info", "no-workshop", "no workshop or discussion record found",
                            doc.path))
    return issues
