"""The command line: help, one-line errors with documented exit codes, no tracebacks."""

import os
import subprocess
import sys

from conftest import PIPELINE, ROOT


def dtx(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "dtx_nlp.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def test_help_lists_every_command():
    result = dtx("--help")
    assert result.returncode == 0
    for command in ("run", "inspect", "rules", "evaluate", "review", "serve", "export"):
        assert command in result.stdout


def test_run_help_explains_options():
    out = dtx("run", "--help").stdout
    for option in ("--out", "--pipeline", "--rules", "--cache-dir", "--no-cache", "--jobs",
                   "--layout", "--debug", "--executor", "--scheduler"):
        assert option in out


def _one_line_error(result, code, *needles):
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_missing_corpus(tmp_path):
    _one_line_error(dtx("run", tmp_path / "missing.txt", "--out", tmp_path / "o"), 2,
                    "missing.txt", "no such file")


def test_empty_file(tmp_path):
    doc = tmp_path / "empty.txt"
    doc.write_bytes(b"")
    _one_line_error(dtx("run", doc, "--out", tmp_path / "o"), 2, "empty.txt", "empty")


def test_binary_file(tmp_path):
    doc = tmp_path / "image.txt"
    doc.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" * 10)
    _one_line_error(dtx("run", doc, "--out", tmp_path / "o"), 2, "image.txt", "binary")


def test_malformed_rule_file_names_file_and_line(tmp_path):
    rules = tmp_path / "bad.jsonl"
    rules.write_text('{"label": "ORGANIZATION", "pattern": "国連"}\n{"label": "X", pattern\n',
                     encoding="utf-8")
    _one_line_error(dtx("rules", "check", rules), 3, f"{rules}:2", "JSON")
    doc = tmp_path / "d.txt"
    doc.write_text("本文。", encoding="utf-8")
    _one_line_error(dtx("run", doc, "--rules", rules, "--out", tmp_path / "o"), 3, f"{rules}:2")


def test_malformed_pipeline_config(tmp_path):
    conf = tmp_path / "p.toml"
    conf.write_text("[clean\nx = 1\n", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("本文。", encoding="utf-8")
    _one_line_error(dtx("run", doc, "--pipeline", conf, "--out", tmp_path / "o"), 3, str(conf),
                    ":1")


def test_bad_regex_in_config(tmp_path):
    conf = tmp_path / "p.toml"
    conf.write_text(PIPELINE.read_text(encoding="utf-8").replace(
        "recommendation = '", "recommendation = '(", 1), encoding="utf-8")
    _one_line_error(dtx("inspect", ROOT / "corpus" / "spf_extended_deterrence_2025.txt",
                        "--pipeline", conf), 3, str(conf), "regular expression")


def test_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("本文。", encoding="utf-8")
    _one_line_error(dtx("run", doc, "--out", blocker / "sub", "--no-cache"), 4, str(blocker))


def test_debug_shows_the_traceback(tmp_path):
    result = dtx("run", tmp_path / "missing.txt", "--debug")
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_rules_check_counts_rules():
    result = dtx("rules", "check", ROOT / "pipelines" / "rules" / "legal.jsonl")
    assert result.returncode == 0 and "LEGAL_SITUATION" in result.stdout


def test_inspect_shows_profile_and_structure():
    result = dtx("inspect", ROOT / "corpus" / "spf_extended_deterrence_2025.txt")
    assert result.returncode == 0
    assert "recommendations: 15" in result.stdout and "problem units: 13 items" in result.stdout
    assert "R07 (8 items) 自衛隊の核抑止に関連した" in result.stdout


def _leave_in_child(code: str):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered pipes
    return subprocess.run([sys.executable, "-c", "import sys, threading, time\n"
                           "from dtx_nlp.cli import _leave\n" + code],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_leaving_without_teardown_keeps_buffered_output_and_the_exit_code():
    result = _leave_in_child("sys.stdout.write('written'); sys.stderr.write('noted'); _leave(3)")
    assert (result.returncode, result.stdout, result.stderr) == (3, "written", "noted")
    result = _leave_in_child("_leave('stopped: reason')")
    assert result.returncode == 1 and "stopped: reason" in result.stderr


def test_leaving_waits_for_a_running_thread(tmp_path):
    mark = tmp_path / "mark"
    result = _leave_in_child(
        f"threading.Thread(target=lambda: (time.sleep(0.3), open({str(mark)!r}, 'w').close()))"
        ".start()\n_leave(0)")
    assert result.returncode == 0 and mark.exists()
