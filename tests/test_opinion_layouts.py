"""Layouts of stop 64's opened test sets (layouts44, layouts45), each a shape real documents use:
an 意見書 whose 意見の趣旨 asks in numbered sentences with (1), (2) lines below them; problems
opened by 第１に、 in digits; an interview's record; speakers named in round brackets
（森林組合）　…; an answer to a question that names its speaker or comes from the floor; a
speaker marked as answering, …（回答）：; a run-in title, （1）title。body; a plan's closing
chapter, 計画の推進に当たって."""

from __future__ import annotations

from conftest import units_in

OPINION = """利用者保護に関する意見書

第１　意見の趣旨

１　事業者に対し、利用者の支払能力を調査する義務を法律で定めるべきである。
２　利用について、次の措置を講じるべきである。
　(1)　利用限度額を設け、複数の事業者での利用を合算して管理すること
　(2)　遅延損害金に上限を設けること
３　相談体制を拡充すべきである。

第２　意見の理由

１　はじめに
　後払い決済の利用が広がっている。

２　問題点
　主な問題点は、次のとおりである。
　第１に、利用時の審査が極めて簡易である。
　第２に、債務が容易に膨らむ。

３　結語
　速やかに措置を講じるよう求める。

別紙　シンポジウムのパネルディスカッション要旨

工藤：審査が簡易なのは、少額で期間が短いという前提があるからだ。
工藤：森下さんに伺いたい。信用情報機関への登録に反対する理由はあるのか。
森下：反対はしていない。登録の費用が課題だと考えている。
戸田：手数料に上限がないことが問題だ。
会場（保護者）：子どもが親に知られずに使えるのが不安だ。保護者が把握する方法はないのか。
森下：確認の方法は事業者ごとに異なる。
"""


def _kinds(units, kind):
    return [u.text for u in units if u.kind == kind]


def test_asks_in_numbered_sentences_are_the_recommendations_and_the_lines_below_their_items(
        tmp_path):
    units = units_in(OPINION, tmp_path)
    recs = [u for u in units if u.kind == "recommendation"]
    assert [r.label for r in recs] == ["1", "2", "3"]
    assert recs[1].title.startswith("利用について、次の措置")
    items = [u for u in units if u.kind == "recommendation_item"]
    assert [i.parent_id for i in items] == [recs[1].unit_id] * 2


def test_problems_opened_by_an_ordinal_word_in_digits(tmp_path):
    problems = _kinds(units_in(OPINION, tmp_path), "problem")
    assert [p[:4] for p in problems] == ["第１に、", "第２に、"]


def test_an_answer_to_a_question_naming_its_speaker_or_from_the_floor_is_a_reply(tmp_path):
    units = units_in(OPINION, tmp_path)
    assert [r[:3] for r in _kinds(units, "reply")] == ["森下：", "森下："]
    assert len(_kinds(units, "remark")) == 4  # 工藤 twice (the first no question), 戸田, 会場


def test_a_question_naming_no_one_or_the_same_speaker_gets_no_reply(tmp_path):
    text = OPINION.replace("森下さんに伺いたい。", "").replace(
        "会場（保護者）：子どもが親に知られずに使えるのが不安だ。保護者が把握する方法はないのか。",
        "会場（保護者）：子どもが親に知られずに使えるのが不安だ。")
    assert _kinds(units_in(text, tmp_path), "reply") == []


RECORDS = """林道の整備に関する計画

第１　はじめに
　本計画は林道の整備の方向を示す。

第２　課題
○　古い橋の点検が進んでいない。

第３　施策の方向
１　橋の点検を進める
　県は点検を支援する。
２　情報を共有する
　通行止めの情報を公開する。

第４　計画の推進に当たって
　県は毎年度、進み具合を点検する。

参考　地域懇談会における主な意見（要旨）

（森林組合）　古い橋の点検結果が出ないまま通行している。
（県）　橋の点検に小型無人機を使う方法を検討している。
（集落代表）　毎年同じ場所の路肩が崩れる。
（参考）　発言は要旨である。
・汐見臨海鉄道（回答）：ダイヤを合わせる調整をしている。
"""


def test_speakers_in_round_brackets_remark_and_the_government_and_those_marked_answering_reply(
        tmp_path):
    units = units_in(RECORDS, tmp_path)
    assert [r[:6] for r in _kinds(units, "remark")] == ["（森林組合）", "（集落代表）"]
    assert [r[:3] for r in _kinds(units, "reply")] == ["（県）", "・汐見"]
    assert any(n.startswith("（参考）") for n in _kinds(units, "note"))


def test_a_plan_closes_with_how_it_is_carried_out(tmp_path):
    """第４　計画の推進に当たって closes a plan as 計画の推進 does: its text is the conclusion."""
    assert _kinds(units_in(RECORDS, tmp_path), "conclusion") == ["県は毎年度、進み具合を点検する。"]


RUN_IN = """災害伝承に関する提言

1　はじめに
　本分科会は審議を重ねた。

2　問題点
　第一に、保存の予算が単年度である。
　第二に、権利処理の指針がない。

3　提言
　以上を踏まえ、次のとおり提言する。
(1)　アーカイブを公的事業として位置付ける。国は、運営の費用を恒常的に確保すべきである。
(2)　権利処理の指針を示す。国は、公開の判断の目安を示すべきである。

4　おわりに
　記憶を手渡すことが求められる。
"""


def test_a_numbered_paragraph_with_a_run_in_title_is_titled_by_its_first_sentence(tmp_path):
    recs = [u for u in units_in(RUN_IN, tmp_path) if u.kind == "recommendation"]
    assert [r.title for r in recs] == ["アーカイブを公的事業として位置付ける", "権利処理の指針を示す"]


INTERVIEW = """地域スポーツクラブの運営

はじめに
　地域クラブの運営を調べた。

何が問題か
・指導者が不足している。
・会費が上がっている。

政策提言
１　市区町村に支援の窓口を置くべきである。
２　指導者の謝金の基金を設けるべきである。

むすび
　クラブの持続には支えが要る。

付録　クラブ関係者へのインタビュー（抄録）

代表：中学校の部活動が地域に移ってから、会員が倍になった。
保護者会長：月会費を上げたら、やめた家庭があった。
"""


def test_an_interview_is_a_record(tmp_path):
    remarks = _kinds(units_in(INTERVIEW, tmp_path), "remark")
    assert [r[:3] for r in remarks] == ["代表：", "保護者"]
