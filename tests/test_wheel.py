"""Installs anywhere: a wheel built from the source, installed in a fresh virtual environment,
runs from an empty folder (no repository, no pipelines/ folder around it)."""

import os
import shutil
import subprocess
import sys
import venv

import pytest
from conftest import ROOT

TINY = """はじめに

　本稿は港湾の防災について提言する。

（1）現状と課題

①　港湾の耐震化が遅れており、大地震で岸壁が使えなくなるおそれがある。

【提言１】港湾施設の耐震強化
①　岸壁の耐震化を国の予算で前倒しする。
"""


def _run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.mark.wheel
def test_wheel_installs_and_runs_from_an_empty_folder(tmp_path):
    # Build from a copy of the sources, so the build leaves nothing in the repository.
    source = tmp_path / "source"
    shutil.copytree(ROOT / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
          str(tmp_path / "dist"), str(source)], env=env)
    wheel = next((tmp_path / "dist").glob("dtx_nlp-*.whl"))

    # A fresh environment that reuses the heavy dependencies already installed.
    venv.create(tmp_path / "venv", system_site_packages=True, with_pip=False)
    python = tmp_path / "venv" / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
          "--no-deps", "--force-reinstall", str(wheel)], env=env)

    work = tmp_path / "empty"
    work.mkdir()
    (work / "report.txt").write_text(TINY, encoding="utf-8")
    env["DTX_NLP_CACHE_DIR"] = str(tmp_path / "cache")
    where = _run([str(python), "-c", "import dtx_nlp; print(dtx_nlp.__file__)"], cwd=work,
                 env=env).stdout
    assert where.startswith(str(tmp_path / "venv"))
    dtx = str(tmp_path / "venv" / "bin" / "dtx-nlp")
    result = _run([dtx, "run", "report.txt"], cwd=work, env=env)
    for name in ("units.csv", "links.csv", "entities.csv", "glossary.csv", "report.html"):
        assert (work / "outputs" / "report" / name).stat().st_size > 0
    # Without a terminal: one plain line for the document, the summary ends with the index.
    assert result.stderr.splitlines()[0].startswith("report: done in ")
    assert result.stdout.strip().splitlines()[-1] == "index: outputs/index.html"
    units = (work / "outputs" / "report" / "units.csv").read_text(encoding="utf-8-sig")
    assert ",recommendation," in units  # the packaged layout and rules were found

    _run([dtx, "init", "mine"], cwd=work, env=env)
    shown = _run([dtx, "config", "show", "--pipeline", "mine/default.toml"], cwd=work, env=env)
    assert str(work / "mine" / "layouts") in shown.stdout
