"""TimeML's modifiers stay inside the time expression ("more than 20 years", "nearly a year
ago", "this past spring"), and "a year later" after a year named alone counts from that year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.pipeline import Context
from communique.record import Article, ArticleRecord
from communique.settings import load_settings
from communique.time import run
from communique.time.modifiers import widen

PUB = dt.date(2023, 12, 22)


def found(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    rec = ArticleRecord(article=Article(id="t"), text=text)
    run(nlp(text), rec, Context(load_settings(), PUB))
    return {t.text: (t.value, t.type) for t in rec.times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He served more than 20 years in prison.", "more than 20 years", "P20Y"),
        ("It could pass in less than six months.", "less than six months", "P6M"),
        ("The feud lasted almost a decade.", "almost a decade", "P10Y"),
        ("The officers were accused more than 17 years ago.", "more than 17 years ago", "2006"),
        ("The board met nearly a year ago.", "nearly a year ago", "2022-12"),
        ("This past spring, the chief disagreed.", "This past spring", "2023-SP"),
    ],
)
def test_a_modifier_is_part_of_the_expression(nlp, text, span, value):
    assert found(nlp, text)[span][0] == value


def test_a_preposition_of_time_is_not_a_modifier(nlp):
    assert "two days" in found(nlp, "The crowd grew over two days.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The plant closed in 2019. A year later, the site was sold.", "A year later", "2020"),
        ("The mill opened in 1991. A decade later it was empty.", "A decade later", "2001"),
        ("The mill opened in 1991. Two years earlier it had flooded.", "Two years earlier", "1989"),
        (
            "The talks began on March 3, 2021. Two days later they ended.",
            "Two days later",
            "2021-03-05",
        ),
        ("Three years from now the law lapses.", "Three years from now", "2026"),
    ],
)
def test_later_counts_from_the_date_named_before(nlp, text, span, value):
    assert found(nlp, text)[span][0] == value


@given(st.text(max_size=40), st.sampled_from(["DURATION", "DATE", "SET"]))
def test_widen_only_moves_the_start_back_over_text_before_it(prefix, kind):
    text = prefix + "20 years ago"
    start = widen(text, len(prefix), len(text), kind)
    assert 0 <= start <= len(prefix)
    assert text[start:].endswith("20 years ago")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("His conviction was vacated in 2016. He sued the next year.", "the next year", "2017"),
        ("The mill closed in 1998. The following year it burned.", "The following year", "1999"),
        ("The law passed in 2010. The previous year, a bill failed.", "The previous year", "2009"),
        ("The war began in 2003. That same year, prices rose.", "same year", "2003"),
        ("Next year, the law takes effect.", "Next year", "2024"),
    ],
)
def test_the_next_year_counts_from_the_storys_year(nlp, text, span, value):
    assert found(nlp, text)[span][0] == value


def test_over_the_next_year_is_still_a_span_ahead(nlp):
    times = found(nlp, "The plan began in 2019. Over the next year, it grew.")
    assert times["the next year"][1] == "DURATION"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The region is on track to see the plan approved by June.", "June", "2024-06"),
        ("They want the bill passed by March.", "March", "2024-03"),
        ("The law approved in June took effect.", "June", "2023-06"),
    ],
)
def test_a_bare_participle_completing_a_verb_takes_that_verbs_time(nlp, text, span, value):
    assert found(nlp, text)[span][0] == value
