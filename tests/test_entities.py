import json

import pytest
from conftest import GOLD, ROOT, read_csv, run_text

from dtx_nlp.errors import ConfigError
from dtx_nlp.stages.entities import build_lexicon, match_lexicon, read_rule_file


@pytest.fixture(scope="session")
def entities(corpus_out):
    return read_csv(corpus_out / "entities.csv")


def test_entities_csv_contract(entities, clean_text):
    assert list(entities.columns[:7]) == ["unit_id", "start", "end", "text", "label", "canonical",
                                          "source"]
    for e in entities.itertuples():
        assert clean_text[e.start:e.end] == e.text


@pytest.mark.parametrize("surface, label, canonical", [
    ("米戦略軍", "ORGANIZATION", "米戦略軍"),
    ("戦略軍", "ORGANIZATION", "米戦略軍"),
    ("JJOC", "ORGANIZATION", "統合作戦司令部"),
    ("自衛隊統合作戦司令部", "ORGANIZATION", "統合作戦司令部"),
    ("NATO", "ORGANIZATION", "北大西洋条約機構"),
    ("SLCM-N", "WEAPON_SYSTEM", "SLCM-N"),
    ("自由落下爆弾B-61", "WEAPON_SYSTEM", "B-61"),
    ("B-52H", "WEAPON_SYSTEM", "B-52"),
    ("12式地対艦誘導弾", "WEAPON_SYSTEM", "12式地対艦誘導弾"),
    ("存立危機事態", "LEGAL_SITUATION", "存立危機事態"),
    ("非核三原則", "LEGAL_SITUATION", "非核三原則"),
    ("安保条約第 6条", "LEGAL_SITUATION", "安保条約第6条"),
])
def test_split_names_are_found_with_their_canonical(entities, surface, label, canonical):
    rows = entities[entities.text == surface]
    assert len(rows) > 0, surface
    assert set(rows.label) == {label} and set(rows.canonical) == {canonical}


def test_ginza_misfires_are_gone(entities):
    assert "米" not in set(entities.text)
    assert not entities.text.str.len().eq(1).any()
    assert "核兵器国" not in set(entities.text)  # an IGNORE rule hides it


def test_every_country_is_a_gpe_mention_alike(entities):
    """No country is left out by name: the report's own two are GPE mentions as the others."""
    assert {"日本", "米国", "中国", "ロシア", "北朝鮮"} <= set(entities[entities.label == "GPE"].text)


