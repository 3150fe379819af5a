"""Layouts read in stop 66 (docs/inputs.md, "Stop 66"): a municipal external audit's 指摘 and
意見 (two numbered series side by side), problems enumerated with marks inside a paragraph
(①…こと、②…こと; （ⅰ）…、（ⅱ）…), an agreement's 申し合わせ1 …, a library council's minutes
answered by its director, public comments numbered No.1 …, and a PDF record whose turns fill
their lines."""

from __future__ import annotations

import pytest
from conftest import units_in

AUDIT = """包括外部監査の結果報告書

第１　外部監査の概要

１　外部監査の種類
　地方自治法に基づく包括外部監査である。

２　外部監査の方法
　関係書類を閲覧した。

第２　監査の結果

１　問題点

ア　点検が形式的である
　報告書の確認は押印にとどまる。

イ　督促が滞っている
　督促の記録がない。

２　指摘及び意見

(1)　指摘

（指摘１）報告の確認方法について
　所管課は、事業報告書の数値を入館者カウンターの記録と突合するなど、確認の手順を定められたい。

（指摘２）督促の徹底について
　督促を記録されたい。あわせて、次の措置を講じられたい。
　　(ア)　督促の一覧を作成すること
　　(イ)　弁償の基準を定めること

(2)　意見

（意見１）電子書籍の効果検証について
　契約の更新に先立ち、利用状況を分析して費用対効果を検証することが望ましい。検証に当たっては、次の点に留意されたい。
　　(ア)　利用者の年齢層を把握すること
　　(イ)　周知の方策を検討すること

（意見２）修繕計画の策定について
　修繕計画を策定することが望ましい。

第３　おわりに

　改善に活用されることを期待する。

別添　図書館協議会　第２回会議録（抜粋）

各委員の発言と館の回答の要旨を、発言順に記載した。
【Ａ委員】　電子書籍の契約料は、毎年上がっているのではないか。
【中央図書館長】　価格改定があり、契約料は１割ほど上がっている。
【Ｂ委員】　夏の閲覧室は暑くて長くいられない。
"""


def test_an_audits_findings_and_opinions_are_two_series_of_recommendations(tmp_path):
    units = units_in(AUDIT, tmp_path)
    recs = [u for u in units if u.kind == "recommendation"]
    assert [(u.label, u.group, u.title) for u in recs] == [
        ("指摘1", "指摘", "報告の確認方法について"), ("指摘2", "指摘", "督促の徹底について"),
        ("意見1", "意見", "電子書籍の効果検証について"), ("意見2", "意見", "修繕計画の策定について")]
    items = {u.parent_id: [] for u in units if u.kind == "recommendation_item"}
    for u in units:
        if u.kind == "recommendation_item":
            items[u.parent_id].append(u.text[:6])
    by_label = {u.unit_id: u.label for u in recs}
    assert {by_label[k]: v for k, v in items.items()} == {
        "指摘2": ["(ア) 督促", "(イ) 弁償"], "意見1": ["(ア) 利用", "(イ) 周知"]}


def test_the_subsections_of_a_numbered_introduction_are_introduction(tmp_path):
    units = units_in(AUDIT, tmp_path)
    part = {u.text: u.part for u in units}
    assert part["地方自治法に基づく包括外部監査である。"] == "intro"
    assert part["関係書類を閲覧した。"] == "intro"
    assert [u.text[:6] for u in units if u.kind == "problem"] == ["ア 点検が形", "イ 督促が滞"]


PLAIN_INTRO = """日米同盟に関する提言

令和７年３月

はじめに

　本稿は、会合の議論を踏まえて提言をとりまとめたものである。

（１）我が国を取り巻く情勢

　我が国は核の脅威に直面しており、同盟の抑止力の信頼性が問われている。

提言

１　協議を創設する
　政府は平時の協議を創設すべきである。
"""


