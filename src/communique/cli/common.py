"""The ``communique`` command: the app, its shared options and helpers (cli/__init__ adds the
commands from cli/articles.py and cli/data.py).

Imports of the library happen inside the commands, so ``communique --help`` and ``--version``
answer without loading spaCy, DuckDB or trafilatura. Exit codes: 0 all went well, 1 some input
or the requested work failed (each failure is one ``communique: <input>: <message>`` line on
stderr), 2 a usage or configuration error (bad option, missing model, unusable store).

To add a command, add a function decorated with ``@app.command()`` to cli/articles.py (reading
articles, the store) or cli/data.py (evaluation, the service, story events), importing what it
needs inside its body.
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
