"""Properties over generated news sentences: spans reproduce their text, evidence stays on one
line and holds the trigger, every event has a source, codes agree with their tables."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.events import code

COUNTRIES = ["Russia", "China", "France", "Japan", "Brazil", "Egypt", "Canada", "Turkey"]
FRAMES = [
    "{a} accused {b} of spying.",
    "{a} met {b} in Geneva on Monday.",
    "{a} will impose sanctions on {b}.",
    "{a} might send weapons to {b}.",
    "{b} was attacked by {a} overnight.",
    "{a}'s warning to {b} came on Friday.",
    "{a} and {b} signed a trade deal.",
    '"We reject the demands of {b}," a spokesman for {a} said.',
    "{a} did not recognise {b}.",
]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(FRAMES),
    st.sampled_from(COUNTRIES),
    st.sampled_from(COUNTRIES),
    st.sampled_from(["", "Headline of the day\n\n", "Paris (AFP) - "]),
)
def test_event_spans_and_codes(extract, frame, a, b, lead):
    text = lead + frame.format(a=a, b=b)
    rec = extract(text, published="2024-03-15")
    assert rec.check_spans() == []
    ids = {x.id for x in rec.actors}
    for e in rec.events:
        assert e.source and set(e.source) <= ids and set(e.target) <= ids
        assert "\n" not in e.evidence.text
        assert e.trigger is not None
        assert e.evidence.start <= e.trigger.start and e.trigger.end <= e.evidence.end
        assert code.plover(e.cameo or "") == e.plover
        assert e.goldstein == code.goldstein(e.cameo or "")
        assert e.quad_class == code.quad_class(e.cameo or "")
