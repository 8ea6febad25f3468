"""The story events as other event data sets lay them out: GDELT 2.0 and POLECAT.

GDELT 2.0 event table: tab-separated, no header, the 61 columns of the GDELT 2.0 event
codebook in its order (GDELT_COLUMNS); what Communiqué does not know is left empty. POLECAT:
one JSON object per line with POLECAT's field names (snake_case). The mapping of every column
is in docs/stories.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.errors import StoreError
from communique.store.duckdb import Store

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61  # the GDELT 2.0 event codebook's count  # noqa: S101
FILES = {"gdelt": "story_events.gdelt.tsv", "polecat": "story_events.polecat.jsonl"}
_QUAD = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict",
         4: "Material Conflict"}  # fmt: skip


def _stories(store: Store) -> Iterator[dict[str, Any]]:
    cur = store.con.execute("SELECT * FROM story_events ORDER BY date NULLS LAST, id")
    names = [d[0] for d in cur.description or []]
    while batch := cur.fetchmany(1000):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def _actor(s: dict[str, Any], side: str) -> dict[str, Any]:
    key = s[side] or ""
    code = "" if key.startswith("kb:") or "+" in key else key
    return {
        "Code": code,
        "Name": (s[f"{side}_name"] or "").upper(),
        "CountryCode": s[f"{side}_country"] or "",
        "Type1Code": code[3:6] if len(code) >= 6 else "",
    }


def _geo(s: dict[str, Any]) -> dict[str, Any]:
    if not (s["location_name"] or s["location_country"]):
        return {}
    city = s["location_name"] and s["location_name"] != s["location_country"]
    return {
        # GDELT: 1 country, 3 US city, 4 world city; only the country is certain without a city
        "Type": (3 if s["location_country"] == "USA" else 4) if city and s["lat"] else 1,
        "FullName": s["location_name"] or s["location_country"],
        "Lat": s["lat"],
        "Long": s["lon"],
    }


def gdelt_row(s: dict[str, Any]) -> list[str]:
    """One story event as the 61 GDELT 2.0 columns (strings; unknown ones empty)."""
    day: dt.date | None = s["date"]
    cameo = s["cameo"] or ""
    out: dict[str, Any] = {
        "GlobalEventID": int(s["id"][:15], 16),
        "Day": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday) / 365:.4f}" if day else "",
        "IsRootEvent": "",
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": s["quad_class"],
        "GoldsteinScale": s["goldstein"],
        "NumMentions": s["num_mentions"],
        "NumSources": s["num_sources"],
        "NumArticles": s["num_articles"],
        "DATEADDED": (s["first_seen"] or "").replace("-", "")[:8],
        "SOURCEURL": s["source_url"] or "",
    }
    for n, side in ((1, "source"), (2, "target")):
        out.update({f"Actor{n}{k}": v for k, v in _actor(s, side).items()})
    out.update({f"ActionGeo_{k}": v for k, v in _geo(s).items()})
    return [_cell(out.get(c)) for c in GDELT_COLUMNS]


def _cell(value: Any) -> str:
    """A field as GDELT writes it: empty when unknown, never a tab or a line break inside."""
    return "" if value is None else " ".join(str(value).split())


def polecat_row(s: dict[str, Any]) -> dict[str, Any]:
    """One story event as a POLECAT-style object (PLOVER type, actor, recipient, place)."""
    return {
        "event_id": s["id"],
        "event_date": s["date"].isoformat() if s["date"] else None,
        "event_type": s["plover"],
        "event_mode": None,
        "event_intensity": s["goldstein"],
        "quad_code": _QUAD.get(s["quad_class"]),
        "contexts": [],
        "actor_name": s["source_name"],
        "actor_country": s["source_country"],
        "actor_code": s["source"],
        "recipient_name": s["target_name"],
        "recipient_country": s["target_country"],
        "recipient_code": s["target"],
        "placename": s["location_name"],
        "country": s["location_country"],
        "latitude": s["lat"],
        "longitude": s["lon"],
        "cameo": s["cameo"],
        "num_articles": s["num_articles"],
        "num_sources": s["num_sources"],
        "num_mentions": s["num_mentions"],
        "publication_date": s["first_seen"],
        "source_url": s["source_url"],
    }


def export_events(store: Store, out: str | Path, fmt: str) -> Path:
    """Write the story events as ``fmt`` (gdelt or polecat) into the folder ``out``."""
    folder = Path(out)
    target = folder / FILES[fmt]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as fh:
            if fmt == "gdelt":
                for s in _stories(store):
                    fh.write("\t".join(gdelt_row(s)) + "\n")
            else:
                for s in _stories(store):
                    fh.write(json.dumps(polecat_row(s), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise StoreError("E304", input=str(target), what="export", reason=str(exc)) from exc
    return target
