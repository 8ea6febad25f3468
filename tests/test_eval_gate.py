"""The accuracy gate: every gold set scores at or above its floor in devsets/floors.toml.

The pipeline runs once per gold article (the session ``pipeline`` fixture; the reference
article reuses ``seed_record``). A changed gold file fails ``test_gold_unchanged`` with the
command to re-baseline; a lowered floor without a ``<component>_lowered`` reason fails
``test_lowered_floors_carry_a_reason``.
"""

from __future__ import annotations

import pytest

from communique.evaluation import floors as fl
from communique.evaluation.sets import (
    GoldSet,
    expected_components,
    fingerprint,
    gold_sets,
    measure,
)
from conftest import SEED_GOLD

SETS: dict[str, GoldSet] = {s.name: s for s in gold_sets()}
FLOORS = fl.read_floors()
NEEDS_SHARED = {"reference", "meantime"}
REBASELINE = "python -m communique.evaluation.floors --margin 0.02"


@pytest.fixture(scope="module")
def measured(pipeline, request):
    """Scores per set, computed once per module and only for the sets a test asks for."""
    cache: dict[str, dict[str, float]] = {}

    def get(name: str) -> dict[str, float]:
        if name not in cache:
            records = None
            if name == "reference":
                rec = request.getfixturevalue("seed_record")
                records = {str(SEED_GOLD.resolve()): rec.to_dict()}
            cache[name] = measure(SETS[name], pipeline, records)
        return cache[name]

    return get


def _present(name: str) -> GoldSet:
    if name not in SETS:
        if name in NEEDS_SHARED:
            pytest.skip(f"gold set {name!r} lives in ../shared, which is absent")
        pytest.fail(f"gold set {name!r} has floors but no gold files; drop its table or restore it")
    return SETS[name]


def test_every_gold_set_has_floors():
    missing = sorted(set(SETS) - set(FLOORS))
    assert not missing, f"gold sets without floors: {missing}; baseline them: {REBASELINE}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_measured_component_has_a_floor(name):
    """Deleting a floor line (or a set's whole table) empties no part of the gate."""
    have = set(fl.floor_values(FLOORS.get(name, {})))
    lacking = sorted(expected_components(SETS[name]) - have)
    assert not lacking, f"set {name!r} measures {lacking} without a floor; {REBASELINE}"


def test_no_test_half_is_gated():
    """Fresh sets' test halves are scored, never floored (a floor invites tuning on them)."""
    assert not [n for n in FLOORS if n.endswith("-test")]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_unchanged(name):
    gs = _present(name)
    assert fingerprint(gs) == FLOORS[name]["fingerprint"], (
        f"the gold of set {name!r} changed since its floors were measured; re-baseline with "
        f"`{REBASELINE}` (add --reason if floors drop), review devsets/floors.toml, commit"
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_at_or_above_floors(name, measured):
    gs = _present(name)
    if fingerprint(gs) != FLOORS[name]["fingerprint"]:
        pytest.skip("gold changed: floors are stale (test_gold_unchanged says how to re-baseline)")
    below = fl.below_floor(measured(name), FLOORS[name])
    assert not below, f"set {name!r} fell below its floors: " + "; ".join(below)


@pytest.mark.parametrize("against", ["git", "log"])
def test_lowered_floors_carry_a_reason(against):
    """Compared with the previous floors.toml in git and, always (git or no git), with the
    floors every re-baseline logged in devsets/floors.log."""
    previous = fl.previous_floors() if against == "git" else fl.log_as_previous()
    if previous is None:
        previous = fl.log_as_previous()
    bad = fl.unflagged_lowerings(FLOORS, previous)
    assert not bad, (
        'floors lowered without a reason (add `<component>_lowered = "why"` next to each): '
        + "; ".join(bad)
    )


def test_every_floor_is_logged():
    """floors.log knows every current floor: deleting the log cannot disarm the check above."""
    logged = fl.logged_floors()
    unlogged = [
        f"{name}.{comp}"
        for name, table in FLOORS.items()
        for comp in fl.floor_values(table)
        if (name, comp) not in logged
    ]
    assert not unlogged, f"floors missing from devsets/floors.log: {unlogged}; {REBASELINE}"


def test_floors_are_scores():
    for name, table in FLOORS.items():
        for comp, floor in fl.floor_values(table).items():
            assert 0.0 <= floor <= 1.0, f"{name}.{comp} = {floor} is not a score"
