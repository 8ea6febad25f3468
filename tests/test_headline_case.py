"""Headlines in title case are parsed with their trigger words in lower case (headlines.py,
sentence_case_headlines); the record keeps the text as published."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.events.lexicon import trigger_words
from communique.headlines import sentence_case_headlines


def test_a_title_case_headline_has_its_verbs_lowered_and_its_names_kept() -> None:
    line = "Maria Ortiz’s Delta Media Lawsuit Accuses Tom Reed of Stealing Trade Secrets"
    out = sentence_case_headlines(line, trigger_words())
    assert "Lawsuit accuses Tom Reed" in out and "Trade Secrets" in out
    assert out.startswith("Maria Ortiz’s Delta Media")


def test_a_sentence_is_left_as_it_is() -> None:
    line = "China Arrests Two Canadian Journalists, Officials Said On Friday."
    assert sentence_case_headlines(line, trigger_words()) == line


WORDS = ["Biden", "Pardons", "Accuses", "Jailed", "Trade", "of", "Go-Go’s", "Strikes.", "\n", "x"]


@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_only_letter_case_changes(text: str) -> None:
    out = sentence_case_headlines(text, trigger_words())
    assert len(out) == len(text) and out.lower() == text.lower()


def test_the_headline_s_doer_is_found_and_the_record_keeps_the_text(extract) -> None:
    text = "Biden Pardons Thousands More for Pot Offenses"
    rec = extract(text, "2023-12-23")
    assert rec.text == text
    assert [(a.name, a.code) for a in rec.actors] == [("Joe Biden", "USAGOV")]


def test_a_title_case_light_verb_is_read_as_a_verb(extract) -> None:
    rec = extract("Moscow Slaps Sanctions on EU Officials Over Navalny Report", "2020-10-22")
    assert [e.plover for e in rec.events] == ["SANCTION"]
    assert not any(a.name.endswith("Slaps") for a in rec.actors)


def test_a_title_case_verb_with_a_doubled_consonant_and_its_particle_are_read_as_a_verb(
    extract,
) -> None:
    rec = extract("Rebels Shot Down Army Helicopter Over Tigray", "2021-06-23")
    assert [e.plover for e in rec.events] == ["ASSAULT"]
    rec = extract("Gang Leader Gunned Down Outside Tijuana Nightclub", "2021-06-23")
    assert [e.plover for e in rec.events] == ["ASSAULT"]


CAPS = ["NATO", "TROOPS", "TO", "DEPLOY", "UN", "IMF", "ACCUSES", "RUSSIA", "OF", ",", "\n", "a"]


@given(st.lists(st.sampled_from(CAPS), max_size=14).map(" ".join))
def test_a_headline_in_capitals_changes_letter_case_only(text: str) -> None:
    out = sentence_case_headlines(text, trigger_words(), frozenset({"NATO"}))
    assert len(out) == len(text) and out.lower() == text.lower()


def test_a_headline_in_capitals_is_title_cased_keeping_its_acronyms() -> None:
    line = "NATO TO DEPLOY 4,000 TROOPS AS UN AND IMF WARN OF CRISIS"
    out = sentence_case_headlines(line, trigger_words(), frozenset({"NATO", "IMF"}))
    assert out == "NATO to Deploy 4,000 Troops as UN and IMF warn of Crisis"  # a pair: "warn"


def test_a_headline_in_capitals_is_coded(extract) -> None:
    rec = extract("UN CHIEF URGES CEASEFIRE IN GAZA", "2015-04-29")  # a headline on its own
    assert [e.plover for e in rec.events] == ["REQUEST"], rec.events
    assert rec.text == "UN CHIEF URGES CEASEFIRE IN GAZA"


def test_a_base_form_after_a_plural_or_a_pair_of_names_is_read_as_a_verb() -> None:
    names = " human rights watch | arms control association "
    out = sentence_case_headlines(
        "Putin, Bush Sign Treaty To Cut Arsenals", trigger_words(), names=names
    )
    assert out.startswith("Putin, Bush sign Treaty")
    out = sentence_case_headlines("Farmers Block Roads Across France", trigger_words(), names=names)
    assert out.startswith("Farmers block Roads")
    line = "Arms Control Association Welcomes The Deal"  # "Arms Control" stays a name
    assert sentence_case_headlines(line, trigger_words(), names=names).startswith("Arms Control")


def test_common_nouns_of_a_title_case_headline_are_lowered() -> None:
    assert recase("Riot Police Detain Dozens Of Students In Minsk") == (
        "Riot police detain Dozens Of students In Minsk"
    )
    # a known name keeps its capitals: "Bank Of England" is no bank of somewhere
    assert recase("Bank Of England Raises Rates Again").startswith("Bank Of England raises")
    # so does a name the knowledge base does not know, after a capitalised word
    assert recase("Dunmore University Students Protest Fee Rise").startswith(
        "Dunmore University Students protest"
    )
    # and a headline in sentence case keeps its nouns
    line = "Ohio touts new clean energy hub at Dunmore University"
    assert recase(line) == line


def recase(line: str) -> str:
    from communique.actors.lookup import acronyms, headline_modifiers, headline_nouns, name_text

    nouns, mods = headline_nouns(), headline_modifiers()
    return sentence_case_headlines(line, trigger_words(), acronyms(), name_text(), nouns, mods)


def test_a_title_case_headline_with_a_collective_subject_is_coded(extract) -> None:
    rec = extract("Riot Police Detain Dozens Of Students In Minsk", published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "COERCE"]
    assert {a.code for a in rec.actors if a.id in e.source} == {"BLRCOP"}
    assert e.trigger.text == "Detain"


def test_a_noun_given_a_subject_and_an_object_is_read_as_the_verb(nlp) -> None:
    doc = nlp("Kenyan police arrest opposition leader in Nairobi")
    (arrest,) = [t for t in doc if t.text == "arrest"]
    assert arrest.pos_ == "VERB" and arrest.lemma_ == "arrest"
    doc = nlp("The arrest of the opposition leader angered his supporters.")
    (arrest,) = [t for t in doc if t.text == "arrest"]
    assert arrest.pos_ == "NOUN"


def test_a_headline_verb_the_tagger_read_as_a_noun_is_coded(extract) -> None:
    rec = extract("Kenyan police arrest opposition leader in Nairobi", published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "COERCE"]
    assert {a.country for a in rec.actors if a.id in e.source} == {"KEN"}


NOUN_WORDS = ["Police", "Arrest", "Of", "In", "Leader", "Girls", "Bank", "England", "Taliban"]


@given(st.lists(st.sampled_from(NOUN_WORDS + WORDS), max_size=14).map(" ".join))
def test_lowering_common_nouns_changes_letter_case_only(text: str) -> None:
    out = recase(text)
    assert len(out) == len(text) and out.lower() == text.lower()


def test_a_headline_past_form_with_no_object_is_a_passive(extract) -> None:
    rec = extract("Zambian Opposition Leader Jailed Over Protest", published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "COERCE"]
    assert not e.source and {a.country for a in rec.actors if a.id in e.target} == {"ZMB"}
    # with its object, or as a sentence, the same verb is active
    rec = extract("The governor jailed his critics.", published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "COERCE"]
    assert [a.name for a in rec.actors if a.id in e.source] == ["governor"]


def test_a_headline_pair_of_leaders_signing_is_an_agreement_between_them(extract) -> None:
    # "and" between two names before a base form, as after a comma ("Putin, Bush Sign")
    rec = extract("Kohl and Mitterrand Sign Accord On Joint Army Brigade", published="1991-10-15")
    pairs = [
        {a.country for a in rec.actors if a.id in [*e.source, *e.target]}
        for e in rec.events
        if e.plover == "AGREE"
    ]
    assert {"DEU", "FRA"} in pairs
