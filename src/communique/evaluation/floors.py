"""Per-component floors per gold set (devsets/floors.toml) and the rules the gate applies.

The file holds, per set, the gold fingerprint the floors were measured on, one
``component = floor`` line per component, and a ``component_lowered = "reason"`` line next to
any floor set below its previous value. "Previous" is the version of floors.toml in git: the
committed one when the working copy differs from it, else the one before the last commit
that touched the file. Re-baseline with::

    python -m communique.evaluation.floors [--margin 0.02] [--reason "why floors drop"]
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from communique.evaluation.sets import repo_root

EPS = 1e-9


def floors_path() -> Path:
    return repo_root() / "devsets" / "floors.toml"


def read_floors(path: Path | None = None) -> dict[str, dict[str, Any]]:
    return tomllib.loads((path or floors_path()).read_text("utf-8"))


def floor_values(table: Mapping[str, Any]) -> dict[str, float]:
    """The numeric floors of one set's table (not its fingerprint or lowered reasons)."""
    return {k: float(v) for k, v in table.items() if isinstance(v, int | float) and k != "files"}


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(repo_root()), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=20,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout if out.returncode == 0 else None


def committed_floors(path: Path | None = None) -> dict[str, dict[str, Any]] | None:
    """The floors as last committed (what the gate will compare a new version with)."""
    path = path or floors_path()
    head = _git("show", f"HEAD:{path.resolve().relative_to(repo_root()).as_posix()}")
    return tomllib.loads(head) if head else None


def previous_floors(path: Path | None = None) -> dict[str, dict[str, Any]] | None:
    """The floors this version replaces (see the module docstring); None without git history."""
    path = path or floors_path()
    rel = path.resolve().relative_to(repo_root()).as_posix()
    head = _git("show", f"HEAD:{rel}")
    if head is not None and head != path.read_text("utf-8"):
        return tomllib.loads(head)
    last = (_git("log", "-n", "1", "--format=%H", "--", rel) or "").strip()
    before = _git("show", f"{last}^:{rel}") if last else None
    return tomllib.loads(before) if before else None


def unflagged_lowerings(
    current: Mapping[str, Mapping[str, Any]], previous: Mapping[str, Mapping[str, Any]] | None
) -> list[str]:
    """Every floor below its previous value without a ``<component>_lowered`` reason."""
    out = []
    for name, table in current.items():
        before = floor_values((previous or {}).get(name, {}))
        for comp, floor in floor_values(table).items():
            reason = table.get(f"{comp}_lowered")
            if (
                comp in before
                and floor < before[comp] - EPS
                and not (isinstance(reason, str) and reason.strip())
            ):
                out.append(f"{name}.{comp}: {before[comp]} -> {floor}")
    return out


def below_floor(measured: Mapping[str, float], table: Mapping[str, Any]) -> list[str]:
    """Every floor the measured scores fall below, and every measured component without a
    floor (a deleted floor line must not empty the gate)."""
    floors = floor_values(table)
    return [
        f"{comp}: {measured.get(comp, 0.0):.3f} < floor {floor}"
        for comp, floor in floors.items()
        if measured.get(comp, 0.0) < floor - EPS
    ] + [f"{comp}: measured but has no floor" for comp in sorted(set(measured) - set(floors))]


def log_path() -> Path:
    return repo_root() / "devsets" / "floors.log"


def logged_floors(path: Path | None = None) -> dict[tuple[str, str], float]:
    """The last floor written for each (set, component) by a re-baseline: the record the
    lowered-floor check falls back on where git history is missing (a shallow clone, an
    unpacked archive). Lines: ``date<TAB>set<TAB>component<TAB>floor``."""
    path = path or log_path()
    out: dict[tuple[str, str], float] = {}
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and not line.startswith("#"):
                out[(parts[1], parts[2])] = float(parts[3])
    return out


def log_tables(tables: Mapping[str, Mapping[str, Any]], path: Path | None = None) -> None:
    """Append the floors that differ from the last logged ones."""
    import datetime as dt

    path = path or log_path()
    last = logged_floors(path)
    today = dt.date.today().isoformat()
    rows = [
        f"{today}\t{name}\t{comp}\t{floor}"
        for name, table in tables.items()
        for comp, floor in floor_values(table).items()
        if last.get((name, comp)) != floor
    ]
    if rows:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n")


def log_as_previous(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """The logged floors in the shape of floors.toml tables."""
    out: dict[str, dict[str, Any]] = {}
    for (name, comp), floor in logged_floors(path).items():
        out.setdefault(name, {})[comp] = floor
    return out


def floor_for(score: float, margin: float) -> float:
    return max(0.0, math.floor((score - margin) * 100 + EPS) / 100)


def render(header: str, tables: Mapping[str, Mapping[str, Any]]) -> str:
    """floors.toml text: the header comment, then one table per set."""
    lines = [header.rstrip(), ""]
    for name, table in tables.items():
        lines.append(f"[{name}]")
        for k, v in table.items():
            lines.append(f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"')
        lines.append("")
    return "\n".join(lines)


def _new_table(
    name: str,
    scores: Mapping[str, float],
    fp: str,
    files: int,
    before: Mapping[str, Any],
    margin: float,
    reason: str | None,
) -> dict[str, Any]:
    """One set's table; raises ValueError naming a floor that would drop without a reason."""
    table: dict[str, Any] = {"fingerprint": fp, "files": files}
    for comp, score in scores.items():
        table[comp] = floor_for(score, margin)
        prev = floor_values(before).get(comp)
        if prev is not None and table[comp] < prev - EPS:
            if not reason:
                raise ValueError(f"{name}.{comp} would drop {prev} -> {table[comp]}; give --reason")
            table[f"{comp}_lowered"] = reason
    return table


def rebaseline(margin: float, reason: str | None, only: Sequence[str] = ()) -> int:
    """Measure the sets (all, or ``only`` these), write floors ``margin`` below the scores and
    fresh fingerprints; the other sets' tables are kept as they are."""
    from communique.evaluation.sets import fingerprint, gold_sets, measure
    from communique.pipeline import Pipeline

    path = floors_path()
    text = path.read_text("utf-8") if path.exists() else ""
    header = "\n".join(ln for ln in text.splitlines() if ln.startswith("#")) or "# floors"
    current = read_floors(path) if path.exists() else {}
    old = committed_floors(path) or log_as_previous() or current
    pipe, tables = Pipeline(), {}
    for gs in gold_sets():
        if only and gs.name not in only:
            if gs.name in current:
                tables[gs.name] = current[gs.name]
            continue
        scores = measure(gs, pipe)
        try:
            tables[gs.name] = _new_table(
                gs.name,
                scores,
                fingerprint(gs),
                len(gs.files),
                old.get(gs.name, {}),
                margin,
                reason,
            )
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"{gs.name:10} {scores}", file=sys.stderr)
    path.write_text(render(header, tables), "utf-8")
    log_tables(tables)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Re-baseline devsets/floors.toml")
    ap.add_argument("--margin", type=float, default=0.02)
    ap.add_argument("--reason", help="why floors drop (written next to each lowered floor)")
    ap.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="SET",
        help="re-baseline only this set (repeatable); others are kept",
    )
    args = ap.parse_args(argv)
    return rebaseline(args.margin, args.reason, args.only)


if __name__ == "__main__":
    raise SystemExit(main())
