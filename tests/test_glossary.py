import pytest
from conftest import read_csv

from dtx_nlp.stages.chains import Chain, nested_chains
from dtx_nlp.stages.definitions import Definition
from dtx_nlp.stages.glossary import (
    _inside_only,
    acronym_partners,
    entity_concepts,
    flr_scores,
)
from dtx_nlp.types import Mention


@pytest.fixture(scope="session")
def glossary(corpus_out):
    return read_csv(corpus_out / "glossary.csv")


def test_flr_follows_the_paper():
    """FLR(CN) = f(CN) × (∏ (L(N)+1)(R(N)+1))^(1/2n) on a toy set of chains."""
    def chain(*parts):
        return Chain(parts, ("",) * len(parts), "U")

    chains = [chain("拡大", "抑止"), chain("拡大", "抑止"), chain("核", "抑止"), chain("抑止")]
    scores = flr_scores(chains)
    # 拡大: L=0, R=2; 抑止: L=3 (拡大 twice, 核 once), R=0
    assert scores["拡大抑止"] == pytest.approx(2 * ((0 + 1) * (2 + 1) * (3 + 1) * (0 + 1)) ** 0.25)
    assert scores["抑止"] == pytest.approx(1 * ((3 + 1) * (0 + 1)) ** 0.5)


def _chain(*parts):
    return Chain(parts, ("",) * len(parts), "U")


def test_flr_counts_neighbours_of_the_shortest_units():
    """情報共有 is one mode-C token; its simple nouns 情報|共有 share 情報's neighbour counts."""
    alone = flr_scores([_chain("情報共有")])
    beside = flr_scores([_chain("情報共有"), _chain("情報", "機関"), _chain("情報", "本部")])
    assert alone["情報共有"] == pytest.approx(2 ** 0.5)  # 情報 R=1 (共有), 共有 L=1
    assert beside["情報共有"] > alone["情報共有"]


def test_nested_heads_need_two_continuations():
    heads = {c.text for c in nested_chains([
        _chain("先行", "不使用", "政策"), _chain("先行", "不使用", "宣言"),
        _chain("笹川", "平和", "財団"), _chain("笹川", "平和", "財団", "理事")])}
    assert "先行不使用" in heads and "笹川平和" not in heads


def test_nested_heads_used_only_inside_longer_terms():
    """A nested head is listed last only when the text never uses it on its own: 秘密保全 is
    also a chain of its own (parsed as one word there) or a quoted term."""
    chains = [_chain("極", "超音速", "兵器"), _chain("極", "超音速", "ミサイル"),
              _chain("秘密", "保全", "制度"), _chain("秘密", "保全", "措置"), _chain("秘密保全")]
    nested = nested_chains(chains)
    assert {c.text for c in nested} == {"極超音速", "秘密保全"}
    assert _inside_only(nested, chains + nested) == {"極超音速"}


def test_an_acronym_and_an_entity_count_under_all_their_names():
    defs = {"DCA": Definition("DCA", "両用航空機", "U", 0, 3)}
    assert acronym_partners(defs)["両用航空機"] == acronym_partners(defs)["dca"] == {"dca", "両用航空機"}
    mentions = [Mention("U1", 0, 4, "米戦略軍", "ORGANIZATION", "米戦略軍", "rule"),
                Mention("U2", 9, 12, "戦略軍", "ORGANIZATION", "米戦略軍", "rule"),
                Mention("U2", 20, 23, "戦略軍", "ORGANIZATION", "米戦略軍", "rule")]
    concepts = entity_concepts(mentions, {"U1": "problem", "U2": "remark"})
    concept = concepts["戦略軍"]
    assert concept is concepts["米戦略軍"] and concept.key == "米戦略軍"
    assert concept.occ.frequency == 3 and concept.occ.first_unit == "U1"
    assert concept.occ.by_kind == {"problem": 1, "remark": 2}


def test_an_entity_is_one_row_with_its_other_names(glossary):
    row = glossary[glossary.term == "米インド太平洋軍"].iloc[0]
    assert "インド太平洋軍" in row.aliases.split("; ") and row.kind == "entity"
    assert "インド太平洋軍" not in set(glossary.term)
    assert row.frequency >= 9


def test_glossary_contract_and_order(glossary):
    assert list(glossary.columns[:7]) == ["term", "reading", "kind", "expansion", "frequency",
                                          "first_unit_id", "score"]
    assert list(glossary.score) == sorted(glossary.score, reverse=True)


@pytest.mark.parametrize("acronym, expansion", [
    ("ACM", "同盟調整メカニズム"), ("FDO", "柔軟抑止選択肢"),
    ("LRSO", "空中発射型の核搭載巡航ミサイル"), ("C2", "指揮統制"),
    ("JJOC", "自衛隊統合作戦司令部"), ("LRHW", "陸上配備型の極超音速ミサイル"),
])
def test_acronyms_with_their_full_expansion(glossary, acronym, expansion):
    row = glossary[glossary.term == acronym].iloc[0]
    assert row.kind == "acronym" and row.expansion == expansion


def test_compound_terms_not_single_nouns(glossary):
    top = set(glossary.term[:100])
    for term in ("拡大抑止", "エスカレーション管理", "存立危機事態", "重要影響事態"):
        assert term in set(glossary.term), term
    for noise in ("こと", "必要", "日米", "日本"):
        assert noise not in top


def test_readings_and_usage_columns(glossary):
    row = glossary[glossary.term == "拡大抑止"].iloc[0]
    assert row.reading == "カクダイヨクシ"
    assert row.in_problems > 0 and row.in_recommendations > 0 and row.in_remarks > 0
    assert row.first_unit_id == "I01" and "拡大抑止" in row.context


# ---- fused ranking, candidate shapes, readings, columns (issue 16) -----------------------------

import math  # noqa: E402

from dtx_nlp.stages.readings import latin_read_as_words, reading  # noqa: E402
from dtx_nlp.stages.termrank import (  # noqa: E402
    c_values,
    fractional_ranks,
    fuse_kinds,
    general_frequency,
    is_enumeration,
    is_person_with_title,
    naming,
    rrf,
)
from dtx_nlp.stages.termshapes import marked_terms  # noqa: E402


def _unit(text):
    from dtx_nlp.types import Unit

    return Unit("U1", "d", "paragraph", None, None, None, None, text, 0, len(text))


def _marks(nlp, text):
    return marked_terms(_unit(text), nlp(text))


def test_rrf_on_a_toy_ranking():
    """Σ 1/(k + rank), ties sharing their mean rank; a key strong in both beats one top in one."""
    assert fractional_ranks({"a": 3, "b": 1, "c": 1}) == {"a": 1, "b": 2.5, "c": 2.5}
    fused = rrf({"s1": {"a": 3, "b": 2, "c": 1}, "s2": {"a": 1, "b": 2, "c": 3}}, k=60)
    assert fused["b"] == pytest.approx(2 / 62)
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 63) == fused["c"]
    assert rrf({"s": {"x": 5, "y": 5}}, k=1) == {"x": 1 / 2.5, "y": 1 / 2.5}


def test_specificity_combines_parts_as_wordfreq_does():
    """1/f = Σ 1/fᵢ over Sudachi mode-A parts: a compound is rarer than its rarest part."""
    f_whole = general_frequency("核抑止")
    assert f_whole < min(general_frequency("核"), general_frequency("抑止"))
    assert 1 / f_whole == pytest.approx(1 / general_frequency("核") + 1 / general_frequency("抑止"))
    assert general_frequency("日米", frozenset({"日米"})) == 1.0  # only generic words


def test_quoted_noun_spans_are_terms_but_clauses_are_not(nlp):
    found = {(m.text, m.how) for m in _marks(nlp, "中国は「戦争管理」を重視し、「中国に核で反撃せよ」と述べた。")}
    assert ("戦争管理", "quote") in found
    assert not any(t.startswith("中国に核") for t, _ in found)


def test_parentheses_gloss_and_english(nlp):
    marks = _marks(nlp, "強靭性（レジリエンシー）を高め、先行不使用（no first use）を議論する。")
    found = {(m.text, m.how, m.english) for m in marks}
    assert ("レジリエンシー", "paren", "") in found and ("強靭性", "glossed", "") in found
    assert ("先行不使用", "glossed", "") in found  # a mark, counted by the ranking
    assert ("先行不使用", "said", "no first use") in found  # what the text says: english


def test_introduced_and_defined_terms(nlp):
    text = ("抑止態勢とは、相手の攻撃を思いとどまらせる能力と意思の組合せを指す。"
            "いわゆる核の傘が議論された。灰色領域と呼ばれる状況が続く。"
            "統合防空ミサイル防衛計画（以下「計画」という。）を定める。"
            "相互確証破壊という概念がある。")
    marks = {(m.text, m.how): m for m in _marks(nlp, text)}
    meaning = "相手の攻撃を思いとどまらせる能力と意思の組合せ"  # no framing predicate
    assert marks[("抑止態勢", "defined")].definition == meaning
    assert ("核の傘", "introduced") in marks
    assert ("灰色領域", "introduced") in marks
    assert ("相互確証破壊", "introduced") in marks
    assert marks[("計画", "defined")].definition == "統合防空ミサイル防衛計画"


def test_english_written_before_its_term_or_acronym(nlp):
    text = ("米国はExport Administration Regulations（EAR）を改正し、EUはRegulation (EU) 2024/1624"
            "（AML規則）を定めた。金融犯罪取締ネットワーク（FinCEN）に報告する。")
    found = {(m.text, m.english) for m in _marks(nlp, text) if m.english}
    assert ("EAR", "Export Administration Regulations") in found
    assert ("AML規則", "Regulation (EU) 2024/1624") in found
    assert not any(e == "FinCEN" for _, e in found)  # a name in mixed case is no gloss


def test_acronyms_paired_with_english_in_either_order(nlp):
    text = ("航空交通管制（Air Traffic Control: ATC）と"
            "准定期運送用操縦士（MPL：Multi-crew Pilot Licence）、"
            "軌道ベース運用（Trajectory Based Operation、TBO）と「リモートタワー」（“remote tower”）、"
            "隘路（英：bottleneck）、2ナノメートル（nm）、GLAM（Galleries, Libraries, Archives and "
            "Museums）、Integrated Device Manufacturer（垂直統合型デバイスメーカー、IDM）。"
            "都市型航空交通（Urban Air Mobility。以下「UAM」という。）")
    said = {(m.text, m.english) for m in _marks(nlp, text) if m.english}
    for term, english in (("航空交通管制", "Air Traffic Control"), ("ATC", "Air Traffic Control"),
                          ("MPL", "Multi-crew Pilot Licence"),
                          ("TBO", "Trajectory Based Operation"),
                          ("リモートタワー", "remote tower"), ("隘路", "bottleneck"),
                          ("GLAM", "Galleries, Libraries, Archives and Museums"),
                          ("IDM", "Integrated Device Manufacturer"),
                          ("垂直統合型デバイスメーカー", "Integrated Device Manufacturer"),
                          ("UAM", "Urban Air Mobility"), ("都市型航空交通", "Urban Air Mobility")):
        assert (term, english) in said, term
    assert not any(e == "nm" for _, e in said)  # a unit, not a gloss
    shapes = {(m.text, m.how) for m in _marks(nlp, text)}
    assert ("UAM", "defined") not in shapes and ("UAM", "said") in shapes  # new in stop 33:
    assert not any(t == "ATC" and how != "said" for t, how in shapes)  # said, not counted


def test_what_the_text_says_counts_as_marking_only_when_configured(tmp_path, cfg, models,
                                                                   monkeypatch):
    """Shapes that carry English or a definition ("said") fill those columns. With
    `count_said = false` the ranking counts the marks alone, so leaving the said shapes out gives
    the same rows and scores; shipped (true), they count as marks and move the scores."""
    from dataclasses import replace

    from dtx_nlp.stages import glossary as gl
    from dtx_nlp.stages.termshapes import SAID

    items = ["航空交通管制（Air Traffic Control: ATC）を高度化し、ATCの人材を確保する。",
             "工場を持たずに設計に特化する企業をファブレス（fabless）と呼ぶ。ファブレスは増えた。",
             "都市型航空交通（Urban Air Mobility。以下「UAM」という。）の離着陸場を整備する。"]
    for name in "abc":
        (tmp_path / name).mkdir()
    off = replace(cfg, glossary=replace(cfg.glossary, count_said=False))
    said_off = _small_glossary(items, tmp_path / "a", off, models)
    real = gl.marked_terms
    monkeypatch.setattr(gl, "marked_terms", lambda unit, doc: [m for m in real(unit, doc)
                                                               if m.how != SAID])
    without = _small_glossary(items, tmp_path / "b", off, models)
    assert list(said_off.term) == list(without.term)
    assert list(said_off.score) == list(without.score)
    monkeypatch.undo()
    assert cfg.glossary.count_said
    said_on = _small_glossary(items, tmp_path / "c", cfg, models)
    assert dict(zip(said_on.term, said_on.score)) != dict(zip(said_off.term, said_off.score))
    rows = {t: r for t, r in zip(said_on.term, said_on.itertuples())}
    assert rows["ATC"].english == "Air Traffic Control"
    assert rows["ファブレス"].definition == "工場を持たずに設計に特化する企業"


