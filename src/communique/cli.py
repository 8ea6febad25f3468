"""The ``communique`` command: parses arguments and calls the library (thin).

Imports of the library happen inside the commands, so ``communique --help`` and ``--version``
answer without loading spaCy, DuckDB or trafilatura. Exit codes: 0 all went well, 1 some input
or the requested work failed (each failure is one ``communique: <input>: <message>`` line on
stderr), 2 a usage or configuration error (bad option, missing model, unusable store).

To add a command, add a function decorated with ``@app.command()`` in the "Commands" section
(or at the end), importing what it needs inside its body.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from communique.errors import CommuniqueError
    from communique.settings import Settings
    from communique.store import Store
    from communique.types import RawArticle


def run() -> None:
    """The ``communique`` program: the app, with SIGINT/SIGTERM as one line and 130/143."""
    from communique.interrupt import interruptible

    with interruptible():
        app(prog_name="communique")


app = typer.Typer(
    help="Communiqué: verifiable records of who did what to whom in political news.",
    no_args_is_help=True,
    add_completion=False,
)

DEFAULT_DB = "communique.duckdb"


class OutFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    gdelt = "gdelt"
    polecat = "polecat"


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


# -- shared options ------------------------------------------------------------------------
Published = Annotated[
    str | None,
    typer.Option(
        help="Publication date YYYY-MM-DD (resolves relative dates); overrides the input's own."
    ),
]
Model = Annotated[
    str | None,
    typer.Option(
        help="spaCy pipeline: an installed package or a model directory "
        "(env COMMUNIQUE_SPACY_MODEL)."
    ),
]
MaxBytes = Annotated[
    int | None,
    typer.Option(
        help="Refuse inputs over this many bytes (default 5 MB; env COMMUNIQUE_MAX_BYTES)."
    ),
]
Workers = Annotated[
    int | None, typer.Option(help="Worker processes; 0 = one per core (env COMMUNIQUE_WORKERS).")
]
Db = Annotated[str, typer.Option(help="The DuckDB store file.")]


# -- helpers: errors, settings, inputs -------------------------------------------------------
def _say(exc: CommuniqueError) -> None:
    typer.echo(f"communique: {exc.line()}", err=True)


def _fail(exc: CommuniqueError, code: int) -> NoReturn:
    _say(exc)
    raise typer.Exit(code)


def _usage_error(exc: CommuniqueError) -> bool:
    """Errors about the command line or the environment (exit 2), not about the work itself."""
    from communique.errors import ConfigError, ModelError

    return isinstance(exc, ConfigError | ModelError) or exc.code in {
        "E110",
        "E300",
        "E302",
        "E303",
        "E305",
        "E306",
        "E400",
    }


def _settings(model: str | None, max_bytes: int | None, workers: int | None) -> Settings:
    """Checked settings, and the model found on disk (without importing spaCy) or exit 2."""
    from communique.errors import CommuniqueError
    from communique.nlp import model_path
    from communique.settings import load_settings

    try:
        settings = load_settings(spacy_model=model, max_bytes=max_bytes, workers=workers)
        model_path(settings.spacy_model)
    except CommuniqueError as exc:
        _fail(exc, 2)
    return settings


def _check_date(published: str | None) -> None:
    import datetime as dt

    from communique.errors import InputError

    if published is None:
        return
    try:
        dt.date.fromisoformat(published)
    except ValueError:
        _fail(InputError("E110", input="--published", value=published), 2)


def _example_path() -> str:
    from importlib import resources

    from communique.errors import InputError

    path = resources.files("communique").joinpath("examples", "summit.txt")
    if not path.is_file():
        _fail(InputError("E400", input="--example", reason=f"{path} is absent"), 2)
    return str(path)


def _inputs(inputs: list[str] | None, example: bool) -> list[str]:
    paths = list(inputs or []) + ([_example_path()] if example else [])
    if not paths:
        raise typer.BadParameter("give FILE, DIR or - (stdin), or --example", param_hint="INPUTS")
    return paths


def _articles(paths: list[str], settings: Settings) -> Iterator[RawArticle | CommuniqueError]:
    from communique.readers import read

    return read(paths, max_bytes=settings.max_bytes, min_english=settings.min_english)


def _open_store(db: str, read_only: bool, external: bool = True) -> Store:
    from communique.errors import CommuniqueError
    from communique.store import Store

    try:
        return Store.open(db, read_only=read_only, external=external)
    except CommuniqueError as exc:
        _fail(exc, 2)


@contextmanager
def _pipe_safe() -> Iterator[None]:
    """A reader that stops early (``| head``) ends the command quietly, as Unix tools do."""
    try:
        yield
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None


# -- commands ---------------------------------------------------------------------------------
def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"communique {version('communique')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Communiqué: verifiable records of who did what to whom in political news."""


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


@app.command()
def actors(
    db: Db = DEFAULT_DB,
    name: Annotated[
        str | None, typer.Option(help="Only actors whose name or knowledge-base id contains this.")
    ] = None,
) -> None:
    """List stored actors with their roles over time and the articles that support them."""
    from communique.sinks.table import render_actors
    from communique.store import actors_over_time

    with _open_store(db, read_only=True) as store:
        found = actors_over_time(store, name)
    render_actors(found, sys.stdout)
    raise typer.Exit(0 if found or name is None else 1)


