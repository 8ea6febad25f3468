"""Throughput of Communiqué against a bare spaCy parse of the same texts, measured in one run.

    .venv/bin/python benchmarks/throughput.py [--input JSONL] [--limit N] [--batch-size B]

Default input: ../shared/corpus/naeb/articles.jsonl (424 real articles). Each configuration
runs in a fresh subprocess (so peak memory is its own and no run warms another):
  (a) bare spaCy ``nlp.pipe`` with the same pipeline and batch size,
  (b) ``communique extract`` path with all stages (reader -> pipeline -> JSON lines), 1 worker,
  (c) each stage's share of the time (from the same run as (b)),
  (d) 2 workers,
  (e) ``ingest`` into a fresh DuckDB file (1 worker).
Prints articles/s, words/s and peak RSS for each, then the ratios (b)/(a), (d)/(b) and (e)/(b).
Loading (the model, the knowledge base, the lexicons, the event classifier: ``Pipeline.warm``)
is outside the timed region; worker start-up (spawn + loading) is inside it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_INPUT = HERE.parent.parent / "shared" / "corpus" / "naeb" / "articles.jsonl"


def _limited(path: str, limit: int | None) -> str:
    if not limit:
        return path
    fd, name = tempfile.mkstemp(suffix=".jsonl")
    with open(path, encoding="utf-8") as f, open(fd, "w", encoding="utf-8") as tmp:
        for i, line in enumerate(f):
            if i >= limit:
                break
            tmp.write(line)
    return name


def _words(path: str) -> tuple[int, int]:
    n = w = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                n += 1
                w += len(json.loads(line).get("text", "").split())
    return n, w


def _peak_mb() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(me, 1), "peak_worker_mb": round(kids, 1)}


def mode_bare(path: str, batch_size: int) -> dict[str, object]:
    from communique.nlp import load_nlp
    from communique.pipeline import WARM_UP_TEXT
    from communique.settings import load_settings

    nlp = load_nlp(load_settings().spacy_model)
    nlp(WARM_UP_TEXT)  # the same warm-up parse as Pipeline.warm, outside the timed region
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(ln)["text"] for ln in f if ln.strip()]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - t0, **_peak_mb()}


def mode_extract(path: str, batch_size: int, workers: int) -> dict[str, object]:
    from communique.errors import CommuniqueError
    from communique.pipeline import Pipeline
    from communique.readers import read
    from communique.settings import load_settings

    pipe = Pipeline(load_settings(batch_size=batch_size, workers=workers))
    pipe.warm()  # the model and the stages' tables load outside the timed region, as for (a)
    failed = 0
    t0 = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for r in pipe.extract_many(read([path]), workers=workers):
            if isinstance(r, CommuniqueError):
                failed += 1
                continue
            sink.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    return {
        "seconds": time.perf_counter() - t0,
        "failed": failed,
        "stages": pipe.timings,
        **_peak_mb(),
    }


def mode_ingest(path: str, batch_size: int) -> dict[str, object]:
    from communique.pipeline import Pipeline
    from communique.readers import read
    from communique.settings import load_settings
    from communique.store import Store, ingest

    pipe = Pipeline(load_settings(batch_size=batch_size, workers=1))
    pipe.warm()  # the model and the stages' tables load outside the timed region
    db = Path(tempfile.mkdtemp()) / "bench.duckdb"
    t0 = time.perf_counter()
    with Store.open(db) as store:
        stats = ingest(store, read([path]), pipe)
    return {"seconds": time.perf_counter() - t0, "store": str(stats), **_peak_mb()}


def _run(mode: str, path: str, batch_size: int, workers: int = 1) -> dict[str, object]:
    cmd = [
        sys.executable,
        __file__,
        "--_mode",
        mode,
        "--input",
        path,
        "--batch-size",
        str(batch_size),
        "--workers",
        str(workers),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--_mode", default="")
    args = ap.parse_args()
    if args._mode:
        fn = {
            "bare": lambda: mode_bare(args.input, args.batch_size),
            "extract": lambda: mode_extract(args.input, args.batch_size, args.workers),
            "ingest": lambda: mode_ingest(args.input, args.batch_size),
        }[args._mode]
        print(json.dumps(fn()))
        return
    if not Path(args.input).exists():
        sys.exit(f"input {args.input} not found; give --input JSONL")
    path = _limited(args.input, args.limit)
    n, w = _words(path)
    print(
        f"input: {args.input} ({n} articles, {w} words); batch size {args.batch_size}; "
        f"{os.cpu_count()} cores"
    )
    runs = {
        "(a) bare spaCy nlp.pipe": _run("bare", path, args.batch_size),
        "(b) extract, 1 worker": _run("extract", path, args.batch_size, 1),
        "(d) extract, 2 workers": _run("extract", path, args.batch_size, 2),
        "(e) ingest DuckDB, 1 worker": _run("ingest", path, args.batch_size),
    }
    for name, r in runs.items():
        if "error" in r:
            print(f"{name:30} ERROR {r['error']}")
            continue
        s = float(r["seconds"])  # type: ignore[arg-type]
        print(
            f"{name:30} {n / s:7.1f} articles/s {w / s:9.0f} words/s  {s:7.1f} s  "
            f"peak {r['peak_mb']} MB (workers {r['peak_worker_mb']} MB)"
        )
    b = runs["(b) extract, 1 worker"]
    if "stages" in b:
        total = float(b["seconds"])  # type: ignore[arg-type]
        print("(c) stage shares of the extract run (rest: reading, parse, serialising):")
        for k, v in sorted(b["stages"].items(), key=lambda kv: -kv[1]):  # type: ignore[union-attr]
            print(f"      {k:10} {v:7.2f} s  {100 * v / total:5.1f} %")

    def ratio(x: str, y: str) -> str:
        rx, ry = runs[x], runs[y]
        if "error" in rx or "error" in ry:
            return "n/a"
        return f"{float(ry['seconds']) / float(rx['seconds']):.2f}"  # type: ignore[arg-type]

    a, b1, b2, e = runs.keys()
    print(f"ratio (b)/(a) throughput, full pipeline vs bare parse: {ratio(b1, a)}")
    print(f"ratio (d)/(b) throughput, 2 workers vs 1:            {ratio(b2, b1)}")
    print(f"ratio (e)/(b) throughput, ingest vs extract only:    {ratio(e, b1)}")


if __name__ == "__main__":
    main()
