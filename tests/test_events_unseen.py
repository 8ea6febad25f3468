"""Rules found on news the stage had not seen (second round), each on a sentence of our own."""

from __future__ import annotations


def _names(rec, ids):
    return {a.name for a in rec.actors if a.id in ids}


def test_coordinated_subject_hung_as_apposition(extract):
    # the parser reads "paramilitary" as the conjunct and hangs the named force on "army"
    text = (
        "Chad's army and paramilitary Rapid Support Forces have agreed to a three-day truce "
        "starting on Tuesday, mediators said."
    )
    rec = extract(text, published="2024-06-02")
    agree = [e for e in rec.events if e.plover == "AGREE"]
    assert agree, rec.events
    sides = _names(rec, agree[0].source) | _names(rec, agree[0].target)
    assert "Rapid Support Forces" in sides
