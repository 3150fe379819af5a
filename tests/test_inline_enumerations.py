"""Problems enumerated inside the text of the problem section (次の六つの問題がある。第一に、…。
第二に、…。), a shape of discussion papers (layouts46's ronten_saichin): one problem per point,
when the lead names problems; a paragraph that enumerates viewpoints stays whole."""

from __future__ import annotations

from conftest import units_in

PAPER = """最低賃金の決定過程をどう改めるか

はじめに

　本稿は次の二つの問題を扱う。第一に、審議である。第二に、統計である。

論点の整理

　筆者は、現行の決定過程には、次の五つの問題があると考える。
　第一に、審議の過程が見えにくい。第二に、統計が古い。第三に、ランク区分が実態と合わない。
　第四に、影響が検証されていない。第五に、発効までの期間が短い。
　委員会は、次の二つの視点を重視した。第一に、透明性である。第二に、予見可能性である。
　問題は二つある。第一に、番号が飛ぶ。第三に、飛んでいる。

提言

１　判断の根拠を公表する
　審議会は根拠を示すべきである。
"""


def test_points_enumerated_in_sentences_after_a_lead_naming_problems_are_problems(tmp_path):
    units = units_in(PAPER, tmp_path)
    problems = [u.text for u in units if u.kind == "problem"]
    assert problems == ["第一に、審議の過程が見えにくい。", "第二に、統計が古い。", "第三に、ランク区分が実態と合わない。",
                        "第四に、影響が検証されていない。", "第五に、発効までの期間が短い。"]
    second = next(u for u in units if u.text.startswith("第二に、統計"))
    assert (second.end - second.start, second.part) == (len(second.text), "problem")


def test_viewpoints_numbers_that_skip_and_the_intro_stay_one_paragraph(tmp_path):
    texts = [u.text for u in units_in(PAPER, tmp_path)]
    assert "委員会は、次の二つの視点を重視した。第一に、透明性である。第二に、予見可能性である。" in texts
    assert "問題は二つある。第一に、番号が飛ぶ。第三に、飛んでいる。" in texts
    assert "本稿は次の二つの問題を扱う。第一に、審議である。第二に、統計である。" in texts  # (the intro)
