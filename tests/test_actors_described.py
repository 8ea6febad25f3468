"""Actors the text describes without a name (actors/collective.py, data/actors/collectives.csv):
agent nouns as the doers and sufferers of news, with the country their context gives."""

from __future__ import annotations


def _actors(rec) -> dict[str, tuple[str | None, str | None, str]]:
    return {a.name: (a.country, a.code, a.kind) for a in rec.actors}


def test_a_headline_doer_is_a_described_person_with_the_place_country(extract) -> None:
    rec = extract("Student shoots 3 people dead at university in Ostrava")
    assert _actors(rec)["Czech student"] == ("CZE", "CZEEDU", "person")
    assert "Czech university" not in _actors(rec)  # "at university": a place, no actor


def test_an_unnamed_doer_without_context_keeps_its_agent_and_no_country(extract) -> None:
    rec = extract("A gunman opened fire on worshippers outside the mosque.")
    assert _actors(rec)["gunman"] == (None, None, "person")


def test_the_place_a_group_enters_is_not_its_country(extract) -> None:
    rec = extract("Before dawn, fighters crossed into Israel in a coordinated raid.")
    acts = _actors(rec)
    assert acts["fighters"][0] is None  # not "Israeli fighters"
    assert acts["Israel"][0] == "ISR"


def test_a_title_in_the_singular_is_no_described_actor(extract) -> None:
    rec = extract("India expelled a senior Canadian diplomat on Tuesday, the ministry said.")
    assert not any(a.kind == "person" and a.name.endswith("diplomat") for a in rec.actors)


def test_a_plural_title_doing_something_is_a_group_of_its_country(extract) -> None:
    rec = extract("Kenyan lawmakers approved the finance bill on Tuesday.")
    assert _actors(rec)["Kenyan lawmakers"] == ("KEN", "KENLEG", "group")


def test_titles_mentioned_in_passing_are_no_actors(extract) -> None:
    rec = extract("The minister met Kenyan farmers and spoke with researchers in Nairobi.")
    assert not any("researchers" in a.name for a in rec.actors)


def test_bodies_in_several_countries_are_no_one_actor(extract) -> None:
    text = "Wang saluted the ties between the authoritarian governments in Beijing and Moscow."
    rec = extract(text)
    assert not any("governments" in a.name for a in rec.actors)


def test_a_plural_institution_needs_its_own_country(extract) -> None:
    text = "China's economy slowed. Central banks raised rates. Chinese companies cut jobs."
    acts = _actors(extract(text))
    assert not any("banks" in n for n in acts)
    assert acts["Chinese companies"] == ("CHN", "CHNBUS", "group")


def test_one_unnamed_doer_noun_is_one_actor_per_country(extract) -> None:
    text = (
        "A student opened fire at a university in Prague on Thursday. Police said a student "
        "had planned the attack in Prague for weeks."
    )
    students = [a for a in extract(text).actors if a.name == "Czech student"]
    assert len(students) == 1 and len(students[0].mentions) == 2


def test_described_doers_carry_events(extract) -> None:
    rec = extract("A student opened fire into a university building in Prague on Thursday.")
    names = {a.id: a.name for a in rec.actors}
    assert any(
        e.plover == "ASSAULT" and [names[s] for s in e.source] == ["Czech student"]
        for e in rec.events
    )


def test_fire_aimed_at_people_is_an_attack_and_fire_into_the_sea_a_show_of_force(extract) -> None:
    aimed = extract("A gunman opened fire on worshippers in Prague.")
    # a gunman, not an army: unconventional violence (CAMEO 180, data/events/triggers/18.tsv)
    assert [(e.plover, e.cameo) for e in aimed.events] == [("ASSAULT", "180")]
    shown = extract("North Korea fired a missile on Tuesday.")
    assert [(e.plover, e.cameo) for e in shown.events] == [("MOBILIZE", "150")]


def test_a_public_body_named_after_a_state_or_city_has_that_country(extract) -> None:
    text = (
        "Kentucky State Police began working with the Colorado Supreme Court, the University "
        "of Texas and the Los Angeles Police Department."
    )
    acts = _actors(extract(text))
    assert acts["Kentucky State Police"][:2] == ("USA", "USACOP")
    assert acts["Colorado Supreme Court"][:2] == ("USA", "USAJUD")
    assert acts["University of Texas"][:2] == ("USA", "USAEDU")
    assert acts["Los Angeles Police Department"][:2] == ("USA", "USACOP")


def test_a_bodys_words_give_its_agent() -> None:
    from communique.actors.kb import kb

    k = kb()
    assert k.sector_of("Othram Inc.") == "BUS"
    assert k.sector_of("Sony Pictures Entertainment") == "BUS"
    assert k.sector_of("Gun Violence Archive") == "NGO"
    assert k.sector_of("WCVB-TV") == "MED"
    assert k.sector_of("KFOR") is None  # an acronym that only looks like a call sign
    assert k.sector_of("Capitol Police") == "COP"
    assert k.sector_of("Department of Energy") == "GOV"


def test_police_acting_where_no_police_body_is_named_are_the_places_police(extract) -> None:
    rec = extract("Police arrested 40 students in Dhaka on Tuesday.")
    names = {a.id: a.name for a in rec.actors}
    assert names and "Bangladeshi police" in names.values()
    assert [(e.plover, names[e.source[0]], names[e.target[0]]) for e in rec.events] == [
        ("COERCE", "Bangladeshi police", "Bangladeshi students")
    ]


def test_police_after_a_named_police_body_are_left_to_coreference(extract) -> None:
    text = "The Metropolitan Police said a man was arrested. Police said he was 40."
    assert not any(a.kind == "group" for a in extract(text).actors)


def test_people_of_a_stated_country_are_a_group_and_bare_people_are_not(extract) -> None:
    rec = extract("Polish women marched through Warsaw and Krakow on Monday.")
    assert _actors(rec)["Polish women"] == ("POL", "POLCVL", "group")
    rec = extract("South African public servants went on strike after wage talks collapsed.")
    assert _actors(rec)["South African public servants"][:2] == ("ZAF", "ZAFGOV")
    assert not any(a.name == "women" for a in extract("Women marched on Monday.").actors)


def test_a_people_noun_not_made_from_its_adjective_is_a_mention_of_its_country(extract) -> None:
    # "Serbs", "Swedes", "Rohingya": people nouns of data/actors/adjectives.csv
    rec = extract("Hundreds of Serbs gathered outside the town hall while Swedes watched.")
    countries = {a.country for a in rec.actors if a.kind == "country"}
    assert {"SRB", "SWE"} <= countries, _actors(rec)


def test_a_post_or_convoy_told_by_nationality_is_a_mention_of_its_country(extract) -> None:
    rec = extract("Militants fired rockets at an Israeli army post and a Jordanian convoy.")
    countries = {a.country for a in rec.actors if a.kind == "country"}
    assert {"ISR", "JOR"} <= countries, _actors(rec)


def test_a_hospital_or_camp_told_by_nationality_is_a_mention_of_its_country(extract) -> None:
    rec = extract("Drones struck a Ukrainian hospital and a Palestinian camp overnight.")
    countries = {a.country for a in rec.actors if a.kind == "country"}
    assert {"UKR", "PSE"} <= countries, _actors(rec)
