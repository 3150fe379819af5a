"""The glossary tab of the HTML report: first rows by default, search over every row that matches
full-width/half-width letters, case, and readings in hiragana or katakana."""

from __future__ import annotations

import pytest
from test_report_browser import _open

pytestmark = pytest.mark.browser


def _terms(page) -> list[str]:
    return page.locator("#glossary tbody tr td:first-child").all_inner_texts()


def test_glossary_search_folds_width_case_and_kana(browser, corpus_out):
    page, errors, _ = _open(browser, corpus_out / "report.html")
    page.click('#tabs button[data-view="glossary"]')
    assert len(_terms(page)) == 200 and "(the first 200" in page.inner_text("#g-count")
    page.check("#g-all")
    total = len(_terms(page))
    assert total > 200
    for query in ("ＳＬＣＭ－Ｎ", "slcm-n", "えすえるしーえむ", "エスエルシーエム"):
        page.fill("#g-search", query)
        assert "SLCM-N" in _terms(page), query
    page.fill("#g-search", "かくだいよくし")  # a reading in hiragana
    assert "拡大抑止" in _terms(page)
    page.fill("#g-search", "joint operation command")  # the English column
    assert "JJOC" in _terms(page)
    page.fill("#g-search", "せんそうかんり")  # a term used once is searchable
    assert "戦争管理" in _terms(page)
    page.fill("#g-search", "everyday word")  # why a row is listed last, shown and searchable
    rows = page.locator("#glossary tbody tr")
    assert rows.count() > 5 and "ミサイル" in _terms(page)
    assert set(rows.locator("td:last-child").all_inner_texts()) == {"everyday word"}
    assert page.locator("#glossary thead th").last.inner_text() == "listed last as"
    assert errors == []
