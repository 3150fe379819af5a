"""Structure inference on small inputs written for these tests (no parsing, no profile)."""

from __future__ import annotations

import pytest

from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.layouts import find_structure
from dtx_nlp.stages.outline import printed_label
from dtx_nlp.types import SourceDoc


def _units(text: str, cfg):
    doc = clean(SourceDoc("t", "t.txt", text, "utf-8"), cfg.clean)
    structure = find_structure(doc, cfg)
    assert structure.layout == "inferred"
    return structure.units


def _recs(units):
    return [(u.unit_id, u.label, u.group, u.title) for u in units if u.kind == "recommendation"]


@pytest.mark.parametrize("printed, number", [("⑵", 2), ("⒇", 20), ("⒈", 1), ("⑳", 20), ("（１２）", 12), ("❶", 1), ("➉", 10), ("➋", 2)])
def test_numbers_in_one_character(printed, number):
    from dtx_nlp.stages.segment import parse_number

    assert parse_number(printed) == number


@pytest.mark.parametrize("printed, label", [
    ("（１）", "1"), ("(12)", "12"), ("４．２（３）", "4.2（3）"), ("4.1(1)", "4.1（1）"), ("３", "3"),
    ("❸", "3"),
])
def test_printed_labels(printed, label):
    assert printed_label(printed) == label


TITLED = """海洋ごみ対策に関する政策提言

１．はじめに

　本稿は海洋ごみの対策を論じる。

２．現状と課題

（１）回収の遅れ
　漂着ごみの回収が追いつかない。

（２）発生源の不明
　ごみの発生源が特定できていない。

３．提言

（１）回収体制の広域化
　県境を越えて回収船を融通する。

（２）発生源調査の実施
　流域ごとに発生源を調べる。
"""


def test_a_title_naming_the_report_a_proposal_is_no_recommendations_section(cfg):
    units = _units(TITLED, cfg)
    assert units[0].kind == "front"
    assert _recs(units) == [("R01", "1", "", "回収体制の広域化"), ("R02", "2", "", "発生源調査の実施")]
    assert [u.kind for u in units if u.text.startswith("（")] == ["problem", "problem",
                                                                  "recommendation", "recommendation"]


GROUPED = """第1章　はじめに

　本書は地域交通を論じる。

第2章　提言

2.1　国に対して

（1）運行補助の拡充
　赤字路線の運行補助を拡充する。

（2）人材確保の支援
　運転手の確保を支援する。

2.2　自治体に対して

（1）路線の再編
　需要に応じて路線を再編する。
"""


def test_numbers_restarting_in_groups_keep_unique_ids_and_qualified_labels(cfg):
    assert _recs(_units(GROUPED, cfg)) == [
        ("R01", "2.1（1）", "国に対して", "運行補助の拡充"),
        ("R02", "2.1（2）", "国に対して", "人材確保の支援"),
        ("R01b1", "2.2（1）", "自治体に対して", "路線の再編")]


WORKSHOP = """１．提言

提言１．相談窓口の一本化
　窓口を一つにまとめる。

２．議事録

セッション1　相談の現場
○窓口の混雑
・窓口が混んでいて、相談に一時間待つことがある。
⇒予約制にすれば待ち時間は減る。
○ 予約の仕組みは高齢者には使いにくいという声が多かった。
-> 電話予約を残せばよい。
"""


def test_variant_marks_keep_topics_and_replies(cfg):
    units = _units(WORKSHOP, cfg)
    kinds = [(u.kind, u.text[:2]) for u in units if u.part == "workshop"]
    assert kinds == [("heading", "２．"), ("session", "セッ"), ("session_topic", "○窓"),
                     ("remark", "・窓"), ("reply", "⇒予"), ("remark", "○ "), ("reply", "->")]


RESPONSES = """１．提言

提言１．公共交通の無償化
　高齢者の運賃を無償にする。

２．想定される懸念と対応

　財源が不足するとの懸念には、観光客からの協力金で応える。
"""


def test_a_responses_section_gets_response_units(cfg):
    units = _units(RESPONSES, cfg)
    assert [u.kind for u in units if u.part == "responses"] == ["heading", "response"]


SECTIONS = """はじめに
　本稿は森林の管理を論じる。

第1章　現状と課題
第1節　担い手
　林業の担い手が減っている。
第2節　境界
　所有者不明の森林が増えている。

第2章　政策提言
2-1　国の役割
（１）境界確定の支援
　国は境界の確定を支援する。
（２）担い手の育成
　林業大学校を拡充する。
2-2　市町村の役割
（１）森林情報の整備
　市町村は森林の情報を整える。

おわりに
　森林は国土の基盤である。
"""


def test_hyphenated_sections_group_recommendations_and_節_headings_are_problems(cfg):
    units = _units(SECTIONS, cfg)
    assert _recs(units) == [("R01", "2-1（1）", "国の役割", "境界確定の支援"),
                            ("R02", "2-1（2）", "国の役割", "担い手の育成"),
                            ("R01b1", "2-2（1）", "市町村の役割", "森林情報の整備")]
    assert [u.text for u in units if u.kind == "problem"] == [
        "第1節 担い手\n林業の担い手が減っている。", "第2節 境界\n所有者不明の森林が増えている。"]


def test_role_words_spaced_out_in_a_heading_still_name_the_section(cfg):
    units = _units(TITLED.replace("３．提言", "３． 提　 言"), cfg)
    assert [u.part for u in units if u.text.startswith("３．")] == ["recommendations"]
    assert [u.group for u in units if u.kind == "recommendation"] == ["", ""]


DISPLACED = """はじめに

　本稿は河川の治水について提言する。

１　現状と課題

（１）堤防の老朽化
　堤防の多くが築後五十年を超えている。

（１）流域の連携
【提言１】流域治水協議会の常設
　流域の自治体が常設の協議会を置く。

【提言２】遊水地の計画的な確保
　遊水地を計画的に確保する。

２　提言

【提言３】流域単位の予算の創設
　流域単位で予算を組む。

（２）住民の備え
【提言４】避難訓練の定例化
　避難訓練を毎年行う。
"""


def test_a_part_heading_between_two_recommendations_does_not_end_their_group(cfg):
    """PDF extraction can move a part heading (here ２　提言) into the middle of a group: the
    recommendation after it stays in the group the one before it opened."""
    groups = [g for _, _, g, _ in _recs(_units(DISPLACED, cfg))]
    assert groups == ["流域の連携", "流域の連携", "流域の連携", "住民の備え"]


LOOSE_LIST = """# 港湾の脱炭素化に向けた提言

## はじめに

本稿は港湾の脱炭素化を論じる。

1. 電化の現状
2. 水素の価格

## 提言

1. 陸上電力供給を義務化する

   停泊中の船舶に陸上電力の利用を求める。

2. 水素の受入れ拠点を整備する

   輸入水素の貯蔵と配送の拠点を港湾に置く。
"""


def test_a_loose_numbered_list_titles_its_entries_as_headings_do(cfg):
    """Markdown writes "1. title" + an indented body paragraph as a list item and a paragraph:
    the item titles its body as a numbered heading does in plain text. A tight list of
    sentences stays a list."""
    from dtx_nlp.stages.ingest import read_document

    source = read_document_from(LOOSE_LIST, "loose.md", read_document)
    units = find_structure(clean(source, cfg.clean), cfg).units
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "陸上電力供給を義務化する"), ("2", "水素の受入れ拠点を整備する")]
    r01 = next(u for u in units if u.unit_id == "R01")
    assert r01.text.endswith("停泊中の船舶に陸上電力の利用を求める。")
    assert not any(u.kind == "heading" and "電化" in u.text for u in units)  # a tight list


def read_document_from(text: str, name: str, read):
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    (folder / name).write_text(text, encoding="utf-8")
    return read(folder / name)


# A plain-text report with one paragraph per line (not hard-wrapped): unnumbered part headings,
# （N） problems under one, 【提言N】 titles with their text on the next line, おわりに and a
# workshop heading each followed by an empty line, and a recommendation citing another.
ONE_LINE_PARAGRAPHS = """港湾の防災に関する提言

はじめに

本稿は、港湾の防災体制について、関係者の議論を踏まえて課題と対応策を整理したものである。

現状と課題

（1）岸壁の老朽化
高度成長期に整備された岸壁の多くが更新の時期を迎えているが、予算の制約から更新が進まない。

（2）避難路の不足
津波の際に港湾で働く人が逃げる経路が定められておらず、訓練も行われていない港が多い。

政策提言

【提言1】岸壁の計画的な更新
国は、岸壁の劣化の度合いを点検し、危険の大きいものから順に更新する計画を定めるべきである。
【提言2】避難路の指定と訓練
港湾管理者は、避難路を指定して掲示し、毎年の訓練でその経路を確かめるべきである。
【提言3】財政支援の条件
提言1で示した更新計画を定めた港湾管理者に、国の支援を重点的に配分すべきである。

おわりに

港湾の防災は、国と港湾管理者の双方の取組が揃って初めて実効性を持つものである。
"""


def test_one_paragraph_per_line_headings_titles_and_a_citing_sentence(cfg):
    units = _units(ONE_LINE_PARAGRAPHS, cfg)
    assert _recs(units) == [("R01", "1", "", "岸壁の計画的な更新"),
                            ("R02", "2", "", "避難路の指定と訓練"),
                            ("R03", "3", "", "財政支援の条件")]
    problems = [u for u in units if u.kind == "problem"]
    assert [u.text.split("\n")[0] for u in problems] == ["（1）岸壁の老朽化", "（2）避難路の不足"]
    assert "高度成長期" in problems[0].text and "津波の際" in problems[1].text  # with their text
    assert [u.kind for u in units if u.text.startswith("港湾の防災は")] == ["conclusion"]


def test_a_paragraph_starting_with_a_cited_recommendation_is_not_one():
    from dtx_nlp.config import load_config

    numbering = load_config(None).outline.numbering["recommendation"]
    assert numbering.match("提言2　避難路") and numbering.match("【提言２】避難路")
    assert numbering.match("提言２．避難路") and numbering.match("提言 2")
    assert not numbering.match("提言2で示した要件") and not numbering.match("提言１の実施")


# Government style: 第N parts, 方策N measures with (N) items, a （参考） record of ○ opinions.
GOVERNMENT = """市街地の緑化に関する報告

第1　総論

本報告は、市街地の緑を増やすための課題と方策を、有識者の意見を踏まえて整理したものである。

第2　現状と課題

1．街路樹の管理費が不足している
街路樹の剪定や点検の費用が年々削られ、倒木の危険がある木も放置されている。

2．緑地の担い手が高齢化している
公園の清掃や花壇の手入れを担う住民団体の構成員が高齢化し、活動の継続が難しくなっている。

第3　今後の方策

方策1　街路樹の管理を計画的に行う
市は、街路樹の健康状態を調べ、危険度に応じた管理の計画を定めるべきである。
(1) 樹木ごとの点検記録を整える
(2) 危険度の高い木から順に更新する

方策2　緑地の担い手を広げる
市は、企業や学生が公園の手入れに参加できる仕組みを設けるべきである。

第4　おわりに

緑は一度失うと取り戻すのに長い年月を要するため、早めの対応が求められる。

（参考）有識者会議における主な意見

○　倒木の事故が起きてからでは遅く、点検の記録を残すことが何より重要である。
→　方策1において、点検記録の整備を示した。
○　企業の社会貢献活動として、公園の清掃に参加したいという声は多い。
"""


def test_government_parts_measures_items_and_opinions(cfg):
    units = _units(GOVERNMENT, cfg)
    assert _recs(units) == [("R01", "1", "", "街路樹の管理を計画的に行う"),
                            ("R02", "2", "", "緑地の担い手を広げる")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]
    assert [u.number for u in units if u.kind == "problem"] == [1, 2]
    assert [u.kind for u in units if u.text[:1] in "○→"] == ["remark", "reply", "remark"]
    assert next(u.part for u in units if u.text.startswith("本報告は")) == "intro"


MINUTES = """伝統芸能の継承に関する提言

Ⅰ．はじめに

本提言は、地域の伝統芸能を次の世代に引き継ぐための方策をまとめたものである。

Ⅱ．課題

（ア）演者が高齢化している。
（イ）道具を修理する職人がいない。

Ⅲ．提言

提言（1）若い演者を育てる
市町村は、保存会と学校が連携して若い演者を育てる場を設けるべきである。
ア　学校の授業で芸能を体験する機会を設ける
イ　保存会の練習に参加する学生を支援する

提言（2）道具の修理を支える
県は、道具を修理できる職人の技術を記録し、後継者の育成を支援すべきである。

Ⅳ．研究会の議論から

委員A：演者の多くが七十代であり、あと数年で上演できなくなる。
事務局：学校との連携については提言（1）に盛り込んだ。
委員B：太鼓の皮を張り替えられる職人は県内に一人しかいない。
Q：修理の費用は誰が負担するのか。
A：当面は県の補助金で賄うことを想定している。
"""


def test_minutes_with_speakers_and_katakana_items(cfg):
    units = _units(MINUTES, cfg)
    assert _recs(units) == [("R01", "1", "", "若い演者を育てる"),
                            ("R02", "2", "", "道具の修理を支える")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "remark", "reply", "remark", "remark", "reply"]


BACKGROUND = """図書館の運営に関する提言

1 背景

市の図書館は開館から四十年が経ち、利用者の求めるものも変わってきた。
蔵書の数は増えたが、閲覧の席や学習の場所は開館の時から増えていない。

2 課題

（1）開館時間が短い
平日の夜に開いていないため、働く世代が利用できない。
（2）席が足りない
試験の時期には学生が席を探して館内を歩き回っている。

3 提言

【提言1】開館時間を延ばす
市は、平日の夜の開館を試行すべきである。
【提言2】学習の場所を増やす
市は、空いている会議室を学習の場所として開放すべきである。
"""


def test_background_is_the_introduction_before_a_problem_section_else_the_problems(cfg):
    units = _units(BACKGROUND, cfg)
    assert next(u.part for u in units if u.text.startswith("市の図書館")) == "intro"
    assert [u.kind for u in units if u.text.startswith("（1）")] == ["problem"]
    alone = _units(BACKGROUND.replace("2 課題\n", "2 利用の様子\n"), cfg)
    assert next(u.part for u in alone if u.text.startswith("市の図書館")) == "problem"


# Kanji-numbered entries under 提言事項, ■ problems, and a record whose marks only the document
# itself defines (◇ remarks answered by ⇨ lines).
KANJI = """市立博物館の運営について（答申）

第一　はじめに

　本協議会は、市立博物館の今後の運営について審議し、その結果をここに取りまとめた。

第二　現状と課題

■　展示の更新が止まっている
　常設展示は開館以来ほとんど変わらず、来館者は十年で半分に減った。

■　学芸員が足りない
　学芸員は二名しかおらず、調査と展示と教育普及のすべてを担っている。

第三　提言事項

一　展示を計画的に更新する
　常設展示の更新計画を定め、五年ごとに一つの展示室を改める。
　ア　更新の順序を来館者調査に基づいて決める
　イ　更新の経過を市民に公開する

二　学芸員を増員する
　学芸員を三年間で二名増やし、教育普及の担当を置く。

第四　むすび

　博物館は市民の記憶を預かる場所であり、その運営には長い見通しが欠かせない。

別紙　市民懇談会の記録

◇展示が昔から変わらないので、子どもを連れて行く気になれない。
　⇨展示の更新計画の中で、子ども向けの展示を優先して検討する。
◇学芸員の話を聞く講座がもっとあればよい。
◇収蔵庫がいっぱいだと聞いたが、寄贈は受け付けているのか。
　⇨寄贈は受け付けているが、収蔵の余地を確かめてからとなる。
"""


def test_kanji_entries_marked_problems_and_marks_the_document_defines(cfg):
    units = _units(KANJI, cfg)
    assert _recs(units) == [("R01", "1", "", "展示を計画的に更新する"),
                            ("R02", "2", "", "学芸員を増員する")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]
    assert [u.text[:6] for u in units if u.kind == "problem"] == ["■ 展示の更", "■ 学芸員が"]
    assert [u.kind for u in units if u.text[:1] in "◇⇨"] == [
        "remark", "reply", "remark", "remark", "reply"]


def test_line_marks_are_found_in_the_document():
    from dtx_nlp.stages.segment import line_marks
    from dtx_nlp.types import Paragraph

    texts = ["▷ 一つ目", "▶ 答え", "▷ 二つ目", "▷ 三つ目", "▶ 答え", "「引用」", "「引用」", "「引用」"]
    paras = [Paragraph(t, 0, len(t), 1) for t in texts]
    assert line_marks(paras) == (frozenset("▷"), frozenset("▶"))
    # a mark that also leads lines after other text is no reply mark (here a remark mark too)
    alone = paras + [Paragraph("▶ 単独", 0, 4, 1)]
    assert line_marks(alone) == (frozenset("▷▶"), frozenset())


