from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.record import ArticleRecord, Span, make_span


@given(st.text(min_size=0, max_size=200), st.data())
def test_make_span_reproduces_its_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = make_span(text, start, end)
    assert text[span.start : span.end] == span.text
    assert span.text == span.text.strip()
    assert start <= span.start <= span.end <= end


def test_record_on_a_written_article_has_sound_spans(extract):
    text = (
        "Ministers Meet in Geneva\n\n"
        "GENEVA (Wire) - Foreign ministers of France and Germany met on Monday, officials said.\n"
    )
    rec = extract(text, published="2024-03-06")
    assert rec.article.title == "Ministers Meet in Geneva"
    assert rec.check_spans() == []
    again = ArticleRecord.model_validate(rec.to_dict())
    assert again.article.id == rec.article.id


def test_check_spans_reports_a_bad_offset():
    rec = ArticleRecord.model_validate(
        {
            "article": {"id": "x"},
            "text": "Paris said no.",
            "boilerplate": [{"start": 0, "end": 4, "text": "Rome"}],
        }
    )
    assert rec.check_spans() == ["boilerplate: [0:4] 'Rome'"]
    assert isinstance(Span(start=0, end=1, text="P"), Span)
