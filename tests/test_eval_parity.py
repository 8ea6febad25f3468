"""The project's scorer agrees with ../shared/tools/score.py: on the record ``communique extract``
emits for the reference article (the shared script run as a subprocess), through the
``communique eval`` command, and on many perturbed records of every gold file (in process)."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.evaluation.oracle import oracle_record
from communique.evaluation.report import details
from communique.evaluation.runner import expand, load_gold
from communique.evaluation.scorer import score_record
from communique.evaluation.sets import repo_root
from communique.events.code import plover_types
from conftest import SEED, SEED_GOLD, SHARED, needs_shared

SCORE_PY = SHARED / "tools" / "score.py"
pytestmark = needs_shared


def _shared_script(gold: Path, record: dict[str, Any], tmp: Path, *flags: str) -> str:
    path = tmp / "record.json"
    path.write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(path), *flags],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return out.stdout


def test_scores_equal_shared_script_on_extracted_reference(seed_record, tmp_path):
    rec = seed_record.to_dict()
    theirs = json.loads(_shared_script(SEED_GOLD, rec, tmp_path, "--json"))
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    assert score_record(gold, rec).as_score_py() == theirs


def test_text_lines_equal_shared_script(seed_record, tmp_path):
    rec = seed_record.to_dict()
    theirs = _shared_script(SEED_GOLD, rec, tmp_path).splitlines()
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    assert details([score_record(gold, rec, name="x")])[1:] == theirs


def test_cli_eval_equals_shared_script_on_cli_extract(tmp_path):
    from typer.testing import CliRunner

    from communique.cli import app

    runner = CliRunner()
    got = runner.invoke(app, ["extract", str(SEED), "--published", "2023-02-22"])
    assert got.exit_code == 0, got.output
    theirs = json.loads(_shared_script(SEED_GOLD, json.loads(got.stdout), tmp_path, "--json"))
    ours = runner.invoke(app, ["eval", str(SEED_GOLD), "--json"])
    assert ours.exit_code == 0, ours.output
    mine = json.loads(ours.stdout)["files"][0]
    assert mine["components"] == theirs["components"]
    assert mine["score"] == theirs["score"]


# --- in-process parity on perturbed records ------------------------------------------------


@lru_cache(maxsize=1)
def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _shared_in_process(mod: ModuleType, gold: dict[str, Any], rec: dict[str, Any]) -> dict:
    """What score.py's main() computes, without its process-wide alias table leaking."""
    mod.ALIASES.clear()
    for a in gold.get("actors", {}).get("required", []) + gold.get("actors", {}).get(
        "optional", []
    ):
        if a.get("aliases"):
            mod.ALIASES[a["name"]] = list(a["aliases"])
    r, comps = mod.Record(rec), {}
    for name, fn in mod.COMPONENTS:
        try:
            s, why = fn(gold, r)
        except Exception as exc:  # noqa: BLE001 - the script's own rule
            s, why = 0.0, f"could not score: {type(exc).__name__}: {exc}"
        comps[name] = {"score": round(s, 3), "detail": why}
    return {
        "score": round(sum(v["score"] for v in comps.values()) / len(comps), 3),
        "components": comps,
    }


GOLDS = (
    [load_gold(p) for p in expand([repo_root() / "devsets" / "articles", SHARED / "gold"])]
    if SHARED.exists()
    else []
)
CASES = [(g.data, oracle_record(g.data, g.article.read_text("utf-8"))) for g in GOLDS]
PLOVER = plover_types()


def _perturb(gold: dict[str, Any], rec: dict[str, Any], rnd: random.Random) -> dict[str, Any]:
    rec = json.loads(json.dumps(rec))
    text, ids = rec["text"], [a["id"] for a in rec["actors"]] + [None, "nobody"]
    for key in ("actors", "quotes", "events", "times", "amounts", "voice", "checks", "boilerplate"):
        rec[key] = [x for x in rec[key] if rnd.random() > 0.3]
    _perturb_actors(gold, rec, rnd)
    _perturb_quotes(rec, ids, rnd)
    _perturb_events(rec, text, rnd)
    _perturb_values(rec, rnd)
    for _ in range(rnd.randint(0, 3)):  # junk predictions anywhere in the text
        _add_junk(rec, text, ids, rnd)
    return rec


