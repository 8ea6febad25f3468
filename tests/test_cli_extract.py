"""``communique extract`` and ``schema``: output formats, one-line errors and exit codes, and a
start that loads none of spaCy, DuckDB or trafilatura for --help and --version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from communique.cli import app

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "thinc", "duckdb", "trafilatura", "pyarrow")

STORY = (
    "Harbour Deal Signed in Valletta\n\n"
    "VALLETTA (Wire) - Malta and Tunisia signed a harbour agreement worth 120 million euros on "
    "Friday, the two governments said.\n\n"
    '"It will bring ships back," Tunisian Transport Minister Karim Haddad said.\n'
)


@pytest.fixture()
def cli(pipeline):
    """Run the CLI in this process (the session's spaCy model is reused, not reloaded)."""
    pipeline.nlp  # noqa: B018
    runner = CliRunner()

    def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(STORY, "utf-8")
    return path


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json.loads((ROOT / "schema" / "record.schema.json").read_text("utf-8"))
    )


def test_json_prints_one_valid_object_for_one_article(cli, story):
    result = cli("extract", str(story), "--published", "2024-06-07", "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert isinstance(record, dict)
    assert record["article"]["published"] == "2024-06-07"
    assert record["article"]["published_from"] == "cli"
    assert record["text"] == STORY
    assert list(validator().iter_errors(record)) == []


def test_json_prints_an_array_and_jsonl_a_line_per_article(cli, story, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(STORY.replace("Friday", "Monday"), "utf-8")
    result = cli("extract", str(story), str(second), "--workers", "1")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["article"]["input"] for r in records] == [str(story), str(second)]
    lines = cli("extract", str(tmp_path), "--format", "jsonl", "--workers", "1").stdout
    assert [json.loads(x)["text"] for x in lines.splitlines()] == [
        STORY,
        STORY.replace("Friday", "Monday"),
    ]


def test_stdin_and_table(cli):
    result = cli("extract", "-", "--format", "table", "--published", "2024-06-07", input=STORY)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Harbour Deal Signed in Valletta" in out
    for section in ("Actors", "Quotes", "Events", "Times", "Amounts", "Voice", "Checks"):
        assert section in out


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(cli, story, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    missing = tmp_path / "missing.txt"
    result = cli(
        "extract", str(binary), str(story), str(missing), "--format", "jsonl", "--workers", "1"
    )
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"communique: {binary}: [E102]")
    assert errors[1].startswith(f"communique: {missing}: [E100]")
    assert "Traceback" not in result.stderr


def test_usage_and_configuration_errors_exit_2(cli, story):
    assert cli("extract").exit_code == 2
    assert cli("extract", str(story), "--format", "yaml").exit_code == 2
    bad_date = cli("extract", str(story), "--published", "22/02/2023")
    assert bad_date.exit_code == 2 and "[E110]" in bad_date.stderr
    no_model = cli("extract", str(story), "--model", "no_such_pipeline_xyz")
    assert no_model.exit_code == 2 and "[E020]" in no_model.stderr
    assert len(no_model.stderr.splitlines()) == 1
    assert cli("extract", str(story), "--workers", "-3").exit_code == 2


def test_max_bytes_refuses_a_large_input(cli, story):
    result = cli("extract", str(story), "--max-bytes", "50")
    assert result.exit_code == 1
    assert "[E104]" in result.stderr and result.stdout == ""


def test_the_packaged_example_runs(cli):
    from importlib import resources

    if not resources.files("communique").joinpath("examples", "summit.txt").is_file():
        pytest.skip("the example article is not written yet")
    result = cli("extract", "--example", "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert list(validator().iter_errors(record)) == []


def test_schema_command_writes_and_checks(cli, tmp_path):
    printed = cli("schema").stdout
    assert json.loads(printed)["$schema"].endswith("2020-12/schema")
    assert printed == (ROOT / "schema" / "record.schema.json").read_text("utf-8")
    target = tmp_path / "s" / "record.schema.json"
    assert cli("schema", "--out", str(target), "--check").exit_code == 1
    assert cli("schema", "--out", str(target)).exit_code == 0
    assert cli("schema", "--out", str(target), "--check").exit_code == 0
    target.write_text(printed.replace('"Article"', '"Articl"'), "utf-8")
    assert cli("schema", "--out", str(target), "--check").exit_code == 1


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["extract", "--help"], ["ingest", "--help"], ["query", "--help"]],
)
def test_help_and_version_import_no_heavy_library(args):
    probe = (
        "import sys\n"
        "from communique.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:], prog_name='communique')\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print('HEAVY=' + ','.join(heavy), 'CODE=' + str(code))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=60
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last == "HEAVY= CODE=0", done.stdout + done.stderr


def test_table_view_names_speakers_and_participants():
    import io

    from communique.pipeline import RawArticle, new_record
    from communique.record import Actor, Amount, Event, Location, Quote, make_span
    from communique.sinks import open_sink

    text = 'Oslo hosted Ana Ruiz and Tom Berg. "Deal," Ruiz said of the $7 million grant.'
    rec = new_record(RawArticle(text=text, input="<t>"))
    rec.actors += [
        Actor(id="a1", name="Ana Ruiz", kind="person"),
        Actor(id="a2", name="Tom Berg", kind="person"),
    ]
    rec.quotes.append(make_span(text, 36, 40, Quote, id="q1", kind="direct", speaker="a1"))
    rec.events.append(
        Event(
            id="e1",
            plover="CONSULT",
            source=["a1"],
            target=["a2"],
            location=Location(name="Oslo"),
            evidence=make_span(text, 0, 34),
        )
    )
    rec.amounts.append(make_span(text, 60, 70, Amount, value=7_000_000, unit="USD"))
    out = io.StringIO()
    sink = open_sink("table", out)
    sink.write(rec)
    sink.close()
    shown = out.getvalue()
    assert "Deal" in shown and "7,000,000" in shown and "Oslo" in shown
    quote_row = next(line for line in shown.splitlines() if "q1" in line)
    assert "Ana Ruiz" in quote_row
    event_row = next(line for line in shown.splitlines() if "e1" in line)
    assert "Ana" in event_row and "Tom" in event_row  # names wrap in 80 columns


def test_table_view_prints_brackets_in_the_text_as_written():
    import io

    from communique.pipeline import RawArticle, new_record
    from communique.record import Quote, make_span
    from communique.sinks import open_sink

    text = '[Update] The envoy said: "[bold]they[/bold] [sic] agreed [/]".'
    rec = new_record(RawArticle(text=text, input="<t>"))
    rec.quotes.append(make_span(text, 26, len(text) - 2, Quote, id="q1", kind="direct"))
    out = io.StringIO()
    sink = open_sink("table", out)
    sink.write(rec)
    sink.close()
    shown = out.getvalue()
    assert "[Update]" in shown and "[bold]they[/bold] [sic]" in shown
