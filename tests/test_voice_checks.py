"""The consistency checks on passages written for these tests: each check raised, and for each a
near miss that must not be raised.

The actors (with the knowledge-base roles the actors stage would copy onto them) are written
into the record by hand, so the checks run alone on a real spaCy parse; the people are fictional.
"""

from __future__ import annotations

from communique import voice
from communique.pipeline import Context, RawArticle, new_record, parse_date
from communique.record import Actor, Role, Span, make_span
from communique.settings import load_settings


def _mentions(text: str, *phrases: str) -> list[Span]:
    out = []
    for p in phrases:
        start = text.find(p)
        while start >= 0:
            out.append(make_span(text, start, start + len(p)))
            start = text.find(p, start + len(p))
    return out


def _checks(nlp, text: str, published: str | None, actors: list[Actor] = ()):
    record = new_record(RawArticle(text=text, input="<test>", published=published))
    record.actors = list(actors)
    voice.run_checks(nlp(text), record, Context(load_settings(), parse_date(published)))
    assert record.check_spans() == []
    return [(c.kind, c.text, c.related) for c in record.checks]


# --- unintroduced_name -------------------------------------------------------------------

JOHNS = (
    "Senator Bill Johns of Ohio introduced the farm bill on Monday. Johns said the measure "
    "would cut costs for small growers. "
)


def _johns(text: str) -> Actor:
    return Actor(
        id="a1",
        name="Bill Johns",
        kind="person",
        mentions=_mentions(text, "Senator Bill Johns", "Johns said"),
    )


def test_unintroduced_name_resembling_an_actor(nlp):
    text = JOHNS + "Critics of Jones said the bill was rushed through the committee."
    got = _checks(nlp, text, "2024-05-02", [_johns(text)])
    assert got == [("unintroduced_name", "Jones", ["a1"])]


def test_introduced_name_is_not_flagged(nlp):
    text = JOHNS + "Tom Jones, a farmer from Dayton, said the bill was rushed."
    jones = Actor(id="a2", name="Tom Jones", kind="person", mentions=_mentions(text, "Tom Jones"))
    assert _checks(nlp, text, "2024-05-02", [_johns(text), jones]) == []


def test_name_unlike_any_actor_is_not_flagged(nlp):
    text = JOHNS + "Critics of Miller said the bill was rushed through the committee."
    assert _checks(nlp, text, "2024-05-02", [_johns(text)]) == []


# --- role_conflict -----------------------------------------------------------------------

RUIZ_ROLES = [
    Role(title="Minister of Foreign Affairs", start="2015-01-10", end="2021-06-30", source="kb"),
    Role(title="Senator", start="2021-09-01", source="kb"),
]


def _ruiz(text: str) -> Actor:
    return Actor(
        id="a1",
        name="Ana Ruiz",
        kind="person",
        kb_id="Q1",
        roles=RUIZ_ROLES,
        mentions=_mentions(text, "Ana Ruiz"),
    )


def test_title_the_person_no_longer_holds(nlp):
    text = "Foreign Minister Ana Ruiz arrived in Lima on Tuesday for talks on trade."
    got = _checks(nlp, text, "2023-03-01", [_ruiz(text)])
    assert got == [("role_conflict", "Foreign Minister", ["a1"])]


def test_former_title_is_right_after_the_person_left(nlp):
    text = "Ana Ruiz, the former foreign minister, arrived in Lima on Tuesday for talks on trade."
    assert _checks(nlp, text, "2023-03-01", [_ruiz(text)]) == []


def test_title_held_on_the_date_is_right(nlp):
    text = "Foreign Minister Ana Ruiz arrived in Lima on Tuesday for talks on trade."
    assert _checks(nlp, text, "2019-03-01", [_ruiz(text)]) == []


def test_former_title_while_still_in_office(nlp):
    text = "Ana Ruiz, the former foreign minister, arrived in Lima on Tuesday for talks on trade."
    got = _checks(nlp, text, "2019-03-01", [_ruiz(text)])
    assert got == [("role_conflict", "the former foreign minister", ["a1"])]


# --- date_conflict -----------------------------------------------------------------------


def test_weekday_that_does_not_match_the_date(nlp):
    text = "The two governments signed the treaty on Monday, March 7, 2023, in Oslo."
    got = _checks(nlp, text, "2023-03-10")
    assert got == [("date_conflict", "Monday, March 7, 2023", [])]


def test_weekday_that_matches_the_date(nlp):
    text = "The two governments signed the treaty on Tuesday, March 7, 2023, in Oslo."
    assert _checks(nlp, text, "2023-03-10") == []


def test_past_event_dated_after_publication(nlp):
    text = "The foreign ministers met on March 9, 2023 in Geneva to discuss the ceasefire."
    got = _checks(nlp, text, "2023-03-01")
    assert got == [("date_conflict", "March 9, 2023", [])]


def test_future_event_dated_after_publication(nlp):
    text = "The foreign ministers will meet on March 9, 2023 in Geneva to discuss the ceasefire."
    assert _checks(nlp, text, "2023-03-01") == []


def test_past_event_without_a_year_is_last_years(nlp):
    text = "The foreign ministers met on March 9 in Geneva to discuss the ceasefire."
    assert _checks(nlp, text, "2023-03-01") == []


def test_deadline_after_publication_is_no_conflict(nlp):
    text = "The ministry said the troops withdrew by March 9, 2023 under the ceasefire."
    assert _checks(nlp, text, "2023-03-01") == []


# --- number_conflict ---------------------------------------------------------------------


def test_same_count_stated_with_two_values(nlp):
    text = (
        "A car bomb killed 40 people in the capital on Friday. Hospital officials said the "
        "bomb killed 45 people, most of them traders."
    )
    got = _checks(nlp, text, "2023-03-04")
    assert got == [("number_conflict", "45 people", [])]


def test_different_counts_are_not_a_conflict(nlp):
    text = (
        "A car bomb killed 40 people in the capital on Friday. It also wounded 45 people near "
        "the market, and a second bomb killed 3 more people."
    )
    assert _checks(nlp, text, "2023-03-04") == []
