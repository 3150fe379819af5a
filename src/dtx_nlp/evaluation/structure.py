"""`dtx-nlp evaluate-structure`: structure inference scored against hand-written structure gold
(tests/reports/layouts/gold/*.json, the format described in that folder's README).

For each report: recommendation titles, groups, labels and (PDF) pages right out of the gold's;
problems whose opening words match; recommendation items; workshop topics, remarks and replies
counted; the part (role) each gold section heading ends up in. Nothing here tunes the pipeline:
the pipeline never reads the gold.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..inspect import units_of
from ..stages.outline import printed_label
from ..types import PROBLEM_KINDS, Unit
from .evaluate import _rows


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _title_key(title: str | None) -> str | None:
    """A title as compared: white space and a final full stop aside (annotators write a
    sentence-form title with or without its 。)."""
    return None if title is None else _squeeze(title).rstrip("。．")


def _label_key(label: str | None) -> str:
    """A label as compared: as the pipeline prints it (Ⅳ → 4, （２） → 2), so that gold written
    as printed in the document and the pipeline's digits meet."""
    return printed_label(label or "")


def _pairs_right(got: list, want: list) -> int:
    return sum(g == w for g, w in zip(got, want))


def _recommendation_scores(recs: list[Unit], gold: dict) -> dict[str, tuple[int, int]]:
    want = gold["recommendations"]
    scores = {
        "titles": (_pairs_right([_title_key(r.title) for r in recs],
                                [_title_key(w["title"]) for w in want]), len(want)),
        "groups": (_pairs_right([r.group or None for r in recs], [w["group"] for w in want]),
                   len(want)),
        "labels": (_pairs_right([_label_key(r.label) for r in recs],
                                [_label_key(w["label"]) for w in want]), len(want)),
    }
    if gold.get("pages"):
        pages = {_label_key(r.label): r.page for r in recs}
        scores["pages"] = (sum(pages.get(_label_key(k)) == v for k, v in gold["pages"].items()),
                           len(gold["pages"]))
    return scores


# A table's or a figure's caption: 表1　市議会議員選挙の平均投票率（…）, 図２-１　…, no sentence.
_CAPTION = re.compile(r"^\s*[表図]\s*[0-9０-９]+(?:[-－‐][0-9０-９]+)?[\s\u3000：:．.][^。]*$")


def _problem_score(units: list[Unit], gold: dict) -> tuple[int, int]:
    """Problems one per item or table row are problem units. Stated in paragraphs, they are the
    paragraphs of the problem section that the gold does not give as context, whatever kind the
    pipeline gave them (a problem unit when it saw them listed, 第一に… 第二に…, else context);
    a table's rows there are no paragraphs (stop 64: a table of survey figures beside paragraph
    problems pushed every problem out of step), nor is a caption (stop 65)."""
    if gold.get("problems_are") in ("items", "table_rows"):
        got = [u.text for u in units if u.kind == "problem"]
    else:
        context = gold.get("problem_context", [])
        got = [u.text for u in units if u.kind in PROBLEM_KINDS and " | " not in u.text
               and not _CAPTION.match(u.text) and not any(c in u.text[:40] for c in context)]
        # (a table's row is no paragraph, nor is a table's or a figure's caption)
    # (a table row's problem is the start of its problems cell, wherever that column stands)
    reach = None if gold.get("problems_are") == "table_rows" else 40
    right = sum(w in g[:reach] for g, w in zip(got, gold["problems"]))
    return right, max(len(got), len(gold["problems"]))  # extra units count against


