"""The general entity layer (token patterns over parts of speech and word endings), the NER
misfire filter and the rule-file checks, on small sentences written for these tests."""

import json
from dataclasses import replace

import pytest
from conftest import ROOT, read_csv, run_text

from dtx_nlp.stages import entities
from dtx_nlp.stages.definitions import find_definitions
from dtx_nlp.stages.parse import ParsedUnit
from dtx_nlp.types import Unit

GENERAL = ROOT / "pipelines" / "rules" / "general.jsonl"
INSTRUMENTS = GENERAL.with_name("instruments.jsonl")
EDITIONS = GENERAL.with_name("editions.jsonl")


@pytest.fixture(scope="module")
def general_rules():
    return entities.read_rule_file(GENERAL)


def _mentions(nlp, cfg, rules, *texts):
    parsed, pos = [], 0
    for i, text in enumerate(texts):
        unit = Unit(f"U{i}", "d", "paragraph", None, None, None, None, text, pos, pos + len(text))
        parsed.append(ParsedUnit(unit, nlp(text), None))
        pos += len(text) + 1
    defs = [d for p in parsed for d in find_definitions(p.unit, p.doc)]
    no_ner = replace(cfg.entities, ner_fallback=False)
    return entities.extract(parsed, rules, defs, no_ner)


def _found(nlp, cfg, rules, text):
    return {(m.text, m.label) for m in _mentions(nlp, cfg, rules, text)}


@pytest.mark.parametrize("text, mention, label", [
    ("厚生労働省は方針を示した。", "厚生労働省", "ORGANIZATION"),
    ("東京地方裁判所の判決が出た。", "東京地方裁判所", "ORGANIZATION"),
    ("最高裁判所が判断した。", "最高裁判所", "ORGANIZATION"),
    ("経済財政諮問会議で議論した。", "経済財政諮問会議", "ORGANIZATION"),
    ("地球温暖化対策推進本部が決定した。", "地球温暖化対策推進本部", "ORGANIZATION"),
    ("一般財団法人日本エネルギー経済研究所の報告書。", "一般財団法人日本エネルギー経済研究所",
     "ORGANIZATION"),
    ("国立研究開発法人産業技術総合研究所が開発した。", "国立研究開発法人産業技術総合研究所",
     "ORGANIZATION"),
    ("The Financial Crimes Enforcement Network issued guidance.",
     "Financial Crimes Enforcement Network", "ORGANIZATION"),
    ("the Ministry of Finance said", "Ministry of Finance", "ORGANIZATION"),
    ("感染症法を改正した。", "感染症法", "LAW"),
    ("予防接種法の規定による。", "予防接種法", "LAW"),
    ("憲法に反する。", "憲法", "LAW"),
    ("犯罪による収益の移転防止に関する法律が成立した。", "犯罪による収益の移転防止に関する法律", "LAW"),
    ("再生可能エネルギー電気の利用の促進に関する特別措置法が施行された。",
     "再生可能エネルギー電気の利用の促進に関する特別措置法", "LAW"),
    ("外国為替及び外国貿易法施行令を見直した。", "外国為替及び外国貿易法施行令", "LAW"),
    ("パリ協定に基づく目標。", "パリ協定", "LAW"),
    ("気候変動に関する国際連合枠組条約の締約国。", "気候変動に関する国際連合枠組条約", "LAW"),
    ("個人情報保護法第23条第1項に定める。", "個人情報保護法第23条第1項", "LAW"),
    ("第5次マネーロンダリング指令を国内法化した。", "第5次マネーロンダリング指令", "LAW"),
    ("FATF勧告10に従う。", "FATF勧告10", "LAW"),
    ("米国の Bank Secrecy Act による。", "Bank Secrecy Act", "LAW"),
    ("新型インフルエンザ等緊急事態が宣言された。", "新型インフルエンザ等緊急事態", "LEGAL_SITUATION"),
    # a long name across に|おけ|る (Sudachi's split), an instrument's article, more heads
    ("特定地域における森林の保全等に関する法律を制定した。",
     "特定地域における森林の保全等に関する法律", "LAW"),
    ("電気事業法施行規則第3条に定める。", "電気事業法施行規則第3条", "LAW"),
    ("内閣府が公表した。", "内閣府", "ORGANIZATION"),
    ("東京商工会議所が要望した。", "東京商工会議所", "ORGANIZATION"),
    ("日本弁護士連合会の意見書。", "日本弁護士連合会", "ORGANIZATION"),
    ("IOSCO総会で議論した。", "IOSCO総会", "ORGANIZATION"),
    ("オーストラリア・グループの合意。", "オーストラリア・グループ", "ORGANIZATION"),
])
def test_general_patterns_find(nlp, cfg, general_rules, text, mention, label):
    assert (mention, label) in _found(nlp, cfg, general_rules, text)


