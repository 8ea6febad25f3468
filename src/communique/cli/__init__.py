"""The ``communique`` command (typer): ``app`` with its commands, and ``run``, the entry point.

cli/common.py holds the app, the shared options and helpers; cli/articles.py and cli/data.py
the commands (imported here so that they register on the app).
"""

from communique.cli import articles as articles
from communique.cli import data as data
from communique.cli.common import app, run

__all__ = ["app", "run"]
