"""The actors knowledge base: loading, dated roles, name uniqueness, the public look-ups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.actors import lookup
from communique.actors.kb import KBRole, kb, norm_key


def _titles_on(name: str, date: str) -> set[str]:
    person = lookup.find_person(name, date)
    assert person is not None
    k = kb()
    return {r.title for r in k.entries[person.kb_id].roles_on(date)}


def test_loads_every_part() -> None:
    k = kb()
    kinds = {e.kind for e in k.entries.values()}
    assert {"person", "org", "country", "region", "group", "media"} <= kinds
    assert sum(e.kind == "country" for e in k.entries.values()) > 190
    assert k.lookup("U.S.")[0].id == "c:USA"
    assert k.lookup("the United States")[0].id == "c:USA"
    assert k.capitals["Beijing"] == "CHN" and k.capitals["Washington"] == "USA"
    assert k.adjectives["Russian"] == "RUS" and k.adjectives["Chinese"] == "CHN"
    assert k.seats["Kremlin"] == "org:kremlin"


def test_igo_and_media_codes() -> None:
    k = kb()
    assert k.lookup("NATO")[0].code == "IGOWSTNAT"
    assert k.lookup("United Nations")[0].code == "IGOUNO"
    assert k.lookup("IAEA")[0].code == "IGOUNOIAE"
    scmp = k.lookup("SCMP")[0]
    assert (scmp.kind, scmp.country, scmp.code) == ("media", "HKG", "HKGMED")
    assert k.lookup("Xinhua")[0].code == "CHNMED"


def test_wang_yi_role_changed_over_time() -> None:
    feb = _titles_on("Wang Yi", "2023-02-22")
    assert "Director of the Office of the Central Foreign Affairs Commission" in feb
    assert "Member of the Politburo of the Chinese Communist Party" in feb
    assert "Minister of Foreign Affairs of China" not in feb
    assert "Minister of Foreign Affairs of China" in _titles_on("Wang Yi", "2022-06-01")
    assert "Minister of Foreign Affairs of China" in _titles_on("Wang Yi", "2024-01-10")
    roles = lookup.kb_roles("Wang Yi")
    fm = [(r.start, r.end) for r in roles if r.title == "Minister of Foreign Affairs of China"]
    assert ("2013-03-16", "2022-12-30") in fm and ("2023-07-25", None) in fm


def test_foreign_ministers_succeed_each_other() -> None:
    assert "Minister of Foreign Affairs of China" in _titles_on("Qin Gang", "2023-03-01")
    assert not _titles_on("Qin Gang", "2023-09-01") & {"Minister of Foreign Affairs of China"}
    assert "United States Secretary of State" in _titles_on("Antony Blinken", "2023-02-18")
    assert "United States Secretary of State" in _titles_on("Marco Rubio", "2025-06-01")


def test_find_person_and_unknowns() -> None:
    p = lookup.find_person("Sergei Lavrov")  # an alias
    assert p is not None and p.name == "Sergey Lavrov" and p.country == "RUS"
    assert lookup.find_person("Jonas Petraitis") is None
    assert lookup.find_person("Russia") is None  # not a person
    assert lookup.kb_roles("nobody at all") == []
    assert lookup.kb_entity("Kremlin") == {
        "kb_id": "org:kremlin",
        "name": "Kremlin",
        "kind": "org",
        "country": "RUS",
        "code": "RUSGOV",
    }


def _periods_overlap(a: list[KBRole], b: list[KBRole]) -> bool:
    for x in a:
        for y in b:
            if (x.end is None or y.start is None or y.start < x.end) and (
                y.end is None or x.start is None or x.start < y.end
            ):
                return True
    return False


def test_no_two_entries_share_a_name_without_a_rule() -> None:
    """Two entries may share a name only when a rule tells them apart: different kinds (a
    person's name vs a country's), different countries (a generic name such as "Congress",
    chosen by the article's country), or people whose roles never overlap in time."""
    k = kb()
    for name, ids in k.names.items():
        if len(ids) < 2:
            continue
        entries = [k.entries[i] for i in ids]
        for n, a in enumerate(entries):
            for b in entries[n + 1 :]:
                if a.kind != b.kind:
                    continue
                if a.country != b.country and (
                    (name, a.id) in k.generic or (name, b.id) in k.generic
                ):
                    continue
                if a.kind == "person" and a.roles and b.roles:
                    assert not _periods_overlap(a.roles, b.roles), (name, a.id, b.id)
                    continue
                raise AssertionError(f"{name!r} names both {a.id} and {b.id} with no rule")


def test_roles_are_well_formed() -> None:
    for e in kb().entries.values():
        for r in e.roles:
            assert r.title and r.start, (e.id, r)
            assert r.end is None or r.start < r.end, (e.id, r)
            assert r.code is None or r.code[:3].isupper()


@given(st.text(max_size=40))
def test_norm_key_is_idempotent(s: str) -> None:
    once = norm_key(s)
    assert norm_key(once) == once


@given(st.dates(), st.dates(), st.dates())
def test_role_activity_matches_its_period(a, b, day) -> None:
    start, end = sorted([a, b])
    role = KBRole("X", None, start.isoformat(), end.isoformat())
    assert role.active(day.isoformat()) == (start <= day < end)
    assert role.ended_before(day.isoformat()) == (end <= day)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Mercosur", "IGOLAMMER"),
        ("Southern African Development Community", "IGOSAFDEVSAD"),
        ("UNIFIL", "IGOUNOPKO"),
        ("Al-Shabaab", "SOMREBSHB"),
        ("Boko Haram", "NGAREBBKH"),
        ("PKK", "TURREBPKK"),
        ("Fidesz", "HUNGOV"),
        ("Alternative for Germany", "DEUOPP"),
    ],
)
def test_international_bodies_armed_groups_and_parties_are_known_by_coverage(
    name: str, code: str
) -> None:
    from communique.actors.kb import kb

    assert code in {e.code for e in kb().lookup(name)}


def test_states_that_no_longer_exist_are_countries(extract) -> None:
    rec = extract("Yugoslav troops shelled the port on Tuesday.", published="1991-11-12")
    assert [(a.country, a.code) for a in rec.actors if a.kind == "group"] == [("YUG", "YUGMIL")]
    rec = extract("The Soviet Union and Zaire restored relations.", published="1990-05-01")
    assert {a.country for a in rec.actors} == {"SUN", "ZAR"}
    rec = extract("The European Community imposed sanctions on Belgrade.", published="1991-11-08")
    assert "European Community" in [a.name for a in rec.actors]
