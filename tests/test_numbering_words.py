"""A problem's or recommendation's word numbered by a katakana, a letter or a bracketed
number (課題（ア）, 提言Ａ, 提言（ウ）), and measures numbered by small Roman numerals (ⅰ　…):
read as numbered problems, recommendations and their items: on small reports written here (one
wrapped by hand) and on test reports in these numberings."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import count_in_test_report, units_in
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


def _read(text: str, folder: Path) -> list:
    return units_in(text, folder)


def _first_lines(units: list, kind: str) -> list[str]:
    return [u.text.split("\n")[0] for u in units if u.kind == kind]


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


# Lines wrapped by hand, as a PDF's text is: a line opens a paragraph only where a rule says so.
WRAPPED = """港湾施設の維持管理に関する検討会　港湾の維持管理に関する提言
１．はじめに
　港湾施設の多くは高度経済成長期に整備され、老朽化が進んでいる。本検討
会は、点検、更新費用、情報管理の三つの観点から現状を整理し、今後の方向
性を提言するものである。
２．提言
提言（ア）点検体制の強化
・技術職員を広域的に派遣する制度を設け、小規模な管理者を支援する。
・ドローンや水中ロボットによる点検の手順を標準化し、その結果を関係機関
の間で共有する仕組みを整える。
提言（イ）財源の確保
・更新費用の平準化計画を策定し、優先順位を明らかにする。
提言Ｃ　台帳の電子化
・施設台帳を電子化し、点検の記録と一体で管理する。
ⅰ　紙の台帳を年次計画に沿って順に読み取り、電子化を完了させる。
ⅱ　点検記録を蓄積し、劣化の予測に活用できる形式で公開する。
提言（エ）　人材の育成を図る
・点検技術の研修を地方の管理者も受講しやすい形で実施する。
・研修の修了者を登録し、広域派遣の要員とする。
提言（オ）　情報の共有を進める
・点検の結果を関係機関の間で共有する。
"""


def test_in_wrapped_text_an_entry_or_a_roman_item_after_a_bullet_starts_anew(tmp_path):
    units = _read(WRAPPED, tmp_path)
    recs = [u.text for u in units if u.kind == "recommendation"]
    assert recs == ["提言（ア）点検体制の強化", "提言（イ）財源の確保", "提言Ｃ 台帳の電子化",
                    "提言（エ） 人材の育成を図る", "提言（オ） 情報の共有を進める"]
    items = [u.text for u in units if u.kind == "recommendation_item"]
    assert items[3:6] == ["・施設台帳を電子化し、点検の記録と一体で管理する。",
                          "ⅰ 紙の台帳を年次計画に沿って順に読み取り、電子化を完了させる。",
                          "ⅱ 点検記録を蓄積し、劣化の予測に活用できる形式で公開する。"]


# A problem's other words (問題, 問題点, 論点) numbered as 課題 is, a bracket or a mark before the word,
# a lower-case letter, a kanji numeral, その before the number.
OTHER_WORDS = """図書館の資料保存に関する提言

一、はじめに
　本会議は、地域の図書館が所蔵する資料の保存について検討した。

二、現状と問題点
（問題１）書庫の狭さ
　多くの図書館で書庫が満杯に近く、除籍の基準も定まっていない。
問題点(2)　劣化した資料の増加
　酸性紙の資料が劣化し、閲覧に耐えないものが増えている。
論点（ウ）人材の不足
　保存の専門知識を持つ職員が少ない。
■課題ｄ　予算の減少
　資料費が年々減り、修復に回す予算がない。
課題その５　連携の不足
　近隣の図書館との分担保存が進んでいない。

