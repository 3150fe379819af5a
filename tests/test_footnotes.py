"""Footnotes of plain text (＊1 …, （注1）…, ※2 … after the text that cites them) are notes, not the
remarks, conclusions or context of the part they follow; page numbers printed in brackets, （3）
alone on a line beside a running header, are no headings."""

from __future__ import annotations

import pytest

from conftest import count_in_test_report, units_in

NOTES = """遠隔診療の普及に関する提言

一　はじめに
　遠隔診療を行う医療機関は全体の１割にとどまる（＊1）。

二　課題
課題１　初診の安全性
　初診では患者の情報が得られにくい。
課題２　薬局との連携
　処方内容が薬局に届くまでに時間がかかる（注2）。

三　提言
提言１　初診の手順を示す
・診療前相談の記録様式を示す。
提言２　処方の共有を早める
・電子処方箋の普及を図る。

四　委員の意見
委員Ａ：初診の可否は症状の把握で判断すべきである。
厚生労働省：指針の解説で示す。
委員Ｂ：離島では通信環境の確保が先である。
＊1　施設基準を届け出た医療機関の数による。
（注2）処方箋の原本を郵送する場合の日数であり、
電子処方箋の場合を含まない。
"""


def test_footnotes_the_text_cites_are_notes_of_the_unit_citing_them(tmp_path):
    units = units_in(NOTES, tmp_path)
    by_id = {u.unit_id: u for u in units}
    notes = [u for u in units if u.kind == "note" and u.label]
    assert [(u.label, by_id[u.parent_id].text[:4]) for u in notes] == [
        ("＊1", "遠隔診療"), ("（注2）", "課題２ ")]
    assert notes[1].text.endswith("電子処方箋の場合を含まない。")  # its line wrapped by hand
    assert [u.text[:3] for u in units if u.kind == "remark"] == ["委員Ａ", "委員Ｂ"]


def test_a_line_led_by_a_label_nothing_cites_is_read_as_before(tmp_path):
    uncited = NOTES.replace("（＊1）", "").replace("（注2）", "")
    units = units_in(uncited, tmp_path)
    assert [u for u in units if u.kind == "note" and u.label] == []
    assert [u.text[:3] for u in units if u.kind == "remark"] == ["委員Ａ", "委員Ｂ", "＊1 "]


PAGES = """学校給食の在り方に関する報告

１．課題
課題ａ　食材費の上昇
　物価の上昇で献立の維持が難しい。

（１）

学校給食の在り方に関する報告
課題ｂ　調理員の不足
　調理員の確保が難しい。

（２）

学校給食の在り方に関する報告
２．提言
提言ａ　食材費の支援
・国が食材費の上昇分を支援する。

提言ｂ　調理員の確保
・処遇を改善する。

（３）
"""


def test_page_numbers_in_brackets_beside_a_running_header_go(tmp_path):
    units = units_in(PAGES, tmp_path)
    assert [u.text for u in units if u.text in ("（１）", "（２）", "（３）")] == []
    assert sum(u.text == "学校給食の在り方に関する報告" for u in units) == 1  # the title stays
    assert [u.kind for u in units if u.kind in ("problem", "recommendation")] == [
        "problem", "problem", "recommendation", "recommendation"]


def test_a_bracketed_number_without_a_running_header_stays(tmp_path):
    text = PAGES.replace("\n学校給食の在り方に関する報告\n課題ｂ", "\n課題ｂ").replace(
        "\n学校給食の在り方に関する報告\n２．", "\n２．")
    units = units_in(text, tmp_path)
    assert "（１）" in [u.text.strip() for u in units]


@pytest.mark.parametrize("name, kind, count", [
    # `＊1`–`＊3` after the record, two wrapped by hand; page lines `（3）` under a running header;
    # 第1–第5 under 課題
    ("heldout_terms54/telemedicine.txt", "note", 3),
    ("heldout_terms54/telemedicine.txt", "remark", 5),
    ("heldout_terms54/telemedicine.txt", "problem", 5),
    # `*1`–`*3`, page lines `（３）`; 委員Ｃ）… remarks
    ("heldout_terms43/school_routes.txt", "remark", 5),
    # `（１２）` page lines under a footer line: ◎課題１–７, ■提言１–８ with `(1)` measures
    ("heldout_long17/child_poverty.txt", "problem", 7),
    ("heldout_long17/child_poverty.txt", "recommendation", 8),
    # `注１`–`注６` after the conclusion
    ("heldout_long43/tax_administration.txt", "note", 6),
])
def test_test_reports_with_footnotes_and_bracketed_pages_give_the_counts_asked_for(name, kind,
                                                                                     count):
    assert count_in_test_report(name, kind) == count


def test_bracketed_numbers_that_start_again_are_no_pages(tmp_path):
    """（１）–（２） in each chapter, each over the same short heading: a heading's numbers (they
    start again), so neither they nor the headings beside them go."""
    chapter = "第{n}章　{name}\n\n（１）\n\n現状\n　{name}の利用は増えている。\n\n（２）\n\n課題\n　{name}の担い手が足りない。\n\n"
    text = "交通の報告\n\n" + chapter.format(n=1, name="鉄道") + chapter.format(n=2, name="バス")
    units = units_in(text, tmp_path)
    assert sum(u.text.strip() == "現状" or u.text.startswith("現状") for u in units) == 2
    assert sum(u.text.strip() == "（１）" or u.text.startswith("（１）") for u in units) == 2


def test_a_label_leading_earlier_lines_is_no_citation(tmp_path):
    """＊1 leading a line of each table's notes, never cited in the text: no footnote."""
    table = "表{n}　{name}\n区分　件数\n市　１２\n町　３\n＊1　件数は年度末の数である。\n\n"
    text = ("交通の報告\n\n一　課題\n" + table.format(n=1, name="事故") + table.format(n=2, name="違反")
            + "二　提言\n提言１　取締りを強める\n・警察が取締りを強める。\n")
    units = units_in(text, tmp_path)
    assert [u for u in units if u.kind == "note" and u.label] == []
