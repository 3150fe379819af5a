"""The corpus report as a 14-page PDF (tests/pdf/corpus.pdf, printed by Chromium with a running
header, footer and page numbers; tests/pdf/make_corpus_pdf.py) gives the same structure as the
text: same unit ids and kinds, unit texts identical for at least 95 % of units, and every unit on
the page poppler's pdftotext finds it on (tests/pdf/corpus_pages.json)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS_DOC, PIPELINE, ROOT

from dtx_nlp.inspect import units_of
from dtx_nlp.types import PROBLEM_KINDS, RECOMMENDATION_KINDS, REMARK_KINDS

PDF = ROOT / "tests" / "pdf" / "corpus.pdf"
PAGES = json.loads((ROOT / "tests" / "pdf" / "corpus_pages.json").read_text(encoding="utf-8"))
TRACED = RECOMMENDATION_KINDS + PROBLEM_KINDS + REMARK_KINDS


@pytest.fixture(scope="module")
def both():
    return units_of(CORPUS_DOC, PIPELINE), units_of(PDF, PIPELINE)


def test_same_recommendations_problems_and_remarks(both):
    text, pdf = both
    assert ([(u.unit_id, u.kind, u.title, u.group) for u in pdf if u.kind in TRACED]
            == [(u.unit_id, u.kind, u.title, u.group) for u in text if u.kind in TRACED])
    assert [u.unit_id for u in pdf] == [u.unit_id for u in text]


def test_unit_texts_identical_for_at_least_95_percent(both):
    text, pdf = both
    same = sum(a.text == b.text for a, b in zip(text, pdf))
    assert same / len(text) >= 0.95, f"{same}/{len(text)}"


def test_every_unit_starts_on_its_page(both):
    _, pdf = both
    assert {u.unit_id: u.page for u in pdf} == PAGES
    assert max(PAGES.values()) == 14


def test_page_furniture_is_gone(both):
    _, pdf = both
    texts = "\n".join(u.text for u in pdf)
    for furniture in ("PDF 版テスト", "file://", "/14"):
        assert furniture not in texts


def test_text_route_has_no_pages(both):
    text, _ = both
    assert all(u.page is None for u in text)