三、提言
■提言ａ　書庫の共同利用
・近隣の図書館で共同の保存書庫を設けること。
提言（二）　劣化資料の修復
・脱酸性化処理を計画的に行うこと。
提言三　人材の育成
・保存の研修を定期的に実施すること。
"""


def test_problems_named_by_other_words_marks_and_numbers_are_problems(tmp_path):
    units = _read(OTHER_WORDS, tmp_path)
    assert _first_lines(units, "problem") == ["（問題１）書庫の狭さ", "問題点(2) 劣化した資料の増加", "論点（ウ）人材の不足",
                        "■課題ｄ 予算の減少", "課題その５ 連携の不足"]
    recs = [u.text for u in units if u.kind == "recommendation"]
    assert recs == ["■提言ａ 書庫の共同利用", "提言（二） 劣化資料の修復", "提言三 人材の育成"]


WRAPPED_PROBLEMS = """図書館の資料保存に関する検討会　図書館の資料保存に関する報告
１．はじめに
　地域の図書館が所蔵する資料の保存について、本検討会が検討した結果を報告
する。書庫、資料の劣化、人材の三つの観点から現状を整理した。
２．現状と論点
論点（ア）書庫の狭さ
　多くの図書館で書庫が満杯に近く、除籍の基準も定まっていないことが、調査
で明らかになった。
問題（イ）劣化した資料の増加
　酸性紙の資料が劣化し、閲覧に耐えないものが年々増えており、修復の順番を
待つ資料も多い。
問題点（ウ）人材の不足
　保存の専門知識を持つ職員が少なく、研修の機会も限られている。
"""


def test_in_wrapped_text_a_problem_word_and_its_bracketed_number_start_a_paragraph(tmp_path):
    assert _first_lines(_read(WRAPPED_PROBLEMS, tmp_path), "problem") == ["論点（ア）書庫の狭さ", "問題（イ）劣化した資料の増加", "問題点（ウ）人材の不足"]


# Problems numbered with a problem's word under a heading no role names; one title ends in 課題.
UNNAMED_SECTION = """電池火災の防止に関する報告

一　はじめに
　本委員会は、電池が原因の火災について検討した。

二　現状と問題
問題１：排出ルールの不統一
　自治体ごとに排出の区分が異なる。
問題２：回収ルートの空白
　回収の拠点が少ない。
問題３：製品安全上の課題
　安全基準が十分でない。

三　提言
提言１　排出区分の標準化
・国が標準的な区分を示すこと。
"""


def test_problems_numbered_with_their_word_make_their_section_the_problems(tmp_path):
    assert _first_lines(_read(UNNAMED_SECTION, tmp_path), "problem") == ["問題１：排出ルールの不統一", "問題２：回収ルートの空白", "問題３：製品安全上の課題"]


DASHES = """港湾の維持管理に関する提言

１．提言
提言１　点検体制の強化
―　点検の担い手を確保するために　―
－　技術職員を広域的に派遣する制度を設けること。
－　ドローンによる点検を標準化すること。
提言２　財源の確保
―　更新費用の平準化計画を策定すること。
"""


def test_measures_led_by_a_dash_are_items_and_a_framed_subtitle_is_not(tmp_path):
    assert _first_lines(_read(DASHES, tmp_path), "recommendation_item") == ["－ 技術職員を広域的に派遣する制度を設けること。", "－ ドローンによる点検を標準化すること。",
                     "― 更新費用の平準化計画を策定すること。"]


KANJI_IN_BRACKETS = """# 地域交通の再編に関する提言

### （一）はじめに

本フォーラムは、地方の路線バスの縮小について検討しました。

### （二）課題

1) **運転士が不足していること。** 地方の事業者では採用が進んでいません。

2) **運賃収入が減っていること。** 利用者の減少が続いています。

### （三）提言

- **提言A：運転士の確保**
  - 大型二種免許の取得費用を支援する。
- **提言B：運賃制度の見直し**
  - 上限運賃の改定手続を簡素にする。

### （四）おわりに

本提言の実現に向けて、関係者との対話を続けます。
"""


def test_sections_numbered_by_a_kanji_numeral_in_brackets_take_their_titles_roles(tmp_path):
    units = units_in(KANJI_IN_BRACKETS, tmp_path, "report.md")
    assert [u.text.split("\n")[0][:9] for u in units if u.kind == "recommendation"] == [
        "・提言A：運転士の", "・提言B：運賃制度"]
    assert sum(u.kind == "intro" for u in units) == 1
    assert sum(u.kind == "conclusion" for u in units) == 1


RESTARTED = """税関の検査体制に関する提言

一　検討の背景
　本会議は、税関の検査体制について検討した。

