"""Companies by coverage (data/actors/companies.csv): the table loads with valid codes, no
company name is a country's or a known person's, and business sentences give their companies a
country and the BUS code."""

from __future__ import annotations

import pytest

from communique.actors import kbcheck
from communique.actors.kb import _rows, _split, fold, kb, norm_key

CLASSES = {
    "airlines",
    "aerospace and defence",
    "automakers",
    "energy",
    "mining and materials",
    "finance",
    "technology",
    "telecoms",
    "pharmaceuticals and health",
    "media and entertainment",
    "cybersecurity and consulting",
    "commodity traders and food",
    "shipping and logistics",
    "retail, consumer and conglomerates",
}


def _company_names() -> list[tuple[str, str]]:
    return [
        (r["id"], norm_key(n.lstrip("~")))
        for r in _rows("companies.csv")
        for n in (r["name"], *_split(r["aliases"]))
    ]


def test_table_loads_by_class() -> None:
    k = kb()
    rows = _rows("companies.csv")
    assert len(rows) >= 1200
    for r in rows:
        e = k.entries[r["id"]]
        assert (e.kind, e.code) == ("org", f"{e.country}BUS"), r["id"]
    classes = kbcheck.company_classes()
    assert set(classes) == CLASSES and sum(classes.values()) == len(rows)


@pytest.mark.parametrize(
    ("name", "kb_id", "country"),
    [
        ("Boeing", "bus:boeing", "USA"),
        ("The Boeing Company", "bus:boeing", "USA"),
        ("GM", "bus:general-motors", "USA"),
        ("VW", "bus:volkswagen-group", "DEU"),
        ("Aramco", "bus:saudi-aramco", "SAU"),
        ("Saudi Aramco", "bus:saudi-aramco", "SAU"),
        ("Apple", "bus:apple-inc", "USA"),  # the bare name is Apple Inc. (SOURCES.md)
        ("Apple Computer", "bus:apple-inc", "USA"),
        ("Apple Corps", "bus:apple-corps", "GBR"),
        ("Facebook Inc.", "bus:meta-platforms", "USA"),  # old names stay as aliases
        ("Royal Dutch Shell", "bus:shell", "GBR"),
        ("DaimlerChrysler", "bus:daimlerchrysler", "DEU"),
        ("Saturn Corporation", "bus:saturn-corporation", "USA"),
        ("Opel", "bus:opel", "DEU"),
        ("Saab Automobile", "bus:saab-automobile", "SWE"),
        ("PDVSA", "bus:pdvsa", "VEN"),
        ("Huawei", "bus:huawei", "CHN"),
        ("Cathay Pacific", "bus:cathay-pacific", "HKG"),
    ],
)
def test_names_news_uses(name: str, kb_id: str, country: str) -> None:
    found = kb().lookup(name)
    assert [(e.id, e.country) for e in found] == [(kb_id, country)]


def test_validator_checks_companies() -> None:
    k = kb()
    assert kbcheck.company_errors(k) == []
    bad = [
        {
            "id": "bus:x",
            "name": "Xyzzy Holdings",
            "aliases": "",
            "kind": "org",
            "country": "USA",
            "code": "USAGOV",
        },
        {
            "id": "bus:x",
            "name": "Xyzzy Two",
            "aliases": "",
            "kind": "org",
            "country": "ZZZ",
            "code": "ZZZBUS",
        },
        {
            "id": "bus:y",
            "name": "Yzzyx",
            "aliases": "China|Ryanair",
            "kind": "org",
            "country": "USA",
            "code": "USABUS",
        },
    ]
    errors = kbcheck.company_errors(k, bad)
    assert any("bus:x: code 'USAGOV'" in e for e in errors)
    assert any("bus:x: id used twice" in e for e in errors)
    assert any("'ZZZ' is no ISO alpha-3" in e for e in errors)
    assert any("'China' also names c:CHN" in e for e in errors)
    assert any("'Ryanair' also names bus:ryanair" in e for e in errors)


def test_no_company_name_is_a_country_or_a_person() -> None:
    k = kb()
    taken = {
        fold(norm_key(n))
        for e in k.entries.values()
        if e.kind in ("country", "person")
        for n in (e.name, *e.aliases)
    }
    clashes = [(cid, key) for cid, key in _company_names() if fold(key) in taken]
    assert clashes == []


SENTENCES = [
    ("Ryanair ordered 20 Boeing 737 jets.", {"Ryanair": "IRL", "Boeing": "USA"}),
    ("Qatar Airways signed a deal with Airbus.", {"Qatar Airways": "QAT", "Airbus": "FRA"}),
    ("Aeroflot negotiated the purchase of 22 Boeing 787s.", {"Aeroflot": "RUS", "Boeing": "USA"}),
    ("Foxconn will build a plant in Karnataka.", {"Foxconn": "TWN"}),
    ("GM and Chrysler asked Congress for a bailout.", {"General Motors": "USA", "Chrysler": "USA"}),
    (
        "North Korean hackers attacked Sony Pictures Entertainment in 2014.",
        {"Sony Pictures Entertainment": "USA"},
    ),
    ("Saudi Aramco signed a supply deal with Sinopec.", {"Saudi Aramco": "SAU", "Sinopec": "CHN"}),
    (
        "Glencore agreed to pay $1.1 billion to settle bribery charges with U.S. authorities.",
        {"Glencore": "CHE"},
    ),
    (
        "Virgin Atlantic and Delta Air Lines expanded their joint venture.",
        {"Virgin Atlantic": "GBR", "Delta Air Lines": "USA"},
    ),
]


@pytest.mark.parametrize(("text", "want"), SENTENCES)
def test_companies_in_business_news(extract, text: str, want: dict[str, str]) -> None:
    got = {a.name: (a.country, a.code) for a in extract(text, published="2024-05-01").actors}
    for name, country in want.items():
        assert got.get(name) == (country, f"{country}BUS"), (name, got)


def test_a_place_or_a_person_keeps_its_name(extract) -> None:
    """ "the Amazon" is the rainforest (groups.csv), not Amazon the company; a KB person's
    surname that is also a company's short name ("Meta") stays the person's."""
    rec = extract("Deforestation in the Amazon rose sharply, Brazilian officials said.")
    assert not [a for a in rec.actors if a.code == "USABUS"]
    rec = extract("Amazon said it would hire 100,000 workers in the United States.")
    assert ("Amazon", "USABUS") in {(a.name, a.code) for a in rec.actors}
    rec = extract(
        "Albanian President Ilir Meta met the prime minister in Tirana. Meta said the talks "
        "were useful.",
        published="2020-03-01",
    )
    assert not [a for a in rec.actors if a.code == "USABUS"]
