"""A quote paragraph led by the paraphrase before it, and a document named by the act that
made it ("announced" ... "the announcement"), in texts written for these tests."""

from __future__ import annotations

from communique.pipeline import RawArticle


def _record(pipeline, text: str):
    return pipeline.extract(RawArticle(text=text, input="<test>", published="2024-11-04"))


def _speakers(record, kind: str | None = None):
    return [
        record.actor(q.speaker).name if q.speaker else None
        for q in record.quotes
        if kind is None or q.kind == kind
    ]


def _cued(record):
    return [(q.cue, record.actor(q.speaker).name if q.speaker else None) for q in record.quotes]


def test_a_quote_paragraph_after_a_person_expressing_something_is_theirs(pipeline):
    text = (
        "Pupils at Hillcrest Primary collected 4,000 tins for the food bank.\n\n"
        "Head teacher Laura Finch expressed her delight at the daily stream of donations.\n\n"
        "\u201cThe children turned a lesson into something real for our town.\u201d"
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "direct") == ["Laura Finch"]


def test_a_quote_paragraph_after_a_sentence_of_no_ones_saying_stays_unattributed(pipeline):
    text = (
        "Head teacher Laura Finch runs the school's food drive every winter.\n\n"
        "The tins were stacked in the hall by Friday afternoon.\n\n"
        "\u201cThe children turned a lesson into something real for our town.\u201d"
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "direct") == [None]


def test_the_announcement_is_the_announcers_and_the_statement_the_stating_bodys(pipeline):
    text = (
        "The record label Hybe Music announced on Monday that the singer's new album would "
        "arrive in March.\n\n"
        'The announcement described the record as "a love letter to his fans."\n\n'
        "The Interior Ministry stated that the border would stay closed. The statement added "
        'that the closure was "temporary and necessary."'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "partial") == ["Hybe Music", "Interior Ministry"]


def test_a_participle_hung_on_the_reported_clause_speaks_for_the_reporter(pipeline):
    text = (
        'Their cousin Luis Marrero also noted the bail was "an injustice," writing in an '
        "online message:\n\n"
        "\u201cMy cousins were priceless. But this bail is an injustice in itself.\u201d"
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "direct") == ["Luis Marrero"]


def test_a_participle_after_a_clause_about_someone_stays_with_that_someone(pipeline):
    text = (
        "The senators learned that Dr. Paul Remsen had emailed Dr. Ines Vidal, asking Vidal "
        'for any "inside info" on the outbreak.'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "partial") == ["Paul Remsen"]


def test_one_and_another_of_a_crowd_speak_for_that_crowd(pipeline):
    text = (
        "Fans flooded the singer's post with praise.\n\n"
        '"You are a national treasure," wrote one.\n\n'
        '"This made my whole week," another commented.'
    )
    rec = _record(pipeline, text)
    crowd = [a for a in rec.actors if a.kind == "group"]
    assert [a.name for a in crowd] == ["Fans"]
    assert _speakers(rec, "direct") == ["Fans", "Fans"]


def test_shared_on_social_media_is_a_cue(pipeline):
    text = (
        "Singer Mara Quist thanked her fans after the concert.\n\n"
        '"It felt like home," Quist shared on Instagram.'
    )
    rec = _record(pipeline, text)
    assert _cued(rec) == [("shared", "Mara Quist")]


def test_a_label_before_a_colon_gives_way_to_the_speaker_named_after_the_quote(pipeline):
    text = (
        'Cake turntable: "Like in pottery, a spinning table gives you even sides," '
        "baker Nina Marsh says."
    )
    rec = _record(pipeline, text)
    assert _cued(rec) == [("says", "Nina Marsh")]


def test_an_act_that_is_a_sentences_subject_is_no_cue(pipeline):
    text = (
        "Of course, sharing a flat with a sister has led to the occasional squabble. "
        '"The last time, she made me pay the cleaning fees."'
    )
    rec = _record(pipeline, text)
    assert [q.cue for q in rec.quotes] == [None]


def test_a_lawsuit_filed_on_behalf_of_a_body_speaks_for_it(pipeline):
    text = (
        "The lawsuit filed Thursday on behalf of Greenpeace claimed that the company had been "
        '"misleading the public" for years.'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "partial") == ["Greenpeace"]


def test_the_quote_paragraphs_of_an_interview_are_the_interviewees(pipeline):
    text = (
        "Harbor Labs' Dana Whitfield on the state of port automation\n\n"
        "I spoke with Dana Whitfield, chief strategy officer at Harbor Labs, about a new "
        "survey of port operators.\n\n"
        "Survey results: hopes and worries\n\n"
        '"Most operators told us they expect to automate half their cranes within five years."'
        "\n\n"
        '"The biggest worry was not cost. It was finding people who can run the systems."'
    )
    rec = _record(pipeline, text)
    assert _cued(rec) == [(None, "Dana Whitfield"), (None, "Dana Whitfield")]
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Dana Whitfield"]


def test_stewards_who_wrote_are_a_described_group(pipeline):
    text = 'Union stewards at the bus depot wrote that the pay offer was "an insult" to drivers.'
    rec = _record(pipeline, text)
    assert _speakers(rec, "partial") == ["Union stewards at the bus depot"]


def test_paying_leads_only_a_tribute(pipeline):
    text = (
        "Mayor Ines Karlsson paid tribute to the firefighters on Sunday.\n\n"
        '"They ran toward the danger when everyone else ran away."\n\n'
        "Harbor Freight Corp. paid $2 million in fines last year.\n\n"
        '"We have changed how we train our staff."'
    )
    rec = _record(pipeline, text)
    assert _speakers(rec, "direct") == ["Ines Karlsson", None]