二　現状の課題
　小口貨物が急増し、検査が追いついていない。

三　提言
一　重点検査への転換
・リスクの高い貨物に検査を集中すること。
二　検査機器の更新
・老朽化した機器を計画的に更新すること。

四　委員の発言
〔委員Ｒ〕検査の人員を増やすべきである。
"""


def test_entries_numbered_anew_below_a_heading_of_their_style_are_inside_it(tmp_path):
    units = _read(RESTARTED, tmp_path)
    assert _first_lines(units, "recommendation") == ["一 重点検査への転換", "二 検査機器の更新"]
    assert _first_lines(units, "remark") == ["〔委員Ｒ〕検査の人員を増やすべきである。"]


DEEPER = """不妊治療の保険適用に関する報告

一　はじめに
　本研究会は、保険適用後の運用について検討した。

二　運用上の課題
１　年齢・回数要件
課題Ａ　年齢・回数要件の硬直性
　年齢要件の根拠が当事者に伝わっていない。
２　先進医療
課題Ｂ　評価の長期化
　先進医療の評価に時間がかかっている。

三　提言
提言Ａ　要件の検証
・要件の根拠を検証すること。
"""


def test_problems_numbered_with_their_word_below_a_topic_of_the_problems_are_problems(tmp_path):
    assert _first_lines(_read(DEEPER, tmp_path), "problem") == [
        "課題Ａ 年齢・回数要件の硬直性", "課題Ｂ 評価の長期化"]


SUMMARY_FIRST = """# 地域医療の再構築に向けて

## 提言の要旨

1. 医師の偏在を是正すること。
2. 遠隔診療を広げること。

## 序章

本報告は、地域医療について検討した。

## 第1章 課題

**課題1：医師の偏在**　地方では医師が不足している。

**課題2：通院の負担**　高齢者の通院に時間がかかる。

## 第2章 提言

### 提言1　医師の偏在の是正

- 地域枠を拡充する。

### 提言2　遠隔診療の拡大

- 診療報酬を見直す。
"""


def test_recommendations_summed_up_before_the_introduction_leave_the_parts_after_it(tmp_path):
    units = units_in(SUMMARY_FIRST, tmp_path, "report.md")
    assert [u.text[:5] for u in units if u.kind == "problem"] == ["課題1：医", "課題2：通"]
    assert [u.text[:5] for u in units if u.kind == "recommendation"] == ["提言1 医", "提言2 遠"]


WORDED = """物流の報告

はじめに
　本会議は物流の課題を検討した。

第１章　検討の視点
　本会議は次の視点から検討した。
①　輸送容量の視点：受け皿となる貨物量を把握すること
②　制度の視点：助成制度を検証すること

第２章　課題

課題ア　輸送容量の不足
　主要区間では夕方発の列車に空きがない。
①　コンテナ車の両数が不足している。
②　繁忙期と閑散期の差が大きい。

課題イ　集配の担い手不足
　集配の運転者が減っている。
①　駅での待機時間が長い。

