"""Exports of the reviewed links: sphinx-needs needs.json and an Excel workbook."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from conftest import read_csv
from test_cli import _one_line_error, dtx

# The shape sphinx-needs checks when it imports a needs.json (its needsfile.json, draft 7),
# restated here: versions -> version -> needs -> id -> need with string id/title/content.
NEEDS_SCHEMA = {
    "type": "object", "required": ["current_version", "project"],
    "properties": {
        "current_version": {"type": "string"}, "project": {"type": "string"},
        "versions": {"type": "object", "additionalProperties": {
            "type": "object", "properties": {
                "needs_amount": {"type": "number"},
                "needs": {"type": "object", "additionalProperties": {
                    "type": "object", "required": ["id", "type", "title", "content", "links"],
                    "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                                   "content": {"type": "string"},
                                   "links": {"type": "array", "items": {"type": "string"}}}}}}}},
    }}


@pytest.fixture()
def reviewed_out(corpus_out, tmp_path):
    """A copy of the corpus outputs whose links.csv holds one analyst rejection."""
    folder = tmp_path / corpus_out.name
    shutil.copytree(corpus_out, folder)
    path = folder / "links.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    first = next(r for r in rows if r["accepted"] == "True" and r["method"] == "combined")
    first.update(accepted="False", decision="reject")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder, first


def test_needs_json_holds_units_accepted_links_and_review_status(reviewed_out):
    jsonschema = pytest.importorskip("jsonschema")
    from dtx_nlp.report.exports import export

    folder, rejected = reviewed_out
    [path] = export(folder.parent, "needs-json")
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, NEEDS_SCHEMA)
    needs = data["versions"][data["current_version"]]["needs"]
    assert all(k == n["id"] for k, n in needs.items())
    units, links = read_csv(folder / "units.csv"), read_csv(folder / "links.csv")
    wanted = units[units.kind.isin(["recommendation", "problem", "problem_context", "remark",
                                    "reply"])]
    assert sorted(n["unit_id"] for n in needs.values()) == sorted(wanted.unit_id)
    accepted = links[(links.accepted.astype(str) == "True") & (links.method == "combined")]
    by_unit = {n["unit_id"]: n for n in needs.values()}
    linked = {(n["unit_id"], by_unit_id) for n in needs.values() if n["type"] == "recommendation"
              for by_unit_id in (needs[t]["unit_id"] for t in n["based_on"])}
    assert linked == set(zip(accepted.recommendation_id, accepted.target_id))
    for n in needs.values():  # the back links mirror the links
        for t in n["based_on"]:
            assert n["id"] in needs[t]["based_on_back"]
    rec = by_unit[rejected["recommendation_id"]]
    assert rec["review_status"] == "in review"
    assert f"{rejected['target_id']} reject" in rec["decisions"]
    assert by_unit["R02"]["review_status"] in ("open", "in review")
    # target ids cannot be taken for recommendation ids
    assert all(n["id"].startswith("REC_") == (n["type"] == "recommendation")
               for n in needs.values())


def test_xlsx_has_the_matrix_with_titles_and_every_link(reviewed_out, tmp_path):
    from openpyxl import load_workbook

    from dtx_nlp.report.exports import export

    folder, rejected = reviewed_out
    [path] = export(folder, "xlsx", tmp_path / "one.xlsx")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["matrix", "links", "units"]
    matrix = list(wb["matrix"].values)
    links = read_csv(folder / "links.csv")
    accepted = links[(links.accepted.astype(str) == "True") & (links.method == "combined")]
    assert sum(v is not None for row in matrix[1:] for v in row[2:]) == len(accepted)
    assert matrix[1][1] and all(h.split()[0] in ("problem", "problem_context", "remark", "reply")
                                for h in matrix[0][2:])
    link_rows = list(wb["links"].values)
    assert len(link_rows) == len(links) + 1
    decided = [r for r in link_rows[1:] if r[8] == "reject"]
    assert [(r[0], r[2]) for r in decided] == [(rejected["recommendation_id"],
                                               rejected["target_id"])]
    assert [r[11] or "" for r in link_rows[1:]] == list(links.evidence)  # the evidence


def test_export_errors_are_one_line(corpus_out, tmp_path):
    from dtx_nlp.errors import InputError
    from dtx_nlp.report.exports import export

    _one_line_error(dtx("export", tmp_path, "--format", "needs-json"), 2, "no document outputs")
    with pytest.raises(InputError, match="needs-json, xlsx"):
        export(corpus_out, "pdf")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        for name in ("units.csv", "links.csv"):
            shutil.copy(corpus_out / name, tmp_path / d / name)
    with pytest.raises(InputError, match="one document"):
        export(tmp_path, "xlsx", tmp_path / "x.xlsx")