ROUND_TABLE = """# 美術館の未来を語る座談会と政策提案

## はじめに

本稿は、美術館の関係者による座談会の内容と、それを踏まえた政策提案をまとめたものである。

## 現状の課題

1) 収蔵品の修復が追いつかない

2) 地方の美術館に来館者が少ない

## 政策提案

「提案1」修復の専門家を育てる

県は、修復を学ぶ若手に奨学金を支給すべきである。

「提案2」巡回展を増やす

国立の美術館は、収蔵品を地方の美術館に貸し出す巡回展を毎年開くべきである。

## むすび

美術館は地域の文化の要であり、その未来は人と作品の行き来にかかっている。

## 座談会　美術館のこれから

司会：まず、修復の問題から伺います。

- **山本**：修復を待っている作品が倉庫に何百点もある。
  - **田村**：修復の予算は来年度から増やす方向で検討している。
- **川上**：若い修復家は、仕事が不安定なので続かない。
"""


def test_round_table_topics_nested_replies_and_quoted_proposals(cfg, tmp_path):
    from dtx_nlp.inspect import units_of

    path = tmp_path / "r.md"
    path.write_text(ROUND_TABLE, encoding="utf-8")
    units = units_of(path, None)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "修復の専門家を育てる"), ("2", "巡回展を増やす")]
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "session_topic", "remark", "reply", "remark"]


MEASURES = """自転車の安全に関する提案

§1　はじめに

本稿は、自転車の安全に関する施策を提案するものである。ここでは研究会の議論を踏まえて整理した。
検討に当たっては、委員のほか、自治体の道路担当者、警察、鉄道事業者からも意見を聴いた。

§2　現状の課題

（a）通行空間が途切れている
自転車の通行空間は交差点の手前で途切れ、利用者は歩道に上がってしまう。

§3　施策の提案

施策Ⅰ　通行空間をつなぐ
自治体は、通行空間を網の目として計画すべきである。
ａ．交差点を優先して整備する
ｂ．整備の進み具合を公表する
施策Ⅱ　大人が学ぶ場を広げる
警察は、大人が交通ルールを学ぶ機会を設けるべきである。
"""


def test_measures_with_roman_numbers_and_lettered_items(cfg):
    units = _units(MEASURES, cfg)
    assert _recs(units) == [("R01", "1", "", "通行空間をつなぐ"),
                            ("R02", "2", "", "大人が学ぶ場を広げる")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]


@pytest.mark.parametrize("title, role", [
    ("市民懇談会の記録", "workshop"), ("研究会の議論から", "workshop"), ("座談会　森のこれから", "workshop"),
    ("シンポジウム討論要旨", "workshop"), ("水揚げの記録が紙に依存していること", ""),
    ("施策の提案", "recommendations"), ("国への提案", ""), ("今後の方策", "recommendations"),
    ("今後の施策の方向", "recommendations"), ("調査の経過", "intro"), ("論点の整理", "problem"),
    ("その他の論点", ""),
])
def test_section_role_words(cfg, title, role):
    from dtx_nlp.stages.outline import _role

    assert _role(title, cfg.outline) == role


# A report whose entries are numbered with a word of its own (not 提言): 推進項目１…３ in plain
# text, without empty lines, then a record whose topics are 論点Ａ…Ｃ.
SERIES = """地域医療の担い手に関する提案

はじめに
　医師の確保は県の課題である。

現状と課題
（１）医師の偏在
　都市部に医師が集まる。
（２）救急の逼迫
　夜間の受入れが難しい。

今後の対応策
推進項目１　医学生の地域枠を広げる
　県は地域枠の定員を増やすべきである。
推進項目２　救急の輪番を見直す
　県は輪番の負担を分け合う仕組みを設けるべきである。
推進項目３　遠隔診療を支える
　県は通信の費用を補助すべきである。

意見交換会の記録
論点Ａ　医師の確保
・地域枠の学生が戻ってこない。
論点Ｂ　救急
・夜間の当番が続いて疲れている。
論点Ｃ　遠隔診療
・通信が途切れることがある。
"""


def test_a_word_the_document_numbers_lines_with_numbers_its_entries(cfg):
    units = _units(SERIES, cfg)
    assert _recs(units) == [("R01", "1", "", "医学生の地域枠を広げる"),
                            ("R02", "2", "", "救急の輪番を見直す"),
                            ("R03", "3", "", "遠隔診療を支える")]
    # the title line ends at its line end: the body is not glued to the title
    assert next(u for u in units if u.unit_id == "R01").text.startswith("推進項目１ 医学生の地域枠を広げる\n")
    assert [u.kind for u in units if u.text.startswith("・")] == ["remark"] * 3


def test_two_numbered_lines_are_no_series(cfg):
    """Three lines counting up make a series; two do not (a figure and a table caption)."""
    from dtx_nlp.stages.series import series_words

    assert series_words(["取組１ 計画", "取組２ 実施", "取組３ 評価", "図1 推移", "図2 内訳"],
                        exclude=frozenset()) == ["取組"]
    assert series_words(["取組１ 計画", "取組３ 評価", "取組２ 実施"], exclude=frozenset()) == []
    assert series_words(["提言Ａ 案", "提言Ｂ 案", "提言Ｃ 案", "令和7年 度"]) == ["提言"]
    assert series_words(["提案① 育てる", "提案② 守る", "提案③ 生かす"]) == ["提案"]
    # a label in brackets runs into its title; a bracketed label cited in a sentence is no entry
    assert series_words(["〔活動１〕見える化", "〔活動２〕共同化", "〈活動３〉発信"]) == ["活動"]
    assert series_words(["【案１】で述べた", "【案２】のとおり", "【案３】に加え"]) == []


ACTIONS = """離島航路の維持に関する報告

第一　はじめに

　航路の利用が減っている。

第二　航路を支えるために

〔取組１〕運航の共同化
　二つの事業者が船を融通する。
　(ｱ) 予備船を共同で持つ
　(ｲ) 船員を相互に派遣する

〔取組２〕運賃の見直し
　島民の運賃を据え置き、観光客の運賃を改める。

◎取組３　港の待合所の改修
　待合所を地域の拠点として改修する。

第三　おわりに

　島の暮らしを守る。
"""

LETTERED = """# 港湾の将来像

## 1　はじめに

港の利用が減っている。

## 2　施策

### A　物流を強くする

#### 施策A-1　岸壁の延伸

岸壁を延ばす。

#### 施策A-2　荷役の自動化

荷役を自動化する。

### B　にぎわいをつくる

#### 施策B-1　緑地の開放

緑地を市民に開く。
"""


def test_entries_numbered_with_an_action_word_in_brackets_after_a_mark_or_with_a_group_letter(cfg, tmp_path):
    units = _units(ACTIONS, cfg)
    assert _recs(units) == [("R01", "1", "", "運航の共同化"), ("R02", "2", "", "運賃の見直し"),
                            ("R03", "3", "", "港の待合所の改修")]
    assert [u.text for u in units if u.kind == "recommendation_item"] == [
        "(ｱ) 予備船を共同で持つ", "(ｲ) 船員を相互に派遣する"]
    # the section that holds them is the recommendations part, not a group
    assert {u.part for u in units if u.kind.startswith("recommendation")} == {"recommendations"}
    from dtx_nlp.stages.ingest import read_document
    path = tmp_path / "g.md"
    path.write_text(LETTERED, encoding="utf-8")
    doc = clean(read_document(path), cfg.clean)
    recs = _recs(find_structure(doc, cfg).units)
    assert [(label, group) for _, label, group, _ in recs] == [
        ("A-1", "物流を強くする"), ("A-2", "物流を強くする"), ("B-1", "にぎわいをつくる")]


MARKS = """公共施設の再編に関する提案

■ はじめに
　施設の老朽化が進んでいる。

■ 施設が抱える課題
　次の課題がある。
◆ 利用の減少
　利用者が減っている。
◆ 修繕費の増加
　修繕の費用が増えている。

■ 提案
◆ 施設を複合化する
　市は施設を一つにまとめるべきである。
◆ 利用料を見直す
　市は料金を改めるべきである。
"""


def test_each_mark_is_a_level_of_its_own(cfg):
    """◆ headings under ■ chapters are problems and recommendations, not chapters."""
    units = _units(MARKS, cfg)
    assert [u.text[:6] for u in units if u.kind == "problem"] == ["◆ 利用の減", "◆ 修繕費の"]
    assert [u.title for u in units if u.kind == "recommendation"] == ["施設を複合化する", "利用料を見直す"]


ENTRIES_WITH_ITEMS = """交通安全の推進について

一　現状と課題

ア　事故の増加
　高齢者の事故が増えている。

二　施策の方向性

１　高齢運転者を支える
　県は運転の継続を支えるべきである。
（１）講習を増やす
（２）相談窓口を設ける
２　歩行者を守る
　県は歩道を広げるべきである。
３　自転車の安全を高める
　県はヘルメットの着用を促すべきである。
（１）購入を補助する
（２）学校で教える
"""


def test_entries_with_text_of_their_own_hold_items_not_recommendations(cfg):
    """Most numbered entries hold one-line (1)(2) headings, but each has a body of its own: they
    are the recommendations and the one-liners their items (not groups of recommendations)."""
    units = _units(ENTRIES_WITH_ITEMS, cfg)
    assert [(u.unit_id, u.title) for u in units if u.kind == "recommendation"] == [
        ("R01", "高齢運転者を支える"), ("R02", "歩行者を守る"), ("R03", "自転車の安全を高める")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == [
        "R01", "R01", "R03", "R03"]


# A record whose heading names no meeting word (付属資料 … 声), speakers named with their
# affiliation, the secretariat's answers in two shapes, and sub-headings (its topics).
RECORD = """港湾の脱炭素化に向けて

一　現状と課題

ア　排出の増加
　荷役機械の排出が増えている。

二　施策の方向性

１　荷役機械を電動化する
　県は電動化の費用を補助すべきである。
・充電設備を整える
・補助の対象を広げる
２　船舶への陸上電力供給を進める
　県は岸壁に設備を設けるべきである。

三　付属資料　港湾関係者の声

論点１　荷役機械
○佐藤氏（港運会社）　電動の機械は高く、中小の会社には手が出ない。
○事務局（港湾課長）　補助の上限を見直す方向で検討している。
論点２　陸上電力
○鈴木氏（船会社）　寄港の度に接続の手間がかかる。
＜回答＞港湾課：接続の手順を統一する。
論点３　その他

田中氏（倉庫業）：夜間の作業の騒音が減るなら歓迎だ。
"""


def test_a_record_is_found_by_its_speakers_and_answers_whatever_its_heading(cfg):
    units = _units(RECORD, cfg)
    kinds = [(u.kind, u.text[:6]) for u in units if u.part == "workshop" and u.kind != "heading"]
    assert kinds == [("session_topic", "論点１ 荷役"), ("remark", "○佐藤氏（港"), ("reply", "○事務局（港"),
                     ("session_topic", "論点２ 陸上"), ("remark", "○鈴木氏（船"), ("reply", "＜回答＞港湾"),
                     ("session_topic", "論点３ その"), ("remark", "田中氏（倉庫")]
    assert [u.title for u in units if u.kind == "session_topic"] == ["荷役機械", "陸上電力", "その他"]


def test_bulleted_lines_under_a_recommendation_are_its_items(cfg):
    units = _units(RECORD, cfg)
    assert [(u.parent_id, u.text) for u in units if u.kind == "recommendation_item"] == [
        ("R01", "・充電設備を整える"), ("R01", "・補助の対象を広げる")]


# A think-tank paper whose recommendations section is named by no recommendations word: its
# entries ask for something (titles in a verb's dictionary form, bodies ending べきである),
# the problem entries describe (…ている).
UNNAMED = """港の再生に向けて

１．はじめに
　港の利用が落ちている。

２．現状と課題
⑴　貨物の減少
　貨物の取扱量が減っている。
⑵　施設の老朽化
　岸壁の劣化が進んでいる。

３．打ち手の選択肢
オプション１　岸壁の改修を急ぐ
　市は改修の計画を前倒しすべきである。
オプション２　客船の寄港を誘う
　市は寄港の手数料を下げる。
オプション３　倉庫を集約する
　市は民間と共同で倉庫を建て替える。

４．おわりに
　港は町の顔である。
"""


def test_the_unnamed_section_whose_entries_ask_for_something_holds_the_recommendations(cfg):
    """Two of the three bodies end in a plain verb, which asks for nothing by itself: the titles
    (…を急ぐ, …を誘う) carry the section."""
    units = _units(UNNAMED, cfg)
    assert _recs(units) == [("R01", "1", "", "岸壁の改修を急ぐ"), ("R02", "2", "", "客船の寄港を誘う"),
                            ("R03", "3", "", "倉庫を集約する")]
    assert [(u.label, u.number) for u in units if u.kind == "problem"] == [("1", 1), ("2", 2)]  # ⑴ ⑵


@pytest.mark.parametrize("text, directive", [
    ("岸壁の改修を急ぐ", True), ("市は改修を前倒しすべきである。", True), ("窓口を設けること。", True),
    ("貨物の取扱量が減っている。", False), ("岸壁の劣化が進んでいる", False), ("施設の老朽化", False),
    ("手続が煩雑である。", False), ("費用が重荷となる", False),
])
def test_directive_sentences_and_titles(cfg, text, directive):
    from dtx_nlp.stages.outline import _directive

    assert _directive(text, cfg.outline) is directive


# A union's demands: entries that ask for something (…すること) hold their own (1)(2) items
# and have no body; a record whose questions and answers are marked inline; the issuer's name
# ends in 懇談会 (no record).
DEMANDS = """雇用の安定を求める要求書

令和８年５月
架空労働組合懇談会

一　要求にあたって
　組合員の声をまとめた。

二　現状と課題
ア　賃金の低下
　再雇用後の賃金が下がっている。
イ　職場の危険
　転倒の事故が増えている。

三　要求項目
１　再雇用者の賃金を確保すること
（１）職務が同じ者の賃金を下げないこと
（２）賃金の水準を示すこと
２　職場の安全を高めること
（１）転倒の予防策を定めること
（２）設備の改善を助成すること
３　訓練の機会を広げること

参考　地域説明会における主なご意見
〔賃金について〕
（質問）再雇用の賃金はどこまで下がるのか。
（市の回答）下限を設ける方向で検討している。
（意見）同じ仕事なら同じ賃金にしてほしい。
〔安全について〕
（意見）床が滑りやすく危ない。
"""


def test_entries_that_ask_for_something_are_recommendations_not_groups(cfg):
    units = _units(DEMANDS, cfg)
    assert [(u.unit_id, u.title) for u in units if u.kind == "recommendation"] == [
        ("R01", "再雇用者の賃金を確保すること"), ("R02", "職場の安全を高めること"), ("R03", "訓練の機会を広げること")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01"] * 2 + ["R02"] * 2


def test_a_record_marked_inline_with_questions_answers_and_themes(cfg):
    units = _units(DEMANDS, cfg)
    assert [u.kind for u in units if u.kind == "problem"] == ["problem", "problem"]  # 懇談会: no record
    assert [(u.kind, u.title or u.text[:4]) for u in units if u.part == "workshop"
            and u.kind != "heading"] == [
        ("session_topic", "賃金について"), ("remark", "（質問）"), ("reply", "（市の回"), ("remark", "（意見）"),
        ("session_topic", "安全について"), ("remark", "（意見）")]


# Recommendations as numbered paragraphs, not headings: an opinion's 趣旨 (sentences that ask
# for something, under a heading that names no role) and a proposal's ① entries.
OPINION = """空き家対策に関する意見書

第１　意見の趣旨
　当会は、次の措置を求める。
１　国は、相続登記の費用を助成すること。
　⑴　低所得の相続人を対象とすること。
　⑵　手続を簡素にすること。
２　市町村は、無料の相談窓口を常設すること。
３　県は、空き家の情報を一つのサイトに集約すること。

第２　意見の理由
１　現状と問題点
　空き家が増えている。
"""

CIRCLED = """気候変動への適応に向けて

１　はじめに
　気温が上がっている。

２　提言
　本分科会は次のとおり提言する。
①　品種の開発を急ぐべきである
　国は開発の期間を短くする。
ア　育種の施設を共同で使う。
イ　試験の網を広げる。
②　産地の移動を支えるべきである
　国は移動の費用を補う。

３　おわりに
　適応は続く。
"""


def test_numbered_sentences_that_ask_for_something_are_the_recommendations(cfg):
    units = _units(OPINION, cfg)
    assert _recs(units) == [("R01", "1", "", "国は、相続登記の費用を助成すること。"),
                            ("R02", "2", "", "市町村は、無料の相談窓口を常設すること。"),
                            ("R03", "3", "", "県は、空き家の情報を一つのサイトに集約すること。")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]


@pytest.mark.parametrize("one, two", [("①", "②"), ("❶", "❷"), ("➀", "➁")])
def test_circled_entries_right_under_a_recommendations_heading_are_recommendations(cfg, one, two):
    units = _units(CIRCLED.replace("①", one).replace("②", two), cfg)
    assert _recs(units) == [("R01", "1", "", "品種の開発を急ぐべきである"),
                            ("R02", "2", "", "産地の移動を支えるべきである")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01", "R01"]


# A council committee's report: a dated activity log (討議 and 質疑 in it name no record), a
# discussion-paper series name, and minutes where the administration (課長, 室長) answers the
# members (委員); answers marked （事務局）.
COUNCIL = """海岸の保全に関する調査報告書

ディスカッションペーパー第３号

第１　調査の経過
令和８年２月５日　委員間討議及び執行部との質疑
令和８年６月１８日　報告書の取りまとめ

第２　現状と課題
（１）砂浜の後退
　砂浜が年々狭くなっている。
（２）監視の不足
　測量の回数が少ない。

第３　提言
１　砂の流れを一体で管理すること
２　監視の頻度を高めること

別記　委員会における主な意見
○大森委員　砂の流れを一つの計画で扱うべきだ。
○河川課長　流域の計画づくりを始めている。
○田島委員　測量が５年に１度では足りない。
（事務局）来年度から測量を毎年行う予定である。
"""


def test_dated_log_lines_and_a_paper_series_name_open_no_record(cfg):
    units = _units(COUNCIL, cfg)
    assert [u.kind for u in units if u.kind == "problem"] == ["problem", "problem"]
    assert [u.title for u in units if u.kind == "recommendation"] == [
        "砂の流れを一体で管理すること", "監視の頻度を高めること"]


def test_officials_answer_the_members_of_a_council(cfg):
    units = _units(COUNCIL, cfg)
    assert [(u.kind, u.text[:5]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "○大森委員"), ("reply", "○河川課長"), ("remark", "○田島委員"), ("reply", "（事務局）")]


def test_officials_answer_the_mayors_of_a_towns_association(cfg):
    text = COUNCIL.replace("○大森委員", "○Ａ町長").replace("○田島委員", "○Ｂ村長")
    units = _units(text, cfg)
    assert [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "○Ａ町長"), ("reply", "○河川課"), ("remark", "○Ｂ村長"), ("reply", "（事務局")]


def test_officials_are_no_answerers_where_no_members_speak(cfg):
    """Interviews with officials among others: their statements stay remarks (a committee that
    opens a paragraph, 海岸委員会は…, is no member speaking)."""
    text = COUNCIL.replace("○大森委員", "○大森氏（住民）").replace("○田島委員", "○田島氏（漁業者）")
    text = text.replace("第１　調査の経過\n", "第１　調査の経過\n海岸委員会は、住民から話を聞いた。\n")
    units = _units(text, cfg)
    assert [(u.kind, u.text[:5]) for u in units if u.kind in ("remark", "reply")][:2] == [
        ("remark", "○大森氏（"), ("remark", "○河川課長")]


# Minutes of a study group (議事要旨): particulars, speakers named by their role in brackets, and
# numbered questions and answers with the speaker's office in brackets.
STUDY_MINUTES = """職場の暑さ対策について

第１　現状と課題
（１）測定の不足
　暑さ指数を測っていない現場が多い。

第２　今後取り組むべき施策
１　測定器を貸し出すこと
２　休憩所の設置を支援すること

別紙　暑熱対策検討会（第２回）議事要旨
・日時：令和８年７月９日（木）14時～16時
・場所：県庁第３会議室
（１）測定について
（委員）下請の班は測定器を持たず、作業場所の値が分からない。
（事務局）来年度予算で測定器を貸し出す仕組みを要求している。
（２）質疑応答
Q1（建設業）休憩所の費用は発注者が見てくれるのか。
A1（県労働政策課）発注の仕様に休憩所の経費を含める方向で検討する。
"""


def test_minutes_with_particulars_bracketed_roles_and_numbered_questions(cfg):
    units = _units(STUDY_MINUTES, cfg)
    said = [(u.kind, u.text[:4]) for u in units if u.part == "workshop"
            and u.kind in ("remark", "reply", "note", "session_topic")]
    assert said == [("note", "・日時："), ("note", "・場所："), ("session_topic", "（１）測"),
                    ("remark", "（委員）"), ("reply", "（事務局"), ("remark", "Q1（建"), ("reply", "A1（県")]


# Stop 25: entries numbered with kanji numerals under a word, a record of questions and answers
# numbered alike and of ＊ remarks with the speaker at the end, 施策1-1 entries, a table of
# problems.
KANJI_SERIES = """第一　はじめに

　本報告は検討の結果をまとめたものである。

第二　現状と課題

| 番号 | 課題 | 内容 |
|---|---|---|
| 課題1 | 砂の減少 | 上流からの砂が減っている。 |
| 課題2 | 管理の分断 | 管理者が分かれている。 |
| 2023年度 | 12件 | 参考の数値である。 |

第三　今後の取組

取組一　土砂の管理を進める
　堰堤の土砂を海岸に戻す。
　　ⅰ　堰堤の堆砂を運び出す
　　ⅱ　浚渫した砂を運ぶ
取組二　連絡会議を設ける
　管理者の会議を設ける。
取組三　利用のルールを定める
　産卵期の乗り入れを制限する。

別記　説明会における質疑の概要

Ｑ１（自治会長）　浜が半分になった。護岸は大丈夫か。
Ａ１（県河川海岸課）　護岸の補強を予定している。
＊　上流の砂利採取をやめさせるべきだ。（住民）
＊　清掃の保険を用意してほしい。（自治会役員）
"""


def test_kanji_numbered_entries_their_small_roman_items_and_starred_remarks(cfg):
    from dtx_nlp.stages.ingest import read_document

    doc = read_document_from(KANJI_SERIES.replace("|", "").replace("---", ""), "k.txt",
                             read_document)
    units = find_structure(clean(doc, cfg.clean), cfg).units
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "土砂の管理を進める"), ("2", "連絡会議を設ける"), ("3", "利用のルールを定める")]
    assert [u.text[2:] for u in units if u.parent_id == "R01"] == ["堰堤の堆砂を運び出す",
                                                                   "浚渫した砂を運ぶ"]
    kinds = [u.kind for u in units if u.part == "workshop" and u.kind != "heading"]
    assert kinds == ["remark", "reply", "remark", "remark"]