def _perturb_actors(gold: dict[str, Any], rec: dict[str, Any], rnd: random.Random) -> None:
    for a in rec["actors"]:
        if rnd.random() < 0.2:
            a[rnd.choice(["kind", "country", "code"])] = rnd.choice([None, "org", "USA", "XYZGOV"])
        if rnd.random() < 0.15 and a["mentions"]:
            a["name"] = rnd.choice(a["mentions"])["text"]
    for n in gold["actors"].get("not_actors", [])[:2]:
        if rnd.random() < 0.3:
            rec["actors"].append({"id": f"x{n}", "name": n, "kind": "person", "mentions": []})


def _perturb_quotes(rec: dict[str, Any], ids: list[Any], rnd: random.Random) -> None:
    for q in rec["quotes"]:
        if rnd.random() < 0.2:
            q["speaker"] = rnd.choice(ids)
        if rnd.random() < 0.2:
            q["kind"] = rnd.choice(["direct", "partial", "indirect"])


def _perturb_events(rec: dict[str, Any], text: str, rnd: random.Random) -> None:
    for e in rec["events"]:
        if rnd.random() < 0.2:
            e["plover"] = rnd.choice(PLOVER)
        if rnd.random() < 0.2:
            e["source"], e["target"] = e["target"], e["source"]
        if rnd.random() < 0.2:
            e["date"] = rnd.choice([None, "2023-01-01", e.get("date")])
        if rnd.random() < 0.2:
            e["modality"] = rnd.choice(["asserted", "planned", "possible", "hoped", "negated"])
        if rnd.random() < 0.1:
            e["evidence"] = {"start": 0, "end": 5, "text": text[:5]}


def _perturb_values(rec: dict[str, Any], rnd: random.Random) -> None:
    for t in rec["times"]:
        if rnd.random() < 0.3:
            t["value"] = rnd.choice([None, "2020", str(t["value"])[:4]])
    for m in rec["amounts"]:
        if rnd.random() < 0.3:
            m["unit"], m["value"] = rnd.choice(
                [(m["unit"].lower() if m["unit"] else None, m["value"]), (m["unit"], 1)]
            )
    for v in rec["voice"]:
        if rnd.random() < 0.3:
            v["voice"] = rnd.choice(["author", "source"])


def _add_junk(rec: dict[str, Any], text: str, ids: list[Any], rnd: random.Random) -> None:
    i = rnd.randrange(max(1, len(text) - 40))
    span = {"start": i, "end": i + 30, "text": text[i : i + 30]}
    rec[rnd.choice(["quotes", "voice", "checks"])].append(
        {
            **span,
            "kind": rnd.choice(["direct", "loaded", "unintroduced_name"]),
            "voice": "author",
            "speaker": rnd.choice(ids),
        }
    )
    rec["events"].append(
        {
            "plover": rnd.choice(PLOVER),
            "source": [rnd.choice(ids)],
            "target": [rnd.choice(ids)],
            "evidence": span,
        }
    )


@pytest.mark.skipif(not CASES, reason="../shared is absent")
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_agrees_with_shared_script_on_perturbed_records(which, rnd):
    mod = _score_module()
    gold, oracle = CASES[which % len(CASES)]
    rec = _perturb(gold, oracle, rnd)
    assert score_record(gold, rec).as_score_py() == _shared_in_process(mod, gold, rec)


def _break_gold(gold: dict[str, Any], rnd: random.Random) -> dict[str, Any]:
    """Drop keys a gold file should have: both scorers must fail the same way."""
    gold = json.loads(json.dumps(gold))
    for key in ("actors", "quotes", "events", "times", "voice", "checks"):
        if rnd.random() < 0.2:
            gold.pop(key, None)
    for comp, field in (
        ("quotes", "speaker"),
        ("events", "source"),
        ("times", "value"),
        ("events", "evidence"),
        ("amounts", "text"),
    ):
        items = gold.get(comp, {}).get("required", [])
        if items and rnd.random() < 0.2:
            rnd.choice(items).pop(field, None)
    return gold


@pytest.mark.skipif(not CASES, reason="../shared is absent")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_agrees_with_shared_script_on_malformed_gold(which, rnd):
    gold, oracle = CASES[which % len(CASES)]
    rec = _perturb(gold, oracle, rnd)
    bad = _break_gold(gold, rnd)
    assert score_record(bad, rec).as_score_py() == _shared_in_process(_score_module(), bad, rec)
