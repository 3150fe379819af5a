"""Asks numbered with a katakana and a space (ア　…, イ　…) in a recommendations section with no
entry headings of its own are its recommendations; such lines are never headings outside markup
(a hand-wrapped item ア　… that stops short of the line is no title). English labels
(Recommendation 1) number recommendations as 提言1 does. A layout profile replaces the inferred
structure only when it finds a recommendation."""

from __future__ import annotations

import pytest

from conftest import count_in_test_report, units_in

KATAKANA = """住民防護の実効性について

第１章　背景
　原子力災害時の避難計画について、委員会で検討を行った。

第２章　課題
ア　積雪期の避難
　大雪時には避難経路の通行が困難となる。
イ　要配慮者の避難
　社会福祉施設の入所者の搬送手段が不足している。

第３章　提言
　委員会は、次の二つの提言を行う。
ア　積雪期に対応した避難計画の策定
　積雪期を独立した想定として避難計画を見直すべきである。
（ａ）優先して除雪する避難経路を定める。
（ｂ）不足するバスの輸送支援の手順を定める。
イ　要配慮者の避難体制の強化
　施設ごとの避難計画の実効性を確認すべきである。
（ａ）受入先施設との協定の締結を促す。

第４章　委員意見
【委員Ａ】積雪期の避難時間推計は楽観的に過ぎる。
【委員Ｂ】施設職員の人員が足りない。
"""


def test_katakana_paragraphs_of_a_recommendations_chapter_are_its_recommendations(tmp_path):
    units = units_in(KATAKANA, tmp_path)
    recs = [u for u in units if u.kind == "recommendation"]
    assert [u.text.split("\n")[0] for u in recs] == ["ア 積雪期に対応した避難計画の策定",
                                                    "イ 要配慮者の避難体制の強化"]
    items = [u for u in units if u.kind == "recommendation_item"]
    assert [u.parent_id for u in items] == [recs[0].unit_id] * 2 + [recs[1].unit_id]
    assert sum(u.kind == "problem" for u in units) == 2
    assert sum(u.kind == "remark" for u in units) == 2


WRAPPED = """港湾の脱炭素化に関する提言

第１章　課題
課題１　燃料供給の拠点
　燃料の供給拠点が定まっていない。

第２章　提言
提言１　燃料供給拠点の段階的な形成
　公的主体が初期の需要を束ねることが有効である。
（１）需要の集約と供給方式の選択
　ア　協議会の下に、船社、燃料供給事業者、荷主等が参加する部会を
　　設け、中長期の需要見通しを共有すること。
　イ　初期にはトラックから供給するTruck-to-Ship方式、需要の拡
　　大に応じて船舶から供給する方式へと、段階的に移行すること。
"""


def test_a_wrapped_katakana_item_is_no_heading(tmp_path):
    units = units_in(WRAPPED, tmp_path)
    assert not any(u.kind == "heading" and u.text.startswith("イ") for u in units)
    assert sum(u.kind == "recommendation" for u in units) == 1


ENGLISH = """# 食料安全保障に関する提言

## 課題

1. **課題：肥料の輸入依存**　肥料原料の大半を輸入に頼っている。
2. **課題：担い手の減少**　基幹的農業従事者が減っている。

## Part 4　提言

### Recommendation 1　生産資材の国内代替を進める

堆肥や下水汚泥の肥料利用を広げる。

- (a) 汚泥肥料の成分表示の基準を定める。

### Recommendation 2　担い手を多様化する

農業支援サービスを育てる。

- (a) 作業受託の事業者を支援する。
"""


def test_english_labels_number_recommendations(tmp_path):
    units = units_in(ENGLISH, tmp_path, "report.md")
    recs = [u for u in units if u.kind == "recommendation"]
    assert [u.number for u in recs] == [1, 2]


NO_ASKS = """地域交通の現状に関する報告

第１章　現状
１　検討の背景
　路線バスの利用者は減少を続けている。
　運転士の不足により減便が相次いでいる。
　自治体の負担は年々増えている。
　鉄道の駅から離れた地域では移動手段が限られる。
　高齢者の免許返納は増えている。
　タクシーの台数も減っている。

第２章　委員意見
【委員Ａ】運転士の確保が先決である。
【委員Ｂ】自治体間の連携が必要である。
"""


