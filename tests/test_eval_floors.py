"""The floor rules on tables written here (no git, no pipeline)."""

from __future__ import annotations

import tomllib

from hypothesis import given
from hypothesis import strategies as st

from communique.evaluation import floors as fl

HEADER = "# floors used by a test"


def test_raised_floor_needs_no_reason():
    prev = {"articles": {"fingerprint": "sha256:x", "quotes": 0.5}}
    cur = {"articles": {"fingerprint": "sha256:x", "quotes": 0.6}}
    assert fl.unflagged_lowerings(cur, prev) == []


def test_lowered_floor_without_reason_is_reported():
    prev = {"articles": {"quotes": 0.5, "events": 0.2}}
    cur = {"articles": {"quotes": 0.4, "events": 0.2}}
    assert fl.unflagged_lowerings(cur, prev) == ["articles.quotes: 0.5 -> 0.4"]


def test_lowered_floor_with_reason_passes_and_empty_reason_does_not():
    prev = {"articles": {"quotes": 0.5}}
    ok = {"articles": {"quotes": 0.4, "quotes_lowered": "gold revised: split quotes"}}
    empty = {"articles": {"quotes": 0.4, "quotes_lowered": "  "}}
    assert fl.unflagged_lowerings(ok, prev) == []
    assert fl.unflagged_lowerings(empty, prev) == ["articles.quotes: 0.5 -> 0.4"]


def test_new_set_or_component_is_not_a_lowering():
    assert fl.unflagged_lowerings({"time": {"times": 0.3}}, {"articles": {"times": 0.9}}) == []


def test_below_floor_lists_each_failing_component():
    table = {"fingerprint": "sha256:x", "files": 3, "quotes": 0.7, "events": 0.1}
    assert fl.below_floor({"quotes": 0.69, "events": 0.1}, table) == ["quotes: 0.690 < floor 0.7"]
    assert fl.below_floor({"quotes": 0.7, "events": 0.5}, table) == []


def test_render_round_trips_through_toml():
    tables = {
        "articles": {
            "fingerprint": "sha256:ab",
            "files": 2,
            "quotes": 0.7,
            "quotes_lowered": "reason with 'quotes'",
        }
    }
    text = fl.render(HEADER, tables)
    assert text.startswith(HEADER)
    assert tomllib.loads(text) == tables


@given(st.floats(0, 1), st.sampled_from([0.0, 0.01, 0.02, 0.05]))
def test_floor_sits_just_below_the_score(score, margin):
    f = fl.floor_for(score, margin)
    assert 0.0 <= f <= max(0.0, score - margin) + 1e-9
    assert f >= score - margin - 0.01 - 1e-9
    assert round(f, 2) == f


def test_new_table_refuses_an_unexplained_drop_and_records_a_reason():
    before = {"quotes": 0.8, "actors": 0.5}
    scores = {"quotes": 0.7, "actors": 0.9}
    try:
        fl._new_table("articles", scores, "sha256:x", 3, before, 0.02, None)
    except ValueError as exc:
        assert "articles.quotes would drop 0.8 -> 0.68" in str(exc)
    else:
        raise AssertionError("a floor dropped without a reason")
    table = fl._new_table("articles", scores, "sha256:x", 3, before, 0.02, "gold revised")
    assert table == {
        "fingerprint": "sha256:x",
        "files": 3,
        "quotes": 0.68,
        "quotes_lowered": "gold revised",
        "actors": 0.88,
    }
