"""Explicit calendar dates read with the time stage's grammar (time/explicit.py, public through
time/lookup.py): what the boilerplate and checks stages read dates with."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from communique.time.lookup import CalendarDate, calendar_dates, date_pattern
from communique.time.timex import find

FORMATS = [
    "%B %d, %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%Y-%m-%d",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
    "%B %d",
    "%d %B",
    "%A, %B %d",
]
DAYS = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31))


@given(DAYS, st.sampled_from(FORMATS), st.booleans())
def test_written_dates_read_back(day, fmt, upper):
    written = day.strftime(fmt)
    written = written.upper() if upper else written
    text = f"The talks ended on {written} in the capital."
    found = calendar_dates(text)
    assert len(found) == 1
    d = found[0]
    assert text[d.start : d.end] == written
    assert (d.month, d.day) == (day.month, day.day)
    assert d.year == (day.year if "%Y" in fmt else None)
    weekday = day.strftime("%A").upper() if upper else day.strftime("%A")
    assert d.weekday == (weekday if "%A" in fmt else None)
    assert day in d.days(day)
    # the pattern for other grammars matches the same text, and the time stage finds it too
    assert re.fullmatch(date_pattern(), written)
    assert any(f.start == d.start and f.end == d.end for f in find(text))


@given(DAYS)
def test_the_days_a_date_can_be(day):
    without_year = CalendarDate(0, 1, 0, "md", None, day.month, day.day)
    around = without_year.days(day)
    assert day in around and len(around) <= 3
    assert without_year.days() == []  # no year and nothing to place it by: no day
    assert CalendarDate(0, 1, 0, "mdy", day.year, day.month, day.day).days() == [day]


def test_no_such_day_is_no_day():
    (d,) = calendar_dates("on 30 February 2023")
    assert d.days() == []


def test_short_weekdays_only_where_asked():
    text = "Updated Tue March 5, 2024"
    (plain,) = calendar_dates(text)
    (short,) = calendar_dates(text, short_weekdays=True)
    assert plain.weekday is None and text[plain.start : plain.end] == "March 5, 2024"
    assert short.weekday == "Tue" and short.weekday_index == 1
    assert text[short.start : short.end] == "Tue March 5, 2024"
    assert short.date_start == plain.start
    (dotted,) = calendar_dates("Tues., Dec. 19, 2023", short_weekdays=True)
    assert (dotted.weekday, dotted.year, dotted.month, dotted.day) == ("Tues.", 2023, 12, 19)
    assert re.fullmatch(date_pattern(short_weekdays=True), "Tues., Dec. 19, 2023")
    assert not re.fullmatch(date_pattern(), "Tues., Dec. 19, 2023")


def test_what_is_no_date():
    assert calendar_dates("he may 3 times refuse") == []  # month names are capitalised
    assert calendar_dates("released in April.\n\n7 p.m. on stage") == []  # not across lines
    assert calendar_dates("up 9.5 percent in March 9.5") == []


def test_the_date_proper_starts_after_weekday_and_article():
    text = "on Monday, the 7th of March 2023"
    (d,) = calendar_dates(text)
    assert text[d.start : d.end] == "Monday, the 7th of March 2023"
    assert text[d.date_start : d.end] == "7th of March 2023"
    assert (d.kind, d.weekday, d.weekday_index) == ("dmy", "Monday", 0)
