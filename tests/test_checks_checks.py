"""The consistency checks on passages written for these tests: each check raised, and for each a
near miss that must not be raised.

The actors (with the knowledge-base roles the actors stage would copy onto them) are written
into the record by hand, so the checks run alone on a real spaCy parse; the people are fictional.
"""

from __future__ import annotations

from communique import checks
from communique.pipeline import Context, RawArticle, new_record, parse_date
from communique.record import Actor, Role, Span, Time, make_span
from communique.settings import load_settings


def _mentions(text: str, *phrases: str) -> list[Span]:
    out = []
    for p in phrases:
        start = text.find(p)
        while start >= 0:
            out.append(make_span(text, start, start + len(p)))
            start = text.find(p, start + len(p))
    return out


def _checks(nlp, text: str, published: str | None, actors: list[Actor] = (), times=()):
    """Checks of ``text``; times are (text, TIMEX3 value) as the time stage resolves them."""
    record = new_record(RawArticle(text=text, input="<test>", published=published))
    record.actors = list(actors)
    for phrase, value in times:
        s = text.index(phrase)
        record.times.append(make_span(text, s, s + len(phrase), Time, value=value))
    checks.run(nlp(text), record, Context(load_settings(), parse_date(published)))
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


def test_title_inside_the_mention_is_still_checked(nlp):
    text = "Peru's Foreign Minister Ana Ruiz arrived in Lima on Tuesday. Ruiz met the president."
    ruiz = Actor(
        id="a1",
        name="Ana Ruiz",
        kind="person",
        kb_id="Q1",
        roles=RUIZ_ROLES,
        mentions=_mentions(text, "Foreign Minister Ana Ruiz", "Ruiz met"),
    )
    got = _checks(nlp, text, "2023-03-01", [ruiz])
    assert got == [("role_conflict", "Foreign Minister", ["a1"])]


def test_title_at_the_date_of_the_event_told_is_right(nlp):
    text = "In 2018 Foreign Minister Ana Ruiz signed the border treaty with Chile."
    assert _checks(nlp, text, "2023-03-01", [_ruiz(text)]) == []


def test_slip_for_a_person_the_actors_stage_split_in_two(nlp):
    text = (
        "President Kim Doyoon of Korea met students in Osaka on Friday. Mr Doyun told them the "
        "decision was made for the next generation. Mr Doyoon later flew home."
    )
    full = Actor(
        id="a1",
        name="Kim Doyoon",
        kind="person",
        mentions=_mentions(text, "President Kim Doyoon", "Kim Doyoon"),
    )
    short = Actor(id="a2", name="Mr Doyoon", kind="person", mentions=_mentions(text, "Mr Doyoon"))
    got = _checks(nlp, text, "2023-03-17", [full, short])
    assert got == [("unintroduced_name", "Doyun", ["a1"])]


def test_a_given_name_or_a_derived_form_is_no_slip(nlp):
    text = (
        "Senator Bill Johns of Ohio introduced the farm bill on Monday. Johns said it would help "
        "growers. Bull, his dog, slept through the vote. Johnsons across the state cheered."
    )
    assert _checks(nlp, text, "2024-05-02", [_johns(text)]) == []


def test_counts_of_plays_are_not_compared(nlp):
    text = (
        "Smith ran the ball for 12 yards on the first drive. Later Smith ran the ball for 4 yards."
    )
    assert _checks(nlp, text, "2023-03-04") == []


def test_a_person_in_office_is_no_slip(nlp):
    # Lavrov is Russia's foreign minister in the knowledge base: a real person, named once.
    text = (
        "Senator Ann Lavrin of Ohio introduced the farm bill on Monday. Lavrin said it would "
        "help growers. The bill was compared with a plan Lavrov floated in Moscow."
    )
    lavrin = Actor(
        id="a1",
        name="Ann Lavrin",
        kind="person",
        mentions=_mentions(text, "Senator Ann Lavrin", "Lavrin said"),
    )
    assert _checks(nlp, text, "2023-05-02", [lavrin]) == []


def test_another_spelling_the_knowledge_base_knows(nlp):
    text = (
        "General Abdourahamane Tiani, who seized power in July, addressed the nation on "
        "Sunday. Diplomats said Tchiani would not give way before the summit."
    )
    tiani = Actor(
        id="a1",
        name="Abdourahamane Tiani",
        kind="person",
        kb_id="p:tiani",
        mentions=_mentions(text, "General Abdourahamane Tiani"),
    )
    got = _checks(nlp, text, "2023-08-11", [tiani])
    assert got == [("unintroduced_name", "Tchiani", ["a1"])]


def test_event_dated_before_the_date_it_is_said_to_follow(nlp):
    text = (
        "The envoy arrived in Moscow on Tuesday, after the summit on Feb. 25, and met the premier."
    )
    times = [("Tuesday", "2023-02-21"), ("Feb. 25", "2022-02-25")]
    got = _checks(nlp, text, "2023-02-22", times=times)
    assert got == [("date_conflict", "Tuesday", [])]


def test_event_dated_before_the_date_it_precedes(nlp):
    text = (
        "The envoy arrived in Moscow on Tuesday, before the summit on Feb. 25, and met the premier."
    )
    times = [("Tuesday", "2023-02-21"), ("Feb. 25", "2022-02-25")]
    assert _checks(nlp, text, "2023-02-22", times=times) == []
