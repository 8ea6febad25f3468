"""Gold that points into a corpus instead of carrying its text: ``"article": "naeb:<id>"``.

The fresh held-out sets (devsets/fresh) annotate real articles of the NAEB corpus, which the
repository must not copy. A gold file or sentence names the article by id; the text is read
at run time from the corpus JSON Lines file, found (first hit wins) at ``$COMMUNIQUE_NAEB``,
then as ``shared/corpus/naeb/articles.jsonl`` beside any folder above the gold file, then
beside the checkout. The row is read by the JSON Lines reader, so the record is the one
``communique extract articles.jsonl`` prints for that article.
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
RELATIVE = Path("shared") / "corpus" / "naeb" / "articles.jsonl"


def is_corpus_ref(article: str | None) -> bool:
    return bool(article) and str(article).startswith(PREFIX)


def find_corpus(near: Path | None = None) -> Path | None:
    """The NAEB JSON Lines file, or None when it is nowhere to be found."""
    env = os.environ.get("COMMUNIQUE_NAEB")
    if env:
        return Path(env) if Path(env).is_file() else None
    here = (near or Path.cwd()).resolve()
    for base in [here, *here.parents, Path(__file__).resolve().parents[3]]:
        for cand in (base / RELATIVE, base.parent / RELATIVE):
            if cand.is_file():
                return cand
    return None


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


def corpus_article(ref: str, near: Path, published: str | None = None) -> RawArticle:
    """The article ``ref`` names, read as the JSON Lines reader reads it."""
    from communique.readers.jsonl import parse_line

    raw = parse_line(corpus_line(ref, near), ref)
    if published:
        raw.published, raw.published_from = published, "cli"
    return raw
