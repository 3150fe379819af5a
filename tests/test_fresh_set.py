"""benchmarks/fresh_set.py: judging only the rows no judge has labelled, and adding their
judgments to a report's noise file without losing the ones it holds."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fresh_set  # noqa: E402

from dtx_nlp.evaluation.noise import read_judgements  # noqa: E402

OLD = "\n".join([fresh_set.HEADER, "term\tjudgement\tborderline\treason\tsecond_judgement",
                 "# stop 1", "甲制度\tTERM\t\t\t", "乙の件\tNOISE\t\tclause\t"]) + "\n"


@pytest.fixture
def folder(tmp_path):
    base = tmp_path / "heldout_terms99"
    (base / "gold").mkdir(parents=True)
    (base / "a.md").write_text("甲制度と丙制度。", encoding="utf-8")
    (base / "b.txt").write_text("丁。", encoding="utf-8")
    (base / "gold" / "a.noise.tsv").write_text(OLD, encoding="utf-8")
    return base


def rankings(folder):
    return [{str(folder / "b.txt"): [["丁", ""]],  # b first: merged before a's file fails
             str(folder / "a.md"): [["甲制度", ""], ["丙制度", ""], ["乙の件", ""]]},
            {str(folder / "a.md"): [["戊", ""]], str(folder / "b.txt"): [["丁", ""]]}]


def judge(out: Path, verdict: str = "TERM") -> None:
    for rows in out.glob("*/rows_*.txt"):
        given = rows.read_text(encoding="utf-8").split()
        lines = ["term\tjudgement\tborderline\treason"] + [f"{t}\t{verdict}\t\t" for t in given]
        (rows.parent / rows.name.replace("rows_", "judgments_").replace(".txt", ".tsv")
         ).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_unjudged_batches_hold_only_rows_no_judge_has_labelled(folder, tmp_path):
    out = tmp_path / "batches"
    fresh_set.remainders(rankings(folder), out, per_judge=2)
    given = {p.parent.name + "/" + p.name: sorted(p.read_text(encoding="utf-8").split())
             for p in out.glob("*/rows_*.txt")}
    assert sorted(t for rows in given.values() for t in rows) == ["丁", "丙制度", "戊"]
    assert all(len(rows) <= 2 for rows in given.values())
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert all(name.startswith("first") for name in plan)  # judged once: no second judgement


def test_every_row_reaches_past_the_first_rows(folder, tmp_path):
    """Stop 78: a short report's rows after its first 50 are judged only with every_row."""
    long = [[f"語{i}", ""] for i in range(60)]
    given = [{str(folder / "a.md"): [["甲制度", ""]] + long}]
    for every_row, expected in ((False, 49), (True, 60)):
        out = tmp_path / f"batches{every_row}"
        fresh_set.remainders(given, out, per_judge=100, every_row=every_row)
        rows = [t for p in out.glob("*/rows_*.txt") for t in p.read_text("utf-8").split()]
        assert len(rows) == expected and "甲制度" not in rows  # judged before: never again


def test_differences_leave_out_rows_unjudged_in_every_ranking_alike(folder, tmp_path):
    out = tmp_path / "batches"
    fresh_set.remainders(rankings(folder), out, differences=True)
    given = sorted(t for p in out.glob("*/rows_*.txt") for t in p.read_text("utf-8").split())
    assert given == ["丙制度", "戊"]  # 丁 is in the first rows of both rankings: it cancels


def test_append_keeps_every_earlier_judgment_and_adds_the_new_under_the_note(folder, tmp_path):
    out = tmp_path / "batches"
    fresh_set.remainders(rankings(folder), out)
    judge(out)
    fresh_set.merge(out, "# stop 2", append=True)
    text = (folder / "gold" / "a.noise.tsv").read_text(encoding="utf-8")
    assert text.startswith(OLD) and text[len(OLD):].startswith("# stop 2\n")
    assert read_judgements(folder / "gold" / "a.noise.tsv") == {
        "甲制度": "TERM", "乙の件": "NOISE", "丙制度": "TERM", "戊": "TERM"}
    assert read_judgements(folder / "gold" / "b.noise.tsv") == {"丁": "TERM"}  # a new file


def test_merge_without_append_refuses_a_noise_file_that_exists(folder, tmp_path):
    out = tmp_path / "batches"
    fresh_set.remainders(rankings(folder), out)
    judge(out, "NOISE")
    with pytest.raises(SystemExit, match="a.noise.tsv: already holds judgments"):
        fresh_set.merge(out, "# stop 2")
    assert (folder / "gold" / "a.noise.tsv").read_text(encoding="utf-8") == OLD
    assert not (folder / "gold" / "b.noise.tsv").exists()  # nothing written when one file fails


def test_a_fresh_long_set_is_judged_on_as_many_rows_as_the_measured_ones():
    from dtx_nlp.evaluation.evaluate import HELD_OUT_FOLDERS, NOISE_ROWS

    assert fresh_set.first_rows("tests/reports/heldout_long99") == 200  # not yet measured
    assert fresh_set.first_rows("heldout_terms99") == fresh_set.first_rows("heldout") == 50
    longs = [f for f in HELD_OUT_FOLDERS if fresh_set.first_rows(f) == 200]
    assert list(NOISE_ROWS) == longs + ["long_dev"] and len(longs) > 30  # evaluate's own count
