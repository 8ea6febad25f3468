"""The project's scorer, runner and dev-set gold, on texts and records written here."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import InputError
from communique.evaluation.events_set import score_sentences
from communique.evaluation.matching import Names, norm, overlap, same_text
from communique.evaluation.oracle import oracle_record
from communique.evaluation.runner import expand, load_gold, means, resolve_article
from communique.evaluation.scorer import COMPONENT_NAMES, score_record
from communique.evaluation.sets import repo_root

ARTICLES = expand([repo_root() / "devsets" / "articles"])
GOLDS = [load_gold(p) for p in ARTICLES]
FULL_KEYS = {
    "article",
    "published",
    "title",
    "boilerplate",
    "actors",
    "quotes",
    "events",
    "times",
    "amounts",
    "voice",
    "checks",
}


def test_at_least_ten_full_articles_in_varied_styles():
    assert len(GOLDS) >= 10
    for g in GOLDS:
        assert set(g.data) >= FULL_KEYS, g.name
        words = len(g.article.read_text("utf-8").split())
        assert 250 <= words <= 450, (g.name, words)
    assert {g.name.split("-")[0] for g in GOLDS} >= {"ap", "reuters", "afp", "bbc", "guardian"}


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.name)
def test_gold_texts_are_exact_substrings(gold):
    text = gold.article.read_text("utf-8")
    d = gold.data
    dt.date.fromisoformat(d["published"])
    snippets = list(d["boilerplate"]) + d["voice"]["not_loaded_author"]
    snippets += [q["text"] for q in d["quotes"]["required"] + d["quotes"]["optional"]]
    snippets += [q["text"] for q in d["quotes"]["indirect_required"]]
    snippets += [e["evidence"] for e in d["events"]["required"] + d["events"]["optional"]]
    snippets += [v["text"] for v in d["voice"]["required"] + d["voice"]["optional"]]
    snippets += [c["text"] for c in d["checks"]["required"] + d["checks"]["must_not_flag"]]
    snippets += [m["text"] for m in d["amounts"]["required"]]
    missing = [s for s in snippets if s not in text]
    assert not missing
    for t in d["times"]["required"]:
        assert text.count(t["in"]) == 1 and t["text"] in t["in"], t


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.name)
def test_gold_names_every_actor_it_uses(gold):
    d = gold.data
    names = {a["name"] for a in d["actors"]["required"] + d["actors"]["optional"]}
    used = {q["speaker"] for q in d["quotes"]["required"] + d["quotes"]["indirect_required"]}
    for e in d["events"]["required"] + d["events"]["optional"]:
        used |= {e["source"], e["target"]}
    assert used <= names, used - names


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.name)
def test_oracle_record_scores_one_everywhere(gold):
    """A record holding exactly the gold scores 1.0: the gold can be matched by its own rules."""
    rec = oracle_record(gold.data, gold.article.read_text("utf-8"))
    fs = score_record(gold.data, rec)
    assert {k: c.score for k, c in fs.components.items()} == dict.fromkeys(COMPONENT_NAMES, 1.0)


@pytest.mark.parametrize("gold", GOLDS[:3], ids=lambda g: g.name)
def test_empty_record_scores_zero_where_gold_requires(gold):
    fs = score_record(gold.data, {"text": gold.article.read_text("utf-8")})
    for comp in ("actors", "quotes", "events", "times"):
        assert fs.components[comp].score == 0.0


def test_events_must_sit_in_the_gold_sentence():
    gold = GOLDS[0]
    text = gold.article.read_text("utf-8")
    rec = oracle_record(gold.data, text)
    for e in rec["events"]:
        e["evidence"] = {"start": 0, "end": 3, "text": text[:3]}  # the headline, not the sentence
    assert score_record(gold.data, rec).components["events"].score == 0.0


def test_missing_component_is_not_averaged():
    files = [score_record({"quotes": {"required": []}}, {"text": "x"}, name="a")]
    assert set(means(files)) == {"quotes"}
    comps = files[0].components
    assert comps["quotes"].score == 1.0  # like score.py: nothing required scores 1.0 ...
    assert comps["events"].score == 0.0  # ... except events, whose date/modality factor is 0/0


def test_names_and_aliases():
    names = Names({"Volodymyr Zelenskyy": ["Volodymyr Zelensky"]})
    assert names.same("Xi Jinping", "President Xi Jinping")
    assert not names.same("Xi Jinping", "Xi")
    assert names.same("Volodymyr Zelenskyy", "Zelensky, Volodymyr")
    assert Names().same("Dmitry Peskov", "Dmitri Peskov")


def test_text_matching_ignores_quote_marks_and_case():
    assert norm("“Not  succumb” – to") == "not succumb - to"
    assert same_text("We are reaching new frontiers", "“we are reaching new frontiers,”")
    assert overlap("the West", "the collective West said") == 1.0


@given(st.text(max_size=40), st.text(max_size=40))
def test_overlap_is_a_share(a, b):
    assert 0.0 <= overlap(a, b) <= 1.0
    assert norm(norm(a)) == norm(a)
    if norm(a).split():
        assert same_text(a, a)


def test_article_resolution(tmp_path):
    (tmp_path / "seed").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seed" / "a.txt").write_text("Text.", "utf-8")
    (tmp_path / "gold" / "a.gold.json").write_text(json.dumps({"article": "seed/a.txt"}))
    assert load_gold(tmp_path / "gold" / "a.gold.json").article == tmp_path / "seed" / "a.txt"
    (tmp_path / "gold" / "b.txt").write_text("Text.", "utf-8")
    assert resolve_article(tmp_path / "gold" / "b.gold.json", None) == tmp_path / "gold" / "b.txt"
    with pytest.raises(InputError, match="E120"):
        resolve_article(tmp_path / "gold" / "c.gold.json", "nowhere.txt")
    (tmp_path / "bad.gold.json").write_text("{not json")
    with pytest.raises(InputError, match="E121"):
        load_gold(tmp_path / "bad.gold.json")


def test_sentence_set_rules():
    golds = [
        {"plover": "CONSULT", "source": "DEU", "target": "CHN"},
        {"plover": "ACCUSE", "source": "IND", "target": None},
        {"plover": None, "source": None, "target": None},
    ]
    actors = [
        {"id": "a1", "country": "DEU"},
        {"id": "a2", "country": "CHN"},
        {"id": "a3", "country": "IND"},
    ]
    right = [
        {"actors": actors, "events": [{"plover": "CONSULT", "source": ["a1"], "target": ["a2"]}]},
        {"actors": actors, "events": [{"plover": "ACCUSE", "source": ["a3"], "target": []}]},
        {"actors": [], "events": []},
    ]
    assert score_sentences(golds, right) == {
        "type_accuracy": 1.0,
        "full_match": 1.0,
        "no_event_precision": 1.0,
        "accuracy": 1.0,
    }
    wrong = [
        {"actors": actors, "events": [{"plover": "CONSULT", "source": ["a2"], "target": ["a1"]}]},
        {"actors": actors, "events": [{"plover": "REJECT", "source": ["a3"], "target": []}]},
        {"actors": actors, "events": [{"plover": "AID", "source": ["a1"], "target": ["a2"]}]},
    ]
    assert score_sentences(golds, wrong) == {
        "type_accuracy": 0.5,
        "full_match": 0.0,
        "no_event_precision": 0.0,
        "accuracy": 0.0,
    }
