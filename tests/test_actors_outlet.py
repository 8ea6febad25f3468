"""The publisher's country as a prior for the home country (actors/outlet.py,
context.home_with_outlet), and the roles a home country may and may not lend a title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.actors.context import home_with_outlet
from communique.actors.outlet import host_of, outlet_country
from communique.pipeline import RawArticle

LOCAL = (
    "Police in Norwood shot a woman in a parking lot Friday afternoon, according to police "
    "Chief William Brooks. She was flown to a hospital, Brooks said. Officers "
    "negotiated with the woman for about 45 minutes, Detective Brandon Doherty said."
)


def _record(pipeline, text: str, url: str | None):
    raw = RawArticle(text=text, input="<test>", url=url, published="2023-12-22")
    raw.published_from = "cli"
    return pipeline.extract(raw)


def test_listed_domains_and_country_codes_give_the_publisher() -> None:
    assert outlet_country("https://www.bostonglobe.com/2023/12/22/metro/x/") == "USA"
    assert outlet_country("https://eu.telegram.com/story/news/local/x") == "USA"  # sub-domain
    assert outlet_country("http://www.cbc.ca/news/politics/x") == "CAN"  # .ca
    assert outlet_country("https://www.bbc.co.uk/news/x") == "GBR"  # .uk
    assert outlet_country(None, "http://www.irishtimes.com") == "IRL"  # the site, no URL


def test_platforms_and_generic_country_codes_say_nothing() -> None:
    assert outlet_country("https://medium.com/@someone/a-post") is None  # listed, no country
    assert outlet_country("https://news.yahoo.com/x") is None
    assert outlet_country("https://example.tv/news") is None  # .tv sold as a generic name
    assert outlet_country("https://unknown-blog.com/x") is None
    assert outlet_country("http://[broken") is None
    assert outlet_country("") is None


@given(st.text(max_size=60))
def test_any_address_gives_a_country_code_or_none(address: str) -> None:
    found = outlet_country(address)
    assert found is None or (len(found) == 3 and found.isupper())
    host = host_of(address)
    assert host is None or host == host.lower()


def test_the_outlet_is_home_only_where_the_text_does_not_point_elsewhere() -> None:
    assert home_with_outlet({}, "USA") == "USA"
    assert home_with_outlet({"USA": 2}, "USA") == "USA"
    assert home_with_outlet({"CAN": 43, "GBR": 42}, "CAN") == "CAN"
    assert home_with_outlet({"CZE": 2, "USA": 1}, "USA") is None
    assert home_with_outlet({"USA": 2}, None) is None


def test_a_local_story_takes_its_publishers_country(pipeline) -> None:
    bare = {a.name: a.country for a in _record(pipeline, LOCAL, None).actors}
    rec = _record(pipeline, LOCAL, "https://www.bostonglobe.com/2023/12/22/metro/shooting/")
    placed = {a.name: a.country for a in rec.actors}
    assert bare["William Brooks"] is None  # the text alone never names a country
    assert placed["William Brooks"] == "USA"
    assert placed["Brandon Doherty"] == "USA"
    police = next(a for a in rec.actors if a.name == "officers")  # not "American officers"
    assert (police.country, police.code) == ("USA", "USACOP")


def test_a_story_from_abroad_stays_abroad(pipeline) -> None:
    text = (
        "A gunman killed 14 people at Charles University in Prague. Czech police said the "
        "Czech Republic had never seen such a shooting. Prague's mayor said Czechs were in "
        "shock, and President Petr Pavel declared a day of mourning."
    )
    rec = _record(pipeline, text, "https://www.usatoday.com/story/news/world/x")
    assert {a.name: a.country for a in rec.actors}["Petr Pavel"] == "CZE"


def test_a_bare_presidents_title_is_not_the_states_office_someone_else_holds(extract) -> None:
    rec = extract(
        "The nonprofit in Decatur, Illinois, wants $2.6 million. President Chris Richmond said "
        "the group would ask the U.S. Environmental Protection Agency for more.",
        "2023-12-20",
    )
    richmond = next(a for a in rec.actors if a.name == "Chris Richmond")
    assert richmond.role == "President"  # of the group, not of the United States
    assert richmond.code != "USAGOV"
    biden = extract("President Joe Biden spoke on Monday.", "2023-12-20").actors[0]
    assert biden.role == "President of the United States"


def test_a_deputy_president_is_not_the_president(extract) -> None:
    rec = extract("Kenya's Deputy President Rigathi Gachagua spoke in Nairobi.", "2024-06-25")
    gachagua = next(a for a in rec.actors if a.name == "Rigathi Gachagua")
    assert gachagua.role == "Deputy President of Kenya"
    assert gachagua.code == "KENGOV"


def test_a_town_named_only_as_local_news_names_towns_is_no_actor(extract) -> None:
    rec = extract(
        "Police received a 911 call from a Hollisford resident on Wednesday. The car drove off "
        "toward Hollisford, and Hollisford police are searching for the driver.",
        "2023-12-22",
    )
    assert not any(a.name == "Hollisford" and a.kind in ("person", "org") for a in rec.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator John Fetterman Hospitalized After Fall\n\nJohn Fetterman fell on Monday.",
            "John Fetterman",
        ),
        (
            "Jimmy Fallon Somehow Finds Humor In Storm\n\nJimmy Fallon joked on Monday.",
            "Jimmy Fallon",
        ),
    ],
)
def test_a_headline_word_glued_to_a_name_is_cut_off(extract, text, name) -> None:
    names = {a.name for a in extract(text, "2023-12-22").actors}
    assert name in names
    assert not any(n.startswith(name) and n != name for n in names)


def test_a_plural_title_gives_each_coordinated_name_its_role(extract) -> None:
    rec = extract(
        "Sens. Tom Alderman (R-Ky.) and Rob Finchley said the letter was ignored.", "2023-12-22"
    )  # names the knowledge base does not hold: the text's title is all there is
    roles = {a.name: a.role for a in rec.actors}
    assert roles["Tom Alderman"] == roles["Rob Finchley"] == "Senator"
    assert next(a for a in rec.actors if a.name == "Tom Alderman").code == "USALEG"


def test_a_bare_administration_is_the_leaders_named_before_else_the_publishers(pipeline) -> None:
    text = (
        "North Korea has launched 100 missiles this year. This spring the administration "
        "announced a round of sanctions against North Korean hacking groups."
    )
    rec = _record(pipeline, text, "https://www.politico.com/news/2023/12/21/x")
    admin = next(a for a in rec.actors if "dministration" in a.name)
    assert admin.country == "USA"
    text = (
        "President Ferdinand Marcos Jr. met Chinese envoys. The Marcos administration said on "
        "Monday that the administration would protest."
    )
    rec = _record(pipeline, text, "https://www.politico.com/news/2023/12/21/x")
    assert {a.country for a in rec.actors if "dministration" in a.name} == {"PHL"}


def test_a_name_after_a_place_noun_is_a_place(extract) -> None:
    rec = extract("The two governments will build a port on the north coast of Java next year.")
    assert not any(a.name == "Java" for a in rec.actors)


def test_a_word_of_a_place_name_does_not_make_a_lone_name_a_place(nlp) -> None:
    from communique.actors.build import placed_words

    doc = nlp("Jade Black grew up near the Black Sea, and a Hollisford resident called police.")
    placed, local = placed_words(doc)
    assert "Hollisford" in local  # only a place has residents
    assert "Black" not in local  # a word of a place's name ("the Black Sea") is not one
