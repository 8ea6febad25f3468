"""The NAEB articles are used by path, never copied into the repository (the publishers'
copyright, ../shared/corpus/naeb/SOURCE.md): no test, doc or source file repeats eight words
running of any article. Skips where ../shared is absent."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from communique.evaluation.corpus import find_corpus

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[A-Za-z'][A-Za-z'.,-]*")
RUN = 8  # words running
MIN_CHARS = 40  # shorter runs are stock phrases ("at the end of the day, he said")


def _words(text: str) -> list[str]:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return WORD.findall(text)


def _runs(words: list[str]) -> set[str]:
    runs = (" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return {r for r in runs if len(r) > MIN_CHARS}


def test_no_file_of_the_repository_repeats_an_article() -> None:
    corpus = find_corpus(ROOT)
    if corpus is None:
        pytest.skip("the NAEB corpus (../shared) is absent")
    seen: set[str] = set()
    for line in corpus.open(encoding="utf-8"):
        seen |= _runs(_words(json.loads(line).get("text") or ""))
    files = [*ROOT.glob("tests/**/*.py"), *ROOT.glob("docs/*.md"), ROOT / "README.md"]
    files += list(ROOT.glob("src/communique/**/*.py"))
    copied = {
        str(f.relative_to(ROOT)): sorted(hits)[:2]
        for f in files
        if (hits := _runs(_words(f.read_text(encoding="utf-8"))) & seen)
    }
    assert not copied, copied
