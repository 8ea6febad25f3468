"""Every PLOVER type, on sentences written for these tests: type, source and target countries."""

from __future__ import annotations

import pytest

CASES = [
    ("AGREE", "Russia signed an energy deal with China on Friday.", "RUS", "CHN"),
    ("CONSULT", "Russia and China held talks in Beijing on Monday.", "RUS", "CHN"),
    ("SUPPORT", "Japan praised Australia for its leadership.", "JPN", "AUS"),
    ("CONCEDE", "Mexico lifted its ban on imports from the United States.", "MEX", "USA"),
    ("COOPERATE", "Germany bought natural gas from Norway under a new contract.", "DEU", "NOR"),
    ("AID", "The United States sent weapons to Ukraine.", "USA", "UKR"),
    ("RETREAT", "Russia pulled its troops out of Syria.", "RUS", "SYR"),
    ("REQUEST", "Ukraine asked Germany for more tanks.", "UKR", "DEU"),
    ("ACCUSE", "China accused the United States of hypocrisy.", "CHN", "USA"),
    ("REJECT", "Iran rejected the proposal made by France.", "IRN", "FRA"),
    ("THREATEN", "Russia threatened Poland with retaliation.", "RUS", "POL"),
    ("PROTEST", "Thousands of people protested in Moscow against the war.", "RUS", None),
    ("MOBILIZE", "China deployed warships near Taiwan.", "CHN", "TWN"),
    ("SANCTION", "Canada imposed new sanctions on Russia on Friday.", "CAN", "RUS"),
    ("COERCE", "Iran arrested a journalist from Britain.", "IRN", "GBR"),
    ("ASSAULT", "Russia bombed Ukraine's power grid overnight.", "RUS", "UKR"),
]


def countries(record, ids):
    return {a.country for a in record.actors if a.id in ids} or {None}


@pytest.mark.parametrize(("plover", "text", "src", "tgt"), CASES, ids=[c[0] for c in CASES])
def test_each_plover_type(extract, plover, text, src, tgt):
    rec = extract(text, published="2024-03-15")
    hits = [e for e in rec.events if e.plover == plover]
    assert hits, [(e.plover, e.cameo) for e in rec.events]
    e = hits[0]
    assert src in countries(rec, e.source)
    assert tgt in countries(rec, e.target)
    assert e.goldstein is not None and -10 <= e.goldstein <= 10
    assert e.quad_class in (1, 2, 3, 4)
    assert e.trigger is not None and e.trigger.text in text
    assert e.evidence.text in text
    assert rec.check_spans() == []


def test_all_sixteen_types_covered():
    assert len({c[0] for c in CASES}) == 16


@pytest.mark.parametrize(
    "text",
    [
        "Russia's economy grew by two percent last year.",
        "China is a big country with a long history of cooperation.",
        "The meeting room was decorated with flags.",
        "Relations between India and Pakistan remain complex.",
        "The report meets the standards set by the committee.",
    ],
)
def test_no_event(extract, text):
    assert extract(text, published="2024-03-15").events == []


def test_missile_launch_without_a_target_is_a_show_of_force(extract):
    rec = extract("North Korea test-fired a ballistic missile on Monday.", published="2024-03-15")
    (e,) = rec.events
    assert (e.plover, e.cameo) == ("MOBILIZE", "150") and e.target == []


def test_missiles_fired_at_a_country_are_an_assault(extract):
    rec = extract("North Korea fired two missiles toward Japan.", published="2024-03-15")
    (e,) = rec.events
    assert e.plover == "ASSAULT"
    assert countries(rec, e.target) == {"JPN"}
