"""The web service: ``communique serve`` (FastAPI + uvicorn) over a store, API and pages.

``create_app(Service.open(path))`` builds the application; state.py says how reads and writes
share the one DuckDB file. Needs the ``service`` extra (FastAPI, uvicorn, Jinja2).
"""

from __future__ import annotations

from communique.service.app import create_app
from communique.service.state import Service

__all__ = ["Service", "create_app"]
