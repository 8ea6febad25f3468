"""The README's table sample is the real output (abridged), and the table view stays readable
at 80 columns: no line wider than the terminal, evidence and quotes not squeezed into slivers."""

from __future__ import annotations

import io
import re
from importlib import resources

from communique.pipeline import RawArticle
from communique.sinks.table import TableSink
from conftest import ROOT


def table_lines(pipeline, width: int = 80) -> list[str]:  # type: ignore[no-untyped-def]
    text = resources.files("communique").joinpath("examples", "summit.txt").read_text("utf-8")
    out = io.StringIO()
    sink = TableSink(out)
    sink.console.width = width
    sink.write(pipeline.extract(RawArticle(text=text, input="summit.txt")))
    return [line.rstrip() for line in out.getvalue().splitlines()]


def readme_sample() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"The table view.*?```text\n(.*?)```", readme, re.S)
    assert block, "the README has no table sample"
    return [line.rstrip() for line in block.group(1).splitlines()]


def test_the_readme_sample_is_the_real_output_abridged(pipeline):
    real = iter(table_lines(pipeline))
    for line in readme_sample():  # each line found in the real output, in order
        assert any(line == r for r in real), (
            f"README line not in the output: {line!r}; run scripts/readme_samples.py"
        )


def test_the_table_view_is_readable_at_80_columns(pipeline):
    lines = table_lines(pipeline)
    assert max(map(len, lines)) <= 80
    evidence = lines[lines.index("Evidence of the events") + 3]
    assert len(evidence.split("asserted", 1)[1].strip()) > 40  # not a 7-character sliver
    assert any(re.match(r"e1 +AGREE +057 +Indonesia +Japan +2024-03-05", ln) for ln in lines)
