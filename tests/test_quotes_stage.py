"""The quotes stage on passages of our own.

Speakers are resolved through the actors stage's public face; to test this stage's own logic
whatever the actors stage does today, each test gives the actors (with the mentions the actors
stage is responsible for: names, titles, resolved pronouns) and runs only the quotes stage.
"""

from __future__ import annotations

import re

import pytest

from communique import quotes
from communique.record import Actor, Span, make_span


@pytest.fixture()
def run_quotes(pipeline):
    """run_quotes(text, {"Name": ["mention", ...]}) -> record with quotes (ids a0, a1, ...)."""
    from communique.pipeline import RawArticle

    def _run(text: str, actors: dict[str, list[str]] | None = None):
        record, ctx, parsed = pipeline.prepare(RawArticle(text=text, input="<test>"))
        doc = pipeline.nlp(parsed)
        record.actors = [
            Actor(id=f"a{n}", name=name, kind="person", mentions=_mentions(text, ms))
            for n, (name, ms) in enumerate((actors or {}).items())
        ]
        quotes.run(doc, record, ctx)
        assert record.check_spans() == []
        return record

    return _run


def _mentions(text: str, strings: list[str]) -> list[Span]:
    out = []
    for m in strings:
        for hit in re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text):
            out.append(make_span(text, *hit.span(), Span))
    return out


def by_text(record, kind=None):
    return {q.text: q for q in record.quotes if kind is None or q.kind == kind}


def name(record, actor_id):
    a = record.actor(actor_id)
    return a.name if a else None


def test_split_quote_gives_two_items_with_one_speaker(run_quotes):
    r = run_quotes(
        "“We will not sign this deal,” Maria Lopez said on Monday. “Not now, not ever.”",
        {"Maria Lopez": ["Maria Lopez"]},
    )
    q = by_text(r, "direct")
    assert set(q) == {"We will not sign this deal", "Not now, not ever."}
    assert {name(r, x.speaker) for x in q.values()} == {"Maria Lopez"}
    assert {x.cue for x in q.values()} == {"said"}


def test_multi_paragraph_quote_keeps_its_speaker(run_quotes):
    text = (
        "The senator spoke for an hour. Senator Ana Ruiz said: “This budget fails families.\n\n"
        "“It fails farmers and it fails our schools.\n\n"
        "“I will vote against it.”\n\n"
        "The vote is on Friday."
    )
    r = run_quotes(text, {"Ana Ruiz": ["Senator Ana Ruiz"]})
    q = by_text(r, "direct")
    assert len(q) == 3
    assert all(name(r, x.speaker) == "Ana Ruiz" for x in q.values())


def test_nested_quote_is_not_a_quote_of_its_own(run_quotes):
    r = run_quotes(
        "“They keep calling it ‘a temporary measure’ and it never ends,” Omar Haddad said.",
        {"Omar Haddad": ["Omar Haddad"]},
    )
    assert [q.text for q in r.quotes if q.kind != "indirect"] == [
        "They keep calling it ‘a temporary measure’ and it never ends"
    ]


def test_stray_marks_do_not_crash_and_the_rest_is_found(run_quotes):
    text = (
        'The mayor promised to act "within days.\n\n'
        "Critics don't agree. The council's ” report is late.\n\n"
        "“We have waited long enough,” Lena Berg said."
    )
    r = run_quotes(text, {"Lena Berg": ["Lena Berg"]})
    q = by_text(r, "direct")
    assert "We have waited long enough" in q
    assert name(r, q["We have waited long enough"].speaker) == "Lena Berg"


def test_pronoun_and_title_speakers_across_a_paragraph_break(run_quotes):
    text = (
        "Defence Minister Karl Aho met his Swedish counterpart on Tuesday.\n\n"
        "“Our border is secure,” the minister told reporters.\n\n"
        "He added that more troops would be sent north.\n\n"
        "“We are ready for any scenario,” he said."
    )
    r = run_quotes(text, {"Karl Aho": ["Defence Minister Karl Aho", "the minister", "He", "he"]})
    q = by_text(r)
    assert name(r, q["Our border is secure"].speaker) == "Karl Aho"
    assert q["Our border is secure"].speaker_mention.text == "the minister"
    assert name(r, q["We are ready for any scenario"].speaker) == "Karl Aho"
    assert q["We are ready for any scenario"].speaker_mention.text == "he"
    ind = by_text(r, "indirect")
    assert name(r, ind["more troops would be sent north"].speaker) == "Karl Aho"


