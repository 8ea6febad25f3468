"""Plain text: UTF-8 (else a confidently detected encoding), line ends normalised to ``\\n``;
the first non-empty line is the title. The text is kept exactly as decoded: every offset in the
record points into it."""

from __future__ import annotations

from pathlib import Path

from communique.errors import CommuniqueError
from communique.readers.common import check_english, decode, read_bounded
from communique.types import RawArticle

DEFAULT_MAX_BYTES = 5_000_000


def first_line(text: str) -> str | None:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), None)


def text_article(data: bytes, name: str, *, min_english: float = 0.0) -> RawArticle:
    """One article from the bytes of a text input (raises InputError)."""
    text = decode(data, name)
    check_english(text, name, min_english)
    return RawArticle(text=text, input=name, title=first_line(text))


def read_text_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, min_english: float = 0.0
) -> RawArticle | CommuniqueError:
    """The article in a text file, or the InputError that stopped it."""
    name = str(path)
    try:
        return text_article(read_bounded(path, max_bytes), name, min_english=min_english)
    except CommuniqueError as exc:
        return exc
