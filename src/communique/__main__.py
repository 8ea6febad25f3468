"""``python -m communique``: the same as the ``communique`` command."""

from communique.cli import run

run()
