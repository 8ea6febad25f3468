"""The ``communique`` command: parses arguments and calls the library (thin)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

app = typer.Typer(help="Communiqué: verifiable records of who did what to whom in political news.",
                  no_args_is_help=True, add_completion=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"communique {version('communique')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Communiqué: verifiable records of who did what to whom in political news."""


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="json | jsonl | table")] = "json",
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (package or directory).")] = None,
) -> None:
    """Extract the record of each article and print it."""
    from communique.errors import CommuniqueError
    from communique.pipeline import Pipeline
    from communique.readers import read
    from communique.settings import load_settings

    try:
        pipe = Pipeline(load_settings(spacy_model=model), published=published)
    except CommuniqueError as exc:
        typer.echo(f"communique: {exc.line()}", err=True)
        raise typer.Exit(2) from None
    failed = 0
    for result in pipe.extract_many(read(inputs)):
        if isinstance(result, CommuniqueError):
            failed += 1
            typer.echo(f"communique: {result.line()}", err=True)
            continue
        d = result.to_dict()
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=None if format == "jsonl" else 2))
        sys.stdout.write("\n")
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def eval_(
    golds: Annotated[list[str] | None, typer.Argument(help="Gold files or folders of them.")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    report: Annotated[str | None, typer.Option(help="Write the accuracy page here.")] = None,
    details: Annotated[bool, typer.Option(help="Also print the scorer's explanations.")] = False,
) -> None:
    """Score the pipeline against gold files, with the rules of score.py."""
    from communique.evaluation.command import main as run_eval

    raise typer.Exit(run_eval(golds or [], as_json=json_, report=report, details=details))
