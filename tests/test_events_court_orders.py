"""Administrative and legal coercion told by an order or a ban with its place: "ordered X into
detention", "banned X from politics"; and the doer of a participle that is no act of its own
("the proposal made by France") stays the owner of the noun (sentences written for these
tests)."""

from __future__ import annotations


def country(record, ids):
    return {a.country for a in record.actors if a.id in ids}


def test_banning_people_from_politics_is_an_administrative_sanction_not_an_embargo(extract):
    text = "The court dissolved the opposition party and banned its leaders from politics."
    rec = extract(text, published="2023-04-20")
    assert [e.cameo for e in rec.events] == ["1722", "1722"]


def test_ordering_someone_into_house_arrest_is_the_order_itself(extract):
    text = "A judge in Brasilia ordered the former president into house arrest on Monday."
    rec = extract(text, published="2023-04-20")
    (e,) = rec.events
    assert e.cameo == "173" and e.trigger.text == "ordered"


def test_an_order_to_release_is_no_arrest(extract):
    text = "The Supreme Court of Pakistan ordered the release of the detained journalist."
    rec = extract(text, published="2023-04-20")
    assert all(e.cameo != "173" for e in rec.events)


def test_the_doer_of_a_participle_that_is_no_act_owns_the_noun(extract):
    rec = extract("Chile rejected the plan drafted by Argentina.", published="2023-04-20")
    (e,) = rec.events
    assert e.plover == "REJECT" and country(rec, e.target) == {"ARG"}
