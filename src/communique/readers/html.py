"""HTML pages through trafilatura: title, date, author, site name and the main text, without
navigation, comment sections (``include_comments=False``) or other page furniture.

The record's text is the title, a blank line, then the body's paragraphs separated by blank
lines; when trafilatura's body already begins with the title it is not repeated. Blank lines
between paragraphs keep the text readable and give the boilerplate stage and the sentence
splitter clean paragraph bounds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from communique.errors import CommuniqueError, ConfigError, InputError
from communique.readers.common import (
    SNIFF,
    check_english,
    looks_binary,
    read_bounded,
)
from communique.readers.furniture import furniture, link_texts
from communique.readers.text import DEFAULT_MAX_BYTES
from communique.types import RawArticle

_SPACE = re.compile(r"\s+")
# Fewer words than this is a menu or a stub, not an article ("Home" from a navigation bar).
MIN_BODY_WORDS = 8


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


def compose(title: str | None, body: str) -> str:
    """Title + blank line + paragraphs (one per non-empty line of trafilatura's output)."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and title.strip() and not (paragraphs and _norm(paragraphs[0]) == _norm(title)):
        paragraphs.insert(0, title.strip())
    return "\n\n".join(paragraphs) + "\n"


def _trafilatura() -> Any:
    """trafilatura, or ConfigError E021 naming what to install (it needs lxml's HTML cleaner,
    a separate package since lxml 5.2, which an old pip does not install for it)."""
    try:
        import trafilatura
    except ImportError as exc:
        module = exc.name or "trafilatura"
        package = "lxml_html_clean" if "clean" in str(exc) or "clean" in module else module
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(
            "E021", input=None, module=module, reason=reason, what="HTML", package=package
        ) from exc
    return trafilatura


def extract_page(page: bytes | str, name: str) -> Any:
    """trafilatura's document (metadata and text) for a page; InputError when it has none or
    when its main text is page furniture (E112)."""
    trafilatura = _trafilatura()
    if isinstance(page, bytes):
        if not page.strip():
            raise InputError("E101", input=name)
        if looks_binary(page[:SNIFF]):
            raise InputError("E102", input=name)
    elif not page.strip():
        raise InputError("E101", input=name)
    tree = trafilatura.load_html(page)
    if tree is None:
        raise InputError("E106", input=name, reason="no HTML document could be parsed")
    try:
        doc = trafilatura.bare_extraction(page, include_comments=False, with_metadata=True)
    except Exception as exc:  # lxml raises assorted errors on broken markup; name the input
        raise InputError("E106", input=name, reason=f"{type(exc).__name__}: {exc}") from exc
    if doc is None or len((getattr(doc, "text", None) or "").split()) < MIN_BODY_WORDS:
        raise InputError("E108", input=name)
    found = furniture(doc.text, link_texts(tree))
    if found:
        raise InputError("E112", input=name, kind=found[0], why=found[1])
    return doc


def html_article(page: bytes | str, name: str, *, min_english: float = 0.0) -> RawArticle:
    """One article from an HTML page (raises InputError)."""
    doc = extract_page(page, name)
    text = compose(doc.title, doc.text)
    check_english(text, name, min_english)
    title = (doc.title or "").strip() or None
    raw = RawArticle(text=text, input=name, title=title or text.split("\n", 1)[0].strip())
    raw.author = doc.author or None
    raw.source = doc.sitename or doc.hostname or None
    raw.url = doc.url or None
    if doc.date:
        raw.published, raw.published_from = str(doc.date)[:10], "metadata"
    return raw


def read_html_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, min_english: float = 0.0
) -> RawArticle | CommuniqueError:
    """The article in an HTML file, or the InputError that stopped it."""
    name = str(path)
    try:
        return html_article(read_bounded(path, max_bytes), name, min_english=min_english)
    except ConfigError:
        raise  # a missing dependency stops the run (exit 2), not one input
    except CommuniqueError as exc:
        return exc
