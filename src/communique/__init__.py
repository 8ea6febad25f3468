"""Communiqué: political news turned into verifiable records.

The public API is imported lazily so that ``communique --help`` answers without loading spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "ArticleRecord",
    "Pipeline",
    "RawArticle",
    "Settings",
    "extract",
    "load_settings",
    "read",
]

if TYPE_CHECKING:
    from communique.pipeline import Pipeline, extract
    from communique.readers import read
    from communique.record import ArticleRecord
    from communique.settings import Settings, load_settings
    from communique.types import RawArticle

_WHERE = {
    "ArticleRecord": "communique.record",
    "Pipeline": "communique.pipeline",
    "RawArticle": "communique.types",
    "extract": "communique.pipeline",
    "Settings": "communique.settings",
    "load_settings": "communique.settings",
    "read": "communique.readers",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
