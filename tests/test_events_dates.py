"""Event dates: own expression, the clause above, narrative carry-over, a later "the incident"."""

from __future__ import annotations


def test_sentence_date_of_the_reporting_clause(extract):
    text = "After meeting Joe Biden, Xi Jinping said on Wednesday that ties had improved."
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert e.date == "2024-03-13" and e.date_text == "Wednesday"


def test_narrative_carry_over_for_simple_past(extract):
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.\n\n"
        "Macron also praised Germany for its support."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "SUPPORT"]
    assert e.date == "2024-03-12"


def test_no_carry_over_for_habitual_present_perfect(extract):
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.\n\n"
        "France has repeatedly praised Germany for its support."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "SUPPORT"]
    assert e.date is None


def test_a_later_definite_incident_dates_the_event(extract):
    text = (
        "The Philippines has accused China of ramming a Philippine supply boat and "
        "Russia has attacked Ukraine.\n\n"
        "The attack happened on Sunday morning."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "ASSAULT" and e.trigger.text == "attacked"]
    assert e.date == "2024-03-10"


def test_possible_event_has_no_date_from_its_report(extract):
    rec = extract(
        "Officials said on Monday that Japan might attack Russia.", published="2024-03-15"
    )
    (e,) = rec.events
    assert e.modality == "possible" and e.date is None


def test_no_carry_over_into_another_actors_paragraph(extract):
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.\n\n"
        "Giorgia Meloni urged Spain to tighten its border controls."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "REQUEST"]
    assert e.date is None


def test_carry_over_in_the_same_paragraph(extract):
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. "
        "Giorgia Meloni urged Spain to tighten its border controls."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "REQUEST"]
    assert e.date == "2024-03-12"


def test_a_clause_beside_a_coarsely_dated_one_takes_no_day(extract):
    text = (
        "Giorgia Meloni spoke on Monday. "
        "Spain closed its border in May last year after Pedro Sanchez met Emmanuel Macron."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "CONSULT"]
    assert e.date is None


def test_a_participle_that_tells_the_act_again_takes_its_month(extract):
    text = "Ghana wrote to the World Bank in February asking it for more funds."
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "REQUEST"]
    assert e.date == "2024-02"


def test_a_reported_definite_event_dates_the_event_before(extract):
    text = (
        "Russia has launched naval exercises near Norway.\n\n"
        "The exercises began on Tuesday, the Russian defence ministry said."
    )
    rec = extract(text, published="2024-03-15")
    (e,) = [e for e in rec.events if e.plover == "MOBILIZE"]
    assert e.date == "2024-03-12"
