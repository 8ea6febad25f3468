"""The trained event classifier: for each sentence, the PLOVER type(s) or none, the CAMEO root
and the mode, learned from data (training/events, its datasheet and config).

One spaCy ``textcat_multilabel`` component with three label groups: ``P_<TYPE>`` (the 16
PLOVER types, several may hold), ``R_<NN>`` (CAMEO root 01-20) and ``M_<mode>``. Its input is
the sentence as :func:`features` writes it: lower-case words, with every named entity the
parser found replaced by its label (``_gpe_``, ``_person_``...) and numbers by ``_num_``, so the
model learns what is done, not who does it. Training and the pipeline build the input with
the same function. The weights ship in ``data/models/events`` and load once per process,
offline; prediction is apart from writing (events/learned.py turns predictions into events).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

MASKED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW"})
MIN_WORDS = 3  # shorter sentences ("Gaza.", a byline) get no prediction
NUMERIC = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def features(span: Span, lemmas: bool = True) -> str:
    """The classifier's view of a sentence (see the module docstring); ``lemmas`` writes each
    word's lemma ("accused" -> "accuse"), the shipped model's choice (DATASHEET.md)."""
    out: list[str] = []
    for tok in span:
        if tok.is_space:
            continue
        if tok.ent_type_ in MASKED:
            if tok.ent_iob_ == "B" or tok.i == span.start:
                out.append(f"_{tok.ent_type_.lower()}_")
        elif tok.ent_type_ in NUMERIC and tok.like_num:
            out.append("_num_")
        else:
            out.append(tok.lemma_.lower() if lemmas and tok.lemma_ else tok.lower_)
    return " ".join(out)


@dataclass(frozen=True)
class SentencePrediction:
    """What the classifier says of one sentence: probabilities per PLOVER type, and the most
    likely CAMEO root and mode with theirs."""

    types: dict[str, float] = field(default_factory=dict)
    root: tuple[str, float] = ("", 0.0)
    mode: tuple[str, float] = ("asserted", 0.0)

    def above(self, threshold: float) -> list[str]:
        """The PLOVER types at or above ``threshold``, most likely first."""
        ranked = sorted(self.types.items(), key=lambda kv: -kv[1])
        return [t for t, p in ranked if p >= threshold]


def model_path() -> Path:
    return Path(str(resources.files("communique").joinpath("data/models/events")))


@lru_cache(maxsize=1)
def load_classifier() -> Language | None:
    """The trained pipeline, or None where the package ships no model (a stripped build)."""
    import spacy

    path = model_path()
    if not (path / "config.cfg").is_file():
        return None
    return spacy.load(path)


def _best(cats: dict[str, float], prefix: str) -> tuple[str, float]:
    group = [(k.removeprefix(prefix), v) for k, v in cats.items() if k.startswith(prefix)]
    return max(group, key=lambda kv: kv[1]) if group else ("", 0.0)


def from_cats(cats: dict[str, float]) -> SentencePrediction:
    types = {k[2:]: float(v) for k, v in cats.items() if k.startswith("P_")}
    return SentencePrediction(types, _best(cats, "R_"), _best(cats, "M_"))


def predict(sentences: Sequence[Span]) -> list[SentencePrediction]:
    """One prediction per sentence (empty predictions where no model ships)."""
    nlp = load_classifier()
    out = [SentencePrediction() for _ in sentences]
    if nlp is None:
        return out
    lemmas = nlp.meta.get("communique", {}).get("features", "lemma") == "lemma"
    feats = [features(s, lemmas) for s in sentences]
    # thinc's n-gram extraction fails on texts shorter than its n-gram size: too short to code
    todo = [i for i, f in enumerate(feats) if len(f.split()) >= MIN_WORDS]
    for i, doc in zip(todo, nlp.pipe([feats[i] for i in todo], batch_size=64), strict=True):
        out[i] = from_cats(dict(doc.cats))
    return out
