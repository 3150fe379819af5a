"""The pipeline config: one packaged copy, a schema that refuses mistakes with a useful line,
`init` and `config show`."""

import filecmp
import tomllib
from pathlib import Path

import pytest
from conftest import PIPELINE, ROOT
from typer.testing import CliRunner

from dtx_nlp.cli import app
from dtx_nlp.config import (
    DEFAULT_PIPELINE,
    GlossaryConfig,
    copy_default_pipeline,
    effective_config,
    load_config,
    section_schema,
    to_toml,
)
from dtx_nlp.errors import ConfigError, OutputError

runner = CliRunner()


def test_top_level_pipelines_is_the_packaged_copy():
    """One source, no drift: the repository's pipelines/ holds exactly the packaged files."""
    top, packaged = ROOT / "pipelines", DEFAULT_PIPELINE.parent
    assert packaged.is_relative_to(ROOT / "src" / "dtx_nlp")
    compared = filecmp.dircmp(top, packaged)
    names = [p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file()]
    assert names and all(filecmp.cmp(top / n, packaged / n, shallow=False) for n in names)
    assert sorted(p.relative_to(top) for p in top.rglob("*") if p.is_file()) == sorted(names)
    assert not compared.left_only and not compared.right_only


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """The default config with one line changed, in a copy of the whole pipeline folder."""
    copy_default_pipeline(tmp_path / "p")
    conf = tmp_path / "p" / "default.toml"
    text = conf.read_text(encoding="utf-8")
    assert old in text
    conf.write_text(text.replace(old, new, 1), encoding="utf-8")
    return conf


def _line(conf: Path, needle: str) -> int:
    return next(n for n, line in enumerate(conf.read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(needle))


@pytest.mark.parametrize("old, new, needle, message", [
    ("threshold = ", "treshold = ", "treshold",
     "links.treshold: unknown key (did you mean 'threshold'?)"),
    ("threshold = 0.675", 'threshold = "high"', "threshold",
     "links.threshold: expected a number, got a string 'high'"),
    ("batch_size = 64", "batch_size = 6.4", "batch_size",
     "parse.batch_size: expected an integer, got a number 6.4"),
    ("ner_fallback = true", 'ner_fallback = "yes"', "ner_fallback",
     "entities.ner_fallback: expected true or false"),
    ("repeat_min = 2", "repeat_mn = 2", "repeat_mn",
     "clean.headers.repeat_mn: unknown key (did you mean 'repeat_min'?)"),
    ("[glossary]", "[glosary]", "[glosary]", "glosary: unknown key (did you mean 'glossary'?)"),
    ("min_frequency = 1", "min_frequency = true", "min_frequency",
     "glossary.min_frequency: expected an integer, got a boolean True"),
    # a label written otherwise than rule files write it would match nothing, silently
    ('proper_name_labels = ["ORGANIZATION", "LAW", "INSTRUMENT"]', 'proper_name_labels = ["Organization"]',
     "[glossary]", "glossary: proper_name_labels: label 'Organization' must be upper case"),
    ('drop_labels = ["IGNORE"]', 'drop_labels = ["ignore"]', "[entities]",
     "entities: drop_labels: label 'ignore' must be upper case"),
    ('Law = "LAW"', 'Law = "law"', "[entities]",
     "entities: ner_labels: label 'law' must be upper case"),
])
def test_config_mistakes_name_file_line_and_key(tmp_path, old, new, needle, message):
    conf = _variant(tmp_path, old, new)
    with pytest.raises(ConfigError) as err:
        load_config(conf)
    assert str(err.value).startswith(f"{conf}:{_line(conf, needle)}: {message}")


def test_relative_paths_are_read_from_the_configs_own_folder(tmp_path):
    copy_default_pipeline(tmp_path / "p")
    cfg = load_config(tmp_path / "p" / "default.toml")
    assert all(f.is_relative_to(tmp_path / "p" / "rules") for f in cfg.entities.rule_files)
    assert [p.parent for p in cfg.profile_files] == [tmp_path / "p" / "layouts"] * 3
    # The config alone, copied elsewhere: the message names the folder paths are read from.
    alone = tmp_path / "alone.toml"
    alone.write_bytes(PIPELINE.read_bytes())
    with pytest.raises(ConfigError) as err:
        load_config(alone)
    assert f"{alone}:{_line(alone, 'rules = ')}: entities.rules: rule file not found: " \
           f"{tmp_path / 'rules' / 'organizations.jsonl'}" in str(err.value)
    assert f"config's folder {tmp_path}" in str(err.value) and "dtx-nlp init" in str(err.value)


def test_a_bad_layout_profile_names_the_profile(tmp_path):
    copy_default_pipeline(tmp_path / "p")
    profile = tmp_path / "p" / "layouts" / "markdown.toml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("after_intro", "afterintro"),
                       encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "p" / "default.toml")
    assert str(err.value).startswith(f"{profile}:{_line(profile, 'afterintro')}: "
                                     "layout.afterintro: unknown key (did you mean 'after_intro'?)")


