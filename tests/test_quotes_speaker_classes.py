"""Speaker classes of news quotes that used to come out without a speaker: a surname the
tagger read as a common noun, a participle hung on the speaker, a body named by description,
a thing cited "according to" with its owner, a source's whole description, an unnamed person
introduced with "a" and later called "the <noun>", a title with a portfolio glued to a name."""

from __future__ import annotations

import pytest

from communique.pipeline import RawArticle


def _record(pipeline, text: str):
    return pipeline.extract(RawArticle(text=text, input="<test>", published="2024-01-10"))


def _speaker(rec, start: str) -> str | None:
    (q,) = [q for q in rec.quotes if q.text.startswith(start)]
    a = rec.actor(q.speaker) if q.speaker else None
    return a.name if a is not None else None


def test_a_surname_tagged_as_a_common_noun_is_the_person_named_before(pipeline):
    rec = _record(
        pipeline,
        "Dr. Peter Daszak, president of EcoHealth Alliance, was asked for details. "
        "Daszak replied that the institute had been funding the research for years.",
    )
    assert _speaker(rec, "the institute had been funding") == "Peter Daszak"


def test_a_participle_on_the_speaker_carries_the_next_quote(pipeline):
    rec = _record(
        pipeline,
        "“Cheaper fuel would change everything,” said Dana Whitfield, a Republican strategist, "
        "calling it the issue that decides the race. “What matters is how people feel.”",
    )
    assert _speaker(rec, "What matters") == "Dana Whitfield"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "The medical examiner’s office said the singer died of natural causes.",
            "the singer died",
            "medical examiner’s office",
        ),
        (
            "The county health department confirmed that two wells were contaminated.",
            "two wells were",
            "county health department",
        ),
    ],
)
def test_a_body_named_by_description_is_an_actor(pipeline, text, start, name):
    assert _speaker(_record(pipeline, text), start) == name


def test_a_bare_the_company_still_points_back_to_the_company_named(pipeline):
    rec = _record(pipeline, "Tesla reported a loss. The company said sales fell in Europe.")
    assert _speaker(rec, "sales fell") == "Tesla"


def test_according_to_a_thing_owned_by_a_body_is_that_body(pipeline):
    rec = _record(
        pipeline,
        "Factory orders rose for a third month, according to the Conference Board’s monthly "
        "survey.",
    )
    assert _speaker(rec, "Factory orders") == "Conference Board"


def test_according_to_someones_lawyer_stays_the_lawyer(pipeline):
    rec = _record(pipeline, "The deal was signed, according to Trump’s lawyer.")
    assert _speaker(rec, "The deal was signed") == "Trump’s lawyer"


def test_a_source_is_named_by_its_whole_description(pipeline):
    rec = _record(
        pipeline,
        "Eight pollsters and strategists interviewed by Reuters said the race was close.",
    )
    (q,) = rec.quotes
    actor = rec.actor(q.speaker)
    assert actor is not None
    assert actor.name == "Eight pollsters and strategists interviewed by Reuters"
    assert actor.country is None  # the news agency's country is not the pollsters'


def test_the_noun_after_a_noun_is_the_person_introduced(pipeline):
    rec = _record(
        pipeline,
        "The paper sat down with an AS senator to check the email.\n\n"
        "“You can’t spend until the senate has approved the minutes,” the senator explained.\n\n"
        "“Public forum is for you to speak,” they said.",
    )
    assert _speaker(rec, "You can’t spend") == "AS senator"
    assert _speaker(rec, "Public forum") == "AS senator"


def test_a_title_with_a_portfolio_does_not_swallow_the_name(pipeline):
    rec = _record(
        pipeline,
        "Brussels Secretary of State for Mobility Sofie Claes said the plan was needed. "
        "The secretary of state added that she was not banning cars. "
        "Claes said the rules date back to 2011.",
    )
    for start in ("the plan was needed", "she was not banning", "the rules date back"):
        assert _speaker(rec, start) == "Sofie Claes"


def test_a_title_between_the_lead_in_and_the_quote_is_part_of_the_lead_in(pipeline):
    rec = _record(
        pipeline,
        'Senator Jane Holloway spoke in May. In May, she told "Morning Joe," "Tariffs are '
        'a tax on every family in this country."',
    )
    (q,) = [q for q in rec.quotes if q.text.startswith("Tariffs")]
    assert q.kind == "direct"
    assert _speaker(rec, "Tariffs") == "Jane Holloway"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        ('Police had one message for drivers: "Slow down."', "Slow down", "police"),
        (
            "Finance Minister Olaf Berg invoked history to denounce the plan: "
            '"Even in wartime, the trains still ran on time."',
            "Even in wartime",
            "Olaf Berg",
        ),
    ],
)
def test_a_clause_before_a_colon_introduces_its_subjects_words(pipeline, text, start, name):
    assert _speaker(_record(pipeline, text), start) == name


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('The reason is simple: "We have no money."', "We have no money"),
        ('The sign read: "No entry."', "No entry"),
    ],
)
def test_a_colon_after_a_thing_or_a_copula_names_no_speaker(pipeline, text, start):
    assert _speaker(_record(pipeline, text), start) is None


