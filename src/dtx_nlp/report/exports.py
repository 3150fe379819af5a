"""Exports of a reviewed result for traceability tools: a sphinx-needs `needs.json` and an Excel
workbook per document, read from the document's output folder (units.csv, links.csv).

needs.json follows sphinx-needs' file layout (`versions` → version → `needs` → id → need with
`id`, `type`, `title`, `content`, `links`, `status`, `tags`, plus extra fields and the link type
`based_on` with its `based_on_back`). Need ids are the unit ids with a kind prefix
(REC_R07, PROB_P03, CTX_PC05, REM_S4_R12, REP_S4_R12_A1): upper case, and no target id can be
taken for a recommendation's.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from ..errors import InputError, OutputError
from ..outputs import atomic_file
from ..stages.trace import is_target

FORMATS = ("needs-json", "xlsx")
VERSION = "1.0"
PREFIX = {"recommendation": "REC", "problem": "PROB", "problem_context": "CTX",
          "remark": "REM", "reply": "REP"}
NEED_TYPE = {"recommendation": "recommendation", "problem": "problem",
             "problem_context": "problem", "remark": "remark", "reply": "remark"}
LINK_TYPE = "based_on"


def document_folders(out: Path) -> list[Path]:
    """The document folders of an output folder (or the folder itself if it is one)."""
    out = Path(out)
    if (out / "links.csv").is_file():
        return [out]
    folders = sorted(p for p in out.iterdir() if (p / "links.csv").is_file()) \
        if out.is_dir() else []
    if not folders:
        raise InputError("no document outputs here (run `dtx-nlp run` first)", str(out))
    return folders


def _read(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None


def _outputs(folder: Path) -> tuple[list[dict], list[dict]]:
    return _read(folder / "units.csv"), _read(folder / "links.csv")


def need_id(unit_id: str, kind: str) -> str:
    return f"{PREFIX[kind]}_{unit_id.replace('-', '_').upper()}"


def _accepted(link: dict) -> bool:
    return link["accepted"] == "True"


def _review_status(links: list[dict]) -> str:
    """open (no decision), in review (some suggestions decided) or reviewed (all)."""
    suggestions = [k for k in links if _accepted(k) or k["decision"]]
    decided = [k for k in suggestions if k["decision"]]
    if not decided:
        return "open"
    return "reviewed" if len(decided) == len(suggestions) else "in review"


def needs_document(folder: Path) -> dict:
    """One document as a sphinx-needs needs.json structure."""
    units, links = _outputs(folder)
    kinds = {u["unit_id"]: u["kind"] for u in units}
    items = defaultdict(list)
    for u in units:
        if u["kind"] == "recommendation_item":
            items[u["parent_id"]].append(u["text"])
    by_rec = defaultdict(list)
    for k in links:
        by_rec[k["recommendation_id"]].append(k)
    needs = {}
    for u in units:
        if u["kind"] in PREFIX:
            needs[need_id(u["unit_id"], u["kind"])] = _need(u, items[u["unit_id"]])
    for rec_id, rec_links in by_rec.items():
        need = needs.get(need_id(rec_id, "recommendation"))
        if need is None:
            continue
        scored = [k for k in rec_links if k["method"] != "reference"]
        for k in scored:
            target = need_id(k["target_id"], kinds[k["target_id"]]) \
                if kinds.get(k["target_id"]) in PREFIX else None
            if _accepted(k) and target in needs:
                need[LINK_TYPE].append(target)
                needs[target][LINK_TYPE + "_back"].append(need["id"])
        need["links"] = [need_id(k["target_id"], "recommendation") for k in rec_links
                         if k["method"] == "reference" and kinds.get(k["target_id"])
                         == "recommendation"]
        need["status"] = _review_status(scored)
        need["review_status"] = need["status"]
        need["decisions"] = "; ".join(f"{k['target_id']} {k['decision']}"
                                      for k in scored if k["decision"])
    for need in needs.values():
        if need["type"] != "recommendation":
            need["status"] = "linked" if need[LINK_TYPE + "_back"] else "unlinked"
    doc_id = folder.name
    return {"current_version": VERSION, "project": doc_id,
            "versions": {VERSION: {"needs_amount": len(needs), "needs": needs}}}


def _need(unit: dict, item_texts: list[str]) -> dict:
    kind = unit["kind"]
    content = "\n".join([unit["text"], *item_texts])
    title = unit["title"] or unit["text"]
    return {"id": need_id(unit["unit_id"], kind), "type": NEED_TYPE[kind],
            "title": title if len(title) <= 60 else title[:59] + "…",
            "content": content, "description": content, "status": "",
            "tags": [unit["doc_id"], kind], "links": [], LINK_TYPE: [], LINK_TYPE + "_back": [],
            "unit_id": unit["unit_id"], "unit_kind": kind, "doc_id": unit["doc_id"],
            "session": unit["session"], "review_status": "", "decisions": ""}


def write_needs_json(folder: Path, target: Path) -> Path:
    data = needs_document(folder)
    _write(target, lambda tmp: tmp.write_text(
        json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"))
    return target


# ---- Excel -----------------------------------------------------------------------------------

LINK_SHEET_COLUMNS = ["recommendation_id", "recommendation", "target_id", "target_kind",
                      "target_text", "score", "rank", "accepted", "decision", "note", "method",
                      "evidence"]


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def write_xlsx(folder: Path, target: Path) -> Path:
    """A workbook: the matrix of accepted links with titles, every candidate link with its
    evidence and decision, and the units."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    units, links = _outputs(folder)
    by_id = {u["unit_id"]: u for u in units}
    wb = Workbook()
    matrix = wb.active
    matrix.title = "matrix"
    recs = [u for u in units if u["kind"] == "recommendation"]
    accepted = {(k["recommendation_id"], k["target_id"]): float(k["score"]) for k in links
                if _accepted(k) and k["method"] != "reference"}
    cols = [u for u in units if is_target(u["kind"])
            and any(t == u["unit_id"] for _, t in accepted)]
    matrix.append(["recommendation", "title",
                   *(f"{u['kind']} {u['unit_id']}: {_short(u['text'], 40)}" for u in cols)])
    for r in recs:
        matrix.append([r["unit_id"], r["title"],
                       *(accepted.get((r["unit_id"], u["unit_id"])) for u in cols)])
    for cell in matrix[1]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.font = Font(bold=True)
    matrix.freeze_panes = "C2"
    matrix.column_dimensions["B"].width = 40
    sheet = wb.create_sheet("links")
    sheet.append(LINK_SHEET_COLUMNS)
    for k in links:
        rec, tgt = by_id.get(k["recommendation_id"], {}), by_id.get(k["target_id"], {})
        sheet.append([k["recommendation_id"], rec.get("title", ""), k["target_id"],
                      k["target_kind"], tgt.get("text", ""), float(k["score"]), int(k["rank"]),
                      _accepted(k), k["decision"], k.get("note", ""), k["method"],
                      k["evidence"]])
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "A2"
    unit_sheet = wb.create_sheet("units")
    unit_sheet.append(["unit_id", "kind", "parent_id", "session", "title", "text"])
    for u in units:
        unit_sheet.append([u["unit_id"], u["kind"], u["parent_id"], u["session"], u["title"],
                           u["text"]])
    _write(target, lambda tmp: wb.save(tmp))
    return target


def _write(target: Path, save) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(target) as tmp:
            save(tmp)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", str(target)) from None


DEFAULT_NAMES = {"needs-json": "needs.json", "xlsx": "traceability.xlsx"}
WRITERS = {"needs-json": write_needs_json, "xlsx": write_xlsx}


def export(out: Path, fmt: str, output: Path | None = None) -> list[Path]:
    """Export every document of `out` (into its folder), or one document to `output`."""
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}")
    folders = document_folders(out)
    if output is not None and len(folders) != 1:
        raise InputError(f"-o writes one document: name its folder ({len(folders)} here)",
                         str(out))
    return [WRITERS[fmt](f, output or f / DEFAULT_NAMES[fmt]) for f in folders]
