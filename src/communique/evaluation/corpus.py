"""Gold that points into a corpus instead of carrying its text: ``"article": "naeb:<id>"``.

The fresh held-out sets (devsets/fresh) annotate real articles of the NAEB corpus, which the
repository must not copy. A gold file or sentence names the article by id; the text is read
at run time from the corpus JSON Lines file, found (first hit wins) at ``$COMMUNIQUE_NAEB``,
then as ``shared/corpus/naeb/articles.jsonl`` beside any folder above the gold file, then
beside the checkout. The row is read by the JSON Lines reader, so the record is the one
``communique extract articles.jsonl`` prints for that article.

Sentences may also name a MEANTIME document (``"meantime:<topic>/<file stem>"``, English Wikinews,
CC BY 4.0): its text is rebuilt from the CAT XML tokens as ``evaluation/meantime.py`` does (one
line per sentence), dated by its creation time; the folder is ``$COMMUNIQUE_MEANTIME`` or
``shared/corpus/meantime/intra-doc_annotation`` found the same way.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import InputError

if TYPE_CHECKING:
    from communique.pipeline import RawArticle

PREFIX = "naeb:"
MEANTIME = "meantime:"
RELATIVE = Path("shared") / "corpus" / "naeb" / "articles.jsonl"
MEANTIME_RELATIVE = Path("shared") / "corpus" / "meantime" / "intra-doc_annotation"


def is_corpus_ref(article: str | None) -> bool:
    return bool(article) and str(article).startswith(PREFIX)


def _find(variable: str, relative: Path, near: Path | None, is_dir: bool) -> Path | None:
    """``$variable``, else ``relative`` beside any folder above ``near`` (or the checkout)."""
    exists = Path.is_dir if is_dir else Path.is_file
    env = os.environ.get(variable)
    if env:
        return Path(env) if exists(Path(env)) else None
    here = (near or Path.cwd()).resolve()
    for base in [here, *here.parents, Path(__file__).resolve().parents[3]]:
        for cand in (base / relative, base.parent / relative):
            if exists(cand):
                return cand
    return None


def find_corpus(near: Path | None = None) -> Path | None:
    """The NAEB JSON Lines file, or None when it is nowhere to be found."""
    return _find("COMMUNIQUE_NAEB", RELATIVE, near, is_dir=False)


@lru_cache(maxsize=4)
def _index(path: Path) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                out[str(json.loads(line).get("id"))] = line
    return out


def corpus_line(ref: str, near: Path) -> bytes:
    """The corpus row of ``naeb:<id>`` as bytes; E122 when the corpus or the id is missing."""
    path = find_corpus(near)
    art_id = ref.removeprefix(PREFIX)
    line = _index(path).get(art_id) if path else None
    if line is None:
        raise InputError("E122", input=str(near), article=ref, where=str(path or RELATIVE))
    return line


def find_meantime(near: Path | None = None) -> Path | None:
    """The MEANTIME folder of CAT XML files, or None when it is nowhere to be found."""
    return _find("COMMUNIQUE_MEANTIME", MEANTIME_RELATIVE, near, is_dir=True)


def meantime_article(ref: str, near: Path) -> RawArticle:
    """The MEANTIME document ``meantime:<stem>`` as an article dated by its creation time."""
    from communique.evaluation.meantime import read_case
    from communique.pipeline import RawArticle

    folder = find_meantime(near)
    path = folder / f"{ref.removeprefix(MEANTIME)}.xml" if folder else None  # topic/stem
    if path is None or not path.is_file():
        where = str(folder or MEANTIME_RELATIVE)
        raise InputError("E123", input=str(near), article=ref, where=where)
    case = read_case(path)
    published = case.dct.isoformat() if case.dct else None
    return RawArticle(text=case.text, input=ref, published=published, published_from="cli")


def corpus_article(ref: str, near: Path, published: str | None = None) -> RawArticle:
    """The article ``ref`` names, read as the JSON Lines reader reads it (or, for a MEANTIME
    document, rebuilt from its tokens)."""
    from communique.readers.jsonl import parse_line

    if ref.startswith(MEANTIME):
        return meantime_article(ref, near)
    raw = parse_line(corpus_line(ref, near), ref)
    if published:
        raw.published, raw.published_from = published, "cli"
    return raw
