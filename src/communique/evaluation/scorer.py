"""Score one record (a dict, as ``communique extract`` prints it) against one gold file.

``score_record`` returns what ``../shared/tools/score.py GOLD RECORD --json`` prints, plus which
components the gold actually annotates: a component left out of a gold file scores 1.0 in the
shared script (nothing required) but is not counted in the project's means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from communique.evaluation.components import COMPONENTS
from communique.evaluation.matching import Names, RecordView

COMPONENT_NAMES = [name for name, _ in COMPONENTS]


@dataclass
class ComponentScore:
    score: float  # rounded to 3 places, as score.py --json reports it
    detail: str
    annotated: bool = True
    raw: float = 0.0  # unrounded, as score.py's text lines format it


@dataclass
class FileScore:
    """One gold file's scores; ``score`` is the shared script's total (mean of all eight)."""

    gold: str
    components: dict[str, ComponentScore] = field(default_factory=dict)

    @property
    def score(self) -> float:
        vals = [c.score for c in self.components.values()]
        return round(sum(vals) / len(vals), 3) if vals else 0.0

    def as_score_py(self) -> dict[str, Any]:
        """Exactly the shape of ``score.py --json``."""
        return {
            "score": self.score,
            "components": {
                k: {"score": c.score, "detail": c.detail} for k, c in self.components.items()
            },
        }


def score_record(
    gold: Mapping[str, Any], record: Mapping[str, Any] | list[Any], name: str = ""
) -> FileScore:
    """Every component, as the shared scorer computes it (a malformed record scores zero)."""
    rec: Mapping[str, Any] = record[0] if isinstance(record, list) else record
    view = RecordView(rec, Names.of_gold(gold))
    out = FileScore(gold=name)
    for comp, fn in COMPONENTS:
        try:
            s, why = fn(gold, view)
        except Exception as exc:  # noqa: BLE001 - the scorer's own rule: malformed scores zero
            s, why = 0.0, f"could not score: {type(exc).__name__}: {exc}"
        out.components[comp] = ComponentScore(round(s, 3), why, comp in gold, s)
    return out
