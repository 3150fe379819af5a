"""Test reports read whole since stop 64: a contents heading in brackets (【目次】), a heading
printed twice with its number (in a summary and in the body) that is no running header, and a
flat summary in front whose first section is a background (docs/inputs.md, "Stop 64")."""

from __future__ import annotations

import pytest

from conftest import count_in_test_report


@pytest.mark.parametrize("name, kind, count", [
    # 【目次】 over the chapters: its entries were read as headings, the whole body one record
    ("heldout_long18/river_management.txt", "problem", 7),  # 問題点1.–7.
    ("heldout_long18/river_management.txt", "recommendation", 8),  # ＜提言1＞–＜提言8＞
    # 要旨 › 1 作成の背景, 2 現状及び問題点, 3 提言の内容 before 1 はじめに … 2 現状及び問題点
    ("layouts6/nogyo_tekio.pdf", "problem", 7),  # 第一に…第七に
    # 審議の概要 after the chapters is no report's beginning: the chapters keep their parts
    ("heldout_long20/home_medical_care.txt", "problem", 7),
    # (since stop 66 the subsections of Ⅰ　検討の背景と目的, １．人口構造と死亡場所の変化 and
    # ２．本検討会の目的と検討範囲, are its introduction, not context of the problems after it)
    ("heldout_long20/home_medical_care.txt", "problem_context", 35),
    ("heldout_long20/home_medical_care.txt", "intro", 6),
])
def test_test_reports_give_the_counts_asked_for(name, kind, count):
    assert count_in_test_report(name, kind) == count
