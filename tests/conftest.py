"""Shared fixtures: GiNZA is loaded once per test session; the corpus is run once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DOC = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
PIPELINE = ROOT / "pipelines" / "default.toml"
GOLD = ROOT / "tests" / "gold"
TEST_REPORTS = ROOT / "tests" / "reports"


def units_in(text: str, folder: Path, name: str = "report.txt") -> list:
    """The units the structure stages read in a small report written for a test (no parsing)."""
    from dtx_nlp.inspect import units_of

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return units_of(path)


def count_in_test_report(name: str, kind: str) -> int:
    """How many units of a kind a test report under tests/reports/ is read as."""
    from dtx_nlp.inspect import units_of

    return sum(u.kind == kind for u in units_of(TEST_REPORTS / name))


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)


@pytest.fixture(scope="session")
def cfg():
    from dtx_nlp.config import load_config

    return load_config(PIPELINE)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cache")
    os.environ["DTX_NLP_CACHE_DIR"] = str(path)
    return path


@pytest.fixture(scope="session")
def models(cfg):
    """The GiNZA model, loaded once for the whole session."""
    from dtx_nlp.run.runner import Models

    m = Models(cfg)
    m.nlp  # noqa: B018 - load now
    return m


@pytest.fixture(scope="session")
def nlp(models):
    return models.nlp


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory, cfg, models, cache_dir) -> Path:
    """The bundled corpus run once through the whole pipeline; returns the document's folder."""
    from dtx_nlp.run.runner import RunOptions, run_document

    out = tmp_path_factory.mktemp("outputs")
    opts = RunOptions(out=out, pipeline=PIPELINE, cache_dir=cache_dir,
                      review_dir=tmp_path_factory.mktemp("review"))
    result = run_document(CORPUS_DOC, cfg, models, opts)
    assert result.ok, result.error
    return out / CORPUS_DOC.stem


@pytest.fixture(scope="session")
def units(corpus_out) -> pd.DataFrame:
    return read_csv(corpus_out / "units.csv")


@pytest.fixture(scope="session")
def clean_text(corpus_out) -> str:
    return (corpus_out / "clean.txt").read_text(encoding="utf-8")


def run_text(text: str, tmp_path: Path, cfg, models, name: str = "doc", **opts):
    """Run the pipeline on a small text written to `tmp_path`; returns the output folder."""
    from dtx_nlp.run.runner import RunOptions, run_document

    doc = tmp_path / f"{name}.txt"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    options = RunOptions(out=out, pipeline=PIPELINE, cache_dir=tmp_path / "cache", **opts)
    result = run_document(doc, cfg, models, options)
    return out / name, result


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("DTX_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (CI must install Debian's chromium package)")
        pytest.skip("chromium is not installed")
    return path


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    exe = _chromium()
    with playwright.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


MARKUP_REPORT = ("はじめに\n\n　本稿は港湾について提言する。\n\n（1）現状と課題\n\n"
                 "①·　港湾の耐震化が遅れ<script>window.__xss = 1</script>ている。\n\n"
                 "【提言１】港湾施設の<img src=x onerror=\"window.__xss = 2\">耐震強化\n"
                 "①·　岸壁の<b>耐震化</b>を前倒しする。\n\n"
                 "【セッション１】\n\n"
                 "⃝港湾の課題\n"
                 "　\t地震で<b>岸壁</b>が壊れると物流が止まる。耐震化が急務だ。\n")


@pytest.fixture(scope="session")
def markup_out(tmp_path_factory, cfg, models) -> Path:
    """A small report whose problem, recommendation and remark carry HTML markup; returns its
    output folder (the document is `markup.txt` two levels up, its cache in `cache/`)."""
    out, result = run_text(MARKUP_REPORT, tmp_path_factory.mktemp("markup"), cfg, models,
                           name="markup")
    assert result.ok, result.error
    return out


# Property tests explore new examples locally; in CI they are reproducible.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass
