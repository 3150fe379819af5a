"""A document's structure: inferred from the document itself by default, or from a layout
profile when one is forced (or when inference finds no recommendation and a profile does)."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import LayoutConfig, PipelineConfig
from ..errors import ConfigError
from ..types import CleanDoc, Issue, Unit
from .outline import Outline, build
from .segment import segment

INFERRED = "inferred"


@dataclass(frozen=True)
class Structure:
    layout: str  # "inferred" or the profile's name
    units: list[Unit]
    outline: Outline | None
    issues: list[Issue]


def find_structure(doc: CleanDoc, cfg: PipelineConfig, forced: str | None = None) -> Structure:
    """The units of a document: the forced profile's, else the inferred outline's (a profile's
    only when inference finds no recommendation and the profile finds more structure)."""
    if forced or cfg.outline is None:
        layout, issues = choose_layout(doc, cfg.layouts, forced)
        return Structure(layout.name, segment(doc, layout), None, issues)
    outline = build(doc, cfg.outline)
    units = segment(doc, cfg.outline.layout, outline)
    if structure_score(units)[0] == 0:
        layout, issues = choose_layout(doc, cfg.layouts)
        profile_units = segment(doc, layout)
        if structure_score(profile_units)[0] > 0:
            return Structure(layout.name, profile_units, None, issues)
    tried = [INFERRED] + [x.name for x in cfg.layouts if _detected(doc, x)]
    return Structure(INFERRED, units, outline,
                     _warnings(doc, cfg.outline.layout, units, tried))


def _detected(doc: CleanDoc, layout: LayoutConfig) -> bool:
    return not layout.detect or any(p.search(doc.text) for p in layout.detect)


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
                            "no recommendation found (outline and layout profiles tried: "
                            f"{', '.join(tried)}); clean text, tokens, entities and glossary "
                            "are still written", doc.path))
    if remarks == 0:
        issues.append(Issue("info", "no-workshop", "no workshop or discussion record found",
                            doc.path))
    return issues
