"""The reference article and the packaged example: boilerplate found by general rules."""

from __future__ import annotations

import json
import re

from communique.boilerplate import predict
from communique.examples import text as example_text
from conftest import SEED, SEED_GOLD, needs_shared


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


@needs_shared
def test_reference_article_caption_credit_and_comments(seed_record):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["boilerplate"]
    found = [_norm(b.text) for b in seed_record.boilerplate]
    for line in gold:
        assert any(_norm(line) in f for f in found), line
    kinds = sorted({b.kind for b in seed_record.boilerplate})
    assert kinds == ["caption", "comments", "credit"]
    assert seed_record.check_spans() == []


@needs_shared
def test_reference_article_keeps_every_paragraph():
    text = SEED.read_text(encoding="utf-8")
    for b in predict(text):
        assert len(b.text.split()) <= 16  # no news paragraph is set aside


def test_example_article_ships_and_has_its_boilerplate():
    text = example_text()
    assert 300 <= len(text.split()) <= 420
    kinds = [b.kind for b in predict(text)]
    assert kinds == ["caption", "credit", "byline", "dateline", "share"]
