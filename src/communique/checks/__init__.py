"""The checks stage. Entry point: `run(doc, record, ctx)`, which writes only `record.checks`.

The consistency checks: where the article contradicts itself or the knowledge base
(``unintroduced_name``, ``role_conflict``, ``date_conflict``, ``number_conflict``). Each check
predicts in its own module (names, roles, offices, dates, order, numbers), asking the knowledge
base through kb.py (the actors stage's public face); this module only turns the predictions into
``Check`` records, each pointing at the characters it is about. The stage runs last, after voice.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.checks.dates import predict_date_conflicts
from communique.checks.names import predict_unintroduced
from communique.checks.numbers import predict_number_conflicts
from communique.checks.offices import predict_shared_offices
from communique.checks.order import predict_order_conflicts
from communique.checks.roles import predict_role_conflicts
from communique.record import Check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context

__all__ = ["predict_checks", "run"]


def _check(text: str, kind: str, start: int, end: int, message: str, related: list[str]) -> Check:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Check(
        kind=kind, message=message, text=text[start:end], start=start, end=end, related=related
    )


def predict_checks(doc: Doc, record: ArticleRecord, published: dt.date | None) -> list[Check]:
    """Every check raised on the article, in text order."""
    text = record.text
    blanked = [(b.start, b.end) for b in record.boilerplate]
    out: list[Check] = []
    for n in predict_unintroduced(doc, record, published, blanked):
        said = f"{n.text!r} appears once and is never introduced with a full name or title"
        if n.why == "variant":
            msg = f"{said}; it is another name for {n.actor_name}, introduced under that name"
        else:
            msg = (
                f"{said}, and matches no person known on the date; it resembles "
                f"{n.actor_name}, who is probably meant"
            )
        out.append(
            _check(
                text, "unintroduced_name", n.start, n.end, msg, [n.actor_id] if n.actor_id else []
            )
        )
    roles = predict_role_conflicts(doc, record, published)
    stated = {(st.start, st.end) for st, _, _ in roles}
    roles += [
        r
        for r in predict_shared_offices(doc, record, published)
        if (r[0].start, r[0].end) not in stated
    ]
    for st, why, actor_id in roles:
        out.append(_check(text, "role_conflict", st.start, st.end, why, [actor_id]))
    for d in predict_date_conflicts(doc, text, published, blanked):
        out.append(_check(text, "date_conflict", d.start, d.end, d.message, []))
    for o in predict_order_conflicts(doc, record):
        out.append(_check(text, "date_conflict", o.start, o.end, o.message, []))
    seen: set[tuple[int, int]] = set()
    for first, later in predict_number_conflicts(doc, record, blanked):
        if (later.start, later.end) in seen:
            continue
        seen.add((later.start, later.end))
        msg = (
            f"{text[later.start : later.end]!r} contradicts the earlier "
            f"{text[first.start : first.end]!r} (the same thing, another number)"
        )
        out.append(_check(text, "number_conflict", later.start, later.end, msg, []))
    return sorted(out, key=lambda c: (c.start, c.kind))


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Write ``record.checks``."""
    record.checks = predict_checks(doc, record, ctx.published)
