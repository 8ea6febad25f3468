"""Site furniture seen on wire and regional pages: source credits, 'produced by' trailers and
pipe-separated header lines are boilerplate; sentences that look a little like them are not."""

from __future__ import annotations

import pytest

from communique.boilerplate import predict


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE: REUTERS AND NEWS AGENCIES",
        "Sources: AFP, AP",
        "This story was produced by the Danube Desk. Follow us on Facebook.",
        "This article was originally published by Coastline Weekly.",
        "Coastline Weekly | Nairobi, Kampala | 3 March 2024",
    ],
)
def test_furniture_lines_are_set_aside(line):
    text = f"Ministers Meet\n\nThe ministers met on Monday in Nairobi.\n\n{line}\n"
    found = predict(text)
    assert any(text[s.start : s.end] == line for s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Sources said the talks would resume on Friday after a pause.",
        "The report was produced by a panel of judges and published on Monday, officials said.",
        "Voters chose between the ruling party | an unusual symbol on the ballot.",
    ],
)
def test_sentences_that_resemble_furniture_stay_text(line):
    text = f"Ministers Meet\n\nThe ministers met on Monday in Nairobi.\n\n{line}\n"
    assert not any(line in text[s.start : s.end] for s in predict(text))
