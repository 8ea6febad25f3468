"""`role_conflict` when the knowledge base knows the person: a nationality before the title, an
office the person left for another one, and the KB's wording of the office differing from the
article's. The roles are written onto the actor as the actors stage copies them from the KB."""

from __future__ import annotations

from communique import checks
from communique.pipeline import Context, RawArticle, new_record, parse_date
from communique.record import Actor, Role, make_span
from communique.settings import load_settings

ROLES = [
    Role(title="Minister of Foreign Affairs", start="2020-10-28", end="2022-10-26", source="kb"),
    Role(title="Minister of Culture", start="2022-10-26", source="kb"),
]


def _checks(nlp, text: str, published: str) -> list[tuple[str, str]]:
    record = new_record(RawArticle(text=text, input="<test>", published=published))
    start = text.index("Petra Novak")
    record.actors = [
        Actor(
            id="a1",
            name="Petra Novak",
            kind="person",
            kb_id="Q9",
            roles=ROLES,
            mentions=[make_span(text, start, start + len("Petra Novak"))],
        )
    ]
    checks.run(nlp(text), record, Context(load_settings(), parse_date(published)))
    return [(c.kind, c.text) for c in record.checks if c.kind == "role_conflict"]


def test_nationality_and_title_of_an_office_left_for_another(nlp):
    text = (
        "Serbian Foreign Minister Petra Novak told the assembly on Tuesday that talks had failed."
    )
    assert _checks(nlp, text, "2023-09-26") == [("role_conflict", "Foreign Minister")]


def test_possessive_country_before_the_title(nlp):
    text = (
        "Serbia's Foreign Minister Petra Novak told the assembly on Tuesday that talks had failed."
    )
    assert _checks(nlp, text, "2023-09-26") == [("role_conflict", "Foreign Minister")]


def test_the_office_she_holds_now_is_right(nlp):
    text = "Culture Minister Petra Novak opened the festival in Belgrade on Tuesday."
    assert _checks(nlp, text, "2023-09-26") == []


def test_the_title_on_a_date_inside_the_term_is_right(nlp):
    text = (
        "Serbian Foreign Minister Petra Novak told the assembly on Tuesday that talks had failed."
    )
    assert _checks(nlp, text, "2021-05-04") == []