def _occurrence_keys(labels: list[str]) -> list[tuple[str, int]]:
    """Each label as compared, with how many times it came before: numbering that restarts under
    each label word (要望1 … 取組1) prints 1 twice, and the second 1 is its own entry."""
    seen: dict[str, int] = {}
    keys = []
    for label in labels:
        key = _label_key(label)
        keys.append((key, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return keys


def _item_score(units: list[Unit], recs: list[Unit], gold: dict) -> tuple[int, int]:
    labels = dict(zip((r.unit_id for r in recs), _occurrence_keys([r.label for r in recs])))
    got: dict[tuple, list[str]] = {}
    for u in units:
        if u.kind == "recommendation_item":
            got.setdefault(labels.get(u.parent_id, ("", 0)), []).append(_squeeze(u.text))
    printed = [w["label"] for w in gold["recommendations"]]
    gold_keys = dict(zip(printed, _occurrence_keys(printed)))
    want = {gold_keys.get(k, (_label_key(k), 0)): v
            for k, v in gold.get("recommendation_items", {}).items()}
    right = sum(sum(_squeeze(w) in g for g, w in zip(got.get(label, []), items))
                for label, items in want.items())
    total = sum(max(len(v), len(got.get(k, []))) for k, v in want.items())
    return right, total + sum(len(v) for k, v in got.items() if k not in want)


def _workshop_score(units: list[Unit], gold: dict) -> tuple[int, int]:
    kinds = [u.kind for u in units]
    pairs = (("session_topic", "topics"), ("remark", "remarks"), ("reply", "replies"))
    want = sum(len(gold[k]) for _, k in pairs)
    return want - sum(abs(kinds.count(kind) - len(gold[k])) for kind, k in pairs), want


# A heading's mark (■ 課題, ◆ 基本方針１): annotators give headings with or without it.
_HEADING_MARK = re.compile(r"^[■□◆◇●○◎▼▽▶▷►★☆【〔［]+|[】〕］]$")


def _heading_key(text: str) -> str:
    return _HEADING_MARK.sub("", _squeeze(text))


# A heading's number before its words (第1章, 3.1, Ⅳ, （２）): annotators give headings with or without it.
_HEADING_NUMBER = re.compile(r"^(?:第[0-9０-９一二三四五六七八九十]+[章部節編]|[0-9０-９]+(?:[.．][0-9０-９]+)*[.．]?"
                             r"|[Ⅰ-Ⅻ]+[.．]?|[（(][0-9０-９]+[）)])(?=\D)")


def _section_score(units: list[Unit], gold: dict) -> tuple[int, int]:
    """Gold section headings found as units in the part their role names (marks aside, and the
    heading's number when the gold leaves it out)."""
    by_text = {_HEADING_NUMBER.sub("", _heading_key(u.text)): u for u in units}
    by_text.update({_heading_key(u.text): u for u in units})
    right = 0
    for s in gold["sections"]:
        u = by_text.get(_heading_key(s["heading"]))
        right += u is not None and (u.part == s["role"] or (s["role"] == "other"
                                                             and u.part in ("front", "intro")))
    return right, len(gold["sections"])


def evaluate_report(document: Path, gold: dict, pipeline: Path | None = None) -> dict:
    units = units_of(document, pipeline)
    recs = [u for u in units if u.kind == "recommendation"]
    scores = _recommendation_scores(recs, gold)
    scores["problems"] = _problem_score(units, gold)
    scores["items"] = _item_score(units, recs, gold)
    scores["workshop"] = _workshop_score(units, gold)
    scores["sections"] = _section_score(units, gold)
    return {"file": gold["file"], "format": gold.get("format", ""), "scores": scores}


def evaluate_folder(gold_dir: Path, pipeline: Path | None = None,
                    label: bool = False) -> list[dict]:
    """Every gold file of the folder, its document one folder up (`label`: rows named
    folder/file)."""
    out = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        result = evaluate_report(gold_dir.parent / gold["file"], gold, pipeline)
        if label:
            result["file"] = f"{gold_dir.parent.name}/{result['file']}"
        out.append(result)
    return out


FORMATS = {".txt": "text", ".md": "markdown"}


def evaluate_titles(folder: Path, pipeline: Path | None = None) -> list[dict]:
    """Recommendation numbers and titles of the reports in `folder` against its title gold
    (`gold/<stem>.recommendations.tsv`: number, TAB, title as printed)."""
    out = []
    for gold_file in sorted((folder / "gold").glob("*.recommendations.tsv")):
        stem = gold_file.name.split(".")[0]
        document = next(f for f in sorted(folder.iterdir()) if f.stem == stem)
        want = {(int(n), _squeeze(title)) for n, title, *_ in _rows(gold_file)[1:]}
        got = {(u.number, _squeeze(u.title or "")) for u in units_of(document, pipeline)
               if u.kind == "recommendation"}
        out.append({"file": f"{folder.name}/{document.name}",
                    "format": FORMATS.get(document.suffix, document.suffix[1:]),
                    "scores": {"titles": (len(want & got), max(len(want), len(got)))}})
    return out


def format_table(results: list[dict]) -> str:
    names = ["titles", "groups", "labels", "pages", "problems", "items", "workshop", "sections"]
    width = max([24, *(len(r["file"]) + 2 for r in results)])
    lines = ["file".ljust(width) + "format".ljust(10) + "".join(n.ljust(10) for n in names)]
    totals = {n: [0, 0] for n in names}
    for r in results:
        cells = []
        for n in names:
            right, total = r["scores"].get(n, (0, 0))
            totals[n][0] += right
            totals[n][1] += total
            cells.append((f"{right}/{total}" if total else "-").ljust(10))
        lines.append(r["file"].ljust(width) + r["format"].ljust(10) + "".join(cells))
    lines.append("all".ljust(width + 10) + "".join(f"{a}/{b}".ljust(10) for a, b in totals.values()))
    return "\n".join(lines)