def test_numbered_sections_below_an_unnumbered_introduction_are_not_introduction(tmp_path):
    """はじめに has no number: that the numbers below it nest inside it is the outline's guess."""
    units = units_in(PLAIN_INTRO, tmp_path)
    part = {u.text: u.part for u in units}
    assert part["本稿は、会合の議論を踏まえて提言をとりまとめたものである。"] == "intro"
    assert part["我が国は核の脅威に直面しており、同盟の抑止力の信頼性が問われている。"] == "problem"


def test_a_facility_director_answers_the_members_and_the_editors_note_is_no_remark(tmp_path):
    units = units_in(AUDIT, tmp_path)
    record = [(u.kind, u.text[:5]) for u in units if u.part == "workshop" and u.kind != "heading"]
    assert record == [("note", "各委員の発"), ("remark", "【Ａ委員】"), ("reply", "【中央図書"),
                      ("remark", "【Ｂ委員】")]


def test_the_editors_word_on_a_sessions_record_is_no_remark():
    """In a hearing held at a session (参考資料２　…（第２回検討会）, after the schedule of
    meetings), every line is read as said; the editor's line on what the record holds is not."""
    from pathlib import Path

    from dtx_nlp.inspect import units_of

    pdf = Path(__file__).parent / "reports" / "layouts48" / "sar_study_group.pdf"
    kinds = {u.text: u.kind for u in units_of(pdf)}
    assert kinds["各団体からの説明と委員との質疑の要旨を、発言順に記載した。"] == "note"
    assert kinds["（委員）協力してくれる漁船の数は、事前に分かるものなのか。"] == "remark"


# 〈意見１〉…。 in a record is a public comment, not an audit's opinion: 意見 numbers an
# entry only on a title line.
COMMENTS = """保育の確保に関する答申

令和８年２月　保育審議会

第１　現状と課題

　１歳児の枠が不足している。

第２　市が講ずべき方策

１　受入れ枠を確保すること
　分園を整備すべきである。

２　保育士の処遇を改善すること
　手当を引き上げるべきである。

答申案に対する市民意見の募集（パブリックコメント）の結果

〈意見１〉育休明けに入れず、復帰を遅らせた。枠を増やしてほしい。
〈意見２〉隣の市の方が手当が手厚い。
"""


def test_a_numbered_public_comment_is_no_recommendation(tmp_path):
    units = units_in(COMMENTS, tmp_path)
    assert [u.title for u in units if u.kind == "recommendation"] == [
        "受入れ枠を確保すること", "保育士の処遇を改善すること"]
    assert [u.kind for u in units if u.text.startswith("〈意見")] == ["remark", "remark"]


MARKED_PROBLEMS = """漁協の経営基盤強化に関する要望書

１　現状と課題

　聞き取りから、漁協を取り巻く課題は次のように整理される。
　まず経営面では、①組合員が減っていること、②手数料の収入が落ち込んでいること、③施設が老朽化していることが挙げられる。
　次に流通の面では、④水揚げ量が変動すること、⑤市場が分かれていることが課題である。
　三者は、（ⅰ）資格にばらつきがあること、（ⅱ）補償が明確でないことを、解決すべき課題として認識する。
　上記①と②の傾向は、この10年で強まっている。

２　要望事項

一、合併協議への支援について
　支援されたい。
"""


def test_problems_enumerated_with_marks_inside_paragraphs_are_problems(tmp_path):
    units = units_in(MARKED_PROBLEMS, tmp_path)
    assert [u.text for u in units if u.kind == "problem"] == [
        "まず経営面では、①組合員が減っていること、", "②手数料の収入が落ち込んでいること、",
        "③施設が老朽化していることが挙げられる。", "次に流通の面では、④水揚げ量が変動すること、",
        "⑤市場が分かれていることが課題である。", "三者は、（ⅰ）資格にばらつきがあること、",
        "（ⅱ）補償が明確でないことを、解決すべき課題として認識する。"]
    assert "上記①と②の傾向は、この10年で強まっている。" in [u.text for u in units]  # (a citation)


