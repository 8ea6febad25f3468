"""Shared fixtures: one pipeline per test session (spaCy loads once), paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "wang-yi-moscow.txt"
SEED_GOLD = SHARED / "gold" / "wang-yi-moscow.gold.json"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture()
def extract(pipeline):
    """extract(text, published=None) -> ArticleRecord, with the session's pipeline."""
    from communique.pipeline import RawArticle

    def _extract(text: str, published: str | None = None):
        raw = RawArticle(text=text, input="<test>")
        if published:
            raw.published, raw.published_from = published, "cli"
        return pipeline.extract(raw)

    return _extract


@pytest.fixture(scope="session")
def seed_record(pipeline):
    """The reference article's record (published 2023-02-22), or skip without ../shared."""
    if not SEED.exists():
        pytest.skip("../shared is absent")
    from communique.pipeline import RawArticle
    from communique.readers.text import read_text_file

    raw = read_text_file(SEED)
    assert isinstance(raw, RawArticle)
    raw.published, raw.published_from = "2023-02-22", "cli"
    return pipeline.extract(raw)


@pytest.fixture(scope="session")
def side():
    """side(record, plover, "source"|"target", attr="country") -> the ``attr`` of each actor on
    that side of the record's first event of ``plover``, or None when there is no such event."""

    def _side(rec, plover: str, which: str, attr: str = "country"):
        by_id = {a.id: a for a in rec.actors}
        found = [e for e in rec.events if e.plover == plover]
        return [getattr(by_id[i], attr) for i in getattr(found[0], which)] if found else None

    return _side