def test_cli_config_error_is_one_line_with_exit_code_3(tmp_path):
    conf = _variant(tmp_path, "threshold = ", "treshold = ")
    result = runner.invoke(app, ["config", "show", "--pipeline", str(conf)])
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        f"error: {conf}:{_line(conf, 'treshold')}: links.treshold: unknown key (did you mean "
        "'threshold'?)"]


def test_every_record_field_is_a_key_of_its_section():
    """Adding a setting is one field of its record: the schema follows."""
    assert set(section_schema(GlossaryConfig).model_fields) == {
        f for f in GlossaryConfig.__dataclass_fields__}


def test_config_show_prints_the_effective_config_as_toml_and_json():
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 0
    shown = tomllib.loads(result.stdout)
    assert shown == effective_config()
    assert shown["links"]["threshold"] == load_config().links.threshold
    assert shown["glossary"]["nested_heads"] is True  # a default the file does not set
    import json

    as_json = runner.invoke(app, ["config", "show", "--json"])
    assert json.loads(as_json.stdout) == shown


def test_toml_writer_round_trips_invisible_characters():
    data = {"a": {"\u3000\t": "・", "x": ["^\\s*\\u20dd", 'q"'], "b": 1.5, "c": False}}
    assert tomllib.loads(to_toml(data)) == data


def test_init_writes_an_editable_copy_and_refuses_to_overwrite(tmp_path):
    folder = tmp_path / "mine"
    result = runner.invoke(app, ["init", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert (folder / "default.toml").read_bytes() == DEFAULT_PIPELINE.read_bytes()
    assert {p.name for p in (folder / "rules").glob("*.jsonl")} == {
        p.name for p in (DEFAULT_PIPELINE.parent / "rules").glob("*.jsonl")}
    mine = load_config(folder / "default.toml")
    assert mine.links == load_config().links and len(mine.layouts) == 4

    (folder / "default.toml").write_text("edited", encoding="utf-8")
    again = runner.invoke(app, ["init", str(folder)])
    assert again.exit_code == OutputError.exit_code and "--force" in again.stderr
    assert (folder / "default.toml").read_text(encoding="utf-8") == "edited"
    forced = runner.invoke(app, ["init", str(folder), "--force"])
    assert forced.exit_code == 0
    assert (folder / "default.toml").read_bytes() == DEFAULT_PIPELINE.read_bytes()


def test_new_records_need_no_code_beyond_their_fields(tmp_path):
    """How other settings join: a record's fields are its keys (a Literal names the allowed
    words), a record-typed field is a sub-table, and __post_init__ checks across fields."""
    from dataclasses import dataclass, field
    from typing import Literal

    from pydantic import ValidationError

    from dtx_nlp.config import Regex, _build, section_schema

    @dataclass(frozen=True)
    class Inner:
        words: tuple[str, ...] = ()

    @dataclass(frozen=True)
    class Outline:
        ranking: Literal["fused", "flr"] = "fused"
        numbering: dict[str, Regex] = field(default_factory=dict)
        inner: Inner = field(default_factory=Inner)
        low: int = 1
        high: int = 2

        def __post_init__(self):
            if self.low > self.high:
                raise ValueError("low must not exceed high")

    schema = section_schema(Outline)
    record = _build(Outline, schema.model_validate(
        {"numbering": {"item": "^[①-⑳]"}, "inner": {"words": ["a"]}}), tmp_path, "", ("x",))
    assert record.inner == Inner(("a",)) and record.numbering["item"].match("③")
    assert _build(Outline, schema.model_validate({}), tmp_path, "", ("x",)) == Outline()
    with pytest.raises(ValidationError) as err:
        schema.model_validate({"ranking": "best"})
    from dtx_nlp.config import _describe

    assert _describe(err.value.errors()[0], schema) == \
        "ranking: expected 'fused' or 'flr', got 'best'"
    with pytest.raises(ValidationError) as err:
        schema.model_validate({"inner": {"word": []}})
    assert _describe(err.value.errors()[0], schema) == \
        "inner.word: unknown key (did you mean 'words'?)"
    text = "[x]\nlow = 3\nhigh = 2\n"
    with pytest.raises(ConfigError) as err:
        _build(Outline, schema.model_validate({"low": 3, "high": 2}), tmp_path / "p.toml", text,
               ("x",))
    assert str(err.value) == f"{tmp_path / 'p.toml'}:1: x: low must not exceed high"
