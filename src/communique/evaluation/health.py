"""Corpus health: figures that need no gold (``communique eval --health [INPUT]``).

The pipeline runs over a whole corpus (default: the NAEB JSON Lines beside the checkout) and
the records are counted: events per 1,000 words and the share of sentences holding an event's
evidence; quotes without a speaker; person actors without a country, with a title but no role,
with a title but no country; actors per article; author-voice flags per 1,000 words on wire
copy and on opinion sites (data/evaluation/outlets.csv); checks per article. Articles skipped by
policy (not English, too short) are counted, not failed. Rates resist tuning on any one
article, which is why they are watched (docs/accuracy.md keeps their history).

Voice has no gold on the corpus, so two proxies stand in for precision and recall:
``author_voice_per_1000_wire`` (flags in the reporter's voice on wire copy, nearly all false
alarms: lower is better) and ``opinion_recall_proxy``, the share of opinion articles with at least
one loaded word in the author's voice (every opinion piece of a partisan site has some: higher
is better, 1.0 at most). ``wire_articles_with_author_loaded`` is the same share on wire copy, the
article-level false-alarm rate. Both shares count only ``loaded`` items, not hedges or
speculation, which wire copy uses legitimately.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

SENTENCE_END = re.compile(r"(?<=[.!?\u201d])\s+|\n+")


@lru_cache(maxsize=1)
def outlet_kinds() -> tuple[tuple[str, str], ...]:
    text = resources.files("communique").joinpath("data/evaluation/outlets.csv").read_text("utf-8")
    return tuple((r["pattern"], r["kind"]) for r in csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    path = resources.files("communique").joinpath("data/actors/titles.csv")
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return frozenset(r["phrase"].lower() for r in rows)


def outlet_kind(where: str) -> str | None:
    return next((k for pat, k in outlet_kinds() if pat in where), None)


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def _has_title(actor: Mapping[str, Any]) -> bool:
    words = title_words()
    for m in actor.get("mentions", []):
        low = m.get("text", "").lower()
        if any(low.startswith(w + " ") or f" {w} " in low for w in words):
            return True
    return False


@dataclass
class Tally:
    articles: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    sentences: int = 0
    event_sentences: int = 0
    events: int = 0
    quotes: int = 0
    quotes_no_speaker: int = 0
    persons: int = 0
    persons_no_country: int = 0
    titled: int = 0
    titled_no_role: int = 0
    titled_no_country: int = 0
    actors: int = 0
    checks: int = 0
    voice: dict[str, list[int]] = field(default_factory=lambda: {"wire": [0, 0], "opinion": [0, 0]})
    # per outlet kind: [articles, articles with >= 1 loaded word in the author's voice]
    loaded: dict[str, list[int]] = field(
        default_factory=lambda: {"wire": [0, 0], "opinion": [0, 0]}
    )

    def add(self, rec: Mapping[str, Any]) -> None:
        text = rec.get("text", "")
        words = len(text.split())
        starts = _sentence_starts(text)
        self.articles += 1
        self.words += words
        self.sentences += len(starts)
        self.events += len(rec.get("events", []))
        self.event_sentences += len(
            {_sentence_of(starts, (e.get("evidence") or {}).get("start", 0)) for e in rec["events"]}
        )
        for q in rec.get("quotes", []):
            self.quotes += 1
            self.quotes_no_speaker += not q.get("speaker")
        for a in rec.get("actors", []):
            self.actors += 1
            if a.get("kind") == "person":
                self._person(a)
        self.checks += len(rec.get("checks", []))
        art = rec.get("article", {})
        kind = outlet_kind(f"{art.get('source') or ''} {art.get('url') or ''}")
        if kind:
            self.voice[kind][0] += sum(
                1 for v in rec.get("voice", []) if v.get("voice") == "author"
            )
            self.voice[kind][1] += words
            self.loaded[kind][0] += 1
            self.loaded[kind][1] += any(
                v.get("voice") == "author" and v.get("kind") == "loaded"
                for v in rec.get("voice", [])
            )

    def _person(self, a: Mapping[str, Any]) -> None:
        self.persons += 1
        self.persons_no_country += not a.get("country")
        if _has_title(a):
            self.titled += 1
            self.titled_no_role += not a.get("role")
            self.titled_no_country += not a.get("country")

    def figures(self) -> dict[str, float | int]:
        def rate(n: float, d: float, per: float = 1.0) -> float:
            return round(per * n / d, 3) if d else 0.0

        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "failed": self.failed,
            "events_per_1000_words": rate(self.events, self.words, 1000),
            "sentences_with_event": rate(self.event_sentences, self.sentences),
            "quotes_without_speaker": rate(self.quotes_no_speaker, self.quotes),
            "persons_without_country": rate(self.persons_no_country, self.persons),
            "titled_persons": self.titled,
            "titled_persons_without_role": rate(self.titled_no_role, self.titled),
            "titled_persons_without_country": rate(self.titled_no_country, self.titled),
            "actors_per_article": rate(self.actors, self.articles),
            "author_voice_per_1000_wire": rate(self.voice["wire"][0], self.voice["wire"][1], 1000),
            "author_voice_per_1000_opinion": rate(
                self.voice["opinion"][0], self.voice["opinion"][1], 1000
            ),
            "opinion_recall_proxy": rate(self.loaded["opinion"][1], self.loaded["opinion"][0]),
            "wire_articles_with_author_loaded": rate(
                self.loaded["wire"][1], self.loaded["wire"][0]
            ),
            "checks_per_article": rate(self.checks, self.articles),
        }


def _sentence_of(starts: list[int], offset: int) -> int:
    return sum(1 for s in starts if s <= offset)


def measure_health(records: Iterable[Mapping[str, Any] | Exception]) -> dict[str, float | int]:
    """The health figures of a stream of record dicts (errors counted as skipped or failed)."""
    from communique.errors import CommuniqueError

    tally = Tally()
    for rec in records:
        if isinstance(rec, CommuniqueError) and rec.policy_skip:  # not English, too short
            tally.skipped += 1
        elif isinstance(rec, Exception):
            tally.failed += 1
        else:
            tally.add(rec)
    return tally.figures()


def run_health(
    input_path: str | None, *, limit: int = 0, workers: int | None = None, record: bool = False
) -> dict[str, float | int]:
    """Run the pipeline over ``input_path`` (default: the NAEB corpus), print and return the
    figures; ``record`` appends them, dated, to devsets/health.jsonl."""
    import datetime as dt
    import itertools

    from communique.errors import InputError
    from communique.evaluation.corpus import find_corpus
    from communique.pipeline import Pipeline
    from communique.readers import read

    path = input_path or find_corpus()
    if path is None:
        raise InputError("E122", input="--health", article="(the whole corpus)", where="NAEB")
    items = read([str(path)])
    if limit:
        items = itertools.islice(items, limit)
    records = (
        r if isinstance(r, Exception) else r.to_dict()
        for r in Pipeline().extract_many(items, workers=workers)
    )
    figs = measure_health(records)
    if record:
        from communique.evaluation.history import append_line, head_commit, health_path

        row = {"date": dt.date.today().isoformat(), "commit": head_commit(), "input": str(path)}
        append_line(health_path(), {**row, "figures": figs})
    return figs
