"""The batch pipeline: lazy streaming, input order, one bad article never stops a batch."""

from __future__ import annotations

import json
from collections.abc import Iterator

from communique.errors import CommuniqueError, InputError, StageError
from communique.pipeline import Pipeline, RawArticle
from communique.record import ArticleRecord
from communique.settings import load_settings


def _articles(n: int, seen: list[int]) -> Iterator[RawArticle]:
    for i in range(n):
        seen.append(i)
        yield RawArticle(
            text=f"Envoys met in Vienna on Monday for round {i} of the talks, officials said.",
            input=f"art-{i}",
        )


def test_ten_thousand_articles_stream_lazily():
    """Pulling the first records consumes only a bounded prefix of a 10,000-article input."""
    pipe = Pipeline(load_settings(batch_size=8, workers=1))
    seen: list[int] = []
    out = pipe.extract_many(_articles(10_000, seen))
    first = [next(out) for _ in range(20)]
    assert [r.article.input for r in first] == [f"art-{i}" for i in range(20)]
    # Read ahead is at most one batch beyond what was returned, never the whole input.
    assert len(seen) <= 20 + 8 + 1


def test_a_ten_thousand_line_jsonl_streams_from_disk_through_the_pipeline(tmp_path):
    """A 10,000-article JSONL file is read as the pipeline needs it, not loaded whole."""
    from communique.readers import read

    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(10_000):
            text = f"Envoys met in Vienna on Monday for round {i} of the talks, officials said."
            f.write(json.dumps({"id": f"j{i}", "text": text}) + "\n")
    pulled: list[str] = []

    def counted() -> Iterator[RawArticle | CommuniqueError]:
        for item in read([str(path)]):
            pulled.append(item.input or "")
            yield item

    out = Pipeline(load_settings(batch_size=8, workers=2)).extract_many(counted())
    got = [next(out) for _ in range(24)]
    assert all(isinstance(r, ArticleRecord) for r in got)
    assert "round 23 " in got[23].text
    # Two workers keep at most 2 * workers batches in flight: a bounded prefix of the file.
    assert len(pulled) <= 24 + 2 * 2 * 8 + 8
    out.close()


def test_two_workers_keep_order_and_pass_errors_through(tmp_path):
    pipe = Pipeline(load_settings(batch_size=4, workers=2))
    items: list[RawArticle | CommuniqueError] = []
    for i in range(18):
        if i == 7:
            items.append(InputError("E101", input="empty-7"))
        else:
            items.append(
                RawArticle(text=f"Rebels attacked a convoy near Goma, item {i}.", input=f"w-{i}")
            )
    results = list(pipe.extract_many(items))
    names = [r.input if isinstance(r, CommuniqueError) else r.article.input for r in results]
    assert names == [("empty-7" if i == 7 else f"w-{i}") for i in range(18)]
    assert isinstance(results[7], InputError)
    assert all(isinstance(r, ArticleRecord) for k, r in enumerate(results) if k != 7)


def test_a_failing_stage_costs_only_its_article():
    pipe = Pipeline(load_settings(batch_size=4, workers=1))

    def fragile(doc, record, ctx):  # a real stage that cannot cope with one input
        if "Atlantis" in record.text:
            raise ValueError("no such place")

    pipe.stages = [*pipe.stages, ("fragile", fragile)]
    texts = ["Talks resumed in Oslo.", "Atlantis declared war on Lemuria.", "Aid reached Gaza."]
    results = list(
        pipe.extract_many(RawArticle(text=t, input=f"t{i}") for i, t in enumerate(texts))
    )
    assert isinstance(results[1], StageError)
    assert "fragile" in results[1].line() and results[1].input == "t1"
    assert [r.article.input for r in (results[0], results[2])] == ["t0", "t2"]
    json.dumps(results[2].to_dict())
