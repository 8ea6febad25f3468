"""The only place that knows the order of the stages.

An article travels: reader -> RawArticle -> boilerplate (text level) -> spaCy parse of the text
with boilerplate blanked out (offsets unchanged) -> actors -> time -> quotes -> events -> voice
-> checks -> ArticleRecord. Each stage is ``run(doc, record, ctx) -> None`` and writes only its
own part of the record. One failing article never stops a batch: its error is returned in its
place and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from communique.errors import CommuniqueError, StageError
from communique.record import Article, ArticleRecord, article_id
from communique.settings import Settings, load_settings
from communique.types import Context, RawArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


__all__ = ["Context", "Pipeline", "RawArticle", "Stage", "extract", "new_record", "parse_date"]

# Names an actor, a title, a date, an amount, a quotation and an event between two actors, so
# every stage reaches its tables (see Pipeline.warm).
WARM_UP_TEXT = (
    "The Foreign Minister of France said on Monday that police arrested 20 protesters in "
    'Paris and that Germany had sent $5 million in aid to Chad. "We will not give up," he said.'
)

Stage = Callable[["Doc", ArticleRecord, Context], None]


def _stages() -> list[tuple[str, Stage]]:
    from communique import actors, checks, events, quotes, time, voice

    return [
        ("actors", actors.run),
        ("time", time.run),
        ("quotes", quotes.run),
        ("events", events.run),
        ("voice", voice.run),
        ("checks", checks.run),
    ]


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def new_record(raw: RawArticle) -> ArticleRecord:
    title = raw.title
    if title is None:
        title = next((ln.strip() for ln in raw.text.splitlines() if ln.strip()), None)
    art = Article(
        id=article_id(raw.text),
        title=title,
        published=raw.published,
        source=raw.source,
        url=raw.url,
        language=raw.language,
        published_from=raw.published_from,  # type: ignore[arg-type]
        author=raw.author,
        input=raw.input,
    )
    return ArticleRecord(article=art, text=raw.text)


class Pipeline:
    """Loads the spaCy pipeline once and turns RawArticles into ArticleRecords."""

    def __init__(self, settings: Settings | None = None, *, published: str | None = None) -> None:
        self.settings = settings or load_settings()
        self.published_override = published
        self._nlp: Language | None = None
        self.stages = _stages()
        self.timings: dict[str, float] = {}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from communique.nlp import load_nlp

            self._nlp = load_nlp(self.settings.spacy_model)
        return self._nlp

    def warm(self) -> None:
        """Load the parser and every table the stages read on first use (the knowledge base,
        the lexicons, the event classifier) by extracting one short built-in text, so that no
        article pays for loading: the benchmark's timed region, a service's first request and
        an engine's first batch start warm. The timings of the warm-up are not kept."""
        self.extract(RawArticle(text=WARM_UP_TEXT, input="<warm-up>", published="2020-01-01"))
        self.timings.clear()

    def prepare(self, raw: RawArticle) -> tuple[ArticleRecord, Context, str]:
        """Text-level work before the parse: the record, dates, boilerplate; returns the text
        the parser sees (boilerplate blanked with spaces, so every offset is unchanged)."""
        from communique.boilerplate import run as find_boilerplate
        from communique.boilerplate.lookup import blank

        if self.published_override:
            raw.published, raw.published_from = self.published_override, "cli"
        record = new_record(raw)
        ctx = Context(self.settings, parse_date(record.article.published))
        find_boilerplate(record, ctx)
        if record.article.published is None:
            from communique.boilerplate.lookup import dateline_date

            found = dateline_date(record)
            if found:
                record.article.published, record.article.published_from = found, "text"
                ctx.published = parse_date(found)
        from communique.actors.lookup import (
            acronyms,
            headline_modifiers,
            headline_nouns,
            name_text,
        )
        from communique.events.lexicon import trigger_words
        from communique.headlines import sentence_case_headlines

        text = blank(record.text, record.boilerplate)
        ctx.text = sentence_case_headlines(
            text,
            trigger_words(),
            acronyms(),
            name_text(),
            headline_nouns(),
            headline_modifiers(),
        )
        return record, ctx, ctx.text

    def finish(self, doc: Doc, record: ArticleRecord, ctx: Context) -> ArticleRecord:
        import time as _time

        from communique.nlp import TEXT_KEY

        doc.user_data[TEXT_KEY] = ctx.text or record.text  # the text parsed: see nlp.text_of
        if ctx.nlp is None:
            ctx.nlp = self.nlp  # the events stage re-parses run-together lines with it

        for name, stage in self.stages:
            t0 = _time.perf_counter()
            try:
                stage(doc, record, ctx)
            except CommuniqueError:
                raise
            except Exception as exc:  # one bad article never kills the batch: report, go on
                raise StageError(
                    "E200", input=record.article.input, stage=name, reason=repr(exc)
                ) from exc
            self.timings[name] = self.timings.get(name, 0.0) + _time.perf_counter() - t0
        return record

    def extract(self, raw: RawArticle) -> ArticleRecord:
        record, ctx, text = self.prepare(raw)
        return self.finish(self.nlp(text), record, ctx)

    def extract_many(
        self, items: Iterable[RawArticle | CommuniqueError], workers: int | None = None
    ) -> Iterator[ArticleRecord | CommuniqueError]:
        """Records (or the error that stopped one article) in input order, parsed in batches.

        ``workers`` (default: the setting; 0 means one per core) > 1 runs the batches in worker
        processes, but only once the input proves longer than one batch: a single article is
        never worth starting processes for. Input is consumed lazily either way.
        """
        from communique.parallel import batched, run_parallel

        n = self.settings.workers if workers is None else workers
        n = n or os.cpu_count() or 1
        batches = batched(items, self.settings.batch_size)
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None) if n > 1 else None
        if second is None:
            yield from self.run_batch(first)
            for batch in batches:
                yield from self.run_batch(batch)
            return
        make = functools.partial(worker_pipeline, self.settings, self.published_override)
        yield from run_parallel(make, self.timings, itertools.chain([first, second], batches), n)

    def run_batch(
        self, batch: list[RawArticle | CommuniqueError]
    ) -> list[ArticleRecord | CommuniqueError]:
        """The batch function: each item's record (or its error), in order. The one code path
        from articles to records: run here, by the local pool and by the Ray engine."""
        return list(self._records(batch))

    def _records(
        self, batch: list[RawArticle | CommuniqueError]
    ) -> Iterator[ArticleRecord | CommuniqueError]:
        prepared: list[tuple[ArticleRecord, Context, str] | CommuniqueError] = []
        for item in batch:
            if isinstance(item, CommuniqueError):
                prepared.append(item)
                continue
            try:
                prepared.append(self.prepare(item))
            except CommuniqueError as exc:
                prepared.append(exc)
        texts = [p[2] for p in prepared if not isinstance(p, CommuniqueError)]
        docs = iter(self.nlp.pipe(texts, batch_size=self.settings.batch_size))
        for p in prepared:
            if isinstance(p, CommuniqueError):
                yield p
                continue
            record, ctx, _ = p
            doc = next(docs)
            try:
                yield self.finish(doc, record, ctx)
            except CommuniqueError as exc:
                yield exc


def worker_pipeline(settings: Settings, published: str | None) -> Pipeline:
    """The pipeline of a worker process (``communique.parallel``), loaded and warm at start."""
    pipeline = Pipeline(settings, published=published)
    pipeline.warm()
    return pipeline


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> ArticleRecord:
    """Extract the record of one article given as a string."""
    raw = RawArticle(text=text, input="<string>", title=title)
    if published:
        raw.published, raw.published_from = published, "cli"
    return Pipeline(settings).extract(raw)