def test_a_markdown_table_numbering_its_problems_and_hyphen_numbered_measures(cfg, tmp_path):
    """Rows numbered 課題1, 課題2 are problems (a row of figures is not); 施策1-1 is an entry."""
    from dtx_nlp.stages.ingest import read_document

    text = KANJI_SERIES.replace("\n取組一", "\n#### 施策1-1").replace("\n取組二", "\n#### 施策1-2") \
        .replace("\n取組三", "\n#### 施策2-1").replace("第", "## 第")
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    units = find_structure(clean(read_document(path), cfg.clean), cfg).units
    assert [u.text[:10] for u in units if u.kind == "problem"] == ["課題1 | 砂の減少", "課題2 | 管理の分"]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1-1", "土砂の管理を進める"), ("1-2", "連絡会議を設ける"), ("2-1", "利用のルールを定める")]


UNION = """政策・制度要求

一　要求にあたって

　当総連合は、以下のとおり要求をとりまとめた。

二　問題点

　調査から、次の問題点が明らかになった。
　第一に、再雇用後の賃金が大幅に下がる。
　第二に、体力に配慮した職場づくりが遅れている。
　なお、これらの問題は中小の職場ほど深刻である。

三　要求項目

１．再雇用者の賃金を不合理に引き下げないこと
２．職場環境の整備を事業主に義務づけること

（参考）分科会の記録

発言１（東北地方連合会・金属）
　指導の時間が業務として扱われていない。
発言２（関東地方連合会・食品）
　床の段差をなくすだけでも転倒は減るはずだ。
　本部答弁　国の助成の拡充を要求に盛り込む。
発言３（中部地方連合会・化学）
　更新の基準を書面で示してほしい。
"""


def test_ordinal_paragraphs_are_problems_and_numbered_speakers_over_statements_are_remarks(cfg):
    """第一に、第二に、… enumerate problems; 発言N（affiliation） over an indented statement is
    one remark, and 本部答弁 answers it."""
    units = _units(UNION, cfg)
    assert [u.text[:4] for u in units if u.kind == "problem"] == ["第一に、", "第二に、"]
    said = [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "発言１（"), ("remark", "発言２（"), ("reply", "本部答弁"), ("remark", "発言３（")]


BOOKSHOPS = """政策提言

書店のない町をつくらない

1　はじめに

　町の書店が、静かに姿を消している。

2　現状と課題

　調査から、次の課題が明らかになった。

課題①　新刊書店のない市町村が増えている。県内の三割に書店がない。

課題②　利益が薄く、費用の上昇を吸収できない。

3　提言

提言1　公共の図書購入に地元書店の枠を設ける
　市町村は、地元の書店から購入する枠を設けるべきである。

4　おわりに

　書店が一つ消えることは、町から一つの窓が閉じることである。

付録　公開フォーラムの記録

「店の売上の4割は学校への納品だった」（書店主・北浦町）
「図書館の本を地元で買うことは、税金を町の中で回すことでもある」（町議会議員）
問　書店のない町で、移動販売の費用は誰が負担しているのか。（会場・町職員）
答　今は主宰者の持ち出しで賄っている。（移動書店主宰者）
"""


def test_a_kind_of_document_over_the_title_is_no_section_and_quoted_statements_are_remarks(cfg):
    """政策提言 above the title holds no text and an earlier part follows: the problems are read;
    課題① paragraphs are problems; 「statement」（speaker） lines are remarks, 問/答 a pair."""
    units = _units(BOOKSHOPS, cfg)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["課題①", "課題②"]
    said = [(u.kind, u.text[:2]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "「店"), ("remark", "「図"), ("remark", "問 "), ("reply", "答 ")]


FORUM = BOOKSHOPS.split("付録")[0] + """参考　地域フォーラムにおける主な発言

以下は、フォーラムでの発言を事務局の責任で要約したものである。
町立診療所の医師：診療所に薬剤師がおらず、私が自分で薬を用意している。
回答（県薬務課）：薬剤師を派遣する仕組みについて協議を始めている。
島の薬局の薬剤師：一人で薬局を回しているので、研修にも出られない。
"""


def test_an_appendix_named_by_its_title_and_speakers_after_a_sentence_end(cfg):
    """参考　… is a top-level heading whose title names the record; a name and a colon after a
    sentence end starts a statement although the line is not indented."""
    units = _units(FORUM, cfg)
    said = [(u.kind, u.text[:3]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "町立診"), ("reply", "回答（"), ("remark", "島の薬")]


MARKED_PROBLEMS = """第１章　はじめに

　本答申は、働き方改革の方策をまとめたものである。

第２章　現状と課題

１　勤務の実態

　調査の結果、時間外の勤務が多いことが分かった。

２　主な課題

○　時間外在校等時間が上限を超える教員が多い。
○　調査への回答などの事務が教員に集中している。
　これらの課題は相互に関連している。

第３章　方策

提言１　調査の件数を半減する
　県は調査の件数を半減すべきである。
"""


def test_marked_statements_in_a_problem_section_are_problems_and_their_heading_a_section(cfg):
    """○ statements under 主な課題 are the problems; 勤務の実態, a numbered sibling, is no problem
    since its level holds a subsection of marked problems."""
    units = _units(MARKED_PROBLEMS, cfg)
    assert [u.text[:4] for u in units if u.kind == "problem"] == ["○ 時間", "○ 調査"]


def test_table_rows_with_a_unit_in_brackets_are_no_speakers(cfg, tmp_path):
    """観光客数（万人） | 256 | 410 looks like "name（affiliation） statement" but is a table's row:
    a section of such rows and bold-label bullets is no meeting record."""
    from dtx_nlp.stages.ingest import read_document

    text = ("# 観光地の混雑\n\n## はじめに\n\n本稿は選択肢を示す。\n\n## 現状の診断\n\n"
            "| 指標 | 2020年 | 2025年 |\n|---|---|---|\n| 観光客数（万人） | 256 | 410 |\n"
            "| 民泊施設数（件） | 38 | 147 |\n| バスの満員通過（回） | 12 | 96 |\n\n"
            "- **時間と場所の集中**：来訪者が週末に集中している。\n"
            "- **生活交通の圧迫**：路線バスに住民が乗れない。\n\n"
            "## 政策オプション\n\n### オプションA　予約制で混雑をならす\n\n予約制を試行すべきである。\n"
            "\n### オプションB　住民の足を守る\n\n住民優先の枠を設けるべきである。\n"
            "\n### オプションC　宿泊税を導入する\n\n宿泊税を導入すべきである。\n")
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    units = find_structure(clean(read_document(path), cfg.clean), cfg).units
    assert not [u for u in units if u.kind in ("remark", "reply")]
    assert [u.title for u in units if u.kind == "recommendation"] == [
        "予約制で混雑をならす", "住民の足を守る", "宿泊税を導入する"]


OPINION_FIRST = """空き家対策に関する意見書

第１　意見の趣旨

提言１　相続登記の義務化を周知する
　国は相続登記の義務を周知すべきである。
提言２　相談窓口を設ける
　市町村は相談窓口を設けるべきである。

第２　意見の理由

１　はじめに

　当会は、空き家の相談を受けてきた。

２　現状と問題点

⑴　相続登記が放置されている
　所有者の特定が困難である。
⑵　相談できる場所がない
　所有者が気軽に相談できない。
"""


def test_the_reasons_after_the_recommendations_are_read_as_problems(cfg):
    """An 意見書 states its recommendations first, then the reasons: the problems after them are
    problems, not text of the recommendations."""
    units = _units(OPINION_FIRST, cfg)
    assert [u.title for u in units if u.kind == "recommendation"] == ["相続登記の義務化を周知する",
                                                                      "相談窓口を設ける"]
    assert [u.text[:4] for u in units if u.kind == "problem"] == ["⑴ 相続", "⑵ 相談"]


PREFECTURE = """鳥獣被害対策の提言

第１　はじめに

　本会議は被害の対策を検討した。

第２　現状と課題

（一）柵の点検が続かない。集落に若い人がいない。
（二）捕獲者が減っている。免許の所持者が高齢である。

第３　今後の取組

取組１　柵の点検体制をつくる
　町村は点検の計画づくりを支援するべきである。
　ⅰ）点検日を年２回とする
　ⅱ）資材を現物で支給する
取組２　捕獲者を育てる
　県は免許の取得を支援するべきである。
取組３　被害の報告窓口を設ける
　町村は報告の窓口を設けるべきである。

別紙　意見交換会における主な質疑・意見

Ｑ（稲作農家）柵の見回りが続かない。
Ａ（県鳥獣対策室）点検に加わる仕組みを検討したい。
－　捕ったシカを埋めるのがつらい。（猟友会員）
市の考え方：処理施設の整備を検討します。
－　わなの見回りに手が回らない。（猟友会員）
【県から】見回りを知らせる機器の購入を補助します。
【参加者から】共同で見回る当番を組みたい。
"""


def test_kanji_bracket_problems_roman_items_a_plans_section_and_public_comment_answers(cfg):
    """（一） problems; ⅰ） items; 今後の取組 holds the recommendations; Ｑ（…） without a number
    starts a question, －　… is a remark, and 市の考え方： or 【県から】 (the issuer) answers a
    public comment; 【参加者から】 (no issuer) does not."""
    units = _units(PREFECTURE, cfg)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["（一）", "（二）"]
    assert [u.text[:2] for u in units if u.parent_id == "R01"] == ["ⅰ）", "ⅱ）"]
    said = [(u.kind, u.text[:2]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "Ｑ（"), ("reply", "Ａ（"), ("remark", "－ "), ("reply", "市の"),
                    ("remark", "－ "), ("reply", "【県"), ("remark", "【参")]


