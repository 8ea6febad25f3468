"""The example article shipped with the package (written for Communiqué; MIT).

``summit.txt`` is a wire-style story: headline, caption and credit, byline, a dated dateline,
direct, split and indirect quotes, relative dates, money amounts, a percentage, a meeting, a
warning, an agreement and a loaded phrase in the reporter's voice. The README's demo runs on it.
"""

from __future__ import annotations

from importlib import resources

NAMES = ("summit.txt",)


def text(name: str = "summit.txt") -> str:
    """The example's text."""
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def path(name: str = "summit.txt") -> str:
    """A file-system path to the example (for the CLI: ``communique extract PATH``)."""
    return str(resources.files(__name__).joinpath(name))
