"""The record a perfect pipeline would emit for a gold file, built from the gold itself.

Two uses: it proves a gold file is self-consistent (its oracle must score 1.0 on every
component it annotates, or some evidence/context/name in it cannot be matched), and it gives
the parity tests realistic records to perturb.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _span(text: str, snippet: str, within: str | None = None) -> dict[str, Any] | None:
    base = text.find(within) if within else 0
    if base < 0:
        return None
    i = text.find(snippet, base)
    if i < 0:
        return None
    return {"start": i, "end": i + len(snippet), "text": snippet}


def _actors(gold: Mapping[str, Any], text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    ga = gold.get("actors", {})
    out, ids = [], {}
    for n, a in enumerate(list(ga.get("required", [])) + list(ga.get("optional", [])), 1):
        ids[a["name"]] = f"a{n}"
        mentions = [s for m in a.get("mentions", []) if (s := _span(text, m))]
        out.append(
            {
                "id": f"a{n}",
                "name": a["name"],
                "kind": a.get("kind"),
                "country": a.get("country"),
                "code": a.get("code"),
                "mentions": mentions,
            }
        )
    return out, ids


def oracle_record(gold: Mapping[str, Any], text: str) -> dict[str, Any]:
    """Every gold item as a prediction, placed at its first occurrence in ``text``."""
    actors, ids = _actors(gold, text)
    rec: dict[str, Any] = {"text": text, "actors": actors}
    rec["boilerplate"] = [s for b in gold.get("boilerplate", []) if (s := _span(text, b))]
    gq = gold.get("quotes", {})
    quotes = []
    for q in list(gq.get("required", [])) + list(gq.get("optional", [])):
        if s := _span(text, q["text"]):
            quotes.append({**s, "kind": q["kind"], "speaker": ids.get(q["speaker"])})
    for q in gq.get("indirect_required", []):
        if s := _span(text, q["text"]):
            quotes.append({**s, "kind": "indirect", "speaker": ids.get(q["speaker"])})
    rec["quotes"] = [{"id": f"q{i}", **q} for i, q in enumerate(quotes, 1)]
    ge = gold.get("events", {})
    events: list[dict[str, Any]] = []
    for e in list(ge.get("required", [])) + list(ge.get("optional", [])):
        if s := _span(text, e["evidence"]):
            roots = e.get("cameo_root") or [""]
            events.append(
                {
                    "id": f"e{len(events) + 1}",
                    "plover": e["plover"][0],
                    "cameo": roots[0] + "0",
                    "source": [ids[e["source"]]],
                    "target": [ids[e["target"]]],
                    "date": e.get("date"),
                    "modality": e.get("modality") or "asserted",
                    "evidence": s,
                }
            )
    rec["events"] = events
    rec["times"] = [
        {**s, "value": t["value"]}
        for t in gold.get("times", {}).get("required", [])
        if (s := _span(text, t["text"], t.get("in")))
    ]
    rec["amounts"] = [
        {**s, "value": m["value"], "unit": m.get("unit")}
        for m in gold.get("amounts", {}).get("required", [])
        if (s := _span(text, m["text"]))
    ]
    gv = gold.get("voice", {})
    rec["voice"] = [
        {**s, "kind": v["kind"], "voice": v["voice"]}
        for v in list(gv.get("required", [])) + list(gv.get("optional", []))
        if (s := _span(text, v["text"]))
    ]
    rec["checks"] = [
        {**s, "kind": c.get("kind", "check"), "message": c.get("why", "")}
        for c in gold.get("checks", {}).get("required", [])
        if (s := _span(text, c["text"]))
    ]
    return rec