def test_in_a_hearing_the_party_heard_answers_the_members_questions(cfg):
    """【委員】 asks (…か。) and 【Ａ運輸】 answers in a hearing; a member's remark that asks nothing
    is followed by a statement, not an answer."""
    hearing = PREFECTURE.split("別紙")[0] + """（参考）関係者ヒアリングの概要

・繁忙期にはゲート前で長く待たされる。
【委員】予約した時間に行けば待たずに済むのではないか。
【Ａ運輸】予約した時間に行けばほぼ待たずに済む。
【委員】待機の料金を荷主と話し合ってほしい。
【Ｃ食品】待機の実態をまず調べたい。
"""
    units = _units(hearing, cfg)
    said = [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "・繁忙期"), ("remark", "【委員】"), ("reply", "【Ａ運輸"),
                    ("remark", "【委員】"), ("remark", "【Ｃ食品")]


DIRECTIONS = """介護人材の確保について（報告）

第１　はじめに
　人が足りない。

第２　今後の取組

　取組の方向Ⅰ　入職の促進
　　◎取組１　職場体験を広げる
　　　市は調整を一括する。
　取組の方向Ⅱ　定着の支援
　　◎取組２　新人を支える
　　　市は研修を開く。
　取組の方向Ⅲ　職場づくり
　　◎取組３　ＩＣＴ化を後押しする
　　　市は補助を案内する。

資料　事業者ヒアリングの記録

【Ａ法人　施設長】受入れの調整に手間がかかる。
【市　介護保険課】窓口の一本化を検討したい。
Ｂ町（技師）：研修に参加できない。
　県（水道企画課）：研修の日程を工夫したい。
市民：もっと周知してほしい。
"""


def test_groups_numbered_by_a_word_with_no_and_the_administration_answering(cfg):
    """取組の方向Ⅰ (a word joined by の) numbers the groups of 取組N entries; in the record a
    level of government speaking with its office (【市　介護保険課】, 県（水道企画課）：) answers,
    a bracketed speaker may hold a space (【Ａ法人　施設長】), and 市民： is no government."""
    units = _units(DIRECTIONS, cfg)
    assert [(label, group) for _, label, group, _ in _recs(units)] == [
        ("1", "入職の促進"), ("2", "定着の支援"), ("3", "職場づくり")]
    said = [(u.kind, u.text[:3]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "【Ａ法"), ("reply", "【市 "), ("remark", "Ｂ町（"), ("reply", "県（水"),
                    ("remark", "市民：")]


TAGGED = """暑さ対策の提言

１　はじめに
　暑さが続いている。

２　現状と課題

（１）現場の状況
　計測器がない現場が多い。
【課題】暑さの測り方が決まっていない。
（２）休憩
　日陰がない。
【課題】休憩場所が足りない。

３　提言

（１）計測器を配る
　県は計測器を配るべきである。
（２）休憩所を設ける
　県は休憩所を設けるべきである。
"""

BRACKET_TITLED = TAGGED.split("（１）現場")[0] + """　聞き取りから次の課題が分かった。
【暑さ指数が把握されていない】
　計測器がない。
【一人作業では異変に気付けない】
　周囲に人がいない。
【休憩場所がない】
　日陰がない。

３　提言""" + TAGGED.split("３　提言")[1]


def test_statements_tagged_as_problems_and_problems_titled_in_brackets(cfg):
    """【課題】… under sub-sections are the problems (the sub-sections hold them); a short title in
    brackets alone on its line heads a problem and its explanation."""
    tagged = [u.text for u in _units(TAGGED, cfg) if u.kind == "problem"]
    assert tagged == ["【課題】暑さの測り方が決まっていない。", "【課題】休憩場所が足りない。"]
    titled = [u.text.split("\n") for u in _units(BRACKET_TITLED, cfg) if u.kind == "problem"]
    assert titled == [["【暑さ指数が把握されていない】", "計測器がない。"],
                      ["【一人作業では異変に気付けない】", "周囲に人がいない。"],
                      ["【休憩場所がない】", "日陰がない。"]]


def test_a_speaker_whose_name_holds_a_space_makes_a_remark_a_member_list_line_does_not(cfg):
    text = DIRECTIONS.split("資料　")[0] + """参考資料１　委員名簿

青柳 透（座長）　架空大学教授

石丸 佳代（委員）　架空総研研究員

参考資料２　意見交換会の記録

山根 和子（観光協会 事務局長）　昼の便がなく、日帰りの客を呼び込みにくい。

李 美玲（旅行会社）　チャーター便が戻れば送客したい。

【市　介護保険課】便の誘致を検討したい。
"""
    said = [(u.kind, u.text[:4]) for u in _units(text, cfg) if u.kind in ("remark", "reply")]
    assert said == [("remark", "山根 和"), ("remark", "李 美玲"), ("reply", "【市 介")]


@pytest.mark.parametrize("text, kind", [
    ("Q1　大学生はどこに申し込めばよいのか。（大学生）", "remark"), ("Ｑ２ 連携は進んでいるのか。", "remark"),
    ("A　ホームページで受け付けている。", "reply"), ("Ａ３　掲示している。", "reply"),
    ("A new approach is needed.", None), ("Q fever の症例がある。", None),
])
def test_questions_and_answers_numbered_without_a_colon(cfg, text, kind):
    """Q1　…, A　… (a space instead of a colon) mark a question and an answer; English prose
    starting with A or Q does not."""
    patterns = cfg.outline.patterns
    found = "reply" if patterns["reply"].search(text) else "remark" if patterns["remark"].search(text) \
        else None
    assert found == kind


@pytest.mark.parametrize("text, named", [
    ("不動産業者　所有者の連絡先が分からない空き店舗もある。", True),
    ("商工会議所職員：相談員がいる。", True),
    ("大学生 店を出したい。", False),  # too short to tell a statement from a caption
    ("開催日 2025年10月25日に開いた。", False),
    ("意見交換会 本町通り商店街の集会所で開いた、", False),
])
def test_a_speaker_named_before_a_space_and_a_statement(cfg, text, named):
    assert bool(cfg.outline.patterns["named"].search(text)) is named


TABBED = ("池の保全について\n\nⅠ\u3000はじめに\n\t池が多い。\n\nⅡ\u3000現状と課題\n問１\u3000なぜ減るのか\n\t担い手が少ない。\n"
          "問２\u3000誰が見るのか\n\t点検が続かない。\n問３\u3000どこが危ないのか\n\t地図がない。\n\n\t\t\t\t－１－\n"
          "\fⅢ\u3000対応の方向\n\t次の対応を求める。\n対応策その１\t管理者を決める\n\t市町村は管理者を届け出させる。\n"
          "\t\tⓐ\u3000届出を簡単にする\n\t\tⓑ\u3000台帳を共有する\n対応策その２\t点検を共同で行う\n\t組合は点検を共同化する。\n"
          "対応策その３\t地図を作る\n\t県は地図を作る。\n\n参考\u3000意見交換会の記録\n\n〈議題１〉日常の管理について\n"
          "水利組合長Ａ\t組合員は八人に減り、最年少が六十五歳になった。見回りも\n\t\t\t限界に近い。\n"
          "水利組合員Ｄ\t樋門の鍵を前の組合長が持ったままだ。\n\t\t\t誰が管理者なのか、はっきりさせてほしい。\n"
          "県農村整備課\t見回りは控えてください。水位計の設置を進めています。\n"
          "研究会事務局\t管理の取決めを文書にする例を紹介します。\n")


def test_a_text_indented_with_tabs_with_a_speaker_column(cfg):
    """Tabs indent as 「　」 does; a form feed and －１－ are page furniture; 対応策その１ numbers
    an entry, ⓐ an item; 〈議題１〉title is a topic; in tab-separated rows (speaker, tab,
    statement) each row starts a turn and an indented line below continues it;
    an office of a government (県農村整備課) and a secretariat (研究会事務局) answer."""
    units = _units(TABBED, cfg)
    assert [(label, title) for _, label, _, title in _recs(units)] == [
        ("1", "管理者を決める"), ("2", "点検を共同で行う"), ("3", "地図を作る")]
    assert [u.text[:1] for u in units if u.kind == "recommendation_item"] == ["ⓐ", "ⓑ"]
    assert [u.text[:2] for u in units if u.kind == "problem"] == ["問１", "問２", "問３"]
    assert not any("－１－" in u.text for u in units)
    assert [u.title for u in units if u.kind == "session_topic"] == ["日常の管理について"]
    said = [(u.kind, u.text) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "水利組合長Ａ 組合員は八人に減り、最年少が六十五歳になった。見回りも限界に近い。"),
                    ("remark", "水利組合員Ｄ 樋門の鍵を前の組合長が持ったままだ。誰が管理者なのか、はっきりさせてほしい。"),
                    ("reply", "県農村整備課 見回りは控えてください。水位計の設置を進めています。"),
                    ("reply", "研究会事務局 管理の取決めを文書にする例を紹介します。")]


def test_chapters_numbered_in_square_brackets_and_a_bracketed_appendix(cfg):
    text = ("報告書\n\n〔１〕\t調査の経過\n\t調べた。\n\n〔２〕\t論点の整理\n論点１\t費用\n\t高い。\n論点２\t天候\n\t雨が多い。\n"
            "論点３\t安全\n\t危ない。\n\n〔３〕\t提言\n１\t市は施設を集約すべきである。\n２\t市は委託を進めるべきである。\n\n"
            "〔参考〕\t委員会における主な質疑\n◆森本委員\t故障はいつからか。\n◎学校施設課長\t昨年からである。\n")
    units = _units(text, cfg)
    assert [(u.kind, u.part) for u in units if u.kind == "heading"] == [
        ("heading", "intro"), ("heading", "problem"), ("heading", "recommendations"), ("heading", "workshop")]
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["論点１", "論点２", "論点３"]
    assert [u.label for u in units if u.kind == "recommendation"] == ["1", "2"]


def test_the_unnamed_section_between_introduction_and_recommendations_states_the_problems(cfg):
    text = ("干潟の保全について\n\n１　はじめに\n　干潟が減っている。\n\n２　いま起きていること\n（１）埋立て\n　計画がある。\n"
            "（２）観察\n　人が減った。\n\n３　提言\n（１）保全区域にする\n　県は指定すべきである。\n（２）観察会を開く\n"
            "　市は開くべきである。\n")
    units = _units(text, cfg)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["（１）", "（２）"]
    assert [u.label for u in units if u.kind == "recommendation"] == ["1", "2"]


def test_an_entry_label_with_the_count_of_all_alone_on_its_line_is_titled_by_the_line_below(cfg):
    text = "廃炉と町の将来\n\n１　はじめに\n　町が変わる。\n\n２　提言\n\n" + "".join(
        f"提言 {n} ／ 3\n{title}\n　町は{title}べきである。\n\n"
        for n, title in ((1, "共同で受注する体制をつくる"), (2, "人材を育てる拠点を設ける"), (3, "跡地の構想を描く")))
    assert [(label, title) for _, label, _, title in _recs(_units(text, cfg))] == [
        ("1", "共同で受注する体制をつくる"), ("2", "人材を育てる拠点を設ける"), ("3", "跡地の構想を描く")]


@pytest.mark.parametrize("text, item", [("［１］相談窓口が知られていない。", True), ("〔２〕専門職がいない。", True),
                                        ("［参考］資料を見よ。", False)])
def test_numbers_in_square_brackets_number_items(cfg, text, item):
    assert bool(cfg.outline.patterns["item"].search(text)) is item


def test_the_documents_own_answer_mark_wins_over_a_list_mark(cfg):
    """◆ asks and ◎ (rarer, always after ◆) answers, though ◎ also leads remarks elsewhere."""
    text = BACKGROUND + "\n参考資料　委員会における主な質疑\n\n" + "".join(
        f"◆{who}委員\t{q}\n" + (f"◎水泳クラブ支配人\t{a}\n" if a else "")
        for who, q, a in (("森本", "受託の上限は何人か。", "三十人程度が上限である。"),
                          ("青木", "送迎はできるか。", "バス二台で送迎できる。"),
                          ("石田", "料金は同じか。", ""), ("宮内", "役割の分担はどうするか。", "")))
    said = [(u.kind, u.text[:2]) for u in _units(text, cfg) if u.kind in ("remark", "reply")]
    assert said == [("remark", "◆森"), ("reply", "◎水"), ("remark", "◆青"), ("reply", "◎水"),
                    ("remark", "◆石"), ("remark", "◆宮")]


# ---- stop 27: slide decks, katakana labels, inspection reports -----------------------------------

SLIDES = """# 公民館の再生に向けて

---

# はじめに

市内の公民館は老朽化が進んでいる。研究会は利用者の声を聞いて方策を検討した。

---

# 現状と課題（1/2）

1. **建物が古い**
   築四十年を超える館が半数を占める。
2. **利用者が減っている**
   利用者は十年で三割減った。

---

# 現状と課題（2/2）

3. **職員が足りない**
   一館一人の体制が続いている。

---

# 提言の全体像

| | 提言 | 主体 |
|---|---|---|
| 1 | 改修の計画をつくる | 市 |
| 2 | 講座を増やす | 市・団体 |

---

# 提言1　改修の計画をつくる

市は、館ごとの改修計画を定めるべきである。

- 優先順位を公表する
- 改修費を基金で積み立てる

---

# 提言2　講座を増やす

市と団体は、若い世代向けの講座を設けるべきである。

---

# 参考　意見交換会の記録

> 「夜も使えるようにしてほしい」（会社員・30代）

**市より**　夜間の開館を試行する予定である。

> 「駐車場が狭い」
"""


def test_a_slide_deck_numbers_recommendations_in_its_headings(cfg, tmp_path):
    """# 提言1 at the top level is a recommendation (no recommendations section above it); a
    continued heading (現状と課題（1/2）) keeps its role; 提言の全体像 names the recommendations, so its
    summary table is no problem; a quotation alone is a remark and 市より a reply."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "slides.md"
    path.write_text(SLIDES, encoding="utf-8")
    units = units_of(path, None)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "改修の計画をつくる"), ("2", "講座を増やす")]
    assert [u.text.split("\n")[0] for u in units if u.kind == "problem"] == [
        "1. 建物が古い", "2. 利用者が減っている", "3. 職員が足りない"]
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "remark", "reply", "remark"]


KATAKANA = """伝統工芸の担い手に関する調査報告

　本報告は、産地の工房への聞き取りをまとめたものである。

序章　調査の方法

　本調査は工房への聞き取りによる。

第1章　現状と課題

１　修業中の収入が少ない

２　道具が手に入らない

第2章　担い手を育てる方策

方策ア　奨励金を設ける
　県は修業者に奨励金を支給すべきである。
方策イ　技法を記録する
　組合は技法を映像で記録すべきである。
方策ウ　販売の場をつくる
　組合は共同の店舗を設けるべきである。

終章　むすび

　担い手の確保は産地全体の課題である。
"""


def test_katakana_labels_in_plain_text(cfg):
    """方策ア, 方策イ, 方策ウ start lines of their own (a series counted in katakana) and number the
    recommendations; the unit ids count them 1, 2, 3."""
    units = _units(KATAKANA, cfg)
    assert [(u.unit_id, u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("R01", "ア", "奨励金を設ける"), ("R02", "イ", "技法を記録する"),
        ("R03", "ウ", "販売の場をつくる")]


@pytest.mark.parametrize("printed, number", [("ア", 1), ("ウ", 3), ("（ｲ）", 2), ("㋐", 1), ("㋒", 3)])
def test_katakana_numbers(printed, number):
    from dtx_nlp.stages.segment import parse_number

    assert parse_number(printed) == number


def test_opening_and_closing_chapters_of_a_word_report(cfg, tmp_path):
    """序章 … is the introduction and 終章 … the conclusion, whatever their titles."""
    from docx import Document

    from dtx_nlp.inspect import units_of

    doc = Document()
    for style, text in [("Heading 1", "序章　調査の方法"), ("Normal", "本調査は聞き取りによる。"),
                        ("Heading 1", "第1章　現状と課題"), ("Normal", "収入が少ない。"),
                        ("Heading 1", "第2章　方策"), ("Heading 2", "方策ア　奨励金を設ける"),
                        ("Normal", "県は奨励金を支給すべきである。"), ("Heading 2", "方策イ　技法を記録する"),
                        ("Normal", "組合は技法を記録すべきである。"),
                        ("Heading 1", "終章　むすび"), ("Normal", "担い手の確保は産地全体の課題である。")]:
        doc.add_paragraph(text, style=style)
    path = tmp_path / "k.docx"
    doc.save(path)
    units = units_of(path, None)
    assert [u.kind for u in units if u.text.startswith("本調査")] == ["intro"]
    assert [u.kind for u in units if u.text.startswith("担い手の確保")] == ["conclusion"]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("ア", "奨励金を設ける"), ("イ", "技法を記録する")]


INSPECTION = """河川管理の行政監察結果報告書

