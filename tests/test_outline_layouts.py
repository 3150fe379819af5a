"""Structure inference on the layout test reports (tests/reports/layouts, each with its own gold):
every recommendation's title, group and printed label, and for the PDF its page, with no layout
profile forced. Structure only: no parsing, so these run in about a second each."""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import PIPELINE, ROOT

from dtx_nlp.inspect import units_of

LAYOUTS = ROOT / "tests" / "reports" / "layouts"
GOLDS = sorted((LAYOUTS / "gold").glob("*.json"))


@cache
def _units(name: str):
    """Each report's units, read once for this module (the PDF takes a second or two)."""
    return units_of(LAYOUTS / name, PIPELINE)


def _recommendations(name: str) -> list[dict]:
    units = _units(name)
    return [{"title": u.title, "group": u.group or None, "label": u.label, "page": u.page}
            for u in units if u.kind == "recommendation"]


@pytest.mark.parametrize("gold_file", GOLDS, ids=[g.stem for g in GOLDS])
def test_every_recommendation_title_group_and_label(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    got = _recommendations(gold["file"])
    assert [r["title"] for r in got] == [r["title"] for r in gold["recommendations"]]
    assert [r["group"] for r in got] == [r["group"] for r in gold["recommendations"]]
    assert [r["label"] for r in got] == [r["label"] for r in gold["recommendations"]]


def test_pdf_recommendations_start_on_their_pages():
    gold = json.loads((LAYOUTS / "gold" / "report.pdf.json").read_text(encoding="utf-8"))
    got = _recommendations("report.pdf")
    pages = {r["label"]: r["page"] for r in got}
    assert pages == {label: page for label, page in gold["pages"].items()}


@pytest.mark.parametrize("gold_file", GOLDS, ids=[g.stem for g in GOLDS])
def test_workshop_marks_and_their_variants(gold_file):
    """Topics (⃝ or ○), remarks (・) and replies (→, ⇒ or ->) each keep their kind; reports
    without a workshop record get no remark units."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    kinds = [u.kind for u in _units(gold["file"])]
    assert (kinds.count("session_topic"), kinds.count("remark"), kinds.count("reply")) == (
        len(gold["topics"]), len(gold["remarks"]), len(gold["replies"]))


def test_evaluate_structure_scores_every_part_right():
    """`dtx-nlp evaluate-structure` over the same gold: problems, recommendation items and the
    part each gold section heading lands in are all right too."""
    from dtx_nlp.evaluation.structure import evaluate_folder, format_table

    results = evaluate_folder(LAYOUTS / "gold", PIPELINE)
    wrong = {(r["file"], name): score for r in results for name, score in r["scores"].items()
             if score[0] != score[1]}
    assert not wrong, format_table(results)
    assert {r["format"] for r in results} == {"text", "markdown", "docx", "pdf"}


@pytest.mark.parametrize("folder", ["fields", "heldout"])
def test_recommendation_titles_of_the_field_and_held_out_reports(folder):
    """The other-field reports' title gold (written blind; the held-out Markdown report found the
    loose-list rule: 0 of 5 before it)."""
    from dtx_nlp.evaluation.structure import evaluate_titles, format_table

    results = evaluate_titles(LAYOUTS.parent / folder, PIPELINE)
    assert len(results) == 3
    assert all(r["scores"]["titles"][0] == r["scores"]["titles"][1] for r in results), \
        format_table(results)


# The reports in new layouts mended after their first run (layouts2, layouts3): what they came to
# read stays read. (Later sets were each measured blind once, then developed on: see below.)
MENDED_MISSES = {("bicycle_2col.pdf", "titles"), ("bicycle_2col.pdf", "sections"),
                 ("forestry_zadankai.md", "workshop")}  # known, left as they are


@pytest.mark.parametrize("folder", ["layouts2", "layouts3"])
def test_the_mended_layouts_stay_read(folder):
    from dtx_nlp.evaluation.structure import evaluate_folder, format_table

    results = evaluate_folder(LAYOUTS.parent / folder / "gold", PIPELINE)
    wrong = {(r["file"], name) for r in results for name, score in r["scores"].items()
             if score[0] != score[1]}
    assert len(results) >= 4 and wrong <= MENDED_MISSES, format_table(results)


# Sets measured blind once, then used to develop the reading rules (layouts4-12): recommendation
# titles found, per folder, as they stood after that work (layouts5: a two-column PDF with a
# sidebar is not read; layouts8: a PDF whose entries lost their list numbers).
DEVELOPED_TITLES = {"layouts4": 20, "layouts5": 15, "layouts6": 21, "layouts7": 20, "layouts8": 15,
                    "layouts9": 20, "layouts10": 20, "layouts11": 19, "layouts12": 20}


@pytest.mark.parametrize("folder", sorted(DEVELOPED_TITLES))
def test_the_developed_layouts_keep_their_titles(folder):
    from dtx_nlp.evaluation.structure import evaluate_folder, format_table

    results = evaluate_folder(LAYOUTS.parent / folder / "gold", PIPELINE)
    found = sum(r["scores"]["titles"][0] for r in results)
    assert found >= DEVELOPED_TITLES[folder], format_table(results)


def test_titles_are_compared_without_white_space_or_a_final_full_stop():
    """An annotator may write a sentence-form title with or without its 。; nothing else is
    forgiven."""
    from dtx_nlp.evaluation.structure import _title_key

    assert _title_key("市は集約すべきである。") == _title_key("市は 集約すべきである")
    assert _title_key("市は集約すべきである") != _title_key("市は集約すべき")


def test_labels_are_compared_as_the_pipeline_prints_them():
    """Gold written as printed (提言Ⅳ: "Ⅳ", （２）) meets the pipeline's digits; 1-1-1 stays."""
    from dtx_nlp.evaluation.structure import _label_key

    assert _label_key("Ⅳ") == _label_key("4") and _label_key("（２）") == "2"
    assert _label_key("1-1-1") == "1-1-1" and _label_key("Ⅳ") != _label_key("3")