@pytest.mark.parametrize("text", [
    "新たな方法や手法を検討する。",
    "治療法の開発が進んだ。",
    "国際法上の問題がある。",
    "関係省庁と金融当局、各省庁が協議した。",
    "金融機関と医療機関が参加した。",
    "会議で議論した。首脳会議が開かれた。",
    "その事態は重大だ。様々な事態に備える。",
    "緊急事態への対応を急ぐ。",
    "同法の規定と本協定、同委員会。",
    "就業の規則正しい生活。",
    "本人確認方法を見直した。政府と行政府。",
])
def test_general_patterns_leave_generic_words_alone(nlp, cfg, general_rules, text):
    assert _found(nlp, cfg, general_rules, text) == set()


def test_short_names_the_text_gives_share_the_canonical(nlp, cfg, general_rules):
    found = _mentions(nlp, cfg, general_rules,
                      "国際エネルギー機関（IEA）と犯罪による収益の移転防止に関する法律"
                      "（以下「犯罪収益移転防止法」という。）。",
                      "IEAは犯罪収益移転防止法に言及した。")
    canon = {(m.unit_id, m.text): (m.label, m.canonical) for m in found}
    assert canon[("U1", "IEA")] == ("ORGANIZATION", "国際エネルギー機関")
    assert canon[("U1", "犯罪収益移転防止法")] == ("LAW", "犯罪による収益の移転防止に関する法律")


def test_defined_pairs_by_head_when_switched_on(nlp, cfg, general_rules):
    """[entities] defined_by_head: X（ABBR） with X ending in a head noun names an entity even
    when no pattern finds X (off by default: cross-validation did not choose it)."""
    text = "沿岸警備隊（CGX）が出動した。CGXは撤収した。"
    assert ("CGX", "ORGANIZATION") not in _found(nlp, cfg, general_rules, text)
    on = replace(cfg, entities=replace(cfg.entities, defined_by_head=True))
    found = {(m.text, m.label, m.canonical) for m in _mentions(nlp, on, general_rules, text)}
    assert ("CGX", "ORGANIZATION", "沿岸警備隊") in found


def test_a_bracket_that_is_no_short_name_is_ignored():
    assert entities.alias_after("電気事業法（2020年）", 5, "電気事業法") is None
    assert entities.alias_after("日本銀行（日銀）", 4, "日本銀行")[0] == "日銀"
    assert entities.alias_after("日本銀行（東京）", 4, "日本銀行") is None  # not an abbreviation


def test_domain_lists_win_over_the_general_layer(nlp, cfg, general_rules):
    domain = entities.Rule("ORGANIZATION", "原子力規制委員会", "規制委 (NRA)", "x", 1)
    found = _mentions(nlp, cfg, [domain, *general_rules], "原子力規制委員会が審査した。")
    assert [(m.text, m.canonical, m.source, m.confidence) for m in found] == [
        ("原子力規制委員会", "規制委 (NRA)", "rule", 1.0)]


def test_general_mentions_carry_their_rule_confidence(nlp, cfg, general_rules):
    found = _mentions(nlp, cfg, general_rules, "感染症法と憲法。")
    conf = {m.text: m.confidence for m in found}
    assert 0 < conf["憲法"] < conf["感染症法"] < 1


def test_general_layer_names_no_entity(general_rules):
    """Every general rule is a token pattern without an "id": a shape, not a name."""
    assert general_rules and all(r.general for r in general_rules)
    assert {r.label for r in general_rules} == {"ORGANIZATION", "LAW", "LEGAL_SITUATION"}


# ---- NER misfires ----------------------------------------------------------------------------

class _Ent:
    def __init__(self, text, label):
        self.text, self.label_, self.start_char, self.end_char = text, label, 0, len(text)


class _Doc:
    def __init__(self, *ents):
        self.ents = ents


@pytest.mark.parametrize("text, label, kept", [
    ("Beneficial Ownership Register", "Person", False),
    ("Corporate Transparency Act", "Person", False),
    ("Audit Committee", "Person", False),
    ("John Smith", "Person", True),
    ("中国側", "Country", False),
    ("日本国内", "Country", False),
    ("カナダ", "Country", True),
])
def test_ner_misfires_are_dropped(cfg, text, label, kept):
    found = entities.ner_mentions(_Doc(_Ent(text, label)), 0, "U", cfg.entities)
    assert bool(found) is kept
    if kept:
        assert found[0].confidence == cfg.entities.ner_confidence


