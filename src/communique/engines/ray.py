"""The Ray engine: the batch function of the local pool (``Pipeline.run_batch``) on a Ray
cluster, with the store's tables written as Parquet (store/parquet.py). Needs
``communique[ray]``; nothing else in communique imports Ray.

The way an article travels:

1. the driver lists the input files (a directory is walked as the local readers walk it);
2. Ray Data reads them: ``read_parquet`` for ``.parquet``, ``read_binary_files`` for the rest,
   whose bytes go through the local readers (same article names, same errors);
3. ``map_batches`` in a pool of actors, each loading the pipeline once: ``run_batch``, then the
   batch's records are written as one content-named part under ``--out``;
4. the driver streams back one small row per article (its id, or its error) and counts.

Fault tolerance: actors restart when their process dies (``max_restarts=-1``) and a batch whose
actor died is run again (``max_task_retries``). The rerun writes the same file names (a part is
named by its article ids), so a killed worker leaves every article exactly once in the output.
"""

from __future__ import annotations

import io
import json
import logging
import os
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from communique.errors import CommuniqueError, ConfigError, InputError
from communique.settings import Settings
from communique.types import RawArticle

Item = RawArticle | CommuniqueError
#: Times a batch is run again after its actor died, before the run fails.
TASK_RETRIES = 3
#: Reading takes no CPU slot: the actors hold one each, and a pool as large as the cluster
#: would otherwise leave no slot for the reads that feed it.
LIGHT: dict[str, Any] = {"num_cpus": 0}
#: Bytes per article assumed when sizing blocks (a pickled news article with its metadata).
BLOCK_BYTES_PER_ARTICLE = 8 * 1024


def import_ray() -> ModuleType:
    """``ray`` (with Ray Data), or E030 naming the extra to install."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise ConfigError("E030", input="--engine ray") from exc
    return ray


@dataclass
class RayStats:
    read: int = 0
    stored: int = 0
    failed: int = 0

    def line(self) -> str:
        return f"{self.read} read, {self.stored} written, {self.failed} failed"


# -- reading: file bytes -> articles (the local readers' functions) ------------------------------
def items_of(data: bytes, name: str, max_bytes: int, min_english: float) -> Iterator[Item]:
    """The articles of one file's bytes, as ``communique.readers.read_file`` gives them."""
    from communique.readers import KINDS, sniff_kind
    from communique.readers.common import SNIFF, check_size
    from communique.readers.html import html_article
    from communique.readers.jsonl import parse_line, read_jsonl_stream
    from communique.readers.text import text_article

    kind = KINDS.get(Path(name).suffix.lower()) or sniff_kind(data[:SNIFF])
    if kind == "jsonl":
        yield from read_jsonl_stream(
            io.BytesIO(data), name, max_bytes=max_bytes, min_english=min_english
        )
        return
    try:
        check_size(len(data), max_bytes, name)
        if kind == "text":
            yield text_article(data, name, min_english=min_english)
        elif kind == "html":
            yield html_article(data, name, min_english=min_english)
        else:
            obj = json.loads(data)
            many = isinstance(obj, list)
            for i, one in enumerate(obj if many else [obj]):
                where = f"{name}:{i}" if many else name
                try:
                    yield parse_line(json.dumps(one).encode(), where, min_english=min_english)
                except CommuniqueError as exc:
                    yield exc
    except CommuniqueError as exc:
        yield exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield InputError("E107", input=name, reason=f"not valid JSON ({exc})")


def _files(inputs: list[str]) -> tuple[dict[str, str], list[str], list[Item]]:
    """(absolute path -> name as given) for byte inputs, Parquet files, and missing inputs."""
    from communique.readers import walk

    named: dict[str, str] = {}
    parquet: list[str] = []
    missing: list[Item] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found = [str(f) for f in walk(path)]
            parquet += sorted(str(f.resolve()) for f in path.rglob("*.parquet"))
        elif path.is_file():
            found = [given]
            if path.suffix.lower() == ".parquet":
                parquet.append(str(path.resolve()))
                found = []
        else:
            missing.append(InputError("E100", input=given))
            continue
        named.update({os.path.abspath(f): f for f in found})
    return named, parquet, missing


