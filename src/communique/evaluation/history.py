"""Figures that are facts of a moment, kept in committed files and shown on the accuracy page.

- ``devsets/fresh/first_runs.jsonl``: the first run of each fresh set (or of a later model on
  a test half), one JSON object a line: ``{"set", "date", "commit", "what", "scores"}``. A first
  run cannot be measured again once fixes have followed, so it is recorded, never recomputed.
- ``devsets/health.jsonl``: corpus health runs (``communique eval --health --record``).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from communique.evaluation.sets import repo_root


def head_commit() -> str:
    """The checkout's short commit id, or "unknown" outside a git checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(repo_root()), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.stdout.strip() or "unknown"


def first_runs_path() -> Path:
    return repo_root() / "devsets" / "fresh" / "first_runs.jsonl"


def health_path() -> Path:
    return repo_root() / "devsets" / "health.jsonl"


def read_lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]


def append_line(path: Path, row: Mapping[str, Any]) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def _cells(scores: Mapping[str, Any]) -> str:
    return ", ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in scores.items()
    )


def render_first_runs() -> list[str]:
    rows = read_lines(first_runs_path())
    lines = [
        "",
        "## Fresh held-out sets: first runs (recorded, never recomputed)",
        "",
        "Annotated from the texts and docs/annotation.md alone, before the pipeline ran on "
        "them (protocol: devsets/README.md). A set's first run is the figure to believe; the "
        "current figures above move as the code changes.",
        "",
        "| date | commit | set | what ran | scores |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['date']} | `{r['commit']}` | {r['set']} | {r.get('what', '')} | "
        f"{_cells(r['scores'])} |"
        for r in rows
    ]
    return lines if rows else []


def render_health() -> list[str]:
    rows = read_lines(health_path())
    if not rows:
        return []
    lines = [
        "",
        "## Corpus health (no gold; `communique eval --health`, all of NAEB)",
        "",
        "| date | commit | articles | figures |",
        "|---|---|---:|---|",
    ]
    for r in rows[-8:]:
        figs = {k: v for k, v in r["figures"].items() if k != "articles"}
        lines.append(
            f"| {r['date']} | `{r['commit']}` | {r['figures'].get('articles')} | {_cells(figs)} |"
        )
    return lines