AGREEMENT = """# ドローン配送に関する政労使合意

## 前文

三者は、次のとおり合意した。

## 第1　現状認識

県内では実証運航が行われた。

三者は、（ⅰ）資格にばらつきがあること、（ⅱ）補償が明確でないことを、解決すべき課題として認識する。

三者は、（ⅰ）安全を、（ⅱ）雇用を重視する。

## 第2　申し合わせ

### 申し合わせ1　技能の基準を定める

基準を三者で定める。

### 申し合わせ2　補償の仕組みを明確にする

ひな形を作成する。

### 申し合わせ3　雇用を守る

解雇しないことを原則とする。

## 第3　今後の進め方

三者は、毎年進捗を確認する。

## 参考　公聴会における主な意見

| 発言者 | 発言 |
|---|---|
| 公述人Ａ | 操縦者の基準が必要だ。 |

## パブリックコメントの結果

**No.1**（川原町・70代）
除雪車が通った後、雪の塊が残る。

**No.2**（中央地区・40代）
補償がどうなるのか分からない。
"""


def test_an_agreements_own_numbering_word_and_its_sections(tmp_path):
    units = units_in(AGREEMENT, tmp_path, "agreement.md")
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "技能の基準を定める"), ("2", "補償の仕組みを明確にする"), ("3", "雇用を守る")]
    part = {u.text: u.part for u in units}
    assert (part["三者は、次のとおり合意した。"], part["県内では実証運航が行われた。"],
            part["三者は、毎年進捗を確認する。"]) == ("intro", "problem", "conclusion")


def test_a_run_of_marks_may_name_its_problems_after_its_last_point(tmp_path):
    units = units_in(AGREEMENT, tmp_path, "agreement.md")
    assert [u.text for u in units if u.kind == "problem"] == [
        "三者は、（ⅰ）資格にばらつきがあること、", "（ⅱ）補償が明確でないことを、解決すべき課題として認識する。"]
    assert "三者は、（ⅰ）安全を、（ⅱ）雇用を重視する。" in [u.text for u in units]  # (names none)


def test_public_comments_numbered_no_n_are_remarks(tmp_path):
    units = units_in(AGREEMENT, tmp_path, "agreement.md")
    assert [u.text[:4] for u in units if u.kind == "remark" and u.text.startswith("No.")] == [
        "No.1", "No.2"]


def test_series_words_may_carry_okurigana():
    from dtx_nlp.stages.series import series_words

    lines = ["申し合わせ1　基準", "申し合わせ2　補償", "申し合わせ3　雇用", "取組み1 a", "取組み2 b",
             "取組み3 c", "今後は1年以内に", "今後は2年以内に", "今後は3年以内に"]
    assert series_words(lines) == ["取組み", "申し合わせ"]


def test_a_pdf_record_turn_led_by_a_bracketed_speaker_starts_anew_after_a_full_line():
    """（説明者）…。 fills its line; the next turn, （委員）…, is a paragraph of its own (running
    text that ends a sentence at the edge runs on into the next line otherwise)."""
    from dtx_nlp.readers.pdf import _Column, _Line, _starts_paragraph

    col = _Column(50, 500, 10)
    full = _Line(1, "（説明者）漁船が捜索に加わっても燃料代は自己負担で、漁に出られなくなる。", 50, 100, 110,
                 10, False, 500)
    turn = _Line(1, "（委員）協力してくれる漁船の数は、事前に分かるものなのか。", 50, 85, 95, 10, False, 300)
    assert _starts_paragraph(full, turn, col)
    running = _Line(1, "漁船が捜索に加わっても燃料代は自己負担で、漁に出られなくなる。", 50, 100, 110, 10,
                    False, 500)
    assert not _starts_paragraph(running, turn, col)
    unended = _Line(1, "（説明者）漁船が捜索に加わっても燃料代は自己負担で、捜索が長引くと漁に出られな", 50,
                    100, 110, 10, False, 500)
    assert not _starts_paragraph(unended, _Line(1, "（委員）くなる。", 50, 85, 95, 10, False, 120), col)