def _read(ray: ModuleType, inputs: list[str], settings: Settings) -> tuple[Any, list[Item]]:
    """A dataset of pickled articles (or errors), one per row, and the inputs not found."""
    named, parquet, missing = _files(inputs)
    limit, english = settings.max_bytes, settings.min_english

    def from_bytes(row: dict[str, Any]) -> list[dict[str, bytes]]:
        path = row["path"]
        name = named.get(path) or named.get(os.path.abspath(path)) or path
        return [{"item": pickle.dumps(i)} for i in items_of(row["bytes"], name, limit, english)]

    def from_parquet(row: dict[str, Any]) -> list[dict[str, bytes]]:
        fields = dict(row)
        name = f"{fields.pop('path')}:{fields.get('id') or ''}".rstrip(":")
        item: Item
        try:
            item = _parse(json.dumps(fields, default=str).encode(), name, english)
        except CommuniqueError as exc:
            item = exc
        return [{"item": pickle.dumps(item)}]

    parts = []
    if named:
        files = ray.data.read_binary_files(sorted(named), include_paths=True, **LIGHT)
        parts.append(files.flat_map(from_bytes, **LIGHT))
    if parquet:
        rows = ray.data.read_parquet(parquet, include_paths=True, **LIGHT)
        parts.append(rows.flat_map(from_parquet, **LIGHT))
    if not parts:
        return None, missing
    ds = parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])
    return ds, missing


def _parse(line: bytes, name: str, min_english: float) -> RawArticle:
    from communique.readers.jsonl import parse_line

    return parse_line(line, name, min_english=min_english)


# -- the actors -------------------------------------------------------------------------------
class BatchWriter:
    """One per actor: loads the pipeline once; each call runs one batch and writes its part."""

    def __init__(
        self,
        settings: Settings,
        published: str | None,
        out: str,
        before_batch: Callable[[list[Item]], None] | None = None,
    ) -> None:
        from communique.pipeline import Pipeline

        self.pipeline = Pipeline(settings, published=published)
        self.pipeline.warm()  # load the model and the stages' tables once, at start
        self.out = out
        self.before_batch = before_batch

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from communique.store.parquet import write_part

        items: list[Item] = [pickle.loads(b) for b in batch["item"].to_pylist()]
        if self.before_batch is not None:
            self.before_batch(items)
        results = self.pipeline.run_batch(items)
        part = write_part([r for r in results if not isinstance(r, CommuniqueError)], self.out)
        ids = [None if isinstance(r, CommuniqueError) else r.article.id for r in results]
        errors = [r.line() if isinstance(r, CommuniqueError) else None for r in results]
        return pa.table(
            {"id": ids, "error": errors, "part": [part if i else None for i in ids]},
            schema=pa.schema([("id", pa.string()), ("error", pa.string()), ("part", pa.string())]),
        )


def _init(ray: ModuleType, address: str | None, workers: int | None) -> bool:
    """Connect to (or start) a cluster unless one is connected; True if this call did."""
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
    if address is None and workers:
        kwargs["num_cpus"] = workers
    ray.init(address=address, log_to_driver=False, **kwargs)
    return True


def run(
    inputs: list[str],
    out: str | Path,
    settings: Settings,
    *,
    published: str | None = None,
    address: str | None = None,
    workers: int | None = None,
    on_error: Callable[[str], None] | None = None,
    before_batch: Callable[[list[Item]], None] | None = None,
) -> RayStats:
    """Extract every article of ``inputs`` on Ray and write the records under ``out``.

    ``address``: a cluster to join (``auto``, ``HOST:PORT``); None starts a local one (or uses
    the one this process already joined). ``workers``: actors in the pool (default: the
    cluster's CPUs). ``before_batch`` runs in the actor before each batch (fault-injection
    tests). ``on_error`` gets each failed article's one-line message.
    """
    ray = import_ray()
    started = _init(ray, address, workers)
    stats = RayStats()
    folder = str(Path(out).resolve())
    Path(folder).mkdir(parents=True, exist_ok=True)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        # Small blocks, so that one large input file still feeds every actor of the pool.
        context.target_max_block_size = settings.batch_size * BLOCK_BYTES_PER_ARTICLE
        ds, missing = _read(ray, inputs, settings)
        for exc in missing:
            stats.failed += 1
            if on_error and isinstance(exc, CommuniqueError):
                on_error(exc.line())
        if ds is None:
            return stats
        n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        done = ds.map_batches(
            BatchWriter,
            fn_constructor_args=(settings, published, folder, before_batch),
            batch_size=settings.batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=n),
            num_cpus=1,
            max_restarts=-1,
            max_task_retries=TASK_RETRIES,
        )
        for row in done.iter_rows():
            stats.read += 1
            if row["error"] is None:
                stats.stored += 1
            else:
                stats.failed += 1
                if on_error:
                    on_error(row["error"])
    except CommuniqueError:
        raise
    except Exception as exc:  # Ray's own failures (a batch that kept killing its actor, ...)
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else repr(exc)
        raise ConfigError("E031", input="--engine ray", reason=reason) from exc
    finally:
        if started:
            ray.shutdown()
    return stats
