"""The gold sets the gate watches, where they live, their fingerprints, and how each is scored.

- ``articles``: devsets/articles (full article gold, every component);
- ``quotes``: devsets/quotes (passages; actors and quotes);
- ``time``: devsets/time (times and amounts), when present;
- ``reference``: ../shared/gold (the reference article), when ../shared is present;
- ``events``: devsets/events/plover_dev.jsonl (sentence-level PLOVER);
- ``meantime``: ../shared/corpus/meantime through benchmarks/meantime.py (TIMEX3 value F1).
A set's fingerprint is the sha256 of its gold files and the texts they describe, so editing
either asks for a new baseline.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from communique.evaluation.runner import expand, load_gold, means
from communique.evaluation.scorer import FileScore, score_record

if TYPE_CHECKING:
    from communique.pipeline import Pipeline

Kind = Literal["articles", "sentences", "meantime"]


@dataclass(frozen=True)
class GoldSet:
    name: str
    kind: Kind
    files: tuple[Path, ...]  # gold files, the jsonl, or the corpus XML files


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def shared_root() -> Path:
    return repo_root().parent / "shared"


def _article_set(name: str, folder: Path) -> GoldSet | None:
    files = tuple(expand([folder])) if folder.is_dir() else ()
    return GoldSet(name, "articles", files) if files else None


def gold_sets() -> list[GoldSet]:
    """Every set present in this checkout, in a fixed order."""
    dev, shared = repo_root() / "devsets", shared_root()
    found: list[GoldSet | None] = [
        _article_set("articles", dev / "articles"),
        _article_set("quotes", dev / "quotes"),
        _article_set("time", dev / "time"),
        _article_set("holdout", dev / "holdout"),
        _article_set("reference", shared / "gold"),
    ]
    plover = dev / "events" / "plover_dev.jsonl"
    if plover.is_file():
        found.append(GoldSet("events", "sentences", (plover,)))
    corpus = sorted((shared / "corpus" / "meantime" / "intra-doc_annotation").glob("**/*.xml"))
    if corpus and (repo_root() / "benchmarks" / "meantime.py").is_file():
        found.append(GoldSet("meantime", "meantime", tuple(corpus)))
    return [s for s in found if s is not None]


def fingerprint(gs: GoldSet) -> str:
    """sha256 over the set's files (and, for article gold, the article texts), by name."""
    h = hashlib.sha256()
    paths = list(gs.files)
    if gs.kind == "articles":
        paths += [load_gold(p).article for p in gs.files]
    for p in sorted(set(paths), key=lambda p: (p.name, str(p))):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


@lru_cache(maxsize=1)
def _meantime_module() -> ModuleType:
    path = repo_root() / "benchmarks" / "meantime.py"
    spec = importlib.util.spec_from_file_location("communique_benchmark_meantime", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def score_articles(
    gs: GoldSet, pipeline: Pipeline, records: Mapping[str, Mapping[str, Any]] | None = None
) -> list[FileScore]:
    """Each gold file's scores; ``records`` (gold path -> record dict) skips re-extraction."""
    from communique.evaluation.runner import extract_record

    out = []
    for p in gs.files:
        gold = load_gold(p)
        rec = (records or {}).get(str(p)) or extract_record(pipeline, gold)
        out.append(score_record(gold.data, rec, name=str(p)))
    return out


def measure(
    gs: GoldSet, pipeline: Pipeline, records: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, float]:
    """The set's per-component scores (higher is better, 0..1)."""
    if gs.kind == "articles":
        return means(score_articles(gs, pipeline, records))
    if gs.kind == "sentences":
        from communique.evaluation.events_set import evaluate_sentences

        return evaluate_sentences(gs.files[0], pipeline)
    mod = _meantime_module()
    res = mod.evaluate([mod.read_case(f) for f in gs.files], False)
    return {k: float(res[k]) for k in ("span_f1", "value_f1", "type_accuracy")}
