"""The HTML report in headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _open(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.resolve().as_uri())
    return page, errors, requests


def _highlighted(page) -> list[str]:
    """The text each entity highlight covers (without its label badge)."""
    return page.eval_on_selector_all("#entity-unit .ent", """els => els.map(e =>
        Array.from(e.childNodes).filter(n => n.nodeName !== "SUB").map(n => n.textContent)
        .join(""))""")


def test_report_answers_why_in_two_clicks(browser, corpus_out, tmp_path_factory):
    page, errors, requests = _open(browser, corpus_out / "report.html")
    assert "拡大抑止" in page.inner_text("body")  # Japanese text is there
    # click an accepted cell: the evidence and both texts appear
    cell = page.locator("td.cell.accepted").first
    rec, target = cell.get_attribute("data-rec"), cell.get_attribute("data-target")
    cell.click()
    drill = page.inner_text("#drill")
    assert f"{rec} → " in drill and target in drill
    assert "selected" in cell.get_attribute("class").split()  # the clicked cell is marked
    assert page.evaluate("(() => { const r = document.getElementById('drill')"
                         ".getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })()")
    # keyboard: the focused cell moves with the arrow keys, Enter opens it
    assert page.evaluate("document.activeElement.dataset.target") == target
    page.keyboard.press("ArrowRight")
    moved = page.evaluate("[document.activeElement.dataset.rec, document.activeElement.dataset.target]")
    assert moved[0] == rec and moved[1] != target
    page.keyboard.press("Enter")
    assert moved[1] in page.inner_text("#drill h3")
    assert page.locator("#matrix [tabindex='0']").count() == 1
    evidence = page.inner_text("#evidence")
    assert "best pair" in evidence or "entities:" in evidence or "terms:" in evidence
    assert page.locator("#drill .pane").count() == 2
    # filter: problems only, then a score threshold
    all_columns = int(page.get_attribute("#matrix", "data-columns"))
    page.select_option("#f-kind", "problem")
    problem_columns = int(page.get_attribute("#matrix", "data-columns"))
    assert 0 < problem_columns < all_columns
    headers = page.locator("#matrix th.col")
    assert all(t.startswith("P") for t in
               headers.evaluate_all("hs => hs.map(h => h.dataset.target)"))
    # a column says what its unit is (kind and a few words); the full text on focus
    assert all(h.split()[0] in ("problem", "context") for h in headers.all_inner_texts())
    headers.first.focus()
    full = page.inner_text("#col-info")
    assert full.startswith("problem") and len(full) > len(headers.first.inner_text())
    page.fill("#f-score", "0.9")
    page.dispatch_event("#f-score", "input")
    assert int(page.get_attribute("#matrix", "data-columns")) <= problem_columns
    # clicking a recommendation lists its accepted links
    page.select_option("#f-kind", "all")
    page.fill("#f-score", "0")
    page.dispatch_event("#f-score", "input")
    page.click('#matrix th.row[data-rec="R07"]')
    assert "R07" in page.inner_text("#drill") and page.locator("#drill a.drill-link").count() > 0
    # a filter that leaves nothing says so
    assert page.locator("#matrix-empty").is_hidden()
    page.fill("#f-score", "1")
    page.dispatch_event("#f-score", "input")
    assert page.get_attribute("#matrix", "data-columns") == "0"
    assert "No cell matches" in page.inner_text("#matrix-empty")
    page.fill("#f-score", "0")
    page.dispatch_event("#f-score", "input")
    assert page.locator("#matrix-empty").is_hidden()
    assert "outlined: accepted link" in page.inner_text("#legend")
    shot = tmp_path_factory.mktemp("shots") / "report-matrix.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10000
    # glossary search
    page.click('#tabs button[data-view="glossary"]')
    page.fill("#g-search", "ACM")
    rows = page.locator("#glossary tbody tr")
    assert rows.count() >= 1 and "同盟調整メカニズム" in rows.first.inner_text()
    # the other views render
    page.click('#tabs button[data-view="coverage"]')
    assert page.locator("ul.coverage").count() == 3
    page.click('#tabs button[data-view="graph"]')
    assert page.locator("#graph line.edge").count() == 6
    page.click('#tabs button[data-view="entities"]')
    page.locator(".unit-link").first.click()
    assert page.locator("#entity-unit .ent").count() > 0
    # printing gives the accepted links as a table of texts, not the grid
    page.emulate_media(media="print")
    assert page.locator("#matrix").is_hidden() and page.locator("#print-table").is_visible()
    printed = page.locator("#print-table tbody tr")
    assert printed.count() >= int(page.evaluate(
        "JSON.parse(document.getElementById('report-data').textContent).links"
        ".filter(k => k.accepted && k.method !== 'reference').length"))
    assert "R07" in page.inner_text("#print-table") and "拡大抑止" in page.inner_text("#print-table")
    page.emulate_media(media="screen")
    # each highlight covers exactly a mention's text (offsets neither shifted nor cut)
    import pandas as pd

    mentions = pd.read_csv(corpus_out / "entities.csv", encoding="utf-8-sig",
                           keep_default_na=False)
    marked = _highlighted(page)
    assert marked and set(marked) <= set(mentions.text), set(marked) - set(mentions.text)
    assert errors == []
    assert all(url.startswith("file://") for url in requests)  # nothing fetched from outside


def test_markup_in_documents_comes_out_as_text(browser, markup_out):
    html = (markup_out / "report.html").read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html and "<img src=x" not in html
    page, errors, _ = _open(browser, markup_out / "report.html")
    assert page.evaluate("window.__xss") is None
    page.locator("#matrix th.row").first.click()
    assert "<img src=x onerror=" in page.inner_text("#drill")
    page.locator('#matrix td.cell[data-target="P01"]').click()
    assert "<script>window.__xss = 1</script>" in page.inner_text("#drill")
    assert page.locator("#drill b, #drill img, #drill script").count() == 0
    page.locator('#matrix th.col[data-target="S1-R01"]').focus()
    assert "<b>岸壁</b>" in page.inner_text("#col-info")
    page.emulate_media(media="print")
    assert "<b>" in page.inner_text("#print-table") or "no accepted source" in page.inner_text(
        "#print-table")
    page.emulate_media(media="screen")
    page.click('#tabs button[data-view="entities"]')
    assert errors == []


def test_entity_highlights_cover_exactly_the_mentions(browser, tmp_path, cfg, models):
    from conftest import read_csv, run_text

    text = ("【提言１】防衛省と米戦略軍の連携\n①·　防衛省は米戦略軍と定期的に協議する。\n"
            "（1）課題\n①·　米戦略軍と防衛省の連携が弱い。\n")
    out, result = run_text(text, tmp_path, cfg, models, name="ents")
    assert result.ok
    mentions = read_csv(out / "entities.csv")
    assert len(mentions) >= 4
    page, errors, _ = _open(browser, out / "report.html")
    page.click('#tabs button[data-view="entities"]')
    for unit in sorted(set(mentions.unit_id)):
        page.locator(f'.unit-link[data-unit="{unit}"]').first.click()
        marked = _highlighted(page)
        assert sorted(marked) == sorted(mentions[mentions.unit_id == unit].text), unit
    assert errors == []
