"""Modality: asserted, planned, possible, hoped, negated, and the recodings they bring."""

from __future__ import annotations

import pytest

CASES = [
    ("Joe Biden met Xi Jinping in San Francisco.", "CONSULT", "asserted"),
    ("Joe Biden will visit Japan next week.", "CONSULT", "planned"),
    ("China announced plans to hold talks with Brazil.", "CONSULT", "planned"),
    ("Narendra Modi is due to visit France in May.", "CONSULT", "planned"),
    ("Joe Biden might meet Xi Jinping in November.", "CONSULT", "possible"),
    ("Turkey could attack Syria, officials warned.", "ASSAULT", "possible"),
    ("China hoped to sign a trade deal with Brazil.", "AGREE", "hoped"),
    ("Russia did not attack Finland.", "ASSAULT", "negated"),
    ("The European Union did not impose sanctions on China.", "SANCTION", "negated"),
]


@pytest.mark.parametrize(("text", "plover", "modality"), CASES, ids=[c[2] for c in CASES])
def test_modality(extract, text, plover, modality):
    rec = extract(text, published="2024-03-15")
    hits = [e for e in rec.events if e.plover == plover]
    assert hits, [(e.plover, e.modality) for e in rec.events]
    assert hits[0].modality == modality


def test_planned_event_takes_only_its_own_date(extract):
    rec = extract(
        "A spokesman said on Monday that Joe Biden might meet Xi Jinping.", published="2024-03-15"
    )
    (e,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert e.modality == "possible" and e.date is None


def test_own_date_of_a_planned_event(extract):
    rec = extract("Joe Biden will meet Xi Jinping on Wednesday.", published="2024-03-15")
    (e,) = rec.events
    assert e.modality == "planned" and e.date == "2024-03-20"


def test_negated_concession_is_a_refusal(extract):
    rec = extract("China would not bow to pressure from the United States.", published="2024-03-15")
    (e,) = rec.events
    assert (e.plover, e.cameo, e.modality) == ("REJECT", "124", "asserted")


def test_refusing_to_meet_is_a_rejection(extract):
    rec = extract("Israel refused to negotiate with Lebanon.", published="2024-03-15")
    (e,) = rec.events
    assert e.plover == "REJECT" and e.cameo == "125"


def test_pledge_to_cooperate_is_intent(extract):
    rec = extract("Egypt vowed to work with Israel to restore calm.", published="2024-03-15")
    (e,) = rec.events
    assert e.plover == "AGREE" and e.cameo.startswith("03")


def test_no_longer_supplying_is_a_cut_in_aid(extract):
    rec = extract(
        "Poland said it would no longer supply weapons to Ukraine.", published="2024-03-15"
    )
    (e,) = rec.events
    assert (e.plover, e.cameo) == ("SANCTION", "162")


def test_stopped_sending_aid(extract):
    rec = extract("Hungary stopped sending aid to Ukraine last year.", published="2024-03-15")
    (e,) = rec.events
    assert (e.plover, e.cameo, e.date) == ("SANCTION", "162", "2023")


def test_a_consequence_is_only_possible_and_its_condition_no_event(extract):
    text = "If Russia attacks Finland, NATO will deploy troops to the border."
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "MOBILIZE"]
    assert e.modality == "possible"
    assert not [e for e in rec.events if e.plover == "ASSAULT"]  # what "if" supposes


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("President Daniel Noboa said his government would not negotiate with the gangs.", "125"),
        ("Germany won't send tanks to Ukraine, Olaf Scholz said.", "122"),
    ],
)
def test_a_cooperation_declined_in_the_future_is_a_refusal(extract, text, cameo):
    """ "will not negotiate" is the refusal itself (REJECT), as "refused to negotiate" is;
    a hostile act declined ("will not attack") stays a negated mention."""
    rec = extract(text, published="2024-01-10")
    assert [(e.plover, e.cameo, e.modality) for e in rec.events] == [("REJECT", cameo, "asserted")]


def test_a_hostile_act_declined_is_no_refusal(extract):
    rec = extract("Russia will not attack Finland, Vladimir Putin said.", published="2024-01-10")
    assert [(e.plover, e.modality) for e in rec.events] == [("ASSAULT", "negated")]


def test_a_subject_with_no_negates_the_event(extract):
    rec = extract("Officials said no Turkish troops had crossed into northern Iraq.", "2024-03-15")
    assert [e.modality for e in rec.events if e.plover == "ASSAULT"] == ["negated"]


def test_not_ruling_something_out_is_no_refusal(extract):
    rec = extract("Beijing has not ruled out further military action.", "2024-03-15")
    assert not [e for e in rec.events if e.plover == "REJECT"], rec.events


@pytest.mark.parametrize(
    "text",
    [
        "Iran is ready to resume talks with the United States.",
        "China is willing to mediate between Russia and Ukraine.",
    ],
)
def test_being_ready_or_willing_to_meet_is_an_intent(extract, text):
    rec = extract(text, "2024-03-15")
    assert [e.cameo[:2] for e in rec.events] == ["03"], rec.events
