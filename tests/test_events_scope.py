"""Cooperation between people and firms the record cannot place is private life, not a political
event (events/scope.py, docs/events.md "private life"); the same act between placed actors, and
conflict between anyone, is coded. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(rec) -> set[str]:
    return {e.plover for e in rec.events}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The couple met the singer backstage after the show last Friday.", "CONSULT"),
        ("Dana Whitfield worked with Marcus Bell on the band's third album.", "COOPERATE"),
        ("Their coach helped Tomas Reyes find his rhythm again this season.", "AID"),
    ],
)
def test_cooperation_between_unplaced_people_is_no_event(extract, text, plover) -> None:
    assert plover not in _types(extract(text, "2024-05-10"))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.", "CONSULT"),
        ("Japan sent emergency aid to the Philippines after the typhoon.", "AID"),
    ],
)
def test_cooperation_with_a_placed_side_is_coded(extract, text, plover) -> None:
    assert plover in _types(extract(text, "2024-05-10"))


def test_conflict_between_unplaced_people_is_still_coded(extract) -> None:
    rec = extract("Tomas Reyes stabbed Marcus Bell during an argument over a fence.", "2024-05-10")
    assert "ASSAULT" in _types(rec)
