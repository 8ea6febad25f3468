"""The data tables agree with each other; codes map to types, weights and classes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.events import code
from communique.events.code import plover_types
from communique.events.lexicon import lexicon

PLOVER = set(plover_types())


def test_every_trigger_row_codes_to_a_plover_type_with_weights():
    lex = lexicon()
    seen = set()
    for rows in lex.triggers.values():
        for r in rows:
            if r.no_event or r.cameo.startswith("01"):
                assert code.plover(r.cameo) is None, r  # a neutral sense, a statement
                continue
            p = code.plover(r.cameo)
            assert p in PLOVER, r
            assert code.goldstein(r.cameo) is not None, r
            assert code.quad_class(r.cameo) in (1, 2, 3, 4), r
            seen.add(p)
            if r.negflip:
                assert code.plover(r.negflip) in PLOVER
    assert seen == PLOVER


def test_crosswalk_examples():
    assert code.plover("036") == "AGREE"
    assert code.plover("042") == "CONSULT"
    assert code.plover("0841") == "RETREAT"
    assert code.plover("057") == "AGREE"
    assert code.plover("112") == "ACCUSE"
    assert code.plover("163") == "SANCTION"
    assert code.plover("010") is None  # statements are not PLOVER events


@given(st.sampled_from(sorted(lexicon().goldstein)))
def test_quad_class_follows_the_sign_of_cooperation(cameo):
    g, q = code.goldstein(cameo), code.quad_class(cameo)
    assert g is not None and -10 <= g <= 10
    if q in (1, 2) and not cameo.startswith("01"):  # 016 (denying responsibility) is -2.0
        assert g >= -0.5
    if q == 4:
        assert g < 0


@given(st.text(alphabet="0123456789", min_size=2, max_size=4))
def test_plover_of_any_code_is_known_or_none(cameo):
    assert code.plover(cameo) in PLOVER | {None}