　本報告は、河川管理の実施状況を監察した結果である。

第１部　監察結果及び所見

１　堤防の点検

【調査結果】

　点検の記録が紙で保管され、共有されていない。

【所見】

所見１　点検記録を電子化すること
　したがって、県は、次の措置を講ずる必要がある。
㋐　記録の様式を統一すること。
㋑　記録を出先機関と共有すること。

２　水門の操作

【調査結果】

　水門の操作員が高齢化している。

【所見】

所見２　水門の遠隔操作を進めること
　したがって、県は遠隔操作の導入を進める必要がある。
"""


def test_an_inspection_report_states_its_findings_per_topic(cfg):
    """所見N numbers recommendations and ㋐ ㋑ their items; 【調査結果】 states the problems."""
    units = _units(INSPECTION, cfg)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "点検記録を電子化すること"), ("2", "水門の遠隔操作を進めること")]
    assert ["".join(u.text.split()) for u in units if u.kind == "recommendation_item"] == [
        "㋐記録の様式を統一すること。", "㋑記録を出先機関と共有すること。"]
    assert {u.part for u in units if u.text.startswith(("点検の記録", "水門の操作員"))} == {
        "problem"}


def test_problems_numbered_in_two_levels_and_answers_labelled_in_a_record(cfg):
    text = ("研修制度の見直し\n\n　本稿は研修制度の見直しを提案する。\n\n１　現状と課題\n\n"
            "課題1-1　講師が足りない。講座が開けない。\n\n課題1-2　会場が遠い。参加が減った。\n\n"
            "２　改善策\n\n改善策１　講師を育てる\n\n　県は講師を養成すべきである。\n\n"
            "参考　担当者会議における主な意見\n\n　意見　Ａ町　講師の謝金が足りない。\n"
            "　考え方　謝金の見直しを検討する。\n")
    units = _units(text, cfg)
    assert [u.text[:5] for u in units if u.kind == "problem"] == ["課題1-1", "課題1-2"]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [("1", "講師を育てる")]
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply"]


RECORD_IN_BODY = """図書館サービスの見直しについて（報告書）

第１章　はじめに

　本報告は、市立図書館の今後のあり方をまとめたものである。

第２章　現状と課題

【課題１】開館時間が短い

　平日は午後６時に閉館している。

【課題２】蔵書が古い

　購入予算が十年で半分になった。

第３章　利用者からの意見聴取

　令和７年９月に利用者懇談会を開いた。

（１）開館時間と蔵書の課題

〇　仕事帰りに寄れる時間まで開けてほしい。（会社員）

〇　新しい本が少ない。（高校生）

　〔生涯学習課〕購入予算の確保に努める。

第４章　今後の方策

《提言１》開館時間を延ばす

　市は、平日の開館を午後８時までとすべきである。

イ　金曜日から試行する

ロ　利用者数を毎月公表する

《提言２》蔵書を更新する

　市は、購入予算を段階的に増やすべきである。

第５章　おわりに

　図書館は地域の学びの場である。
"""


def test_a_record_in_the_body_before_the_recommendations(cfg):
    """〇 (the ideographic zero used as a mark) leads remarks, an office in brackets (〔生涯学習課〕)
    answers, and the report goes on after the record chapter (a topic inside it named like a
    problem section stays in it): 第４章 holds the recommendations and their iroha items."""
    units = _units(RECORD_IN_BODY, cfg)
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "remark", "reply"]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "開館時間を延ばす"), ("2", "蔵書を更新する")]
    assert len([u for u in units if u.kind == "recommendation_item"]) == 2
    assert [u.kind for u in units if u.text.startswith("図書館は地域")] == ["conclusion"]


QUOTES = """# 1　はじめに

県は、介護する家族の声を聞いて支援策をまとめた。

# 2　提言

## 方策１　相談の窓口を増やす

県は、夜間も受け付ける相談窓口を設けるべきである。

a) 電話に加えてＳＮＳで受け付ける。
b) 窓口の場所を学校で知らせる。

# 参考資料　家族の声を聴く会

> 夜中に相談できるところがなかった。
>
> ――介護者・５０代

**県の受け止め**　夜間の相談窓口を設ける予定です。

> 学校に言いにくい。
>
> ――高校生
"""


def test_block_quotes_are_remarks_and_lettered_items(cfg, tmp_path):
    """A block quote in the record is a remark, its ――speaker line below it a note; a bold
    県の受け止め answers; pandoc's a) b) lines (one CommonMark paragraph) are items."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "q.md"
    path.write_text(QUOTES, encoding="utf-8")
    units = units_of(path, None)
    assert [u.kind for u in units if u.part == "workshop" and u.kind not in ("heading",)] == [
        "remark", "note", "reply", "remark", "note"]
    assert ["".join(u.text.split())[:6] for u in units if u.kind == "recommendation_item"] == [
        "a)電話に加", "b)窓口の場"]


def _docx_paragraph(doc, parts, style="Normal"):
    """A Word paragraph of runs (text, bold); "\\n" in a text is a soft line break."""
    p = doc.add_paragraph(style=style)
    for text, bold in parts:
        for n, piece in enumerate(text.split("\n")):
            run = p.add_run()
            if n:
                run.add_break()
            run.add_text(piece)
            run.bold = bold
    return p


def test_word_soft_line_breaks_quotes_and_an_office_answering(cfg, tmp_path):
    """In Word, a bold first line and a soft line break title a problem (課題ア…); ・ lines set
    apart by soft breaks are items; a paragraph in the Quote style is a remark; 市（福祉課）　…
    answers."""
    from docx import Document

    from dtx_nlp.inspect import units_of

    doc = Document()
    doc.add_paragraph("第一章　現状と課題", style="Heading 1")
    _docx_paragraph(doc, [("課題ア　窓口が遠い", True), ("\n支所には相談員がいない。", False)])
    _docx_paragraph(doc, [("課題イ　手続が複雑である", True), ("\n書類が十種類を超える。", False)])
    _docx_paragraph(doc, [("課題ウ　費用が高い", True), ("\n報酬の助成が少ない。", False)])
    doc.add_paragraph("第二章　提言", style="Heading 1")
    doc.add_paragraph("推進策１　窓口を一本化する", style="Heading 2")
    doc.add_paragraph("市は、相談の窓口を一本化すべきである。")
    _docx_paragraph(doc, [("・支所にも相談員を置く\n・書類を減らす", False)])
    doc.add_paragraph("推進策２　助成を広げる", style="Heading 2")
    doc.add_paragraph("市は、報酬助成の対象を広げるべきである。")
    doc.add_paragraph("参考資料　意見交換の記録", style="Heading 1")
    doc.add_paragraph("支所まで行くのが大変だ。", style="Quote")
    doc.add_paragraph("市（福祉課）　支所に相談員を置く方向で検討する。")
    path = tmp_path / "w.docx"
    doc.save(path)
    units = units_of(path, None)
    assert [u.text.split("\n")[0] for u in units if u.kind == "problem"] == [
        "課題ア 窓口が遠い", "課題イ 手続が複雑である", "課題ウ 費用が高い"]
    assert [u.text for u in units if u.kind == "recommendation_item"] == [
        "・支所にも相談員を置く", "・書類を減らす"]
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply"]


def test_problems_led_by_their_own_title_and_a_dash(cfg):
    """In a problem section, a paragraph led by a short title and ―― states one problem; the
    lead paragraph before them does not."""
    text = ("農業用水路の維持に関する報告\n\n　本報告は、水路の維持管理の現状をまとめたものである。\n\n"
            "１　現状と課題\n\n　聞き取りから、次の点が明らかになった。\n"
            "　担い手が高齢化している――水路の清掃に出る人の多くが七十代である。\n"
            "　補修の費用が足りない――老朽化した区間の補修が先送りされている。\n\n"
            "２　提言\n\n提言１　清掃を地域全体で担う\n　市は、清掃の協力者を募るべきである。\n")
    units = _units(text, cfg)
    assert [u.text[:9] for u in units if u.kind == "problem"] == ["担い手が高齢化して", "補修の費用が足りな"]


QUARTO = """---
title: "放課後の居場所づくり"
number-sections: true
---

# はじめに {#sec-intro}

本稿は、放課後の子どもの居場所について調べた結果をまとめたものである。

# 調査から見えた課題 {#sec-issues}

調査の結果、次の課題が明らかになった。

a. **居場所が足りない。**
   児童館は市内に二か所しかない。
b. **指導員が集まらない。**
   募集しても応募がない。

# 政策提言 {#sec-policy}

::: {.callout-important}
提言の要旨は次のとおりである。
:::

## 提言1　児童館を増やす

市は、小学校区ごとに児童館を設けるべきである。

## 提言2　指導員の待遇を改善する

市は、指導員の報酬を引き上げるべきである。

# 付録　意見交換の記録 {.unnumbered}

〈会場〉市民会館（参加者２０名）

〈保護者〉放課後に行く場所がなくて困っている。

〈市教育委員会〉来年度に一か所増やす予定である。
"""


def test_quarto_attributes_fences_letters_and_bracketed_speakers(cfg, tmp_path):
    """Pandoc/Quarto Markdown: heading attributes ({#sec-…}, {.unnumbered}) and ::: fences are
    markup; a. b. lines in a problem section are problems; 〈speaker〉 leads a remark when a
    statement follows (〈会場〉 and its place stay a note) and 〈市教育委員会〉 answers."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "q.md"
    path.write_text(QUARTO, encoding="utf-8")
    units = units_of(path, None)
    assert [u.title for u in units if u.kind == "heading"][:2] == ["はじめに", "調査から見えた課題"]
    assert not any(":::" in u.text for u in units)
    assert [u.text.split("\n")[0][:2] for u in units if u.kind == "problem"] == ["a.", "b."]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "児童館を増やす"), ("2", "指導員の待遇を改善する")]
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "note", "remark", "reply"]


VACANT_HOUSES = """空き家対策の方向性（中間取りまとめ）

１　はじめに

　本取りまとめは、空き家対策の方向性を示すものである。

２　今後の施策の方向性

方向性１　空き家の発生を防ぐ

【具体的な取組】

　○　相続の相談会を開く。

方向性２　空き家の活用を進める

【具体的な取組】

　○　空き家バンクを充実させる。

方向性３　危険な空き家を除却する

【具体的な取組】

　○　除却の費用を補助する。

３　おわりに

　引き続き検討を進める。
"""


def test_a_sub_heading_repeated_under_every_entry_is_no_entry(cfg):
    """【具体的な取組】 under each of 方向性1–3 labels a part of each entry: the entries are the
    方向性 headings."""
    units = _units(VACANT_HOUSES, cfg)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "空き家の発生を防ぐ"), ("2", "空き家の活用を進める"), ("3", "危険な空き家を除却する")]


def test_a_roman_group_number_with_the_entry_number_after_a_dash(cfg):
    assert printed_label("Ⅰ－①") == "1-1" and printed_label("Ⅱ-3") == "2-3"
    text = ("再生可能エネルギーの導入に向けた提言\n\n１　はじめに\n\n　本提言は導入の方策を示す。\n\n"
            "２　提言\n\nⅠ－①　説明会を義務付ける\n　県は条例を定めるべきである。\n\n"
            "Ⅰ－②　利益を地域に還元する\n　事業者は基金を設けるべきである。\n\n"
            "Ⅱ－①　災害のおそれがある区域を避ける\n　県は区域を指定すべきである。\n")
    units = _units(text, cfg)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1-1", "説明会を義務付ける"), ("1-2", "利益を地域に還元する"),
        ("2-1", "災害のおそれがある区域を避ける")]


VOICES = """第１章　はじめに
　市は、公園の使い方を見直すため、利用者の声を聴いた。

第２章　利用者の声
　以下は、懇談会で出された主な発言である。

２－１　子育て世代懇談会（令和７年６月１４日）

乳幼児の保護者
　日陰がなく、夏は遊ばせられない。

小学生（４年）
　ボール遊びが禁止されていて、行く公園がない。
　公園緑地課から　日よけの設置を来年度から順次進める。

２－２　高齢者との懇談会

老人クラブ会長
　ベンチが少なく、途中で休めない。

第３章　課題の整理

課題１　夏の暑さへの備えが足りない
　日陰となる樹木や日よけが少ない。

課題２　休む場所が少ない
　ベンチの数が利用者数に見合っていない。

第４章　提言
提言１　日よけを増やす
　市は、遊具の周りに日よけを設けるべきである。
提言２　ベンチを増やす
　市は、園路に沿ってベンチを置くべきである。
"""


@pytest.mark.parametrize("chapter", ["利用者の声", "懇談会等の開催"])
def test_voices_under_their_speakers_and_a_meeting_held_on_a_date(cfg, chapter):
    """A chapter of voices (…の声), a meeting on a date (…懇談会（令和７年６月１４日）) and one held
    with someone (…との懇談会) are the record; a speaker named on a line of their own makes the
    statement below a remark."""
    units = _units(VOICES.replace("利用者の声", chapter), cfg)
    said = [(u.kind, u.text[:6]) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "日陰がなく、"), ("remark", "ボール遊びが"), ("reply", "公園緑地課か"),
                    ("remark", "ベンチが少な")]
    assert [(u.kind, u.part) for u in units if u.text.startswith(("２－", "第２章"))][
        chapter != "利用者の声":] == [("heading", "workshop")] * (3 if chapter == "利用者の声" else 2)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["課題１", "課題２"]
    assert [u.title for u in units if u.kind == "recommendation"] == ["日よけを増やす", "ベンチを増やす"]


TOPICS = """# 図書館の運営に関する論点整理（事務局案）

## 1　本資料の位置づけ

第１回・第２回の会議での議論を踏まえ、論点ごとに整理した。

## 2　論点と検討の方向性

### 論点1　開館時間をどう見直すか

**現状・課題**

○ 平日の夜間に利用したいという声が多いが、閉館は午後６時である。

**検討の方向性（案）**

**方向性1-1　平日の開館時間を延ばす**

平日は午後８時まで開館する。

- 夜間の職員を確保する
- 夜間の返却ポストを増やす

### 論点2　蔵書をどう更新するか

**現状・課題**

○ 購入費が減り、新しい本が少ない。

**検討の方向性（案）**

**方向性2-1　寄贈と共同購入を広げる**

近隣の図書館と共同で購入する。

### 論点3　子どもの利用をどう増やすか

**現状・課題**

○ 小学生の利用が減っている。

**検討の方向性（案）**

**方向性3-1　学校との連携を強める**

学校への団体貸出を増やす。

## 資料　パブリックコメントの結果

意見１：日曜日も夜まで開けてほしい。

■市の考え方　今後の検討課題とします。
"""


def test_topic_by_topic_directions_grouped_by_their_topic(cfg, tmp_path):
    """A secretariat's 論点整理: 方向性N-M entries under a recurring 検討の方向性（案） label are
    recommendations grouped by their 論点; a sentence opening with 第１回 is no session; a public
    comment's result is the record."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "t.md"
    path.write_text(TOPICS, encoding="utf-8")
    units = units_of(path, None)
    assert [(u.label, u.group, u.title) for u in units if u.kind == "recommendation"] == [
        ("1-1", "開館時間をどう見直すか", "平日の開館時間を延ばす"),
        ("2-1", "蔵書をどう更新するか", "寄贈と共同購入を広げる"),
        ("3-1", "子どもの利用をどう増やすか", "学校との連携を強める")]
    assert [u.text[:5] for u in units if u.kind == "problem"] == ["○ 平日の", "○ 購入費", "○ 小学生"]
    assert not [u for u in units if u.kind == "session"]
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply"]


UNNUMBERED = """◆現状と課題
■利用者が減っている
　若い世代の利用が少ない。
◆今後の取組の方向
■開館時間を延ばす
　平日は午後８時まで開館する。
■蔵書を更新する
　購入費を確保する。

資料　パブリックコメントの結果
　意見１：日曜日も夜まで開けてほしい。
　市の考え方：今後の検討課題とします。
"""


def test_unnumbered_recommendations_are_numbered_in_document_order(cfg):
    """■ entries without numbers are R01, R02 labelled 1, 2; the result of a public comment
    (パブリックコメント) is the record."""
    units = _units(UNNUMBERED, cfg)
    assert [(u.unit_id, u.label) for u in units if u.kind == "recommendation"] == [
        ("R01", "1"), ("R02", "2")]
    assert [u.kind for u in units if u.part == "workshop"] == ["heading", "remark", "reply"]


