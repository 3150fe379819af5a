"""A line in brackets alone above numbered asks names their group (〔県が主体となって取り組むべき
事項〕 over (1)…(3), 〔市町村と連携して取り組むべき事項〕 over (4)…), as an assembly committee's
report prints it (layouts47's snow_assembly); a bracketed line naming the entries' own word
(〔提言〕 over 提言１) names the section, not a group."""

from __future__ import annotations

from conftest import units_in

REPORT = """除雪対策調査特別委員会調査報告書

一　調査の経過
　本委員会は、大雪を受けて調査を行った。

二　現状と課題
１　担い手の高齢化
　オペレーターの平均年齢は五十八歳に達した。
２　機械の老朽化
　耐用年数を超えた機械が三割に上る。

三　提言
　以上を踏まえ、次のとおり提言する。
〔県が主体となって取り組むべき事項〕
(1)　担い手の確保に向けた対策を講じること
　若手の育成を支援する。
(2)　機械を計画的に更新すること
　更新計画を策定する。
〔市町村と連携して取り組むべき事項〕
(3)　雪下ろしを地域で支える仕組みを整えること
　協力隊の結成を支援する。

四　むすび
　県当局の取組を求める。
"""


def _recs(units):
    return [(u.label, u.group) for u in units if u.kind == "recommendation"]


def test_a_bracketed_line_above_numbered_asks_names_their_group(tmp_path):
    units = units_in(REPORT, tmp_path)
    assert _recs(units) == [("1", "県が主体となって取り組むべき事項"), ("2", "県が主体となって取り組むべき事項"),
                            ("3", "市町村と連携して取り組むべき事項")]
    assert "〔市町村と連携して取り組むべき事項〕" in [u.text for u in units if u.kind == "heading"]
    assert not any("〔" in u.text for u in units if u.kind == "recommendation")


def test_a_bracketed_line_naming_the_entries_word_is_no_group(tmp_path):
    text = REPORT.replace("〔県が主体となって取り組むべき事項〕", "〔提言〕").replace(
        "〔市町村と連携して取り組むべき事項〕\n", "").replace("(1)　", "提言１　").replace(
        "(2)　", "提言２　").replace("(3)　", "提言３　")
    assert [g for _, g in _recs(units_in(text, tmp_path))] == ["", "", ""]
