"""Records of stop 65's opened test sets (layouts46, layouts47), each a shape real minutes use:
a speaker in round brackets with no space before what was said (（保護団体連絡協議会）寄付…), a
panel's members called 構成員 whose questions the party heard answers, speakers in tortoise-shell
brackets (〔養蜂家Ａ〕…) but not a note (〔注1〕…), and an appendix headed in round brackets
（別紙）; a subject or a theme in angle brackets (＜飼育届について＞, 〈テーマ２　就業と定着〉) names a
topic, and a speaker introduced by name and honorific (○参考人　…　氏) is neither topic nor remark."""

from __future__ import annotations

from conftest import units_in

HEARING = """犬猫の共生に関する報告書

第１　はじめに
　本報告は懇談会の議論をまとめたものである。

第２　課題
○　保護団体の医療費が賄えていない。

第３　提言
１　保護団体を公的に支える
　自治体が団体を登録する。

第４　おわりに
　施策に生かされることを期待する。

参考　関係団体からのヒアリング

（地域包括支援センター連絡会）記録する欄がなく、情報が共有されない。
（Ａ構成員）保護団体の質にはばらつきがある。基準が必要ではないか。
（保護団体ネットワーク）同感である。自主基準の案を作っている。
（Ｂ構成員）虐待の通報の後の対応も議論すべきである。
〔養蜂家Ａ〕届出の様式がどこにあるのか分かりにくい。
〔注1〕発言は要旨である。
（資料）事務局作成
"""


def _kinds(units, kind):
    return [u.text for u in units if u.kind == kind]


def test_speakers_in_brackets_with_no_space_remark_and_a_panel_member_is_answered(tmp_path):
    units = units_in(HEARING, tmp_path)
    remarks = _kinds(units, "remark")
    assert [r[:6] for r in remarks] == ["（地域包括支", "（Ａ構成員）", "（Ｂ構成員）", "〔養蜂家Ａ〕"]
    assert [r[:6] for r in _kinds(units, "reply")] == ["（保護団体ネ"]
    notes = _kinds(units, "note")
    assert any(n.startswith("〔注1〕") for n in notes)
    assert any(n.startswith("（資料）") for n in notes)


def test_an_appendix_headed_in_round_brackets_is_a_heading_at_the_level_of_the_others(cfg):
    """（別紙）… is an appendix as 参考　… is (one level: the unnumbered headings'); （資料） and
    （参考） label a source or an aside, so in round brackets they head nothing."""
    from dtx_nlp.stages.outline import heading_of
    from dtx_nlp.types import Paragraph

    def key(text):
        found = heading_of(0, Paragraph(text, 0, len(text), 1, emphasis=True), cfg.outline)
        return found and found[1]

    assert key("（別紙）構成員名簿") == key("参考　関係団体からのヒアリング") == ("plain",)
    assert key("（資料）事務局作成") != ("plain",)
    assert key("（参考）国の統計") != ("plain",)


def test_a_subject_or_a_theme_in_angle_brackets_is_a_topic_other_labels_are_not(tmp_path):
    text = HEARING.replace("（地域包括支援センター連絡会）", "＜見守りについて＞\n（地域包括支援センター連絡会）").replace(
        "〔養蜂家Ａ〕", "〈テーマ２　就業と定着〉\n〔養蜂家Ａ〕").replace("〔注1〕", "＜説明の要旨＞\n〔注1〕")
    units = units_in(text, tmp_path)
    topics = [u for u in units if u.kind == "session_topic"]
    assert [t.title for t in topics] == ["見守りについて", "テーマ２ 就業と定着"]  # (cleaned: one space)
    assert "＜説明の要旨＞" not in [t.text for t in topics]


def test_a_speaker_introduced_by_name_and_honorific_is_a_note_not_a_topic(tmp_path):
    """○参考人　…部会長　長谷部　亮　氏 over the ◇ statements says who speaks (snow_assembly); a
    marked line naming a subject stays a topic."""
    text = HEARING.replace("（地域包括支援センター連絡会）", "○参考人　建設業協会除雪部会長　長谷部　亮　氏\n"
                           "◇待機の費用が委託料に入っていない。\n○除雪体制について\n（地域包括支援センター連絡会）")
    units = units_in(text, tmp_path)
    assert [u.text for u in units if u.kind == "session_topic"] == ["○除雪体制について"]
    assert any(u.kind == "note" and u.text.endswith("長谷部 亮 氏") for u in units)
    assert any(u.kind == "remark" and u.text.startswith("◇待機") for u in units)
