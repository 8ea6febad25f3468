"""The evidence view's marked-up text: every item of a record wrapped where it stands.

Each item becomes ``<span class="mark k-KIND" data-kind data-id data-start data-end>`` whose
``data-start``/``data-end`` are the record's own offsets. Items nest when one lies inside
another; when two items cross (neither contains the other), the later-closing one is split at
the crossing, and each piece carries the item's full offsets and a ``data-piece`` number: the
pieces' text, joined, is ``text[start:end]``. Every piece of text is HTML-escaped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Any

#: Drawing order at the same start: outer kinds first, so smaller items nest inside.
ORDER = ("boilerplate", "quote", "event", "voice", "check", "time", "amount", "mention", "trigger")
SPEAKER_COLOURS = 8


@dataclass
class Mark:
    kind: str
    id: str
    start: int
    end: int
    css: str = ""


def marks(rec: dict[str, Any]) -> list[Mark]:
    """Every item of the record that has offsets, as marks (checks without offsets left out)."""
    out: list[Mark] = []
    speakers: dict[str | None, int] = {}
    for n, b in enumerate(rec.get("boilerplate", [])):
        out.append(Mark("boilerplate", str(n), b["start"], b["end"]))
    for actor in rec.get("actors", []):
        for n, mention in enumerate(actor.get("mentions", [])):
            out.append(Mark("mention", f"{actor['id']}.{n}", mention["start"], mention["end"]))
    for q in rec.get("quotes", []):
        colour = speakers.setdefault(q.get("speaker"), len(speakers) % SPEAKER_COLOURS)
        out.append(Mark("quote", q["id"], q["start"], q["end"], f" sp-{colour}"))
    for e in rec.get("events", []):
        ev, trig = e.get("evidence"), e.get("trigger")
        if ev:
            out.append(Mark("event", e["id"], ev["start"], ev["end"], f" q{e.get('quad_class')}"))
        if trig:
            out.append(Mark("trigger", e["id"], trig["start"], trig["end"]))
    for kind, key in (("time", "times"), ("amount", "amounts"), ("voice", "voice")):
        for n, item in enumerate(rec.get(key, [])):
            out.append(Mark(kind, str(n), item["start"], item["end"]))
    for n, c in enumerate(rec.get("checks", [])):
        if c.get("start") is not None and c.get("end") is not None:
            out.append(Mark("check", str(n), c["start"], c["end"]))
    size = len(rec.get("text", ""))
    return [m for m in out if 0 <= m.start < m.end <= size]


def speakers(rec: dict[str, Any]) -> list[tuple[int, str]]:
    """(colour, speaker name) for the legend, in the order marks() assigns colours."""
    names = {a["id"]: a["name"] for a in rec.get("actors", [])}
    seen: dict[str | None, int] = {}
    for q in rec.get("quotes", []):
        seen.setdefault(q.get("speaker"), len(seen) % SPEAKER_COLOURS)
    return [(c, names.get(s or "", "unknown speaker")) for s, c in seen.items()]


def _open(m: Mark, piece: int) -> str:
    return (
        f'<span class="mark k-{m.kind}{m.css}" data-kind="{m.kind}" data-id="{escape(m.id)}" '
        f'data-start="{m.start}" data-end="{m.end}" data-piece="{piece}">'
    )


def render(text: str, items: list[Mark]) -> str:
    """The text as HTML with every mark wrapped (see the module's docstring)."""
    rank = {k: i for i, k in enumerate(ORDER)}
    starts: dict[int, list[Mark]] = defaultdict(list)
    bounds = {0, len(text)}
    for m in items:
        starts[m.start].append(m)
        bounds.update((m.start, m.end))
    pieces: dict[int, int] = defaultdict(int)
    stack: list[Mark] = []
    out: list[str] = []
    points = sorted(bounds)
    for i, pos in enumerate(points):
        ending = [j for j, m in enumerate(stack) if m.end == pos]
        if ending:
            cut = ending[0]
            reopen = [m for m in stack[cut:] if m.end != pos]
            out.append("</span>" * (len(stack) - cut))
            del stack[cut:]
            for m in reopen:
                pieces[id(m)] += 1
                out.append(_open(m, pieces[id(m)]))
                stack.append(m)
        for m in sorted(starts.get(pos, []), key=lambda m: (-m.end, rank.get(m.kind, 99))):
            out.append(_open(m, 0))
            stack.append(m)
        if i + 1 < len(points):
            out.append(escape(text[pos : points[i + 1]]))
    out.append("</span>" * len(stack))
    return "".join(out)
