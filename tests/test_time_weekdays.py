"""The weekday rule, month and year boundaries, and no publication date (time stage)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.pipeline import Context
from communique.record import Article, ArticleRecord
from communique.settings import load_settings
from communique.time import dates, run

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# 2024-01-01 is a Monday: one publication date on each weekday of that week.
PUBLISHED = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(7)]


def times(nlp, text: str, published: dt.date | None) -> dict[str, str | None]:
    rec = ArticleRecord(article=Article(id="t"), text=text)
    run(nlp(text), rec, Context(load_settings(), published))
    return {t.text: t.value for t in rec.times}


def expected_past(pub: dt.date, name: str) -> str:
    """The day named, in the week up to and including the publication day."""
    return next(
        (pub - dt.timedelta(days=k)).isoformat()
        for k in range(7)
        if WEEKDAYS[(pub - dt.timedelta(days=k)).weekday()] == name
    )


def expected_future(pub: dt.date, name: str) -> str:
    return next(
        (pub + dt.timedelta(days=k)).isoformat()
        for k in range(7)
        if WEEKDAYS[(pub + dt.timedelta(days=k)).weekday()] == name
    )


@pytest.mark.parametrize("pub", PUBLISHED, ids=[d.strftime("%A") for d in PUBLISHED])
def test_past_weekday_on_each_publication_weekday(nlp, pub):
    for name in ("Tuesday", "Friday", "Sunday"):
        got = times(nlp, f"The envoy arrived in the capital on {name}.", pub)
        assert got[name] == expected_past(pub, name)


@pytest.mark.parametrize("pub", PUBLISHED, ids=[d.strftime("%A") for d in PUBLISHED])
def test_future_weekday_on_each_publication_weekday(nlp, pub):
    for name in ("Monday", "Thursday", "Saturday"):
        got = times(nlp, f"The two ministers will meet in Geneva on {name}.", pub)
        assert got[name] == expected_future(pub, name)


@pytest.mark.parametrize("pub", PUBLISHED, ids=[d.strftime("%A") for d in PUBLISHED])
def test_same_weekday_as_publication_is_that_day(nlp, pub):
    name = WEEKDAYS[pub.weekday()]
    assert times(nlp, f"The spokesman said on {name} that talks had stalled.", pub)[name] == (
        pub.isoformat()
    )
    assert times(nlp, f"The committee will vote on {name}.", pub)[name] == pub.isoformat()


def test_friday_across_a_year_boundary(nlp):
    monday = dt.date(2024, 1, 1)
    assert times(nlp, "Rebels seized the airport on Friday.", monday)["Friday"] == "2023-12-29"
    assert times(nlp, "Rebels will hand back the airport on Friday.", monday)["Friday"] == (
        "2024-01-05"
    )


@pytest.mark.parametrize(
    ("sentence", "name", "value"),
    [
        ("The summit is due to open on Monday.", "Monday", "2023-02-27"),
        ("The president plans to travel on Sunday.", "Sunday", "2023-02-26"),
        ("The council meets on Thursday to discuss the budget.", "Thursday", "2023-02-23"),
        ("The council is meeting on Thursday.", "Thursday", "2023-02-23"),
        ("Opposition leaders had warned on Saturday of unrest.", "Saturday", "2023-02-18"),
        ("Lawmakers might vote on Friday.", "Friday", "2023-02-24"),
        ("The talks collapsed last Tuesday.", "last Tuesday", "2023-02-21"),
        ("The talks resume next Wednesday.", "next Wednesday", "2023-03-01"),
        ("Troops withdrew on Wednesday morning.", "Wednesday morning", "2023-02-22TMO"),
        ("Shelling resumed on Monday night.", "Monday night", "2023-02-20TNI"),
    ],
)
def test_weekday_by_tense_and_context(nlp, sentence, name, value):
    assert times(nlp, sentence, dt.date(2023, 2, 22))[name] == value


@pytest.mark.parametrize(
    ("sentence", "pub", "name", "value"),
    [
        ("Prices rose last month.", dt.date(2024, 1, 15), "last month", "2023-12"),
        ("Elections are due next year.", dt.date(2023, 12, 30), "next year", "2024"),
        ("The law passed last year.", dt.date(2024, 1, 2), "last year", "2023"),
        ("The envoy returns next month.", dt.date(2023, 12, 5), "next month", "2024-01"),
        ("Talks began last week.", dt.date(2024, 1, 3), "last week", "2023-W52"),
        ("The army withdrew in December.", dt.date(2024, 1, 10), "December", "2023-12"),
        ("The army will withdraw in January.", dt.date(2023, 12, 10), "January", "2024-01"),
        ("The ceasefire held yesterday.", dt.date(2024, 3, 1), "yesterday", "2024-02-29"),
        ("Aid arrives tomorrow.", dt.date(2023, 12, 31), "tomorrow", "2024-01-01"),
        ("The treaty was signed a year ago.", dt.date(2024, 1, 10), "a year ago", "2023-01"),
    ],
)
def test_month_and_year_boundaries(nlp, sentence, pub, name, value):
    assert times(nlp, sentence, pub)[name] == value


def test_no_publication_date_keeps_relative_values_null(nlp):
    text = (
        "The minister arrived on Tuesday, a year ago the war began, and last month prices rose. "
        "The accord was signed on 21 February 2023 and ratified on March 3, 2023, in 2024."
    )
    got = times(nlp, text, None)
    assert got["Tuesday"] is None
    assert got["a year ago"] is None
    assert got["last month"] is None
    assert got["21 February 2023"] == "2023-02-21"
    assert got["March 3, 2023"] == "2023-03-03"
    assert got["2024"] == "2024"


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(1, 7),
    st.sampled_from(["past", "future", "present", None]),
)
def test_weekday_arithmetic_stays_within_a_week(pub, weekday, direction):
    day = dates.weekday_date(pub, weekday, direction)
    assert day.isoweekday() == weekday
    if day == pub:
        assert weekday == pub.isoweekday()
    elif direction == "past" or direction is None:
        assert pub - dt.timedelta(days=6) <= day < pub
    else:
        assert pub < day <= pub + dt.timedelta(days=6)


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(1, 7),
)
def test_last_and_next_weekday_move_strictly(pub, weekday):
    last = dates.weekday_date(pub, weekday, None, "last")
    nxt = dates.weekday_date(pub, weekday, None, "next")
    assert pub - dt.timedelta(days=7) <= last < pub
    assert pub < nxt <= pub + dt.timedelta(days=7)
    assert last.isoweekday() == nxt.isoweekday() == weekday


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(1, 12),
)
def test_month_year_by_direction(pub, month):
    past = dates.month_year(pub, month, "past")
    future = dates.month_year(pub, month, "future")
    assert dt.date(past, month, 1) <= dt.date(pub.year, pub.month, 1)
    assert dt.date(future, month, 1) >= dt.date(pub.year, pub.month, 1)
    assert future - past in (0, 1)
