"""Property tests of the finder and normaliser on explicit dates and durations (no parse)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from communique.time import normalise
from communique.time.durations import span_duration
from communique.time.timex import find

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
FORMATS = [
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
]
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@given(DATES, st.sampled_from(range(len(FORMATS))), st.sampled_from(["on ", "dated ", "by "]))
def test_explicit_dates_round_trip(day, fmt, lead):
    written = FORMATS[fmt](day)
    text = f"The accord was signed {lead}{written} in the capital."
    found = [f for f in find(text) if text[f.start : f.end] == written]
    assert found, [text[f.start : f.end] for f in find(text)]
    value = normalise.explicit(found[0], normalise.Context(None))
    assert value == (day.isoformat(), "DATE")


@given(DATES, st.sampled_from(range(len(FORMATS))))
def test_spans_lie_inside_the_text(day, fmt):
    text = f"Officials met on {FORMATS[fmt](day)}, and again last week, for three days."
    for f in find(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip() == text[f.start : f.end]


@given(
    st.integers(min_value=2, max_value=999),
    st.sampled_from([("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")]),
)
def test_counted_durations(n, unit):
    word, code = unit
    text = f"The talks lasted {n} {word}s in all."
    found = [f for f in find(text) if f.kind == "duration"]
    assert [text[f.start : f.end] for f in found] == [f"{n} {word}s"]
    assert span_duration(found[0]) == (f"P{n}{code}", "DURATION")
