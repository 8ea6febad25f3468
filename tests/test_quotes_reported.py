"""Indirect speech and attribution edge cases, on passages of our own (actors given)."""

from __future__ import annotations

import re

import pytest

from communique import quotes
from communique.record import Actor, Span, make_span


@pytest.fixture()
def run_quotes(pipeline):
    from communique.pipeline import RawArticle

    def _run(text: str, actors: dict[str, list[str]]):
        record, ctx, parsed = pipeline.prepare(RawArticle(text=text, input="<test>"))
        doc = pipeline.nlp(parsed)
        record.actors = [
            Actor(
                id=f"a{n}",
                name=name,
                kind="person",
                mentions=[
                    make_span(text, *h.span(), Span)
                    for m in ms
                    for h in re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text)
                ],
            )
            for n, (name, ms) in enumerate(actors.items())
        ]
        quotes.run(doc, record, ctx)
        return record

    return _run


def speaker(record, q):
    a = record.actor(q.speaker)
    return a.name if a else None


def test_postposed_and_parenthetical_attributions(run_quotes):
    text = (
        "The ceasefire will hold through the weekend, army spokesman Omar Said said.\n\n"
        'The talks, Omar Said told reporters, remained "on track" despite the clashes.'
    )
    r = run_quotes(text, {"Omar Said": ["army spokesman Omar Said", "Omar Said"]})
    ind = {q.text: q for q in r.quotes if q.kind == "indirect"}
    assert "The ceasefire will hold through the weekend" in ind
    assert speaker(r, ind["The ceasefire will hold through the weekend"]) == "Omar Said"
    (part,) = [q for q in r.quotes if q.kind == "partial"]
    assert part.text == "on track" and speaker(r, part) == "Omar Said"


def test_a_question_put_to_someone_is_not_their_speech(run_quotes):
    text = 'Asked whether troops would leave by June, Defence Minister Ana Costa said: "No."'
    r = run_quotes(text, {"Ana Costa": ["Defence Minister Ana Costa"]})
    assert not any(q.cue == "Asked" for q in r.quotes)


def test_a_participle_lead_in_is_not_reported_content(run_quotes):
    text = (
        "Speaking to the BBC on Sunday, Lena Berg added: “We will publish every contract "
        "before the summer.”"
    )
    r = run_quotes(text, {"Lena Berg": ["Lena Berg"]})
    assert [q.kind for q in r.quotes] == ["direct"]
    assert speaker(r, r.quotes[0]) == "Lena Berg"


def test_a_cross_heading_in_quote_marks_inherits_no_speaker(run_quotes):
    text = (
        "“They want to divide us,” Prime Minister Ivo Petrov told parliament.\n\n"
        "‘A question of survival’\n\n"
        "The opposition walked out of the chamber."
    )
    r = run_quotes(text, {"Ivo Petrov": ["Prime Minister Ivo Petrov"]})
    q = {q.text: q for q in r.quotes}
    assert speaker(r, q["They want to divide us"]) == "Ivo Petrov"
    assert "A question of survival" not in q or q["A question of survival"].speaker is None


def test_told_that_clause_and_promised_to(run_quotes):
    text = (
        "Mayor Rui Sousa told residents that the bridge would reopen in May. "
        "He also promised to cut bus fares."
    )
    r = run_quotes(text, {"Rui Sousa": ["Mayor Rui Sousa", "He"], "residents": ["residents"]})
    ind = {q.text: q for q in r.quotes if q.kind == "indirect"}
    assert speaker(r, ind["the bridge would reopen in May"]) == "Rui Sousa"
    assert ind["the bridge would reopen in May"].cue == "told"
    promised = next(q for t, q in ind.items() if "cut bus fares" in t)
    assert promised.framing == "assertive" and speaker(r, promised) == "Rui Sousa"


def test_negated_reporting_verb_reports_nothing(run_quotes):
    r = run_quotes(
        "Minister Rui Sousa did not say whether the bridge would reopen.",
        {"Rui Sousa": ["Minister Rui Sousa"]},
    )
    assert r.quotes == []


def test_quotation_right_after_the_verb_is_direct(run_quotes):
    r = run_quotes(
        'Minister Rui Sousa said "we are ready for talks."', {"Rui Sousa": ["Minister Rui Sousa"]}
    )
    (q,) = [q for q in r.quotes if q.kind != "indirect"]
    assert q.kind == "direct" and q.text == "we are ready for talks."
    assert speaker(r, q) == "Rui Sousa"


def test_according_to_a_statement_from_an_actor(run_quotes):
    r = run_quotes(
        "According to a statement from the interior ministry, 12 people died.",
        {"Interior Ministry": ["the interior ministry"]},
    )
    (q,) = r.quotes
    assert q.kind == "indirect" and q.text == "12 people died"
    assert speaker(r, q) == "Interior Ministry"


def test_unnamed_spokesman_speaks_for_the_body_and_xcomp_cue(run_quotes):
    text = (
        "A spokesman for the Interior Ministry said the border would stay closed.\n\n"
        "Minister Rui Sousa urged Madrid to reject “any unilateral step.”"
    )
    r = run_quotes(
        text, {"Interior Ministry": ["the Interior Ministry"], "Rui Sousa": ["Minister Rui Sousa"]}
    )
    q = {q.text: q for q in r.quotes}
    assert speaker(r, q["the border would stay closed"]) == "Interior Ministry"
    assert (
        q["the border would stay closed"].speaker_mention.text
        == "A spokesman for the Interior Ministry"
    )
    part = q["any unilateral step."]
    assert part.kind == "partial" and part.cue == "urged" and speaker(r, part) == "Rui Sousa"


def test_split_quote_with_that_inside_the_marks_is_not_indirect(run_quotes):
    r = run_quotes(
        "“I think,” Mr. Ross said, “that history will judge this vote harshly.”",
        {"Tom Ross": ["Mr. Ross"]},
    )
    assert [q.kind for q in r.quotes] == ["direct", "direct"]
    assert all(speaker(r, q) == "Tom Ross" for q in r.quotes)
