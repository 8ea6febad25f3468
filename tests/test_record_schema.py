"""The record's JSON Schema: the committed file is the code's, and every emitted record (on texts
written here, on random texts, on the reference article) validates and reproduces its spans."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.record import ArticleRecord
from communique.sinks.json import schema, schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "record.schema.json"

WORDS = [
    "The",
    "minister",
    "said",
    "Tuesday",
    "Beijing",
    "Moscow",
    "President",
    "Smith",
    "\u201c",
    "\u201d",
    '"',
    "talks",
    "$3 billion",
    "40 percent",
    "on March 3",
    "next week",
    "Reuters",
    "\u2014",
    "accused",
    "the",
    "government",
    "of",
    "sanctions",
    ",",
    ".",
    "\n\n",
    "Photo:",
    "COMMENTS",
    "told",
    "reporters",
    "Ukraine",
    "agreed",
    "to",
    "meet",
    "in",
    "Geneva",
    "é",
]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    committed = json.loads(SCHEMA_FILE.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(committed)
    return jsonschema.Draft202012Validator(committed)


def assert_sound(record: ArticleRecord, validator: jsonschema.Draft202012Validator) -> None:
    data = record.to_dict()
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
    assert record.check_spans() == []
    again = ArticleRecord.model_validate_json(json.dumps(data))
    assert again.to_dict() == data


def test_committed_schema_is_the_codes_schema():
    assert SCHEMA_FILE.read_text("utf-8") == schema_text(), (
        "schema/record.schema.json is stale: run "
        "`communique schema --out schema/record.schema.json`"
    )


def test_schema_names_every_component():
    props = schema()["properties"]
    for key in (
        "schema",
        "article",
        "text",
        "boilerplate",
        "actors",
        "quotes",
        "events",
        "times",
        "amounts",
        "voice",
        "checks",
    ):
        assert key in props
    assert "schema_" not in props


def test_schema_rejects_a_record_with_a_bad_span(validator):
    bad = {
        "schema": "communique/1",
        "article": {"id": "x"},
        "text": "Hi.",
        "quotes": [{"id": "q1", "kind": "shouted", "start": 0, "end": 2, "text": "Hi"}],
    }
    assert not validator.is_valid(bad)
    bad["quotes"][0]["kind"] = "direct"
    assert validator.is_valid(bad)
    del bad["quotes"][0]["start"]
    assert not validator.is_valid(bad)


def test_a_written_wire_story_validates(extract, validator):
    text = (
        "Leaders Pledge Aid at Geneva Meeting\n\n"
        "GENEVA (Wire) \u2014 The foreign ministers of Canada and Japan agreed on Thursday to "
        "send $2.5 billion in aid, officials said.\n\n"
        "\u201cThis is only the start,\u201d Canadian Foreign Minister Anne Leclerc told "
        "reporters, adding that talks would resume next month.\n\n"
        "Japan\u2019s minister said the package was \u201clong overdue\u201d and warned that "
        "about 40 percent of it might arrive late.\n"
    )
    assert_sound(extract(text, published="2024-05-16"), validator)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.booleans())
def test_records_of_random_texts_validate(validator, pipeline, words, dated):
    from communique.pipeline import RawArticle

    text = " ".join(words)
    raw = RawArticle(text=text, input="<random>")
    if dated:
        raw.published, raw.published_from = "2023-06-01", "cli"
    assert_sound(pipeline.extract(raw), validator)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=120))
def test_records_of_arbitrary_unicode_validate(validator, pipeline, text):
    from communique.pipeline import RawArticle

    assert_sound(pipeline.extract(RawArticle(text=text, input="<unicode>")), validator)


def test_the_reference_article_validates(seed_record, validator):
    assert_sound(seed_record, validator)
