"""Members' remarks where a report puts them: a section of remarks whose heading names no record
(委員会での意見) but whose speakers are members and bodies (委員Ａ：…, 環境省：…); remarks set beside the
problem or the recommendation they are about (論点1, then 委員Ａ（…）：…); quotations (委員Ｃ「…。」,
環境省「…。」). A body answering a member is a reply; a list of works cited is no record."""

from __future__ import annotations

import pytest

from conftest import count_in_test_report, units_in


def _kinds(units: list, *kinds: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text[:6]) for u in units if u.kind in kinds]


SECTION = """電池火災の防止に関する報告

一　はじめに
　本委員会は、電池が原因の火災について検討した。

二　現状と問題
問題１：排出ルールの不統一
　自治体ごとに排出の区分が異なる。
問題２：回収ルートの空白
　回収の拠点が少ない。

三　提言
提言１　排出区分の標準化
・国が標準的な区分を示すこと。
提言２　回収ルートの拡充
・回収の拠点を増やすこと。

四　委員会での意見
委員Ａ：区分を統一するだけでは不十分であり、保管の方法も示すべきである。
環境省：御指摘を踏まえ、保管の方法を手引に盛り込む。
委員Ｂ：一体型製品の回収は製造事業者の責任で行うべきである。
委員Ｃ：処理施設の火災は作業員の安全にも関わる。
環境省：事故の実態把握については、来年度に調査を行う。
"""


def test_a_section_of_members_and_bodies_speaking_is_the_record(tmp_path):
    units = units_in(SECTION, tmp_path)
    assert _kinds(units, "remark", "reply") == [
        ("remark", "委員Ａ：区分"), ("reply", "環境省：御指"), ("remark", "委員Ｂ：一体"),
        ("remark", "委員Ｃ：処理"), ("reply", "環境省：事故")]
    replies = [u for u in units if u.kind == "reply"]
    remarks = {u.unit_id: u for u in units if u.kind == "remark"}
    assert [remarks[r.parent_id].text[:3] for r in replies] == ["委員Ａ", "委員Ｃ"]


BESIDE = """# 深海底資源に関する提言

## はじめに

本研究会は、深海底の鉱物資源について検討した。

## 論点の整理

### 論点1　国内法制の分断

探査と採掘を定める法律が分かれており、手続が一貫していない。

> **委員Ａ（国際海洋法）**：二つの法律の間の継ぎ目が最も危ういと考える。

> **経済産業省**　関係省庁で所管の整理を進めている。

### 論点2　環境ベースラインの不足

採掘前の環境の状態を示すデータが乏しい。

民生委員や漁業者の協力も得て、調査を進める必要がある。

> **委員Ｂ（海洋生態学）**：基礎調査には十年単位の時間がかかる。

## 提言

### 提言1　法制の一元化

1. 探査から採掘までを一つの法律で定める。

> **委員Ｃ（資源経済学）**：一元化には、許可の基準を明確にすることが欠かせない。

### 提言2　環境調査の計画化

1. 国が調査の計画を定める。
"""


@pytest.fixture(scope="module")
def beside(tmp_path_factory) -> list:
    return units_in(BESIDE, tmp_path_factory.mktemp("beside"), "report.md")


def test_remarks_beside_numbered_problems_leave_them_problems(beside):
    assert [u.text[:6] for u in beside if u.kind == "problem"] == ["論点1 国内", "論点2 環境"]


def test_remarks_beside_problems_and_recommendations_are_remarks_and_replies(beside):
    assert _kinds(beside, "remark", "reply") == [
        ("remark", "委員Ａ（国際"), ("reply", "経済産業省 "), ("remark", "委員Ｂ（海洋"),
        ("remark", "委員Ｃ（資源")]


def test_a_recommendation_with_a_remark_beside_keeps_its_measures(beside):
    assert [u.text[:6] for u in beside if u.kind == "recommendation_item"] == [
        "1. 探査か", "1. 国が調"]


QUOTED = """地域猫活動に関する提言

一　はじめに
　本研究会は、所有者のいない猫への対応を検討した。

二　論点
〔論点１〕活動への理解の不足
　住民の理解が進んでいない。

三　提言
〔提言１〕合意形成の手順を明確にする。
①　自治体が手順を示す。

四　委員の意見と関係機関の回答
委員Ｃ「地域猫活動が猫を減らす取組であることが、住民に伝わっていない。」
環境省「ガイドラインの改訂に当たり、活動の効果を示すデータを掲載する。」
委員Ａ「手術費の多くをボランティアが負担している現状は持続可能ではない。」
県動物愛護センター「手術費助成の上限額を引き上げる方向で予算要求を行っている。」

五　おわりに
　本研究会は、提言の実施状況を改めて調査する。

六　参考文献
・内閣府「動物の愛護に関する世論調査」
・環境省「住宅密集地における犬猫の適正飼養ガイドライン」
・民生委員や地域の団体との連携については、別に検討する。
"""