def test_definitions_in_other_shapes(nlp):
    text = ("キルチェーンのレジリエンシー（強靭性）を高める。学習履歴（スタディ・ログ）を残す。"
            "資金決済に関する法律（資金決済法）を改正する。"
            "各国は暗号資産の移転時の通知義務、いわゆるトラベル・ルールが導入された。"
            "犯罪による収益の移転防止に関する法律（犯罪収益移転防止法。以下「犯収法」という。）は改正された。"
            "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律（以下「薬機法」という。）がある。"
            "「戦略的忍耐」は、相手の変化を待つ政策を意味する。"
            "ウェーハ（半導体チップの基板となる円盤状の薄い板）を使う。秘密保全制度（運用、通信、情報）がある。"
            "ドローン（drone）とは、遠隔操作により飛行させることができるものをいう。"
            "前工程とは、回路を形成する工程をいい、後工程とは、検査する工程をいう。"
            "統合運用とは、陸海空の部隊が一体である態勢で任務を遂行することをいう。"
            "当時、半導体工場が集積した九州は「シリコンアイランド」（Silicon Island）と称された。")
    defined = {m.text: m.definition for m in _marks(nlp, text) if m.definition}
    assert defined["レジリエンシー"] == "強靭性"  # a loanword explained in Japanese
    assert "学習履歴" not in defined and "資金決済に関する法律" not in defined  # aliases
    assert defined["トラベル・ルール"] == "暗号資産の移転時の通知義務"
    assert defined["犯収法"] == "犯罪による収益の移転防止に関する法律"
    assert defined["薬機法"] == "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律"
    assert defined["戦略的忍耐"] == "相手の変化を待つ政策"
    assert defined["ウェーハ"] == "半導体チップの基板となる円盤状の薄い板"  # a description
    assert "秘密保全制度" not in defined  # a list of parts
    assert defined["ドローン"] == "遠隔操作により飛行させることができるもの"  # gloss before とは
    assert defined["前工程"] == "回路を形成する工程"  # up to the first framing predicate
    # the first framing predicate that ends a clause, not である inside the meaning
    assert defined["統合運用"] == "陸海空の部隊が一体である態勢で任務を遂行すること"
    assert defined["シリコンアイランド"] == "半導体工場が集積した九州"


def test_the_hereafter_form_in_polite_style(nlp):
    """Y（以下「X」といいます。）, the です・ます form of 以下「X」という, defines X by Y and pairs X
    with Y as its short name, as と呼びます and とします do."""
    from types import SimpleNamespace

    from dtx_nlp.stages.termshapes import short_names

    text = ("地域の公共交通の確保に関する法律（以下「交通確保法」といいます。）を改正します。"
            "広域連携推進計画（以下「連携計画」と呼びます。）を定めます。")
    defined = {m.text: m.definition for m in _marks(nlp, text) if m.definition}
    assert defined["交通確保法"] == "地域の公共交通の確保に関する法律"
    assert defined["連携計画"] == "広域連携推進計画"
    unit = SimpleNamespace(unit_id="U", start=0, kind="paragraph")
    assert {"交通確保法", "連携計画"} <= dict(short_names(unit, nlp(text))).keys()


def test_a_quoted_name_before_the_hereafter_parenthesis_is_what_it_abbreviates(nlp):
    """…には「Y」（以下「X」という。）: X is defined by the quoted Y, not by the clause before the
    parenthesis with its date and quote marks."""
    text = ("令和5年には「地域の公共交通の確保に関する法律」（以下「交通確保法」という。）が成立した。"
            "同年に「広域連携推進計画」（以下「連携計画」といいます。）を定めた。")
    defined = {m.text: m.definition for m in _marks(nlp, text) if m.definition}
    assert defined["交通確保法"] == "地域の公共交通の確保に関する法律"
    assert defined["連携計画"] == "広域連携推進計画"


def test_a_so_called_name_in_parentheses_names_the_phrase_before_them(nlp):
    """Y（いわゆるX）, also after a short note (Y（令和3年法律第40号。いわゆる「X」）), defines X by Y
    as the hereafter form does; いわゆる inside a parenthesis that goes on past X defines nothing."""
    text = ("無人航空機の目視外飛行（いわゆるレベル4飛行）の経路が課題となる。"
            "地域の公共交通の確保に関する法律（令和3年法律第40号。いわゆる「交通確保法」）に基づく。"
            "港湾の整備が遅れている（いわゆる物流の空白を含む地域がある）。")
    marks = _marks(nlp, text)
    defined = {m.text: m.definition for m in marks if m.definition}
    assert defined["レベル4飛行"] == "無人航空機の目視外飛行"
    assert defined["交通確保法"] == "地域の公共交通の確保に関する法律"
    assert "物流の空白" in {m.text for m in marks} and "物流の空白" not in defined


def test_a_topic_before_a_naming_parenthesis_is_not_part_of_the_name(nlp):
    """X in （いわゆるX） or （以下「X」） is defined by the clause before it without the sentence's
    topic (同法では); the は of 又は is no topic; a clause with no topic stays whole."""
    text = ("同法では費用を超えないことが原則とされている（いわゆるコスト原則）。"
            "国が費用の半額を補助することとされた（以下「半額補助」という。）。"
            "期間満了時には、損害が継続又は再発するおそれについての調査（いわゆる満了調査）を行う。")
    defined = {m.text: m.definition for m in _marks(nlp, text) if m.definition}
    assert defined["コスト原則"] == "費用を超えないことが原則とされている"
    assert defined["半額補助"] == "国が費用の半額を補助することとされた"
    assert defined["満了調査"] == "損害が継続又は再発するおそれについての調査"  # 又は: no topic


def test_kanji_middle_dot_chains_and_latin_codes(nlp):
    from dtx_nlp.stages.chains import noun_chains

    doc = nlp("接近阻止・領域拒否の能力とF-35AおよびC2を論じる。2024年以来の課題である。")
    texts = {c.text for c in noun_chains("U", doc)}
    assert {"接近阻止・領域拒否", "接近阻止", "領域拒否", "F-35A", "C2"} <= texts
    assert "年以来" not in texts  # the counter of a number is not part of the next term


def test_the_shipped_edge_words_trim_words_of_scope(nlp, cfg):
    from dtx_nlp.stages.chains import noun_chains

    doc = nlp("サプライチェーン全体を見直し、事業所ごとに届け出る。スタートアップ向けの支援と"
              "日米間の協議を続ける。")
    g = cfg.glossary
    texts = {c.text for c in noun_chains("U", doc, g.trim_prefixes, g.trim_suffixes)}
    assert {"サプライチェーン", "事業所", "スタートアップ", "日米"} <= texts
    assert not texts & {"サプライチェーン全体", "事業所ごと", "スタートアップ向け", "日米間"}


def test_the_shipped_edge_words_trim_a_formal_noun_that_opens_a_chain(nlp, cfg):
    """A formal noun heads the clause before it (…したまま, そのうち, 前述のとおり): with no
    particle after it, the chain that runs on from it starts at the next noun. A compound that
    begins with the same kana is one word and stays whole."""
    from dtx_nlp.stages.chains import noun_chains

    doc = nlp("退院したまま在宅療養に移る。そのうち医療保護入院が増えた。前述のとおり成熟ロジックを"
              "用いる。ものづくり補助金とため池管理者の制度もある。")
    g = cfg.glossary
    texts = {c.text for c in noun_chains("U", doc, g.trim_prefixes, g.trim_suffixes)}
    assert {"在宅療養", "医療保護入院", "成熟ロジック", "ものづくり補助金", "ため池管理者"} <= texts
    assert not texts & {"まま在宅療養", "うち医療保護入院", "とおり成熟ロジック"}


def test_a_single_word_general_japanese_rarely_uses_is_a_candidate_with_rare_single_words(cfg):
    """rare_single_words (on as shipped): a single simple noun below the Zipf bound (磯焼け, 換地)
    is a candidate; an everyday word (会議) and a proper noun (鬼怒, a place) are not; off, none
    of them is."""
    from dataclasses import replace

    from dtx_nlp.stages.glossary import _is_candidate

    def candidates(g):
        words = ("磯焼け", "換地", "会議", "鬼怒")
        return [w for w in words if _is_candidate(Chain((w,), ("",), "U"), g)]

    assert candidates(cfg.glossary) == ["磯焼け", "換地"]  # shipped: on, at 3.0
    assert candidates(replace(cfg.glossary, rare_single_words=0.0)) == []


def test_a_rare_single_word_is_a_plain_noun_not_spelled_wholly_in_hiragana(cfg):
    """rare_words_plain (on as shipped): of the rare single words, one Sudachi marks usable as an
    adverb (うえ, 築後) or an adjective stem (精緻), or reads as a verb (はかり), and one spelled only in
    hiragana (おそれ, あっせん) is no candidate; a plain noun in kanji or kana (磯焼け, 浚渫) is."""
    from dataclasses import replace

    from dtx_nlp.stages.glossary import _is_candidate

    words = ("うえ", "築後", "精緻", "はかり", "おそれ", "あっせん", "磯焼け", "浚渫")

    def candidates(g):
        return [w for w in words if _is_candidate(Chain((w,), ("",), "U"), g)]

    assert candidates(cfg.glossary) == ["磯焼け", "浚渫"]
    assert candidates(replace(cfg.glossary, rare_words_plain=False)) == list(words)


def test_a_post_ends_at_a_word_boundary():
    from dtx_nlp.stages.glossary import ends_in_post

    words = ("長", "教授", "研究員", "会長")
    assert ends_in_post("看護部長", words) and ends_in_post("東都大学法学部准教授", words)
    assert ends_in_post("特任研究員", words) and ends_in_post("獣医師会副会長", words)
    assert not ends_in_post("整備延長", words) and not ends_in_post("成長", words)
    assert not ends_in_post("研究員", words) and not ends_in_post("教授", words)
    assert not ends_in_post("看護部長", ())


