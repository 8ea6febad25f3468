"""Settings in two layers: shipped defaults (data/defaults.toml), then a checked options object.

Environment variables ``COMMUNIQUE_<NAME>`` override the shipped defaults; explicit keyword
arguments (the CLI's options) override both. Every value is checked here, once.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.errors import ConfigError


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    raw = resources.files("communique.data").joinpath("defaults.toml").read_text("utf-8")
    return tomllib.loads(raw)


@dataclass(frozen=True)
class Settings:
    spacy_model: str
    max_bytes: int
    batch_size: int
    workers: int
    min_english: float
    event_threshold: float
    event_confirm: float

    def with_(self, **changes: Any) -> Settings:
        return check(replace(self, **{k: v for k, v in changes.items() if v is not None}))


def check(s: Settings) -> Settings:
    if not s.spacy_model.strip():
        raise ConfigError("E010", name="spacy_model", value=s.spacy_model)
    for name in ("max_bytes", "batch_size"):
        if getattr(s, name) <= 0:
            raise ConfigError("E011", name=name, value=getattr(s, name))
    if s.workers < 0:
        raise ConfigError("E011", name="workers", value=s.workers)
    for name in ("min_english", "event_threshold", "event_confirm"):
        if not 0.0 <= getattr(s, name) <= 1.0:
            raise ConfigError("E012", name=name, value=getattr(s, name))
    return s


def load_settings(**overrides: Any) -> Settings:
    """Shipped defaults, then ``COMMUNIQUE_*`` environment variables, then ``overrides``."""
    values = dict(_defaults())
    for f in fields(Settings):
        env = os.environ.get(f"COMMUNIQUE_{f.name.upper()}")
        if env is not None:
            try:
                values[f.name] = type(values[f.name])(env)
            except ValueError as exc:
                raise ConfigError("E011", name=f.name, value=env) from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError("E013", name=", ".join(sorted(unknown)), value="")
    return check(Settings(**values))
