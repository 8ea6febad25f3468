"""What ``communique eval`` does; cli.py only parses the arguments and calls :func:`main`.

Gold files (``*.gold.json``, or folders of them) are scored with the rules of score.py; a
sentence set (``*.jsonl``, the PLOVER dev-set format) is scored with the sentence rules.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from communique.errors import CommuniqueError


def _sentence_sets(paths: Sequence[Path], half: str | None) -> dict[str, dict[str, float]]:
    from communique.evaluation.events_set import evaluate_sentences
    from communique.pipeline import Pipeline

    pipe = Pipeline()
    return {str(p): evaluate_sentences(p, pipe, half) for p in paths}


def run_health_command(
    inputs: Sequence[str], limit: int, workers: int | None, record: bool, as_json: bool
) -> int:
    """``communique eval --health [INPUT]``: print the corpus health figures."""
    from communique.evaluation.health import run_health

    if len(inputs) > 1:
        print("communique: --health takes one corpus input", file=sys.stderr)
        return 2
    try:
        figs = run_health(
            inputs[0] if inputs else None, limit=limit, workers=workers, record=record
        )
    except CommuniqueError as exc:
        print(f"communique: {exc.line()}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(figs, indent=1))
    else:
        print("\n".join(f"{k:32} {v}" for k, v in figs.items()))
    return 0


def _print(
    golds: list[Any], sentences: dict[str, dict[str, float]], as_json: bool, details: bool
) -> None:
    from communique.evaluation import report as rep

    if as_json:
        out = rep.as_json(golds) if golds else {}
        if sentences:
            out["sentence_sets"] = sentences
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    from rich.console import Console

    if golds:
        Console().print(rep.table(golds))
        if details or len(golds) == 1:
            print("\n".join(rep.details(golds)))
    for name, scores in sentences.items():
        print(f"# {name}")
        print("\n".join(f"{k:20} {v:.3f}" for k, v in scores.items()))


def main(
    golds: Sequence[str],
    *,
    as_json: bool = False,
    report: str | None = None,
    details: bool = False,
    half: str | None = None,
) -> int:
    """Print the scores of the gold files (table, or JSON); with ``report``, write the accuracy
    page over every dev set. Returns the exit status."""
    from communique.evaluation.runner import evaluate

    if report:
        from communique.evaluation.accuracy import write_report

        write_report(report)
        print(f"wrote {report}", file=sys.stderr)
        if not golds:
            return 0
    if not golds:
        print(
            "communique: give gold files, folders of *.gold.json, a .jsonl sentence set, "
            "or --report",
            file=sys.stderr,
        )
        return 2
    jsonl = [Path(g) for g in golds if g.endswith(".jsonl")]
    try:
        files = (
            evaluate([g for g in golds if not g.endswith(".jsonl")])
            if len(jsonl) < len(golds)
            else []
        )
        sentences = _sentence_sets(jsonl, half)
    except CommuniqueError as exc:
        print(f"communique: {exc.line()}", file=sys.stderr)
        return 2
    _print(files, sentences, as_json, details)
    return 0
