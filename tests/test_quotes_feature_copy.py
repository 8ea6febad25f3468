"""Speakers in feature and tabloid copy: a first name in capitals opening the lead, a person
named again by the given name alone, a comment "from" someone, an unnamed poster whose verb
the parser misreads (texts written for these tests)."""

from __future__ import annotations

from communique.pipeline import RawArticle


def _record(pipeline, text: str):
    return pipeline.extract(RawArticle(text=text, input="<test>", published="2024-11-04"))


def _speakers(record):
    return [record.actor(q.speaker).name if q.speaker else None for q in record.quotes]


def test_a_lead_in_capitals_keeps_the_person_and_the_given_name_is_that_person(pipeline):
    text = (
        "Cafe owner opens second branch\n\n"
        "SARAH Jennings was thrilled when the doors opened on Saturday.\n\n"
        'Sarah, 42, said: "It has been a dream for years."\n\n'
        'She added: "We will hire ten more people."'
    )
    rec = _record(pipeline, text)
    people = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Sarah Jennings"]  # one person, not "Sarah" beside her
    assert _speakers(rec) == ["Sarah Jennings", "Sarah Jennings"]


def test_a_given_name_two_people_share_joins_neither(pipeline):
    text = 'Tom Rivers and Tom Okafor run the club.\n\nTom said: "We need a bigger hall."'
    rec = _record(pipeline, text)
    assert _speakers(rec) != ["Tom Rivers"] and _speakers(rec) != ["Tom Okafor"]


def test_the_person_a_comment_comes_from_is_a_person_not_a_place(pipeline):
    text = (
        "The budget drew a sharp comment on Monday from Owen Baxter, a "
        'former teacher. "It is reckless," he said. "We cannot afford it."'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec) == ["Owen Baxter", "Owen Baxter"]


def test_an_unnamed_poster_is_its_own_speaker_not_the_company_quoted(pipeline):
    text = (
        "Customers were angry after the update.\n\n"
        '"Once again Contoso broke my laptop," one angry customer posted on a forum. '
        '"Fix it now."'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec) == ["one angry customer", "one angry customer"]
    (poster,) = [a for a in rec.actors if a.name == "one angry customer"]
    assert len(poster.mentions) == 1  # one description, one actor, for both quotes


def test_a_study_speaks_for_its_author(pipeline):
    text = 'A study by the Urban Institute concluded that rents "rose faster than wages."'
    rec = _record(pipeline, text)
    assert set(_speakers(rec)) == {"Urban Institute"}


def test_a_name_after_a_profession_the_parser_missed_is_a_person(pipeline):
    text = "The findings came from Brookings fellow Mark Muro on Tuesday."
    rec = _record(pipeline, text)
    assert "Mark Muro" in [a.name for a in rec.actors if a.kind == "person"]


def test_a_quoted_phrase_under_according_to_is_a_partial_quote_of_the_source(pipeline):
    text = 'According to the Harbour Gazette, the port would "likely need new cranes" soon.'
    rec = _record(pipeline, text)
    partial = [q for q in rec.quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["likely need new cranes"]
    assert partial[0].cue == "According to"


def test_a_news_outlet_the_recogniser_tags_is_media_with_its_country(pipeline):
    text = 'The Sacramento Bee reported that the mayor "has no plans to resign."'
    rec = _record(pipeline, text)
    (bee,) = [a for a in rec.actors if a.name == "Sacramento Bee"]
    assert bee.kind == "media" and bee.country == "USA"
    assert set(_speakers(rec)) == {"Sacramento Bee"}


def test_a_headline_modal_is_no_part_of_a_name(pipeline):
    text = "Governor Insists City Will Rebuild After Floods\n\nThe official spoke on Monday."
    rec = _record(pipeline, text)
    assert not [a for a in rec.actors if "Will" in a.name or "Rebuild" in a.name]
