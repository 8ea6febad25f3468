"""The doer of a criticised act told by nationality (events/owners.deed_doer) and one record per
act (events/scope.covered). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(rec) -> set[str]:
    return {e.plover for e in rec.events}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The European Union condemned the Russian invasion of Ukraine.", "RUS"),
        ("The Japanese foreign ministry denounced Chinese military drills near Taiwan.", "CHN"),
        ("Brazil's president condemned the Israeli offensive in Gaza on Monday.", "ISR"),
        ("Germany criticised the Chinese government's crackdown on protesters.", "CHN"),
    ],
)
def test_a_stance_on_an_act_told_by_its_doer_s_nationality_is_aimed_at_that_country(
    extract, side, text, target
) -> None:
    rec = extract(text, "2024-05-10")
    assert side(rec, "ACCUSE", "target") == [target]


def test_an_event_with_a_side_unknown_is_dropped_where_the_sentence_codes_it_with_both(
    extract,
) -> None:
    rec = extract(
        "Rebels attacked an army base in Goma and killed three Congolese soldiers.", "2024-05-10"
    )
    found = [e for e in rec.events if e.plover == "ASSAULT"]
    assert found and all(e.source and e.target for e in found), [
        (e.source, e.target) for e in found
    ]
