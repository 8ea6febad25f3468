"""Gold that points into a corpus (evaluation/corpus.py): NAEB rows and MEANTIME documents are
read where they lie, and a missing one is one clear error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluation.corpus import corpus_article, find_meantime

ROOT = Path(__file__).resolve().parents[1]
needs_meantime = pytest.mark.skipif(find_meantime(ROOT) is None, reason="../shared is absent")


@needs_meantime
def test_a_meantime_document_is_its_tokens_dated_by_its_creation_time() -> None:
    ref = "meantime:corpus_airbus/100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing"
    raw = corpus_article(ref, ROOT)
    assert raw.published == "2008-03-01"
    assert raw.text.startswith("Northrop Grumman and Airbus parent EADS defeat Boeing")
    assert raw.text.split("\n")[1] == "March 01, 2008"  # one line per sentence


def test_a_missing_meantime_document_is_named_in_its_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_MEANTIME", str(tmp_path))
    with pytest.raises(InputError) as err:
        corpus_article("meantime:corpus_gm/no_such_story", tmp_path)
    assert err.value.code == "E123" and "no_such_story" in str(err.value)
