"""The fresh sentence sets' dyad rule (evaluation/event_sentences.py): a side is right when one
of its actors has the gold country; an international body, which the record leaves without a
country, counts as the gold's "IGO"."""

from __future__ import annotations

from communique.evaluation.event_sentences import dyad_right


def _record(source: dict, target: dict) -> dict:
    return {
        "actors": [{"id": "a1", **source}, {"id": "a2", **target}],
        "events": [{"plover": "REQUEST", "source": ["a1"], "target": ["a2"]}],
    }


def test_an_international_body_is_the_gold_igo() -> None:
    gold = {"plover": "REQUEST", "source": {"country": "IGO"}, "target": {"country": "PSE"}}
    un = {"country": None, "code": "IGOUNO"}
    assert dyad_right(gold, _record(un, {"country": "PSE", "code": "PSE"}))
    assert not dyad_right(gold, _record({"country": None, "code": None}, {"country": "PSE"}))


def test_a_side_needs_the_gold_country_and_the_type() -> None:
    gold = {"plover": "REQUEST", "source": {"country": "USA"}, "target": {"country": None}}
    assert dyad_right(gold, _record({"country": "USA"}, {"country": None}))
    assert not dyad_right(gold, _record({"country": "GBR"}, {"country": None}))
    assert not dyad_right({**gold, "plover": "ACCUSE"}, _record({"country": "USA"}, {}))
