"""The curated public API: what __all__ promises is importable and works on real text."""

from __future__ import annotations

import json

import communique


def test_everything_in_all_is_importable():
    for name in communique.__all__:
        assert getattr(communique, name) is not None


def test_extract_and_read_through_the_public_api(tmp_path):
    rec = communique.extract(
        "Envoys Meet in Geneva\n\nFrench and German envoys met in Geneva on Monday, "
        "officials said.",
        published="2024-03-06",
    )
    assert isinstance(rec, communique.ArticleRecord)
    assert rec.article.published_from == "cli"
    assert rec.check_spans() == []
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "n1", "text": "Kenya and Uganda signed a trade deal on Friday."}) + "\n",
        encoding="utf-8",
    )
    got = list(communique.Pipeline().extract_many(communique.read([str(path)])))
    assert len(got) == 1 and isinstance(got[0], communique.ArticleRecord)
    assert "Kenya" in got[0].text
