"""A problem's or recommendation's word numbered by a katakana, a letter or a bracketed
number (課題（ア）, 提言Ａ, 提言（ウ）), and measures numbered by small Roman numerals (ⅰ　…):
read as numbered problems, recommendations and their items, on a small report written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from dtx_nlp.inspect import units_of

REPORT = """港湾の維持管理に関する提言

１．はじめに
　本会議は港湾施設の老朽化について検討を行った。その結果を以下にまとめる。

２．課題
課題（ア）点検体制の不足
　地方の港湾では点検を担う技術職員が不足している。点検の頻度も施設ごとに異
なる。
課題（イ）更新費用の増大
　更新費用は年々増加しており、財源の確保が難しい。後に述べる対策は
提言（ア）で述べた点検体制と一体で進める必要がある。
課題（ウ）情報の分散
　施設の台帳が紙で管理され、情報が共有されていない。

３．提言
提言Ａ　点検体制の強化
ⅰ　技術職員の広域的な派遣制度を設けること。
ⅱ　ドローンによる点検を標準化すること。
提言Ｂ　財源の確保
ⅰ　更新費用の平準化計画を策定すること。
ⅱ　民間資金の活用を検討すること。
提言（ウ）台帳の電子化
ⅰ　施設台帳を電子化し、関係機関で共有すること。
"""


@pytest.fixture(scope="module")
def units(tmp_path_factory) -> list:
    path = Path(tmp_path_factory.mktemp("numbering")) / "port.txt"
    path.write_text(REPORT, encoding="utf-8")
    return units_of(path)


def test_problems_numbered_by_a_katakana_in_brackets_are_problems(units):
    problems = [u for u in units if u.kind == "problem"]
    assert [u.text.split("\n")[0] for u in problems] == [
        "課題（ア）点検体制の不足", "課題（イ）更新費用の増大", "課題（ウ）情報の分散"]


def test_a_line_citing_a_recommendation_stays_in_its_sentence(units):
    second = [u for u in units if u.kind == "problem"][1]
    assert second.text.endswith("提言（ア）で述べた点検体制と一体で進める必要がある。")


def test_recommendations_numbered_by_a_letter_or_a_bracketed_katakana(units):
    recs = [u for u in units if u.kind == "recommendation"]
    assert [u.text for u in recs] == ["提言Ａ 点検体制の強化", "提言Ｂ 財源の確保",
                                      "提言（ウ）台帳の電子化"]


def test_measures_numbered_by_small_roman_numerals_are_items(units):
    recs = [u for u in units if u.kind == "recommendation"]
    items = [[u.text for u in units if u.kind == "recommendation_item" and u.parent_id == r.unit_id]
             for r in recs]
    assert [len(i) for i in items] == [2, 2, 1]
    assert items[0][1] == "ⅱ ドローンによる点検を標準化すること。"
