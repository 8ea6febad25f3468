"""Geometry for the timeline and the actor graph, drawn as plain SVG by the templates.

No chart library: the pages need bars and a circle of nodes, which a few lines compute here;
the server sends finished SVG (escaped by Jinja2), so the charts work without JavaScript,
under a strict Content-Security-Policy, and the browser tests can read every shape's data.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from typing import Any

WIDTH, HEIGHT, PAD = 960, 240, 36


def timeline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked bars per day (QuadClass 1-4 from the bottom) from read.timeline's rows."""
    if not rows:
        return {"bars": [], "ticks": [], "width": WIDTH, "height": HEIGHT}
    days = sorted({dt.date.fromisoformat(r["day"]) for r in rows})
    first, span = days[0], max((days[-1] - days[0]).days, 1)
    per_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        per_day[r["day"]].append(r)
    peak = max(sum(r["events"] for r in rs) for rs in per_day.values())
    plot_w, plot_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    bar_w = max(3.0, min(24.0, plot_w / (span + 1) - 1))
    bars = []
    for day, rs in sorted(per_day.items()):
        x = PAD + (dt.date.fromisoformat(day) - first).days / span * (plot_w - bar_w)
        y = HEIGHT - PAD
        for r in sorted(rs, key=lambda r: r["quad_class"] or 0):
            h = r["events"] / peak * plot_h
            y -= h
            bars.append(
                {
                    "x": round(x, 1),
                    "y": round(y, 1),
                    "w": round(bar_w, 1),
                    "h": round(h, 1),
                    "day": day,
                    "quad_class": r["quad_class"],
                    "events": r["events"],
                    "goldstein": r["goldstein"],
                }
            )
    ticks = []
    for n in range(5):
        tick = first + dt.timedelta(days=round(span * n / 4))
        anchor = "start" if n == 0 else "end" if n == 4 else "middle"
        x = round(PAD + n / 4 * (plot_w - bar_w) + (bar_w if n == 4 else 0), 1)
        ticks.append({"x": x, "label": tick.isoformat(), "anchor": anchor})
    return {"bars": bars, "ticks": ticks, "width": WIDTH, "height": HEIGHT, "peak": peak}


def graph(edges: list[dict[str, Any]], size: int = 720) -> dict[str, Any]:
    """Actors on a circle (most connected first), edges from read.network's rows."""
    degree: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    for e in edges:
        for side in ("source", "target"):
            degree[e[side]] += e["events"]
            names[e[side]] = e[f"{side}_name"]
    order = sorted(degree, key=lambda k: (-degree[k], k))
    centre, radius = size / 2, size / 2 - 150
    nodes = {}
    for i, key in enumerate(order):
        angle = 2 * math.pi * i / max(len(order), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes[key] = {
            "key": key,
            "name": names[key],
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(4 + 3 * math.sqrt(degree[key]), 1),
            "events": int(degree[key]),
            "anchor": "start" if math.cos(angle) >= 0 else "end",
            "lx": round(x + (12 if math.cos(angle) >= 0 else -12), 1),
        }
    lines = []
    for e in edges:
        a, b = nodes[e["source"]], nodes[e["target"]]
        g = e["goldstein"] or 0.0
        lines.append(
            {
                **e,
                "x1": a["x"],
                "y1": a["y"],
                "x2": b["x"],
                "y2": b["y"],
                "w": round(1 + 1.5 * math.log2(1 + e["events"]), 1),
                "tone": "pos" if g > 0 else "neg" if g < 0 else "zero",
            }
        )
    return {"nodes": list(nodes.values()), "edges": lines, "size": size}
