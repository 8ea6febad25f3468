"""The gold sets the gate watches, where they live, their fingerprints, and how each is scored.

Dev sets (tuned on; docs/accuracy.md says so of each):
- ``articles``: devsets/articles (full article gold, every component);
- ``articles2``: devsets/articles2 (the former "holdout": scored once unseen, then tuned on);
- ``quotes``: devsets/quotes (passages; actors and quotes);
- ``time``: devsets/time (times and amounts), when present;
- ``reference``: ../shared/gold (the reference article), when ../shared is present;
- ``events``: devsets/events/plover_dev.jsonl (sentence-level PLOVER);
- ``meantime``: ../shared/corpus/meantime, scored by communique.evaluation.meantime.
Fresh held-out sets (devsets/fresh, real NAEB articles, annotated before the pipeline ran on
them; devsets/README.md): ``fresh-articles``, ``fresh-quotes`` and ``fresh-events`` (and the later
draws: ``fresh6-quotes``, ``fresh2-events`` ...), each split
into a ``-dev`` half (gated, may be looked at) and a ``-test`` half (scored, never looked at;
left out of the gate so that no floor invites tuning on it). They need ../shared (the texts).
A set's fingerprint is the sha256 of its gold files, the texts they describe and, for
MEANTIME, the scorer's own source, so editing either asks for a new baseline.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from communique.evaluation.runner import expand, load_gold, means
from communique.evaluation.scorer import FileScore, score_record

if TYPE_CHECKING:
    from communique.pipeline import Pipeline

Kind = Literal["articles", "sentences", "meantime"]
HALVES = ("dev", "test")


@dataclass(frozen=True)
class GoldSet:
    name: str
    kind: Kind
    files: tuple[Path, ...]  # gold files, the jsonl, or the corpus XML files
    half: str | None = None  # fresh sets: "dev" or "test" (sentence sets filter rows by it)

    @property
    def gated(self) -> bool:
        return self.half != "test"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def shared_root() -> Path:
    return repo_root().parent / "shared"


def _article_set(name: str, folder: Path) -> GoldSet | None:
    files = tuple(expand([folder])) if folder.is_dir() else ()
    return GoldSet(name, "articles", files) if files else None


def _half_of(path: Path) -> str | None:
    return json.loads(path.read_text("utf-8")).get("half")


LATER_SETS = ("fresh2", "fresh3")  # event-sentence sets drawn after the first fresh sets
# quote sets drawn after the first (NAEB articles never drawn)
LATER_QUOTE_SETS = ("fresh6", "fresh7")
# event-sentence sets written by helper sessions in news style and annotated blind by others
WRITTEN_SETS = ("fresh4", "fresh5", "fresh8")


def _fresh_sets(fresh: Path) -> list[GoldSet]:
    """The fresh sets' halves, when the corpus their texts live in is present."""
    from communique.evaluation.corpus import find_corpus, find_meantime

    if not fresh.is_dir() or find_corpus(fresh) is None:
        return []
    out = []
    for sub in ("articles", "quotes"):
        files = expand([fresh / sub]) if (fresh / sub).is_dir() else []
        for half in HALVES:
            mine = tuple(f for f in files if _half_of(f) == half)
            if mine:
                out.append(GoldSet(f"fresh-{sub}-{half}", "articles", mine, half))
    sentences = fresh / "events" / "sentences.jsonl"
    if sentences.is_file():
        out += [GoldSet(f"fresh-events-{h}", "sentences", (sentences,), h) for h in HALVES]
    for later in LATER_QUOTE_SETS:
        files = expand([fresh.parent / later / "quotes"])
        for half in HALVES:
            mine = tuple(f for f in files if _half_of(f) == half)
            if mine:
                out.append(GoldSet(f"{later}-quotes-{half}", "articles", mine, half))
    for later in LATER_SETS:  # MEANTIME and NAEB sentences
        path = fresh.parent / later / "events" / "sentences.jsonl"
        if path.is_file() and find_meantime(path.parent) is not None:
            out += [GoldSet(f"{later}-events-{h}", "sentences", (path,), h) for h in HALVES]
    return out


