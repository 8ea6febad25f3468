"""Dyad series from a store of NAEB articles: a series for a pair of countries, and a PNG."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from communique.cli import app
from conftest import SHARED

NAEB = Path(os.environ.get("COMMUNIQUE_NAEB") or SHARED / "corpus" / "naeb" / "articles.jsonl")
# Four NAEB reports on Gaza (U.N. aid votes, a live tracker, a feature), by their NAEB ids.
GAZA = ("97e7c43a928f5913", "7dd2fe6d76f97ba5", "8a20f432f8b04b23", "4c3aae34c70db15a")

pytestmark = pytest.mark.skipif(not NAEB.exists(), reason="the NAEB corpus is absent")


@pytest.fixture(scope="module")
def naeb_db(pipeline, tmp_path_factory) -> Path:
    pipeline.nlp  # noqa: B018  (reuse the session's model in this process)
    folder = tmp_path_factory.mktemp("naeb")
    lines = [x for x in NAEB.read_text("utf-8").splitlines() if json.loads(x)["id"][:16] in GAZA]
    assert len(lines) == len(GAZA)
    (folder / "gaza.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    db = folder / "naeb.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(folder / "gaza.jsonl"), "--db", str(db), "--workers", "1"]
    )
    assert result.exit_code == 0, result.stderr
    return db


def busiest_pair(db: Path) -> tuple[str, str, int]:
    """The pair of countries with the most story events in the store."""
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute(
        "SELECT source_country, target_country, count(*) FROM story_events "
        "WHERE source_country <> target_country AND date IS NOT NULL "
        "GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT 1"
    ).fetchall()
    con.close()
    assert row, "no story event between two countries in the NAEB sample"
    return row[0]


def test_dyads_prints_a_series_for_two_countries_and_draws_a_png(naeb_db, tmp_path):
    source, target, n = busiest_pair(naeb_db)
    png = tmp_path / "dyad.png"
    args = ["dyads", "--db", str(naeb_db), "--source", source, "--target", target]
    result = CliRunner().invoke(
        app, [*args, "--by", "month", "--format", "csv", "--plot", str(png)]
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0])[:2] == ["period", "events"]
    assert sum(int(r["events"]) for r in rows) >= n  # a country matches all its keys
    for r in rows:
        quads = sum(int(r[k]) for k in list(r)[2:6])
        assert quads == int(r["events"])
        assert r["period"].endswith("-01")  # months start on the first
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    table = CliRunner().invoke(app, [*args, "--by", "day"])
    assert table.exit_code == 0 and "period" in table.stdout and "row(s)" in table.stdout
    svg = tmp_path / "dyad.svg"
    CliRunner().invoke(app, [*args, "--by", "week", "--format", "jsonl", "--plot", str(svg)])
    assert svg.read_text("utf-8").lstrip().startswith("<?xml")


def test_dyads_for_a_pair_never_seen_is_empty_and_exits_1(naeb_db):
    args = ["dyads", "--db", str(naeb_db), "--source", "ATA", "--target", "VAT"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and "0 row(s)" in result.stdout
