"""Commands over what is stored and measured: actors, schema, eval, serve, stories, dyads."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli.common import (
    DEFAULT_DB,
    Db,
    MaxBytes,
    QueryFormat,
    _fail,
    _open_store,
    _pipe_safe,
    app,
)

if TYPE_CHECKING:
    pass


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