def test_quoted_statements_by_members_and_bodies_are_remarks_and_replies(tmp_path):
    units = units_in(QUOTED, tmp_path)  # (not the works cited after them, 内閣府「…」)
    assert _kinds(units, "remark", "reply") == [
        ("remark", "委員Ｃ「地域"), ("reply", "環境省「ガイ"), ("remark", "委員Ａ「手術"),
        ("reply", "県動物愛護セ")]


VOICES = """港湾の利用に関する報告

一　はじめに
　本会議は、港湾の利用について検討した。

二　課題
課題１　岸壁の老朽化
　岸壁の多くが建設から五十年を超えている。

三　提言
提言１　岸壁の計画的な更新
・更新の計画を定めること。

四　参加者からの指摘と回答
委員Ａ：更新の順序を利用者にも示してほしい。
国土交通省：更新の計画は公表する予定である。
参加者Ｂ：工事中の代替岸壁を確保してほしい。
国土交通省：代替岸壁の確保は、港湾管理者と協議する。
"""


def test_a_section_where_bodies_answer_is_a_record_whatever_its_heading(tmp_path):
    assert _kinds(units_in(VOICES, tmp_path), "remark", "reply") == [
        ("remark", "委員Ａ：更新"), ("reply", "国土交通省："), ("remark", "参加者Ｂ：工"),
        ("reply", "国土交通省：")]


LABELS = """スキー場の安全に関する報告

第１　はじめに
　本検討会は、スキー場の安全について検討した。

第２　課題
課題１　雪崩情報の周知
　雪崩の情報が利用者に届いていない。

第３　提言
提言１　情報発信の強化
・雪崩情報を多言語で発信すること。

第４　委員の主な意見と関係機関の回答

［委員Ｌ］
　ゲートシステムは有効ですが、周知が足りません。

［観光庁］
　周知の方法を見直します。

●委員Ａ（雪氷学）
　雪崩の予測には観測点を増やす必要がある。

●気象庁大気海洋部
　観測点の増設を検討している。

●委員Ｂ（山岳ガイド）
　救助の有料化は通報の遅れにつながる。
"""


def test_speakers_named_on_a_line_of_their_own_in_brackets_remark_and_answer(tmp_path):
    """(The record's heading names remarks and the answers to them: 委員の主な意見と関係機関の回答.)"""
    assert _kinds(units_in(LABELS, tmp_path), "remark", "reply") == [
        ("remark", "［委員Ｌ］\n"), ("reply", "［観光庁］\n"), ("remark", "●委員Ａ（雪"),
        ("reply", "●気象庁大気"), ("remark", "●委員Ｂ（山")]


@pytest.mark.parametrize("name, kind, count", [
    # 四　委員会での意見 with 委員Ａ： / 環境省： lines (5 members, 3 replies)
    ("heldout_terms23/battery_fires.txt", "remark", 5),
    ("heldout_terms23/battery_fires.txt", "reply", 3),
    # 第四　委員の発言と国土交通省の回答 with 委員Ｄ： / 国土交通省： lines
    ("heldout_terms36/ropeway_safety.txt", "reply", 7),
    # 委員Ｃ）… remarks with 警察庁）… replies, lines wrapped by hand
    ("heldout_terms43/school_routes.txt", "reply", 6),
    # ［委員Ｌ］ on its own line, ［観光庁］ replies; ●委員Ｘ（…） on its own line, ●国土交通省砂防部 replies
    ("heldout_terms27/winter_tourism_safety.txt", "remark", 5),
    ("heldout_terms27/winter_tourism_safety.txt", "reply", 3),
    ("heldout_long42/landslides.txt", "reply", 6),
    # 委員Ｃ「…」 remarks with 環境省「…」 replies
    ("heldout_terms46/community_cats.txt", "remark", 5),
    # 14 blockquotes beside 課題ａ–ｇ and 提言ａ–ｇ: 9 members, 5 replies
    ("heldout_long41/space_weather.md", "problem", 7),
    ("heldout_long41/space_weather.md", "remark", 9),
    ("heldout_long41/space_weather.md", "reply", 5),
    # 第Ⅲ部 提言――… holds 提言1–7 (with `1.` measures) and blockquotes beside them: not a record
    ("heldout_long40/textile_recycling.md", "recommendation_item", 51),
    # 協議会委員の意見 with 【委員Ａ】… statements and 【事務局】 answers
    ("heldout_long12/digital_textbooks.txt", "remark", 14),
    # ○委員Ｆ　… remarks with ○警察庁生活安全局　… replies; Ｃ委員　… / 総務省　… lines
    ("heldout_terms47/secondhand_dealers.txt", "reply", 5),
    ("heldout_terms22/municipal_bonds.txt", "remark", 6),  # (＊１–＊３ after them are notes)
])
def test_test_reports_with_remarks_so_placed_give_the_counts_asked_for(name, kind, count):
    assert count_in_test_report(name, kind) == count


