"""Property tests: whatever names and layout an article has, every actor mention reproduces its
text, never crosses a line, and lookups answer inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.actors import lookup

NAMES = [
    "Vladimir Putin",
    "Wang Yi",
    "the Kremlin",
    "Beijing",
    "U.S. officials",
    "NATO",
    "Annalena Baerbock",
    "Jonas Petraitis",
    "Reuters",
    "the European Union",
    "he",
    "she",
    "Russian state media",
    "Kyiv",
    "the president",
    "Mr Smith",
]
VERBS = ["said", "warned", "met", "told reporters", "arrived in Moscow", "criticised"]
SEPS = [" ", "\n\n", " (AP) - ", ", "]


@st.composite
def articles(draw):
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        parts.append(
            f"{draw(st.sampled_from(NAMES))} {draw(st.sampled_from(VERBS))} "
            f"{draw(st.sampled_from(NAMES))}."
        )
        parts.append(draw(st.sampled_from(SEPS)))
    return "".join(parts).strip()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(articles())
def test_mentions_reproduce_text_and_stay_on_one_line(extract, nlp, text) -> None:
    r = extract(text, published="2023-02-22")
    assert r.check_spans() == []
    ids = {a.id for a in r.actors}
    assert len(ids) == len(r.actors)
    for a in r.actors:
        assert a.mentions, a.name
        for m in a.mentions:
            assert m.text.strip() and "\n" not in m.text
            assert lookup.actor_at(r, m.start, m.end) is not None
    doc = nlp(text)
    for a in r.actors:
        m = a.mentions[0]
        assert lookup.resolve_span(r, doc, m.start, m.end) in ids
