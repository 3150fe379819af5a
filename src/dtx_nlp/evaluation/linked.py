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
from ..stages.ingest import DOCUMENT_SUFFIXES
from ..textnorm import normalize
from ..types import Unit
from .goldfile import is_comment

KIND_OF = {"problem": ("problem",), "remark": ("remark", "reply"), "reply": ("reply", "remark"),
           "recommendation": ("recommendation",)}  # a remark and a reply link the same way
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
        if not line.strip() or is_comment(line):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[1] not in KIND_OF:
            raise InputError("bad gold line (number, target type, target)", f"{path}:{n}")
        out.append(GoldLink(cols[0].strip(), cols[1], cols[2].strip(), n))
    return out


def _number(unit: Unit) -> str:
    """A unit's number as ASCII digits, without leading zeros."""
    return str(unit.number) if unit.number is not None else ""


def _numbered(units: list[Unit], kinds: tuple[str, ...], number: str) -> list[Unit]:
    """The unit a gold number names: the one printed with that number when the kind's printed
    numbers are unique and include it, else the one at that place in document order (the gold
    counts 提言A…E, 4.1…4.5, (ア)… as 1, 2, … — its files' header comments give the mapping)."""
    wanted = normalize(number).lstrip("0")  # full-width digits as ASCII
    of_kind = [u for u in units if u.kind in kinds]
    printed = [_number(u) for u in of_kind]
    if wanted in printed and len(set(printed)) == len(printed) or not wanted.isdigit():
        return [u for u in of_kind if _number(u) == wanted]
    n = int(wanted)
    return of_kind[n - 1:n]


def _quoted(units: list[Unit], kinds: tuple[str, ...], quote: str) -> list[Unit]:
    squeeze = "".join(normalize(quote).split())
    return [u for u in units if u.kind in kinds and squeeze in "".join(normalize(u.text).split())]


def resolve(gold: list[GoldLink], units: list[Unit], path: Path,
            strict: bool = True) -> tuple[dict[tuple[str, str], set], list[int]]:
    """The gold as `evaluate.gold_links` gives it, {(recommendation id, group): target ids}, and
    the lines whose recommendation or target is not one unit of the segmentation. `strict`: such
    a line is an error naming it; else a link whose target was not found stays in the gold under
    a name no unit has (a link the system cannot find), and one whose recommendation was not
    found is left out (only counted)."""
    out: dict[tuple[str, str], set] = defaultdict(set)
    missed = []
    for g in gold:
        recs = _numbered(units, KIND_OF["recommendation"], g.recommendation)
        kinds = KIND_OF[g.target_type]
        if g.target_type in ("problem", "recommendation"):
            targets = _numbered(units, kinds, g.target)
        else:
            targets = _quoted(units, kinds, g.target)
        group = GROUP_OF[g.target_type]
        if len(recs) == 1 and len(targets) == 1:
            out[(recs[0].unit_id, group)].add(targets[0].unit_id)
            continue
        if strict:
            found = f"{len(recs)} recommendation(s), {len(targets)} {g.target_type}(s)"
            raise InputError(f"gold line names no single unit ({found})", f"{path}:{g.line}")
        missed.append(g.line)
        if len(recs) == 1:
            out[(recs[0].unit_id, group)].add(f"not-a-unit:{g.line}")
    return out, missed


def linked_report(doc: Path, gold_path: Path, cfg, models, opts, folds: int) -> dict:
    """Link figures of one linked report: ranking and acceptance (configured, and the TF-IDF
    baseline), explicit references, and the simulated review with each queue."""
    from ..run.runner import analyse_document
    from ..stages import links as lk
    from .evaluate import (
        _scores_from_pairs,
        link_report,
        reference_scores,
        review_effort,
        tfidf_baseline,
    )

    _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
    parsed, units = models.last_parsed, analysis.units
    gold, missed = resolve(read_gold(gold_path), units, gold_path, strict=False)
    recs = [u.unit_id for u in units if u.kind == "recommendation"]
    inputs = lk.link_inputs(parsed, analysis.mentions, analysis.glossary, cfg.links)
    pairs = lk.score_pairs(inputs.recs, inputs.targets, inputs.all_sides)
    configured = _scores_from_pairs(pairs, cfg.links.weights, cfg.links.specificity,
                                    cfg.links.thread)
    return {"recommendations": len(recs), "gold_lines_not_units": missed,
            "gold_links": sum(len(t) for (_, g), t in gold.items() if g != "recommendation"),
            "configured": link_report(configured, gold, recs, cfg, folds),
            "baseline": link_report(tfidf_baseline(parsed, cfg), gold, recs, cfg, folds),
            "references": reference_scores(analysis.links, gold),
            "review_effort": review_effort(analysis.candidates, units, cfg.links,
                                           {doc.stem: gold},
                                           neighbours=analysis.neighbours)[doc.stem]}


def linked_reports(folder: Path, cfg, models, opts, folds: int) -> dict:
    """`linked_report` for each report of `folder` that has gold/<file name>.links.tsv or
    gold/<stem>.links.tsv."""
    out = {}
    for doc in sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES):
        for name in (doc.name, doc.stem):  # report.pdf.links.tsv beside report.docx's, or stem
            gold_path = Path(folder) / "gold" / f"{name}.links.tsv"
            if gold_path.exists():
                out[name] = linked_report(doc, gold_path, cfg, models, opts, folds)
                break
    return out


def linked_folders(reports: Path) -> list[Path]:
    """The test-report folders that hold link gold (gold/<stem>.links.tsv)."""
    if not reports.is_dir():
        return []
    return [f for f in sorted(reports.iterdir()) if any((f / "gold").glob("*.links.tsv"))]


def format_linked(reports: dict) -> list[str]:
    from .evaluate import _effort_lines, _link_rows

    if not reports:
        return []
    title = ("Links on reports nobody tuned on (tests/reports/*/gold/*.links.tsv: gold written "
             "blind, before any run)")
    header = (f"  {'report / system':<34} {'MAP prob':>8} {'MAP rem':>8} {'R@10 p':>7} "
              f"{'R@10 r':>7} {'P':>6} {'R':>6} {'F1':>6} {'F2':>6}")
    lines = [title, header]
    for stem, x in reports.items():
        lines.append(f"  {stem}: {x['recommendations']} recommendations, {x['gold_links']} gold "
                     f"links; explicit references P {x['references']['precision']:.3f} "
                     f"R {x['references']['recall']:.3f}"
                     + (f"; gold lines naming no unit found: {len(x['gold_lines_not_units'])}"
                        if x["gold_lines_not_units"] else ""))
        lines += _link_rows("combined, configured", x["configured"])
        lines += _link_rows("TF-IDF baseline", x["baseline"])
    lines += _effort_lines({stem: x["review_effort"] for stem, x in reports.items()})[1:]
    return lines