def test_section_headings_are_compared_without_their_marks():
    """A heading's mark (■ 課題, ◆ 基本方針１, 【課題】) is not part of it for the comparison."""
    from dtx_nlp.evaluation.structure import _heading_key

    assert _heading_key("■ 学校給食の現状と課題") == _heading_key("学校給食の現状と課題")
    assert _heading_key("【課題】") == "課題" and _heading_key("現状") != _heading_key("課題")


def test_section_headings_given_without_their_number_are_found_with_it():
    """A gold heading written without its number (はじめに for 第1章　はじめに, 墓地の管理 for 3.1　墓地の
    管理) is the unit that prints it; a gold heading with its number must match it exactly."""
    from dtx_nlp.evaluation.structure import _section_score
    from dtx_nlp.types import Unit

    def unit(text, part):
        return Unit("u", "d", "heading", None, None, None, None, text, 0, 0, part)

    units = [unit("第1章　はじめに", "intro"), unit("3.1　墓地の管理", "recommendations"),
             unit("（２）現状", "problem"), unit("２　課題", "problem")]
    gold = {"sections": [{"heading": "はじめに", "role": "intro"},
                         {"heading": "墓地の管理", "role": "recommendations"},
                         {"heading": "現状", "role": "problem"}, {"heading": "３　課題", "role": "problem"}]}
    assert _section_score(units, gold) == (3, 4)


def test_problems_stated_in_paragraphs_are_the_problem_sections_paragraphs_less_the_context():
    """Gold problems given as paragraphs are scored against the problem section's paragraphs
    that the gold does not give as context, whether the pipeline made them problem units (it saw
    them listed) or context; a paragraph too many still counts against."""
    from dtx_nlp.evaluation.structure import _problem_score
    from dtx_nlp.types import Unit

    def unit(kind, text):
        return Unit("u", "d", kind, None, None, None, None, text, 0, 0, "problem")

    gold = {"problems_are": "paragraphs", "problems": ["医師が足りない", "病院が遠い"],
            "problem_context": ["県の調査では"]}
    units = [unit("problem_context", "県の調査では、次のことが分かった。"), unit("problem", "第一に、医師が足りない。"),
             unit("problem_context", "病院が遠い。")]
    assert _problem_score(units, gold) == (2, 2)
    assert _problem_score(units + [unit("problem_context", "なお、詳細は別紙による。")], gold) == (2, 3)
    assert _problem_score(units[1:], {**gold, "problems_are": "items"}) == (1, 2)
    row = [unit("problem", "生ごみ | 可燃ごみの約４割を生ごみが占め、その約８割は水分である。 | 水切りが家庭に浸透していない。")]
    assert _problem_score(row, {"problems_are": "table_rows", "problems": ["水切りが家庭に"]}) == (1, 1)


def test_a_tables_rows_in_a_problem_section_are_no_paragraphs_of_it():
    """Problems given as paragraphs beside a table of figures (指標 | 2015年 | 2025年): the rows
    are not among the paragraphs scored, so they do not push the problems out of step; nor does
    the table's caption (表1　…), while a sentence about the table is a paragraph."""
    from dtx_nlp.evaluation.structure import _problem_score
    from dtx_nlp.types import Unit

    def unit(kind, text):
        return Unit("u", "d", kind, None, None, None, None, text, 0, 0, "problem")

    gold = {"problems_are": "paragraphs", "problems": ["医師が足りない", "病院が遠い"]}
    rows = [unit("problem_context", "指標 | 2015年 | 2025年"), unit("problem_context", "医師数 | 120 | 98")]
    units = rows + [unit("problem", "医師が足りない。"), unit("problem", "病院が遠い。")]
    assert _problem_score(units, gold) == (2, 2)
    caption = [unit("problem_context", "表1　医師数の推移（県集計）")]
    assert _problem_score(caption + units, gold) == (2, 2)
    assert _problem_score([unit("problem_context", "表1のとおり、減っている。")] + units, gold) == (0, 3)
