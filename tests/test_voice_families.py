"""The loaded-language families and the sense rules on sentences written for these tests: each
family flags the reporter's own loaded word, and the near miss (the same word in a plain sense,
a wire-style neutral sentence) stays unflagged. Also the lexicon's size and shape."""

from __future__ import annotations

import pytest

from communique.voice.lexicon import FAMILIES, entries, family_entries


def _author(rec):
    return [(v.text, v.note) for v in rec.voice if v.kind == "loaded" and v.voice == "author"]


def _flags(extract, text):
    return " | ".join(t for t, _ in _author(extract(text, "2024-03-01")))


def test_lexicon_has_every_family_and_at_least_1500_entries():
    sizes = {fam: len(family_entries(fam)) for fam in FAMILIES}
    assert all(n >= 40 for n in sizes.values()), sizes
    assert sum(sizes.values()) >= 1500, sizes
    assert all(e.family for e in entries() if e.kind == "loaded")


def test_every_entry_is_well_formed():
    for e in entries():
        assert e.words and all(w == w.lower() for w in e.words)
        assert e.pos in ("*", "ADJ", "NOUN", "VERB", "ADV"), e
        assert e.span in ("np", "word", "phrase", "head", "clause", "tail"), e
        assert e.only in ("", "source"), e
        assert e.sense in ("", "force"), e
        if e.family == "accusation":
            assert e.only == "source", e


@pytest.mark.parametrize(
    ("text", "flag", "family"),
    [
        # pejorative labels
        (
            "The illegals crossing the border were bused to New York on Monday.",
            "illegals",
            "pejorative label",
        ),
        (
            "The Democrat Party unveiled its spending plan on Tuesday.",
            "Democrat Party",
            "pejorative label",
        ),
        (
            "The grifters behind the fund raised $2 million from donors.",
            "grifters",
            "pejorative label",
        ),
        # dehumanising terms, of people
        ("A swarm of migrants reached the island overnight.", "swarm", "dehumanising term"),
        ("Critics of the mayor are vermin, the column went on.", "vermin", "dehumanising term"),
        # judgement words
        (
            "The governor's disgraceful handling of the storm cost lives.",
            "disgraceful handling",
            "judgement word",
        ),
        ("Senators lambasted the plan before the vote.", "lambasted", "judgement word"),
        (
            "Democrats appear to get more desperate as the polls tighten.",
            "desperate",
            "judgement word",
        ),
        # intensifiers and judgement adverbs
        ("The spokesman shamelessly repeated the claim on Friday.", "shamelessly", "intensifier"),
        (
            "The White House frantically backpedalled after the remarks.",
            "frantically backpedalled",
            "intensifier",
        ),
        # euphemisms
        ("The strike caused collateral damage in two villages.", "collateral damage", "euphemism"),
        (
            "Detainees were subjected to enhanced interrogation at the site.",
            "enhanced interrogation",
            "euphemism",
        ),
        # scare words
        ("The rollout of the new system was a fiasco.", "fiasco", "scare word"),
        ("The administration's border policy has produced chaos.", "chaos", "scare word"),
        (
            "Officials warned of an invasion of migrants at the southern border.",
            "invasion",
            "scare word",
        ),
        ("The bill is the latest salvo in the war on coal.", "war on coal", "scare word"),
    ],
)
def test_each_family_flags_the_reporters_own_word(extract, text, flag, family):
    got = _author(extract(text, "2024-03-01"))
    assert any(flag in t and family in (note or "") for t, note in got), got


@pytest.mark.parametrize(
    "text",
    [
        # wire-style neutral sentences with the plain sense of a family word
        "A swarm of bees forced the match to stop for twenty minutes.",
        "Russia's invasion of Ukraine began in February 2022.",
        "The military junta extended the curfew after violent clashes in the capital.",
        "A deadly crackdown on protesters left 12 people dead, the ministry said.",
        "The regional flood killed four people and destroyed 200 homes.",
        "Residents were desperate for food and water after the storm.",
        "Rescuers frantically searched the rubble for survivors.",
        "Aid agencies said the convoy desperately needed fuel.",
        "The hostel is conveniently located near the station.",
        "Farmers culled thousands of pigs after the outbreak.",
        "Health officials said rats and other vermin had spread the infection.",
        "The company faces a hostile takeover bid from its rival.",
        "Protesters demanded an end to police brutality.",
        "Prosecutors charged the men with fraud and terrorism offences.",
        "The war on drugs has cost billions since the 1970s.",
    ],
)
def test_plain_senses_in_wire_copy_are_not_flagged(extract, text):
    assert _flags(extract, text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The Jets face a brutal schedule after losing their quarterback.",
        "Tech stocks suffered a bloodbath on Wall Street as investors fled the Nasdaq.",
        "The striker was relentless in front of goal as the team won 4-0.",
        "The boxer was coming off a brutal knockout loss in December.",
    ],
)
def test_force_words_in_sport_and_market_news_are_not_violence(extract, text):
    assert _flags(extract, text) == ""


def test_force_words_outside_sport_are_flagged(extract):
    text = "Troops waged a brutal campaign against villagers in the north."
    assert "brutal campaign" in _flags(extract, text)


def test_fixed_terms_hold_no_loaded_word(extract):
    text = (
        "Economists warned of a vicious circle of debt. Fans went crazy when the band came on. "
        "The brutally cold weather closed schools."
    )
    assert _flags(extract, text) == ""


def test_a_quoted_family_word_is_the_speakers(extract):
    text = (
        'Senator Ana Ruiz spoke to reporters on Tuesday. "This rollout is a fiasco and the '
        'illegals know it," Ruiz said.'
    )
    rec = extract(text, "2024-03-01")
    src = [v.text for v in rec.voice if v.kind == "loaded" and v.voice == "source"]
    assert any("fiasco" in t for t in src) and any("illegals" in t for t in src)
    assert _author(rec) == []


def test_sneer_quotes_in_the_reporters_sentence(extract):
    text = "The group's “peaceful” protest ended with three police cars set alight."
    got = _author(extract(text, "2024-03-01"))
    assert ("“peaceful”", "sneer quotes") in got


@pytest.mark.parametrize(
    "text",
    [
        # a quoted coinage or term, a title, a naming verb, a partial quote with its speaker
        "Engineers call the design a “wetpack” in their reports.",
        "The film “Oppenheimer” topped the box office on Sunday.",
        "The minister described the talks as “constructive” after the meeting.",
        "Offices now have “mixer” tables for employees who like to talk.",
        "Critics have called the plan a “disaster”.",
    ],
)
def test_quoted_terms_titles_and_partial_quotes_are_not_sneer_quotes(extract, text):
    got = _author(extract(text, "2024-03-01"))
    assert not any(note == "sneer quotes" for _, note in got), got
