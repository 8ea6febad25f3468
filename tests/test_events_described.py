"""Events whose side is told only by description (docs/events.md, events/described.py,
events/participants.py): the event is kept and the side becomes an actor named by its noun
phrase, with the country a nationality word inside it gives; a policy leaves the side empty;
two descriptions make no event; a state force acting on people acts at home; a force sent is
no target; a state told by relation ("its neighbour") is no new actor."""

from __future__ import annotations

import pytest

DESCRIBED_TARGET = [
    (
        "The U.S. Treasury Department imposed sanctions on North Korean hacking groups.",
        "SANCTION",
        "North Korean hacking groups",
        "PRK",
    ),
    (
        "The Indian foreign ministry held talks with oil companies on Friday.",
        "CONSULT",
        "oil companies",
        None,
    ),
    (
        "Emmanuel Macron criticised the striking unions in a television interview.",
        "ACCUSE",
        "striking unions",
        None,
    ),
]


def _actors(rec, ids):
    by_id = {a.id: a for a in rec.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(
    ("text", "plover", "name", "country"), DESCRIBED_TARGET, ids=[c[1] for c in DESCRIBED_TARGET]
)
def test_described_target_is_an_actor_of_its_own(extract, text, plover, name, country):
    rec = extract(text, published="2024-03-15")
    hits = [e for e in rec.events if e.plover == plover]
    assert hits, [(e.plover, e.source, e.target) for e in rec.events]
    (target,) = _actors(rec, hits[0].target)
    assert target.name == name and hits[0].source
    if country:
        assert target.country == country
    assert any(m.text.endswith(name) for m in target.mentions)


def test_a_policy_target_leaves_the_side_empty(extract):
    rec = extract("Chancellor Olaf Scholz praised the new pension law on Monday.", "2024-03-15")
    hits = [e for e in rec.events if e.plover == "SUPPORT"]
    assert hits and hits[0].source and not hits[0].target


def test_described_source_is_an_actor_of_its_own(extract):
    rec = extract(
        "Press freedom groups spoke out against Hungary's government on Wednesday.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "ACCUSE"]
    assert [a.name for a in _actors(rec, e.source)] == ["Press freedom groups"]
    assert [a.country for a in _actors(rec, e.target)] == ["HUN"]


def test_two_descriptions_make_no_event(extract):
    rec = extract("They asked a parliamentary committee to delay the vote.", published="2024-03-15")
    assert rec.events == []


def test_police_acting_on_people_act_at_home(extract):
    rec = extract(
        "Nigerian police arrested dozens of people in Lagos on Friday, Nigeria's government said.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "COERCE"]
    assert [a.country for a in _actors(rec, e.source)] == ["NGA"]
    assert [a.country for a in _actors(rec, e.target)] == ["NGA"]


def test_a_force_sent_is_no_target(extract):
    rec = extract("Peru sent police reinforcements to its northern border.", published="2024-03-15")
    assert all(not e.target for e in rec.events if e.plover == "MOBILIZE")


def test_a_state_told_by_relation_is_no_new_actor(extract):
    rec = extract("Nigeria cut power to its neighbour last week.", published="2024-03-15")
    assert not [a for a in rec.actors if "neighbour" in a.name]


def test_a_count_is_no_part_of_the_name(extract):
    rec = extract(
        "A Russian missile struck a market in Kostiantynivka, killing at least 17 people.",
        published="2024-03-15",
    )
    assert not [a for a in rec.actors if any(ch.isdigit() for ch in a.name)]


def test_the_army_accused_of_a_charge_is_the_army_named_before(extract):
    """ "accused the army of repeated violations": the "of" gives the charge, not the army's
    owner, so "the army" refers back to the army the article named."""
    rec = extract(
        "Chile's army and the Mapuche groups agreed to a truce on Saturday. "
        "The Mapuche groups later accused the army of repeated violations.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "ACCUSE"]
    assert [a.code for a in rec.actors if a.id in e.target] == ["CHLMIL"]


def test_a_stance_on_a_policy_is_aimed_at_the_speakers_own_country(extract):
    """Praise or criticism of a policy whose owner is not named goes to the government that
    set it: the source's own country, when the article has its actor."""
    rec = extract(
        "Chancellor Olaf Scholz praised the new pension law on Monday, Germany's government said.",
        published="2024-03-15",
    )
    (e,) = [e for e in rec.events if e.plover == "SUPPORT"]
    assert [a.country for a in _actors(rec, e.target)] == ["DEU"]


CONTENT_ONLY = [
    ("Boeing has asked that a decision on the tanker contract be made by May.", "REQUEST"),
    ("The African Union voted on Friday to demand that all detainees be freed.", "REQUEST"),
    ("The Kenyan opposition complained that the ballots had arrived late.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover"), CONTENT_ONLY)
def test_a_demand_stated_as_a_clause_is_coded_with_no_target(extract, text, plover) -> None:
    rec = extract(text, "2024-03-01")
    found = [e for e in rec.events if e.plover == plover]
    assert found, [(e.plover, e.trigger.text) for e in rec.events]
    assert found[0].source and not found[0].target


@pytest.mark.parametrize(
    "text",
    [
        "At a dinner in Nairobi, Ruto asked why foreign companies were based in Dubai.",
        "Ford chief Alan Mulally remembered asking, 'Is it the best-selling car in America?'",
    ],
)
def test_a_question_or_quoted_words_are_no_demand(extract, text) -> None:
    rec = extract(text, "2024-03-01")
    assert not [e for e in rec.events if e.plover == "REQUEST"]