SPEAKER_LINES = """花火の保安に関する報告

第一部　現状と問題点
問題点１　保安距離の確保
　住宅の近くで打ち揚げる大会が増えている。
【委員Ｐ（荷主企業）】
大会の主催者が保安距離を守れるよう、会場の選び方を示すべきである。

第二部　提言
提言１　保安距離の確保
・会場選定の手引きを作る。

第三部　委員の意見と事務局の回答
【委員Ｌ（煙火製造事業者）】
ひな形の改訂は歓迎しますが、小規模事業者には書類作成の負担が重く、記入例も
あわせて用意していただきたいと考えます。
【経済産業省】
記入例付きの手引きを作成します。
【委員Ｔ】（火薬学・大学教授）
高速度カメラによる記録が有効です。
＜経済産業省＞
記録の試行について協議を始めます。
"""


def test_a_speaker_named_alone_in_brackets_begins_the_statement_below(tmp_path):
    """【委員Ｌ（…）】 alone on its line (which looks like a bracketed heading) begins the remark
    below it, its lines wrapped by hand included; a body so named (【経済産業省】) begins the reply;
    beside a problem, a member so named begins a remark on it."""
    units = units_in(SPEAKER_LINES, tmp_path)
    said = [u for u in units if u.kind in ("remark", "reply")]
    assert [(u.kind, u.part, u.text.split("\n")[0]) for u in said] == [
        ("remark", "problem", "【委員Ｐ（荷主企業）】"),
        ("remark", "workshop", "【委員Ｌ（煙火製造事業者）】"),
        ("reply", "workshop", "【経済産業省】"),
        ("remark", "workshop", "【委員Ｔ】（火薬学・大学教授）"),
        ("reply", "workshop", "＜経済産業省＞")]
    assert all(u.text.endswith("。") for u in said)  # each holds its statement
    assert "session_topic" not in {u.kind for u in units}


@pytest.mark.parametrize("name, kind, count", [
    # 【委員Ｌ（…）】 lines with 【経済産業省】 replies (5 and 5), lines wrapped by hand
    ("heldout_terms38/pyrotechnics.txt", "remark", 5),
    ("heldout_terms38/pyrotechnics.txt", "reply", 5),
    # 【委員Ｄ】（…） on its own line, 【厚生労働省】 replies (4 and 4)
    ("heldout_terms30/cemetery_management.txt", "remark", 4),
    ("heldout_terms30/cemetery_management.txt", "reply", 4),
    # ＜委員Ｓ（…）＞ on its own line with ＜総務省統計局＞ replies (20 such lines)
    ("heldout_long31/official_statistics.txt", "reply", 20),
    # 【委員Ｊ（…）】 on its own line with 【農林水産省消費・安全局】 replies (20 such lines)
    ("heldout_long34/pesticide_regulation.txt", "reply", 20),
    # 15 ◆委員Ｆ（…） remarks beside the problems and in the record
    ("heldout_long43/tax_administration.txt", "remark", 15),
])
def test_test_reports_with_speakers_named_alone_give_the_counts_asked_for(name, kind, count):
    assert count_in_test_report(name, kind) == count


def test_a_body_named_alone_beside_the_problems_speaks_only_after_a_member(tmp_path):
    """【環境省】 over what the ministry does, before any member has spoken: no statement."""
    body = "【環境省】\n環境省は大会の実態を調べている。\n"
    text = SPEAKER_LINES.replace("問題点１　", body + "問題点１　")
    units = units_in(text, tmp_path)
    assert [u.text.split("\n")[0] for u in units if u.part == "problem" and u.kind == "remark"] == [
        "【委員Ｐ（荷主企業）】"]


ELSEWHERE = """医薬品の安全対策に関する報告

第１章　論点
論点（１）報告の少なさ
　副作用の報告は一部にとどまる。
〈Ｈ委員（病院薬剤部長）〉報告に一件当たり一時間かかるのが実情である。

第２章　提言
提言１　報告の電子化
・報告様式を電子化する。
□委員Ａ（薬害被害者団体代表）
情報が伝わらなかったことで薬害は起きてきた。
□厚生労働省医薬局医薬安全対策課
　公表の基準を整理して示す。

第３章　おわりに
　本研究会は担当部局を招いて意見を交換した。
委員Ｐ：小規模な薬局への支援はどう考えますか。
消費者庁：相談窓口の事例を集めて紹介します。
【委員Ｑ（薬局薬剤師）】
　在庫の確保も課題である。
"""


