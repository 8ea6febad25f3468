"""The event candidate: what prediction hands on before the records are written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.dates import When
    from communique.events.lexicon import TriggerRow
    from communique.record import Location


@dataclass
class Candidate:
    trigger: Token
    cameo: str
    plover: str
    source: list[str]
    target: list[str]
    modality: str
    when: When
    sentence: tuple[int, int]
    location: Location | None = None
    quote: str | None = None
    sym: bool = False
    confidence: float = 0.5
    consumed: list[int] = field(default_factory=list)
    answers: bool = False  # a rejection of accusations whose accuser is named earlier
    joint: bool = False  # coordinated subjects ("France and Germany condemned"): one each
    offset: int = 0  # of the trigger's Doc in the article (a re-parsed paragraph)
    # the head of a side told only by description, when no actor holds it (participants.py)
    source_np: Token | None = None
    target_np: Token | None = None
    one_sided: bool = False  # a source, no target: stands only where the classifier confirms

    @property
    def start(self) -> int:
        return self.trigger.idx + self.offset


@dataclass
class Draft:
    """A candidate being built (events/candidate.py): what the steps have settled so far."""

    tok: Token
    row: TriggerRow
    plover: str
    source: list[str]
    src_tok: Token | None
    anaphor: bool  # no source, but a definite meeting ("the talks") an earlier event names
    cameo: str = ""
    modality: str = "asserted"
    consumed: list[int] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    answers: bool = False
    target_np: Token | None = None  # a target told only by description (described.py)
    unattributed: bool = False  # an attack or legal action with no doer named (unattributed.py)
    one_sided: bool = False  # a source and no target: kept only when the classifier confirms
