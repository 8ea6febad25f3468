"""Classes of news the events stage codes by rule: computer attacks are CAMEO 176 (COERCE), not
force (events/coding.py), and a city the recogniser misread as a person is a place whose
country an attack is aimed at (actors/recognise._city, events/borrow.attacked_place).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _coded(rec) -> list[tuple[str, str]]:
    return [(e.plover, e.cameo) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean hackers infiltrated the networks of a South Korean defence firm.",
        "Russian hackers attacked Ukraine's power grid in December.",
        "Iran launched a ransomware attack on Israeli hospitals.",
        "Pro-Russian hacking groups struck the websites of Lithuanian ministries on Monday.",
        "Pyongyang has carried out a string of supply-chain attacks against Seoul this year.",
    ],
)
def test_a_computer_attack_is_coerce_176(extract, text) -> None:
    assert ("COERCE", "176") in _coded(extract(text, "2024-05-10"))


def test_an_armed_attack_stays_assault(extract) -> None:
    coded = _coded(extract("Gunmen attacked a police station in Peshawar on Friday.", "2024-05-10"))
    assert coded and all(p == "ASSAULT" for p, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked Kharkiv with drones on Monday.",
        "Russian forces shelled Odesa and Kharkiv overnight, officials in Kyiv said.",
    ],
)
def test_a_city_read_as_a_name_is_a_place_and_the_attack_hits_its_country(
    extract, side, text
) -> None:
    rec = extract(text, "2024-05-10")
    assert not any(a.name in ("Kharkiv", "Odesa") for a in rec.actors)
    assert side(rec, "ASSAULT", "target") == ["UKR"]


def test_a_person_named_like_a_city_stays_a_person(extract) -> None:
    rec = extract("Jackson said on Tuesday that the plan would fail.", "2024-05-10")
    assert [a.kind for a in rec.actors if a.name == "Jackson"] == ["person"]


def test_ratifying_a_state_s_accession_is_an_agreement_with_that_state(extract, side) -> None:
    rec = extract(
        "Turkey's parliament ratified Sweden's NATO membership bid on Tuesday.", "2024-01-24"
    )
    assert side(rec, "AGREE", "target") == ["SWE"]


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators seized the regional governor's office in Almaty overnight.",
        "Rioters attacked police officers in Dublin on Thursday night.",
    ],
)
def test_force_by_a_crowd_is_a_violent_protest(extract, text) -> None:
    assert ("PROTEST", "145") in _coded(extract(text, "2024-05-10"))


def test_force_by_one_person_stays_force(extract) -> None:
    rec = extract("A student shot 14 people dead at a university in Prague.", "2023-12-22")
    assert [p for p, _ in _coded(rec)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Ali Reza was placed under house arrest in Tehran on Friday.",
        "Ecuadorian police took former vice president Jorge Glas into custody.",
    ],
)
def test_placing_under_arrest_or_taking_into_custody_is_an_arrest(extract, text) -> None:
    assert ("COERCE", "173") in _coded(extract(text, "2024-05-10"))


def test_a_body_of_many_agreeing_among_its_members_is_an_agreement(extract) -> None:
    rec = extract("OPEC+ agreed to cut oil output by two million barrels a day.", "2022-10-05")
    assert [p for p, _ in _coded(rec)] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protests erupted in Tehran on Saturday after the death of a woman in custody.", "IRN"),
        ("Kenya imposes curfew as protests spread", "KEN"),
    ],
)
def test_protests_no_one_names_are_the_people_of_their_place(extract, side, text, country) -> None:
    rec = extract(text, "2022-09-17")
    assert side(rec, "PROTEST", "source") == [country]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ankara, Athens agree to reopen military hotline", ("TUR", "GRC")),
        ("US, China resume trade talks in Geneva", ("USA", "CHN")),
    ],
)
def test_a_headline_comma_joins_two_actors_like_and(extract, text, sides) -> None:
    rec = extract(text, "2023-03-21")
    by_id = {a.id: a for a in rec.actors}
    found = rec.events[0] if rec.events else None
    assert found is not None
    got = {by_id[i].country for i in found.source + found.target}
    assert got == set(sides)


def test_whoever_claims_responsibility_for_an_attack_is_its_doer(extract, side) -> None:
    rec = extract(
        "Al-Shabaab claimed responsibility on Sunday for a car bomb attack on a military base "
        "near Mogadishu.",
        "2024-01-16",
    )
    assert side(rec, "ASSAULT", "source", "code") == ["SOMREBSHB"]


def test_the_object_of_prompting_is_the_doer_of_what_it_prompted(extract, side) -> None:
    rec = extract(
        "Venezuelan police arrested opposition lawmaker Juan Pablo Guanipa, prompting Colombia "
        "to recall its ambassador from Caracas.",
        "2024-04-06",
    )
    assert side(rec, "SANCTION", "source") == ["COL"]
    rec = extract("Ecuadorean police arrested a former minister in Guayaquil.", "2024-04-06")
    assert "ECUCOP" in {a.code for a in rec.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Swiss voters rejected a proposal to cap immigration in Sunday's referendum.",
        "Voters in Ecuador backed a ban on oil drilling in the Amazon.",
    ],
)
def test_a_vote_of_the_electorate_is_no_event(extract, text) -> None:
    assert _coded(extract(text, "2023-08-21")) == []


def test_a_protest_s_demand_is_its_content_not_an_event_of_its_own(extract) -> None:
    rec = extract(
        "Thousands of protesters rallied in Tbilisi demanding the withdrawal of the bill.",
        "2023-03-08",
    )
    assert [p for p, _ in _coded(rec)] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia withdrew its troops from the Kherson region in November.", "UKR"),
        ("France withdrew its last soldiers from Niger in December.", "NER"),
    ],
)
def test_a_withdrawal_of_one_s_own_forces_is_aimed_at_the_place_s_country(
    extract, side, text, target
) -> None:
    rec = extract(text, "2023-12-22")
    assert side(rec, "RETREAT", "target") == [target]


def test_the_clause_of_a_denial_is_no_event(extract) -> None:
    rec = extract("Pakistan denied that its army had shelled Afghan villages.", "2024-03-19")
    assert _coded(rec) == []
    rec = extract(
        "Afghan officials said Pakistan's army had shelled villages in Khost.", "2024-03-19"
    )
    assert [p for p, _ in _coded(rec)] == ["ASSAULT"]


def test_people_killed_in_a_fight_with_someone_were_attacked_by_them(extract, side) -> None:
    rec = extract(
        "Five policemen were wounded in a gunfight with Boko Haram militants near Maiduguri.",
        "2022-05-02",
    )
    assert side(rec, "ASSAULT", "source", "code") == ["NGAREBBKH"]


def test_an_armed_attack_on_infrastructure_is_no_computer_attack(extract) -> None:
    rec = extract("Militants attacked the power network in Baluchistan overnight.", "2024-05-10")
    assert ("COERCE", "176") not in _coded(rec)


def test_troops_that_clash_with_no_with_fight_each_other(extract, side) -> None:
    rec = extract(
        "Armenian and Azerbaijani troops clashed along the border overnight.", "2024-05-10"
    )
    sides = (side(rec, "ASSAULT", "source") or []) + (side(rec, "ASSAULT", "target") or [])
    assert sorted(sides) == ["ARM", "AZE"], [(e.plover, e.cameo) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "Australia's assault on the Ashes gathered pace in Brisbane on Friday.",
        "The Chiefs' attack on the Super Bowl began in September.",
    ],
)
def test_an_assault_on_a_trophy_or_series_is_sport(extract, text) -> None:
    rec = extract(text, "2024-05-10")
    assert not rec.events, [(e.plover, e.cameo) for e in rec.events]


def test_the_topic_of_talks_is_no_event_of_its_own(extract) -> None:
    rec = extract("Iran and the United States held talks about the nuclear deal.", "2024-05-10")
    assert [e.plover for e in rec.events] == ["CONSULT"], [(e.plover, e.cameo) for e in rec.events]


def test_talk_of_something_is_no_negotiation(extract) -> None:
    rec = extract("There was talk of a reset between Washington and Moscow.", "2024-05-10")
    assert not rec.events, [(e.plover, e.cameo) for e in rec.events]


def test_signing_a_joint_statement_is_an_agreement(extract) -> None:
    rec = extract("Trump and Kim met in Singapore and signed a joint statement.", "2018-06-12")
    assert "AGREE" in {e.plover for e in rec.events}


def test_a_ruling_that_someone_did_wrong_is_a_finding_against_them(extract, side) -> None:
    rec = extract(
        "The tribunal ruled that Myanmar had violated the genocide convention.", "2024-05-10"
    )
    assert [e.plover for e in rec.events] == ["ACCUSE"], [(e.plover, e.cameo) for e in rec.events]
    assert side(rec, "ACCUSE", "target") == ["MMR"]


def test_a_ruling_that_imposes_an_act_is_that_act(extract) -> None:
    rec = extract("The court ruled that Imran Khan is disqualified from office.", "2024-05-10")
    assert [e.plover for e in rec.events] == ["COERCE"], [(e.plover, e.cameo) for e in rec.events]


def test_forces_that_capture_a_building_seize_it(extract) -> None:
    rec = extract(
        "Rebel forces captured the presidential palace after weeks of fighting.", "2024-05-10"
    )
    assert "ASSAULT" in {e.plover for e in rec.events}


def test_what_an_appeal_asks_money_for_is_no_event(extract) -> None:
    text = "The Red Cross appealed for emergency funds to help families displaced by the floods."
    rec = extract(text, "2024-05-10")
    assert [e.plover for e in rec.events] == ["REQUEST"], [(e.plover, e.cameo) for e in rec.events]


def test_an_aircraft_that_lands_makes_no_visit(extract) -> None:
    rec = extract("The Ryanair jet landed in Minsk after a bomb alert.", "2021-05-24")
    assert "CONSULT" not in {e.plover for e in rec.events}


def test_the_by_phrase_after_an_of_phrase_names_the_doer_of_an_act_noun(extract, side) -> None:
    text = "The detention of four reporters by Ethiopian police on Monday drew protests."
    rec = extract(text, "2024-05-10")
    assert side(rec, "COERCE", "source") == ["ETH"], [(e.plover, e.source) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "executed"),
    [
        ("Singapore executes two convicted drug traffickers.", True),
        ("Iran hanged a man convicted of arson on Tuesday.", True),
        ("The company executed its new strategy.", False),
        ("Protesters hanged an effigy of the governor.", False),
    ],
)
def test_an_execution_is_repression_and_a_plan_executed_is_none(extract, text, executed) -> None:
    rec = extract(text, "2024-05-10")
    assert ("175" in {e.cameo for e in rec.events}) is executed, rec.events


def test_a_seized_ship_belongs_to_its_flag_state(extract, side) -> None:
    rec = extract("Iran seized a Greek-flagged tanker in the Gulf of Oman.", "2024-05-10")
    assert side(rec, "COERCE", "target") == ["GRC"], rec.events


def test_easing_sanctions_on_a_country_s_goods_is_aimed_at_it(extract, side) -> None:
    rec = extract("Washington eased sanctions on Venezuelan oil on Thursday.", "2024-05-10")
    assert side(rec, "CONCEDE", "target") == ["VEN"], rec.events
