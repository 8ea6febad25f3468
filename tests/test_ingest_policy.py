"""Inputs skipped by policy (not English, too short) are counted as skipped with their reason
and do not fail an ingest; ``--strict`` makes them fail it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from conftest import SHARED

NAEB = SHARED / "corpus" / "naeb" / "articles.jsonl"
ENGLISH = (
    "Ministers Agree on Grain Deal\n\nISTANBUL (Wire) - Ministers from Turkey and Ukraine agreed "
    "on Monday to reopen the grain corridor, the foreign ministry said in a statement.\n"
)
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les "
    "agriculteurs touchés par la sécheresse, selon un communiqué publié par le ministère de "
    "l'Agriculture. Les syndicats ont salué une décision attendue depuis plusieurs mois."
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"text": t}) for t in (ENGLISH, FRENCH)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(("strict", "code"), [(False, 0), (True, 1)])
def test_a_non_english_article_is_skipped_not_failed(pipeline, corpus, tmp_path, strict, code):
    pipeline.nlp  # noqa: B018  (reuse the session's model)
    args = ["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"]
    result = CliRunner().invoke(app, args + (["--strict"] if strict else []))
    assert result.exit_code == code, result.stderr
    assert "[E105]" in result.stderr and f"{corpus}:2" in result.stderr
    summary = result.stderr.splitlines()[-1]
    assert "1 stored, 0 failed, 1 skipped by policy (not English 1)" in summary


@pytest.mark.skipif(not NAEB.exists(), reason="../shared is absent")
def test_the_naeb_corpus_has_only_policy_skips():
    """What ingest would report for the corpus before parsing: its only refusals are policy
    skips (three articles are not English), so ingesting it exits 0."""
    from communique.errors import CommuniqueError
    from communique.readers import read

    errors = [x for x in read([str(NAEB)]) if isinstance(x, CommuniqueError)]
    assert errors and all(e.policy_skip for e in errors), [e.line() for e in errors]
