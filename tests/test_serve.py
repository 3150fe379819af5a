"""The review app (`dtx-nlp serve`): security over plain HTTP (TestClient) and the review loop
in headless Chromium against a real uvicorn server."""

from __future__ import annotations

import re
import shutil
import threading
import time

import pytest
from conftest import CORPUS_DOC, PIPELINE, read_csv

DOC = CORPUS_DOC.stem


def _fresh_run(doc, tmp_path, cfg, models, cache_dir):
    """The document run into a private folder (from the parse cache) with its review file
    beside a private copy of it; returns the output folder."""
    from dtx_nlp.run.runner import RunOptions, run_document

    copy = tmp_path / doc.name
    shutil.copy(doc, copy)
    opts = RunOptions(out=tmp_path / "out", pipeline=PIPELINE, cache_dir=cache_dir)
    result = run_document(copy, cfg, models, opts)
    assert result.ok and result.cache_hit, result.error
    return tmp_path / "out"


@pytest.fixture(scope="module")
def served(corpus_out, cfg, models, cache_dir, tmp_path_factory):
    """(folder of the document copy and its review file, output folder, loaded documents):
    shared by the tests of this module; refused requests must leave the review file alone."""
    from dtx_nlp.app import load_documents

    tmp = tmp_path_factory.mktemp("served")
    out = _fresh_run(CORPUS_DOC, tmp, cfg, models, cache_dir)
    return tmp, out, load_documents(out)


def _review_bytes(served) -> bytes:
    path = served[0] / f"{DOC}.review.csv"
    return path.read_bytes() if path.exists() else b""


@pytest.fixture()
def client(served):
    from starlette.testclient import TestClient

    from dtx_nlp.app import create_app

    app = create_app(served[2], "t0ken-for-tests")
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        yield c


def _post(client, body, **headers):
    return client.post(f"/doc/{DOC}/decision", json=body,
                       headers={"X-DTX-Token": "t0ken-for-tests", **headers})


def test_every_data_request_needs_the_token(client):
    assert client.get(f"/doc/{DOC}").status_code == 403
    assert client.get(f"/doc/{DOC}?token=wrong").status_code == 403
    assert client.get(f"/doc/{DOC}/state").status_code == 403
    assert client.get(f"/files/{DOC}/links.csv").status_code == 403
    ok = client.get(f"/doc/{DOC}?token=t0ken-for-tests")
    assert ok.status_code == 200 and "拡大抑止" in ok.text
    assert ok.headers["referrer-policy"] == "no-referrer"
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    # the cookie set on the first visit lets the page's own reads through
    assert client.get(f"/doc/{DOC}/state").status_code == 200


def test_cross_origin_and_cookie_only_writes_are_refused(client, served):
    before = _review_bytes(served)
    body = {"recommendation": "R01", "target": "P01", "action": "accept", "note": ""}
    assert _post(client, body, Origin="http://evil.example").status_code == 403
    client.get(f"/doc/{DOC}?token=t0ken-for-tests")  # has the cookie now
    no_header = client.post(f"/doc/{DOC}/decision", json=body)
    assert no_header.status_code == 403
    assert _review_bytes(served) == before
    assert client.get(f"/doc/{DOC}?token=t0ken-for-tests",
                      headers={"host": "evil.example"}).status_code == 400


def test_posted_ids_are_validated_and_files_stay_inside_out(client, served):
    before = _review_bytes(served)
    bad = [{"recommendation": "P01", "target": "P02", "action": "accept"},
           {"recommendation": "R01", "target": "R01-1", "action": "accept"},
           {"recommendation": "R01", "target": "NOPE", "action": "accept"},
           {"recommendation": "R01", "target": "P01", "action": "approve"},
           {"recommendation": ["R01"], "target": "P01", "action": "accept"}]
    for body in bad:
        assert _post(client, body).status_code == 400, body
    assert _review_bytes(served) == before
    token = "?token=t0ken-for-tests"
    assert client.get(f"/files/{DOC}/links.csv{token}").status_code == 200
    leak = served[1] / DOC / "leak.txt"  # a link inside the folder to a file outside it
    leak.symlink_to(CORPUS_DOC)
    try:
        for name in ("leak.txt", "%2e%2e", "..%2F..%2Fcorpus%2F" + CORPUS_DOC.name,
                     "%2Fetc%2Fpasswd"):
            assert client.get(f"/files/{DOC}/{name}{token}").status_code == 404, name
    finally:
        leak.unlink()
    assert client.get(f"/doc/other{token}").status_code == 404


# ---- the review loop in the browser ---------------------------------------------------------

def _start(app):
    """uvicorn on a free loopback port in a thread; returns (server, thread, port)."""
    import uvicorn

    from dtx_nlp.app import bind

    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    return server, thread, sock.getsockname()[1]


@pytest.fixture()
def live(served):
    from dtx_nlp.app import create_app

    token = "live-token"
    server, thread, port = _start(create_app(served[2], token))
    yield served[1], served[0], served[2], f"http://127.0.0.1:{port}/doc/{DOC}?token={token}"
    server.should_exit = True
    thread.join(10)


def _review_rows(path):
    return {(r["recommendation_id"], r["target_id"]): r for r in read_csv(path).to_dict("records")}


