"""Publication date: --published (cli), else metadata, else a date the text states; unknown
stays null."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.boilerplate import dateline_date
from communique.boilerplate.dates import first_date, stamp
from communique.pipeline import RawArticle, new_record

BODY = "Officials said on Monday that the talks would resume next week in the capital.\n"


def _date(text: str) -> str | None:
    return dateline_date(new_record(RawArticle(text=text, input="t")))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("BEIJING, Feb 21, 2023 (Reuters) - " + BODY, "2023-02-21"),
        ("GENEVA, 3 March 2024 (Wire) — " + BODY, "2024-03-03"),
        ("Published: 21 February 2023\n\n" + BODY, "2023-02-21"),
        ("Updated March 3, 2024\n\n" + BODY, "2024-03-03"),
        ("Posted: Tuesday, Dec. 19, 2023\n\n" + BODY, "2023-12-19"),
        ("Updated 10:05 AM EST, Tue March 5, 2024\n\n" + BODY, "2024-03-05"),
        ("Updated March 3, 2024\n\nPublished: 1 March 2024\n\n" + BODY, "2024-03-01"),
        ("BEIJING, Feb 21 (Reuters) - " + BODY, None),  # no year: no guess
        ("MOSCOW (AP) — " + BODY, None),
        ("Published: 30 February 2023\n\n" + BODY, None),  # no such day
        (BODY + "\nThe report was published on March 3, 2024, the ministry said.\n", None),
    ],
)
def test_dateline_date(head, expected):
    assert _date("Headline\n\n" + head) == expected


def test_stamp_and_first_date():
    assert stamp("Last updated: 2024-05-02 14:00 GMT") == ("updated", "2024-05-02")
    assert stamp("The minister published a plan") is None
    assert first_date("on Sept. 4th, 2022 in Kyiv") == "2022-09-04"
    assert first_date("on Sept. 4 in Kyiv") is None


def test_pipeline_sets_published_from(pipeline):
    text = "Headline\n\nGENEVA, March 3, 2024 (Wire) — " + BODY
    rec, ctx, seen = pipeline.prepare(RawArticle(text=text, input="t"))
    assert (rec.article.published, rec.article.published_from) == ("2024-03-03", "text")
    assert ctx.published is not None and ctx.published.isoformat() == "2024-03-03"
    assert "GENEVA" not in seen and len(seen) == len(text)  # the parser never sees the dateline

    meta = RawArticle(text=text, input="t", published="2024-03-01", published_from="metadata")
    rec, _, _ = pipeline.prepare(meta)
    assert (rec.article.published, rec.article.published_from) == ("2024-03-01", "metadata")

    rec, _, _ = pipeline.prepare(RawArticle(text="Headline\n\nMOSCOW (AP) — " + BODY, input="t"))
    assert (rec.article.published, rec.article.published_from) == (None, "unknown")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(
        ["%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y", "%Y-%m-%d", "%A, %B %d, %Y"]
    ),
)
def test_written_dates_parse_back(day, fmt):
    written = day.strftime(fmt)
    assert first_date(f"on {written} in the capital") == day.isoformat()
    assert stamp(f"Published: {written}") == ("published", day.isoformat())


def test_dateline_place_is_a_span_of_the_text():
    from communique.boilerplate import dateline_place, predict

    text = "Headline\n\nKYIV, Ukraine (AP) — " + BODY
    rec = new_record(RawArticle(text=text, input="t"))
    rec.boilerplate = predict(text)
    place = dateline_place(rec)
    assert place is not None and place.text == "KYIV" and text[place.start : place.end] == "KYIV"
    rec.boilerplate = predict("Headline\n\n" + BODY)
    assert dateline_place(rec) is None
