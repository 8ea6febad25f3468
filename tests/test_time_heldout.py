"""General rules added after a held-out evaluation: month + relative year as one expression,
weekdays inside future-oriented complements of past verbs, money in currency names, counts with
adjectives and counts of people (time stage). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.pipeline import Context
from communique.record import Article, ArticleRecord
from communique.settings import load_settings
from communique.time import run


def record(nlp, text: str, published: dt.date) -> ArticleRecord:
    rec = ArticleRecord(article=Article(id="t"), text=text)
    run(nlp(text), rec, Context(load_settings(), published))
    assert rec.check_spans() == []
    return rec


def times(nlp, text: str, published: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in record(nlp, text, published).times}


MAY_2024 = dt.date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The bridge was closed in April last year after floods.", "April last year", "2023-04"),
        ("A new census is due in March next year.", "March next year", "2025-03"),
        ("Exports fell sharply in June this year.", "June this year", "2024-06"),
        ("The two leaders first met last year in May.", "last year in May", "2023-05"),
    ],
)
def test_month_with_relative_year_is_one_expression(nlp, text, expr, value):
    found = times(nlp, text, MAY_2024)
    assert found == {expr: value}


# 2024-01-03 is a Wednesday: "Thursday" ahead is 2024-01-04, behind 2023-12-28.
WEDNESDAY = dt.date(2024, 1, 3)


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("Opposition leaders called for fresh protests on Thursday.", "Thursday", "2024-01-04"),
        ("The teachers' union announced a rally for Saturday.", "Saturday", "2024-01-06"),
        ("Farmers planned a march on Sunday in the capital.", "Sunday", "2024-01-07"),
        ("The governor declared Friday a day of mourning.", "Friday", "2024-01-05"),
        ("The assembly set Friday as the deadline for bids.", "Friday", "2024-01-05"),
        ("Police warned of more strikes on Monday.", "Monday", "2024-01-08"),
    ],
)
def test_weekday_inside_a_future_complement_lies_ahead(nlp, text, day, value):
    assert times(nlp, text, WEDNESDAY)[day] == value


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("Protesters clashed with riot police on Tuesday.", "Tuesday", "2024-01-02"),
        ("The minister announced on Monday a general strike.", "Monday", "2024-01-01"),
        ("The president called for calm on Friday.", "Friday", "2023-12-29"),
        ("She declared Tuesday that the siege was over.", "Tuesday", "2024-01-02"),
    ],
)
def test_weekday_of_the_past_act_itself_stays_behind(nlp, text, day, value):
    assert times(nlp, text, WEDNESDAY)[day] == value
