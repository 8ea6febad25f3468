"""What ``communique eval`` does; cli.py only parses the arguments and calls :func:`main`."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from communique.errors import CommuniqueError


def main(
    golds: Sequence[str], *, as_json: bool = False, report: str | None = None, details: bool = False
) -> int:
    """Print the scores of the gold files (table, or JSON); with ``report``, write the accuracy
    page over every dev set instead. Returns the exit status."""
    from communique.evaluation import report as rep
    from communique.evaluation.runner import evaluate

    if report:
        from communique.evaluation.accuracy import write_report

        write_report(report)
        print(f"wrote {report}", file=sys.stderr)
        if not golds:
            return 0
    if not golds:
        print(
            "communique: give gold files (or folders of *.gold.json), or --report", file=sys.stderr
        )
        return 2
    try:
        files = evaluate(golds)
    except CommuniqueError as exc:
        print(f"communique: {exc.line()}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(rep.as_json(files), indent=1, ensure_ascii=False))
        return 0
    from rich.console import Console

    Console().print(rep.table(files))
    if details or len(files) == 1:
        print("\n".join(rep.details(files)))
    return 0
