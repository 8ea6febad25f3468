"""`role_conflict` from the article alone: one singular office given to two people of the same
country on the article's date, and the near misses (two countries' ministers, deputies, a
hand-over, one person named twice)."""

from __future__ import annotations

from communique.checks.offices import office

_DAY = "2023-06-12"


def _roles(extract, text: str) -> list[str]:
    return [c.text for c in extract(text, _DAY).checks if c.kind == "role_conflict"]


def test_two_people_with_one_office_flag_the_first(extract):
    text = (
        "Brazilian police arrested 40 people after the protest in São Paulo on Sunday. "
        "Government critics blamed Interior Minister Carlos Mendes Ribeiro, who had planned "
        "the security operation, for the chaos.\n\n"
        "Paula Azevedo Costa, Brazil's interior minister, told reporters in São Paulo that the "
        "organisers would be prosecuted."
    )
    assert _roles(extract, text) == ["Interior Minister"]


def test_ministers_of_two_countries_are_not_compared(extract):
    text = (
        "French Foreign Minister Claire Dubois met German Foreign Minister Jonas Weber in "
        "Berlin on Monday. Dubois said the talks on trade had gone well, and Weber agreed."
    )
    assert _roles(extract, text) == []


def test_a_hand_over_is_not_a_conflict(extract):
    text = (
        "Finance Minister Tomasz Kowalski replaced Finance Minister Anna Nowak, who resigned "
        "in Warsaw last week after the Polish budget vote."
    )
    assert _roles(extract, text) == []


def test_only_offices_with_one_holder_are_compared():
    assert office("justice minister") == "justice minister"
    assert office("president") == "president"
    assert office("deputy foreign minister") is None
    assert office("chief minister") is None
    assert office("party president") is None
    assert office("senator") is None


def test_heads_of_other_bodies_and_headlines_are_not_compared(extract):
    text = (
        "President Morales Was Right About The Budget\n\n"
        "Harvard President Ellen Marsh spoke at the ceremony in Boston on Monday. President "
        "Daniel Morales, the American leader, praised the university."
    )
    assert _roles(extract, text) == []
