"""General attribution gaps found on held-out articles, each on a passage of our own: a speech
verb coordinated inside the reported clause, characterisation cues, "according to" a
descriptive source, participle attributions, and the person at the head of a subject phrase."""

from __future__ import annotations

from communique.pipeline import RawArticle


def _extract(pipeline, text: str):
    return pipeline.extract(RawArticle(text=text, input="<test>", published="2025-03-04"))


def _speaker(record, q):
    a = record.actor(q.speaker)
    return a.name if a else None


def _one(record, kind: str, words: str):
    found = [q for q in record.quotes if q.kind == kind and words in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in record.quotes]
    return found[0]


def test_speech_verb_coordinated_inside_the_reported_clause_is_the_reporters(pipeline):
    text = (
        "Chilean President Gabriel Boric said the protesters were organised and described "
        'the looting as "an attack on democracy".\n\n'
        "Interior Minister Carolina Toha said on Monday that her ministry would review the "
        'curfew but warned against measures that "punish the whole city".'
    )
    r = _extract(pipeline, text)
    assert _speaker(r, _one(r, "partial", "an attack on democracy")) == "Gabriel Boric"
    assert _speaker(r, _one(r, "partial", "punish the whole city")) == "Carolina Toha"
    said = _one(r, "indirect", "her ministry would review the curfew")
    assert "warned" not in said.text  # the reported clause ends before the second verb
    assert _speaker(r, said) == "Carolina Toha"


def test_characterisation_cues_give_partial_quotes(pipeline):
    text = (
        'Polish Prime Minister Donald Tusk branded the sabotage "an act of state terror".\n\n'
        'Czech President Petr Pavel called the decision "a grave mistake".'
    )
    r = _extract(pipeline, text)
    assert _speaker(r, _one(r, "partial", "act of state terror")) == "Donald Tusk"
    assert _speaker(r, _one(r, "partial", "a grave mistake")) == "Petr Pavel"


def test_participle_takes_the_main_subject_and_according_to_scopes_over_its_clause(pipeline):
    text = (
        "The Zapatista rebels, who hold several towns in Chiapas, have blocked four highways "
        "since Friday, saying they are defending farmers in Oaxaca, where floods have destroyed "
        "more than 3,000 homes, according to the state civil protection agency."
    )
    r = _extract(pipeline, text)
    said = _one(r, "indirect", "defending farmers")
    assert said.speaker_mention is not None and "Zapatista" in said.speaker_mention.text
    assert "floods" not in said.text  # the agency vouches for that clause, not the rebels
    agency = _one(r, "indirect", "floods have destroyed")
    assert agency.text.startswith("floods") and "blocked" not in agency.text
