"""`rules check` and `run --rules` share one validation: they agree on every file."""

import json

import pytest
from typer.testing import CliRunner

from dtx_nlp.cli import app

runner = CliRunner()
GOOD = '{"label": "ORGANIZATION", "pattern": "国連", "id": "国際連合"}'

RULE_FILES = {
    "good string rule": (GOOD, None),
    "good token rule": ('{"label": "ORGANIZATION", "pattern": [{"LOWER": "jjoc"}, '
                        '{"TEXT": {"IN": ["司令部"]}, "OP": "?"}]}', None),
    "good with comment and blank line": (f"// aliases\n\n{GOOD}", None),
    "malformed JSON": (f'{GOOD}\n{{"label": "X", pattern', ":2: not valid JSON"),
    "lower-case label": ('{"label": "organization", "pattern": "国連"}',
                         ":1: label 'organization' must be upper case"),
    "unknown token key": ('{"label": "ORG", "pattern": [{"LOWR": "jjoc"}]}',
                          ":1: bad token pattern: token 1: unknown key 'LOWR'"),
    "bad token operator": ('{"label": "ORG", "pattern": [{"TEXT": "a", "OP": "x"}]}',
                           ":1: bad token pattern: token 1, OP:"),
    "bad token value": ('{"label": "ORG", "pattern": [{"TEXT": 5}]}',
                        ":1: bad token pattern: token 1, TEXT:"),
    "empty file": ("", ": no rules in the file"),
    "only comments": ("// nothing yet\n", ": no rules in the file"),
    "unknown rule key": (f'{GOOD[:-1]}, "colour": "red"}}', ":1: unknown keys ['colour']"),
    "no label": ('{"pattern": "x"}', ':1: a rule needs a "label" string'),
    "empty pattern": ('{"label": "ORG", "pattern": ""}', ':1: "pattern" must be'),
}


@pytest.mark.parametrize("name", RULE_FILES)
def test_rules_check_and_run_agree(tmp_path, name):
    text, expected = RULE_FILES[name]
    rules = tmp_path / "r.jsonl"
    rules.write_text(text + ("\n" if text else ""), encoding="utf-8")
    check = runner.invoke(app, ["rules", "check", str(rules)])
    # A corpus that does not exist: `run` validates its rules before it looks for documents,
    # so a good rule file gets as far as the missing corpus (exit 2) and parses nothing.
    run = runner.invoke(app, ["run", str(tmp_path / "missing"), "--rules", str(rules),
                              "--out", str(tmp_path / "o")])
    if expected is None:
        assert check.exit_code == 0, check.stderr
        assert run.exit_code == 2 and "missing: no such file" in run.stderr
        return
    assert check.exit_code == run.exit_code == 3
    assert check.stderr == run.stderr
    assert check.stderr.strip().splitlines() == [f"error: {rules}{expected}" +
                                                 check.stderr.split(expected, 1)[1].rstrip()]
    assert check.stdout == "" and "Traceback" not in run.stderr


def test_default_rules_pass_the_check():
    from conftest import PIPELINE

    rules = sorted((PIPELINE.parent / "rules").glob("*.jsonl"))
    result = runner.invoke(app, ["rules", "check", *map(str, rules)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == len(rules)
    assert json.dumps("ORGANIZATION")[1:-1] in result.stdout
