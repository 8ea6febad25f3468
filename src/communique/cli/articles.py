"""Commands that read articles and keep the store: extract, ingest, query, load, export."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from communique.cli.common import (
    DEFAULT_DB,
    Db,
    Engine,
    ExportFormat,
    MaxBytes,
    Model,
    OutFormat,
    Published,
    QueryFormat,
    Workers,
    _articles,
    _check_date,
    _fail,
    _inputs,
    _open_store,
    _pipe_safe,
    _say,
    _settings,
    _usage_error,
    app,
)

if TYPE_CHECKING:
    from communique.errors import CommuniqueError
    from communique.settings import Settings
    from communique.store import Store


@app.command()
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt .html .jsonl .json), directories (recursive), or - for stdin."
        ),
    ] = None,
    published: Published = None,
    format: Annotated[
        OutFormat,
        typer.Option(
            "--format",
            help="json: one object for one article, an array for several; "
            "jsonl: one object per line; table: a readable summary.",
        ),
    ] = OutFormat.json,
    model: Model = None,
    max_bytes: MaxBytes = None,
    workers: Workers = None,
    example: Annotated[
        bool, typer.Option("--example", help="Read the example article shipped with communique.")
    ] = False,
) -> None:
    """Extract the record of each article and print it on stdout."""
    from communique.errors import CommuniqueError
    from communique.pipeline import Pipeline
    from communique.sinks import open_sink
    from communique.sinks.progress import many_inputs, progress

    _check_date(published)
    paths = _inputs(inputs, example)
    pipe = Pipeline(_settings(model, max_bytes, workers), published=published)
    sink = open_sink(format.value, sys.stdout)
    failed = 0
    try:
        with _pipe_safe(), progress(many_inputs(paths)) as bar:
            for result in pipe.extract_many(_articles(paths, pipe.settings)):
                if isinstance(result, CommuniqueError):
                    failed += 1
                    _say(result)
                else:
                    sink.write(result)
                bar.advance(not isinstance(result, CommuniqueError))
    except CommuniqueError as exc:  # the model or a setting failed mid-run
        sink.close()
        _fail(exc, 2 if _usage_error(exc) else 1)
    with _pipe_safe():
        sink.close()
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: Db = DEFAULT_DB,
    resume: Annotated[
        bool, typer.Option(help="Skip articles already stored (by id) without parsing them.")
    ] = False,
    published: Published = None,
    model: Model = None,
    max_bytes: MaxBytes = None,
    workers: Workers = None,
    commit_every: Annotated[
        int,
        typer.Option(
            min=1, help="Articles per transaction (each article is stored whole or not at all)."
        ),
    ] = 64,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="A line on stderr after every committed batch.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(help="Exit 1 also for inputs skipped by policy (not English, too short)."),
    ] = False,
    engine: Annotated[
        Engine, typer.Option(help="local: worker processes here; ray: Ray Data, Parquet to --out.")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option(help="--engine ray: the cluster (auto, HOST:PORT); else local.")
    ] = None,
    out: Annotated[
        str | None, typer.Option(help="--engine ray: folder for the Parquet output (then load).")
    ] = None,
) -> None:
    """Extract every article and store its record in a DuckDB file (re-ingesting is harmless);
    with --engine ray, write the records as Parquet under --out (communique load reads it)."""
    if engine is Engine.ray:
        _ingest_ray(inputs, out, address, _settings(model, max_bytes, workers), published)
    from communique.errors import CommuniqueError
    from communique.pipeline import Pipeline
    from communique.sinks.progress import many_inputs, progress
    from communique.store import IngestStats
    from communique.store import ingest as run_ingest

    _check_date(published)
    pipe = Pipeline(_settings(model, max_bytes, workers), published=published)

    def committed(stats: IngestStats) -> None:
        if verbose:
            typer.echo(f"communique: committed, {stats.stored} stored so far", err=True)

    with _open_store(db, read_only=False) as store, progress(many_inputs(inputs)) as bar:

        def failed(exc: CommuniqueError) -> None:
            _say(exc)
            bar.advance(False)

        try:
            stats = run_ingest(
                store,
                _articles(inputs, pipe.settings),
                pipe,
                resume=resume,
                commit_every=commit_every,
                on_error=failed,
                on_record=lambda _: bar.advance(),
                on_commit=committed,
            )
        except CommuniqueError as exc:
            _fail(exc, 2 if _usage_error(exc) else 1)
    typer.echo(f"communique: {db}: {stats.line()}", err=True)
    raise typer.Exit(1 if stats.failed or (strict and stats.policy) else 0)


def _ingest_ray(
    inputs: list[str], out: str | None, address: str | None, settings: Settings, day: str | None
) -> NoReturn:
    from communique.engines.ray import run
    from communique.errors import CommuniqueError

    _check_date(day)
    if not out:
        raise typer.BadParameter("--engine ray writes Parquet: give --out DIR", param_hint="--out")
    try:
        stats = run(inputs, out, settings, published=day, address=address, on_error=_line)
    except CommuniqueError as exc:
        _fail(exc, 2 if _usage_error(exc) else 1)
    typer.echo(f"communique: {out}: {stats.line()}", err=True)
    raise typer.Exit(1 if stats.failed else 0)


def _line(message: str) -> None:
    typer.echo(f"communique: {message}", err=True)


def _open_parquet(folder: str) -> Store:
    from communique.errors import CommuniqueError
    from communique.store.load import open_parquet

    try:
        return open_parquet(folder)
    except CommuniqueError as exc:
        _fail(exc, 2)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement (DuckDB dialect), read-only.")],
    db: Db = DEFAULT_DB,
    format: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = (
        QueryFormat.table
    ),
    parquet: Annotated[
        str | None, typer.Option(help="Query this Parquet output (ingest --out) instead of --db.")
    ] = None,
) -> None:
    """Run a read-only SQL query on the store (writes and file access are refused)."""
    from communique.errors import CommuniqueError
    from communique.sinks.rows import write_rows

    opened = _open_parquet(parquet) if parquet else _open_store(db, read_only=True, external=False)
    with opened as store:
        try:
            names, rows = store.query(sql)
        except CommuniqueError as exc:
            _fail(exc, 1)
    with _pipe_safe():
        write_rows(names, rows, format.value, sys.stdout)


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="Parquet output of ingest --engine ray --out.")],
    db: Db = DEFAULT_DB,
) -> None:
    """Load Parquet output into the DuckDB store (loading again changes no row count)."""
    from communique.errors import CommuniqueError
    from communique.store.load import load as run_load

    with _open_store(db, read_only=False) as store:
        try:
            n = run_load(store, folder)
        except CommuniqueError as exc:
            _fail(exc, 2 if exc.code == "E307" else 1)
    typer.echo(f"communique: {db}: {n} articles loaded from {folder}", err=True)


@app.command()
def export(
    out: Annotated[str, typer.Option(help="Folder to write, one file per table.")],
    format: Annotated[ExportFormat, typer.Option("--format", help="File format.")] = (
        ExportFormat.parquet
    ),
    db: Db = DEFAULT_DB,
) -> None:
    """Export every table of the store to OUT/<table>.<format>; gdelt and polecat write the
    story events as a GDELT 2.0 event table or POLECAT-style JSON Lines (docs/stories.md)."""
    from communique.errors import CommuniqueError
    from communique.store.exports import FILES, export_events

    with _open_store(db, read_only=True) as store:
        try:
            if format.value in FILES:
                files = [export_events(store, out, format.value)]
            else:
                files = store.export(out, format.value)
        except CommuniqueError as exc:
            _fail(exc, 1)
    typer.echo(f"communique: wrote {len(files)} files to {out}", err=True)
