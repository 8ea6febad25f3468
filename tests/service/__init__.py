"""Tests of the web service (a package, so its conftest.py stays apart from tests/conftest.py)."""
