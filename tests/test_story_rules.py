"""The story-linking rule on hand-made mentions (docs/stories.md): days, places, keys, order."""

from __future__ import annotations

import datetime as dt
import random

from communique.store.story import _segments, components, story_row
from communique.store.story_rows import actor_key, day_of


def mention(n: int, day: str | None, country: str | None = None, **kw) -> dict:  # type: ignore[no-untyped-def]
    base = {
        "article_id": f"art{n:02d}",
        "event_id": "e1",
        "block": "CONSULT|04|CHNGOV|FRAGOV",
        "day": dt.date.fromisoformat(day) if day else None,
        "location_country": country,
        "location_name": None,
        "lat": None,
        "lon": None,
        "plover": "CONSULT",
        "cameo": "040",
        "goldstein": 1.0,
        "quad_class": 1,
        "published": day,
        "outlet": f"outlet{n % 2}",
        "url": None,
        "source": "CHNGOV",
        "source_name": "Xi Jinping",
        "source_country": "CHN",
        "target": "FRAGOV",
        "target_name": "Emmanuel Macron",
        "target_country": "FRA",
    }
    return base | kw


def partition(mentions: list[dict]) -> set[frozenset[str]]:
    return {frozenset(m["article_id"] for m in c) for c in components(mentions)}


def test_days_within_one_day_link_and_two_days_apart_do_not():
    ms = [mention(1, "2023-04-06"), mention(2, "2023-04-07"), mention(3, "2023-04-10")]
    assert partition(ms) == {frozenset({"art01", "art02"}), frozenset({"art03"})}


def test_places_in_two_countries_never_link_and_a_missing_place_fits():
    ms = [mention(1, "2023-04-06", "CHN"), mention(2, "2023-04-06", "FRA")]
    assert len(partition(ms)) == 2
    ms.append(mention(3, "2023-04-06", None))
    assert len(partition(ms)) == 1  # single linkage: the unplaced report joins both


def test_other_blocks_and_undated_mentions_stay_apart():
    ms = [
        mention(1, "2023-04-06"),
        mention(2, "2023-04-06", block="CONSULT|04|CHNGOV|DEUGOV"),
        mention(3, None, block="solo:art03:e1"),
    ]
    assert len(partition(ms)) == 3


def test_components_do_not_depend_on_order():
    days = ["2023-04-06", "2023-04-07", "2023-04-09", "2023-04-10", "2023-04-20"]
    ms = [mention(n, days[n % 5], [None, "CHN", "FRA"][n % 3]) for n in range(15)]
    expected = partition(ms)
    rows = {story_row(c)["id"]: story_row(c) for c in components(ms)}
    rng = random.Random(19)
    for _ in range(20):
        rng.shuffle(ms)
        assert partition(ms) == expected
        assert {story_row(c)["id"]: story_row(c) for c in components(ms)} == rows


def test_story_row_counts_articles_sources_and_mentions():
    ms = [mention(1, "2023-04-06"), mention(2, "2023-04-06"), mention(3, "2023-04-07")]
    ms[2]["cameo"], ms[2]["goldstein"] = "046", 7.0
    (story,) = [story_row(c) for c in components(ms)]
    assert (story["num_articles"], story["num_sources"], story["num_mentions"]) == (3, 2, 3)
    assert story["cameo"] == "040" and story["goldstein"] == 1.0
    assert story["date"] == dt.date(2023, 4, 6) and story["first_seen"] == "2023-04-06"


def test_segments_cut_where_days_are_more_than_one_apart():
    d = [dt.date(2023, 4, x) for x in (1, 2, 3, 5, 9, 10)]
    assert [len(s) for s in _segments(d)] == [3, 1, 2]


def test_keys_and_days():
    assert actor_key("CHN", "CHNGOVMIL", "p:xi") == "CHNGOV"
    assert actor_key("CHN", None, None) == "CHN"
    assert actor_key(None, None, "p:x") == "kb:p:x" and actor_key(None, None, None) is None
    assert day_of("2023-04-06", "2023-04-07") == "2023-04-06"
    assert day_of(None, "2023-04-07") == "2023-04-07"
    assert day_of("2023-04", "2023-04-07") is None and day_of("2023-02-30", None) is None
