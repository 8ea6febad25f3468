"""Speakers named only by description become actors of their own (quotes/unnamed.py,
docs/annotation.md): the description is the actor's name, a later "the <same noun>" is the
same actor, the country comes from inside the description, pronouns and bodies are left alone."""

from __future__ import annotations

from communique.pipeline import RawArticle

TEXT = (
    '"The harbour has been closed since Monday," a harbour clerk in Piraeus told reporters.\n\n'
    '"Nobody has paid us," the clerk added.\n\n'
    '"We are reviewing the case," a spokesperson for the Greek coast guard said.\n\n'
    '"It will take weeks," one of the ferry captains said.\n\n'
    '"I do not know," she said.'
)


def _record(pipeline):
    return pipeline.extract(RawArticle(text=TEXT, input="<test>", published="2025-03-04"))


def _by_text(record, start: str):
    (q,) = [q for q in record.quotes if q.text.startswith(start)]
    return record.actor(q.speaker) if q.speaker else None


def test_a_described_speaker_is_an_actor_named_by_its_description(pipeline):
    rec = _record(pipeline)
    worker = _by_text(rec, "The harbour")
    assert worker is not None and worker.name == "harbour clerk in Piraeus"  # the whole description
    assert worker.kind == "person" and worker.country == "GRC"


def test_the_same_noun_later_is_the_same_actor(pipeline):
    rec = _record(pipeline)
    assert _by_text(rec, "Nobody has paid") == _by_text(rec, "The harbour")


def test_one_of_a_group_is_one_person(pipeline):
    rec = _record(pipeline)
    captain = _by_text(rec, "It will take")
    assert captain is not None and captain.kind == "person"
    assert captain.name == "one of the ferry captains"


def test_pronouns_get_no_described_actor(pipeline):
    rec = _record(pipeline)
    sp = _by_text(rec, "I do not know")
    assert sp is None or not sp.name.lower().startswith("she")


def test_a_pronoun_after_a_described_speaker_is_that_speaker(pipeline):
    text = (
        '"It is not fake," one of the show\'s producers told the newspaper. '
        '"We checked it twice," they said.\n\n'
        '"The beach was clean," a harbour clerk said. Mayor John Smith disagreed. '
        '"Nothing changed," he said.'
    )
    rec = pipeline.extract(RawArticle(text=text, input="<test>", published="2025-03-04"))
    by_text = {q.text[:10]: q.speaker for q in rec.quotes}
    assert by_text["We checked"] == by_text["It is not "] is not None
    assert by_text["Nothing ch"] != by_text["The beach "]  # the mayor was named in between


def test_a_document_speaks_for_its_owner(pipeline):
    text = (
        "Ted Giardello wrote to the student senate on Monday. "
        '"And what were the consequences?" Giardello\'s email read.'
    )
    rec = pipeline.extract(RawArticle(text=text, input="<test>", published="2025-03-04"))
    (q,) = rec.quotes
    assert rec.actor(q.speaker).name == "Ted Giardello"


def test_a_rep_for_a_body_speaks_for_it(pipeline):
    text = 'A rep for the Department of Labor told us, "We have received the letter."'
    rec = pipeline.extract(RawArticle(text=text, input="<test>", published="2023-12-10"))
    (q,) = rec.quotes
    assert rec.actor(q.speaker).name == "United States Department of Labor"


def test_a_document_from_someone_speaks_for_its_sender(extract) -> None:
    rec = extract(
        "John Podesta wrote to campaign staff on Friday. The email from Podesta began, "
        "\u201cDear friends, we have news.\u201d",
        "2016-10-07",
    )
    q = rec.quotes[0]
    assert q.speaker is not None and rec.actor(q.speaker).name == "John Podesta"
