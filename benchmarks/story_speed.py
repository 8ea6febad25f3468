"""What linking story events costs next to ingesting, and whether it stays linear.

    python benchmarks/story_speed.py --db naeb.duckdb [--articles 10000] [--sample 20]

Takes the records of a store built from NAEB (``communique ingest articles.jsonl --db F``),
copies them with new ids (copy k: sha256 of id and k; its dates moved k * 30 days, so copies
are new events, not reprints) up to ``--articles``, and writes them in batches of 64 into two
fresh store: each batch is stored with linking off, then linked in its own transaction, both
timed. The ingest time is the write time plus the extraction time, measured on ``--sample``
NAEB articles with the real pipeline (one worker). Prints the linking share of ingest time,
the linking time per article in each quarter of the run (linear: flat), and a rebuild's.
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
from communique.store.story import link, rebuild

_SUMMARY = (
    "SELECT count(*), sum(num_mentions), count(*) FILTER (WHERE num_articles > 1), "
    "bit_xor(hash(id, block, date, cameo, goldstein, num_articles, num_sources, num_mentions, "
    "first_seen, last_seen)) FROM story_events"
)
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


def write_all(path: Path, records: list[ArticleRecord]) -> tuple[float, list[float]]:
    """Write ``records`` 64 at a time, each batch stored (linking off) then linked in its own
    transaction, so both are timed under the same load. Returns the write seconds and the
    linking seconds of each quarter of ``records``."""
    write, quarters = 0.0, [0.0, 0.0, 0.0, 0.0]
    with Store.open(path) as store:
        store.link_stories = False
        for start in range(0, len(records), 64):
            batch = records[start : start + 64]
            t = time.perf_counter()
            store.write(batch)
            write += time.perf_counter() - t
            t = time.perf_counter()
            store.con.begin()
            link(store.con, [r.article.id for r in batch])
            store.con.commit()
            quarters[min(3, 4 * start // len(records))] += time.perf_counter() - t
    return write, quarters


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
        write, quarters = write_all(Path(tmp) / "linked.duckdb", records)
        with Store.open(Path(tmp) / "linked.duckdb") as store:
            found = store.query(_SUMMARY)[1][0]
            t = time.perf_counter()
            stories = rebuild(store.con)
            rebuilt = time.perf_counter() - t
            again = store.query(_SUMMARY)[1][0]
    per_article = extraction_seconds(args.sample)
    link_s = sum(quarters)
    ingest = per_article * len(records) + write
    print(json.dumps({
        "articles": len(records),
        "extraction_s_per_article": round(per_article, 3),
        "write_s": round(write, 2),
        "linking_s": round(link_s, 2),
        "ingest_s_estimated": round(ingest, 1),
        "linking_share_of_ingest": f"{100 * link_s / ingest:.2f} %",
        "linking_ms_per_article_by_quarter": [
            round(1000 * q / (len(records) / 4), 3) for q in quarters
        ],
        "rebuild_s": round(rebuilt, 2),
        "story_events": stories,
        "rebuild_gives_the_same_rows": found == again,
        "mentions": found[1],
        "multi_article_story_events": found[2],
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