def test_a_persons_post_is_listed_last_unless_the_text_defines_it(tmp_path, cfg, models):
    """post_words (off in the shipped config): 附属病院看護部長 (a participant's job) is listed
    last as a post; a post the text defines, and a word that merely ends in 長 (整備延長), are
    not."""
    from dataclasses import replace

    from conftest import read_csv, run_text

    text = ("課題1 看護の人材\n附属病院看護部長の意見では、夜勤の負担が重い。整備延長は30kmに"
            "及ぶ。「地域医療連携推進法人理事長」とは、法人を代表する者をいう。\n"
            "提言1 看護の人材を育てる。附属病院看護部長の意見を聴く。\n")
    posts = ("長", "教授", "理事")
    on = replace(cfg, glossary=replace(cfg.glossary, post_words=posts))
    out, _ = run_text(text, tmp_path, on, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["附属病院看護部長"] == "post"
    assert demoted.get("整備延長", "") != "post"
    assert demoted.get("地域医療連携推進法人理事長", "") != "post"
    off = replace(cfg, glossary=replace(cfg.glossary, post_words=()))
    (tmp_path / "off").mkdir()
    out, _ = run_text(text, tmp_path / "off", off, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["附属病院看護部長"] != "post"


def test_a_row_ending_in_a_generic_head_is_listed_last_unless_the_text_marks_it(tmp_path, cfg,
                                                                                models):
    """generic_heads (on since stop 63; here with one word): 相談件数 (how many of a
    thing) is listed last as "generic head"; the same head quoted by the text (「申請件数」), and
    a word that is only the head (件数), are not; with the list empty nothing is."""
    from dataclasses import replace

    from conftest import read_csv, run_text

    text = ("課題1 相談の増加\n児童相談所の相談件数は増えている。件数の集計に時間がかかる。\n"
            "「申請件数」は減っている。\n"
            "提言1 児童相談所を増やす。相談件数を毎月公表する。\n")
    on = replace(cfg, glossary=replace(cfg.glossary, generic_heads=("件数",)))
    out, _ = run_text(text, tmp_path, on, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["相談件数"] == "generic head"
    assert demoted.get("申請件数", "") != "generic head"
    assert demoted.get("件数", "") != "generic head"
    assert demoted.get("児童相談所", "") == ""
    off = replace(cfg, glossary=replace(cfg.glossary, generic_heads=()))
    (tmp_path / "off").mkdir()
    out, _ = run_text(text, tmp_path / "off", off, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["相談件数"] != "generic head"


def test_enumerations_of_kanji_names():
    assert is_enumeration("陸・海・空", lambda x: False)
    assert is_enumeration("防衛省・自衛隊", lambda x: True)
    assert not is_enumeration("接近阻止・領域拒否", lambda x: False)
    assert not is_enumeration("ゴールデン・ドーム", lambda x: True)


def test_a_run_of_abbreviated_names_is_written_with_their_kanji():
    """country_lists: with the abbreviations' kanji given, 日米中露韓朝 and 日中韓 are runs of
    abbreviated names and one word split into single kanji and rare pieces (撥水|性, 乳|用|牛,
    科研|費) is none; without them, each is taken for a run."""
    countries = "日米中韓露朝英仏独伊豪印加台欧"
    for text in ("日米中露韓朝", "日中韓"):
        assert is_enumeration(text, lambda x: False, countries)
    for text in ("撥水性", "乳用牛", "科研費"):
        assert not is_enumeration(text, lambda x: False, countries)
        assert is_enumeration(text, lambda x: False)


def test_country_lists_reach_the_glossary(tmp_path, cfg, models):
    """The switch is read by the glossary stage: 撥水性 is listed last as an enumeration with
    country_lists off and not with it on; 日米中露韓朝 is with both."""
    from dataclasses import replace

    from conftest import run_text

    text = ("課題1 撥水性の確保\n撥水性の高い資材を使う。日米中露韓朝の協議で撥水性を論じた。\n"
            "提言1 撥水性を高める。日米中露韓朝の協議を続ける。\n")
    demoted = {}
    for on in (False, True):
        switched = replace(cfg, glossary=replace(cfg.glossary, country_lists=on))
        (tmp_path / str(on)).mkdir()
        out, _ = run_text(text, tmp_path / str(on), switched, models)
        demoted[on] = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted[False]["撥水性"] == "enumeration" and demoted[True]["撥水性"] != "enumeration"
    assert demoted[False]["日米中露韓朝"] == demoted[True]["日米中露韓朝"] == "enumeration"


def test_rrf_without_the_weakest_signal():
    """drop_worst leaves each key's weakest contribution out (a's rank 3 in s3, c's rank 3 in
    s1 and s2 once)."""
    signals = {"s1": {"a": 3, "b": 2, "c": 1}, "s2": {"a": 3, "b": 2, "c": 1},
               "s3": {"a": 1, "b": 2, "c": 3}}
    assert rrf(signals, k=1)["a"] == pytest.approx(1 / 2 + 1 / 2 + 1 / 4)
    dropped = rrf(signals, k=1, drop_worst=True)
    assert dropped == pytest.approx({"a": 1.0, "b": 2 / 3, "c": 1 / 4 + 1 / 2})


def test_the_signals_of_use_count_once():
    """FLR, C-value and spread all measure use: fused first into one ranking, they weigh as
    much as specificity, not three times as much (a and b tie; summed, a wins)."""
    use = {"a": 3.0, "b": 1.0}
    signals = {"structure": use, "cvalue": use, "spread": use, "specificity": {"a": 1.0, "b": 3.0}}
    kinds = rrf(fuse_kinds(signals, k=1), k=1)
    assert set(fuse_kinds(signals, k=1)) == {"use", "specificity"}
    assert kinds["a"] == pytest.approx(kinds["b"])
    summed = rrf(signals, k=1)
    assert summed["a"] > summed["b"]


def test_names_of_individuals_are_no_naming_evidence():
    """An organisation or a law (labels in proper_name_labels) keeps its row but no naming
    evidence; a concept entity (a weapon system) keeps it, as does an acronym's expansion
    whatever its label."""
    names = frozenset({"ORGANIZATION", "LAW"})
    assert naming(1, "ORGANIZATION", False, names) == 0
    assert naming(1, "LAW", False, names) == 0
    assert naming(1, "WEAPON_SYSTEM", False, names) == 1
    assert naming(1, "ORGANIZATION", True, names) == 1  # 統合作戦司令部 (JJOC)
    assert naming(2, "", True, names) == 2
    assert naming(1, "ORGANIZATION", False) == 1  # no labels configured: every entity counts


def test_c_value_discounts_terms_seen_inside_longer_ones():
    """C-value: log2(1 + nouns) × (f(a) − mean f of the candidates containing a)."""
    freq = {"秘密保全": 4, "秘密保全制度": 2, "秘密保全措置": 2, "核抑止": 3}
    length = {"秘密保全": 2, "秘密保全制度": 3, "秘密保全措置": 3, "核抑止": 2}
    cv = c_values(freq, length)
    assert cv["秘密保全"] == pytest.approx(math.log2(3) * (4 - 2))
    assert cv["秘密保全制度"] == pytest.approx(2 * 2)
    assert cv["核抑止"] == pytest.approx(math.log2(3) * 3)
    assert c_values({"核": 2, "核抑止": 2}, {"核": 1, "核抑止": 2})["核"] == 0.0


def test_inferred_breaks_divide_by_ten_per_break():
    f = general_frequency("核抑止", breaks=True)
    assert f == pytest.approx(general_frequency("核抑止") / 10)


def test_a_person_with_a_title_holds_a_name_both_parsers_read():
    """Only a name GiNZA and Sudachi both read (the `persons` given) makes a person with a
    title; a row whose first word Sudachi alone tags as a name is an eponym, a place or a word
    (stop 46, Q)."""
    assert is_person_with_title("河野克俊元統合幕僚長", frozenset({"河野克俊"}))
    assert not is_person_with_title("河野克俊", frozenset({"河野克俊"}))  # the name alone
    for text in ("マルコフ連鎖モデル", "ベイズ推定", "鷺沢川流域", "マイナ保険証", "ヒューミント"):
        assert not is_person_with_title(text, frozenset({"河野克俊"}))


def test_only_persons_sudachi_agrees_are_names_make_a_person_with_a_title():
    """GiNZA tags common words PERSON too (VC, 暑さ, 那賀瀬川 a river): a row holding one is no
    person with a title; a GiNZA PERSON that opens with a Sudachi name is (福田潤一…)."""
    from dtx_nlp.stages.glossary import person_names
    from dtx_nlp.types import Mention

    def person(text):
        return Mention("U", 0, len(text), text, "PERSON", text, "ner")

    names = person_names([person("VC"), person("暑さ"), person("那賀瀬川"), person("福田潤一"),
                          person("デニス・ブレア"),
                          Mention("U", 0, 2, "中村", "PERSON", "中村", "rule")])
    assert names == {"福田潤一", "デニス・ブレア"}
    assert not is_person_with_title("国内VC", names)
    assert not is_person_with_title("日最高暑さ指数", names)
    assert is_person_with_title("福田潤一主任研究員", names)


def test_quoted_names_read_as_clauses_are_terms(nlp):
    found = {m.text for m in _marks(nlp, "「日米政府間の拡大抑止に関するガイドライン」を作成し、"
                                        "「重要影響事態、存立危機事態」を論じ、「中国に核で反撃せよ」と述べた。")}
    assert "日米政府間の拡大抑止に関するガイドライン" in found
    assert not any(t.startswith(("重要影響事態、", "中国に核")) for t in found)


def test_ordinals_written_into_names(nlp):
    from dtx_nlp.stages.chains import noun_chains

    texts = {c.text for c in noun_chains("U", nlp("第一列島線と第5世代戦闘機、安保条約第6条の義務。"))}
    assert {"第一列島線", "第5世代戦闘機"} <= texts
    assert not any("6条" in t for t in texts)


def test_a_numeral_written_into_a_word_opens_it(nlp):
    """word_numerals: a single kanji or Roman numeral glued to a compound belongs to it, even
    across a counter (二|次|利用); amounts, kanji dates and adverbial nouns stay out."""
    from dtx_nlp.stages.chains import ChainRules, noun_chains

    doc = nlp("三次元計測と二次利用、第Ⅰ相試験と二国間協定を進める。三割を超え、三年以内に"
              "二〇二三年の法律と3年間の計画で見直す。")
    on = {c.text for c in noun_chains("U", doc, rules=ChainRules(word_numerals=True))}
    assert {"三次元計測", "二次利用", "第Ⅰ相試験", "二国間協定"} <= on
    assert not on & {"次元計測", "三割", "三年以内", "二〇二三年", "〇二三年", "3年間"}
    off = {c.text for c in noun_chains("U", doc)}
    assert "次元計測" in off and not off & {"三次元計測", "二次利用"}


def test_a_code_after_a_space_starts_its_own_term(nlp):
    """spaced_codes: ICH E17ガイドライン gives E17ガイドライン, F-35A DCA gives DCA; an English word
    after another still starts no term."""
    from dtx_nlp.stages.chains import ChainRules, noun_chains

    doc = nlp("ICH E17ガイドラインとF-35A DCAを、Export Administration Regulationsで扱う。")
    on = {c.text for c in noun_chains("U", doc, rules=ChainRules(spaced_codes=True))}
    assert {"E17ガイドライン", "DCA"} <= on
    assert not on & {"17ガイドライン", "Administration"}
    assert "17ガイドライン" in {c.text for c in noun_chains("U", doc)}


def test_an_adverbial_suffix_in_hiragana_ends_a_chain(nlp, cfg):
    """adverbial_suffix_ends (on as shipped): とも after a noun (関係機関とも連携, "with … too";
    両親とも, "both") ends the chain and is no part of any; off, it runs the chain on. The
    glossary stage passes the switch on."""
    from dataclasses import replace

    from dtx_nlp.stages.chains import ChainRules, noun_chains
    from dtx_nlp.stages.glossary import chain_rules

    assert chain_rules(cfg.glossary).adverbial_ends
    assert not chain_rules(replace(cfg.glossary, adverbial_suffix_ends=False)).adverbial_ends
    doc = nlp("関係機関とも連携して進める。両親とも反対した。")
    on = {c.text for c in noun_chains("U", doc, rules=ChainRules(adverbial_ends=True))}
    assert {"関係機関", "連携", "両親"} <= on and not any("とも" in t for t in on)
    assert "関係機関とも連携" in {c.text for c in noun_chains("U", doc)}


def test_a_numbered_label_is_no_part_of_a_term(nlp, cfg):
    """bracketed_labels: 課題（オ） (GiNZA's one token for a word and one katakana in brackets)
    ends a chain and starts none; a word with its reading or gloss in katakana (粉砕機（チッパー）)
    stays one. Off, the label opens the term. The glossary stage passes the switch on."""
    from dataclasses import replace

    from dtx_nlp.stages.chains import ChainRules, noun_chains
    from dtx_nlp.stages.glossary import chain_rules

    assert chain_rules(replace(cfg.glossary, bracketed_labels=True)).labels
    assert not chain_rules(replace(cfg.glossary, bracketed_labels=False)).labels

    doc = nlp("課題（オ）救急医療の対応\n論点（ア）費用負担ルールと粉砕機（チッパー）の導入")
    on = {c.text for c in noun_chains("U", doc, rules=ChainRules(labels=True))}
    assert {"救急医療", "費用負担ルール", "粉砕機（チッパー）"} <= on
    assert not any("（オ）" in t or "（ア）" in t for t in on)
    off = {c.text for c in noun_chains("U", doc)}
    assert {"課題（オ）救急医療", "論点（ア）費用負担ルール"} <= off


def test_an_era_name_or_a_counter_noun_makes_a_number_a_date(nlp):
    """era_names and date_counters: 令和七年度 opens no word, 年度 after a number is cut off as a
    counter is (2024年度|薬価制度改革), and era dates are quantities (listed last)."""
    from dtx_nlp.stages.chains import ChainRules, noun_chains
    from dtx_nlp.stages.termrank import is_quantity

    doc = nlp("令和七年度予算と2024年度薬価制度改革で三次元計測を進める。")
    dates = ChainRules(True, False, frozenset({"令和", "平成"}), frozenset({"年度"}))
    on = {c.text for c in noun_chains("U", doc, rules=dates)}
    assert {"予算", "薬価制度改革", "三次元計測"} <= on
    assert not on & {"令和七年度予算", "年度予算", "年度薬価制度改革"}
    off = {c.text for c in noun_chains("U", doc, rules=ChainRules(word_numerals=True))}
    assert {"令和七年度予算", "年度薬価制度改革"} <= off
    assert all(is_quantity(d, dates) and not is_quantity(d)
               for d in ("令和7年度", "令和七年度", "平成30年", "2024年度"))
    assert not is_quantity("2030年問題", dates) and not is_quantity("令和6年度補正予算", dates)


def test_one_kanji_items_share_their_head(nlp):
    from dtx_nlp.stages.chains import noun_chains

    texts = {c.text for c in noun_chains("U", nlp("陸・海・空自衛隊を指揮する。"))}
    assert "空自衛隊" not in texts


def test_two_terms_side_by_side():
    from dtx_nlp.stages.termrank import is_juxtaposition

    used = {"米軍": 24, "核兵器": 62, "核": 70}.get
    assert is_juxtaposition(("米軍", "核兵器"), lambda t: (used(t) or 0) > 1)
    assert not is_juxtaposition(("核兵器", "使用"), lambda t: (used(t) or 0) > 1)


def test_everyday_words_are_common_in_general_japanese_as_a_whole():
    from dtx_nlp.stages.termrank import is_everyday

    assert is_everyday("基準", 4.0) and is_everyday("ミサイル", 4.0)  # Zipf 4.8, 4.4
    assert not is_everyday("半導体", 4.0)  # 3.7
    assert not is_everyday("拡大抑止", 4.0)  # no word of general Japanese as a whole
    assert is_everyday("半導体", 3.5)
    assert not is_everyday("基準", 0)  # off


def test_the_model_vocabulary_ranks_compounds_wordfreq_lacks():
    """The ja_ginza vocabulary is stored most common first and holds compounds Sudachi keeps
    whole, which wordfreq's MeCab-cut list lacks (潜水艦: 潜水|艦)."""
    from dtx_nlp.stages.termrank import is_everyday, vocabulary_rank

    assert vocabulary_rank("の") == 1
    assert vocabulary_rank("の") < vocabulary_rank("政府") < vocabulary_rank("潜水艦") < 70000
    assert not is_everyday("潜水艦", 4.0) and is_everyday("潜水艦", 0, 70000)
    assert not is_everyday("潜水艦", 0, 10000)
    assert not is_everyday("核抑止", 4.0, 70000)  # in the vocabulary, but rarer
    assert not is_everyday("拡大抑止", 4.0, 70000)  # not in it at all


def test_everyday_words_come_last_unless_the_text_explains_them(tmp_path, cfg, models):
    from dataclasses import replace

    items = ["審査のプロセスを見直し、プロセスの透明性を高める。プロセスは長い。",
             "シナリオ（scenario）とは、想定される事態の筋書きをいう。シナリオを複数作る。",
             "型式認証の審査基準を定める。型式認証は遅れている。",
             "情報共有の仕組みを作る。情報共有が型式認証に欠かせない。",
             "個人情報の扱いを定める。個人情報は型式認証でも守る。"]
    g = _small_glossary(items, tmp_path, cfg, models)
    demoted = dict(zip(g.term, g.demoted))
    assert (cfg.glossary.everyday_zipf, cfg.glossary.everyday_rank) == (4.0, 30000)
    assert demoted["プロセス"] == "everyday word"
    assert demoted["個人情報"] == "everyday word"  # not in wordfreq's list; the model's 8164th
    assert demoted["情報共有"] == ""  # the model's 45484th: beyond the 30,000
    assert demoted["シナリオ"] == ""  # Zipf 4.3, but the text defines it
    assert demoted["型式認証"] == ""
    assert list(g.term).index("プロセス") > list(g.term).index("型式認証")
    (tmp_path / "zipf").mkdir()
    zipf = replace(cfg, glossary=replace(cfg.glossary, everyday_rank=0))
    demoted = dict(zip(*(lambda g: (g.term, g.demoted))(
        _small_glossary(items, tmp_path / "zipf", zipf, models))))
    assert (demoted["プロセス"], demoted["個人情報"]) == ("everyday word", "")
    (tmp_path / "off").mkdir()
    off = replace(cfg, glossary=replace(cfg.glossary, everyday_zipf=0.0, everyday_rank=0))
    assert "everyday word" not in set(_small_glossary(items, tmp_path / "off", off, models).demoted)


def test_amounts_and_dates_are_no_terms():
    from dtx_nlp.stages.termrank import is_quantity

    for amount in ("2ナノメートル", "約2.7兆円", "年平均約4.9兆円", "累計約2.4GW", "約800km",
                   "おおむね5年以内", "2022年8月成立", "3兆円"):
        assert is_quantity(amount), amount
    for term in ("2030年問題", "5G", "F-35A", "B-52", "12式地対艦誘導弾", "第5世代戦闘機", "5G通信"):
        assert not is_quantity(term), term


def test_measured_amounts_read_a_labelled_figure_and_units():
    """measured_amounts: a figure (comma, decimal point, magnitude) after the nouns that label it
    is an amount, and so is a number with a symbol or a lower-case unit; codes and names whose
    number is no figure stay terms."""
    from dtx_nlp.stages.termrank import is_quantity

    for amount in ("回答4,286件", "人口10万人以上", "構成比51.4%", "月額16,900円", "61.4%",
                   "386mm", "流域面積1,630km2", "回答者約6,000人", "幅0.2mm程度"):
        assert is_quantity(amount, measured=True) and not is_quantity(amount), amount
    for term in ("5G", "4K", "F-35A", "2FA", "特定技能2号", "憲法9条", "PM2.5", "2030年問題",
                 "1.5℃目標", "3者協議", "H5N1"):
        assert not is_quantity(term, measured=True), term


def test_the_shipped_pipeline_lists_labelled_figures_last(tmp_path, cfg, models):
    from dataclasses import replace

    items = ["事業者調査（回答4,286件）では型式認証の遅れが挙がった。",
             "型式認証の審査期間は大都市（人口10万人以上）で長い。"]
    g = _small_glossary(items, tmp_path, cfg, models)
    demoted = dict(zip(g.term, g.demoted.fillna("")))
    assert cfg.glossary.measured_amounts
    assert demoted["回答4,286件"] == demoted["人口10万人以上"] == "quantity or date"
    assert demoted["型式認証"] == ""
    (tmp_path / "off").mkdir()
    off = replace(cfg, glossary=replace(cfg.glossary, measured_amounts=False))
    g = _small_glossary(items, tmp_path / "off", off, models)
    assert dict(zip(g.term, g.demoted.fillna("")))["回答4,286件"] == ""


def test_the_documents_own_item_labels():
    from dtx_nlp.stages.termrank import numbered_labels

    keys = ["問題点1", "問題点2", "問題点3", "委員a", "委員b", "委員c", "fatf勧告10", "勧告10",
            "レベル4", "レベル3", "re100", "b-52"]
    assert numbered_labels(keys) == {"問題点1", "問題点2", "問題点3", "委員a", "委員b", "委員c"}


def test_a_speakers_label_opens_a_remark_only():
    from types import SimpleNamespace

    from dtx_nlp.stages.glossary import _speaker_end

    remark, problem = SimpleNamespace(kind="remark"), SimpleNamespace(kind="problem")
    assert _speaker_end(remark, "モデレーター：まず伺いたい。") == len("モデレーター：")
    text = "参加者A（開発金融の専門家）：債務の罠は誤解である。"
    assert _speaker_end(remark, text) == text.index("債")
    assert _speaker_end(remark, "核抑止の信頼性が問われる。") == 0
    assert _speaker_end(problem, "課題：人材が足りない。") == 0


def test_a_long_reports_artifacts_come_last(tmp_path, cfg, models):
    from dataclasses import replace

    # amounts and labels in parentheses, or glossed by one, are candidates as marked spans
    items = ["送配電網の増強（問題点1）の費用は約2.7兆円（推計）に達する。"
             "送配電網の増強が遅れている。",
             "系統制約（問題点2）と出力制御（問題点3）が残り、"
             "配電事業ライセンス（2022年創設）も使われない。",
             "系統制約と出力制御が送配電網の課題である。"]
    assert cfg.glossary.artifacts_last  # on in the shipped pipeline (docs/glossary.md, "Stop 37")
    demoted = dict(zip(*(lambda g: (g.term, g.demoted))(
        _small_glossary(items, tmp_path, cfg, models))))
    assert demoted["約2.7兆円"] == demoted["2022年創設"] == "quantity or date"
    assert {demoted[f"問題点{n}"] for n in (1, 2, 3)} == {"item label"}
    assert demoted["送配電網"] == demoted["系統制約"] == ""
    (tmp_path / "off").mkdir()
    no = replace(cfg, glossary=replace(cfg.glossary, artifacts_last=False))
    off = dict(zip(*(lambda g: (g.term, g.demoted))(
        _small_glossary(items, tmp_path / "off", no, models))))
    assert off["約2.7兆円"] == off["問題点1"] == off["2022年創設"] == ""


def test_phrases_ending_in_a_generic_action_are_fragments():
    from dtx_nlp.stages.termrank import is_fragment

    generic = frozenset({"強化", "システム", "レベル"})
    assert is_fragment(("連携", "強化"), 3, lambda t: False, generic)  # any frequency
    assert not is_fragment(("意思決定", "システム"), 2, lambda t: True, generic)  # no action
    assert is_fragment(("統合軍", "レベル"), 1, lambda t: True, generic)  # once, a known term
    assert not is_fragment(("統合軍", "レベル"), 2, lambda t: True, generic)


def test_teki_between_nouns_joins_the_chain(nlp):
    from dtx_nlp.stages.chains import noun_chains

    texts = {c.text for c in noun_chains("U", nlp("付随的被害を局限し、集団的自衛権を論じる。"))}
    assert {"付随的被害", "集団的自衛権"} <= texts


@pytest.mark.parametrize("term, expected", [
    ("SLCM-N", "エスエルシーエム・エヌ"), ("F-35A", "エフ・35エー"), ("ＳＬＣＭ－Ｎ", "エスエルシーエム・エヌ"),
    ("C2", "シー2"), ("INF全廃条約", "アイエヌエフゼンパイジョウヤク"), ("12式地対艦誘導弾", "12シキジタイカンユウドウダン"),
    ("拡大抑止", "カクダイヨクシ"), ("ゴールデン・ドーム", "ゴールデン・ドーム"),
])
def test_readings_of_mixed_terms(term, expected):
    assert reading(term) == expected
    assert latin_read_as_words(term, reading(term)) == []


def test_the_reading_check_catches_latin_read_as_words():
    assert latin_read_as_words("SLCM-N", "エスエルシーエム-ノルマル") == ["SLCM-N"]
    assert latin_read_as_words("F-35A", "f-サンゴアール") == ["F-35A"]
    assert latin_read_as_words("SLCM-N", "SLCM-N") == []


def _small_glossary(items: list[str], tmp_path, cfg, models):
    """glossary.csv of a small problem list (one item a line) run through the pipeline."""
    from conftest import run_text

    text = "（1）課題\n" + "".join(f"{'①②③④⑤⑥'[i]}·　{line}\n" for i, line in enumerate(items))
    out, result = run_text(text, tmp_path, cfg, models, name="gloss")
    assert result.ok, result.error
    return read_csv(out / "glossary.csv")


def test_english_and_definition_columns_on_a_small_text(tmp_path, cfg, models):
    g = _small_glossary(["先行不使用（no first use）の宣言が論じられた。先行不使用は重要である。",
                         "統合作戦司令部（JSDF Joint Operation Command, JJOC）を設置する。",
                         "抑止態勢とは、相手の攻撃を思いとどまらせる能力と意思の組合せを指す。",
                         "米国はExport Control Reform Act of 2018（ECRA）を根拠とした。"],
                        tmp_path, cfg, models)
    rows = {t: r for t, r in zip(g.term, g.itertuples())}
    assert rows["ECRA"].english == "Export Control Reform Act of 2018"
    assert not any(r.english == r.term for r in rows.values())  # never the row's own term
    assert rows["先行不使用"].english == "no first use"
    assert rows["JJOC"].english == "JSDF Joint Operation Command"
    assert rows["抑止態勢"].definition.startswith("相手の攻撃を思いとどまらせる")
    assert list(g.columns[-4:]) == ["english", "definition", "demoted", "noise_class"]


def test_country_names_are_generic_words(tmp_path, cfg, models):
    terms = set(_small_glossary(["日豪の経済連携協定では、オーストラリアからの原料輸入が増えた。",
                                 "インドネシアとの交渉は遅れ、日中韓の協議も止まっている。"
                                 "経済連携協定の見直しが続く。"], tmp_path, cfg, models).term)
    assert "経済連携協定" in terms
    assert not terms & {"オーストラリア", "インドネシア", "日豪", "日中韓"}  # 日中|韓: two nouns


def test_every_candidate_kept_and_single_use_terms_listed(glossary):
    assert len(glossary) > 500  # no frequency floor, no row cap
    once = glossary[glossary.frequency == 1]
    assert len(once) > 200
    assert "柔軟抑止選択肢" in set(glossary.term[:200])  # used once, glossed by an acronym


def test_no_latin_letters_read_as_words_in_the_first_200(glossary):
    bad = [(t, r) for t, r in zip(glossary.term[:200], glossary.reading[:200])
           if latin_read_as_words(t, r)]
    assert bad == []


def test_noise_classes_come_last(glossary):
    demoted = glossary[glossary.demoted != ""]
    assert len(demoted) > 0
    first_demoted = glossary.index[glossary.demoted != ""][0]
    assert (glossary.demoted[first_demoted:] != "").all()
    assert set(demoted.demoted) <= {"person with title", "English words", "enumeration", "fragment",
                                    "two terms", "only inside longer terms", "everyday word",
                                    "kanji list", "generic head", "quantified",
                                    "relative time or place"}
    assert {"only inside longer terms", "everyday word"} <= set(demoted.demoted)
    # ミサイル: Zipf 4.4; 抑止力: not in wordfreq's list, the model vocabulary's 29445th word;
    # 同盟国, its 35702nd, is beyond the 30,000; 自衛隊 (Zipf 4.5) is an entity, never noise
    everyday = {"ミサイル", "抑止力", "同盟国", "自衛隊"}
    assert dict(zip(glossary.term, glossary.demoted)).keys() >= everyday
    assert {t: d for t, d in zip(glossary.term, glossary.demoted) if t in everyday} == {
        "ミサイル": "everyday word", "抑止力": "everyday word", "同盟国": "", "自衛隊": ""}


def test_key_term_share_counts_aliases_within_the_first_rows():
    from dtx_nlp.evaluation.evaluate import key_term_share
    from dtx_nlp.types import Term

    terms = [Term("米インド太平洋軍", "", "entity", "", 3, "U", 1.0, aliases="インド太平洋軍"),
             Term("核共有", "", "term", "", 2, "U", 0.5), Term("戦争管理", "", "term", "", 1, "U", 0.1)]
    assert key_term_share(terms, [["インド太平洋軍"], ["戦争管理"]], 2) == (0.5, ["戦争管理"])
    assert key_term_share(terms, [["インド太平洋軍"], ["x", "核共有"]], 3)[0] == 1.0


def test_an_unknown_ranking_is_a_config_error(tmp_path):
    from conftest import PIPELINE

    from dtx_nlp.config import load_config
    from dtx_nlp.errors import ConfigError

    text = PIPELINE.read_text(encoding="utf-8").replace('ranking = "learned"', 'ranking = "best"')
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    for rel in ("layouts", "rules", "models"):
        (tmp_path / rel).symlink_to(PIPELINE.parent / rel)
    with pytest.raises(ConfigError, match="glossary.ranking"):
        load_config(tmp_path / "p.toml")
    assert load_config(PIPELINE).glossary.ranking == "learned"


def test_an_everyday_zipf_out_of_range_is_a_config_error(tmp_path):
    from conftest import PIPELINE

    from dtx_nlp.config import load_config
    from dtx_nlp.errors import ConfigError

    text = PIPELINE.read_text(encoding="utf-8").replace("everyday_zipf = 4.0",
                                                        "everyday_zipf = 40")
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    for rel in ("layouts", "rules", "models"):
        (tmp_path / rel).symlink_to(PIPELINE.parent / rel)
    with pytest.raises(ConfigError, match="everyday_zipf"):
        load_config(tmp_path / "p.toml")
    text = PIPELINE.read_text(encoding="utf-8").replace("everyday_rank = 30000",
                                                        "everyday_rank = -1")
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="everyday_rank"):
        load_config(tmp_path / "p.toml")
    text = PIPELINE.read_text(encoding="utf-8").replace("max_marked_chars = 40",
                                                        "max_marked_chars = -1")
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="max_marked_chars"):
        load_config(tmp_path / "p.toml")


def test_wordfreq_lookups_are_kept_by_content_and_reused(tmp_path, monkeypatch):
    """A run saves the words it looked up in wordfreq's list and the model's vocabulary; the
    next one answers from that file alone (here: both lists are made unavailable) alike."""
    from dtx_nlp.stages import termrank

    terms = ["核抑止力", "拡大抑止", "日米同盟", "中朝露", "潜水艦"]
    monkeypatch.setattr(termrank, "_SEEN", {})
    monkeypatch.setattr(termrank, "_SEEN_FILE", [None, 0])
    termrank.general_frequency.cache_clear()
    path = tmp_path / termrank.lookup_file_name()
    termrank.use_lookup_file(path)
    first = [termrank.general_frequency(t) for t in terms]
    lists = [termrank.is_enumeration(t, lambda _: False) for t in terms]
    everyday = [termrank.is_everyday(t, 4.0, 70000) for t in terms]
    assert everyday == [False] * 4 + [True]
    termrank.save_lookup_file()
    assert path.exists()

    def unavailable():
        raise AssertionError("a list was loaded")

    monkeypatch.setattr(termrank, "_SEEN", {})
    monkeypatch.setattr(termrank, "_SEEN_FILE", [None, 0])
    monkeypatch.setattr(termrank, "general_list", unavailable)
    monkeypatch.setattr(termrank, "vocabulary_ranks", unavailable)
    termrank.general_frequency.cache_clear()
    termrank.use_lookup_file(path)
    assert [termrank.general_frequency(t) for t in terms] == first
    assert [termrank.is_enumeration(t, lambda _: False) for t in terms] == lists
    assert [termrank.is_everyday(t, 4.0, 70000) for t in terms] == everyday
    termrank.general_frequency.cache_clear()


def test_an_acronym_after_english_and_a_japanese_comma(nlp):
    from types import SimpleNamespace

    from dtx_nlp.stages.definitions import find_definitions

    text = ("長距離の高圧直流送電（High Voltage Direct Current、HVDC）と地点別限界価格"
            "（Locational Marginal Pricing，LMP）を導入する。\n2 系統用蓄電池（BESS）を増やす。"
            "米国はExport Administration Regulations（EAR）を改正した。")
    found = find_definitions(SimpleNamespace(unit_id="U1", start=0), nlp(text))
    defs = {d.acronym: d for d in found}
    assert (defs["HVDC"].expansion, defs["HVDC"].english) == ("高圧直流送電",
                                                              "High Voltage Direct Current")
    assert (defs["LMP"].expansion, defs["LMP"].english) == ("地点別限界価格",
                                                            "Locational Marginal Pricing")
    assert defs["BESS"].expansion == "系統用蓄電池"  # not the item number before a space
    assert defs["EAR"].expansion == "Export Administration Regulations"  # English keeps its spaces


def test_an_acronym_glossed_in_english_in_every_order(nlp):
    """`glossed`: TERM（ACR：English）, ACR（English：TERM）, ACR（TERM：English）, ACR（English
    words） define the acronym; a speaker's bracket and a lone English word do not."""
    from types import SimpleNamespace

    from dtx_nlp.stages.definitions import find_definitions

    text = ("計画に数値目標（KPI：Key Performance Indicator）を設定する。"
            "BCP（Business Continuity Plan：事業継続計画）を策定する。"
            "NPPV（非侵襲的陽圧換気：Non-invasive Positive Pressure Ventilation）を用いる。"
            "MaaS（Mobility as a Service）を進める。委員AB（大学教授）：賛成である。"
            "NHK（Japan）が報じた。排出量取引（Emissions Trading、ETS）を導入する。"
            "侵害の痕跡（IoC：Indicator of Compromise）を共有する。\n"
            "委員A（Professor of Law）：反対である。")
    unit = SimpleNamespace(unit_id="U1", start=0)
    doc = nlp(text)
    defs = {d.acronym: d for d in find_definitions(unit, doc, glossed=True)}
    assert (defs["KPI"].expansion, defs["KPI"].english) == ("数値目標",
                                                            "Key Performance Indicator")
    assert (defs["BCP"].expansion, defs["BCP"].english) == ("事業継続計画",
                                                            "Business Continuity Plan")
    assert defs["NPPV"].expansion == "非侵襲的陽圧換気"
    assert defs["NPPV"].english == "Non-invasive Positive Pressure Ventilation"
    assert defs["MaaS"].expansion == defs["MaaS"].english == "Mobility as a Service"
    assert text[defs["BCP"].start:defs["BCP"].end] == "BCP"
    assert text[defs["KPI"].start:defs["KPI"].end] == "KPI"
    assert not {"A", "AB", "NHK"} & set(defs)
    assert defs["IoC"].expansion == "Indicator of Compromise"  # not 痕跡, a phrase's last word
    assert [d.how for d in find_definitions(unit, doc, glossed=True)
            if d.acronym == "ETS"] == ["bracketed"]  # the comma order is read once, as before
    off = {d.acronym for d in find_definitions(unit, doc)}  # off: as before
    assert "ETS" in off and not off & {"KPI", "BCP", "NPPV", "MaaS", "IoC"}


def test_full_width_acronyms_are_read_as_written(nlp):
    """`wide`: full-width letters are read as ASCII ones in every shape; the acronym and its
    English keep the width the text writes them in, and offsets still point at them."""
    from types import SimpleNamespace

    from dtx_nlp.stages.definitions import find_definitions

    text = ("事業継続計画（ＢＣＰ）を策定する。数値目標（ＫＰＩ：Ｋｅｙ Ｐｅｒｆｏｒｍａｎｃｅ "
            "Ｉｎｄｉｃａｔｏｒ）を置く。ＲＩＡ（規制影響分析：Regulatory Impact Analysis）を行う。"
            "高圧直流送電（High Voltage Direct Current、HVDC）を敷く。委員Ａ（大学教授）：賛成。")
    unit = SimpleNamespace(unit_id="U1", start=0)
    doc = nlp(text)
    defs = {d.acronym: d for d in find_definitions(unit, doc, glossed=True, wide=True)}
    assert defs["ＢＣＰ"].expansion == "事業継続計画"
    assert defs["ＫＰＩ"].expansion == "数値目標"
    assert defs["ＫＰＩ"].english == "Ｋｅｙ Ｐｅｒｆｏｒｍａｎｃｅ Ｉｎｄｉｃａｔｏｒ"
    assert (defs["ＲＩＡ"].expansion, defs["ＲＩＡ"].english) == ("規制影響分析",
                                                                "Regulatory Impact Analysis")
    assert defs["HVDC"].english == "High Voltage Direct Current"
    assert all(text[d.start:d.end] == a for a, d in defs.items())
    assert "Ａ" not in defs and "A" not in defs
    narrow = {d.acronym for d in find_definitions(unit, doc, glossed=True)}
    assert narrow == {"HVDC"}  # off: full-width letters are no acronym


def test_a_glossed_acronym_is_an_acronym_row_with_its_english(tmp_path, cfg, models):
    text = ("課題1 目標の設定\n多くの市町村は数値目標（KPI：Key Performance Indicator）を持たない。"
            "BCP（Business Continuity Plan：事業継続計画）の策定も遅れている。\n"
            "提言1 KPIを定め、BCPを毎年見直す。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "glossed_acronyms")
    assert on.loc["KPI", "kind"] == "acronym" and off.loc["KPI", "kind"] != "acronym"
    assert on.loc["KPI", "expansion"] == "数値目標"
    assert on.loc["BCP", "expansion"] == "事業継続計画"
    assert on.loc["BCP", "english"] == "Business Continuity Plan"
    assert off.loc["BCP", "english"] != "Business Continuity Plan"


def test_words_written_apart_are_not_one_term(tmp_path, cfg, models):
    from conftest import run_text

    text = ("介護人材の確保に関する提言\n第1　現状と課題\n(1)　需給の状況\n"
            "ア　介護職員の有効求人倍率は高止まりしている。\n"
            "イ　処遇改善加算の取得率は地域差が大きい。\n"
            "第2章　提言\n提言1　処遇改善加算の一本化を進める。\nア　算定要件を簡素化する。\n")
    out, result = run_text(text, tmp_path, cfg, models, name="apart")
    assert result.ok, result.error
    terms = set(read_csv(out / "glossary.csv").term)
    assert {"介護職員", "処遇改善加算", "算定要件", "有効求人倍率"} <= terms
    assert not [t for t in terms if t[0] in "アイ" or t.startswith("第")]  # no marker or part label


def test_an_acronym_keeps_the_english_of_a_later_definition(tmp_path, cfg, models):
    """The first definition of an acronym may give no English (ECMO（体外式膜型人工肺）, read
    under japanese_acronyms); the gloss of a later one fills the english column."""
    text = ("課題1 治療体制\n重症例ではECMO（体外式膜型人工肺）の配備が遅れている。\n"
            "提言1 ECMO（Extracorporeal Membrane Oxygenation：体外式膜型人工肺）を広域で融通する。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "japanese_acronyms")
    assert on.loc["ECMO", "expansion"] == "体外式膜型人工肺"
    assert on.loc["ECMO", "english"] == "Extracorporeal Membrane Oxygenation"
    assert off.loc["ECMO", "english"] == "Extracorporeal Membrane Oxygenation"


def test_a_parenthesis_naming_the_acronym_glosses_the_whole_word_only_when_asked(nlp):
    """whole_word_glosses (on as shipped since stop 77): 生成AI（Generative AI） and 環境DNA
    （environmental DNA） gloss the word the acronym ends, so AI and DNA are not defined by them;
    an expansion that does not name its acronym (企業BCP（Business Continuity Plan）) is still read."""
    text = ("生成AI（Generative AI）の利用が広がる。環境DNA（environmental DNA）を調べる。"
            "企業BCP（Business Continuity Plan）を定める。")
    assert _expansions(nlp, text, whole_word=True) == {"BCP": "Business Continuity Plan"}
    assert _expansions(nlp, text, whole_word=False) == {
        "AI": "Generative AI", "DNA": "environmental DNA", "BCP": "Business Continuity Plan"}


def _expansions(nlp, text: str, **flags) -> dict[str, str]:
    """acronym → expansion of find_definitions on one unit of `text`, glossed and wide on."""
    from types import SimpleNamespace

    from dtx_nlp.stages.definitions import find_definitions

    unit = SimpleNamespace(unit_id="U1", start=0)
    return {d.acronym: d.expansion
            for d in find_definitions(unit, nlp(text), glossed=True, wide=True, **flags)}


def test_the_whole_word_keeps_the_english_its_acronym_loses(tmp_path, cfg, models):
    """In the glossary: with whole_word_glosses, AI takes no English from 生成AI（Generative AI）
    and 生成AI keeps it; off, AI is glossed "Generative AI" (the misreading)."""
    text = ("課題1 行政の効率化\n現在、生成AI（Generative AI）の利用が広がり、AIの調達が遅れている。\n"
            "提言1 生成AIとAIの調達指針を定める。\n")
    assert cfg.glossary.whole_word_glosses and cfg.glossary.japanese_acronyms  # shipped, stop 77
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "whole_word_glosses")
    assert on.loc["生成AI", "english"] == off.loc["生成AI", "english"] == "Generative AI"
    assert off.loc["AI", "english"] == "Generative AI"
    assert "AI" not in on.index or on.loc["AI", "english"] != "Generative AI"


def test_a_footnote_that_says_what_its_term_is_fills_the_definition_only_when_asked(
        tmp_path, cfg, models):
    """note_definitions: a footnote opening with a term and a copula or a colon defines it, in
    the column only (no row moves); the same sentence in running text does not. The guards are
    tested on single notes below."""
    text = ("課題1 相談体制\n地域では連携拠点※1の整備が遅れ、夜間中学（注2）も少ない。\n"
            "協力員は、地域の住民から選ばれた相談の担い手である。\n"
            "※1 連携拠点は、複数の事業所が共同で運営する相談窓口である。\n"
            "（注2）夜間中学：義務教育を修了しなかった者等が夜間に学ぶ公立中学校の課程。\n"
            "提言1 連携拠点を各市町村に置き、夜間中学と協力員を増やす。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "note_definitions")
    assert on.definition.fillna("").get("連携拠点") == "複数の事業所が共同で運営する相談窓口"
    assert on.definition.fillna("").get("夜間中学") == (
        "義務教育を修了しなかった者等が夜間に学ぶ公立中学校の課程")
    assert "協力員" in on.index and not on.definition.fillna("").get("協力員", "")
    assert not off.definition.fillna("").get("連携拠点", "")
    assert list(on.index) == list(off.index)


def test_what_a_footnote_says_its_term_is(nlp):
    """note_definitions reads a note's opening term and one describing noun phrase after は, とは
    or a colon; not a term that points back, a bare name, a quoted source, a second clause or a
    unit that is not a note."""
    from types import SimpleNamespace

    from dtx_nlp.stages.termshapes import note_definitions

    def said(text, kind="note"):
        unit = SimpleNamespace(unit_id="N1", start=0, kind=kind)
        return [(m.text, m.definition) for m in note_definitions(unit, nlp(text))]

    assert said("※1 連携拠点は、複数の事業所が共同で運営する相談窓口である。") == [
        ("連携拠点", "複数の事業所が共同で運営する相談窓口")]
    assert said("注2 回収率とは、配布した調査票のうち回答を得た割合をいう。") == [
        ("回収率", "配布した調査票のうち回答を得た割合")]
    assert said("（注3）夜間中学：義務教育を修了しなかった者等が夜間に学ぶ課程。") == [
        ("夜間中学", "義務教育を修了しなかった者等が夜間に学ぶ課程")]
    assert said("※1 連携拠点は、複数の事業所が共同で運営する相談窓口である。", "paragraph") == []
    assert said("※4 同委員会は、全国の自治体の代表で構成する会議である。") == []
    assert said("注5 所管：総務省自治財政局財務調査課") == []
    assert said("注6 出典：総務省の「地方財政白書」") == []
    assert said("注7 本件は、市が事業者と協議したが、合意に至らなかった案件である。") == []
    assert said("注8 協力員は、市が委嘱するが、報酬のない相談の担い手である。") == []


def test_a_footnote_s_defining_copula_ends_its_clause(nlp):
    """note_definitions takes the copula that ends its clause (である。, です。), not one inside
    a clause that is part of another (であることを, であれば), as what the note's term is."""
    from types import SimpleNamespace

    from dtx_nlp.stages.termshapes import note_definitions

    def said(text):
        unit = SimpleNamespace(unit_id="N1", start=0, kind="note")
        return [(m.text, m.definition) for m in note_definitions(unit, nlp(text))]

    assert said("※2 認証マークは、審査に合格した製品であることを示すため、協会が定めた表示である。") == [
        ("認証マーク", "審査に合格した製品であることを示すため、協会が定めた表示")]
    assert said("注9 猶予期間とは、届出の前であれば、利用者が理由を問わず申込みを取り消せる期間です。") == []


def test_a_note_s_description_may_join_predicates_with_te_and_hold_mataha(nlp):
    """A note's description whose clause joins two actions with て／ながら, or lists with または,
    is one noun phrase; a clause that ends with が is not."""
    from types import SimpleNamespace

    from dtx_nlp.stages.termshapes import note_definitions

    def said(text):
        unit = SimpleNamespace(unit_id="N1", start=0, kind="note")
        return [(m.text, m.definition) for m in note_definitions(unit, nlp(text))]

    assert said("注3 料金調整制度は、燃料価格の変動を算定式に基づいて毎月の料金に反映させる仕組みです。") == [
        ("料金調整制度", "燃料価格の変動を算定式に基づいて毎月の料金に反映させる仕組み")]
    assert said("注4 地域競技は、県、市町村またはこれらで構成する組合が主催する公営競技である。") == [
        ("地域競技", "県、市町村またはこれらで構成する組合が主催する公営競技")]
    assert said("注5 連携会議は、県が設けたが、利用の少ない会議である。") == []
    assert said("注6 地域協議会は、県又は市町村が設ける会議である。") == [
        ("地域協議会", "県又は市町村が設ける会議")]


def test_a_clause_before_a_term_the_text_marks_says_what_it_is(nlp):
    """clause_definitions: an adnominal clause right before a term in quotes, glossed in English,
    after いわゆる or before と呼ばれる defines it; not a clause that says only who holds the term,
    a bare modifier, an unmarked term, a continuative clause, or a clause the parse runs into the
    sentence's topic."""
    from dtx_nlp.stages.termshapes import clause_definitions

    def said(text):
        return {m.text: m.definition for m in clause_definitions(_unit(text), nlp(text))}

    assert said("多くの自治体は、空き家の所有者と利用希望者を結び付ける「空き家バンク」を設けた。") == {
        "空き家バンク": "空き家の所有者と利用希望者を結び付ける"}
    assert said("事業者は、使用済み製品を回収して再資源化する拡大生産者責任（extended producer "
                "responsibility）を負う。") == {"拡大生産者責任": "使用済み製品を回収して再資源化する"}
    assert said("診療報酬の改定で加算の要件が見直された、いわゆる「2026年改定」の影響を調べた。") == {
        "2026年改定": "診療報酬の改定で加算の要件が見直された"}
    assert said("市では、地域の課題を住民が話し合う、車座集会と呼ばれる会合を開いている。") == {
        "車座集会": "地域の課題を住民が話し合う"}
    assert said("政府が掲げる「成長戦略」を見直す。") == {}
    assert said("新しい「成長戦略」を示す。") == {}
    assert said("空き家の所有者と利用希望者を結び付ける制度を設けた。") == {}
    assert said("市が「空き家バンク」を設け、移住者を募った。") == {}
    assert said("住民が地域の課題を話し合い、「車座集会」の記録を残した。") == {}
    assert said("被害の多くは、委託先を踏み台とする、サプライ攻撃と呼ばれる手法によるものだ。") == {}


def test_a_clause_definition_fills_the_column_only_when_asked(tmp_path, cfg, models):
    """clause_definitions fills the definition column and moves no row."""
    text = ("課題1 空き家の増加\n多くの自治体は、空き家の所有者と利用希望者を結び付ける「空き家バンク」"
            "を設けたが、登録は少ない。\n提言1 空き家バンクの登録を増やし、移住の相談窓口を置く。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "clause_definitions")
    assert on.definition.fillna("").get("空き家バンク") == "空き家の所有者と利用希望者を結び付ける"
    assert not off.definition.fillna("").get("空き家バンク", "")
    assert list(on.index) == list(off.index)


def _glossary_on_and_off(text, tmp_path, cfg, models, flag: str, values=(True, False)):
    """glossary.csv of a small text (indexed by term) with the `[glossary]` flag on, and off
    (or set to each of `values`)."""
    from dataclasses import replace

    from conftest import run_text

    out = []
    for value in values:
        (tmp_path / str(value)).mkdir()
        settings = replace(cfg, glossary=replace(cfg.glossary, **{flag: value}))
        folder, result = run_text(text, tmp_path / str(value), settings, models, name="flag")
        assert result.ok, result.error
        out.append(read_csv(folder / "glossary.csv").set_index("term"))
    return out


def test_a_label_opening_several_paragraphs_is_a_speaker_wherever_it_stands(tmp_path, cfg,
                                                                            models):
    text = ("座談会の要旨\n出席者は製薬企業幹部と臨床研究医の2名である。\n"
            "製薬企業幹部：薬価制度の予見性が重要である。\n臨床研究医：分散型臨床試験が必要である。\n"
            "製薬企業幹部：後発医薬品の安定供給も課題である。\n臨床研究医：症例集積性が低い。\n")
    assert cfg.glossary.repeated_speakers  # on in the shipped pipeline (stop 37)
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "repeated_speakers")
    assert on.loc["製薬企業幹部", "frequency"] == on.loc["臨床研究医", "frequency"] == 1
    assert off.loc["製薬企業幹部", "frequency"] == 3  # each label counted as a use
    assert on.loc["分散型臨床試験", "frequency"] == 1


def test_list_items_the_text_never_uses_alone_are_listed_last(tmp_path, cfg, models):
    text = ("薬価制度の課題\n新薬創出・適応外薬解消等促進加算の見直しが必要である。"
            "新薬創出・適応外薬解消等促進加算の対象は限られる。\n"
            "接近阻止・領域拒否の能力が高まる。領域拒否は海上で問題となる。\n")
    from dataclasses import replace

    assert cfg.glossary.list_items_last  # on in the shipped pipeline (stop 37)
    # kanji_lists_last (stop 41) lists the whole list last as well: off here, to see this rule alone
    cfg = replace(cfg, glossary=replace(cfg.glossary, kanji_lists_last=False))
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "list_items_last")
    assert on.loc["新薬創出", "demoted"] == on.loc["接近阻止", "demoted"] != ""
    assert on.loc["領域拒否", "demoted"] == ""  # used on its own too
    assert on.loc["新薬創出・適応外薬解消等促進加算", "demoted"] == ""
    assert off.loc["新薬創出", "demoted"] == ""


def test_a_quoted_clause_used_once_is_listed_last(tmp_path, cfg, models):
    text = ("漁業政策の課題\n"
            "今後は「資源量の回復」より「漁村で暮らし続ける意義」を重視すべきである。"
            "「資源評価」の精度を高め、「資源評価」を公表する。\n"
            "「海の見える化」（Ocean Visibility）も進める。"
            "「漁獲枠の配分」と「漁獲枠の配分」の見直しが要る。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "phrases_last")
    assert on.loc["資源量の回復", "demoted"] == "one-off phrase"
    assert on.loc["漁村で暮らし続ける意義", "demoted"] == "one-off phrase"
    assert on.loc["資源評価", "demoted"] == ""  # a compound, not a phrase
    assert on.loc["海の見える化", "demoted"] == ""  # glossed in English: the text explains it
    assert on.loc["漁獲枠の配分", "demoted"] == ""  # used twice
    assert off.loc["資源量の回復", "demoted"] == ""


def test_a_phrase_has_a_particle_verb_or_auxiliary_inside():
    from dtx_nlp.stages.glossary import is_phrase

    assert is_phrase("数量シェアの拡大") and is_phrase("予見可能なルールに基づく調整")
    assert not is_phrase("資源評価") and not is_phrase("2030年問題")
    assert not is_phrase("接近阻止・領域拒否")


def test_kanji_words_joined_by_a_dot_are_a_list_unless_the_text_makes_them_one(tmp_path, cfg,
                                                                              models):
    """kanji_lists_last: 情報共有・意思疎通 is listed last as a kanji list; a loanword with ・ and
    a quoted kanji pair are not."""
    from dataclasses import replace

    from conftest import read_csv, run_text

    from dtx_nlp.stages.termrank import is_kanji_list

    assert is_kanji_list("情報共有・意思疎通") and is_kanji_list("除雪・排雪")
    assert not is_kanji_list("エスカレーション・ラダー") and not is_kanji_list("日EU・EPA")
    text = ("課題1 同盟の調整\n同盟の情報共有・意思疎通が滞り、エスカレーション・ラダーの管理が"
            "難しい。「統合・運用」の考え方を採る。\n提言1 情報共有・意思疎通を改善する。\n")
    mine = replace(cfg, glossary=replace(cfg.glossary, kanji_lists_last=True))
    out, _ = run_text(text, tmp_path, mine, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted
    assert demoted["情報共有・意思疎通"] == "kanji list"
    assert demoted["エスカレーション・ラダー"] != "kanji list"
    assert "統合・運用" in demoted.index and demoted["統合・運用"] != "kanji list"


def test_an_acronym_that_ends_a_name_takes_no_expansion_from_it(tmp_path, cfg, models):
    from dataclasses import replace

    from dtx_nlp.stages.glossary import named_together

    text = ("電池回収の課題\n回収では、一般社団法人JBRCが小型充電式電池を集めている。"
            "一般社団法人JBRCの回収拠点は増えた。\n"
            "同盟調整メカニズム（ACM）を設けた。指揮統制C2の冗長性を強化する。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "named_acronyms")
    assert off.loc["JBRC", "expansion"] == "一般社団法人"  # the legal form read as its expansion
    assert "一般社団法人" not in set(on.expansion.fillna(""))
    assert not [t for t in on.index if "般社団法人" in t and not t.startswith("一般社団法人")]
    # a definition the text states, and a juxtaposition that is no name, stay
    assert on.loc["ACM", "expansion"] == "同盟調整メカニズム"
    assert on.loc["C2", "expansion"] == "指揮統制"
    juxtaposed = Definition("JBRC", "一般社団法人", "U", 6, 10, how="juxtaposed")
    name = Mention("U", 0, 10, "一般社団法人JBRC", "ORGANIZATION", "一般社団法人JBRC", "rule")
    assert named_together(juxtaposed, [name])
    assert not named_together(juxtaposed, [replace(name, start=6)])  # the acronym alone
    assert not named_together(replace(juxtaposed, how="bracketed"), [name])


def test_an_expansion_with_no_chain_of_its_own_is_shown_as_written():
    from dataclasses import replace

    from dtx_nlp.stages.glossary import _Context, _Occurrences, _Row, _surface

    d = Definition("JBRC", "一般社団法人", "U", 6, 10, how="juxtaposed")
    row = _Row("1般社団法人", None, _Occurrences(), None, 1.0, 1, True)
    written = _Context({"JBRC": d}, [], {}, {}, {"1般社団法人": "一般社団法人"})
    assert _surface(row, written) == "一般社団法人"
    assert _surface(row, replace(written, written={})) == "1般社団法人"  # as before the flag


def test_a_modifier_or_a_speakers_label_is_no_acronyms_expansion(tmp_path, cfg, models):
    """named_expansions: 企業型DC and 交通系IC qualify the acronym and expand nothing; in a
    remark 委員D（VC）：… the bracket gives the speaker's affiliation, not a definition."""
    from dtx_nlp.stages.definitions import is_modifier

    assert is_modifier("企業型") and is_modifier("先進的") and is_modifier("北海道本州間")
    assert not is_modifier("指揮統制") and not is_modifier("型") and not is_modifier("長距離")
    text = ("課題1 年金の加入\n近年、企業型DCの加入者は増えたが、交通系ICの利用は伸びない。"
            "指揮統制C2の冗長性を強化する。\n委員D（VC）：創業期の資金が足りない。\n"
            "委員D（VC）：出口も細い。\n"
            "提言1 確定拠出年金（DC）の運用を改め、ベンチャーキャピタル（VC）を呼び込む。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "named_expansions")
    assert off.loc["DC", "expansion"] == "企業型"  # the modifier read as its expansion
    assert on.loc["DC", "expansion"] == "確定拠出年金"  # the text's own definition instead
    assert off.loc["IC", "expansion"] == "交通系"
    assert on.loc["IC", "expansion"] == ""  # still an acronym's row, with no expansion
    assert on.loc["IC", "kind"] == off.loc["IC", "kind"] == "acronym"
    assert off.loc["VC", "expansion"] == "委員D"  # the speaker read as the expansion
    assert on.loc["VC", "expansion"] == "ベンチャーキャピタル"
    assert on.loc["C2", "expansion"] == "指揮統制"  # a juxtaposed name stays


def test_a_short_name_is_read_with_the_long_name_it_abbreviates(nlp):
    """`short_names`: a parenthesis after a name gives its short name when the short one is
    written with the long one's characters, in order; the long name starts at the word of the
    first character. A gloss, a generic word and an acronym are no short names."""
    from dtx_nlp.stages.termshapes import short_names
    text = ("政府は外国為替及び外国貿易法（外為法）を改正した。"
            "令和５年には感染症の予防及び感染症の患者に対する医療に関する法律（以下「感染症法」という。）"
            "が改正された。改正出入国管理及び難民認定法（入管法）も施行された。"
            "同法に基づく地域協議会（協議会）を置く。レジリエンス（強靭性）を高める。"
            "事業継続計画（BCP）を作る。国は、医薬品、医療機器等の品質、有効性及び安全性の確保等に"
            "関する法律（薬機法）を改正した。\n(iv)　新薬の側でも、新薬創出・適応外薬解消等促進加算"
            "（以下「新薬創出等加算」という）の企業要件が適用される。国際連合（国）も関わる。\n")
    pairs = dict(short_names(_unit(text), nlp(text)))
    assert pairs["外為法"] == "外国為替及び外国貿易法"
    assert pairs["感染症法"] == "感染症の予防及び感染症の患者に対する医療に関する法律"
    assert pairs["入管法"].endswith("出入国管理及び難民認定法")  # from the word 出入国, not 入国
    assert pairs["薬機法"].startswith("医薬品、医療機器")  # a comma crossed when needed
    assert pairs["新薬創出等加算"] == "新薬創出・適応外薬解消等促進加算"  # not across a clause
    assert not {"協議会", "強靭性", "BCP", "国"} & set(pairs)  # 国: one character is no name


def test_a_short_name_and_its_long_name_name_each_other(tmp_path, cfg, models):
    text = ("政府は特定健康診査（特定健診）の受診率を上げる。特定健診の結果を活用する。"
            "特定健診の未受診者に勧奨する。特定健康診査の実施率は低い。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "short_names")
    assert on.loc["特定健診", "aliases"] == "特定健康診査"
    assert on.loc["特定健康診査", "aliases"] == "特定健診"
    assert list(on.index) == list(off.index)  # no row merged, none moved
    assert str(off.loc["特定健診", "aliases"]) in ("", "nan")


def test_two_terms_side_by_side_are_listed_last_unless_turned_off(tmp_path, cfg, models):
    """juxtapositions_last (off as shipped since stop 78): with it on, a chain that splits into
    two terms each used more often than it (米軍|核兵器) is "two terms"; off, it is ranked as any
    row."""
    from dataclasses import replace

    from conftest import read_csv, run_text

    assert not cfg.glossary.juxtapositions_last  # shipped off, stop 78 (candidate W)

    text = ("課題1 抑止の信頼性\n米軍の態勢と核兵器の役割を検討した。米軍は前方に展開する。"
            "核兵器の運用は秘匿される。米軍と核兵器の関係が問われる。米軍核兵器の配備は議論されていない。\n"
            "提言1 米軍と協議する。核兵器の役割を説明する。\n")
    on = replace(cfg, glossary=replace(cfg.glossary, juxtapositions_last=True))
    out, _ = run_text(text, tmp_path, on, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["米軍核兵器"] == "two terms"
    off = replace(cfg, glossary=replace(cfg.glossary, juxtapositions_last=False))
    (tmp_path / "off").mkdir()
    out, _ = run_text(text, tmp_path / "off", off, models)
    demoted = read_csv(out / "glossary.csv").set_index("term").demoted.fillna("")
    assert demoted["米軍核兵器"] == ""


def test_a_row_written_across_a_line_break_is_shown_on_one_line():
    from dtx_nlp.stages.glossary import one_line

    assert one_line("勧\n告・公表") == "勧告・公表"
    assert one_line("再開発アドバイザー\n派遣制度") == "再開発アドバイザー派遣制度"
    assert one_line("capacity \n building") == "capacity building"
    assert one_line("F-35\nA") == "F-35A" and one_line("拡大抑止") == "拡大抑止"


def test_glossary_rows_never_hold_a_line_break(tmp_path, cfg, models):
    from conftest import run_text

    out, _ = run_text("提言1 罰則の導入\n(1) 不利益な取扱いを行った事業者に対する刑事罰及び行政措置（勧\n"
                      "告・公表）を導入します。\n(2) 通報者を保護する体制を整えます。\n"
                      "(3) 公益通報窓口とは、事業者の内部で通報を受け付ける部\n署をいう。\n",
                      tmp_path, cfg, models)
    rows = read_csv(out / "glossary.csv")
    terms = list(rows["term"])
    assert terms and not any("\n" in t for t in terms)
    assert any("勧告・公表" in t for t in terms)
    defined = [d for d in rows["definition"] if d]
    assert any("受け付ける部署" in d for d in defined) and not any("\n" in d for d in defined)


def _described(nlp, text, shapes=None):
    """term → definition of the `described` shapes (or of `shapes`) in one unit of `text`."""
    from dtx_nlp.stages.termshapes import described

    return {m.text: m.definition for m in (shapes or described)(_unit(text), nlp(text))}


def test_definitions_by_apposition_in_either_order(nlp):
    """X（gloss）、すなわちY with Y a description: up to the noun whose phrase reaches back to the
    connective (not the first noun a particle follows); Y、すなわちX: X a chain without の; two
    names side by side define nothing."""
    found = _described(nlp, "在宅医療では、レスパイトケア（respite care）、すなわち介護者が休息できる"
                            "ように一時的に介護を代替する支援の整備が遅れている。"
                            "港湾で貨物を積み替える拠点、すなわちハブ港の整備を進める。"
                            "区分所有者の団体、すなわち管理組合が担う。")
    assert found == {"レスパイトケア": "介護者が休息できるように一時的に介護を代替する支援",
                     "ハブ港": "港湾で貨物を積み替える拠点"}


def test_definitions_by_an_opening_topic(nlp):
    """A sentence opening with a term as topic whose clause ends in を指す／をいう; not を意味する,
    not a pronoun, not a negated predicate."""
    found = _described(nlp, "フードマイレージは、食料の輸送量に輸送距離を掛け合わせた指標をいう。"
                            "スマート農業（smart agriculture）は、ロボットや情報技術を活用する農業を"
                            "指すが、普及は遅れている。基盤整備は、地域の自立を意味する。"
                            "これは、過剰なリスクを指す。農業DXは、単なる機械化を指さない。")
    assert found == {"フードマイレージ": "食料の輸送量に輸送距離を掛け合わせた指標",
                     "スマート農業": "ロボットや情報技術を活用する農業"}
    # a heading the parser runs into the next sentence does not hide that sentence's topic
    found = _described(nlp, "（1）物流の逼迫\n共同配送は、複数の荷主が車両を共有して配送する仕組みを指す。")
    assert found == {"共同配送": "複数の荷主が車両を共有して配送する仕組み"}


def test_definitions_said_with_a_copula_after_an_opening_topic(nlp):
    """topic_copulas (off as shipped; its rule failed): one noun phrase with a verb, then a
    copula; not a predicate without a verb, not words that hold a clause of their own."""
    from dtx_nlp.stages.termshapes import topic_copulas

    text = ("特別養子縁組は、子の利益のために実親との法的な親子関係を終了させる制度です。"
            "ISEは比較的新しい国際基準です。スマート農業は、2020年に導入されたが、課題が多い状況である。"
            "航空交通管制は、管制官が航空機の間隔を確保し、安全で秩序ある交通流を維持する業務である。")
    found = _described(nlp, text, topic_copulas)
    assert found == {"特別養子縁組": "子の利益のために実親との法的な親子関係を終了させる制度",
                     "航空交通管制": "管制官が航空機の間隔を確保し、安全で秩序ある交通流を維持する業務"}


def _on_and_off(items, tmp_path, on, off, models):
    """The glossaries of `items` under two configurations, which must list the same rows in the
    same order (a setting that fills a column or a name moves no row)."""
    (tmp_path / "off").mkdir()
    (tmp_path / "on").mkdir()
    g_on = _small_glossary(items, tmp_path / "on", on, models)
    g_off = _small_glossary(items, tmp_path / "off", off, models)
    assert list(g_on.term) == list(g_off.term)
    return g_on, g_off


def test_described_definitions_fill_the_column_and_move_no_row(tmp_path, cfg, models):
    from dataclasses import replace

    items = ["在宅医療では、レスパイトケア（respite care）、すなわち介護者が休息できるように一時的"
             "に介護を代替する支援の整備が遅れている。レスパイトケアの担い手が足りない。",
             "フードマイレージは、食料の輸送量に輸送距離を掛け合わせた指標をいう。"]
    off = replace(cfg, glossary=replace(cfg.glossary, described_definitions=False))
    on = replace(cfg, glossary=replace(cfg.glossary, described_definitions=True))
    g_on, g_off = _on_and_off(items, tmp_path, on, off, models)
    rows = g_on.set_index("term").definition.fillna("")
    assert rows["レスパイトケア"] == "介護者が休息できるように一時的に介護を代替する支援"
    assert rows["フードマイレージ"] == "食料の輸送量に輸送距離を掛け合わせた指標"
    assert not g_off.set_index("term").definition.fillna("").get("フードマイレージ", "")


def test_a_body_s_name_without_its_legal_form_is_one_of_its_row_s_names(tmp_path, cfg, models):
    """legal_forms: a body's row 一般財団法人X lists X among its names, as does X株式会社; no row
    moves; a law whose title opens with a legal form, or a name that is only one, gains nothing."""
    from dataclasses import replace

    from dtx_nlp.stages.glossary import without_legal_form

    items = ["規格の策定は一般財団法人港湾規格協会が担い、設備は北陸重工株式会社が納める。",
             "一般財団法人港湾規格協会と北陸重工株式会社は、港湾規格の改定を進める。",
             "一般社団法人及び一般財団法人に関する法律の改正で、一般社団法人及び一般財団法人に関する法律の"
             "規定が整った。"]
    off = replace(cfg, glossary=replace(cfg.glossary, legal_forms=()))
    g_on, g_off = _on_and_off(items, tmp_path, cfg, off, models)
    aliases = g_on.set_index("term").aliases.fillna("")
    assert "港湾規格協会" in aliases["一般財団法人港湾規格協会"].split("; ")
    assert "北陸重工" in aliases["北陸重工株式会社"].split("; ")
    assert not g_off.set_index("term").aliases.fillna("")["一般財団法人港湾規格協会"]
    law = "一般社団法人及び一般財団法人に関する法律"  # a law, not a body: no name without the form
    assert not aliases.get(law, "")
    assert without_legal_form("株式会社", cfg.glossary.legal_forms) == ""


def test_an_acronym_followed_by_its_japanese_expansion_only_when_asked(nlp):
    """japanese_acronyms (on as shipped since stop 77): ECMO（体外式膜型人工肺） expands ECMO; a
    parenthesis shorter than the acronym's capitals (仮称) or a date expands nothing."""
    text = ("集中治療ではECMO（体外式膜型人工肺）の配備を進める。ＤＸ（デジタル・トランスフォーメーション）を"
            "図る。XYZ（仮称）を置く。COP（2025年）に臨む。")
    assert _expansions(nlp, text, japanese=True) == {
        "ECMO": "体外式膜型人工肺", "ＤＸ": "デジタル・トランスフォーメーション"}
    assert _expansions(nlp, text, japanese=False) == {}


def test_a_quoted_title_is_held_to_the_marks_bound_not_the_chains(tmp_path, cfg, models):
    """max_marked_chars (40 as shipped since stop 84): a title the text quotes may be longer than
    max_term_chars; a noun chain of the same length is still cut."""
    assert cfg.glossary.max_marked_chars == 40
    title = "地域における見守り活動の推進及び連携体制の構築のための手引き"
    chain = "地域見守り活動推進連携体制構築支援事業費補助金交付要綱改正案"
    assert len(title) > cfg.glossary.max_term_chars and len(chain) > cfg.glossary.max_term_chars
    text = (f"課題1 見守り\n国は「{title}」を示した。{chain}が示された。見守り活動の担い手は"
            "少ない。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "max_marked_chars", (40, 0))
    assert title in on.index and title not in off.index
    assert chain not in on.index and chain not in off.index


def test_an_acts_formal_title_is_read_without_quotes(nlp):
    """formal_titles (stop 84, statute_titles): the phrase headed by 法律 after に関する or 改正する,
    without the date, topic, past tense of する, space or listed law before the title."""
    from dtx_nlp.stages.termshapes import formal_titles

    text = ("令和5年に成立した水産資源の適正な管理に関する法律により、漁獲枠が定められた。"
            "本報告書は、学校図書館の整備に関する法律の改正を求める。"
            "注1　地域交通の維持に関する法律を参照。"
            "国は、漁業法、水産物の流通の適正化に関する法律及び関係法令を見直す。"
            "2024年の漁業法等の一部を改正する法律も関わる。関連する法律も多い。"
            "国は脱炭素地域交通への円滑な移行の推進に関する法律を定めた。"
            "警察等が取り扱う遺失物の管理等に関する法律も改められた。")
    assert formal_titles(_unit(text), nlp(text)) == [
        "水産資源の適正な管理に関する法律", "学校図書館の整備に関する法律",
        "地域交通の維持に関する法律", "水産物の流通の適正化に関する法律",
        "漁業法等の一部を改正する法律",
        "脱炭素地域交通への円滑な移行の推進に関する法律",  # the parse hangs 脱炭素 on 定めた
        "警察等が取り扱う遺失物の管理等に関する法律"]  # a subject of the title's own verb


def test_an_acts_title_is_a_row_only_when_asked(tmp_path, cfg, models):
    assert cfg.glossary.statute_titles  # on as shipped since stop 84
    title = "地域における見守り活動の推進及び連携体制の構築に関する法律"
    assert len(title) > cfg.glossary.max_term_chars
    text = f"課題1 見守り\n令和6年に成立した{title}により、見守り活動の担い手が定められた。\n"
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "statute_titles")
    assert title in on.index and title not in off.index


def test_a_treatys_formal_title_is_read_when_asked(nlp):
    """formal_titles with treaties (stop 84, treaty_titles): …に関する条約／議定書 and …のための国際条約
    are titles; a treaty named before the title in a list is not part of it."""
    from dtx_nlp.stages.termshapes import formal_titles

    text = ("日本は1995年に砂丘の保全に関する条約を締結した。"
            "国は、湿地条約、渡り鳥の保護のための国際条約及び関係法令に基づき対応する。"
            "海洋投棄の規制に関する議定書も関わる。関係する条約も多い。"
            "国連の部会は、日本の難民収容が経済的及び社会的権利に関する国際規約（社会権規約）第2条"
            "などに反する恣意的措置に当たるとの意見を示しました。")
    assert formal_titles(_unit(text), nlp(text), statutes=False, treaties=True) == [
        "砂丘の保全に関する条約", "渡り鳥の保護のための国際条約", "海洋投棄の規制に関する議定書",
        "経済的及び社会的権利に関する国際規約"]  # the parse hangs 難民収容が on 国際規約
    assert formal_titles(_unit(text), nlp(text)) == []


def test_a_treatys_title_is_a_row_only_when_asked(tmp_path, cfg, models):
    assert cfg.glossary.treaty_titles  # on as shipped since stop 84
    title = "地域における渡り性水鳥及びその生息地の保全のための国際条約"
    text = f"課題1 湿地\n日本は1993年に{title}を締結し、登録湿地の保全を進めてきた。\n"
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "treaty_titles")
    assert title in on.index and title not in off.index


_INSTRUMENTS = frozenset(("措置法", "政令", "基準", "指針", "ガイドライン", "方針", "計画"))


def test_an_instruments_formal_title_is_read_when_asked(nlp):
    """formal_titles with instrument heads (stop 85, instrument_heads): a noun chain ending in a
    listed head, in a phrase saying what it is about (に関する, に係る, における, のための); a listed
    instrument before 、 ends a list, ため without の ends a clause, and a chain that goes on after
    the head (計画策定), a phrase about nothing (地域の防災計画), one drawn up (…を策定し) or one that
    lists with や (candidate Z′) is no title, and an instrument before 及び ends a list (Z″)."""
    from dtx_nlp.stages.termshapes import formal_titles

    text = ("国は、里山林の整備に関する特別措置法に基づき対応する。"
            "学校給食における食物アレルギー対応指針を改定した。"
            "国は航空機騒音に係る環境基準の見直しを行う。"
            "港湾手数料に関する政令、係留施設の使用に関する政令を改正した。"
            "国は計量の安全のため構造又は器差に係る基準に適合させる。"
            "市町村は地域の防災計画を見直す。森林の保全に関する計画策定も進める。"
            "国は在宅勤務に関するガイドラインを策定し、業界は設計や保守に関する安全基準を定めた。"
            "両国は沿岸防災計画及び津波避難のための共同計画の検討を進める。")
    assert formal_titles(_unit(text), nlp(text), instruments=_INSTRUMENTS) == [
        "里山林の整備に関する特別措置法", "学校給食における食物アレルギー対応指針",
        "航空機騒音に係る環境基準", "港湾手数料に関する政令", "係留施設の使用に関する政令",
        "構造又は器差に係る基準", "津波避難のための共同計画"]
    assert formal_titles(_unit(text), nlp(text)) == []


def test_an_instruments_title_is_a_row_only_when_asked(tmp_path, cfg, models):
    assert {"指針", "ガイドライン", "基準"} <= cfg.glossary.instrument_heads  # shipped since stop 85
    title = "地域における見守り活動の推進及び連携体制の構築に関するガイドライン"
    text = f"課題1 見守り\n令和6年に定められた{title}は、見守り活動の担い手を示した。\n"
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "instrument_heads",
                                   (_INSTRUMENTS, frozenset()))
    assert title in on.index and title not in off.index


def test_an_instruments_title_adds_only_names_no_other_reading_gives(nlp, cfg):
    """_new_titles (stop 85, candidate Z‴): an instrument's title already given by another reading
    (a chain, a marked name, an entity) is no second candidate; an act's title always is one."""
    from dataclasses import replace
    from types import SimpleNamespace

    from dtx_nlp.stages.glossary import _new_titles

    text = ("国は漁港の整備に関する法律に基づき、港湾手数料に関する政令を改め、"
            "係留施設の使用に関する基準を定める。")
    p = SimpleNamespace(unit=_unit(text), doc=nlp(text))
    glossary = replace(cfg.glossary, instrument_heads=_INSTRUMENTS)
    assert _new_titles(p, glossary, set()) == [
        "漁港の整備に関する法律", "港湾手数料に関する政令"]  # the standard is drawn up (Z′)
    assert _new_titles(p, glossary, {"港湾手数料に関する政令", "漁港の整備に関する法律"}) == [
        "漁港の整備に関する法律"]


def test_the_comma_after_a_lists_break_opens_no_title(nlp):
    """_title_words (stop 85, candidate K): after a listed instrument and と, a comma opens no
    title; the title after it starts at its first word."""
    from dtx_nlp.stages.termshapes import formal_titles

    text = "国は港湾手数料に関する政令と、漁港の整備に関する法律に基づき対応する。"
    assert formal_titles(_unit(text), nlp(text), instruments=_INSTRUMENTS) == [
        "港湾手数料に関する政令", "漁港の整備に関する法律"]


POINTING = frozenset({"当", "両", "毎", "同", "各"})


def test_a_pointing_prefix_opens_a_reference():
    """`reference_prefixes`: the row's first word in mode A must be one of them and a prefix;
    a word that only begins with the same kanji (両立, 両院, 当番, 当該) is no reference."""
    from dtx_nlp.stages.glossary import opens_with_prefix

    assert opens_with_prefix("当協議会", POINTING) and opens_with_prefix("両制度", POINTING)
    assert not opens_with_prefix("両立支援", POINTING)
    assert not opens_with_prefix("両院協議会", POINTING)
    assert not opens_with_prefix("当番弁護士", POINTING)
    assert not opens_with_prefix("当該事業者", POINTING)
    assert not opens_with_prefix("本醸造酒", POINTING)  # 本 is not listed: it also means main
    assert not opens_with_prefix("当協議会", frozenset())


def test_a_row_that_points_is_listed_last_unless_the_text_marks_it(tmp_path, cfg, models):
    """A row that opens with a pointing prefix (this body, both systems) refers to something the
    text names elsewhere: listed last as "reference", an entity's row too; a row the text quotes
    is not; with the list empty nothing is."""
    text = ("課題1 制度の比較\n当協議会は両制度を比べた。当協議会は両制度の違いを示した。"
            "「両手法併用」は両手法併用として残す。\n提言1 両制度を見直す。\n")
    assert cfg.glossary.reference_prefixes == POINTING  # on since stop 86
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "reference_prefixes",
                                   (POINTING, frozenset()))
    assert on.loc["当協議会", "demoted"] == on.loc["両制度", "demoted"] == "reference"
    assert on.loc["両手法併用", "noise_class"] != "reference"  # quoted: the text names it
    assert off.loc["当協議会", "noise_class"] != "reference"
    assert off.loc["両制度", "noise_class"] != "reference"


def test_an_official_spelling_is_looked_up_as_general_japanese_spells_it():
    """`common_spelling`: Sudachi's normalized form of one noun, only when the two differ in
    hiragana alone; a kanji variant, a kana spelling of a rare kanji, katakana and Latin keep
    theirs."""
    from dtx_nlp.stages.termrank import common_spelling, is_everyday

    assert common_spelling("取決め") == "取り決め" and common_spelling("手続") == "手続き"
    assert common_spelling("補塡") is None  # 補填: a kanji variant, not okurigana
    assert common_spelling("ばく露") is None  # 暴露: kana for a kanji
    assert common_spelling("MASS") is None  # Sudachi reads マス
    assert common_spelling("取り決め") is None  # already the common spelling
    assert common_spelling("見守り") is None  # read as a verb, not a noun
    assert is_everyday("取決め", 4.0, 30000, spellings=True)
    assert not is_everyday("取決め", 4.0, 30000)


def test_an_everyday_word_in_official_spelling_is_listed_last(tmp_path, cfg, models):
    """`everyday_spellings`: 取決め is the everyday 取り決め and listed last as "everyday word",
    unless the text quotes it; with the setting off it is not."""
    text = ("課題1 契約の見直し\n事業者間の取決めが古い。取決めは毎年見直す。"
            "「申出」は窓口で受け付ける。申出は書面で行う。\n提言1 取決めを更新する。\n")
    assert cfg.glossary.everyday_spellings  # on since stop 87
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "everyday_spellings")
    assert on.loc["取決め", "noise_class"] == "everyday word"
    assert on.loc["申出", "noise_class"] != "everyday word"  # quoted: the text marks it
    assert off.loc["取決め", "noise_class"] != "everyday word"


def test_a_row_that_opens_with_the_noun_kankei_points():
    """`reference_words`: the row's first word in mode A must be one of them, with more words
    after it; a word that only contains it (無関係, 利害関係者) is no reference."""
    from dtx_nlp.stages.glossary import opens_with_word

    concerned = frozenset({"関係"})
    assert opens_with_word("関係行政機関", concerned) and opens_with_word("関係業界", concerned)
    assert not opens_with_word("関係", concerned)  # the word alone
    assert not opens_with_word("利害関係者", concerned)
    assert not opens_with_word("無関係", concerned)
    assert not opens_with_word("関係行政機関", frozenset())


def test_the_bodies_concerned_are_listed_last_unless_the_text_marks_them(tmp_path, cfg, models):
    """A row that opens with 関係 (the bodies concerned) is listed last as "reference"; a quoted
    one is not; with the list empty nothing is."""
    text = ("課題1 連携の不足\n関係行政機関の連携が弱い。関係行政機関と関係業界が協議する。"
            "「関係人口」は関係人口として数える。\n提言1 関係業界と協議会を設ける。\n")
    assert cfg.glossary.reference_words == frozenset({"関係"})  # on since stop 87
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "reference_words",
                                   (frozenset({"関係"}), frozenset()))
    assert on.loc["関係行政機関", "noise_class"] == on.loc["関係業界", "noise_class"] == "reference"
    assert on.loc["関係人口", "noise_class"] != "reference"  # quoted: the text names it
    assert off.loc["関係行政機関", "noise_class"] != "reference"


def test_a_row_that_opens_with_a_quantifier_is_listed_last_unless_the_text_marks_it(
        tmp_path, cfg, models):
    """`quantifier_words`: a row that opens with a word of indefinite amount or kind (複数施設,
    一定規模) is listed last as "quantified"; a quoted one is not; with the list empty nothing
    is."""
    text = ("課題1 施設の不足\n複数施設の連携が弱い。複数施設と一定規模の事業者が協議する。"
            "「複数年度契約」は複数年度契約として結ぶ。\n"
            "提言1 一定規模の事業者と協議会を設ける。\n")
    assert {"一定", "複数"} <= cfg.glossary.quantifier_words  # on since stop 88
    words = frozenset({"一定", "複数"})
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "quantifier_words",
                                   (words, frozenset()))
    assert on.loc["複数施設", "noise_class"] == on.loc["一定規模", "noise_class"] == "quantified"
    assert on.loc["複数年度契約", "noise_class"] != "quantified"  # quoted: the text names it
    assert off.loc["複数施設", "noise_class"] != "quantified"


def test_a_row_that_places_a_time_or_a_place_is_listed_last_unless_the_text_marks_it(
        tmp_path, cfg, models):
    """`relative_heads`: a row that ends in a word placing a time or place relative to the words
    before it (制度創設|以来, 空港|周辺) is listed last as "relative time or place"; a quoted one is
    not; with the list empty nothing is."""
    text = ("課題1 騒音の継続\n制度創設以来、空港周辺の騒音が続く。空港周辺の住民と協議する。"
            "制度創設以来の課題である。「価格時点」は価格時点として定める。\n"
            "提言1 空港周辺の対策を強化する。\n")
    assert {"以来", "周辺", "時点"} <= set(cfg.glossary.relative_heads)  # on since stop 88
    heads = ("以来", "周辺", "時点")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "relative_heads", (heads, ()))
    assert on.loc["空港周辺", "noise_class"] == on.loc["制度創設以来", "noise_class"] \
        == "relative time or place"
    assert on.loc["価格時点", "noise_class"] != "relative time or place"  # quoted
    assert off.loc["空港周辺", "noise_class"] != "relative time or place"


def test_a_trim_suffix_glued_into_a_word_is_cut_where_mode_a_cuts_it():
    """`glued_suffixes`: 災害時 and 期間中 are one word in mode C and two in mode A, so the listed
    suffix comes off; 民間, 戦後 and 国内 are one word in mode A and stay whole."""
    from dtx_nlp.stages.chains import _glued_stem

    listed = frozenset({"時", "中", "間", "後", "内"})
    assert _glued_stem("災害時", listed) == ("災害", "サイガイ")
    assert _glued_stem("期間中", listed) == ("期間", "キカン")
    assert _glued_stem("民間", listed) is None and _glued_stem("戦後", listed) is None
    assert _glued_stem("国内", listed) is None
    assert _glued_stem("災害時", frozenset()) is None


def test_a_row_does_not_end_in_a_glued_trim_suffix(tmp_path, cfg, models):
    """With `glued_suffixes`, 大規模災害時 (…|災害時 in mode C) gives the row 大規模災害, as
    大規模災害 written alone does; without it, 大規模災害時 is a row of its own."""
    text = ("課題1 備えの不足\n大規模災害時の医療が不足する。大規模災害時には搬送が滞る。"
            "大規模災害への備えが要る。\n提言1 大規模災害に備える。\n")
    on, off = _glossary_on_and_off(text, tmp_path, cfg, models, "glued_suffixes")
    assert "大規模災害時" not in on.index and on.loc["大規模災害", "frequency"] == 4
    assert "大規模災害時" in off.index
