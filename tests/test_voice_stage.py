"""The voice stage on passages written for these tests: loaded terms in the reporter's and in a
source's voice, neutral titles, hedges, speculation, inference, and the voice summary.

The quotes and actors a passage needs are written into the record by hand (what the quotes stage
would find), so these tests exercise the voice stage alone on a real spaCy parse.
"""

from __future__ import annotations

import pytest

from communique import voice
from communique.pipeline import Context, RawArticle, new_record, parse_date
from communique.record import Quote, make_span
from communique.settings import load_settings


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _run(nlp, text: str, quotes: list[tuple[str, str, str | None]] = (), published=None):
    """Voice of ``text``; quotes are (kind, quoted text, speaker id) found by hand."""
    record = new_record(RawArticle(text=text, input="<test>", published=published))
    for n, (kind, phrase, speaker) in enumerate(quotes):
        s, e = _at(text, phrase)
        record.quotes.append(make_span(text, s, e, Quote, id=f"q{n}", kind=kind, speaker=speaker))
    ctx = Context(load_settings(), parse_date(published))
    voice.run(nlp(text), record, ctx)
    assert record.check_spans() == []
    return record


def _items(record, kind=None):
    return [(v.text, v.kind, v.voice, v.speaker) for v in record.voice if kind in (None, v.kind)]


def test_loaded_terms_in_the_reporters_voice(nlp):
    text = (
        "The country's repressive military government extended the state of emergency on "
        "Monday, and the regime closed two more newspapers in the capital."
    )
    got = _items(_run(nlp, text))
    assert ("repressive military government", "loaded", "author", None) in got
    assert ("regime", "loaded", "author", None) in got
    assert len(got) == 2


def test_loaded_term_inside_a_quotation_is_the_sources(nlp):
    text = (
        "Senator Ana Ruiz did not mince her words. “This brutal regime must answer for what it "
        "has done,” Ruiz told reporters in Lima."
    )
    quote = "This brutal regime must answer for what it has done,"
    got = _items(_run(nlp, text, [("direct", quote, "a1")]))
    assert got == [("brutal regime", "loaded", "source", "a1")]


def test_quotation_marks_without_an_attribution_are_not_the_reporters(nlp):
    text = "Protesters carried banners reading “Down with the tyrant” through the old town."
    got = _items(_run(nlp, text))
    assert got == [("tyrant", "loaded", "source", None)]


def test_a_label_in_reported_speech_stays_the_reporters_but_a_hedge_is_the_sources(nlp):
    text = (
        "The spokesman said the regime would probably release the prisoners before the "
        "elections next month."
    )
    content = "the regime would probably release the prisoners before the elections next month"
    got = _items(_run(nlp, text, [("indirect", content, "a2")]))
    assert ("regime", "loaded", "author", None) in got
    spec = [g for g in got if g[1] == "speculation"]
    assert spec and spec[0][2:] == ("source", "a2")
    assert spec[0][0].startswith("the regime would probably release the prisoners")


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Viktor Orban met the Polish leader and a government "
        "spokesman in Warsaw on Friday.",
        "The Kremlin spokesman said the Russian leader would attend the summit.",
        "President Maria Santos and Foreign Minister Paul Okafor signed the accord.",
    ],
)
def test_neutral_titles_are_never_loaded(nlp, text):
    assert _items(_run(nlp, text)) == []


def test_technical_regime_is_not_loaded(nlp):
    text = "The sanctions regime on oil exports was tightened, and the visa regime was eased."
    assert _items(_run(nlp, text)) == []


def test_speculation_covers_its_clause(nlp):
    text = "The minister was apparently unaware of the leak until the newspaper called her."
    got = _items(_run(nlp, text), "speculation")
    assert got == [("The minister was apparently unaware", "speculation", "author", None)]


def test_appears_to_is_speculation_but_appearing_in_court_is_not(nlp):
    text = (
        "The decision appears to be a concession to the unions. The former mayor appeared in "
        "court on Monday."
    )
    got = _items(_run(nlp, text))
    assert len(got) == 1
    assert got[0][1] == "speculation" and got[0][0].startswith("The decision appears to be")


def test_attribution_hedge(nlp):
    text = "The envoy reportedly left Geneva early, and the talks were suspended."
    assert _items(_run(nlp, text)) == [("reportedly", "hedge", "author", None)]


def test_inference_after_a_comma_but_not_meant_as(nlp):
    text = (
        "The vote was postponed until March, meaning the budget will lapse. The remark was "
        "meant as a joke."
    )
    got = _items(_run(nlp, text))
    assert got == [("meaning the budget will lapse", "inference", "author", None)]


def test_summary_counts_and_shares(nlp):
    text = (
        "The authoritarian government banned the rally. “We will march anyway,” said the "
        "organiser. The police were probably told to stay away. Nobody was hurt."
    )
    rec = _run(nlp, text, [("direct", "We will march anyway,", "a1")])
    s = rec.voice_summary
    assert s is not None
    assert s.words == len([t for t in nlp(text) if not (t.is_punct or t.is_space)])
    assert s.loaded_author == 1
    assert s.loaded_author_per_1000 == pytest.approx(1000 / s.words, abs=0.01)
    assert s.hedges == 1
    assert s.sentences == 4 and s.attributed_sentences == 1
    assert s.attributed_share == 0.25
    quoted = sum(1 for c in "We will march anyway," if not c.isspace())
    chars = sum(1 for c in text if not c.isspace())
    assert s.quoted_share == pytest.approx(quoted / chars, abs=1e-3)


def test_a_label_a_source_gives_is_the_sources(nlp):
    text = (
        "The opposition described the referendum as a sham, and critics branded the new "
        "constitution a cruel farce. The reporter called it a day."
    )
    got = _items(_run(nlp, text))
    assert [(g[0], g[2]) for g in got] == [("sham", "source"), ("cruel farce", "source")]


def test_accusation_words_count_only_in_a_sources_voice(nlp):
    text = (
        "Police broke up an illegal mining camp on Monday. “This is an illegal and dangerous "
        "provocation,” the ambassador said."
    )
    quote = "This is an illegal and dangerous provocation,"
    got = _items(_run(nlp, text, [("direct", quote, "a1")]))
    assert got and all(g[2:] == ("source", "a1") for g in got)
    assert not any("mining" in g[0] for g in got)


def test_so_called_distances_the_noun_it_qualifies(nlp):
    text = "Moscow launched its so-called special military operation a year ago."
    got = _items(_run(nlp, text))
    assert got == [("so-called special military operation", "hedge", "author", None)]


def test_a_loaded_word_in_a_short_partial_quote_flags_the_quoted_phrase(nlp):
    text = (
        "The minister accused the rebels of a “brutal campaign of terror” in the north and "
        "promised to restore order."
    )
    got = _items(_run(nlp, text, [("partial", "brutal campaign of terror", "a3")]))
    assert got == [("brutal campaign of terror", "loaded", "source", "a3")]
