"""The doer of a criticised act told by nationality (events/owners.deed_doer) and one record per
act (events/scope.covered). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(rec) -> set[str]:
    return {e.plover for e in rec.events}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The European Union condemned the Russian invasion of Ukraine.", "RUS"),
        ("The Japanese foreign ministry denounced Chinese military drills near Taiwan.", "CHN"),
        ("Brazil's president condemned the Israeli offensive in Gaza on Monday.", "ISR"),
        ("Germany criticised the Chinese government's crackdown on protesters.", "CHN"),
    ],
)
def test_a_stance_on_an_act_told_by_its_doer_s_nationality_is_aimed_at_that_country(
    extract, side, text, target
) -> None:
    rec = extract(text, "2024-05-10")
    assert side(rec, "ACCUSE", "target") == [target]


def test_an_event_with_a_side_unknown_is_dropped_where_the_sentence_codes_it_with_both(
    extract,
) -> None:
    rec = extract(
        "Rebels attacked an army base in Goma and killed three Congolese soldiers.", "2024-05-10"
    )
    found = [e for e in rec.events if e.plover == "ASSAULT"]
    assert found and all(e.source and e.target for e in found), [
        (e.source, e.target) for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Last year Volkswagen sold more electric cars than Tesla for the first time.",
        "Researchers at the University of Padua collaborated with Stanford University.",
        "The singer worked with Quincy Jones on her second album.",
    ],
)
def test_commerce_and_collaboration_between_private_parties_is_no_cooperate_event(
    extract, text
) -> None:
    rec = extract(text, "2024-05-10")
    assert "COOPERATE" not in _types(rec), [(e.cameo, e.source, e.target) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("Japan shared satellite intelligence with India last week.", "IND"),
        ("The Kenyan police worked with Interpol to track the smugglers.", "KEN"),
    ],
)
def test_cooperation_with_a_public_party_is_still_coded(extract, side, text, public) -> None:
    rec = extract(text, "2024-05-10")
    sides = (side(rec, "COOPERATE", "source") or []) + (side(rec, "COOPERATE", "target") or [])
    assert public in sides, [(e.plover, e.cameo) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was struck and killed by a delivery truck on Main Street on Tuesday.",
        "Two hikers were killed when a tree fell on their tent during a storm, officials said.",
    ],
)
def test_a_death_in_an_accident_is_no_attack(extract, text) -> None:
    rec = extract(text, "2024-05-10")
    assert "ASSAULT" not in _types(rec), [(e.cameo, e.source, e.target) for e in rec.events]


def test_a_death_by_a_weapon_in_a_car_is_still_an_attack(extract) -> None:
    rec = extract("Four police officers were killed by a car bomb outside Mogadishu.", "2024-05-10")
    assert "ASSAULT" in _types(rec)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters pressed the defence minister on whether she would resign.",
        "The senator asked the general why the troops had left the base.",
    ],
)
def test_a_question_put_to_someone_is_no_demand(extract, text) -> None:
    rec = extract(text, "2024-05-10")
    assert "REQUEST" not in _types(rec), [(e.cameo, e.source, e.target) for e in rec.events]


def test_asking_someone_to_act_is_still_a_demand(extract) -> None:
    rec = extract("The senator asked the general to withdraw the troops.", "2024-05-10")
    assert "REQUEST" in _types(rec)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iran threatened to close the Strait of Hormuz on Sunday.", None),
        ("Russia threatened to cut gas supplies to Moldova.", "MDA"),
        ("Beijing threatened to retaliate if Manila renewed the patrols.", "PHL"),
        ("China warned it would respond if Japan sent warships.", "JPN"),
    ],
)
def test_a_threat_is_coded_and_aimed_at_its_content_or_condition(
    extract, side, text, target
) -> None:
    rec = extract(text, "2024-05-10")
    found = side(rec, "THREATEN", "target")
    assert found is not None, [(e.plover, e.cameo) for e in rec.events]
    assert found == ([target] if target else [])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian troops pulled out of the city of Bakhmut on Saturday.", ["UKR"]),
        ("Ethiopian forces pulled back from the border town.", []),
    ],
)
def test_a_withdrawal_is_coded_with_or_without_a_side_withdrawn_from(
    extract, side, text, target
) -> None:
    rec = extract(text, "2024-05-10")
    assert side(rec, "RETREAT", "target") == target, [(e.plover, e.cameo) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Russian missile strike on Odesa killed four civilians.", "RUS", "UKR"),
        ("A Ukrainian drone attack on Belgorod wounded six people.", "UKR", "RUS"),
    ],
)
def test_a_nationality_before_an_attack_names_its_doer_and_the_attack_is_one_record(
    extract, side, text, source, target
) -> None:
    rec = extract(text, "2024-05-10")
    assert side(rec, "ASSAULT", "source") == [source]
    assert side(rec, "ASSAULT", "target") == [target]
    assert len([e for e in rec.events if e.plover == "ASSAULT"]) == 1, rec.events


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The court sentenced the opposition leader to five years in prison.", "ACCUSE"),
        ("The government released 200 political prisoners ahead of the talks.", "RETREAT"),
        ("The army pulled its troops back from the disputed area.", "RETREAT"),
        ("The president rejected calls for his resignation.", "REJECT"),
    ],
)
def test_a_state_body_told_by_description_acts_on_a_described_side(extract, text, plover) -> None:
    rec = extract(text, "2024-05-10")
    assert plover in _types(rec), [(e.plover, e.cameo) for e in rec.events]


def test_two_private_descriptions_still_make_no_event(extract) -> None:
    rec = extract("The neighbours praised the volunteers for their work.", "2024-05-10")
    assert not rec.events, [(e.plover, e.cameo) for e in rec.events]


def test_a_rejection_with_no_one_named_stands_one_sided(extract, side) -> None:
    rec = extract("Parliament voted down the budget proposal on Tuesday.", "2024-05-10")
    assert side(rec, "REJECT", "target") == [], [(e.plover, e.cameo) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrations broke out in several cities after the verdict.",
        "A protest outside the embassy turned violent on Friday.",
    ],
)
def test_a_protest_that_breaks_out_stands_with_no_one_named(extract, text) -> None:
    rec = extract(text, "2024-05-10")
    assert "PROTEST" in _types(rec), [(e.plover, e.cameo) for e in rec.events]


def test_a_remark_at_a_rally_is_no_protest(extract) -> None:
    rec = extract("The governor gave her speech at a crowded rally in the capital.", "2024-05-10")
    assert "PROTEST" not in _types(rec), [(e.plover, e.cameo) for e in rec.events]


def test_what_an_if_clause_supposes_is_no_event(extract) -> None:
    rec = extract("If Iran attacks Israel, the United States will respond.", "2024-05-10")
    assert "ASSAULT" not in _types(rec), [(e.plover, e.cameo) for e in rec.events]
    rec = extract("Iran attacked Israel on Saturday night.", "2024-05-10")
    assert "ASSAULT" in _types(rec)


def test_two_sides_that_meet_somewhere_meet_each_other(extract, side) -> None:
    text = "Indian Prime Minister Narendra Modi and Pakistan's Nawaz Sharif met in Kathmandu."
    rec = extract(text, "2014-11-27")
    sides = (side(rec, "CONSULT", "source") or []) + (side(rec, "CONSULT", "target") or [])
    assert sorted(sides) == ["IND", "PAK"], [(e.plover, e.source, e.target) for e in rec.events]