def test_alias_groups_from_gold_are_merged(entities):
    for line in (GOLD / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        names = {c for s in line.split("\t") for c in entities[entities.text == s].canonical}
        assert len(names) == 1, (line, names)


def test_full_width_and_half_width_variants_match():
    from dtx_nlp.stages.entities import Rule

    rules = [Rule("WEAPON_SYSTEM", "SLCM-N", "SLCM-N", "x", 1)]
    lexicon = build_lexicon(rules, [])
    found = match_lexicon("ＳＬＣＭ－Ｎとslcm-nとSLCM‐N", 0, "U", lexicon)
    assert [m.text for m in found] == ["ＳＬＣＭ－Ｎ", "slcm-n", "SLCM‐N"]


def test_latin_names_are_not_cut_out_of_longer_ones():
    from dtx_nlp.stages.entities import Rule

    lexicon = build_lexicon([Rule("WEAPON_SYSTEM", "B-2", "B-2", "x", 1)], [])
    assert [m.text for m in match_lexicon("B-21とB-2,", 0, "U", lexicon)] == ["B-2"]


def test_user_rule_file_adds_an_organization(tmp_path, cfg, models):
    """A user adds a rule file through --rules: no code change."""
    from dataclasses import replace

    rules = tmp_path / "my_rules.jsonl"
    rules.write_text(json.dumps({"label": "ORGANIZATION", "pattern": "日本国際問題研究所",
                                 "id": "日本国際問題研究所 (JIIA)"}, ensure_ascii=False) + "\n"
                     + json.dumps({"label": "ORGANIZATION", "pattern": "JIIA",
                                   "id": "日本国際問題研究所 (JIIA)"}) + "\n", encoding="utf-8")
    text = "　日本国際問題研究所は提言を公表した。ＪＩＩＡの研究者が参加した。\n"
    user_cfg = replace(cfg, entities=replace(cfg.entities,
                                             rule_files=cfg.entities.rule_files + (rules,)))
    out, result = run_text(text, tmp_path, user_cfg, models)
    assert result.ok
    found = read_csv(out / "entities.csv")
    mine = found[found.canonical == "日本国際問題研究所 (JIIA)"]
    assert list(mine.text) == ["日本国際問題研究所", "ＪＩＩＡ"]
    assert set(mine.label) == {"ORGANIZATION"} and set(mine.source) == {"rule"}


def test_text_defined_pairs_merge_without_a_rule(tmp_path, cfg, models):
    """Only the long name has a rule; "（ACR）" in the text makes the acronym an alias."""
    text = ("　防衛装備庁（ATLA）は装備品を調達する。ATLAの予算は増えた。\n"
            "　同盟調整メカニズム（ACMX）を設けた。\n")
    from dataclasses import replace

    rules = tmp_path / "r.jsonl"
    rules.write_text('{"label": "ORGANIZATION", "pattern": "防衛装備庁", "id": "防衛装備庁"}\n',
                     encoding="utf-8")
    user_cfg = replace(cfg, entities=replace(cfg.entities, rule_files=(rules,)))
    out, _ = run_text(text, tmp_path, user_cfg, models)
    found = read_csv(out / "entities.csv")
    atla = found[found.text == "ATLA"]
    assert len(atla) == 2 and set(atla.canonical) == {"防衛装備庁"}
    assert set(atla.source) == {"definition"}


@pytest.mark.parametrize("line, message", [
    ("not json", "not valid JSON"),
    ('["a"]', "JSON object"),
    ('{"pattern": "x"}', '"label"'),
    ('{"label": "ORG", "pattern": ""}', '"pattern"'),
    ('{"label": "ORG", "pattern": "x", "id": 3}', '"id"'),
    ('{"label": "ORG", "pattern": "x", "colour": "red"}', "unknown keys"),
    ('{"label": "ORG", "pattern": "x", "confidence": 2}', '"confidence"'),
    ('{"label": "ORG", "pattern": "x", "confidence": true}', '"confidence"'),
    ('{"label": "ORG", "pattern": "x", "examples": [], "colour": "red"}', "unknown keys"),
    ('{"label": "ORG", "pattern": "x", "confidence": "high"}', '"confidence"'),
])
def test_malformed_rule_lines(tmp_path, line, message):
    path = tmp_path / "r.jsonl"
    path.write_text('{"label": "ORG", "pattern": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_rule_file(path)
    assert err.value.line == 2 and message in str(err.value) and str(path) in str(err.value)


def test_token_patterns_work(tmp_path, cfg, models):
    from dataclasses import replace

    rules = tmp_path / "t.jsonl"
    rules.write_text('{"label": "ORGANIZATION", "pattern": [{"TEXT": "内閣府"}], "id": "内閣府"}\n',
                     encoding="utf-8")
    user_cfg = replace(cfg, entities=replace(cfg.entities, rule_files=(rules,)))
    out, _ = run_text("　内閣府が発表した。\n", tmp_path, user_cfg, models)
    found = read_csv(out / "entities.csv")
    assert list(found[found.canonical == "内閣府"].text) == ["内閣府"]


def test_package_holds_no_entity_names():
    """Rule files are data: the code names no entity of the corpus."""
    from pathlib import Path

    import dtx_nlp

    names = ["戦略軍", "統合作戦司令部", "NATO", "SLCM", "存立危機事態", "非核三原則", "JJOC"]
    for py in Path(dtx_nlp.__file__).parent.glob("*.py"):
        body = py.read_text(encoding="utf-8")
        code = "\n".join(line for line in body.splitlines()
                         if not line.lstrip().startswith("#"))
        for name in names:
            assert f'"{name}"' not in code and f"'{name}'" not in code, (py.name, name)


def test_token_pattern_matches_are_kept_by_parse_and_token_rules(cfg, nlp, tmp_path, monkeypatch):
    """The second time, the token patterns' mentions come from the cache file (no Matcher is
    built) and equal the first; a different set of token rules has a different key."""
    from dtx_nlp.stages import entities, parse
    from dtx_nlp.stages.clean import clean
    from dtx_nlp.stages.layouts import choose_layout
    from dtx_nlp.stages.segment import segment
    from dtx_nlp.types import SourceDoc

    small = ROOT / "tests" / "reports" / "layouts" / "teigen_fullwidth.txt"
    doc = clean(SourceDoc("s", str(small), small.read_text(encoding="utf-8"), "utf-8"), cfg.clean)
    parsed = parse.parse_units(segment(doc, choose_layout(doc, cfg.layouts, None)[0]), nlp,
                               cfg.parse)
    rules = entities.load_rules(cfg.entities.rule_files)
    cache = tmp_path / "tokens.json"
    first = entities.token_matches(parsed, rules, cache)
    assert cache.exists() and any(first.values())

    def no_matcher(_rules):
        raise AssertionError("the Matcher ran although the matches were kept")

    monkeypatch.setattr(entities, "TokenRules", no_matcher)
    assert entities.token_matches(parsed, rules, cache) == first
    token_rules = [r for r in rules if not isinstance(r.pattern, str)]
    assert entities.token_rules_key(rules) == entities.token_rules_key(token_rules)
    assert entities.token_rules_key(token_rules[1:]) != entities.token_rules_key(token_rules)