NAMED_IN_BRACKETS = """１　はじめに
　市は、公園の使い方を調べた。

２　現状（課題）
（１）日陰が少ない
　夏の日中は遊具が熱くなる。
（２）ベンチが少ない
　高齢者が途中で休めない。

３　今後の対応（提言）
（１）日よけの設置
　遊具の周りに日よけを設置する。
（２）ベンチの増設
　園路に沿ってベンチを増やす。

４　おわりに
　市の取組に期待する。
"""


def test_a_heading_names_its_role_in_brackets(cfg):
    """今後の対応（提言） and 現状（課題） name their sections by the word in brackets."""
    units = _units(NAMED_IN_BRACKETS, cfg)
    assert [u.title for u in units if u.kind == "recommendation"] == ["日よけの設置", "ベンチの増設"]
    assert [u.text[:6] for u in units if u.kind == "problem"] == ["（１）日陰が", "（２）ベンチ"]


PARAGRAPH_A_LINE = """１．はじめに
　市は、図書館の利用の実態を調べるため、令和７年の春に二つの館で利用者の意見を聴いた。本書はその結果を報告するものである。
２．利用者の声
２－１　中央館（令和７年５月１０日）
［要旨］
　・仕事の帰りに寄りたいので、平日の夜も開けてほしいという声が多かった。（利用者）
［質疑］
問（委員）　夜は何時まで開けてほしいという声が多かったのか、具体的に教えてほしい。
答（館長）　午後８時までという声が最も多く、次いで午後９時までという声であった。
２－２　北分館（令和７年５月１７日）
［要旨］
　・駐車場が狭く、土日は満車で車で来にくいので、臨時の駐車場がほしいと言われた。（利用者）
３．提言
提言１　開館時間を延ばす
　市は、利用者の声に応えて、平日は午後８時まで開館するべきである。
"""


def test_a_text_with_a_paragraph_per_line_and_dated_meetings(cfg):
    """Where most long lines end a sentence, the text is not hard-wrapped: a short heading line
    (２－１　…) ends there, not running into the ［要旨］ line below; a record sub-heading that
    gives its date is a session."""
    units = _units(PARAGRAPH_A_LINE, cfg)
    sessions = [u.title for u in units if u.kind == "session"]
    assert sessions == ["中央館（令和７年５月１０日）", "北分館（令和７年５月１７日）"]
    assert [(u.kind, u.session, u.text[:2]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", 1, "・仕"), ("remark", 1, "問（"), ("reply", 1, "答（"), ("remark", 2, "・駐")]
    assert all(u.text.endswith(("。", "）")) for u in units if u.kind == "remark")


def test_word_bold_circled_titles_lettered_items_and_a_timed_transcript(cfg, tmp_path):
    """① title set in bold on its own line titles an entry (with its body and ａ　items) under a
    group heading; in a transcript, a time stamp (〔14:03〕) leads the speaker's line, the chair
    (司会　…) opens a topic and Q/A lines ask and answer."""
    import docx

    from dtx_nlp.inspect import units_of

    d = docx.Document()
    d.add_paragraph("第3節　今後の取組", style="Heading 1")
    d.add_paragraph("１　窓口の取組", style="Heading 2")
    for n, title in (("①", "書かない窓口を広げる"), ("②", "相談会を開く")):
        _docx_paragraph(d, [(f"{n}　{title}", True)])
        _docx_paragraph(d, [("窓口で聞き取った内容を印字し、署名だけを求める方式を広げる。", False)])
        _docx_paragraph(d, [("ａ　全ての支所に導入する", False)])
        _docx_paragraph(d, [("ｂ　利用の多い手続から始める", False)])
    d.add_paragraph("参考資料　意見交換の記録", style="Heading 1")
    for text in ("〔14:00〕司会　最初の論点である窓口について御意見をお願いします。",
                 "〔14:03〕Ａ委員（市民課）　同じ住所を何枚も書いてもらっている。",
                 "〔14:06〕事務局　聞き取りで印字する方式を検討します。",
                 "Q　相談会はどこで開くのか（自治会）",
                 "A　公民館で開く予定です"):
        _docx_paragraph(d, [(text, False)])
    path = tmp_path / "dx.docx"
    d.save(path)
    units = units_of(path, None)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "書かない窓口を広げる"), ("2", "相談会を開く")]
    assert [u.text[:1] for u in units if u.kind == "recommendation_item"] == ["ａ", "ｂ"] * 2
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "session_topic", "remark", "reply", "remark", "reply"]


NESTED_LIST = """## 第1　はじめに

町は、図書館の今後のあり方を検討した。

## 第2　方策

委員会は、次の方策を求める。

- **開館時間を延ばす。** 平日は午後８時まで開館する。
  - 夜間の職員を確保する
  - 返却ポストを増やす
- **移動図書館を走らせる。** 山間部の集落を月２回巡回する。
- **学校図書館と連携する。** 団体貸出を増やす。
  - 学校ごとに担当の司書を決める

## 第3　重点の取組

### 取組１　読書週間を設ける

町は、毎年秋に読書週間を設けるべきである。

- 学校と共同で催しを開く

## 第4　おわりに

町の取組に期待する。
"""


def test_the_top_level_of_a_nested_list_holds_the_recommendations(cfg, tmp_path):
    """A recommendations section whose list nests: the top-level items (a bold lead sentence,
    then why) are the recommendations, numbered in order, the nested ones their items."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "n.md"
    path.write_text(NESTED_LIST, encoding="utf-8")
    units = units_of(path, None)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "開館時間を延ばす。"), ("2", "移動図書館を走らせる。"), ("3", "学校図書館と連携する。"),
        ("1", "読書週間を設ける")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == [
        "R01", "R01", "R03", "R01b1"]


TWO_ASKING_CHAPTERS = """Ⅰ　はじめに
　本委員会は、市税の収納のあり方を検討した。その結果を報告する。

Ⅱ　現状と課題
　納付の手段が限られ、督促後の催告も遅れている。

Ⅲ　滞納を生まない仕組みづくり
　次の２点を提言する。

(1) 納付手段の多様化
　スマートフォン決済による納付を可能とすべきである。あわせて、口座振替を広げる。

(2) 早期の催告
　督促後１か月以内に催告する体制を整えるべきである。委託も検討する。

Ⅳ　確実な徴収
　厳正に対処する一方、丁寧に寄り添うことが求められる。

(1) 債権管理室の設置
　債権管理室を設け、滞納案件を集約すべきである。

(2) 福祉との連携
　生活困窮者の相談窓口につなぐべきである。分割納付の計画を一緒に立てる。