def test_a_profile_that_finds_no_recommendation_does_not_replace_the_inferred_structure(
        tmp_path):
    units = units_in(NO_ASKS, tmp_path)
    assert sum(u.kind == "remark" for u in units) == 2


@pytest.mark.parametrize(("name", "kind", "count"), [
    ("heldout_long56/nuclear_emergency_planning.txt", "recommendation", 6),
    ("heldout_terms55/veterinary_services.md", "recommendation", 5),
    ("heldout_terms55/veterinary_services.md", "problem", 5),
    ("heldout_terms53/foster_care.md", "recommendation", 5),
    ("heldout_terms54/pollen_allergy.txt", "recommendation", 5),
    ("heldout_long7/food_security.md", "recommendation", 8),
    ("heldout_long7/food_security.md", "problem", 8),
    ("heldout_long7/food_security.md", "reply", 12),
    # a chapter or part of the situation (現状) beside one that names the problems (課題)
    ("heldout_long56/nuclear_emergency_planning.txt", "problem", 6),
    ("heldout_terms16/blood_donation.txt", "problem", 5),
    ("heldout_long53/deposit_insurance.txt", "problem", 7),
    ("heldout_long21/urban_heat_island.md", "problem", 7),
    # 【課題Ａ】… paragraphs under ■３　課題
    ("heldout_terms17/sake_exports.txt", "problem", 5),
])
def test_test_reports_read_as_their_writers_asked(name, kind, count):
    assert count_in_test_report(name, kind) == count


MARKDOWN = """# 獣医療の確保に関する提言

## 課題

### ア　産業動物獣医師の不足
　産業動物を診る獣医師が減っている。

### イ　地域の偏在
　獣医師が都市部に集まっている。

## 提言

### ア　就業を支える奨学金の拡充
　修学資金の貸与枠を広げるべきである。

### イ　地域への派遣の仕組み
　獣医師の派遣を支援すべきである。
"""


def test_a_katakana_heading_in_markup_keeps_its_label(tmp_path):
    units = units_in(MARKDOWN, tmp_path, "report.md")
    recs = [u for u in units if u.kind == "recommendation"]
    assert [(u.number, u.title) for u in recs] == [(1, "就業を支える奨学金の拡充"),
                                                   (2, "地域への派遣の仕組み")]


SITUATION = """港湾に関する報告

第１章　港湾の現状
１　貨物の動向
　コンテナ貨物は増えている。
２　施設の状況
　岸壁の老朽化が進んでいる。

第２章　港湾の課題
ア　岸壁の更新
　更新の費用が不足している。
イ　人手の確保
　荷役の担い手が減っている。

第３章　提言
提言１　岸壁の更新を計画的に進める
"""


def test_a_situation_beside_named_problems_is_their_context(tmp_path):
    """A chapter titled by the situation alone (…の現状) beside one whose title names the problems
    (…の課題): its numbered sections are context; only the named chapter's entries are problems."""
    units = units_in(SITUATION, tmp_path)
    assert [u.text.split("\n")[0] for u in units if u.kind == "problem"] == ["ア 岸壁の更新",
                                                                           "イ 人手の確保"]


def test_a_situation_alone_keeps_its_problems(tmp_path):
    text = SITUATION.replace("第２章　港湾の課題", "第２章　港湾の展望")
    units = units_in(text, tmp_path)
    problems = [u.text.split("\n")[0] for u in units if u.kind == "problem"]
    assert problems[:2] == ["１ 貨物の動向", "２ 施設の状況"]


def test_a_problem_numbered_by_a_letter_in_brackets_opens_a_problem(tmp_path):
    text = ("酒類の輸出\n\n１　課題\n　主な課題は次の二つである。\n"
            "【課題Ａ】登録の要件が国ごとに異なること。中小の酒蔵には負担が大きい。\n"
            "【課題Ｂ】関税が残っていること。価格競争力が損なわれている。\n\n"
            "２　提言\n提言１　手続を一元化する\n")
    units = units_in(text, tmp_path)
    assert [u.text[:5] for u in units if u.kind == "problem"] == ["【課題Ａ】", "【課題Ｂ】"]
