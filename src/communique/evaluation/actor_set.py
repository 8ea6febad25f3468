"""The fresh actor set: every actor annotated in the fresh held-out articles (all actors) and
quote articles (the speakers), scored for what event dyads need (issue: actors by coverage).

Per gold actor (required): **found** when a predicted actor has its name (the scorer's name
rule; the gold's aliases and multi-word mentions count), **country right** of those found
whose gold country is known, **agent right** of those found whose gold code names an agent
(``USALEG`` -> ``LEG``). **False actors**: the share of predicted actors that match no gold
actor, required or optional (by name or a multi-word mention); measured only on full-article
gold, where the annotator listed every actor (quote gold lists the speakers alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from communique.evaluation.matching import Names, norm


def _agent(code: str | None) -> str | None:
    """The agent part of a CAMEO-style actor code (``USALEG`` -> ``LEG``, ``ISR`` -> None)."""
    return (code or "")[3:] or None


def _matches(names: Names, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if names.same(gold["name"], pred.get("name", "")):
        return True
    forms = {norm(m) for m in gold.get("mentions", []) if len(norm(m).split()) > 1}
    return norm(pred.get("name")) in forms


def tally(gold: Mapping[str, Any], rec: Mapping[str, Any], full: bool) -> dict[str, int]:
    names = Names.of_gold(gold)
    ga = gold.get("actors", {})
    preds = rec.get("actors", [])
    t = dict.fromkeys(
        (
            "gold",
            "found",
            "country_known",
            "country_right",
            "agent_known",
            "agent_right",
            "pred",
            "false",
        ),
        0,
    )
    for g in ga.get("required", []):
        t["gold"] += 1
        p = next((p for p in preds if _matches(names, g, p)), None)
        if p is None:
            continue
        t["found"] += 1
        if g.get("country"):
            t["country_known"] += 1
            t["country_right"] += (p.get("country") or "").upper() == g["country"].upper()
        agent = _agent(g.get("code"))
        if agent:
            t["agent_known"] += 1
            t["agent_right"] += _agent(p.get("code")) == agent
    if full:
        every = ga.get("required", []) + ga.get("optional", [])
        t["pred"] = len(preds)
        t["false"] = sum(not any(_matches(names, g, p) for g in every) for p in preds)
    return t


def figures(tallies: Iterable[Mapping[str, int]]) -> dict[str, float]:
    s: dict[str, int] = {}
    for t in tallies:
        for k, v in t.items():
            s[k] = s.get(k, 0) + v

    def r(n: str, d: str) -> float:
        return round(s.get(n, 0) / s[d], 3) if s.get(d) else 0.0

    return {
        "actors_found": r("found", "gold"),
        "country_right_of_found": r("country_right", "country_known"),
        "agent_right_of_found": r("agent_right", "agent_known"),
        "false_actors": r("false", "pred"),
    }
