"""Word sense by syntax for the stance markers: "appear" as showing up somewhere (on a show,
at a rally, in court, before a committee) is no speculation, "appear to"/"appears that" is."""

from __future__ import annotations

import pytest


def _spec(rec):
    return [v.text for v in rec.voice if v.kind == "speculation"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on CNN on Sunday to defend the plan.",
        "The candidate appeared at a rally in Ohio with her running mate.",
        "The former mayor appeared in court on Monday.",
        "The minister appeared before the committee for three hours.",
        "Biden appeared alongside the German chancellor at the news conference.",
    ],
)
def test_appearing_somewhere_is_not_speculation(extract, text):
    assert _spec(extract(text, "2024-03-01")) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The plan appears to have failed.", "The plan appears to have failed"),
        ("It appears that the talks have collapsed.", "It appears that"),
        ("The senator appeared to contradict the president.", "The senator appeared to"),
        ("The leak seems to have come from the ministry.", "The leak seems to have come"),
    ],
)
def test_appear_to_and_appears_that_are_speculation(extract, text, start):
    got = _spec(extract(text, "2024-03-01"))
    assert got and got[0].startswith(start), got
