"""The knowledge base by coverage: the validator passes and the coverage is what the data
sheet claims (the office holders of every state, 1990-2026)."""

from __future__ import annotations

from communique.actors import kbcheck
from communique.actors.coverage import narrow
from communique.actors.kb import kb


def test_validator_passes_and_prints_coverage(capsys):
    assert kbcheck.main([]) == 0
    out = capsys.readouterr().out
    assert "0 errors" in out and "gap-free 1990-2026" in out


def test_coverage_counts():
    people = [e for e in kb().entries.values() if e.kind == "person"]
    assert len(people) >= 3000
    assert sum(len(e.roles) for e in people) >= 5000
    assert len(kbcheck.gaps(kb())) >= 190  # states with a head of state or government known


def test_office_holders_are_dated():
    k = kb()
    ruto = k.entries[k.names["William Ruto"][0]]
    assert [r.title for r in ruto.roles_on("2023-06-01")] == ["President of Kenya"]
    kenyatta = k.entries[k.names["Uhuru Kenyatta"][0]]
    assert [r.title for r in kenyatta.roles_on("2015-06-01")] == ["President of Kenya"]
    assert "President of Kenya" not in [r.title for r in kenyatta.roles_on("2023-06-01")]


def test_partial_dates_are_narrowed_to_what_the_source_vouches_for():
    assert narrow("2019-03", end=False) == "2019-03-28"
    assert narrow("2019-03", end=True) == "2019-03-01"
    assert narrow("2019", end=False) == "2019-12-31"
    assert narrow("2019-03-14", end=True) == "2019-03-14"
    assert narrow("", end=True) is None


def test_coverage_adds_no_one_word_alias(extract):
    """Godwin Friday (Saint Vincent) is in the coverage tables; "on Friday" stays a day."""
    k = kb()
    assert not [i for i in k.names.get("Friday", []) if k.entries[i].kind == "person"]
    rec = extract("The two leaders spoke by phone on Friday.", published="2026-01-20")
    assert not [a for a in rec.actors if a.name == "Godwin Friday"]