def _wait_progress(page, n):
    """Wait for the page to show `n` decisions (the server has answered)."""
    from playwright.sync_api import expect

    expect(page.locator("#progress")).to_have_text(re.compile(f"^reviewed {n} of "))


def _cell(page, rec, target):
    return page.locator(f'#matrix td.cell[data-rec="{rec}"][data-target="{target}"]')


@pytest.mark.browser
def test_review_with_the_keyboard_is_saved_kept_and_undone(browser, live):
    from dtx_nlp.review.decisions import unit_hashes

    out, corpus, docs, url = live
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    assert page.inner_text("#progress").startswith("reviewed 0 of ")
    start = page.evaluate("Array.from(document.querySelectorAll('#queue li[data-rec]'), "
                          "li => li.dataset.rec + '|' + li.dataset.target)")
    first = page.locator("#queue li").first
    a = (first.get_attribute("data-rec"), first.get_attribute("data-target"))
    page.keyboard.press("n")
    assert page.inner_text("#drill h3").startswith(f"{a[0]} → ")
    page.keyboard.press("a")
    _wait_progress(page, 1)
    page.keyboard.press("n")
    b = page.evaluate("[document.querySelector('#queue li.current').dataset.rec,"
                      " document.querySelector('#queue li.current').dataset.target]")
    assert tuple(b) != a
    page.fill("#note", "読んで確認")
    page.focus("#matrix")  # leave the note field; the keys act again
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    _wait_progress(page, 2)
    review_file = corpus / f"{DOC}.review.csv"
    rows = _review_rows(review_file)
    hashes = unit_hashes(docs[DOC].analysis.units)
    assert rows[a]["decision"] == "accept" and rows[tuple(b)]["decision"] == "reject"
    for rec, target in (a, tuple(b)):
        assert rows[(rec, target)]["recommendation_hash"] == hashes[rec]
        assert rows[(rec, target)]["target_hash"] == hashes[target]
    assert rows[tuple(b)]["note"] == "読んで確認"
    # the matrix and the queue show the decisions; links.csv on disk agrees
    assert "d-accept" in _cell(page, *a).get_attribute("class")
    assert "accepted" in _cell(page, *a).get_attribute("class")
    assert "d-reject" in _cell(page, *b).get_attribute("class")
    assert "accepted" not in _cell(page, *b).get_attribute("class").split()
    queued = page.evaluate("Array.from(document.querySelectorAll('#queue li[data-rec]'), "
                           "li => li.dataset.rec + '|' + li.dataset.target)")
    assert "|".join(a) not in queued and "|".join(b) not in queued
    # a review round keeps the order its start gave (round_size 30)
    rest = [x for x in start if x not in ("|".join(a), "|".join(b))]
    assert queued[:len(rest)] == rest[:len(queued)]
    assert page.inner_text("#progress").endswith("round 1: 2 of 30 decided")
    items = page.evaluate("Array.from(document.querySelectorAll('#queue li'), li => li.className)")
    assert items.index("round-break muted") == 28  # the round's 28 left, then the next round's
    assert {str(r["round"]) for r in rows.values()} == {"1"}
    links = read_csv(out / DOC / "links.csv")
    decided = links[links.decision != ""].set_index(["recommendation_id", "target_id"])
    assert decided.loc[a, "decision"] == "accept" and decided.loc[tuple(b), "decision"] == "reject"
    # reload: kept; undo one
    page.reload()
    assert page.inner_text("#progress").startswith("reviewed 2 of ")
    assert "d-reject" in _cell(page, *b).get_attribute("class")
    _cell(page, *b).click()
    assert "note: 読んで確認" in page.inner_text("#drill")
    page.keyboard.press("u")
    _wait_progress(page, 1)
    assert set(_review_rows(review_file)) == {a}
    assert "d-reject" not in _cell(page, *b).get_attribute("class")
    assert errors == []


@pytest.mark.browser
def test_markup_in_a_served_document_stays_text(browser, markup_out, cfg, models, tmp_path):
    from dtx_nlp.app import create_app, load_documents

    root = markup_out.parent.parent
    docs = load_documents(_fresh_run(root / "markup.txt", tmp_path, cfg, models, root / "cache"))
    server, thread, port = _start(create_app(docs, "tok"))
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/doc/markup?token=tok")
        for target in ("P01", "S1-R01"):
            _cell(page, "R01", target).click()
            page.keyboard.press("a")
            _wait_progress(page, 1 if target == "P01" else 2)
        _cell(page, "R01", "P01").click()
        drill = page.inner_text("#drill")
        assert "<script>window.__xss = 1</script>" in drill and "<img src=x" in drill
        _cell(page, "R01", "S1-R01").click()
        assert "<b>岸壁</b>" in page.inner_text("#drill")
        assert page.locator("#drill b, #drill img, #drill script, #queue b").count() == 0
        assert page.evaluate("window.__xss") is None
    finally:
        server.should_exit = True
        thread.join(10)


def test_serve_warns_off_loopback_and_fails_in_one_line_without_outputs(tmp_path):
    from typer.testing import CliRunner

    from dtx_nlp.cli import app

    result = CliRunner().invoke(app, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)  # no traceback
    warning, error = [line for line in result.stderr.splitlines() if line.strip()]
    assert warning.startswith("warning: listening on 0.0.0.0")
    assert error.startswith("error:") and "no document outputs" in error