DIET = """繊維製品の循環に関する調査報告

令和八年六月　資源循環調査会

第一　課題

　回収の経路が分かれている。

第二　提言

１　回収の窓口を一つにする
　国は回収の窓口を一本化すべきである。

参考　参考人に対する質疑の概要

○会長（大森淳一君）　これより参考人に対する質疑を行います。
○参考人（山岸透子君）　自治体の回収と店頭回収が別々に動いています。
○佐伯健吾君　混紡素材の分離について、実用化の見通しはどの程度立っているのでしょうか。
○参考人（戸田正和君）　実験室の段階では分離できていますが、量産には五年はかかると見ています。
○北野あかね君　学校で制服を回収する取組を広げるべきだと考えます。
"""


def test_in_the_diets_minutes_a_witness_answers_a_members_question(tmp_path):
    """○佐伯健吾君 is a member (君, no post in brackets); the chair's word on the proceedings
    (○会長（…君）　これより…を行います。) is no remark."""
    units = units_in(DIET, tmp_path)
    assert [(u.kind, u.text[:6]) for u in units if u.part == "workshop" and u.kind != "heading"] == [
        ("note", "○会長（大森"), ("remark", "○参考人（山"), ("remark", "○佐伯健吾君"),
        ("reply", "○参考人（戸"), ("remark", "○北野あかね")]


CIRCLED_ITEMS = """学校給食の充実に関するまとめ

１　課題

　給食費が食材費の上昇に追いついていない。

２　方策

方策１　調理員の確保と調理場の更新を進める
○　調理員の処遇改善により、働きやすい職場をつくる
○　老朽化した調理場の更新計画を策定する

方策２　食物アレルギー対応の標準を定める
○　県は標準を示し、学校ごとの判断の差を小さくする。対応の手順は毎年見直す。
"""


def test_circled_phrases_under_a_recommendation_are_its_items(tmp_path):
    """○ before a phrase that ends no sentence is an item; ○ before sentences stays as it was."""
    units = units_in(CIRCLED_ITEMS, tmp_path)
    items = [u.text for u in units if u.kind == "recommendation_item" and u.parent_id == "R01"]
    assert items == ["○ 調理員の処遇改善により、働きやすい職場をつくる", "○ 老朽化した調理場の更新計画を策定する"]
    second = next(u for u in units if u.unit_id == "R02")  # (its statement, as in a 中間整理)
    assert "○ 県は標準を示し" in second.text
    assert not [u for u in units if u.parent_id == "R02"]


TWO_CHAPTERS = """市税の滞納対策に関する報告

令和８年２月　滞納対策検討委員会

Ⅰ　はじめに

　本委員会は、市税の滞納対策について検討を重ねてきた。

Ⅱ　収納の現状と課題

　口座振替の利用が伸びていない。

Ⅲ　滞納を生まない仕組みづくりの提言

　滞納対策の基本は、納め忘れを防ぐことである。次の２点を提言する。

(1) 口座振替を推進する
　口座振替の申込みを窓口で案内すべきである。

(2) 早期に催告する
　督促状の発送後１か月以内に催告する体制を整えるべきである。

Ⅳ　確実な徴収に向けた提言

　納付が困難な市民には丁寧に寄り添うことが求められる。

(1) 債権管理室を設置する
　滞納案件を集約して一元的に管理すべきである。

(2) 福祉部門と連携する
　納付相談の窓口を福祉部門と共有すべきである。
"""


def test_recommendations_numbered_anew_in_each_of_two_sections_are_grouped_by_them(tmp_path):
    units = units_in(TWO_CHAPTERS, tmp_path)
    assert [(u.label, u.group) for u in units if u.kind == "recommendation"] == [
        ("3（1）", "滞納を生まない仕組みづくりの提言"), ("3（2）", "滞納を生まない仕組みづくりの提言"),
        ("4（1）", "確実な徴収に向けた提言"), ("4（2）", "確実な徴収に向けた提言")]
    lead = next(u for u in units if u.text.startswith("滞納対策の基本は"))
    assert (lead.kind, lead.part) == ("recommendation_context", "recommendations")


