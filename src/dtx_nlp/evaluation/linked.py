"""Link quality on reports nobody tuned on: `tests/reports/linked/`, written with their link gold
by an annotator who saw neither code nor outputs (its README).

Their gold names targets as a reader sees them — a recommendation and a problem by the number
printed in the text, a remark or reply by a verbatim quote of its line — so this module first
finds the units they name in the pipeline's segmentation, then scores the links and the
simulated review as `dtx-nlp evaluate` does for the corpus report. Only evaluation code reads it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..textnorm import normalize
from ..types import Unit

KIND_OF = {"problem": ("problem",), "remark": ("remark",), "reply": ("reply",),
           "recommendation": ("recommendation",)}
GROUP_OF = {"problem": "problem", "remark": "remark", "reply": "remark",
            "recommendation": "recommendation"}


@dataclass(frozen=True)
class GoldLink:
    recommendation: str  # its number as printed
    target_type: str  # problem, remark, reply or recommendation
    target: str  # a number, or a verbatim quote of a remark's or reply's line
    line: int


def read_gold(path: Path) -> list[GoldLink]:
    """The gold lines of a `<stem>.links.tsv` file (a bad line is an error naming it)."""
    if not path.exists():
        raise InputError("gold file not found", str(path))
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[1] not in KIND_OF:
            raise InputError("bad gold line (number, target type, target)", f"{path}:{n}")
        out.append(GoldLink(cols[0].strip(), cols[1], cols[2].strip(), n))
    return out


def _number(unit: Unit) -> str:
    """A unit's number as ASCII digits (提言１ → 1, （3） → 3)."""
    return "".join(c for c in normalize(unit.number or "") if c.isdigit()).lstrip("0")


def _numbered(units: list[Unit], kinds: tuple[str, ...], number: str) -> list[Unit]:
    return [u for u in units if u.kind in kinds and _number(u) == number.lstrip("0")]


def _quoted(units: list[Unit], kinds: tuple[str, ...], quote: str) -> list[Unit]:
    squeeze = "".join(normalize(quote).split())
    return [u for u in units if u.kind in kinds and squeeze in "".join(normalize(u.text).split())]


def resolve(gold: list[GoldLink], units: list[Unit], path: Path) -> dict[tuple[str, str], set]:
    """The gold as `evaluate.gold_links` gives it: {(recommendation id, group): target ids}. A
    line whose recommendation or target is not one unit of the segmentation is an error naming
    the line (the segmentation, not the gold, is then what to fix)."""
    out: dict[tuple[str, str], set] = defaultdict(set)
    for g in gold:
        recs = _numbered(units, KIND_OF["recommendation"], g.recommendation)
        kinds = KIND_OF[g.target_type]
        if g.target_type in ("problem", "recommendation"):
            targets = _numbered(units, kinds, g.target)
        else:
            targets = _quoted(units, kinds, g.target)
        if len(recs) != 1 or len(targets) != 1:
            found = f"{len(recs)} recommendation(s), {len(targets)} {g.target_type}(s)"
            raise InputError(f"gold line names no single unit ({found})", f"{path}:{g.line}")
        out[(recs[0].unit_id, GROUP_OF[g.target_type])].add(targets[0].unit_id)
    return out
