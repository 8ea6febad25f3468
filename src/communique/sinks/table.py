"""A readable terminal summary of a record (rich): the article, then one table per component.

Meant for a person reading one article at a time; scripts should use ``json``/``jsonl``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from communique.record import ArticleRecord
    from communique.store.actors import ActorSeen, RoleSeen

WIDTH = 70


def _short(text: str | None, width: int = WIDTH) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _number(value: float | None) -> str | None:
    """2500000000 -> 2,500,000,000 (whole numbers without a trailing .0)."""
    if value is None:
        return None
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


#: Columns of short codes and dates: never wrapped (a wrapped "2024-03-05" is unreadable); the
#: other columns share what is left of the width and wrap at word boundaries.
_NO_WRAP = {"id", "kind", "code", "country", "PLOVER", "CAMEO", "date", "modality", "mentions"}


def _table(title: str, *headers: str) -> Table:
    from rich import box
    from rich.table import Table

    # A light frame (a rule under the header, no side borders) leaves the width to the text.
    table = Table(
        title=title,
        title_justify="left",
        title_style="bold",
        expand=False,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    for h in headers:
        table.add_column(h, overflow="fold", no_wrap=h in _NO_WRAP)
    return table


def _name(record: ArticleRecord, actor_id: str | None) -> str:
    actor = record.actor(actor_id)
    return actor.name if actor else (actor_id or "")


def _names(record: ArticleRecord, ids: list[str]) -> str:
    return ", ".join(_name(record, i) for i in ids)


def _header(record: ArticleRecord) -> tuple[str, str]:
    """The title, and the lines about the article under it."""
    a = record.article
    words = len(record.text.split())
    lines = [
        f"id {a.id[:16]}…  published {a.published or 'unknown'} (from {a.published_from})",
        f"source {a.source or '-'}  url {a.url or '-'}  input {a.input or '-'}  {words} words",
        f"boilerplate: {len(record.boilerplate)} span(s) kept out of the analysis",
    ]
    return a.title or "(untitled)", "\n".join(lines)


def _sections(record: ArticleRecord) -> list[tuple[Table, list[list[Any]]]]:
    r = record
    actors = _table("Actors", "id", "name", "kind", "country", "code", "role", "mentions")
    quotes = _table("Quotes", "id", "kind", "speaker", "cue", "text")
    events = _table("Events", "id", "PLOVER", "CAMEO", "source", "target", "date", "place")
    evidence = _table("Evidence of the events", "id", "modality", "evidence")
    times = _table("Times", "text", "value", "type")
    amounts = _table("Amounts", "text", "value", "unit")
    voice = _table("Voice", "kind", "voice", "text", "note")
    checks = _table("Checks", "kind", "message", "text")
    return [
        (
            actors,
            [[a.id, a.name, a.kind, a.country, a.code, a.role, len(a.mentions)] for a in r.actors],
        ),
        (quotes, [[q.id, q.kind, _name(r, q.speaker), q.cue, _short(q.text)] for q in r.quotes]),
        (
            events,
            [
                [
                    e.id,
                    e.plover,
                    e.cameo,
                    _names(r, e.source),
                    _names(r, e.target),
                    e.date,
                    e.location.name if e.location else None,
                ]
                for e in r.events
            ],
        ),
        (evidence, [[e.id, e.modality, _short(e.evidence.text, 120)] for e in r.events]),
        (times, [[t.text, t.value, t.type] for t in r.times]),
        (amounts, [[m.text, _number(m.value), m.unit] for m in r.amounts]),
        (voice, [[v.kind, v.voice, _short(v.text, 40), _short(v.note, 40)] for v in r.voice]),
        (checks, [[c.kind, _short(c.message, 60), _short(c.text, 30)] for c in r.checks]),
    ]


def _voice_summary(record: ArticleRecord) -> str:
    vs = record.voice_summary
    kinds = Counter(v.kind for v in record.voice)
    parts = [f"{k} {n}" for k, n in kinds.most_common()]
    if vs is None:
        return "Voice summary: none computed" + (f" ({', '.join(parts)})" if parts else "")
    return (
        f"Voice summary: {vs.words} words, loaded words by the author "
        f"{vs.loaded_author_per_1000:.1f}/1000, hedges {vs.hedges}, "
        f"quoted {vs.quoted_share:.0%}, attributed "
        f"{vs.attributed_share:.0%}" + (f"; {', '.join(parts)}" if parts else "")
    )


def render(record: ArticleRecord, console: Console) -> None:
    """Print the summary of one record on ``console``."""
    from rich.rule import Rule
    from rich.text import Text

    console.print(Rule())
    title, rest = _header(record)
    console.print(Text(title, style="bold"))
    console.print(rest)
    for table, rows in _sections(record):
        if not rows:
            console.print(Text(f"{table.title}: none", style="bold"))
            continue
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        console.print(table)
    console.print(_voice_summary(record))


class TableSink:
    """Renders each record as it arrives."""

    def __init__(self, out: TextIO) -> None:
        from rich.console import Console

        # markup off: article text such as "[sic]" or "[Q42]" must print as written
        self.console = Console(file=out, highlight=False, soft_wrap=False, markup=False)

    def write(self, record: ArticleRecord) -> None:
        render(record, self.console)

    def close(self) -> None:
        self.console.file.flush()


def _role_line(r: RoleSeen) -> str:
    """One role: its tenure (knowledge base) and the stored articles that support it."""
    tenure = (
        f"{r.valid_from or '?'} to {r.valid_to or 'now'}" if (r.valid_from or r.valid_to) else ""
    )
    head = f"  - {r.title} ({'; '.join(x for x in (tenure, 'from ' + r.source) if x)})"
    if not r.article_ids:
        return f"{head}: no stored article dated within it"
    when = r.first_seen if r.first_seen == r.last_seen else f"{r.first_seen}..{r.last_seen}"
    titles = _short("; ".join(r.article_titles))
    return f"{head}: {len(r.article_ids)} article(s), {when or 'undated'}: {titles}"


def render_actors(actors: list[ActorSeen], out: TextIO) -> None:
    """Each actor, then its roles in time order with the articles that support each."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, markup=False)
    if not actors:
        console.print("no actors stored")
    for a in actors:
        where = ", ".join(x for x in (a.kind, a.country) if x)
        console.print(Text(a.name, style="bold"), f"({where}) - {a.articles} article(s)  [{a.key}]")
        if not a.roles:
            console.print("    no roles recorded")
        for r in a.roles:
            console.print(_role_line(r))