def test_a_label_with_a_roman_group_number_is_printed_in_digits():
    from dtx_nlp.stages.outline import printed_label

    assert [printed_label(x) for x in ("Ⅲ(1)", "Ⅳ（２）", "Ⅲ")] == ["3（1）", "4（2）", "3"]


def test_the_entries_of_one_recommendations_section_are_not_grouped_by_it():
    """shobodan_chukan (layouts25): its one recommendations section holds 1–4 and no groups."""
    from pathlib import Path

    from dtx_nlp.inspect import units_of

    report = Path(__file__).parent / "reports" / "layouts25" / "shobodan_chukan.txt"
    assert [(u.label, u.group) for u in units_of(report) if u.kind == "recommendation"] == [
        ("1", ""), ("2", ""), ("3", ""), ("4", "")]


QA_HEADINGS = """# 太陽光発電と地域の共生に関する提言

## 1　課題

排水施設の点検が行われていない。

## 2　提言

### 提言1　点検を求める

事業者に点検を求めるべきである。

## 別添　地域説明会における主な質疑

### Ｑ１．大雨のたびに土砂が流れてこないか不安だ。（大滝地区・住民）

Ａ１．排水施設の点検を事業者に求める。

### Ｑ２．なぜ事前に説明がないのか。（大滝地区・自治会長）

Ａ２．説明会を開くことを条例で定めるよう、県に求めていく。

### テーマ1　通信基盤の整備

- 谷の集落には光回線がない。

### Ｑ３　費用の負担について

- 撤去の費用は誰が負担するのか分からない。
"""


def test_a_question_set_as_a_heading_in_a_record_is_a_remark_and_its_answer_a_reply(tmp_path):
    """Ｑ１．…だ。（地区・住民） in Word's Heading 3 says something: a remark, not a topic; a
    heading that says nothing (テーマ1　通信基盤の整備) stays a topic."""
    units = units_in(QA_HEADINGS, tmp_path, "qa.md")
    assert units[0].part == "front"  # (the title introduces nothing)
    assert [(u.kind, u.text[:3]) for u in units if u.part == "workshop" and u.kind != "heading"] == [
        ("remark", "Ｑ１．"), ("reply", "Ａ１．"), ("remark", "Ｑ２．"), ("reply", "Ａ２．"),
        ("session_topic", "テーマ"), ("remark", "・谷の"), ("session_topic", "Ｑ３ "),
        ("remark", "・撤去")]


THEMES = """# 通信基盤に関する要望書

## １　課題

光回線が整備されていない。

## ２　要望事項

### 要望１　光回線の整備を支援すること

国は整備を支援されたい。

## 【参考】会員企業との意見交換会の概要

テーマ1　通信基盤の整備

・谷の集落には光回線がなく、図面の送受信に半日かかる。

テーマ2　災害への備え

・停電した際、三日間にわたって電話もつながらなかった。
"""


def test_a_theme_line_in_a_record_is_a_topic(tmp_path):
    units = units_in(THEMES, tmp_path, "themes.md")
    assert [(u.kind, u.text[:4]) for u in units if u.part == "workshop" and u.kind != "heading"] == [
        ("session_topic", "テーマ1"), ("remark", "・谷の集"), ("session_topic", "テーマ2"),
        ("remark", "・停電し")]


def test_a_row_merged_across_a_record_table_is_a_title_not_a_statement():
    from dtx_nlp.readers.common import record_blocks

    theme = ["テーマ1　通信基盤の整備"]
    rows = [[["No."], ["発言者"], ["主な意見"], ["事務局の回答"]],
            [theme, theme, theme, theme],
            [["1"], ["A社"], ["谷の集落には光回線がない。"], ["国に要望する。"]],
            [["2"], ["B社"], ["更新には数億円が必要になる。"], ["－"]]]
    blocks = record_blocks(rows, 0)
    assert [b.text for b in blocks[1:]] == ["テーマ1　通信基盤の整備", "・谷の集落には光回線がない。",
                                            "→国に要望する。", "・更新には数億円が必要になる。"]


