"""Read gold files, run the pipeline on their articles, score each record.

A gold file names its article in ``"article"``, relative to the gold file's folder (the dev
sets) or to the folder above it (the shared reference: ``gold/x.gold.json`` names
``seed/x.txt``). The article is read the way ``communique extract FILE --published DATE``
reads it, so ``communique eval`` scores the very record ``extract`` prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import CommuniqueError, InputError
from communique.evaluation.scorer import COMPONENT_NAMES, FileScore, score_record

if TYPE_CHECKING:
    from communique.pipeline import Pipeline


@dataclass
class GoldFile:
    path: Path
    data: dict[str, Any]
    article: Path | str  # a text file, or a corpus reference ("naeb:<id>", evaluation.corpus)

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".gold.json")


def resolve_article(gold_path: Path, article: str | None) -> Path | str:
    """The article text a gold file describes (its folder, the folder above, or a sibling
    ``<name>.txt`` when the gold names none), or the corpus reference it gives."""
    from communique.evaluation.corpus import corpus_line, is_corpus_ref

    here = gold_path.resolve().parent
    if article and is_corpus_ref(article):
        corpus_line(article, here)  # fail early, with E122, when the corpus lacks it
        return article
    names = [article] if article else [gold_path.name.removesuffix(".gold.json") + ".txt"]
    for name in names:
        for base in (here, here.parent):
            cand = base / name
            if cand.is_file():
                return cand
    raise InputError("E120", input=str(gold_path), article=article)


def load_gold(path: str | Path) -> GoldFile:
    p = Path(path)
    if not p.is_file():
        raise InputError("E100", input=str(p))
    try:
        data = json.loads(p.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError("E121", input=str(p), reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise InputError("E121", input=str(p), reason="not a JSON object")
    return GoldFile(p, data, resolve_article(p, data.get("article")))


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Gold files from paths; a directory stands for its ``*.gold.json`` files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
    return out


def extract_record(pipeline: Pipeline, gold: GoldFile) -> dict[str, Any]:
    """The record ``communique extract ARTICLE --published <gold's date>`` would print."""
    from communique.evaluation.corpus import corpus_article
    from communique.readers.text import read_text_file

    if isinstance(gold.article, str):
        return pipeline.extract(
            corpus_article(gold.article, gold.path.resolve().parent, gold.data.get("published"))
        ).to_dict()
    raw = read_text_file(gold.article)
    if isinstance(raw, CommuniqueError):
        raise raw
    if gold.data.get("published"):
        raw.published, raw.published_from = gold.data["published"], "cli"
    return pipeline.extract(raw).to_dict()


def score_gold(pipeline: Pipeline, gold: GoldFile) -> FileScore:
    return score_record(gold.data, extract_record(pipeline, gold), name=str(gold.path))


def evaluate(paths: Sequence[str | Path], pipeline: Pipeline | None = None) -> list[FileScore]:
    """Scores of every gold file under ``paths`` (one pipeline, loaded once)."""
    if pipeline is None:
        from communique.pipeline import Pipeline

        pipeline = Pipeline()
    return [score_gold(pipeline, load_gold(p)) for p in expand(paths)]


def means(files: Sequence[FileScore]) -> dict[str, float]:
    """Mean of each component over the files whose gold annotates it."""
    out: dict[str, float] = {}
    for comp in COMPONENT_NAMES:
        vals = [f.components[comp].score for f in files if f.components[comp].annotated]
        if vals:
            out[comp] = round(sum(vals) / len(vals), 3)
    return out