第３章　提言
提言１　輸送容量の拡大
・コンテナ車を増やす。
"""


def test_where_problems_are_numbered_with_their_word_other_numbered_lines_are_no_problems(
        tmp_path):
    """課題ア, 課題イ number the problems: the ① points under them, and the viewpoints of the first
    chapter, are not problems of their own."""
    units = units_in(WORDED, tmp_path)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["課題ア", "課題イ"]
    assert sum(u.kind == "problem_context" and u.text[:1] in "①②" for u in units) == 3
    # (since stop 66 the first chapter, between はじめに and the chapter named 課題, goes on
    # with the introduction: its viewpoints are items of it)
    assert [u.part for u in units if u.text[:1] in "①②" and "視点" in u.text] == ["intro", "intro"]


def test_one_entry_with_a_problem_s_word_is_no_numbering(tmp_path):
    """A single 課題ア (below a topic of another problem section) does not make the （１）, （２）
    entries of the first points of it; it is a problem itself."""
    text = ("交通の報告\n\nはじめに\n　本会は地域交通を検討した。\n\n第１章　課題\n\n"
            "（１）運転者の不足\n　運転者が減っている。\n\n（２）車両の老朽化\n　車両が古い。\n\n"
            "第２章　財政面の課題\n\n１　国と地方の負担\n\n課題ア　財源の不足\n　財源が足りない。\n\n"
            "第３章　提言\n提言１　運転者の確保\n・賃金を上げる。\n")
    units = units_in(text, tmp_path)
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["（１）", "（２）", "課題ア"]


def test_small_roman_numerals_in_latin_letters_number_problems(tmp_path):
    text = ("裁判の報告\n\n１．はじめに\n　本会は裁判の電子化を検討した。\n\n"
            "２．論点\n\n論点(i) 本人訴訟の支援\n　支援が足りない。\n\n"
            "論点(ii) 送達の確認\n　確認の方法が定まらない。\n\n"
            "論点(iii) 記録の閲覧\n　閲覧の範囲が広い。\n\n"
            "３．提言\n提言１　支援の拡充\n－　窓口を設ける。\n")
    units = units_in(text, tmp_path)
    assert [u.text[:6].strip() for u in units if u.kind == "problem"] == [
        "論点(i)", "論点(ii)", "論点(iii"]


def test_a_paragraph_led_by_a_problem_s_word_and_a_number_in_brackets_is_a_problem(tmp_path):
    text = ("# 鑑定評価の報告\n\n## Ⅰ はじめに\n\n本会は鑑定評価を検討しました。\n\n## Ⅱ 現状の課題\n\n"
            "**課題（ア）** 評価時点のずれ　地価は年に一度しか公示されません。\n\n"
            "**課題（イ）** 担い手の不足　鑑定士の数が伸びていません。\n\n"
            "## Ⅲ 提言\n\n### 提言（ア） 公示の頻度\n\n1. 半年ごとに公示する。\n")
    units = units_in(text, tmp_path, "report.md")
    assert [u.text[:5] for u in units if u.kind == "problem"] == ["課題（ア）", "課題（イ）"]


@pytest.mark.parametrize("name, kind, count", [
    # **課題（ア）**–（オ） paragraphs
    ("heldout_terms55/real_estate_appraisal.md", "problem", 5),
    # 課題ア–キ with ①–③ points under each, ①–③ viewpoints in the first chapter
    ("heldout_long27/railway_freight_shift.txt", "problem", 7),
    ("heldout_long20/home_medical_care.txt", "problem", 7),
    # 論点A–F; Issues 1–6; bold 課題1–5; 課題①–⑧; 【論点１】–【論点７】 (with numbered lines around them)
    ("heldout_long10/data_protection.md", "problem", 6),
    ("heldout_long4/capital_markets.md", "problem", 6),
    ("heldout_terms5/tax_reform.md", "problem", 5),
    ("heldout_long6/infrastructure_aging.txt", "problem", 8),
    ("heldout_long9/railway_safety.txt", "problem", 7),
    # counts the writers were asked for (each set's README): 提言（ア）–（オ), 課題（ア）–（オ),
    # 提言１–７ with ⅰ–ⅲ measures, 提言A–H, 提言Ａ–Ｅ
    ("heldout_terms25/hometown_tax.txt", "recommendation", 5),
    ("heldout_terms51/medical_interpreters.txt", "recommendation", 5),
    ("heldout_terms51/medical_interpreters.txt", "problem", 5),
    ("heldout_long41/forest_fires.txt", "recommendation_item", 21),
    ("heldout_long8/digital_government.md", "recommendation", 8),
    ("heldout_terms12/snow_removal.txt", "recommendation", 5),
    # 問題（ア）–（オ）, （問題１）–（問題５）, 論点(1)–(5), 問題(1)–(5), 問題１–５ with 提言（ａ）–（ｅ）,
    # problems ア–オ with 提言（一）–（五）, 課題その１–５ with 【提言ａ】–【提言ｅ】, ■提言ａ–ｅ, 提言（一）–（八）,
    # 提言一–七
    ("heldout_terms26/drug_abuse_prevention.txt", "problem", 5),
    ("heldout_terms28/public_bathhouses.txt", "problem", 5),
    ("heldout_terms38/film_archives.txt", "problem", 5),
    ("heldout_terms21/beach_tourism.txt", "problem", 5),
    ("heldout_terms14/radio_spectrum.txt", "problem", 5),
    ("heldout_terms14/radio_spectrum.txt", "recommendation", 5),
    ("heldout_terms32/seed_conservation.txt", "recommendation", 5),
    ("heldout_terms35/traditional_crafts.txt", "recommendation", 5),
    ("heldout_terms43/school_routes.txt", "recommendation", 5),
    ("heldout_long21/wastewater_surveillance.txt", "recommendation", 8),
    ("heldout_long27/special_fraud_elderly.md", "recommendation", 7),
    # 問題１–５ under 現状と問題, 問題点Ａ–Ｅ
    ("heldout_terms23/battery_fires.txt", "problem", 5),
    ("heldout_terms42/dv_support.txt", "problem", 5),
    # 第一部–第三部 over 問題点１–５ and 提言１–５; ## 第1部 … over 問題点①–⑥ paragraphs and 提言①–⑥;
    # 第１部 … over 【論点１】–【論点７】; 問題点イ–ニ paragraphs; **論点1**–**論点7** paragraphs
    ("heldout_terms38/pyrotechnics.txt", "problem", 5),
    ("heldout_long52/anti_doping.md", "recommendation", 6),
    ("heldout_long52/anti_doping.md", "problem", 6),
    ("heldout_long41/forest_fires.txt", "problem", 7),
    ("heldout_terms8/shipbuilding.txt", "problem", 4),
    ("heldout_long6/climate_adaptation.md", "problem", 7),
    # 課題(ⅰ)–(ⅴ) with 提言[1]–[5]; 課題〔１〕–〔５〕 with 提言〔１〕–〔５〕; 課題（ⅰ）–（ⅴ）
    ("heldout_terms34/parking_enforcement.txt", "problem", 5),
    ("heldout_terms34/parking_enforcement.txt", "recommendation", 5),
    ("heldout_terms37/prison_work.txt", "problem", 5),
    ("heldout_terms37/prison_work.txt", "recommendation", 5),
    ("heldout_terms33/zoo_management.txt", "problem", 5),
    # Markdown headings #### 問題点１–８, ### 論点Ａ–Ｇ
    ("heldout_long22/volcano_preparedness.md", "problem", 8),
    ("heldout_long42/export_controls.md", "problem", 7),
    # ＜2＞ 課題の整理 over 論点Ａ–Ｅ, ＜3＞ 提言
    ("heldout_terms7/offshore_wind.txt", "problem", 5),
    # **論点1.**–**論点5.** paragraphs
    ("heldout_terms7/disability_employment.md", "problem", 5),
    # ### （一）はじめに … ### （四）提言 over - **提言A：…** items; （一）… sub-sections of 現状
    ("heldout_terms10/carbon_pricing.md", "recommendation", 5),
    ("heldout_long31/official_statistics.txt", "problem", 7),
    # 論点Ａ–Ｇ, #### 論点1–7, ■課題ａ–ｅ, ### 問題Ⅰ–Ⅴ below topic sections of the problems
    ("heldout_long22/court_interpreters.txt", "problem", 7),
    ("heldout_long45/regional_banks.md", "problem", 7),
    ("heldout_terms43/school_routes.txt", "problem", 5),
    ("heldout_terms39/sugar_crops.md", "problem", 5),
    # ## 提言の要旨 before ## 序章, then bold **課題1：…** openers; 要旨 before 1.1 sections
    ("heldout_long17/defence_industry.md", "problem", 7),  # 課題1–7 (12 until stop 63: 第1章 現状 too)
    ("heldout_terms4/childcare.md", "problem", 5),
    # 一　…–四　… chapters, 提言 一　…–五　… inside 三　提言
    ("heldout_terms55/customs_smuggling.txt", "recommendation", 5),
    # 提言（ア）–（オ） with －　measures (three each)
    ("heldout_terms25/hometown_tax.txt", "recommendation_item", 15),
])
def test_test_reports_in_these_numberings_give_the_counts_asked_for(name, kind, count):
    assert count_in_test_report(name, kind) == count