BRIEF = """# 地域スポーツ施設の再編に向けて

## 1．背景

公共スポーツ施設は1970年代に集中的に整備された。

## 2．何が問題か

調査から、次の二つの問題が浮かび上がった。

第一に、施設の老朽化が進んでいる。第二に、利用が特定の団体に偏っている。

## 3．提言

### 提言Ａ　費用を見える化する

施設ごとの費用を公表すべきである。
"""


def test_a_problem_section_titled_by_a_question_makes_the_background_an_introduction(tmp_path):
    units = units_in(BRIEF, tmp_path, "brief.md")
    part = {u.text: u.part for u in units}
    assert part["公共スポーツ施設は1970年代に集中的に整備された。"] == "intro"
    assert [u.text for u in units if u.kind == "problem"] == ["第一に、施設の老朽化が進んでいる。",
                                                              "第二に、利用が特定の団体に偏っている。"]


OPENING = """漁港の再編に関する答申

令和８年２月　漁港審議会

■　本答申の構成

　本答申は三つの部分からなる。

第１　答申に当たって

　本審議会は、知事から漁港の再編について諮問を受け、審議を重ねてきた。

第２　現状と課題

　利用の少ない漁港の維持費が増えている。

第３　講ずべき方策

１　漁港を集約すること
　県は利用の少ない漁港を集約すべきである。
"""


def test_the_first_numbered_section_before_the_problems_introduces_the_report(tmp_path):
    units = units_in(OPENING, tmp_path)
    part = {u.text: u.part for u in units}
    assert part["本審議会は、知事から漁港の再編について諮問を受け、審議を重ねてきた。"] == "intro"
    assert part["利用の少ない漁港の維持費が増えている。"] == "problem"


@pytest.mark.parametrize("heading, role", [
    ("今後の対応方針", "recommendations"), ("監察結果及び所見", "problem"), ("監査結果", "problem"),
    ("現状認識", "problem"), ("前文", "intro"), ("対応の経過", "")])
def test_section_roles_read_in_stop_66(cfg, heading, role):
    from dtx_nlp.stages.outline import _role

    assert _role(heading, cfg.outline) == role


HELD = """コミュニティ放送局に関する説明会の実施結果（報告）

令和８年１１月１０日　総務課

１　趣旨

　町は、説明会を開き、町民の意見を聞いた。

２　開催状況

　４会場で延べ１８６人が参加した。

３　説明会を通じて明らかになった課題

　説明会での意見を整理すると、課題は次の２点に集約される。第一に、受信しにくい地区がある。第二に、運営費の負担が見えない。

４　今後の対応方針

（１）受信状況を調査する
　町は中継局の設置を検討する。
"""


def test_unnamed_sections_before_the_named_problems_go_on_with_the_introduction(tmp_path):
    units = units_in(HELD, tmp_path)
    part = {u.text: u.part for u in units}
    assert part["４会場で延べ１８６人が参加した。"] == "intro"
    assert [u.text for u in units if u.kind == "problem"] == ["第一に、受信しにくい地区がある。",
                                                              "第二に、運営費の負担が見えない。"]
    assert [u.title for u in units if u.kind == "recommendation"] == ["受信状況を調査する"]


def test_only_sections_at_the_introductions_level_go_on_with_it():
    """kowan_torimatome (layouts29): the headings that group its recommendations stand before its
    problem sections but below the introduction's level; they keep grouping."""
    from pathlib import Path

    from dtx_nlp.inspect import units_of

    report = Path(__file__).parent / "reports" / "layouts29" / "kowan_torimatome.txt"
    assert [u.group for u in units_of(report) if u.kind == "recommendation"] == [
        "コンテナターミナルの処理能力", "コンテナターミナルの処理能力", "トラック輸送との接続",
        "トラック輸送との接続", "港湾の担い手"]
