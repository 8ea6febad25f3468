"""TIMEX3 values for each kind of time expression, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.pipeline import Context
from communique.record import Article, ArticleRecord
from communique.settings import load_settings
from communique.time import run
from communique.time.lookup import date_in, times_in

PUB = dt.date(2023, 2, 22)  # a Wednesday


def record(nlp, text: str, published: dt.date | None = PUB) -> ArticleRecord:
    rec = ArticleRecord(article=Article(id="t"), text=text)
    run(nlp(text), rec, Context(load_settings(), published))
    return rec


def found(nlp, text: str, published: dt.date | None = PUB) -> dict[str, tuple[str | None, str]]:
    return {t.text: (t.value, t.type) for t in record(nlp, text, published).times}


CASES = [
    # explicit dates in the common formats (US order for slashes)
    ("The accord was signed on Feb. 21, 2023.", "Feb. 21, 2023", "2023-02-21", "DATE"),
    ("The accord was signed on 21 February 2023.", "21 February 2023", "2023-02-21", "DATE"),
    ("The filing is dated 2023-02-21.", "2023-02-21", "2023-02-21", "DATE"),
    ("The filing is dated 02/21/2023.", "02/21/2023", "2023-02-21", "DATE"),
    ("The filing is dated 21/02/2023.", "21/02/2023", "2023-02-21", "DATE"),
    (
        "Troops left on Monday, February 20, 2023.",
        "Monday, February 20, 2023",
        "2023-02-20",
        "DATE",
    ),
    ("The vote took place on February 19.", "February 19", "2023-02-19", "DATE"),
    ("The vote is set for March 5.", "March 5", "2023-03-05", "DATE"),
    ("The plant opened in November 2008.", "November 2008", "2008-11", "DATE"),
    # years, decades, centuries
    ("The treaty expires in 2024.", "2024", "2024", "DATE"),
    ("Relations were calm in the 1990s.", "the 1990s", "199", "DATE"),
    ("The 21st century began badly.", "The 21st century", "20", "DATE"),
    # relative to the publication date
    ("Prices fell last month.", "last month", "2023-01", "DATE"),
    ("Officials met earlier this week.", "earlier this week", "2023-W08", "DATE"),
    ("Elections are due next year.", "next year", "2024", "DATE"),
    ("The invasion began a year ago.", "a year ago", "2022-02", "DATE"),
    ("The plant closed two months ago.", "two months ago", "2022-12", "DATE"),
    ("The accord was signed three days ago.", "three days ago", "2023-02-19", "DATE"),
    ("The ministers met in March.", "March", "2022-03", "DATE"),
    ("The ministers will meet in March.", "March", "2023-03", "DATE"),
    ("The offensive is expected this summer.", "this summer", "2023-SU", "DATE"),
    ("The offensive stalled last summer.", "last summer", "2022-SU", "DATE"),
    ("Officials spoke this morning.", "this morning", "2023-02-22TMO", "TIME"),
    ("The president speaks tonight.", "tonight", "2023-02-22TNI", "TIME"),
    ("Results came in today.", "today", "2023-02-22", "DATE"),
    ("Results came in yesterday.", "yesterday", "2023-02-21", "DATE"),
    ("The market is now closed.", "now", "PRESENT_REF", "DATE"),
    ("Profit rose in the fourth quarter.", "the fourth quarter", "2022-Q4", "DATE"),
    ("Profit rose in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1", "DATE"),
    ("Christmas sales were weak.", "Christmas", "2022-12-25", "DATE"),
    ("Net income rose in fiscal 1990.", "fiscal 1990", "FY1990", "DATE"),
    ("The plant closed on Sept. 30.", "Sept. 30", "2022-09-30", "DATE"),
    (
        "The plant closed on Sept. 30 and reopened three days later.",
        "three days later",
        "2022-10-03",
        "DATE",
    ),
    ("Talks resume two weeks from now.", "two weeks from now", "2023-03-08", "DATE"),
    ("Officials met earlier in the week.", "earlier in the week", "2023-W08", "DATE"),
    ("The talks ended hours ago.", "hours ago", "2023-02-22", "DATE"),
    (
        "The plant closed on February 3 and reopened the next day.",
        "the next day",
        "2023-02-04",
        "DATE",
    ),
    # durations
    ("Talks lasted half an hour.", "half an hour", "PT0.5H", "DURATION"),
    ("It will take a couple of months.", "a couple of months", "P2M", "DURATION"),
    ("Rescuers worked for hours.", "hours", "PTXH", "DURATION"),
    ("He spent a week touring Europe.", "a week", "P1W", "DURATION"),
    ("The talks lasted three days.", "three days", "P3D", "DURATION"),
    ("He served two years in prison.", "two years", "P2Y", "DURATION"),
    ("The siege lasted six hours.", "six hours", "PT6H", "DURATION"),
    ("It has been a decade of war.", "a decade", "P10Y", "DURATION"),
    (
        "Shares fell over the past five trading days.",
        "the past five trading days",
        "P5D",
        "DURATION",
    ),
    ("They have fought for years.", "years", "PXY", "DURATION"),
    (
        "Trade could double over the coming year.",
        "the coming year",
        "2023-02-22/2024-02-22",
        "DURATION",
    ),
    # sets
    ("Inspectors visit every week.", "every week", "P1W", "SET"),
    ("The report is published annually.", "annually", "P1Y", "SET"),
    ("The council meets every Monday.", "every Monday", "XXXX-WXX-1", "SET"),
    # clock times
    ("The strike began at 3 p.m. on Tuesday.", "3 p.m.", "2023-02-21T15:00", "TIME"),
    ("The strike began at 3 p.m.", "3 p.m.", "2023-02-22T15:00", "TIME"),
    ("The market opened at 16:00 UTC.", "16:00 UTC", "2023-02-22T16:00Z", "TIME"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "kind"), CASES)
def test_value_and_type(nlp, sentence, text, value, kind):
    got = found(nlp, sentence)
    assert text in got, f"{text!r} not found in {got}"
    assert got[text] == (value, kind)


def test_vague_offsets_are_kept_with_no_value(nlp):
    got = found(nlp, "The envoy arrived just days after the vote and hours after the speech.")
    assert got["just days"] == (None, "DATE")
    assert got["hours"] == (None, "DATE")


def test_not_times(nlp):
    text = (
        "Theresa May said 2,000 people and 1999 cars were counted; the leader is 45 years old. "
        "In their 30s, they may march. Prices fall."
    )
    got = found(nlp, text)
    assert not ({"May", "2,000", "1999", "45 years", "30s", "march", "fall"} & set(got)), got


def test_boilerplate_is_not_read(nlp):
    # The pipeline blanks boilerplate with spaces before the parse: blank text holds no times.
    text = "Officials met on Tuesday." + " " * 30 + "\nPrices rose last month."
    got = found(nlp, text)
    assert set(got) == {"Tuesday", "last month"}


def test_spans_reproduce_the_text(nlp):
    text = "Talks began on Monday, February 20, 2023, and will end next Friday at 3 p.m."
    rec = record(nlp, text)
    assert rec.check_spans() == []
    assert [t.text for t in rec.times][:1] == ["Monday, February 20, 2023"]


def test_clock_time_takes_the_day_of_its_sentence(nlp):
    got = found(nlp, "The vote was held on Monday, and the polls closed at 8 p.m.")
    assert got["8 p.m."] == ("2023-02-20T20:00", "TIME")


def test_lookup_for_events(nlp):
    text = "Officials met on Tuesday. They will meet again on Friday."
    rec = record(nlp, text)
    first = times_in(rec, 0, text.index("They"))
    assert [t.value for t in first] == ["2023-02-21"]
    assert date_in(rec, text.index("They"), len(text)).value == "2023-02-24"
    assert date_in(rec, 0, 5) is None


def test_past_weekend_and_coming_weekend(nlp):
    friday = dt.date(2024, 4, 5)
    assert found(nlp, "Both armies pulled back over the weekend.", friday)["the weekend"][0] == (
        "2024-W13-WE"
    )
    assert found(nlp, "The envoys will meet over the weekend.", friday)["the weekend"][0] == (
        "2024-W14-WE"
    )


def test_clock_time_takes_the_story_day_from_an_earlier_sentence(nlp):
    text = (
        "Dock workers returned to work on Saturday. The union accepted a deal backdated to "
        "1 January. The port said the strike was costly. Unloading resumed at 6 a.m."
    )
    assert found(nlp, text, dt.date(2025, 3, 16))["6 a.m."][0] == "2025-03-15T06:00"


def test_anaphoric_days(nlp):
    text = "Lawmakers voted on Wednesday night; 60 had backed amendments the day before."
    assert found(nlp, text, dt.date(2024, 1, 18))["the day before"][0] == "2024-01-16"


def test_a_headline_verb_does_not_direct_the_first_line(nlp):
    text = "Protests spread as diplomats expelled\n\nThe government on Monday ordered envoys out."
    assert found(nlp, text, dt.date(2024, 7, 30))["Monday"][0] == "2024-07-29"
