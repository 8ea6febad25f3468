"""Amounts: money, counts, percentages, ranges and what they are about; the number parser."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.pipeline import Context
from communique.record import Amount, Article, ArticleRecord
from communique.settings import load_settings
from communique.time import run
from communique.time.numbers import parse_number


def amounts(nlp, text: str) -> list[Amount]:
    rec = ArticleRecord(article=Article(id="t"), text=text)
    run(nlp(text), rec, Context(load_settings(), dt.date(2023, 2, 22)))
    assert rec.check_spans() == []
    return rec.amounts


def one(nlp, text: str, words: str) -> Amount:
    found = [a for a in amounts(nlp, text) if words in a.text]
    assert found, f"{words!r} not among {[a.text for a in amounts(nlp, text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "value", "unit"),
    [
        ("The fund holds $185 billion in reserves.", "$185 billion", 185_000_000_000, "USD"),
        ("The deal, worth €2.5bn, was signed.", "€2.5bn", 2_500_000_000, "EUR"),
        (
            "Beijing lent 1.2 trillion yuan to provinces.",
            "1.2 trillion yuan",
            1_200_000_000_000,
            "CNY",
        ),
        ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5_000_000_000, "INR"),
        ("The club paid £3m for the striker.", "£3m", 3_000_000, "GBP"),
        ("Investors put in US$200 million.", "US$200 million", 200_000_000, "USD"),
        ("The port cost HK$5 billion.", "HK$5 billion", 5_000_000_000, "HKD"),
        ("Ottawa set aside C$40 million.", "C$40 million", 40_000_000, "CAD"),
        ("Canberra pledged A$1.5 billion.", "A$1.5 billion", 1_500_000_000, "AUD"),
        ("The fine was 10,000 euros.", "10,000 euros", 10_000, "EUR"),
        ("He was paid two million dollars.", "two million dollars", 2_000_000, "USD"),
        ("The budget is 3.5 lakh rupees.", "3.5 lakh rupees", 350_000, "INR"),
        ("Inflation reached 7.5% in January.", "7.5%", 7.5, "PERCENT"),
        ("Exports fell 3 per cent.", "3 per cent", 3, "PERCENT"),
        ("Turnout was 61 percent.", "61 percent", 61, "PERCENT"),
        ("Russia moved 300 tanks to the border.", "300 tanks", 300, "TANKS"),
        ("The navy sent two ships.", "two ships", 2, "SHIPS"),
        ("Police detained 1,500 protesters.", "1,500 protesters", 1500, "PEOPLE"),
    ],
)
def test_value_and_unit(nlp, sentence, words, value, unit):
    a = one(nlp, sentence, words)
    assert (a.value, a.unit) == (value, unit)
    assert type(a.value) is type(value)  # whole values are ints


def test_approximate_counts(nlp):
    a = one(nlp, "At least 40 people were killed in the attack.", "40 people")
    assert (a.value, a.unit, a.approximate) == (40, "PEOPLE", True)
    assert a.text.startswith("At least")
    b = one(nlp, "Dozens of people were wounded.", "Dozens of people")
    assert (b.value, b.unit, b.approximate) == (None, "PEOPLE", True)
    c = one(nlp, "Nearly 200 soldiers surrendered.", "200 soldiers")
    assert c.approximate


def test_range_gives_two_amounts_and_the_relation(nlp):
    text = "Bilateral trade could grow from $185 billion to $200 billion next year."
    got = {a.text: a for a in amounts(nlp, text)}
    low, high = got["$185 billion"], got["$200 billion"]
    assert (low.relation, high.relation) == ("range_from", "range_to")
    assert low.about == high.about == "Bilateral trade"


def test_range_with_one_unit(nlp):
    got = {a.text: a for a in amounts(nlp, "Officials said between 20 and 30 people were hurt.")}
    assert got["20"].value == 20 and got["20"].unit == "PEOPLE"
    assert got["20"].relation == "range_from" and got["30 people"].relation == "range_to"


@pytest.mark.parametrize(
    ("sentence", "words", "about"),
    [
        ("Military spending reached $86 billion last year.", "$86 billion", "Military spending"),
        ("They signed a deal worth $5 billion.", "$5 billion", "deal"),
        ("The country received a package of $3 billion.", "$3 billion", "package"),
        ("Officials approved a $40 million bridge.", "$40 million", "bridge"),
        ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", "roads"),
        ("The army lost about 12% of its fleet.", "12%", "fleet"),
    ],
)
def test_about(nlp, sentence, words, about):
    assert one(nlp, sentence, words).about == about


def test_not_amounts(nlp):
    text = (
        "The first convoy left in 2022 after two years of talks. The two countries agreed. "
        "One official spoke at 3 p.m. on Tuesday."
    )
    got = [a.text for a in amounts(nlp, text)]
    assert got == [], got


# --- the number parser -------------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
_ONES += "fifteen sixteen seventeen eighteen nineteen"
ONES = _ONES.split()
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 <= n < 10**9 (written here, independently of the parser)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    for size, name in ((10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return words(n // size) + " " + name + (" " + words(rest) if rest else "")
    raise ValueError(n)


@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_number_words_round_trip(n):
    assert parse_number(words(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_digits_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(
        [
            ("thousand", 10**3),
            ("million", 10**6),
            ("billion", 10**9),
            ("bn", 10**9),
            ("trillion", 10**12),
            ("crore", 10**7),
            ("lakh", 10**5),
        ]
    ),
)
def test_scaled_decimals_are_exact(whole, tenth, scale):
    name, size = scale
    value = parse_number(f"{whole}.{tenth} {name}")
    assert value == (whole * 10 + tenth) * size // 10
    assert isinstance(value, int)


@pytest.mark.parametrize("text", ["1,2", "two three", "apple", "", "1.2.3", "3 3"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_indian_scales_compose(nlp):
    a = one(nlp, "Spending will rise to Rs 48 lakh crore next year.", "Rs 48 lakh crore")
    assert (a.value, a.unit) == (48 * 10**12, "INR")


def test_votes_for_and_against(nlp):
    got = {a.text: a for a in amounts(nlp, "MPs voted by 320 to 276 to pass the bill.")}
    assert (got["320"].value, got["320"].unit, got["320"].relation) == (320, "VOTES", "votes_for")
    assert (got["276"].value, got["276"].relation) == (276, "votes_against")


def test_people_named_by_group_and_pronoun(nlp):
    text = "Canada is home to some 770,000 Sikhs. Some 250,000 who fled crossed into Chad."
    got = {a.text: a for a in amounts(nlp, text)}
    assert got["some 770,000 Sikhs"].unit == "PEOPLE" and got["some 770,000 Sikhs"].approximate
    assert got["Some 250,000"].value == 250_000 and got["Some 250,000"].unit == "PEOPLE"


def test_complementiser_that_is_not_a_determiner(nlp):
    got = one(nlp, "The prosecutor said that 749 people had been arrested.", "749 people")
    assert (got.value, got.unit) == (749, "PEOPLE")


def test_model_numbers_are_not_counts(nlp):
    text = "Airlines ordered Boeing 777 planes and the 787 Dreamliner; the S&P 500 index rose 2%."
    got = {a.text: a for a in amounts(nlp, text)}
    assert set(got) == {"2%"}, got


def test_measures_after_numbers(nlp):
    got = {a.text: a for a in amounts(nlp, "Iran holds 87.5 kg of uranium, 200 km from the coast.")}
    assert (got["87.5 kg"].value, got["87.5 kg"].unit) == (87.5, "KG")
    assert got["200 km"].unit == "KM"


def test_hyphen_range_and_british_pc(nlp):
    got = {a.text: a for a in amounts(nlp, "Prices rose 5-6% while sales rose 4.5pc.")}
    assert (got["5"].value, got["5"].unit, got["5"].relation) == (5, "PERCENT", "range_from")
    assert got["6%"].relation == "range_to"
    assert (got["4.5pc"].value, got["4.5pc"].unit) == (4.5, "PERCENT")