def gold_sets(include_test: bool = False) -> list[GoldSet]:
    """Every set present in this checkout, in a fixed order; test halves only on request."""
    dev, shared = repo_root() / "devsets", shared_root()
    found: list[GoldSet | None] = [
        _article_set("articles", dev / "articles"),
        _article_set("quotes", dev / "quotes"),
        _article_set("time", dev / "time"),
        _article_set("articles2", dev / "articles2"),
        _article_set("reference", shared / "gold"),
    ]
    plover = dev / "events" / "plover_dev.jsonl"
    if plover.is_file():
        found.append(GoldSet("events", "sentences", (plover,)))
    corpus = sorted((shared / "corpus" / "meantime" / "intra-doc_annotation").glob("**/*.xml"))
    if corpus:
        found.append(GoldSet("meantime", "meantime", tuple(corpus)))
    found += _fresh_sets(dev / "fresh")
    for written in WRITTEN_SETS:  # sentences stored with their text: no corpus needed
        path = dev / written / "events" / "sentences.jsonl"
        if path.is_file():
            found += [GoldSet(f"{written}-events-{h}", "sentences", (path,), h) for h in HALVES]
    return [s for s in found if s is not None and (include_test or s.gated)]


def _pieces(gs: GoldSet) -> list[tuple[str, str, bytes]]:
    """(name, where, bytes) of the set's files and of what they depend on: the article texts
    (files, or corpus rows for corpus references) and, for MEANTIME, the scorer's source."""
    from communique.evaluation.corpus import MEANTIME, corpus_article, corpus_line, is_corpus_ref

    out = [(p.name, str(p), p.read_bytes()) for p in gs.files]
    if gs.kind == "articles":
        for p in gs.files:
            art = load_gold(p).article
            if isinstance(art, str):
                out.append((art, art, corpus_line(art, p.parent)))
            else:
                out.append((art.name, str(art), art.read_bytes()))
    elif gs.kind == "sentences":
        for p in gs.files:
            for line in p.read_text("utf-8").splitlines():
                ref = json.loads(line).get("article") if line.strip() else None
                if ref and is_corpus_ref(ref):
                    out.append((ref, ref, corpus_line(ref, p.parent)))
                elif ref and ref.startswith(MEANTIME):
                    text = corpus_article(ref, p.parent).text.encode()
                    out.append((ref, ref, text))
    elif gs.kind == "meantime":
        from communique.evaluation import meantime

        out.append(("meantime.py", "scorer", Path(meantime.__file__).read_bytes()))
    return sorted(set(out))


def fingerprint(gs: GoldSet) -> str:
    """sha256 over the set's pieces, ordered by name (see _pieces)."""
    h = hashlib.sha256()
    for name, _where, data in _pieces(gs):
        h.update(name.encode() + b"\0" + data + b"\0")
    return "sha256:" + h.hexdigest()


SENTENCE_KEYS = ("type_accuracy", "full_match", "no_event_precision", "accuracy")
FRESH_SENTENCE_KEYS = (
    "type_precision",
    "type_recall",
    "type_f1",
    "event_sentence_recall",
    "event_sentence_precision",
    "dyad_of_found",
    "dyad_recall",
)
MEANTIME_KEYS = ("span_f1", "value_f1", "type_accuracy")


def expected_components(gs: GoldSet) -> set[str]:
    """What measuring the set yields, known from its files alone (no pipeline run): the
    components its gold annotates, or the sentence/MEANTIME figures."""
    from communique.evaluation.event_sentences import is_fresh_format
    from communique.evaluation.events_set import read_sentences
    from communique.evaluation.scorer import COMPONENT_NAMES

    if gs.kind == "articles":
        keys = set().union(*(load_gold(p).data.keys() for p in gs.files))
        return keys & set(COMPONENT_NAMES)
    if gs.kind == "sentences":
        fresh = is_fresh_format(read_sentences(gs.files[0]))
        return set(FRESH_SENTENCE_KEYS if fresh else SENTENCE_KEYS)
    return set(MEANTIME_KEYS)


def score_articles(
    gs: GoldSet, pipeline: Pipeline, records: Mapping[str, Mapping[str, Any]] | None = None
) -> list[FileScore]:
    """Each gold file's scores; ``records`` (gold path -> record dict) skips re-extraction."""
    from communique.evaluation.runner import extract_record

    out = []
    for p in gs.files:
        gold = load_gold(p)
        rec = (records or {}).get(str(p)) or extract_record(pipeline, gold)
        out.append(score_record(gold.data, rec, name=str(p)))
    return out


def measure(
    gs: GoldSet, pipeline: Pipeline, records: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, float]:
    """The set's per-component scores (higher is better, 0..1)."""
    if gs.kind == "articles":
        return means(score_articles(gs, pipeline, records))
    if gs.kind == "sentences":
        from communique.evaluation.events_set import evaluate_sentences

        return evaluate_sentences(gs.files[0], pipeline, gs.half)
    from communique.evaluation import meantime as mod

    res = mod.evaluate([mod.read_case(f) for f in gs.files], False)
    return {k: float(res[k]) for k in MEANTIME_KEYS}