def test_ner_filter_on_ginza_output(nlp, cfg):
    doc = nlp("日本国内の事業者と中国側の企業が参加した。")
    labels = {m.text: m.label for m in entities.ner_mentions(doc, 0, "U", cfg.entities)}
    assert not {"日本国内", "中国側"} & set(labels)


# ---- rule files --------------------------------------------------------------------------------

def test_annotation_keys_are_accepted(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"label": "LAW", "pattern": "x法", "id": "x法", "confidence": 0.4,
                                "count": 3, "examples": ["x法を改正した。"], "aliases": ["x"],
                                "sources": ["general"]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    [rule] = entities.read_rule_file(path)
    assert rule.confidence == 0.4 and rule.canonical == "x法" and not rule.general


def test_confidence_column_is_added_at_the_end(tmp_path, cfg, models):
    out, result = run_text("　厚生労働省と感染症法。米戦略軍の司令官。\n", tmp_path, cfg, models)
    assert result.ok
    found = read_csv(out / "entities.csv")
    assert list(found.columns) == ["unit_id", "start", "end", "text", "label", "canonical",
                                   "source", "confidence"]
    conf = dict(zip(found.text, found.confidence))
    assert conf["米戦略軍"] == 1.0 and 0 < conf["厚生労働省"] < 1
    assert dict(zip(found.text, found.source))["感染症法"] == "general"


def test_lexical_attributes_survive_the_parse_cache(nlp, cfg, tmp_path):
    """LOWER, LIKE_NUM, ... are computed on cached docs too: a pattern matches a cache hit as it
    matches a fresh parse."""
    from dtx_nlp.stages import parse

    text = "Export Control Reform Act of 2018 に従う。"
    unit = Unit("U0", "d", "paragraph", None, None, None, None, text, 0, len(text))
    parse.store_cached(parse.parse_units([unit], nlp, cfg.parse), tmp_path, "k")
    [cached] = parse.load_cached([unit], tmp_path, "k")
    rule = entities.Rule("LAW", [{"LOWER": "act"}, {"LOWER": "of"}, {"LIKE_NUM": True}], "x",
                         "t", 1)
    assert [m.text for m in entities.match_token_rules(cached.doc, 0, "U0", [rule])] == [
        "Act of 2018"]


def test_a_long_title_joined_by_no_tame_no_and_without_its_date(nlp, cfg, general_rules):
    """`title_joiners`: a long formal name is joined across のための, and a date before it is
    not part of it; off, the name is cut at ため and carries the date."""
    text = ("学校教育の水準の維持向上のための義務教育諸学校の教育職員の人材確保に関する特別措置法を"
            "改正した。令和３年の個人情報の保護に関する法律も施行された。")
    on = {m for m, label in _found(nlp, replace(cfg, entities=replace(
        cfg.entities, title_joiners=True)), general_rules, text) if label == "LAW"}
    off = {m for m, label in _found(nlp, replace(cfg, entities=replace(
        cfg.entities, title_joiners=False)), general_rules, text) if label == "LAW"}
    title = "学校教育の水準の維持向上のための義務教育諸学校の教育職員の人材確保に関する特別措置法"
    assert title in on and title not in off
    assert "個人情報の保護に関する法律" in on and "令和３年の個人情報の保護に関する法律" in off


def _named_laws(nlp, cfg, rules, text, **switches) -> set[tuple[str, str]]:
    """The LAW mentions of `text`, as (text, canonical name), with the `[entities]` switches given."""
    ent = replace(cfg.entities, **switches)
    return {(m.text, m.canonical) for m in _mentions(nlp, replace(cfg, entities=ent), rules, text)
            if m.label == "LAW"}


def _laws(nlp, cfg, rules, text, **switches) -> set[str]:
    """The LAW mentions of `text` with the `[entities]` switches given."""
    return {m for m, _ in _named_laws(nlp, cfg, rules, text, **switches)}


def test_a_long_title_joined_across_an_adjective_inside_it(nlp, cfg, general_rules):
    """`title_adjectives`: a part of a long formal name may open with an adjectival noun and な
    when a joiner and another part stand before it; an adjective of the sentence before a name
    (新たな) stays out. Off, the name is cut after the adjective."""
    text = ("資源の有効な利用の促進に関する法律を改正した。"
            "政府は新たな災害対策の推進に関する法律を定めた。")

    def laws(on: bool) -> set[str]:
        return _laws(nlp, cfg, general_rules, text, title_adjectives=on)

    assert "資源の有効な利用の促進に関する法律" in laws(True)
    assert "利用の促進に関する法律" in laws(False)
    assert "災害対策の推進に関する法律" in laws(True) & laws(False)
    assert not any(m.startswith("新た") for m in laws(True))


def test_a_long_title_joined_across_an_object_and_its_verb(nlp, cfg, general_rules):
    """`title_clauses`: a part of a long formal name may be an object and its verb in the
    attributive form (資源を|活用した|観光の…); a complete name before 及び is one of a list, and a
    verb in its continuative form ends a clause of the sentence, not of a name. Off, the name is
    cut after the verb."""
    text = ("地域の資源を活用した観光の振興に関する法律を改正した。"
            "森林法及び木材を利用する建築物の整備の促進に関する法律が施行された。"
            "政府は制度を見直し情報の保護に関する法律を定めた。")

    def laws(on: bool) -> set[str]:
        return _laws(nlp, cfg, general_rules, text, title_clauses=on)

    assert {"地域の資源を活用した観光の振興に関する法律",
            "木材を利用する建築物の整備の促進に関する法律"} <= laws(True)
    assert {"観光の振興に関する法律", "建築物の整備の促進に関する法律"} <= laws(False)
    assert "情報の保護に関する法律" in laws(True) & laws(False)
    assert not any("森林法及び" in m or "見直し" in m for m in laws(True))


def test_an_amending_act_read_with_the_law_it_amends(nlp, cfg, general_rules):
    """`title_amendments`: a law's name followed by 等の一部を改正する法律 (or 政令, 省令, …) is read
    as the amending act; a sentence that amends a law (…の一部を改正し、) keeps the law's name.
    Off, only the law it amends is read."""
    text = ("森林法等の一部を改正する法律が成立し、漁業法の一部を改正する政令も定めた。"
            "また水道法の一部を改正し、体制を整えた。")

    def laws(on: bool) -> set[str]:
        return _laws(nlp, cfg, general_rules, text, title_amendments=on)

    assert {"森林法等の一部を改正する法律", "漁業法の一部を改正する政令", "水道法"} <= laws(True)
    assert {"森林法", "漁業法", "水道法"} <= laws(False)
    assert not any("改正" in m for m in laws(False))
    assert not any("改正し" in m for m in laws(True))


# A law amended (下水道法改正: Sudachi's one word 法改正) and a law as amended (改正…法); 同法改正 and
# 改正法 name no law.
AMENDED = "平成27年の下水道法改正に続き、改正障害者差別解消法が施行された。同法改正と改正法も議論した。"


def test_an_amended_law_is_the_law(nlp, cfg, general_rules):
    """`title_amended`: a law named as amended, before (改正下水道法) or in Sudachi's one word
    法改正 after (下水道法改正), is a mention of that law; 改正法 and 同法改正 name none. Off, the
    fused word names no law and 改正 stays in the name."""
    def laws(on: bool) -> set[tuple[str, str]]:
        return _named_laws(nlp, cfg, general_rules, AMENDED, title_amended=on,
                           title_fused_amendments=False)

    assert laws(True) == {("下水道法改正", "下水道法"), ("改正障害者差別解消法", "障害者差別解消法")}
    assert laws(False) == {("改正障害者差別解消法", "改正障害者差別解消法")}


def test_only_the_amendment_of_a_law_is_the_law(nlp, cfg, general_rules):
    """`title_fused_amendments`: 下水道法改正 (Sudachi's one word 法改正: the amendment of the law)
    is a mention of 下水道法; 改正障害者差別解消法 (the amended law) keeps its name."""
    found = _named_laws(nlp, cfg, general_rules, AMENDED, title_fused_amendments=True,
                        title_amended=False)
    assert found == {("下水道法改正", "下水道法"), ("改正障害者差別解消法", "改正障害者差別解消法")}


def test_a_name_never_opens_with_the_counter_of_a_number(nlp, cfg, general_rules):
    """`trim_counters`: a general-layer name does not open with the counter of a number before it
    (1992年|民事責任条約, 第3回|委員会), also when the number's other reading stands in brackets
    before a date (2013（平成25）年|の…法律); a letter after a number is a code, not a counter
    (5G促進法). Off, the counter opens the name."""
    text = ("1992年民事責任条約と2013（平成25）年の農地中間管理事業の推進に関する法律を読み、5G促進法と"
            "第3回委員会で議論した。")

    def names(on: bool) -> set[str]:
        ent = replace(cfg.entities, trim_counters=on)
        return {m.text for m in _mentions(nlp, replace(cfg, entities=ent), general_rules, text)}

    assert {"民事責任条約", "農地中間管理事業の推進に関する法律", "G促進法"} <= names(True)
    assert not any(m[0] in "年回" for m in names(True))
    assert {"年民事責任条約", "年の農地中間管理事業の推進に関する法律", "回委員会"} <= names(False)


def test_a_long_title_joined_across_its_joints(nlp, cfg, general_rules):
    """`title_joints`: a long name's parts are joined across 並び|に (Sudachi's two words), a case
    particle before の, その after 及び, and a verb used as a noun before 及び; a complete name
    before 並びに stays one of a list, and an adverbial noun before 、 (近年、) stays out. Off, each
    name is cut at the joint."""
    text = ("国は鳥獣の保護及び管理並びに狩猟の適正化に関する法律を改めた。"
            "配偶者からの暴力の防止に関する法律も読んだ。"
            "近年、医療的ケア児及びその家族に対する支援に関する法律が成立した。"
            "人工衛星等の打上げ及び人工衛星の管理に関する法律を見た。"
            "森林法並びに鳥獣の保護に関する法律も見た。")

    def laws(on: bool) -> set[str]:
        return _laws(nlp, cfg, general_rules, text, title_joints=on)

    assert {"鳥獣の保護及び管理並びに狩猟の適正化に関する法律", "配偶者からの暴力の防止に関する法律",
            "医療的ケア児及びその家族に対する支援に関する法律",
            "人工衛星等の打上げ及び人工衛星の管理に関する法律", "森林法"} <= laws(True)
    assert {"狩猟の適正化に関する法律", "暴力の防止に関する法律", "家族に対する支援に関する法律",
            "人工衛星の管理に関する法律"} <= laws(False)


def test_a_plan_named_with_its_edition(nlp, cfg, general_rules):
    """rules/editions.jsonl: 第N次 or 第N期, a noun chain and a plan's or guideline's head is one
    INSTRUMENT (第7次エネルギー基本計画); a phase with no name (第2期計画) is none. Without the
    file, none is read."""
    text = "政府は第7次エネルギー基本計画を決めた。第１０期介護保険事業計画と第2期計画を比べた。"
    with_file = [*general_rules, *entities.read_rule_file(EDITIONS)]

    def instruments(rules) -> set[str]:
        return {m for m, label in _found(nlp, cfg, rules, text) if label == "INSTRUMENT"}

    assert instruments(with_file) == {"第7次エネルギー基本計画", "第１０期介護保険事業計画"}
    assert not instruments(general_rules)


def test_an_instrument_named_by_its_subject(nlp, cfg, general_rules):
    """rules/instruments.jsonl: a guideline, standard or plan named by a subject of two parts or
    more and に関する is one INSTRUMENT, joined leftward like a law's name and across an
    adjective before its head; a subject of one word (実施に関する指針) is a phrase of the
    sentence. Without the file, none is read."""
    text = ("国は展示動物の飼養及び保管に関する基準を改めた。"
            "学校部活動及び地域クラブ活動の在り方等に関する総合的なガイドラインを示した。"
            "県は実施に関する指針を定めた。")
    with_file = [*general_rules, *entities.read_rule_file(INSTRUMENTS)]

    def instruments(rules) -> set[str]:
        return {m for m, label in _found(nlp, cfg, rules, text) if label == "INSTRUMENT"}

    assert instruments(with_file) == {
        "展示動物の飼養及び保管に関する基準",
        "学校部活動及び地域クラブ活動の在り方等に関する総合的なガイドライン"}
    assert instruments(general_rules) == set()


def test_a_space_ends_the_words_of_a_long_title(nlp, cfg, general_rules):
    """A note's label set off by a space (注1 …) is no part of the long formal name after it: a
    space ends a name's words as it ends a noun chain's (chains.spaced_off)."""
    laws = _laws(nlp, cfg, general_rules, "注1 沿岸漁業の振興に関する法律に基づく制度である。")
    assert "沿岸漁業の振興に関する法律" in laws
    assert not any(m.startswith("注") for m in laws)


def test_a_numbered_label_opens_no_name(nlp, cfg, general_rules):
    """GiNZA keeps 課題（ア） as one noun token: a label that numbers a paragraph, no part of the
    name after it, whether the name's pattern starts on it or reaches back across it."""
    found = _found(nlp, cfg, general_rules,
                   "課題（ア）条約の締結を進める。提言（ウ）省エネルギーを進める。"
                   "課題（イ）資源の有効な利用の促進に関する法律を改める。")
    names = {text for text, _ in found}
    assert not any("（" in name for name in names), found
    assert "資源の有効な利用の促進に関する法律" in names
