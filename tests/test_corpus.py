"""One report on several processes, a corpus on a Dask cluster, and the corpus outputs."""

from __future__ import annotations

from dtx_nlp import parse
from dtx_nlp.clean import clean
from dtx_nlp.layouts import choose_layout
from dtx_nlp.segment import segment
from dtx_nlp.types import SourceDoc

from conftest import ROOT

SMALL = ROOT / "tests" / "reports" / "layouts" / "teigen_fullwidth.txt"


def _docbin_bytes(parsed) -> bytes:
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    for p in parsed:
        docbin.add(p.doc)
    return docbin.to_bytes()


def test_balanced_batches_keep_order_and_balance_characters(cfg):
    text = SMALL.read_text(encoding="utf-8")
    doc = clean(SourceDoc("s", str(SMALL), text, "utf-8"), cfg.clean)
    units = segment(doc, choose_layout(doc, cfg.layouts, None)[0])
    batches = parse.balanced_batches(units, 2)
    assert [u for b in batches for u in b] == units and len(batches) == 2
    sizes = [sum(len(u.text) for u in b) for b in batches]
    longest = max(len(u.text) for u in units)
    assert abs(sizes[0] - sizes[1]) <= longest
    assert parse.balanced_batches(units[:1], 4) == [units[:1]]


def test_a_split_parse_equals_the_unsplit_one(cfg, nlp):
    text = SMALL.read_text(encoding="utf-8")
    doc = clean(SourceDoc("s", str(SMALL), text, "utf-8"), cfg.clean)
    units = segment(doc, choose_layout(doc, cfg.layouts, None)[0])
    whole = parse.parse_units(units, nlp, cfg.parse)
    split = parse.parse_units_split(units, lambda: nlp, cfg.parse, 2)
    assert [p.unit for p in split] == units
    assert _docbin_bytes(split) == _docbin_bytes(whole)
    assert parse.token_records(split) == parse.token_records(whole)
    assert all((a.vector == b.vector).all() for a, b in zip(whole, split))
