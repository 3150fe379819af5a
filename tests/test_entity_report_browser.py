"""The report's Entities tab in headless Chromium: label groups with counts, NER rows hidden."""

from __future__ import annotations

import shutil

import pytest
from conftest import run_text

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page_of(tmp_path_factory, cfg, models):
    playwright = pytest.importorskip("playwright.sync_api")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed")
    text = ("　厚生労働省は感染症法を改正した。米戦略軍と厚生労働省が協議した。\n"
            "　山田太郎氏がカナダを訪問した。\n")
    out, result = run_text(text, tmp_path_factory.mktemp("ents"), cfg, models, name="ents")
    assert result.ok
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "report.html").resolve().as_uri())
        page.click('#tabs button[data-view="entities"]')
        yield page, errors
        browser.close()


def _visible(page) -> list[str]:
    return page.locator("#entity-table tbody tr:visible td:nth-child(2)").all_inner_texts()


def test_entities_are_grouped_by_label_with_counts(page_of):
    page, errors = page_of
    options = page.locator("#e-label option").all_inner_texts()
    assert "ORGANIZATION (2 entities, 3 mentions)" in options
    assert any(o.startswith("LAW (1 entities") for o in options)
    page.select_option("#e-label", "LAW")
    assert _visible(page) == ["感染症法"]
    page.select_option("#e-label", "all")
    assert errors == []


def test_low_confidence_ner_rows_can_be_hidden(page_of):
    page, errors = page_of
    ner = page.locator('#entity-table tbody tr[data-source="ner"]')
    assert ner.count() > 0
    before = len(_visible(page))
    page.check("#e-hide-ner")
    assert ner.first.is_hidden() and len(_visible(page)) == before - ner.count()
    assert "米戦略軍" in _visible(page)  # a rule's entity stays
    page.uncheck("#e-hide-ner")
    assert len(_visible(page)) == before and errors == []
