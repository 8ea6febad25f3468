"""What linking story events costs next to ingesting, and whether it stays linear.

    python benchmarks/story_speed.py --db naeb.duckdb [--articles 10000] [--sample 20]

Takes the records of a store built from NAEB (``communique ingest articles.jsonl --db F``),
copies them with new ids (copy k: sha256 of id and k; its dates moved k * 30 days, so copies
are new events, not reprints) up to ``--articles``, and writes them in batches of 64 into two
fresh stores: one with linking off, one with linking on (the difference is the linking). The
ingest time is the write time plus the extraction time, measured on ``--sample`` NAEB
articles with the real pipeline (one worker). Prints the linking share of ingest time, the
linking time per 1,000 articles at each quarter (linear: flat), and a full rebuild's time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import tempfile
import time
from pathlib import Path

from communique.record import ArticleRecord
from communique.store import Store
from communique.store.story import rebuild

NAEB = Path("/work/shared/corpus/naeb/articles.jsonl")


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return value


def copies(records: list[ArticleRecord], n: int) -> list[ArticleRecord]:
    out = []
    for i in range(n):
        k, rec = divmod(i, len(records))
        r = records[rec].model_copy(deep=True)
        r.article.id = hashlib.sha256(f"{r.article.id}:{k}".encode()).hexdigest()
        r.article.published = _shift(r.article.published, 30 * k)
        for e in r.events:
            e.date = _shift(e.date, 30 * k)
        out.append(r)
    return out


def write_all(path: Path, records: list[ArticleRecord], link: bool) -> list[float]:
    """Seconds spent writing, cumulative at the end of each quarter of ``records``."""
    spent, marks = 0.0, []
    ends = [len(records) * (q + 1) // 4 for q in range(4)]
    with Store.open(path) as store:
        store.link_stories = link
        for start in range(0, len(records), 64):
            t = time.perf_counter()
            store.write(records[start : start + 64])
            spent += time.perf_counter() - t
            while len(marks) < 4 and start + 64 >= ends[len(marks)]:
                marks.append(spent)
    return marks


def extraction_seconds(sample: int) -> float:
    """Seconds per article for the real pipeline on the first ``sample`` NAEB articles."""
    from communique.pipeline import Pipeline
    from communique.readers import read
    from communique.settings import load_settings

    pipe = Pipeline(load_settings(workers=1))
    pipe.nlp  # noqa: B018  (load the model outside the timing)
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "sample.jsonl"
        part.write_text("".join(NAEB.open().readlines()[:sample]), "utf-8")
        t = time.perf_counter()
        done = sum(1 for _ in pipe.extract_many(read([str(part)])))
        return (time.perf_counter() - t) / max(done, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, help="a store of NAEB articles")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=20)
    args = ap.parse_args()
    with Store.open(args.db, read_only=True) as store:
        rows = store.con.execute("SELECT record FROM articles ORDER BY id").fetchall()
    records = copies([ArticleRecord.model_validate_json(r[0]) for r in rows], args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        plain = write_all(Path(tmp) / "plain.duckdb", records, link=False)
        linked = write_all(Path(tmp) / "linked.duckdb", records, link=True)
        with Store.open(Path(tmp) / "linked.duckdb") as store:
            t = time.perf_counter()
            stories = rebuild(store.con)
            rebuilt = time.perf_counter() - t
            names, found = store.query(
                "SELECT count(*), sum(num_mentions), count(*) FILTER (WHERE num_articles > 1) "
                "FROM story_events"
            )
    per_article = extraction_seconds(args.sample)
    link = linked[-1] - plain[-1]
    ingest = per_article * len(records) + plain[-1]
    quarters = [len(records) * (q + 1) // 4 for q in range(4)]
    steps = [linked[0] - plain[0]] + [
        (linked[q] - linked[q - 1]) - (plain[q] - plain[q - 1]) for q in range(1, 4)
    ]
    print(json.dumps({
        "articles": len(records),
        "extraction_s_per_article": round(per_article, 3),
        "write_s_without_linking": round(plain[-1], 2),
        "write_s_with_linking": round(linked[-1], 2),
        "linking_s": round(link, 2),
        "ingest_s_estimated": round(ingest, 1),
        "linking_share_of_ingest": f"{100 * link / ingest:.2f} %",
        "linking_ms_per_article_by_quarter": {
            str(n): round(1000 * s / (len(records) / 4), 3)
            for n, s in zip(quarters, steps, strict=True)
        },
        "rebuild_s": round(rebuilt, 2),
        "story_events": stories,
        "mentions_and_multi_article_stories": list(found[0][1:]),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
