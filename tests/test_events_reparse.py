"""Headlines and run-together lines: what the events stage re-reads and what it leaves out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.events.reparse import headline_end, views


def test_headline_end():
    text = "Japan hosts summit\n\nJapan hosted a summit on Monday."
    assert headline_end(text, "Japan hosts summit") == len("Japan hosts summit")
    assert headline_end("Japan hosted a summit on Monday.", None) == 0  # one sentence, no headline
    assert headline_end("Japan hosted a summit.\n\nMore text.", None) == 0  # a full stop: prose
    assert headline_end(text, "Another title") == 0


@given(st.text(alphabet="ab .\n", max_size=40))
def test_headline_end_is_a_line_end(text):
    end = headline_end(text, None)
    assert end == 0 or (text[end:].split("\n", 1)[0].strip() == "" and "\n" in text[end:])


def test_headline_events_are_left_to_the_lede(extract):
    text = "France condemns Russia\n\nFrance condemned Russia on Monday over the attack."
    rec = extract(text, published="2024-03-15")
    assert len(rec.events) == 1 and rec.events[0].evidence.start > len("France condemns Russia")


def test_views_reparse_run_together_lines(nlp):
    doc = nlp("Leaders meet in Paris\nFrance hosted Germany on Monday.")
    vs = views(doc, nlp)
    assert vs[0][0] is doc
    for sub, offset, _ in vs[1:]:
        assert doc.text[offset : offset + len(sub.text)] == sub.text
