"""Settings (shipped defaults -> environment -> explicit options, all checked) and model loading."""

from __future__ import annotations

import pytest

from communique.errors import ConfigError, ModelError
from communique.nlp import load_nlp, model_path
from communique.settings import load_settings


def test_defaults_then_environment_then_options(monkeypatch):
    base = load_settings()
    assert base.max_bytes == 5_000_000 and base.batch_size > 0
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "1234")
    assert load_settings().max_bytes == 1234
    assert load_settings(max_bytes=99).max_bytes == 99


@pytest.mark.parametrize(
    ("name", "value"),
    [("batch_size", 0), ("workers", -1), ("min_english", 1.5), ("spacy_model", " ")],
)
def test_bad_values_are_refused_with_a_fix(name, value):
    with pytest.raises(ConfigError) as err:
        load_settings(**{name: value})
    assert name in err.value.line()


def test_bad_environment_value_names_the_setting(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_WORKERS", "many")
    with pytest.raises(ConfigError, match="workers"):
        load_settings()


def test_unknown_setting_is_refused():
    with pytest.raises(ConfigError, match="colour"):
        load_settings(colour="blue")


def test_model_is_found_by_package_name_and_by_directory():
    directory = model_path(load_settings().spacy_model)
    assert (directory / "config.cfg").exists()
    assert model_path(str(directory)) == directory
    nlp = load_nlp(str(directory))
    assert [t.text for t in nlp("Talks resumed.")] == ["Talks", "resumed", "."]


def test_a_missing_model_says_how_to_fix_it_and_never_downloads():
    with pytest.raises(ModelError) as err:
        model_path("en_core_web_doesnotexist")
    assert "never downloads" in err.value.line() and "COMMUNIQUE_SPACY_MODEL" in err.value.line()


def test_line_breaks_start_sentences_but_wrapped_lines_run_on():
    nlp = load_nlp(load_settings().spacy_model)
    doc = nlp(
        "Envoys Meet Amid Border Row\n\nThe envoys met on Monday and briefed the\n"
        "President of Kenya, who said\nthat talks went well.\nA second round follows."
    )
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Envoys", "The", "A"]
