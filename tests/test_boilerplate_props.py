"""Span arithmetic: blank() keeps length and offsets; every boilerplate span reproduces its
text; spans are sorted and never overlap (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.boilerplate import blank, predict
from communique.record import Span, make_span

LINES = [
    "Headline About a Vote",
    "By Jane Doe, Reuters",
    "Getty Images",
    "COMMENTS",
    "Share this article",
    "Reuters/Anna Berg",
    "Advertisement",
    "Published: 2 May 2024",
    "MOSCOW (AP) — The talks ended.",
    "BEIJING, Feb 21 (Reuters) - Trade rose.",
    "Officials shake hands before the meeting",
    "Jane Doe, AFP, Pool Photo via AP",
    "The minister said on Monday that the plan would go ahead, officials said.",
    "Protesters march in the capital. (AP Photo/Sam Lee)",
    "",
    "   ",
    "By Monday it was over.",
]


@st.composite
def articles(draw):
    parts = draw(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=40)), max_size=12))
    seps = draw(
        st.lists(
            st.sampled_from(["\n", "\n\n", " \n", "\r\n"]), min_size=len(parts), max_size=len(parts)
        )
    )
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


@given(st.data())
@settings(max_examples=200)
def test_blank_keeps_length_offsets_and_newlines(data):
    text = data.draw(st.text(max_size=120))
    spans = []
    for _ in range(data.draw(st.integers(0, 4))):
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        spans.append(Span(start=a, end=b, text=text[a:b]))
    out = blank(text, spans)
    assert len(out) == len(text)
    inside = {i for s in spans for i in range(s.start, s.end)}
    for i, (c, o) in enumerate(zip(text, out, strict=True)):
        if i not in inside or c == "\n":
            assert o == c
        else:
            assert o == " "


@given(articles())
@settings(max_examples=300)
def test_boilerplate_spans_reproduce_their_text(text):
    spans = predict(text)
    for s in spans:
        assert text[s.start : s.end] == s.text and s.text == s.text.strip() and s.text
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    blanked = blank(text, spans)
    assert len(blanked) == len(text)
    for s in spans:
        assert blanked[s.start : s.end].strip() == ""


def test_blank_with_real_spans():
    text = "Title\n\nGetty Images\n\nBody text here."
    span = make_span(text, 7, 19)
    assert blank(text, [span]) == "Title\n\n" + " " * 12 + "\n\nBody text here."
