"""World leaders named by surname alone (actors/famous.py): in a lone sentence or an article
with no home country, the one head of state or government of that surname on the date."""

from __future__ import annotations


def actor(rec, mention: str):
    (a,) = [a for a in rec.actors if any(m.text == mention for m in a.mentions)]
    return a


def test_leaders_by_surname_in_a_lone_sentence(extract) -> None:
    rec = extract("Museveni accused Mobutu of arming rebels in the north.", published="1996-06-01")
    assert (actor(rec, "Museveni").name, actor(rec, "Museveni").country) == (
        "Yoweri Museveni",
        "UGA",
    )
    assert actor(rec, "Mobutu").country == "COD"  # a one-word alias of the coverage tables
    rec = extract("Chirac rebuked Clinton over the Iraq strikes.", published="1996-09-05")
    assert actor(rec, "Chirac").code == "FRAGOV" and actor(rec, "Clinton").code == "USAGOV"


def test_the_date_picks_the_leader_and_a_former_one_is_nobody(extract) -> None:
    rec = extract("Kabila told the rebels to lay down their arms.", published="2005-03-01")
    assert actor(rec, "Kabila").name == "Joseph Kabila"
    rec = extract("Kabila told the rebels to lay down their arms.", published="1999-03-01")
    assert actor(rec, "Kabila").name == "Laurent-Désiré Kabila"


def test_a_name_that_modifies_a_noun_is_no_leader(extract) -> None:
    rec = extract("She shared a Captain Phillips meme with her friends.", published="2023-06-01")
    assert all(a.country != "GUY" for a in rec.actors)


def test_an_office_named_by_its_country_is_its_holder_on_the_date(extract) -> None:
    rec = extract("The Bolivian president resigned on Sunday.", published="2004-06-01")
    (a,) = rec.actors if len(rec.actors) == 1 else [x for x in rec.actors if x.kind == "person"]
    assert (a.name, a.code) == ("Carlos Mesa", "BOLGOV")
    rec = extract("Iran's foreign minister flew to Oman on Monday.", published="2023-06-01")
    assert actor(rec, "foreign minister").name == "Hossein Amir-Abdollahian"
    rec = extract("The president of France criticised the plan.", published="2004-06-01")
    assert "Jacques Chirac" in [x.name for x in rec.actors]


def test_a_former_holder_or_a_title_before_a_name_is_no_office_holder(extract) -> None:
    rec = extract("The former French president criticised the plan.", published="2004-06-01")
    assert "Jacques Chirac" not in [x.name for x in rec.actors]
    rec = extract("French President Nicolas Sarkozy spoke on Monday.", published="2004-06-01")
    assert "Jacques Chirac" not in [x.name for x in rec.actors]


def test_foreign_and_defence_ministers_by_surname(extract) -> None:
    # a surname nobody else in the knowledge base bears
    rec = extract("Rumsfeld defended the interrogation rules.", published="2004-06-01")
    assert actor(rec, "Rumsfeld").code == "USAGOV"
    # a common one: only where the article names the minister's country
    rec = extract("Powell urged Sharon to pull back from Ramallah.", published="2002-04-05")
    assert actor(rec, "Powell").country is None and actor(rec, "Sharon").code == "ISRGOV"
    text = "Powell said the United States would seek a second resolution."
    assert actor(extract(text, published="2003-02-01"), "Powell").name == "Colin Powell"


def test_a_leader_the_ner_took_for_a_place(extract) -> None:
    rec = extract("Kibaki and Museveni agreed to reopen the border.", published="2008-05-01")
    assert actor(rec, "Kibaki").name == "Mwai Kibaki"
    # or for a nationality
    rec = extract("Museveni and Kagame met in Kampala.", published="2008-05-01")
    assert actor(rec, "Museveni").name == "Yoweri Museveni"
