"""The fresh actor set's figures (evaluation/actor_set.py) on a hand-made gold and record."""

from __future__ import annotations

from communique.evaluation.actor_set import figures, tally

GOLD = {
    "actors": {
        "required": [
            {
                "name": "Chris Coons",
                "country": "USA",
                "code": "USALEG",
                "mentions": ["Sen. Chris Coons", "Coons"],
            },
            {"name": "Kenyan police", "country": "KEN", "code": "KENCOP", "mentions": []},
            {"name": "William Ruto", "country": "KEN", "code": "KENGOV", "mentions": []},
        ],
        "optional": [{"name": "Nairobi", "country": "KEN"}],
    }
}
RECORD = {
    "actors": [
        {"name": "Chris Coons", "country": "USA", "code": "USAGOV"},  # agent wrong
        {"name": "Kenyan police", "country": "KEN", "code": "KENCOP"},
        {"name": "Nairobi", "country": "KEN", "code": None},  # optional: not false
        {"name": "Trump Derangement Syndrome", "country": None, "code": None},  # false
    ]
}


def test_found_country_agent_and_false_actors():
    t = tally(GOLD, RECORD, full=True)
    assert (t["gold"], t["found"], t["country_right"], t["agent_right"]) == (3, 2, 2, 1)
    assert (t["pred"], t["false"]) == (4, 1)
    f = figures([t])
    assert f == {
        "actors_found": 0.667,
        "country_right_of_found": 1.0,
        "agent_right_of_found": 0.5,
        "false_actors": 0.25,
    }


def test_quote_gold_lists_speakers_only_so_false_actors_are_not_counted():
    t = tally(GOLD, RECORD, full=False)
    assert (t["pred"], t["false"]) == (0, 0)
