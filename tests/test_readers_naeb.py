"""The HTML reader plus boilerplate filter is no worse than plain trafilatura on NAEB."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

NAEB = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "naeb"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "html_extraction.py"


@pytest.mark.skipif(not (NAEB / "articles.json").exists(), reason="../shared is absent")
def test_reader_matches_or_beats_plain_trafilatura():
    spec = importlib.util.spec_from_file_location("html_extraction", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    gold = json.loads((NAEB / "articles.json").read_text("utf-8"))
    pages = sorted((NAEB / "html_politics_world").glob("*.html"))
    totals = {"plain": [0.0, 0], "ours": [0.0, 0]}
    for page in pages:
        g, data = gold[page.stem], page.read_bytes()
        for key, (body, date) in (
            ("plain", bench.plain_trafilatura(data)),
            ("ours", bench.communique_reader(data, str(page))),
        ):
            totals[key][0] += bench.f1(body, g["articleBody"])
            totals[key][1] += date == g.get("date")
    assert totals["ours"][0] >= totals["plain"][0]
    assert totals["ours"][1] >= totals["plain"][1]
    assert totals["ours"][0] / len(pages) > 0.9
