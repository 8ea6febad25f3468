"""Quote marks read at text level: apostrophes, nesting, split, multi-paragraph, stray marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.quotes.marks import MARKS, Mark, classify, find_stretches


def texts(text: str, depth: int = 0) -> list[str]:
    return [text[s.start : s.end] for s in find_stretches(text) if s.depth == depth]


def test_curly_double_split_quote_gives_two_stretches_without_trailing_comma():
    t = "“We agree on the text,” she said. “Now we sign it.”"
    assert texts(t) == ["We agree on the text", "Now we sign it."]


def test_apostrophes_are_not_quote_marks():
    t = "Russia’s envoy said the plan, don't forget, dates from the '90s and the officials’ era."
    assert find_stretches(t) == []
    assert classify(t, t.index("’")) is Mark.APOS
    assert classify(t, t.index("'90s")) is Mark.APOS


def test_single_quotes_with_a_possessive_inside():
    t = "‘The ministers’ plan is dead,’ he said."
    assert texts(t) == ["The ministers’ plan is dead"]


def test_straight_single_quotes_guardian_style():
    t = "'The people's voice will be heard,' she told the crowd. 'We go on.'"
    assert texts(t) == ["The people's voice will be heard", "We go on."]


def test_nested_quote_is_inside_the_outer_one():
    t = "“He called it ‘a farce’ on air,” she said."
    assert texts(t) == ["He called it ‘a farce’ on air"]
    assert texts(t, depth=1) == ["a farce"]


def test_multi_paragraph_quote_shares_one_group():
    t = "He said: “The first part runs on.\n\n“The second part too.\n\n“And this ends it.”\n\nNext."
    found = [s for s in find_stretches(t) if s.depth == 0]
    assert [t[s.start : s.end] for s in found] == [
        "The first part runs on.",
        "The second part too.",
        "And this ends it.",
    ]
    assert len({s.group for s in found}) == 1


def test_unclosed_mark_mid_paragraph_is_dropped_and_the_rest_survives():
    t = 'She vowed to win "by all means.\n\n"The vote was stolen," she said.'
    assert texts(t) == ["The vote was stolen"]


def test_lost_opening_mark_gives_best_effort_stretch():
    t = "We will not give up,” he said."
    assert texts(t) == ["We will not give up"]


def test_paragraph_quote_left_open_runs_to_its_end():
    t = "“This quote never closes\n\nA new paragraph."
    assert texts(t) == ["This quote never closes"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("ab s.,\n’'")), max_size=80))
def test_any_text_gives_sound_stretches(text):
    for s in find_stretches(text):
        assert 0 <= s.start < s.end <= len(text)
        inner = text[s.start : s.end]
        assert inner == inner.strip()
        assert any(ch.isalnum() for ch in inner)
        if s.open_at >= 0:
            assert text[s.open_at] in MARKS and s.open_at < s.start
        if s.close_at >= 0:
            assert text[s.close_at] in MARKS and s.end <= s.close_at
