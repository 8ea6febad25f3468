"""Dyad series: what one actor did to another, period by period, from the story events.

Each real-world event counts once however many articles reported it (story_events). An actor
is given as a key (``CHNGOV``) or a country (``CHN``): a country matches every story event
whose source (target) key or country is that country. Periods: ``date_trunc`` of the story
event's date by day, week (ISO, Monday) or month; undated story events are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.errors import StoreError
from communique.store.duckdb import Store

PERIODS = ("day", "week", "month")
COLUMNS = (
    "period",
    "events",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "goldstein_sum",
    "goldstein_mean",
)
_SIDE = "({side}_country = ? OR {side} = ? OR starts_with({side}, ?))"
_SERIES = f"""
SELECT strftime(date_trunc(?, date), '%Y-%m-%d') AS period, count(*) AS events,
       count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
       count(*) FILTER (WHERE quad_class = 2) AS material_coop,
       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
       round(coalesce(sum(goldstein), 0), 2) AS goldstein_sum,
       round(avg(goldstein), 2) AS goldstein_mean
FROM story_events
WHERE date IS NOT NULL AND {_SIDE.format(side="source")} AND {_SIDE.format(side="target")}
GROUP BY ALL ORDER BY period
"""


def series(store: Store, source: str, target: str, by: str = "month") -> list[tuple[Any, ...]]:
    """One row per period (COLUMNS) of story events from ``source`` to ``target``."""
    if by not in PERIODS:
        raise StoreError("E304", input=by, what="dyads", reason="--by must be day, week or month")
    s, t = source.upper(), target.upper()
    return [tuple(r) for r in store.con.execute(_SERIES, [by, s, s, s, t, t, t]).fetchall()]


def plot(rows: list[tuple[Any, ...]], title: str, out: str | Path) -> Path:
    """Counts by QuadClass (stacked bars) and the Goldstein mean (line) per period, to a file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(out)
    periods = [r[0] for r in rows]
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(9, 6))
    base = [0] * len(rows)
    for n, label in enumerate(COLUMNS[2:6], start=2):
        values = [r[n] for r in rows]
        top.bar(periods, values, bottom=base, label=label.replace("_", " "))
        base = [b + v for b, v in zip(base, values, strict=True)]
    top.set_ylabel("story events")
    top.legend(fontsize="small")
    top.set_title(title)
    bottom.plot(periods, [r[7] for r in rows], marker="o")
    bottom.axhline(0, color="grey", linewidth=0.5)
    bottom.set_ylabel("Goldstein mean")
    bottom.set_ylim(-10.5, 10.5)
    bottom.tick_params(axis="x", labelrotation=45)
    fig.tight_layout()
    try:
        fig.savefig(path)
    except (OSError, ValueError) as exc:
        raise StoreError("E304", input=str(path), what="plot", reason=str(exc)) from exc
    finally:
        plt.close(fig)
    return path
