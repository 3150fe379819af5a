from conftest import read_csv

from dtx_nlp.stages.parse import chunk_text, parse_units
from dtx_nlp.types import Unit

TOKEN_COLUMNS = ["unit_id", "sent", "i", "text", "lemma", "norm", "reading", "pos", "tag", "dep",
                 "head"]


def test_tokens_csv_has_the_contract_columns(corpus_out, units):
    tokens = read_csv(corpus_out / "tokens.csv")
    assert list(tokens.columns[:len(TOKEN_COLUMNS)]) == TOKEN_COLUMNS
    assert set(tokens.unit_id) == set(units.unit_id)
    row = tokens[tokens.text == "拡大"].iloc[0]
    assert row.reading == "カクダイ" and row.pos == "NOUN"


def test_token_offsets_point_into_clean_text(corpus_out, clean_text):
    tokens = read_csv(corpus_out / "tokens.csv")
    sample = tokens.sample(200, random_state=0)
    for t in sample.itertuples():
        assert clean_text[t.start:t.end] == str(t.text)


def test_csv_files_start_with_a_bom(corpus_out):
    for name in ("units.csv", "tokens.csv", "entities.csv", "glossary.csv", "links.csv"):
        assert (corpus_out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name


def test_chunks_respect_the_byte_limit():
    text = "これは長い文です。" * 5000  # 135,000 bytes, far over Sudachi's 49,149
    chunks = chunk_text(text, 40000)
    assert "".join(chunks) == text
    assert all(len(c.encode("utf-8")) <= 40000 for c in chunks)
    assert all(c.endswith("。") for c in chunks)


def test_one_overlong_sentence_is_still_cut():
    text = "あ" * 30000  # 90,000 bytes and no sentence end
    chunks = chunk_text(text, 40000)
    assert "".join(chunks) == text and all(len(c.encode()) <= 40000 for c in chunks)


def test_a_unit_over_sudachis_limit_parses(nlp, cfg):
    text = "日米同盟の拡大抑止を強化する。" * 1300  # about 58 kB in one unit (Sudachi's limit: 49,149 bytes)
    assert len(text.encode()) > 49149
    unit = Unit("U1", "d", "remark", None, None, None, None, text, 0, len(text))
    parsed = parse_units([unit], nlp, cfg.parse)
    assert parsed[0].doc.text == text
