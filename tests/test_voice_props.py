"""Property tests for the arithmetic under the voice stage and the checks: the name distance,
name resemblance, knowledge-base date parsing, and the spans of voice items."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.checks.kb import parse_day
from communique.checks.names import edit_distance, resembles

names = st.text(alphabet="abcdeghijklmnorstuwy", min_size=0, max_size=9)


@given(names, names)
def test_edit_distance_is_a_symmetric_distance(a, b):
    d = edit_distance(a, b)
    assert d == edit_distance(b, a)
    assert (d == 0) == (a == b)
    assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))


@given(names, names, names)
def test_edit_distance_triangle(a, b, c):
    # The optimal-string-alignment distance is no metric in general; it stays within one
    # transposition of the triangle inequality.
    assert edit_distance(a, c) <= edit_distance(a, b) + edit_distance(b, c) + 1


@given(names, st.integers(0, 8), st.sampled_from("abcdeghijklmnorstuwy"))
def test_one_changed_letter_resembles(a, k, letter):
    if len(a) < 4:
        return
    k %= len(a)
    b = a[:k] + letter + a[k + 1 :]
    assert resembles(a.title(), b.title()) == (a != b)
    assert resembles(a, b) == resembles(b, a)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_parse_day_of_iso_and_partial_dates(d):
    assert parse_day(d.isoformat()) == d
    assert parse_day(d.isoformat()[:7]) == d.replace(day=1)
    last = parse_day(d.isoformat()[:7], end=True)
    assert last is not None and last.month == d.month and (last + dt.timedelta(days=1)).day == 1
    assert parse_day(str(d.year), end=True) == dt.date(d.year, 12, 31)


WORDS = [
    "the",
    "regime",
    "brutal",
    "probably",
    "government",
    "said",
    "“",
    "”",
    ",",
    "apparently",
    "was",
    "meaning",
    "collective",
    "West",
    "reportedly",
    "leader",
    "oppressive",
    ".",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_voice_spans_reproduce_the_text(nlp, words):
    from communique import voice
    from communique.pipeline import Context, RawArticle, new_record
    from communique.settings import load_settings

    text = " ".join(words)
    record = new_record(RawArticle(text=text, input="<prop>"))
    voice.run(nlp(text), record, Context(load_settings(), None))
    assert record.check_spans() == []
    assert all(v.voice in ("author", "source") for v in record.voice)
