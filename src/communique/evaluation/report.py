"""Showing scores: a rich table per component and file, and JSON.

With one gold file the JSON's ``files[0]`` has exactly the shape ``score.py --json`` prints, so
the two can be compared key for key.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from communique.evaluation.runner import means
from communique.evaluation.scorer import COMPONENT_NAMES, FileScore


def as_json(files: Sequence[FileScore]) -> dict[str, Any]:
    return {
        "files": [{"gold": f.gold, **f.as_score_py()} for f in files],
        "mean": means(files),
    }


def table(files: Sequence[FileScore], title: str = "communique eval") -> Any:
    """A rich Table: one row per component, one column per gold file, the mean last."""
    from rich.table import Table

    t = Table(title=title)
    t.add_column("component")
    for f in files:
        t.add_column(Path(f.gold).name.removesuffix(".gold.json"), justify="right")
    if len(files) > 1:
        t.add_column("mean", justify="right", style="bold")
    mean = means(files)
    for comp in COMPONENT_NAMES:
        cells = [
            f"{f.components[comp].score:.2f}" if f.components[comp].annotated else "-"
            for f in files
        ]
        if len(files) > 1:
            cells.append(f"{mean[comp]:.2f}" if comp in mean else "-")
        t.add_row(comp, *cells)
    t.add_row("score", *[f"{f.score:.2f}" for f in files], *([""] if len(files) > 1 else []))
    return t


def details(files: Sequence[FileScore]) -> list[str]:
    """The scorer's own one-line explanations, as ``score.py`` prints them."""
    out: list[str] = []
    for f in files:
        out.append(f"# {f.gold}")
        out += [f"{k:12} {c.raw:5.2f}  {c.detail}" for k, c in f.components.items()]
        out.append(f"score: {f.score:.2f}")
    return out