def test_cueless_quote_paragraph_inherits_the_previous_attribution(run_quotes):
    text = (
        "“The talks were useful,” said Foreign Minister Ines Vidal.\n\n"
        "“We will meet again in the spring and we expect progress.”\n\n"
        "Prices rose again in March."
    )
    r = run_quotes(text, {"Ines Vidal": ["Foreign Minister Ines Vidal"]})
    q = by_text(r, "direct")
    assert name(r, q["The talks were useful"].speaker) == "Ines Vidal"
    assert name(r, q["We will meet again in the spring and we expect progress."].speaker) == (
        "Ines Vidal"
    )


def test_unattributed_quote_stays_unattributed_and_scare_quotes_are_left_out(run_quotes):
    text = (
        "Thousands marched against the so-called “foreign funding” law on Sunday.\n\n"
        "Police used tear gas near the parliament building.\n\n"
        "“We will not be silenced by anyone.”\n\n"
        "Prime Minister Ivo Petrov said the law would bring “transparency” to politics."
    )
    r = run_quotes(text, {"Ivo Petrov": ["Prime Minister Ivo Petrov"]})
    q = by_text(r)
    assert "foreign funding" not in q
    assert q["We will not be silenced by anyone."].speaker is None
    assert q["We will not be silenced by anyone."].kind == "direct"
    assert name(r, q["transparency"].speaker) == "Ivo Petrov"
    assert q["transparency"].kind == "partial"


def test_according_to_gives_indirect_speech(run_quotes):
    text = (
        "According to the health ministry, 42 people were injured in the blast. "
        "The death toll rose to 12, according to local officials."
    )
    r = run_quotes(text, {"Ministry of Health": ["the health ministry"]})
    ind = by_text(r, "indirect")
    q = ind["42 people were injured in the blast"]
    assert q.cue == "According to" and q.framing == "neutral"
    assert name(r, q.speaker) == "Ministry of Health"
    assert "The death toll rose to 12" in ind


def test_colon_lead_in_names_the_speaker(run_quotes):
    text = "Scholz: “Germany will not send troops.”\n\nThe chancellor spoke in Berlin."
    r = run_quotes(text, {"Olaf Scholz": ["Scholz"]})
    q = by_text(r, "direct")["Germany will not send troops."]
    assert name(r, q.speaker) == "Olaf Scholz"
    assert q.cue == ":"


def test_trailing_attribution_after_a_long_quote(run_quotes):
    text = (
        "“The summit will be remembered less for what was signed than for what was left out – "
        "the tariffs, the export controls and the question of the strait – and both capitals "
        "know it,” the Daily Courier observed in an editorial."
    )
    r = run_quotes(text, {"Daily Courier": ["the Daily Courier"]})
    (q,) = [q for q in r.quotes if q.kind == "direct"]
    assert q.text.endswith("both capitals know it")
    assert q.cue == "observed"
    assert name(r, q.speaker) == "Daily Courier"


def test_addressee_of_told_and_said_to(run_quotes):
    text = (
        "“The corridor must stay open,” Erkan Demir told Ivan Sokol on Monday.\n\n"
        "Sokol said to Demir that Moscow would consider the request."
    )
    actors = {"Erkan Demir": ["Erkan Demir", "Demir"], "Ivan Sokol": ["Ivan Sokol", "Sokol"]}
    r = run_quotes(text, actors)
    q = by_text(r)
    assert name(r, q["The corridor must stay open"].addressee) == "Ivan Sokol"
    assert name(r, q["The corridor must stay open"].speaker) == "Erkan Demir"
    ind = q["Moscow would consider the request"]
    assert name(r, ind.speaker) == "Ivan Sokol" and name(r, ind.addressee) == "Erkan Demir"


def test_partial_quotes_in_reported_speech_and_participle_clause(run_quotes):
    text = (
        "Lena Berg said the coalition would “not bow to threats.”\n\n"
        "“We did our part,” she said, blaming the opposition for the “chaos in parliament.”"
    )
    r = run_quotes(text, {"Lena Berg": ["Lena Berg", "she"]})
    q = by_text(r, "partial")
    assert name(r, q["not bow to threats."].speaker) == "Lena Berg"
    assert q["not bow to threats."].cue == "said"
    assert q["chaos in parliament."].cue == "blaming"
    assert name(r, q["chaos in parliament."].speaker) == "Lena Berg"
    ind = by_text(r, "indirect")
    assert any(t.startswith("the coalition would") for t in ind)


def test_speaker_is_null_when_the_subject_is_no_actor(run_quotes):
    r = run_quotes("“It is over,” a passer-by said.", {})
    (q,) = r.quotes
    assert q.speaker is None and q.speaker_mention.text == "a passer-by"


def test_quote_text_has_no_marks_and_no_trailing_comma(run_quotes):
    r = run_quotes('"We agree," Tom Reed said. He left.', {"Tom Reed": ["Tom Reed"]})
    assert [q.text for q in r.quotes] == ["We agree"]
