"""Mediation, coups, and acts told by a participle after a noun: "a truce brokered by X", "an
X-brokered accord" (sentences written for these tests)."""

from __future__ import annotations

import pytest


def country(record, ids):
    return {a.country for a in record.actors if a.id in ids}


def test_the_mediator_mediates_between_the_parties_and_is_no_party(extract):
    text = "Armenia and Azerbaijan signed a peace accord brokered by Kazakhstan on Thursday."
    rec = extract(text, published="2024-03-15")
    (med,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert med.cameo == "045" and med.modality == "asserted"
    assert country(rec, med.source) == {"KAZ"} and country(rec, med.target) == {"ARM", "AZE"}
    pacts = [e for e in rec.events if e.plover == "AGREE"]
    assert pacts and all("KAZ" not in country(rec, e.target) for e in pacts)


def test_a_mediated_thing_under_an_agreement_is_done_not_intended(extract):
    text = "Peru and Ecuador agreed to reopen their border under a deal brokered by Brazil."
    rec = extract(text, published="2024-03-15")
    (med,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert med.cameo == "045"  # not an intent to meet (036) because "agreed" is above it
    assert country(rec, med.source) == {"BRA"} and country(rec, med.target) == {"PER", "ECU"}


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        ("Ghana and Togo reached a Nigerian-brokered settlement on Monday.", "NGA", {"GHA", "TGO"}),
        (
            "A Turkish-mediated prisoner swap between Russia and Ukraine took place on Monday.",
            "TUR",
            {"RUS", "UKR"},
        ),
    ],
)
def test_the_first_half_of_a_hyphenated_mediation_is_the_mediator(extract, text, mediator, parties):
    rec = extract(text, published="2024-03-15")
    (med,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert country(rec, med.source) == {mediator} and country(rec, med.target) == parties


def test_a_standing_hyphenated_relation_is_no_event(extract):
    rec = extract("Iran-backed militias control the border crossing.", published="2024-03-15")
    assert not [e for e in rec.events if e.plover == "SUPPORT"]


def test_an_attack_carried_out_by_a_group_is_still_the_group_s(extract):
    text = "The attack carried out by Boko Haram killed nine soldiers in Nigeria."
    rec = extract(text, published="2024-03-15")
    assert any(e.plover == "ASSAULT" and e.source for e in rec.events)


def test_the_armed_forces_taking_power_is_a_coup_and_a_party_taking_power_is_none(extract):
    rec = extract(
        "Soldiers took power in Guinea on Sunday, the radio said.", published="2024-03-15"
    )
    (e,) = rec.events
    assert e.plover == "COERCE" and e.cameo == "170"
    assert country(rec, e.source) == {"GIN"} and country(rec, e.target) == {"GIN"}
    text = "The party took power in Hungary in 2010 after winning the election."
    assert not extract(text, published="2024-03-15").events


def test_troops_taking_control_of_a_town_capture_it(extract):
    rec = extract("Malian troops took control of the town of Kidal.", published="2024-03-15")
    assert [e.cameo for e in rec.events] == ["192"]


def test_a_crowd_marching_in_a_capital_told_by_nationality_protests_against_whom_it_demands(
    extract,
):
    text = (
        "Tens of thousands marched through the Serbian capital on Sunday demanding the "
        "resignation of President Aleksandar Vucic."
    )
    rec = extract(text, published="2024-03-15")
    assert [e.plover for e in rec.events] == ["PROTEST"]  # the demand is its content
    (e,) = rec.events
    assert country(rec, e.source) == {"SRB"} and country(rec, e.target) == {"SRB"}
