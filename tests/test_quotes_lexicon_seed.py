"""The cue lexicon (public face for the voice stage), span soundness, and the reference article."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.quotes import cue_framing, cue_lexicon
from communique.quotes.lexicon import verb_cue
from conftest import SEED_GOLD, needs_shared


def test_lexicon_is_data_with_known_framings():
    lex = cue_lexicon()
    assert len(lex) > 80
    assert {c.framing for c in lex.values()} >= {"neutral", "assertive", "hedged", "denial"}
    assert all(c.content in ("clause", "none", "direct") for c in lex.values())


def test_framing_by_lemma_and_by_surface_form():
    assert cue_framing("say") == cue_framing("said") == cue_framing("says") == "neutral"
    assert cue_framing("insisted") == "assertive"
    assert cue_framing("claimed") == "hedged"
    assert cue_framing("admitted") == "concessive"
    assert cue_framing("According to") == "neutral"
    assert cue_framing("slammed") == "critical"
    assert cue_framing("table") is None


def test_verb_cue_content_kinds():
    assert verb_cue("say").content == "clause"
    assert verb_cue("blame").content == "none"
    assert verb_cue("continue").content == "direct"
    assert verb_cue("eat") is None


WORDS = [
    "The minister",
    "said",
    "told",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "we",
    "will",
    "win",
    ",",
    ".",
    "\n\n",
    "that",
    "according to",
    "officials",
    ":",
    "don't",
    "Russia’s",
    "he",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_any_passage_gives_spans_that_reproduce_the_text(extract, words):
    record = extract(" ".join(words))
    assert record.check_spans() == []
    for q in record.quotes:
        assert q.kind in ("direct", "partial", "indirect")
        assert q.text and q.text == q.text.strip()


@needs_shared
def test_reference_article_quotes_component(seed_record):
    from communique.evaluation.components import score_quotes
    from communique.evaluation.matching import Names, RecordView, same_text

    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    rec = RecordView(seed_record.to_dict(), Names.of_gold(gold))
    preds = [q for q in seed_record.quotes if q.kind in ("direct", "partial")]
    for g in gold["quotes"]["required"]:
        assert any(same_text(g["text"], p.text) for p in preds), g["text"]
    known = gold["quotes"]["required"] + gold["quotes"]["optional"]
    assert all(any(same_text(k["text"], p.text) for k in known) for p in preds)
    score, detail = score_quotes(gold, rec)
    assert score >= 0.9, detail
