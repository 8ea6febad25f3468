"""The corpus health figures on hand-made record dicts: the voice figures per outlet kind,
among them the opinion-recall proxy (share of opinion articles with a loaded word in the
author's voice) and its wire counterpart."""

from __future__ import annotations

from communique.evaluation.health import measure_health, outlet_kind


def _rec(url: str, text: str, voice: list[tuple[str, str]]) -> dict:
    return {
        "text": text,
        "article": {"source": None, "url": url},
        "events": [],
        "voice": [{"kind": k, "voice": v, "text": "x"} for k, v in voice],
    }


def test_outlet_kinds_come_from_the_outlet_table():
    assert outlet_kind("https://apnews.com/article/x") == "wire"
    assert outlet_kind("https://townhall.com/tipsheet/x") == "opinion"
    assert outlet_kind("https://example.org/x") is None


def test_voice_figures_per_outlet_kind():
    words = " ".join(["word"] * 500)
    recs = [
        _rec("https://apnews.com/a", words, [("speculation", "author")]),
        _rec("https://reuters.com/b", words, [("loaded", "author"), ("loaded", "source")]),
        _rec("https://townhall.com/c", words, [("loaded", "author"), ("loaded", "author")]),
        _rec("https://redstate.com/d", words, [("loaded", "source")]),
        _rec("https://example.org/e", words, [("loaded", "author")]),  # neither kind
    ]
    figs = measure_health(recs)
    assert figs["articles"] == 5
    # wire: 2 author flags (any kind) in 1,000 words; 1 of 2 articles with an author loaded word
    assert figs["author_voice_per_1000_wire"] == 2.0
    assert figs["wire_articles_with_author_loaded"] == 0.5
    # opinion: 2 author flags in 1,000 words; 1 of 2 articles with an author loaded word
    assert figs["author_voice_per_1000_opinion"] == 2.0
    assert figs["opinion_recall_proxy"] == 0.5


def test_voice_figures_without_wire_or_opinion_articles_are_zero():
    figs = measure_health([_rec("https://example.org/e", "a b c", [("loaded", "author")])])
    assert figs["opinion_recall_proxy"] == 0.0
    assert figs["wire_articles_with_author_loaded"] == 0.0