@app.command()
def schema(
    out: Annotated[
        str | None,
        typer.Option(
            help="Write the JSON Schema here (e.g. schema/record.schema.json) instead of stdout."
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(help="With --out: exit 1 if the file differs from the schema of this code."),
    ] = False,
) -> None:
    """Print (or write) the JSON Schema of the record."""
    from pathlib import Path

    from communique.sinks.json import schema_text

    text = schema_text()
    if out is None:
        sys.stdout.write(text)
        return
    target = Path(out)
    if check:
        same = target.is_file() and target.read_text("utf-8") == text
        if not same:
            typer.echo(
                f"communique: {out}: out of date; run communique schema --out {out}", err=True
            )
        raise typer.Exit(0 if same else 1)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")


@app.command("eval")
def eval_(
    golds: Annotated[
        list[str] | None,
        typer.Argument(help="Gold files or folders of them; with --health, the corpus input."),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    report: Annotated[str | None, typer.Option(help="Write the accuracy page here.")] = None,
    details: Annotated[bool, typer.Option(help="Also print the scorer's explanations.")] = False,
    health: Annotated[
        bool, typer.Option("--health", help="Corpus health figures (no gold) over INPUT or NAEB.")
    ] = False,
    half: Annotated[
        str | None, typer.Option(help="Fresh sentence sets: score only this half (dev or test).")
    ] = None,
    limit: Annotated[int, typer.Option(help="--health: only the first N articles.")] = 0,
    workers: Annotated[int | None, typer.Option(help="--health: worker processes.")] = None,
    record: Annotated[
        bool, typer.Option(help="--health: append the figures to devsets/health.jsonl.")
    ] = False,
) -> None:
    """Score the pipeline against gold files, with the rules of score.py; or, with --health,
    print the corpus health figures that need no gold."""
    from communique.evaluation.command import main as run_eval
    from communique.evaluation.command import run_health_command

    if health:
        raise typer.Exit(run_health_command(golds or [], limit, workers, record, json_))
    raise typer.Exit(
        run_eval(golds or [], as_json=json_, report=report, details=details, half=half)
    )


@app.command()
def serve(
    db: Db = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8765,
    read_only: Annotated[
        bool, typer.Option(help="Open the store read-only (POST /api/ingest then refused).")
    ] = False,
    max_bytes: MaxBytes = None,
) -> None:
    """Serve the store: web pages (evidence view, timeline, graph) and a JSON API (/docs)."""
    try:
        import uvicorn

        from communique.service import Service, create_app
    except ImportError as exc:
        typer.echo(
            f"communique: serve needs the service extra ({exc.name} is missing); run "
            "pip install 'communique[service]'",
            err=True,
        )
        raise typer.Exit(2) from None
    from communique.errors import CommuniqueError
    from communique.settings import load_settings

    try:
        settings = load_settings(max_bytes=max_bytes, workers=1)
        svc = Service.open(db, read_only=read_only, settings=settings)
    except CommuniqueError as exc:
        _fail(exc, 2)
    typer.echo(f"communique: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    try:
        uvicorn.run(create_app(svc), host=host, port=port, log_level="warning")
    finally:
        svc.close()


# -- story events (issue 19): store/story.py, store/dyads.py; the rule in docs/stories.md --------
class DyadPeriod(StrEnum):
    day = "day"
    week = "week"
    month = "month"


@app.command()
def stories(
    db: Db = DEFAULT_DB,
    rebuild: Annotated[
        bool, typer.Option(help="Recompute every story event from the stored events.")
    ] = False,
    top: Annotated[int, typer.Option(min=0, help="How many story events to list.")] = 20,
) -> None:
    """Story events: one row per real-world event however many articles report it."""
    from communique.sinks.rows import write_rows
    from communique.store.story import rebuild as rebuild_stories

    with _open_store(db, read_only=not rebuild) as store:
        if rebuild:
            n = rebuild_stories(store.con)
            typer.echo(f"communique: {db}: {n} story events rebuilt", err=True)
        names, rows = store.query(
            "SELECT id[:12] AS id, date, plover, cameo, source, target, num_articles, "
            "num_sources, num_mentions FROM story_events "
            f"ORDER BY num_articles DESC, date NULLS LAST, id LIMIT {top}"
        )
    with _pipe_safe():
        write_rows(names, rows, "table", sys.stdout)


@app.command()
def dyads(
    source: Annotated[str, typer.Option(help="Source actor: a country (CHN) or a key (CHNGOV).")],
    target: Annotated[str, typer.Option(help="Target actor: a country or a key.")],
    db: Db = DEFAULT_DB,
    by: Annotated[DyadPeriod, typer.Option(help="Period.")] = DyadPeriod.month,
    format: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = (
        QueryFormat.table
    ),
    plot: Annotated[
        str | None, typer.Option(help="Also draw the series to this .png or .svg file.")
    ] = None,
) -> None:
    """Counts by QuadClass and the Goldstein sum and mean of SOURCE -> TARGET, per period."""
    from communique.errors import CommuniqueError
    from communique.sinks.rows import write_rows
    from communique.store import dyads as dyad_series

    with _open_store(db, read_only=True) as store:
        rows = dyad_series.series(store, source, target, by.value)
    if plot:
        try:
            dyad_series.plot(rows, f"{source.upper()} -> {target.upper()} by {by.value}", plot)
        except CommuniqueError as exc:
            _fail(exc, 1)
    with _pipe_safe():
        write_rows(dyad_series.COLUMNS, rows, "jsonl" if format.value == "jsonl" else format.value,
                   sys.stdout)  # fmt: skip
    raise typer.Exit(0 if rows else 1)