Ⅴ　おわりに
　市の取組に期待する。
"""


def test_every_chapter_at_its_level_that_asks_holds_recommendations(cfg):
    """No heading names the recommendations: the first chapter whose entries ask for something
    (a sentence of an entry's text asking is enough) holds them, and so does the next chapter
    at its level that asks as well."""
    units = _units(TWO_ASKING_CHAPTERS, cfg)
    assert [u.title for u in units if u.kind == "recommendation"] == [
        "納付手段の多様化", "早期の催告", "債権管理室の設置", "福祉との連携"]


PLAN_MEASURES = """第１章　計画の趣旨
　県は、外来種の対策を進めるため、この計画を定める。

第２章　現状と課題
　外来種の生息域が広がっている。

第３章　施策の展開
１．通報の仕組みの構築
　ウェブで通報を受け付ける窓口を設ける。
２．担い手の育成
　わな猟の講習を開く。

第４章　計画の推進
　県は、毎年度の進み具合を公表する。
"""


def test_the_development_of_measures_names_the_recommendations(cfg):
    """施策の展開 (how a plan lays out its measures) names the recommendations section, whose
    entries here neither ask nor carry a recommendations word."""
    units = _units(PLAN_MEASURES, cfg)
    assert [u.title for u in units if u.kind == "recommendation"] == ["通報の仕組みの構築", "担い手の育成"]


WITNESSES = """１　はじめに
　委員会は、空き家の対策を調査した。

２　提言
提言１　所有者を調べる体制を整える
　県は、所有者を調べる体制を整えるべきである。

付録　参考人招致の記録
○田中委員　所有者が分からない空き家は、どう扱っているのか。
○山本参考人　登記を調べても分からない場合は、財産管理人の選任を申し立てている。
○佐藤委員　市町村の職員は足りているのか。
○山本参考人　専門の職員は少なく、県の支援を求める声が多い。
"""


def test_in_a_hearing_of_witnesses_the_witness_answers(cfg):
    """A record of witnesses heard (参考人招致) is a hearing: the witness's statement after a
    member's question answers it."""
    units = _units(WITNESSES, cfg)
    assert [u.kind for u in units if u.kind in ("remark", "reply")] == [
        "remark", "reply", "remark", "reply"]


ACTION_PLAN = """みどり町公園再生アクションプラン

第１　計画の趣旨

町の公園の多くは開設から四十年を超え、遊具や便所の老朽化が目立つようになってきた。本プランは、その更新の順序と方法を定めるものである。

第２　現状と課題

＜課題1＞遊具が古くなっている

令和６年度の点検で、補修または撤去が必要とされた遊具は全体の三割に上っている。

コラム　公園を育てる会の声

北町の公園では、住民の会が十年にわたり花壇の手入れと遊具の見回りを続けてきた。

＜課題2＞利用者が減っている

平日の利用者は十年前の半分となり、特に小学生の利用が大きく減っている。

第３　施策の展開

■基本方針1　安全な公園にする

●施策の方向1-1　遊具の更新

施策1-1-1　危険な遊具の撤去と更新

点検で危険とされた遊具を三年以内に撤去し、年齢に応じた新しい遊具に更新する。

施策1-1-2　点検記録の電子化

点検の記録を電子化し、遊具ごとの状態を町のホームページで公開する。

●施策の方向1-2　利用の促進

施策1-2-1　公園での催しの支援

住民団体が公園で開く催しに、テントや机などの用具を無料で貸し出す。

第４　計画の推進

毎年度、施策の進捗を町議会に報告し、その結果を町のホームページで公表する。

資料　住民説明会における主な意見と町の考え方

【第１回　中央公民館（５月１０日）】

◎３０代女性　子どもが遊べる遊具を早く直してほしい。

［町の考え方］危険な遊具から順に更新します。

◎７０代男性　ベンチを増やしてほしい。

◎４０代男性　夜の公園が暗くて怖い。

▶回答（公園緑地課）　照明の増設を検討します。
"""


def test_a_plan_numbered_in_three_levels_closing_with_its_progress_and_an_appendix(cfg):
    """施策N-N-N entries grouped by ●施策の方向N-N headings; 第４　計画の推進 closes the plan;
    資料　… is an appendix heading; a session's title loses its closing bracket; ［町の考え方］
    answers the remark above it."""
    units = _units(ACTION_PLAN, cfg)
    assert _recs(units) == [("R01", "1-1-1", "遊具の更新", "危険な遊具の撤去と更新"),
                            ("R01b1", "1-1-2", "遊具の更新", "点検記録の電子化"),
                            ("R01b2", "1-2-1", "利用の促進", "公園での催しの支援")]
    part = {u.text.split()[0]: u.part for u in units if u.kind == "heading"}
    assert part["第４"] == "conclusion" and part["資料"] == "workshop"
    assert [u.title for u in units if u.kind == "session"] == ["中央公民館（５月１０日）"]
    assert [u.kind for u in units if u.part == "problem" and u.kind != "heading"] == [
        "problem", "problem_context", "problem_context", "problem"]  # (コラム　… is no heading)
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply", "remark", "remark", "reply"]


PETITION = """# 介護人材の確保に関する要望書

## １．現状と課題

第一に、介護職員の離職が続いている。

第二に、研修を受ける時間が取れない。

## ２．要望事項

**要望１　研修費用の補助**

研修にかかる費用を補助していただきたい。

（ⅰ）受講料の全額を補助の対象とすること

（ⅱ）代替職員の人件費も対象とすること

**要望２　処遇の改善**

介護職員の賃金を引き上げていただきたい。

**要望３　手続きの簡素化**

加算の申請書類を減らし、電子申請で完結するようにしていただきたい。

## 別添　意見交換会の概要

## テーマ１　人材の確保

Ａ施設（施設長）：若い職員が三年で辞めてしまう。

《事務局》処遇の改善を要望に盛り込みました。

## テーマ２　研修

Ｂ施設（介護職員）：夜勤明けに研修に行くのはつらい。

▶回答（県介護保険課）　研修の日程を見直します。
"""


def test_a_petition_asks_in_its_numbered_requests_and_its_record_has_topics(cfg, tmp_path):
    """要望事項 names the recommendations; （ⅰ）（ⅱ） are items; headings at the record's level
    after it (テーマ１, テーマ２) are its topics, not records of their own; 《事務局》 answers."""
    from dtx_nlp.inspect import units_of
    from dtx_nlp.stages.outline import _directive

    path = tmp_path / "petition.md"
    path.write_text(PETITION, encoding="utf-8")
    units = units_of(path)
    assert [r[1:] for r in _recs(units)] == [("1", "", "研修費用の補助"), ("2", "", "処遇の改善"),
                                              ("3", "", "手続きの簡素化")]
    assert [u.unit_id for u in units if u.kind == "recommendation_item"] == ["R01-1", "R01-2"]
    assert [u.title for u in units if u.kind == "session_topic"] == ["テーマ１ 人材の確保", "テーマ２ 研修"]
    assert [u.kind for u in units if u.kind in ("remark", "reply")] == ["remark", "reply", "remark",
                                                                        "reply"]
    assert _directive("賃金を引き上げていただきたい。", cfg.outline)


@pytest.mark.parametrize("title, role", [
    ("計画の推進", "conclusion"), ("本計画の推進体制", "conclusion"), ("小括", "conclusion"),
    ("要望事項", "recommendations"), ("計画の目標", ""), ("推進の方向", ""),
])
def test_roles_of_a_plan_and_a_petition(cfg, title, role):
    from dtx_nlp.stages.outline import _role

    assert _role(title, cfg.outline) == role


TOPIC_BLOCKS = """駅前広場の再整備に関する中間取りまとめ

第一　はじめに

本委員会は、駅前広場の再整備について令和７年から議論を重ねてきた。ここにその中間的な整理を示す。

第二　分野別の課題と対応の方向性

委員会での議論を、歩行者の安全とバスの乗り継ぎの二つの分野に分けて整理する。

１．歩行者の安全

【課題】

○ 送迎の車が歩道に乗り上げ、歩行者との接触事故が年に数件起きている。

【対応の方向性】

○ 送迎用の停車帯を広場の外周に設けるべきである。停車帯は一般車とタクシーで分ける。

　・停車帯の位置を示す路面表示の設置

　・停車時間の上限の設定

２．バスの乗り継ぎ

【課題】

○ 路線ごとに乗り場が離れており、乗り継ぎに時間がかかっている。

【対応の方向性】

○ 乗り場を一か所に集約し、案内表示を統一するべきである。

第三　おわりに

本委員会は、今後、整備の工程と費用について議論を深める。
"""


def test_asks_as_marked_statements_topic_by_topic(cfg):
    """A section named for problems and directions whose topics each hold a 【課題】 and a
    【対応の方向性】 block frames the topics; the ○ statements that ask are the recommendations,
    titled by their first sentence, grouped by their topic, with the ・ lines below as items."""
    units = _units(TOPIC_BLOCKS, cfg)
    assert _recs(units) == [
        ("R01", "1", "歩行者の安全", "送迎用の停車帯を広場の外周に設けるべきである"),
        ("R02", "2", "バスの乗り継ぎ", "乗り場を一か所に集約し、案内表示を統一するべきである")]
    assert [u.unit_id for u in units if u.kind == "recommendation_item"] == ["R01-1", "R01-2"]
    assert [u.unit_id for u in units if u.kind == "problem"] == ["P01", "P02"]


MEASURE_TABLES = """# 公文書管理の改善方針

## 第１章　現状と課題

### 1　文書の所在が分からない

紙の文書が部署ごとに保管され、所在の確認に時間がかかっている。

### 2　保存期間が守られていない

保存期間を過ぎた文書が廃棄されずに残っている。

## 第２章　施策の展開

### 方針１　文書を電子化する

紙の文書を電子化し、所在を一元的に管理する。

| No. | 措置 | 主体 |
|---|---|---|
| 1-1 | 保存文書の台帳の電子化 | 総務課 |
| 1-2 | 検索システムの導入 | 情報政策課 |

### 方針２　保存期間を管理する

保存期間の満了を知らせる仕組みを設ける。

### 方針３　職員の研修を行う

文書管理の研修を毎年行う。
"""


def test_numbered_rows_of_a_measures_table_are_items_of_their_entry(cfg, tmp_path):
    """A table under a recommendation whose rows are numbered (1-1, 1-2) lists its items."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "measures.md"
    path.write_text(MEASURE_TABLES, encoding="utf-8")
    units = units_of(path)
    assert [r[3] for r in _recs(units)] == ["文書を電子化する", "保存期間を管理する", "職員の研修を行う"]
    items = [(u.parent_id, u.text) for u in units if u.kind == "recommendation_item"]
    assert [parent for parent, _ in items] == ["R01", "R01"]
    assert "検索システムの導入" in items[1][1]


def test_a_label_and_a_colon_number_a_series():
    from dtx_nlp.stages.series import series_words

    assert series_words(["論点1：返納後の暮らし", "論点2：予約の不便", "論点3：担い手の不足"]) == ["論点"]


GROUPED_ASKS = """伝統工芸の担い手に関する報告

第1章　現状と課題

1　修業中の収入が不安定である

弟子の多くは修業期間中の収入が少なく、生活を続けられずに産地を離れている。

2　技法が記録されていない

技法は口伝えで受け継がれ、文書や映像に残されていない。

第2章　担い手確保に向けた方策

第1章の課題を踏まえ、三つの方策を提案する。

1　産地全体で取り組む方策

方策ア　修業者を支える奨励金制度を設ける

修業者に月額の奨励金を支給し、生活を支える。

方策イ　技法を映像で記録する

親方の技法を映像に残し、研修に用いる。

2　行政に求める方策

方策ウ　工房の受け入れ負担を軽減する

弟子を受け入れる工房に指導料を補助する。
"""


def test_sections_that_group_the_asks_leave_their_chapter_the_recommendations(cfg):
    """Inner sections named for the asks with no problem section beside them (1 産地全体で取り組む
    方策, 2 行政に求める方策) group them: the chapter above stays the recommendations."""
    units = _units(GROUPED_ASKS, cfg)
    assert [r[3] for r in _recs(units)] == ["修業者を支える奨励金制度を設ける", "技法を映像で記録する",
                                            "工房の受け入れ負担を軽減する"]
    context = next(u for u in units if u.text.startswith("第1章の課題を踏まえ"))
    assert context.kind == "recommendation_context"


LONG_PROBLEM_HEADING = """地域公共交通の維持に関する提言

はじめに

町の路線バスは利用者の減少が続き、三つの路線が廃止の検討対象となっている。

地域の公共交通をめぐる現状と課題

■ 利用者が減っている

路線バスの利用者は十年前の六割にとどまっている。

■ 運転手が足りない

運転手の平均年齢は五十八歳を超え、採用も進んでいない。

提言

１．乗合タクシーへの転換を進めること

利用の少ない路線を乗合タクシーに切り替える。

２．運転手の採用を支援すること

大型免許の取得費用を町が補助する。
"""


def test_a_long_line_naming_the_problems_opens_their_section(cfg):
    """An unnumbered, unmarked line that names the problems opens their section at any length
    (the marked titles below it are the problems); for other roles only a short line does."""
    units = _units(LONG_PROBLEM_HEADING, cfg)
    assert [u.unit_id for u in units if u.kind == "problem"] == ["P01", "P02"]
    assert [r[3] for r in _recs(units)] == ["乗合タクシーへの転換を進めること", "運転手の採用を支援すること"]


def test_a_word_table_of_measures_grouped_by_rows_merged_across_it(cfg, tmp_path):
    """Rows merged across the table (方向性１　…) are one line each, titling the measures below
    them; 施策１ in the first cell numbers its row; 方向性 over 施策 groups them (an entry that holds
    entries numbered with another word is their group)."""
    import docx

    from dtx_nlp.inspect import units_of

    rows = [("番号", "施策", "施策の内容"), ("方向性１　歩いて暮らせるまち",) * 3,
            ("施策１", "歩道を広げる", "幅の狭い歩道を順に拡幅する。"),
            ("施策２", "段差をなくす", "交差点の段差を解消する。"),
            ("方向性２　公共交通の充実",) * 3, ("施策３", "バスを増便する", "朝夕の便を増やす。")]
    d = docx.Document()
    d.add_heading("１．現状と課題", 1)
    d.add_paragraph("歩道が狭く、バスの便も少ない。")
    d.add_heading("２．今後取り組むべき施策", 1)
    table = d.add_table(rows=len(rows), cols=3)
    for r, texts in enumerate(rows):
        if len(set(texts)) == 1:
            table.cell(r, 0).merge(table.cell(r, 2)).text = texts[0]
            continue
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    path = tmp_path / "measures.docx"
    d.save(path)
    assert [r[1:] for r in _recs(units_of(path))] == [
        ("1", "歩いて暮らせるまち", "歩道を広げる"), ("2", "歩いて暮らせるまち", "段差をなくす"),
        ("3", "公共交通の充実", "バスを増便する")]


VOICES_PROPOSAL = """外国人観光客の受け入れに関する提案書
===

はじめに
---

当会は、町を訪れる外国人観光客の案内を十年にわたり続けてきました。その経験から提案します。

現場から見えてきた課題
---

| 分野 | 課題 | 相談の例 |
|---|---|---|
| 案内 | 案内板が日本語だけで書かれている | 駅で道を聞かれる |
| 交通 | バスの乗り方が分からない | 運賃の払い方 |

私たちの提案
---

### 提案A　案内板を多言語にする

駅と観光地の案内板に英語と中国語を加えてください。

| 具体的な取組 | 担当 |
|---|---|
| 駅前の案内板の更新 | 町 |
| 観光地の地図の翻訳 | 観光協会 |

### 提案B　バスの乗り方を動画で伝える

乗り方を説明する短い動画を作ってください。

### 提案C　案内所の開所時間を延ばす

案内所を夜八時まで開けてください。

資料　観光客アンケート（自由記述から抜粋）
---

> 駅で出口が分からず、三十分も迷ってしまった。（台湾・30代）

> バスでお金をいつ払うのか分からなかった。（韓国・20代）

**当会のコメント**：運賃の払い方の質問は、相談の中で最も多いものです。

> 案内所の人がとても親切だった。（米国・40代）
"""


def test_a_proposal_lettered_tables_of_problems_and_measures_and_signed_voices(cfg, tmp_path):
    """提案A, 提案B are R01, R02; a table whose header names a column 課題 in the problem section
    gives a problem a row, one naming 具体的な取組 under an entry gives an item a row; quotations
    signed by their speaker in brackets make a record, where …のコメント： answers."""
    from dtx_nlp.inspect import units_of

    path = tmp_path / "voices.md"
    path.write_text(VOICES_PROPOSAL, encoding="utf-8")
    units = units_of(path)
    assert [r[:2] for r in _recs(units)] == [("R01", "A"), ("R02", "B"), ("R03", "C")]
    assert [u.unit_id for u in units if u.kind == "problem"] == ["P01", "P02"]
    assert [(u.parent_id, u.text.split(" | ")[0]) for u in units
            if u.kind == "recommendation_item"] == [("R01", "駅前の案内板の更新"),
                                                    ("R01", "観光地の地図の翻訳")]
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "remark", "reply", "remark"]


HEARING_PLAN = """公共施設の再編に関する検討会取りまとめ

検討の背景

町の公共施設の多くは昭和の終わりに建てられ、更新の時期を一斉に迎えている。本検討会は、令和７年から施設の再編について議論を重ねてきた。

現状と論点

論点１：施設の利用者が減っている

多くの施設で、利用者はこの十年で三割減り、平日の昼間はほとんど使われていない部屋もある。

論点２：修繕の費用がかさんでいる

修繕の費用はこの五年で倍になり、町の予算を圧迫している。

論点３：施設の場所が偏っている

施設の多くが町の中心部にあり、周辺の地区からは遠い。

今後の対応の方向性

◆基本方針１　施設をまとめる

対応策①　公民館と図書館を一つの建物に集める

二つの施設を集め、開館時間を夜まで延ばす。

➢ 新しい建物の設計に住民の意見を取り入れる

➢ 空いた建物は売却する

対応策②　修繕の計画を十年分つくる

施設ごとの修繕の時期と費用を見通し、予算を平準化する。

対応策③　周辺の地区に送迎バスを走らせる

周辺の地区と新しい施設を結ぶバスを走らせる。

参考資料　関係者ヒアリングの概要

◇ヒアリング１　公民館利用者の会（令和７年９月１０日）

委員）　施設がまとまると、遠くなる住民が困るのではないか。

利用者の会）　送迎のバスがあれば、遠くても通える。

利用者の会）　夜も使えるようにしてほしい。
"""


def test_a_plan_with_issues_directions_and_a_hearing(cfg):
    """現状と論点 names the problems (論点１：… are they); 今後の対応の方向性, ten characters, opens
    the recommendations; a group's title loses its own label (◆基本方針１　…); ➢ lines are items;
    in a hearing the party heard answers only the question right before it."""
    units = _units(HEARING_PLAN, cfg)
    assert [u.unit_id for u in units if u.kind == "problem"] == ["P01", "P02", "P03"]
    assert [r[2:] for r in _recs(units)] == [("施設をまとめる", "公民館と図書館を一つの建物に集める"),
                                             ("施設をまとめる", "修繕の計画を十年分つくる"),
                                             ("施設をまとめる", "周辺の地区に送迎バスを走らせる")]
    assert [u.unit_id for u in units if u.kind == "recommendation_item"] == ["R01-1", "R01-2"]
    assert [u.kind for u in units if u.kind in ("remark", "reply")] == ["remark", "reply", "remark"]


# An association's answer to a council: 基本認識 opens it, 第一に… lists the problems of an
# unnamed section, 対応1-1 numbers the asks (half-width (ｱ) items), and the record's meeting, members
# in 【】, the office answering in 【事務局（…）】, Ｑ．/Ａ．, and 意見1（age）.
ANSWER_REPORT = """地域企業の支援に関する答申

１．基本認識
　地域の産業は人口の減少と取引の変化により厳しい状況にあり、多くの企業が事業の継続に不安を抱えている。

２．デジタル化を妨げる要因
　第一に、人材が足りない。
　第二に、費用が重い。

３．対応の方向
対応1-1　人材を派遣する
　専門家を企業に派遣する。
　(ｱ) 派遣の費用を補助する。
　(ｲ) 派遣先を公募する。
対応1-2　費用を支える
　補助の対象を広げ、小規模な事業者でも専門家の支援を受けられるよう、申請の手続を簡素にする。

参考　審議会における主な発言
〈第３回（令和７年９月２日）〉
【山田委員】　人材の確保が難しい。
【事務局（産業課長）】　派遣の制度を検討している。
Ｑ．（委員）費用はどの程度か。
Ａ．一社あたり百万円程度である。
意見1（70代・男性）窓口が遠い。
"""


def test_a_council_answer_with_worded_hyphen_numbers_and_a_record_of_its_meetings(cfg):
    units = _units(ANSWER_REPORT, cfg)
    assert [u.part for u in units if u.kind == "intro"] == ["intro"]
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["第一に", "第二に"]
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1-1", "人材を派遣する"), ("1-2", "費用を支える")]
    assert [u.text[:3] for u in units if u.kind == "recommendation_item"] == ["(ｱ)", "(ｲ)"]
    said = [(u.kind, u.text[:3], u.session) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "【山田", 3), ("reply", "【事務", 3), ("remark", "Ｑ．（", 3),
                    ("reply", "Ａ．一", 3), ("remark", "意見1", 3)]
    units = _units(ANSWER_REPORT.replace("〈第３回（令和７年９月２日）〉", "ヒアリング１　産業協会"), cfg)
    assert [u.kind for u in units if u.text.startswith(("Ｑ．", "Ａ．", "意見1"))] == [
        "remark", "reply", "remark"]


# A problem section in two: the situation, then the problems.
SITUATION_REPORT = """暑さ対策の取りまとめ

１．はじめに
　近年の夏の暑さは厳しさを増しており、熱中症による救急搬送が各地で増え続けていることから、本会議は対策を検討した。

２．現状と課題
（１）現状
○ 猛暑日は年間23日を数え、10年前の約2倍となった。
（２）課題
○ 高齢者の多くが室内での熱中症の危険を自覚していない。
○ 一人暮らしの高齢者は、異変に気付く人がいない。

３．提言
提言１　高齢者の見守りを強める
　市町村は、暑い日に一人暮らしの高齢者へ声掛けを行う見守りの体制を整えるべきである。
提言２　涼める場所を設ける
　市町村は、公民館や図書館を、暑い日に誰でも休める場所として開放するべきである。
"""


def test_statements_under_the_situation_are_context_where_another_heading_names_the_problems(cfg):
    units = _units(SITUATION_REPORT, cfg)
    assert [u.kind for u in units if u.text.startswith("○")] == [
        "problem_context", "problem", "problem"]
    units = _units(SITUATION_REPORT.replace("（２）課題", "（２）高齢者"), cfg)
    assert [u.kind for u in units if u.text.startswith("○")] == ["problem"] * 3


# A recommendations section topic by topic: each topic's problems under ［現状と課題］, then its asks.
TOPICS_REPORT = """いじめ防止の強化について

第1　はじめに
　いじめの重大事態の件数は増加を続けており、学校が組織として早い段階で対応できていなかったことが指摘されている。

第2　分野別の課題と対応の方向性
1．早期発見
［現状と課題］
○ アンケートを年1回しか実施していない学校が多い。
［対応の方向性］
〔対応1〕アンケートを学期ごとに実施する
　端末からも回答できるようにする。
2．組織の運営
［現状と課題］
○ 対策組織の会議が学期に1回しか開かれない。
○ 研修は講義形式が中心である。
［対応の方向性］
〔対応2〕会議を毎週の定例とする
　短時間の会議を毎週開く。
"""


def test_a_topics_problems_under_a_bracketed_label_inside_the_recommendations(cfg):
    units = _units(TOPICS_REPORT, cfg)
    assert [(u.kind, u.text[2:6]) for u in units if u.kind in ("problem", "recommendation")] == [
        ("problem", "アンケー"), ("recommendation", "応1〕ア"), ("problem", "対策組織"),
        ("problem", "研修は講"), ("recommendation", "応2〕会")]
    text = TOPICS_REPORT.replace("［対応の方向性］\n〔対応1〕", "〔対応1〕").replace("　端末", "○ 端末")
    assert [u.kind for u in _units(text, cfg) if u.text.startswith("○ 端末")] != ["problem"]


# Entries numbered by a viewpoint's letter and a dash: Ａ－１, Ａ－２, Ｂ－１.
LETTERED_REPORT = """クマ対策に関する調査報告書

１　はじめに
　本委員会は、クマの出没が相次いだことを受け、対策を調査した。その結果を次のとおり報告する。

２　課題
　市街地に出没した際の対応手順が定まっていない。

３　提言

視点Ａ　人の生活圏に寄せつけない
Ａ－１　誘引物の除去を支援する
　県は、放任された果樹の伐採を支援するべきである。
Ａ－２　出没の情報を一元化する
　県は、目撃情報を集約して配信するべきである。

視点Ｂ　出没時に迅速に対応する
Ｂ－１　対応マニュアルを策定する
　県は、統一的な対応の手順を定めるべきである。
"""


def test_entries_numbered_with_a_letter_and_a_dash(cfg):
    units = _units(LETTERED_REPORT, cfg)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("A-1", "誘引物の除去を支援する"), ("A-2", "出没の情報を一元化する"), ("B-1", "対応マニュアルを策定する")]


def test_numbers_closed_by_a_bracket_alone_head_entries_and_small_roman_ones_are_their_items(cfg):
    text = ("図書館の今後について\n\n第１　はじめに\n　利用者が減っている。\n\n第２　今後の取組の方向性\n"
            "　次の取組を進めるべきである。\n１）移動図書館の再開\n　車両を更新する。\n　ⅰ）運行日を増やす\n"
            "　ⅱ）停留所を見直す\n２）電子書籍の導入\n　貸出を始める。\n\n第３　おわりに\n　点検する。\n")
    units = _units(text, cfg)
    assert [(label, title) for _, label, _, title in _recs(units)] == [
        ("1", "移動図書館の再開"), ("2", "電子書籍の導入")]
    assert [u.text for u in units if u.kind == "recommendation_item"] == ["ⅰ）運行日を増やす", "ⅱ）停留所を見直す"]


REQUEST_LETTER = """# 路線バスの維持に関する要請書

## 一　現状と課題

| 区分 | 主な課題の概要 |
|---|---|
| 運転士 | 運転士の平均年齢が六十歳を超えている |
| 車両 | 車両の半数が更新時期を過ぎている |

## 二　要請事項

### （要請１）運転士の確保への支援

運転士の養成費用を補助していただきたい。

### （要請２）車両更新への補助

車両の更新費用を補助していただきたい。
"""


def test_a_request_word_in_its_own_bracket_and_a_column_named_for_the_problems_summary(cfg, tmp_path):
    from dtx_nlp.inspect import units_of

    path = tmp_path / "bus.md"
    path.write_text(REQUEST_LETTER, encoding="utf-8")
    units = units_of(path)
    assert [r[1:] for r in _recs(units)] == [("1", "", "運転士の確保への支援"), ("2", "", "車両更新への補助")]
    assert [u.text.split(" | ")[-1][:6] for u in units if u.kind == "problem"] == ["運転士の平均", "車両の半数が"]


def test_agenda_items_of_a_meeting_record_are_its_topics(cfg):
    text = ("公園の管理について\n\n第１　はじめに\n　利用が減った。\n\n第２　提言\n（１）遊具を直す\n　市は直すべきである。\n\n"
            "参考　審議の概要\n\n第１回（令和７年５月１日）\n\n議題（１）遊具の安全について\n\n【委員】遊具の点検が年一回では足りない。\n\n"
            "【事務局】点検の回数を増やす方向で検討する。\n\n議題（２）清掃について\n\n【委員】落ち葉の清掃を地域に頼りすぎている。\n")
    units = _units(text, cfg)
    assert [(u.kind, u.title) for u in units if u.kind in ("session_topic", "remark")] == [
        ("session_topic", "遊具の安全について"), ("remark", None), ("session_topic", "清掃について"),
        ("remark", None)]


def test_an_answer_label_naming_who_answers_after_a_dot_is_a_reply(cfg):
    text = ("公園の管理について\n\n第１　はじめに\n　利用が減った。\n\n第２　提言\n（１）遊具を直す\n　市は直すべきである。\n\n"
            "参考　意見交換会の記録\n\n・〔保護者〕遊具が古くて危ない。\n\n【回答・公園課】来年度に更新する。\n\n"
            "・〔自治会〕清掃の手が足りない。\n\n〈回答・市〉清掃の委託を広げる。\n\n・〔学生〕照明が暗い。\n\n［応答］山田　灯りを増やす。\n")
    units = _units(text, cfg)
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply", "remark", "reply", "remark", "reply"]


def test_a_bulleted_answer_in_a_record_is_a_reply(cfg):
    text = ("公園の管理について\n\n第１　はじめに\n　利用が減った。\n\n第２　提言\n（１）遊具を直す\n　市は直すべきである。\n\n"
            "参考　ヒアリングの概要\n\n・問（委員）：遊具の点検は誰が行うか。\n\n・答：公園課の職員が月に一度行う。\n\n"
            "問）砂場の消毒はしているか。\n\n答）年に二回行っている。\n")
    units = _units(text, cfg)
    assert [u.kind for u in units if u.part == "workshop" and u.kind in ("remark", "reply")] == [
        "remark", "reply", "remark", "reply"]


def test_an_attachment_named_別添_with_its_number_is_a_heading(cfg):
    text = ("公園の管理について\n\n第１　はじめに\n　利用が減った。\n\n第２　提言\n（１）遊具を直す\n　市は直すべきである。\n\n"
            "第３　結びに\n　点検を続ける。\n\n別添１　委員名簿\n\n　山田　太郎（座長）\n")
    units = _units(text, cfg)
    assert [u.title for u in units if u.kind == "heading"][-1] == "委員名簿"


def test_a_bold_caption_over_a_table_is_no_heading(cfg, tmp_path):
    import docx

    from dtx_nlp.inspect import units_of

    d = docx.Document()
    d.add_heading("１　はじめに", 1)
    d.add_paragraph("漁港が多い。")
    d.add_heading("２　提言", 1)
    d.add_paragraph().add_run("表　提言の一覧").bold = True
    for text in ("方針1　漁港を守る", "1-1．漁港を集約する", "県は集約すべきである。", "1-2．岸壁を直す",
                 "県は直すべきである。", "方針2　市場を変える", "2-1．市場を統合する", "市は統合すべきである。",
                 "方針3　人を育てる", "3-1．研修を開く", "県は開くべきである。"):
        d.add_paragraph(text)
    path = tmp_path / "c.docx"
    d.save(path)
    units = units_of(path)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1-1", "漁港を集約する"), ("1-2", "岸壁を直す"), ("2-1", "市場を統合する"), ("3-1", "研修を開く")]


def test_a_label_with_its_english_twin_alone_on_its_line_is_titled_by_the_line_below(cfg):
    text = ("漁港の将来\n\n第１　はじめに\n　漁港が多い。\n\n第２　提言\n\n提言 1 ｜ Proposal 1\n\n漁港を集約する\n\n"
            "　県は集約すべきである。\n\n提言 2 ｜ Proposal 2\n\n市場を統合する\n\n　市は統合すべきである。\n")
    assert [(label, title) for _, label, _, title in _recs(_units(text, cfg))] == [
        ("1", "漁港を集約する"), ("2", "市場を統合する")]


def test_a_surveys_free_answers_give_questions_as_topics_numbered_answers_as_remarks(cfg):
    text = ("漁港の将来\n\n第１　はじめに\n　漁港が多い。\n\n第２　提言\n（１）漁港を集約する\n　県は集約すべきである。\n\n"
            "付録　アンケート自由記述（抜粋）\n\nQ1　漁港の使い方\n[1] 船を置く場所が足りない。（漁業、60代）\n"
            "▶ 研究会より：集約の際に係留場所を確保する。\n[2] 夜は照明が暗い。（釣り客）\nQ2　市場について\n[3] 競りの時間が早すぎる。（仲買人）\n")
    units = _units(text, cfg)
    assert [u.kind for u in units if u.part == "workshop" and u.kind != "heading"] == [
        "session_topic", "remark", "reply", "remark", "session_topic", "remark"]


def test_a_bracketed_name_over_what_was_heard_there_is_a_topic(cfg):
    text = ("漁港の将来\n\n第１　はじめに\n　漁港が多い。\n\n第２　提言\n（１）漁港を集約する\n　県は集約すべきである。\n\n"
            "参考　ヒアリングの概要\n\n【Ａ漁協】組合員４０名\n\n◇船を置く場所が足りない。\n\n【Ｂ市場】仲買人１２名\n\n◇競りの時間が早い。\n")
    units = _units(text, cfg)
    assert [(u.kind, u.title) for u in units if u.kind in ("session_topic", "remark")] == [
        ("session_topic", "【Ａ漁協】組合員４０名"), ("remark", None), ("session_topic", "【Ｂ市場】仲買人１２名"),
        ("remark", None)]


def test_chapters_without_第_and_circled_entries_over_a_body_of_their_own(cfg):
    """１章　… numbers chapters as 第１章 does; ① title followed by its text titles an entry (a
    recommendation), while ① lines that follow one another stay items."""
    text = ("漁港の将来\n\n１章　はじめに\n　漁港が多い。\n\n２章　現状と課題\n　船が減った。\n\n３章　対応策\n\n"
            "3-1 港を守る\n① 漁港を集約する\n　県は集約を進める。\n・集約の計画を作る\n② 市場を統合する\n　市は統合を進める。\n"
            "3-2 人を育てる\n③ 研修を開く\n　県は研修を開く。\n\n"
            "４章　結び\n　以上である。\n")
    units = _units(text, cfg)
    assert [u.part for u in units if u.kind == "heading"] == [
        "intro", "problem", "recommendations", "recommendations", "recommendations", "conclusion"]
    assert [(label, group, title) for _, label, group, title in _recs(units)] == [
        ("1", "港を守る", "漁港を集約する"), ("2", "港を守る", "市場を統合する"), ("3", "人を育てる", "研修を開く")]
    items = ("漁港の将来\n\n１章　はじめに\n　漁港が多い。\n\n２章　提言\n\n（１）漁港を集約する\n\n県は集約を進める。\n\n"
             "① 計画を作る\n\n② 説明会を開く\n")
    assert [u.kind for u in _units(items, cfg) if u.text.startswith(("①", "②"))] == [
        "recommendation_item", "recommendation_item"]


def test_problems_numbered_課題_dash_n(cfg):
    text = ("漁港の将来\n\n１　はじめに\n　漁港が多い。\n\n２　現状と課題\n\n課題-1 船の老朽化\n　船が古い。\n\n課題-2 担い手の不足\n"
            "　人が減った。\n\n３　提言\n（１）漁港を集約する\n　県は集約すべきである。\n")
    assert [u.text[:4] for u in _units(text, cfg) if u.kind == "problem"] == ["課題-1", "課題-2"]


def test_a_statement_under_a_speaker_line_marked_as_answering_is_a_reply(cfg, tmp_path):
    import docx

    from dtx_nlp.inspect import units_of

    d = docx.Document()
    d.add_heading("１　はじめに", 1)
    d.add_paragraph("公園の利用が減った。")
    d.add_heading("２　提言", 1)
    d.add_paragraph("（１）遊具を直す")
    d.add_paragraph("市は直すべきである。")
    d.add_heading("参考　意見交換会の記録", 1)
    d.add_heading("テーマ１　公園の安全", 2)
    for text in ("商工会長", "店の前の公園が暗い。", "市公園課（回答）", "照明を増やします。", "漁業者",
                 "池の水が濁っている。"):
        d.add_paragraph(text)
    path = tmp_path / "w.docx"
    d.save(path)
    units = units_of(path)
    assert [(u.kind, u.text) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "店の前の公園が暗い。"), ("reply", "照明を増やします。"), ("remark", "池の水が濁っている。")]


def test_marked_lines_under_a_measures_label_are_the_entrys_items(cfg):
    text = ("漁港の将来\n\n１　はじめに\n　漁港が多い。\n\n２　提言\n\n方向性１　漁港を集約する\n"
            "　○　県は集約の方針を示す必要がある。\n【具体的な取組】\n　○　集約の計画を作る。\n　○　説明会を開く。\n\n"
            "方向性２　市場を統合する\n　○　市は統合を進める必要がある。\n")
    units = _units(text, cfg)
    assert [(u.parent_id, u.text) for u in units if u.kind == "recommendation_item"] == [
        ("R01", "○ 集約の計画を作る。"), ("R01", "○ 説明会を開く。")]


def test_entries_numbered_on_from_a_worded_entry_are_its_recommendations(cfg, tmp_path):
    """方向性１ (a recommendations word) over Word headings １－（１）, １－（２）: the numbers go on from
    its own, so it groups them and they are the recommendations."""
    import docx

    from dtx_nlp.inspect import units_of

    d = docx.Document()
    d.add_heading("Ⅰ　はじめに", 1)
    d.add_paragraph("漁港が多い。")
    d.add_heading("Ⅱ　後期計画の取組", 1)
    for group, entries in (("方向性１　港を守る", ("１－（１）　漁港を集約する", "１－（２）　岸壁を直す")),
                           ("方向性２　人を育てる", ("２－（１）　研修を開く",))):
        d.add_heading(group, 2)
        for entry in entries:
            d.add_heading(entry, 3)
            d.add_paragraph("町は進める。")
    path = tmp_path / "f.docx"
    d.save(path)
    assert [(u.label, u.group, u.title) for u in units_of(path) if u.kind == "recommendation"] == [
        ("1-（1）", "港を守る", "漁港を集約する"), ("1-（2）", "港を守る", "岸壁を直す"),
        ("2-（1）", "人を育てる", "研修を開く")]


@pytest.mark.parametrize("heading, role", [
    ("計画策定の趣旨", "intro"), ("検討の背景と目的", "intro"), ("計画の策定にあたって", "intro"),
    ("結語", "conclusion"), ("意見の趣旨", ""), ("現状と課題", "problem")])
def test_section_roles_of_intro_and_closing_words(cfg, heading, role):
    """…の趣旨 opens a report (but 意見の趣旨, an 意見書's opinion itself, does not); 結語 closes it."""
    from dtx_nlp.stages.outline import _role

    assert _role(heading, cfg.outline) == role


# A chapter of prose sections whose last section records remarks: that section is the record,
# and the chapters after it are read as the report's own parts.
PROSE_THEN_REMARKS = """水道の安全に関する報告書

第１章　はじめに
　本報告は、水道の水質監視について検討した結果をまとめたものである。

第２章　水質監視の仕組み
２－１　水道事業者の検査
　水道事業者は、毎年度の水質検査計画に基づいて検査を行っている。
　小規模な施設では、検査の頻度が低い。
２－２　都道府県の監視
　都道府県は、地下水の水質を常時監視している。
　監視地点の数は地域によって差がある。
２－３　汚染源の類型
■委員Ａ（大学教授）　小規模施設の検査を国が支援すべきである。
■委員Ｂ（弁護士）　監視地点を増やす必要がある。
■環境省水・大気環境局　検査費用の補助を検討している。
■委員Ｃ（技術士）　結果の公表を早めるべきである。
■委員Ｄ（市民団体）　住民への説明が足りない。

第３章　課題
課題１　検査の空白
　小規模な施設の検査が行われていない。
課題２　情報の不足
　結果の公表が遅れている。

第４章　提言
提言１　検査の支援
・小規模施設の検査費用を補助すること。
提言２　情報の公開
・検査結果を速やかに公表すること。
"""


def test_a_chapter_of_prose_sections_is_no_record_when_only_its_last_section_is(cfg):
    units = _units(PROSE_THEN_REMARKS, cfg)
    kinds = {u.text.split(" ")[0]: u.kind for u in units}
    assert kinds["２－１"] == kinds["２－２"] == "heading"
    assert [u.kind for u in units if u.text.startswith("■")] == [  # (the bureau answers)
        "remark", "remark", "reply", "remark", "remark"]
    assert [u.text for u in units if u.kind == "problem"] == ["課題１ 検査の空白\n小規模な施設の検査が行われていない。",
                                                           "課題２ 情報の不足\n結果の公表が遅れている。"]
    # (a chapter between はじめに and the chapter named 課題 goes on with the introduction: stop 66)
    assert [u.kind for u in units if u.text.startswith("水道事業者は")] == ["intro"]


# The meetings held, listed one per line in the introduction: a schedule, not headings (its lines'
# words, ヒアリング and 現状, name parts of a report).
SCHEDULE = """水道の安全に関する報告書

第１章　はじめに
　本検討会は、水道の水質監視について検討した。開催経過は次のとおりである。
　第１回（令和６年４月２２日）　検討の進め方、水質監視の現状
　第２回（同年５月２７日）　関係者ヒアリング
　第３回（同年６月２４日）　報告書の取りまとめ

第２章　課題
課題１　検査の空白
　小規模な施設の検査が行われていない。
"""


def test_a_schedule_of_meetings_gives_no_headings(cfg):
    from dtx_nlp.stages.outline import build

    doc = clean(SourceDoc("t", "t.txt", SCHEDULE, "utf-8"), cfg.clean)
    titles = [h.title for h in build(doc, cfg.outline).headings]
    assert not any("回" in t for t in titles)
    assert [(h.title, h.role) for h in build(doc, cfg.outline).headings if h.role] == [
        ("はじめに", "intro"), ("課題", "problem")]


SUMMARY_FIRST = """提言
要　旨
1　作成の背景
　気温の上昇が農業に影響している。
2　現状及び問題点
　品質の低下と品種開発の遅れがある。
3　提言の内容
　品種開発の短縮と産地移動の支援。
1　はじめに
　本分科会は審議を重ねた。
2　現状及び問題点
　本分科会の審議から、次の問題点が明らかになった。
　第一に、高温による品質の低下が広がっている。
　第二に、品種の開発には長い年月を要する。
3　提言
①　品種開発の期間を短縮すべきである
　国は研究基盤を整備すべきである。
②　産地の移動を支援すべきである
　国は交付金を設けるべきである。
4　おわりに
　適応は一度では終わらない。
"""


def test_a_flat_summary_with_its_own_background_is_front_matter(cfg):
    """要旨 › 1 作成の背景 (an introduction by its title), 2 現状及び問題点, 3 提言の内容, then the
    report from 1 はじめに: the summary's parts are no problems, context or introduction."""
    units = _units(SUMMARY_FIRST, cfg)
    kinds = {u.text[:8]: u.kind for u in units}
    assert [u.text[:6] for u in units if u.kind == "problem"] == ["第一に、高温", "第二に、品種"]
    assert kinds["気温の上昇が農業"] == kinds["品質の低下と品種"] == "front"
    assert kinds["本分科会は審議を"] == "intro"
    assert len(_recs(units)) == 2
