"""Shows of force and security-force actions, on sentences written for these tests."""

from __future__ import annotations

import pytest


def countries(record, ids):
    return {a.country for a in record.actors if a.id in ids} or {None}


CASES = [
    # drills by one country near another are a show of force (CAMEO 150); joint ones cooperation
    ("MOBILIZE", "15", "Russia held naval exercises near Norway on Monday.", "RUS", "NOR"),
    ("MOBILIZE", "15", "North Korea staged artillery drills around South Korea.", "PRK", "KOR"),
    ("COOPERATE", "06", "Egypt and Greece held joint naval exercises near Crete.", "EGY", "GRC"),
    ("COOPERATE", "06", "France held air drills with Italy over the Alps.", "FRA", "ITA"),
    # security forces at home: deployments, curfews, emergencies, firing on crowds
    ("MOBILIZE", "15", "Chile deployed the army to Bolivia's border on Friday.", "CHL", "BOL"),
    ("COERCE", "172", "President Javier Milei imposed a curfew across Argentina.", "ARG", "ARG"),
    (
        "COERCE",
        "172",
        "Peru's president Dina Boluarte declared a state of emergency on Sunday.",
        "PER",
        "PER",
    ),
    ("COERCE", "175", "Peru's police opened fire on protesters in Lima, Peru.", "PER", "PER"),
    ("PROTEST", "145", "Protesters in Chile stormed the senate on Friday.", "CHL", "CHL"),
    (
        "PROTEST",
        "145",
        "Protesters stormed the parliament building in Belgrade, Serbia.",
        "SRB",
        "SRB",
    ),
    (
        "MOBILIZE",
        "15",
        "Peru deployed the army on Monday to help police quell the riots.",
        "PER",
        "PER",
    ),
    ("ASSAULT", "19", "Armenian soldiers opened fire on Azerbaijan's army.", "ARM", "AZE"),
]


@pytest.mark.parametrize(("plover", "root", "text", "src", "tgt"), CASES)
def test_security_event(extract, plover, root, text, src, tgt):
    rec = extract(text, published="2024-03-15")
    hits = [
        e
        for e in rec.events
        if e.plover == plover
        and src in countries(rec, e.source)
        and tgt in countries(rec, e.target)
    ]
    assert hits, [(e.plover, e.cameo) for e in rec.events]
    assert hits[0].cameo.startswith(root)


def test_letter_participle_targets_the_addressee(extract):
    rec = extract(
        "Ghana wrote to the World Bank on Monday asking it for more funds.", published="2024-03-15"
    )
    (e,) = [e for e in rec.events if e.plover == "REQUEST"]
    assert [a.name for a in rec.actors if a.id in e.target] == ["World Bank"]


def test_protest_against_a_tax_takes_its_country_from_the_city(extract):
    rec = extract(
        "Farmers blocked roads in Kumasi, Ghana, on Monday to protest against a fuel tax.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "PROTEST"]
    assert countries(rec, e.source) == {"GHA"} and countries(rec, e.target) == {"GHA"}


def test_protest_against_a_war_names_no_target(extract):
    rec = extract("Thousands of people marched in Kumasi, Ghana, against the war.", "2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "PROTEST"]
    assert countries(rec, e.source) == {"GHA"} and not e.target


def test_own_army_is_not_the_target_of_a_deployment(extract):
    rec = extract("Chile deployed the Chilean Army on Friday.", published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "MOBILIZE"]
    assert not e.target


def test_hyphened_demonyms_name_both_countries(extract):
    rec = extract(
        "France and Germany bombed Libya. Libya warned that the French-German aggression "
        "would not go unpunished.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "THREATEN"]
    assert countries(rec, e.target) == {"FRA", "DEU"}
