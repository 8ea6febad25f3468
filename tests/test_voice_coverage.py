"""The voice lexicon's coverage pass of 2026-12-07 on sentences written for these tests: news
colour, hyphenated compounds by their judging half, guesses and inference tails in the
reporter's voice flagged; the same words in their plain senses left alone."""

from __future__ import annotations

import pytest


def _voice(extract, text):
    return [(v.kind, v.text) for v in extract(text, "2024-03-01").voice if v.voice == "author"]


@pytest.mark.parametrize(
    ("text", "kind", "flag"),
    [
        ("The crime-ridden district elected a new council.", "loaded", "crime-ridden district"),
        ("The power-hungry mayor fired his deputy.", "loaded", "power-hungry mayor"),
        ("The embattled minister met donors on Monday.", "loaded", "embattled minister"),
        ("The company announced a bogus recovery plan.", "loaded", "bogus recovery plan"),
        ("Critics called it a power grab, and it was a power grab.", "loaded", "power grab"),
        ("The band gave an extremely long concert.", "loaded", "extremely long"),
        ("The reform will surely anger rural voters.", "speculation", "surely"),
        ("It remains to be seen whether the truce holds.", "speculation", "remains to be seen"),
        ("Prices rose again, underscoring the pressure on the bank.", "inference", "underscoring"),
    ],
)
def test_the_reporters_colour_and_guesses_are_flagged(extract, text, kind, flag):
    assert any(k == kind and flag in t for k, t in _voice(extract, text)), _voice(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers reached the quake-hit town on Tuesday.",
        "Police found an explosive device near the station.",
        "Seismic activity rose near the volcano.",
        "The teenager appeared in juvenile court on Friday.",
        "The family sued over the use of excessive force.",
        "Firefighters cut through twisted metal to reach the driver.",
        "The army underscored its readiness with drills.",
    ],
)
def test_plain_senses_are_not_flagged(extract, text):
    assert _voice(extract, text) == []
