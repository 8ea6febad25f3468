"""The eight component scores, each a port of the function of the same name in
``../shared/tools/score.py``: recall over the gold's required items, times precision where the
gold says what counts as wrong. Each returns ``(score, detail)`` with the scorer's own wording.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from communique.evaluation.matching import RecordView, norm, overlap, pct, same_text

Gold = Mapping[str, Any]
Scored = tuple[float, str]


def score_boilerplate(gold: Gold, rec: RecordView) -> Scored:
    bp = rec.rec.get("boilerplate", [])
    lines = gold.get("boilerplate", [])
    hit = sum(
        any(norm(g) in norm(b.get("text", "")) or same_text(g, b.get("text", "")) for b in bp)
        for g in lines
    )
    return pct(hit, len(lines)), f"{hit}/{len(lines)} boilerplate lines set aside"


def score_actors(gold: Gold, rec: RecordView) -> Scored:
    ga = gold.get("actors", {})
    req, found, attrs, attr_ok = ga.get("required", []), 0, 0, 0
    names = list(rec.actors.values())
    for g in req:
        match = next((a for a in names if rec.names.same(g["name"], a.get("name", ""))), None)
        if match:
            found += 1
            for k in ("kind", "country", "code"):
                if g.get(k) is not None:
                    attrs += 1
                    attr_ok += (match.get(k) or "").lower() == g[k].lower()
    wrong = [
        n
        for n in ga.get("not_actors", [])
        if any(rec.names.same(n, a.get("name", "")) for a in names)
    ]
    s = pct(found, len(req)) * pct(attr_ok, attrs) * pct(found, found + len(wrong))
    return s, (
        f"{found}/{len(req)} actors found, {attr_ok}/{attrs} kind/country/code right, "
        f"{len(wrong)} non-actors listed {wrong}"
    )


def score_quotes(gold: Gold, rec: RecordView) -> Scored:
    gq = gold.get("quotes", {})
    preds = rec.rec.get("quotes", [])
    req = gq.get("required", [])
    found = spoke = 0
    for g in req:
        p = next(
            (
                p
                for p in preds
                if p.get("kind") in ("direct", "partial")
                and same_text(g["text"], p.get("text", ""))
            ),
            None,
        )
        if p:
            found += 1
            spoke += rec.is_actor(p.get("speaker"), g["speaker"])
    ind = gq.get("indirect_required", [])
    ifound = ispoke = 0
    for g in ind:
        p = next(
            (
                p
                for p in preds
                if p.get("kind") == "indirect" and overlap(g["text"], p.get("text", "")) >= 0.8
            ),
            None,
        )
        if p:
            ifound += 1
            ispoke += bool(
                rec.is_actor(p.get("speaker"), g["speaker"])
                or (g.get("also_speaker") and rec.is_actor(p.get("speaker"), g["also_speaker"]))
            )
    known = [g["text"] for g in req + gq.get("optional", [])]
    extra = [
        p
        for p in preds
        if p.get("kind") in ("direct", "partial")
        and not any(same_text(k, p.get("text", "")) for k in known)
    ]
    s = pct(spoke + ispoke, len(req) + len(ind)) * pct(found, found + len(extra))
    return s, (
        f"direct/partial {found}/{len(req)} found, {spoke} with the right speaker; "
        f"indirect {ifound}/{len(ind)} found, {ispoke} with the right speaker; "
        f"{len(extra)} spurious"
    )


def event_matches(gold: Gold, g: Gold, p: Gold, rec: RecordView, loose: bool) -> bool:
    """Same PLOVER type, evidence in the gold sentence, actors on the right sides."""
    if p.get("plover") not in g.get("plover", [p.get("plover")]):
        return False
    ev = p.get("evidence") or {}
    if not any(
        ev.get("start", -1) < hi and ev.get("end", -1) > lo
        for lo, hi in rec.sentences_of(g["evidence"])
    ):
        return False
    src, tgt = p.get("source") or [], p.get("target") or []

    def side(refs: list[Any], name: str) -> bool:
        # looked up here, as score.py does, so a malformed gold fails at the same point
        everyone = gold["actors"]["required"] + gold["actors"].get("optional", [])
        gc = next((a.get("country") for a in everyone if a["name"] == name), None)
        return any(rec.is_actor(r, name, gc, loose) for r in refs)

    direct = side(src, g["source"]) and side(tgt, g["target"])
    swapped = g.get("symmetric") and side(src, g["target"]) and side(tgt, g["source"])
    return bool(direct or swapped)


def score_events(gold: Gold, rec: RecordView) -> Scored:
    ge = gold.get("events", {})
    preds = rec.rec.get("events", [])
    req = ge.get("required", [])
    strict = loose = dates = mods = cameo = 0
    for g in req:
        p = next((p for p in preds if event_matches(gold, g, p, rec, False)), None)
        strict += p is not None
        p = p or next((p for p in preds if event_matches(gold, g, p, rec, True)), None)
        if p:
            loose += 1
            dates += p.get("date") == g.get("date") or (g.get("date") is None and not p.get("date"))
            mods += p.get("modality") == g.get("modality")
            cameo += (p.get("cameo") or "")[:2] in g.get("cameo_root", [])
    allg = req + ge.get("optional", [])
    spurious = [p for p in preds if not any(event_matches(gold, g, p, rec, True) for g in allg)]
    prec = pct(len(preds) - len(spurious), len(preds))
    s = pct(strict + loose, 2 * len(req)) * prec * pct(dates + mods, 2 * max(loose, 1)) ** 0.5
    return s, (
        f"{strict}/{len(req)} events with the right actors ({loose} at country level); "
        f"of those {dates} dates, {mods} modalities, {cameo} CAMEO roots right; "
        f"{len(spurious)}/{len(preds)} predicted events match no gold event"
    )


def in_context(rec: RecordView, g: Gold, item: Gold) -> bool:
    ctx = g.get("in")
    if not ctx:
        return True
    i = rec.text.find(ctx)
    return i >= 0 and i <= item.get("start", -1) and item.get("end", 10**9) <= i + len(ctx)


def score_times(gold: Gold, rec: RecordView) -> Scored:
    req = gold.get("times", {}).get("required", [])
    preds = rec.rec.get("times", [])
    found = right = 0
    for g in req:
        p = next(
            (
                p
                for p in preds
                if norm(g["text"]) in norm(p.get("text", "")) and in_context(rec, g, p)
            ),
            None,
        )
        if p:
            found += 1
            right += str(p.get("value") or "").startswith(g["value"])
    return pct(
        right, len(req)
    ), f"{found}/{len(req)} time expressions found, {right} resolved right"


def score_amounts(gold: Gold, rec: RecordView) -> Scored:
    req = gold.get("amounts", {}).get("required", [])
    preds = rec.rec.get("amounts", [])
    right = sum(
        any(
            norm(g["text"]) in norm(p.get("text", ""))
            and p.get("value") == g["value"]
            and (p.get("unit") or "").upper() == (g.get("unit") or "").upper()
            for p in preds
        )
        for g in req
    )
    return pct(right, len(req)), f"{right}/{len(req)} amounts with value and unit right"


def score_voice(gold: Gold, rec: RecordView) -> Scored:
    gv = gold.get("voice", {})
    preds = rec.rec.get("voice", [])
    req = gv.get("required", [])
    right = sum(
        any(
            p.get("voice") == g["voice"]
            and p.get("kind") == g["kind"]
            and overlap(g["text"], p.get("text", "")) >= 0.5
            for p in preds
        )
        for g in req
    )
    wrong = [
        t
        for t in gv.get("not_loaded_author", [])
        if any(
            p.get("voice") == "author"
            and p.get("kind") == "loaded"
            and overlap(t, p.get("text", "")) >= 0.5
            for p in preds
        )
    ]
    known = [g["text"] for g in req + gv.get("optional", [])]
    extra = [p for p in preds if not any(overlap(k, p.get("text", "")) >= 0.5 for k in known)]
    s = pct(right, len(req)) * pct(len(preds) - len(extra) - len(wrong), len(preds))
    return s, (
        f"{right}/{len(req)} voice flags right, {len(wrong)} neutral phrases flagged, "
        f"{len(extra)} other flags"
    )


def score_checks(gold: Gold, rec: RecordView) -> Scored:
    gc = gold.get("checks", {})
    preds = rec.rec.get("checks", [])
    req = gc.get("required", [])
    must_not = gc.get("must_not_flag", [])
    right = sum(any(norm(p.get("text", "")) == norm(g["text"]) for p in preds) for g in req)
    wrong = sum(any(overlap(g["text"], p.get("text", "")) >= 0.8 for p in preds) for g in must_not)
    s = pct(right, len(req)) * (1 - wrong / max(1, len(must_not)))
    return s, f"{right}/{len(req)} consistency checks raised, {wrong} false alarms"


COMPONENTS: list[tuple[str, Callable[[Gold, RecordView], Scored]]] = [
    ("boilerplate", score_boilerplate),
    ("actors", score_actors),
    ("quotes", score_quotes),
    ("events", score_events),
    ("times", score_times),
    ("amounts", score_amounts),
    ("voice", score_voice),
    ("checks", score_checks),
]
