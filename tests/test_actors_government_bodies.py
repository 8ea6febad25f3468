"""The government bodies table (data/actors/government_bodies.csv): written by coverage (the
ministries, forces, police, intelligence services, legislatures, courts, central banks and
election bodies of 96 states), validated by kbcheck, and recognised in text with country and
agent; generic names stay unclaimed."""

from __future__ import annotations

import pytest

from communique.actors import kbcheck
from communique.actors.kb import kb


@pytest.mark.parametrize(
    ("name", "kb_id", "code"),
    [
        ("Justice Department", "gov:usa-doj", "USAJUD"),
        ("Bundeswehr", "gov:deu-bw", "DEUMIL"),
        ("Mossad", "gov:isr-mossad", "ISRSPY"),
        ("Scotland Yard", "gov:gbr-met", "GBRCOP"),
        ("Polish Foreign Ministry", "gov:pol-mfa", "POLGOV"),
        ("Election Commission of India", "gov:ind-eci", "INDGOV"),
        ("Rosgvardia", "gov:rus-rosgvardia", "RUSCOP"),
    ],
)
def test_names_news_uses(name: str, kb_id: str, code: str) -> None:
    assert [(e.id, e.code) for e in kb().lookup(name)] == [(kb_id, code)]


@pytest.mark.parametrize("name", ["Ministry of Defence", "Foreign Ministry", "Interior Ministry"])
def test_generic_names_are_no_one_body(name: str) -> None:
    assert not [e for e in kb().lookup(name) if e.id.startswith("gov:")]


def test_every_class_for_every_state() -> None:
    agents = kbcheck.body_agents()
    assert sum(agents.values()) >= 1500
    assert set(agents) == {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def test_validator_checks_bodies() -> None:
    k = kb()
    assert kbcheck.body_errors(k) == []
    bad = [
        {
            "id": "gov:x",
            "name": "Xyzzy Agency",
            "aliases": "",
            "kind": "org",
            "country": "USA",
            "code": "USABUS",
        },
        {
            "id": "gov:y",
            "name": "Yzzyx Office",
            "aliases": "Ryanair",
            "kind": "org",
            "country": "FRA",
            "code": "FRAGOV",
        },
    ]
    errors = kbcheck.body_errors(k, bad)
    assert any("gov:x: code 'USABUS'" in e for e in errors)
    assert any("'ryanair' also names" in e.lower() for e in errors)


def test_a_body_in_text_has_its_country_and_agent(extract):
    rec = extract("The Justice Department and Mossad declined to comment on Tuesday.", "2024-03-15")
    codes = {a.name: a.code for a in rec.actors}
    assert codes.get("United States Department of Justice") == "USAJUD"
    assert codes.get("Mossad") == "ISRSPY"
