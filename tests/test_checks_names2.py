"""`unintroduced_name` on the mention text whatever kind the parse or the actors stage gave it:
a one-word surname read as an organisation, an honorific with a two-letter surname, and the
near misses (an introduced full name that resembles another actor, unrelated names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.checks.names import resembles, resembles_short, sound_key

_DAY = "2024-02-10"


def _names(extract, text: str) -> list[tuple[str, str]]:
    rec = extract(text, _DAY)
    return [(c.text, c.message) for c in rec.checks if c.kind == "unintroduced_name"]


def test_surname_read_as_an_organisation_is_flagged(extract):
    text = (
        "Justice Minister Rosalind Marchetti said on Friday that the new courts would open in "
        "March. Marchetti added that 40 judges had been appointed.\n\n"
        "Marchesa said the government would build three new courthouses this year."
    )
    got = _names(extract, text)
    assert [t for t, _ in got] == ["Marchesa"]
    assert "Rosalind Marchetti" in got[0][1]


def test_honorific_with_two_letter_surname_is_flagged(extract):
    text = (
        "Transport Minister Daniel Loo told parliament that the rail link was delayed. Loo "
        "said the costs had doubled. Economist Vivian Luo said the delay was expected.\n\n"
        "Mr Lu said the contractors had been warned twice."
    )
    got = _names(extract, text)
    assert [t for t, _ in got] == ["Lu"]
    assert "Daniel Loo" in got[0][1]


def test_introduced_full_names_are_never_flagged(extract):
    text = (
        "Transport Minister Daniel Loo told parliament that the rail link was delayed. Loo "
        "said the costs had doubled. Economist Vivian Luo said the delay was expected, and "
        "Luo added that the budget was too small."
    )
    assert _names(extract, text) == []


def test_unrelated_subject_name_is_not_flagged(extract):
    text = (
        "Justice Minister Rosalind Marchetti said on Friday that the new courts would open in "
        "March. Marchetti added that 40 judges had been appointed.\n\n"
        "Officials said the government would build three new courthouses. Okonkwo said the "
        "plan was too slow."
    )
    assert _names(extract, text) == []


def test_short_names_compare_by_sound():
    assert resembles_short("Ku", "Koo") and resembles_short("Li", "Lee")
    assert not resembles_short("Ku", "Kim") and not resembles_short("Ku", "Ku")
    assert resembles("Palacios", "Palencia") and not resembles("Palacios", "Pereira")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_sound_key_is_idempotent_and_never_longer(name):
    key = sound_key(name)
    assert sound_key(key) == key or len(sound_key(key)) <= len(key)
    assert len(key) <= len(name)
    assert not resembles_short(name, name) and not resembles(name, name)
