"""The accuracy gate: every gold set scores at or above its floor in devsets/floors.toml.

The pipeline runs once per gold article (the session ``pipeline`` fixture; the reference
article reuses ``seed_record``). A changed gold file fails ``test_gold_unchanged`` with the
command to re-baseline; a lowered floor without a ``<component>_lowered`` reason fails
``test_lowered_floors_carry_a_reason``.
"""

from __future__ import annotations

import pytest

from communique.evaluation import floors as fl
from communique.evaluation.sets import GoldSet, fingerprint, gold_sets, measure
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


def test_lowered_floors_carry_a_reason():
    previous = fl.previous_floors()
    if previous is None:
        pytest.skip("no earlier version of devsets/floors.toml in git to compare with")
    bad = fl.unflagged_lowerings(FLOORS, previous)
    assert not bad, (
        'floors lowered without a reason (add `<component>_lowered = "why"` next to each): '
        + "; ".join(bad)
    )


def test_floors_are_scores():
    for name, table in FLOORS.items():
        for comp, floor in fl.floor_values(table).items():
            assert 0.0 <= floor <= 1.0, f"{name}.{comp} = {floor} is not a score"
