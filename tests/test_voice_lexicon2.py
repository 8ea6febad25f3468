"""Round-two lexicon families on passages written for these tests: force and judgement
adjectives, evaluative place epithets and judgement adverbs in the reporter's voice, and
accusations that count only inside a source's quotation. Each with its near miss."""

from __future__ import annotations

import pytest


def _loaded(rec, voice=None):
    return [v.text for v in rec.voice if v.kind == "loaded" and voice in (None, v.voice)]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Riot police mounted a heavy-handed crackdown on students in the capital.",
            "heavy-handed crackdown",
        ),
        (
            "The relentless shelling of the port city went on through the night.",
            "relentless",
        ),
        ("Soldiers were deployed to the restive east of the country on Monday.", "restive east"),
        ("The ruling party holds a notoriously thin majority in the senate.", "notoriously thin"),
        (
            "The ministry issued an unusually harsh statement against its neighbour.",
            "unusually harsh statement",
        ),
        ("Troops brutally dispersed the march outside the parliament.", "brutally dispersed"),
    ],
)
def test_reporter_judgement_words_are_flagged(extract, text, flag):
    assert any(flag in t for t in _loaded(extract(text, "2024-03-01"), "author"))


@pytest.mark.parametrize(
    "text",
    [
        "Violent clashes broke out in the port city, leaving eight people dead.",
        "Food prices were unusually high in the capital last month.",
        "The minister was brutally honest about the state of the budget.",
        "A deadly attack on a bus station killed nine people on Sunday.",
    ],
)
def test_plain_reporting_of_violence_and_measures_is_not_flagged(extract, text):
    assert _loaded(extract(text, "2024-03-01"), "author") == []


def test_quoted_accusations_are_the_speakers(extract):
    text = (
        "Interior Minister Maria Olsen spoke to reporters in the capital on Tuesday.\n\n"
        '"What we saw today was treasonous," Olsen said. "This is terrorism paid for by a '
        'foreign state, and anyone who tries it again will see heads broken," she added.'
    )
    rec = extract(text, "2024-03-01")
    src = [v for v in rec.voice if v.kind == "loaded" and v.voice == "source"]
    texts = " | ".join(v.text for v in src)
    assert "treasonous" in texts and "terrorism" in texts and "heads broken" in texts
    assert all(v.speaker for v in src)


def test_accusation_words_in_reporting_are_not_the_reporters(extract):
    text = "Prosecutors charged three men with treason and terrorism offences on Friday."
    assert _loaded(extract(text, "2024-03-01"), "author") == []


def test_quoted_labels_and_threat_idioms_are_the_sources(extract):
    text = (
        "Defence Minister Tomas Varga spoke in the capital on Monday.\n\n"
        '"Those who play with fire will get burned," Varga said. "They are a rebel militia, '
        'and the opposition is selling out our soldiers," he added.'
    )
    rec = extract(text, "2024-03-01")
    src = " | ".join(v.text for v in rec.voice if v.kind == "loaded" and v.voice == "source")
    assert "play with fire" in src and "rebel militia" in src and "selling out" in src


def test_rebels_and_sold_out_in_reporting_are_not_flagged(extract):
    text = (
        "Rebels seized the town on Monday and a local militia withdrew to the hills. Tickets "
        "for the football final sold out within an hour."
    )
    assert _loaded(extract(text, "2024-03-01")) == []
