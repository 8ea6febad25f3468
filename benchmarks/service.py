"""Speed of the service on a store of >= 10,000 articles made from real NAEB records.

    python benchmarks/service.py [--corpus ../shared/corpus/naeb/articles.jsonl]
        [--parse 100] [--copies 100] [--db /tmp/communique-bench.duckdb] [--runs 20]

The pipeline runs once per NAEB article (``--parse`` of them); the store is then grown by
copying every stored row ``--copies`` times in SQL with fresh article ids (``<id>-<k>``), so
10,000 articles cost one INSERT ... SELECT per table, not 10,000 parses. Then, in process
(FastAPI's TestClient, so the figures are the server's handling, not the network), it times
``/api/events`` with filters (target < 200 ms) and the evidence view ``/articles/{id}``
(target < 500 ms), and prints the median and the 95th percentile of ``--runs`` requests.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "naeb" / "articles.jsonl"


def build(db: Path, corpus: Path, parse: int, copies: int) -> None:
    from communique.pipeline import Pipeline, RawArticle
    from communique.readers import read
    from communique.store import TABLES, Store, ingest

    db.unlink(missing_ok=True)
    items = (a for a in read([str(corpus)]) if isinstance(a, RawArticle))
    t0 = time.perf_counter()
    with Store.open(db) as store:
        if parse:
            stats = ingest(store, itertools.islice(items, parse), Pipeline())
            print(f"parsed and stored {stats.stored} articles in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        con = store.con
        con.begin()
        for table in TABLES:
            key = "id" if table == "articles" else "article_id"
            con.execute(
                f"INSERT INTO {table} SELECT t.* REPLACE (t.{key} || '-' || k AS {key}) "
                f"FROM {table} t, range(1, ?) r(k)",
                [copies],
            )
        con.commit()
        counts = store.counts()
    print(
        f"copied to {counts['articles']} articles, {counts['events']} events, "
        f"{counts['quotes']} quotes in {time.perf_counter() - t0:.1f} s"
    )


def timed(client, url: str, runs: int) -> tuple[float, float, int]:
    client.get(url)  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (url, r.status_code, r.text[:200])
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(r.content)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", type=Path, default=Path("/tmp/communique-bench.duckdb"))
    ap.add_argument("--parse", type=int, default=100)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="Use --db as it is (no rebuild).")
    args = ap.parse_args(argv)
    if not args.reuse:
        if not args.corpus.exists():
            print(f"corpus not found: {args.corpus}", file=sys.stderr)
            return 2
        build(args.db, args.corpus, args.parse, args.copies)

    from fastapi.testclient import TestClient

    from communique.service import Service, create_app

    svc = Service.open(str(args.db), read_only=True)
    client = TestClient(create_app(svc))
    with svc.cursor() as cur:
        plover = cur.execute(
            "SELECT plover FROM events WHERE plover IS NOT NULL "
            "GROUP BY ALL ORDER BY count(*) DESC LIMIT 1"
        ).fetchall()[0][0]
        busiest = cur.execute(
            "SELECT article_id FROM events GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
        ).fetchall()[0][0]
        total = cur.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    print(f"store: {total} articles; busiest article {busiest[:16]}…")
    urls = [
        ("events, no filter", "/api/events?limit=100", 200),
        ("events, type", f"/api/events?plover={plover}&limit=100", 200),
        (
            "events, type + date range",
            f"/api/events?plover={plover}&date_from=2023-01-01&date_to=2023-12-31&limit=100",
            200,
        ),
        ("events, country + modality", "/api/events?country=USA&modality=asserted", 200),
        ("events, actor", "/api/events?actor=Biden&limit=100", 200),
        ("events, cameo root + offset", "/api/events?cameo_root=04&offset=500", 200),
        ("evidence view", f"/articles/{busiest}", 500),
        ("article record", f"/api/articles/{busiest}", 500),
    ]
    print(f"{'request':34} {'median ms':>10} {'p95 ms':>8} {'target':>7} {'bytes':>9}")
    slow = 0
    for name, url, target in urls:
        med, p95, size = timed(client, url, args.runs)
        slow += med > target
        print(f"{name:34} {med:10.1f} {p95:8.1f} {target:7d} {size:9d}")
    svc.close()
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
