"""The events stage's data tables, read once per process from ``communique/data/events``.

Everything that names a word or a code lives in those files (see their SOURCES.md); this module
only parses them into small frozen structures the matcher can look up in constant time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "events"
TRIGGERS = DATA / "triggers"  # one file per CAMEO root (NN.tsv), 00.tsv: senses that are no event
NO_EVENT = "-"  # the code of a row for a word's neutral sense ("shoot a film")


def _lines(name: str | Path) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def trigger_files() -> list[Path]:
    """The trigger table's files, in the order their rows are tried (00, 01, ... 20)."""
    return sorted(TRIGGERS.glob("*.tsv"))


@dataclass(frozen=True)
class Cue:
    """One condition a trigger row needs: ``kind`` is prep, prt, obj, subj, pobj, pred, clause,
    inprep or nomod (the cue language: data/events/triggers/README.md)."""

    kind: str
    words: frozenset[str]


@dataclass(frozen=True)
class TriggerRow:
    lemma: str
    pos: str
    cues: tuple[Cue, ...]
    cameo: str
    flags: frozenset[str]
    target_preps: frozenset[str]
    negflip: str | None = None
    bare: str | None = None  # code when no target is found ("fired missiles" -> 150)

    @property
    def needs_target(self) -> bool:
        return "mono" not in self.flags

    @property
    def no_event(self) -> bool:
        """A row for a sense that reports no event: it stops the word's other rows."""
        return self.cameo == NO_EVENT


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[TriggerRow, ...]]
    classes: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    heads: dict[str, str]
    not_owner: frozenset[str] = frozenset()
    event_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    goldstein: dict[str, float] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    crosswalk: dict[str, str] = field(default_factory=dict)
    quad: dict[str, int] = field(default_factory=dict)


def _cues(spec: str) -> tuple[Cue, ...]:
    if spec == "-":
        return ()
    out = []
    for part in spec.split("+"):
        kind, _, words = part.partition(":")
        out.append(Cue(kind, frozenset(words.split("|"))))
    return tuple(out)


def _row(cols: list[str]) -> TriggerRow:
    lemma, pos, cue, cameo, flags, preps = (cols + ["-"] * 6)[:6]
    flagset = frozenset() if flags == "-" else frozenset(flags.split(","))
    negflip = next((f.split("=", 1)[1] for f in flagset if f.startswith("negflip=")), None)
    bare = next((f.split("=", 1)[1] for f in flagset if f.startswith("bare=")), None)
    return TriggerRow(
        lemma=lemma,
        pos=pos,
        cues=_cues(cue),
        cameo=cameo,
        flags=flagset,
        target_preps=frozenset() if preps == "-" else frozenset(preps.split("|")),
        negflip=negflip,
        bare=bare,
    )


def _specificity(r: TriggerRow) -> tuple[bool, int]:
    return not r.cues, -len(r.cues)


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every lemma a trigger row names, and the light verbs that carry an event noun ("Beijing
    Slaps Sanctions on ...", "Court Orders Arrest"): the pipeline sentence-cases headlines by
    them."""
    lex = lexicon()
    return frozenset(k[0] for k in lex.triggers) | lex.light_verbs


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All tables, parsed once. A word's rows are tried most specific first: rows with more
    cues before rows with fewer, plain rows last; ties in file order (00.tsv, 01.tsv, ...)."""
    rows: dict[tuple[str, str], list[TriggerRow]] = {}
    for path in trigger_files():
        for cols in _lines(path):
            r = _row(cols)
            rows.setdefault((r.lemma, r.pos), []).append(r)
    triggers = {k: tuple(sorted(v, key=_specificity)) for k, v in rows.items()}
    classes = {c[0]: frozenset(c[1].split()) for c in _lines("object_classes.tsv")}
    light = frozenset(w for ln in _lines("light_verbs.txt") for part in ln for w in part.split())
    heads = {c[0]: c[1] for c in _lines("heads.tsv")}
    cameo = _lines("cameo.tsv")
    return Lexicon(
        triggers=triggers,
        classes=classes,
        light_verbs=light,
        heads=heads,
        not_owner=frozenset(w for ln in _lines("not_owner.txt") for p in ln for w in p.split()),
        event_nouns={c[0]: frozenset(c[1].split()) for c in _lines("event_nouns.tsv")},
        goldstein={c[0]: float(c[1]) for c in cameo},
        labels={c[0]: c[2] for c in cameo},
        crosswalk={c[0]: c[1] for c in _lines("plover_crosswalk.tsv")},
        quad={c[0]: int(c[1]) for c in _lines("quadclass.tsv")},
    )