def test_members_speak_in_angle_brackets_after_a_box_and_in_the_closing_chapter(tmp_path):
    """〈Ｈ委員（…）〉 before the statement, □委員Ａ（…） alone on its line, a body with a long office
    name (□厚生労働省医薬局医薬安全対策課), and 委員Ｐ：… with its answer and 【委員Ｑ（…）】 alone in the
    closing chapter."""
    units = units_in(ELSEWHERE, tmp_path)
    assert [(u.kind, u.part, u.text[:4]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "problem", "〈Ｈ委員"), ("remark", "recommendations", "□委員Ａ"),
        ("reply", "recommendations", "□厚生労"), ("remark", "conclusion", "委員Ｐ："),
        ("reply", "conclusion", "消費者庁"), ("remark", "conclusion", "【委員Ｑ")]


@pytest.mark.parametrize("name, kind, count", [
    # 15 □委員Ｌ（…） remarks on their own lines, in a chapter headed 委員会における主な議論
    ("heldout_long44/drug_safety.txt", "remark", 15),
    # 14 ■委員Ｄ（…） remarks with ■環境省水・大気環境局-style replies
    ("heldout_long46/pfas_water.txt", "remark", 14),
    # 委員Ｐ：… remarks with 消費者庁：… replies in the closing chapter
    ("heldout_terms45/whistleblowers.txt", "remark", 5),
    ("heldout_terms45/whistleblowers.txt", "reply", 5),
    # ◇委員Ｆ（…） on its own line with ◇経済産業省 replies
    ("heldout_terms37/consumer_credit.txt", "remark", 4),
    ("heldout_terms37/consumer_credit.txt", "reply", 4),
])
def test_test_reports_with_members_speaking_elsewhere_give_the_counts_asked_for(name, kind,
                                                                                 count):
    assert count_in_test_report(name, kind) == count


def test_a_speaker_in_angle_brackets_starts_a_paragraph_after_a_sentence_end(tmp_path):
    """In text wrapped by hand, 〈文部科学省〉… right after a member's last sentence is the reply, not
    more of the remark."""
    text = ("留学生の報告\n\n一　はじめに\n　本会は留学生の受入れを検討した。\n\n二　委員の意見\n\n"
            "〈Ｈ委員（大学国際担当）〉四十万人という数字だけが独り歩きすると、学位課程ではなく\n"
            "日本語教育機関への入学が増えるだけになりかねません。\n"
            "〈文部科学省〉目標は学位課程と日本語教育機関を合わせた全体として目指すものです。\n")
    units = units_in(text, tmp_path)
    assert [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "〈Ｈ委員"), ("reply", "〈文部科")]


def test_a_body_in_brackets_with_its_office_or_a_long_name_replies(tmp_path):
    """【内閣府（原子力防災担当）】 (a body and its office), 【北浜県防災危機管理部】 (a prefecture's
    department, ten characters before 部) and 【内閣府】 answer the member before them."""
    text = ("原子力防災の報告\n\n一　はじめに\n　本会は避難計画を検討した。\n\n二　委員意見及び回答\n\n"
            "【委員Ａ】積雪期の避難時間推計は楽観的に過ぎる。\n"
            "【内閣府（原子力防災担当）】作業部会において検討を進めている。\n"
            "【委員Ｂ】訓練は検証する訓練へ転換すべきである。\n"
            "【北浜県防災危機管理部】図上訓練を導入する。\n"
            "【委員Ｃ】情報伝達の手段を増やすべきである。\n"
            "【内閣府】関係機関と連携する。\n")
    units = units_in(text, tmp_path)
    assert [(u.kind, u.text[:3]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "【委員"), ("reply", "【内閣"), ("remark", "【委員"), ("reply", "【北浜"),
        ("remark", "【委員"), ("reply", "【内閣")]


@pytest.mark.parametrize("name, kind, count", [
    ("heldout_long56/nuclear_emergency_planning.txt", "remark", 12),
    ("heldout_long56/nuclear_emergency_planning.txt", "reply", 10),
    ("heldout_terms10/quantum_technology.txt", "reply", 4),
    ("heldout_terms42/dv_support.txt", "reply", 6),
    ("heldout_terms49/overwork_prevention.txt", "reply", 4),
    ("heldout_terms55/customs_smuggling.txt", "reply", 5),
])
def test_test_reports_whose_bodies_have_long_names_give_the_counts_asked_for(name, kind, count):
    assert count_in_test_report(name, kind) == count