def test_a_pronoun_after_a_name_the_parser_left_without_a_verb_is_that_person(pipeline):
    rec = _record(
        pipeline,
        "Ohio Gov. Mark Ellison trails in the polls. Tom Reyes, a forklift driver at a local "
        "bakery, braved freezing rain to attend the rally. He arrived undecided, but said he "
        "was considering Ellison.",
    )
    assert _speaker(rec, "he was considering") == "Tom Reyes"


def test_she_points_to_the_woman_named_not_to_a_nearer_name(pipeline):
    rec = _record(
        pipeline,
        "Radio Canada reached Maria Lopez from Green Valley, a Montreal firm that works with "
        "Alpine Dairy to import Swiss butter. She confirmed the change hurts her business "
        'too, and said "it was never necessary."',
    )
    assert _speaker(rec, "the change hurts") == "Maria Lopez"


def test_she_never_points_to_a_man_by_his_given_name(pipeline):
    rec = _record(
        pipeline,
        "Laura Finch married Daniel Price Moore in 2018. In a letter published after her "
        "death in March, she asked for gifts to charity, writing, “Thank you all, truly.”",
    )
    assert _speaker(rec, "Thank you") == "Laura Finch"


def test_given_names_take_the_gender_of_the_knowledge_bases_people():
    from communique.actors.lookup import gender_of

    assert gender_of("Lisa MacNeil") == "f"
    assert gender_of("Andrew Gregory") == "m"
    assert gender_of("Kim Jong Un") is None  # a family name written first
    assert gender_of("Madonna") is None  # one word: no given name to read


def test_quoted_words_that_a_clause_goes_on_from_are_partial_inside_reported_speech(pipeline):
    rec = _record(pipeline, 'Kennedy says "circumstantial evidence" is enough.')
    kinds = {(q.kind, q.text) for q in rec.quotes}
    assert ("partial", "circumstantial evidence") in kinds
    assert ("indirect", '"circumstantial evidence" is enough') in kinds


def test_a_quoted_object_followed_by_another_verb_stays_direct(pipeline):
    rec = _record(pipeline, 'He declared "This is over" and walked out of the hall.')
    assert ("direct", "This is over") in [(q.kind, q.text) for q in rec.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The app is useful. That said, it does not track calls.",
        "Having said that, the plan has flaws nobody fixed.",
        "Needless to say, the plan has flaws nobody fixed.",
        "For example, let's assume that you doubt the partner is honest.",
    ],
)
def test_discourse_markers_and_the_generic_you_report_nobodys_words(pipeline, text):
    assert _record(pipeline, text).quotes == []


def test_a_dash_and_a_name_after_a_quote_credit_it(pipeline):
    rec = _record(pipeline, '"Never give in." — Winston Churchill')
    assert _speaker(rec, "Never give in") == "Winston Churchill"


def test_a_verb_of_thought_attributes_a_quote_next_to_it_but_reports_no_clause(pipeline):
    rec = _record(pipeline, "Maria Lopez moved to Austin. “It will rain,” she thinks.")
    assert _speaker(rec, "It will rain") == "Maria Lopez"
    assert _record(pipeline, "Maria Lopez thinks the plan is bad.").quotes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An International Monetary Fund report says most Gazans lived in poverty. "
            "The West Bank's share was 19%, according to the report.",
            "International Monetary Fund",
        ),
        (
            "The Wall Street Journal reported Thursday that tariffs would rise. Tariffs on "
            "solar panels will rise too, according to the report.",
            "Wall Street Journal",
        ),
    ],
)
def test_the_report_points_back_to_the_report_named_before(pipeline, text, name):
    rec = _record(pipeline, text)
    (q,) = [q for q in rec.quotes if q.cue and q.cue.lower() == "according to"]
    assert rec.actor(q.speaker).name == name


def test_a_hyphenated_given_name_after_a_title_stays_whole(pipeline):
    rec = _record(pipeline, "On Monday, Cardinal Jean-Claude Hollerich opened the session.")
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Jean-Claude Hollerich"]
