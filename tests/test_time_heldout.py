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
