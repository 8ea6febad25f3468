"""The consistency checks: where the article contradicts itself or the knowledge base.

Each check predicts in its own module (names, roles, dates, numbers); this module only turns the
predictions into ``Check`` records, each pointing at the characters it is about.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.record import Check
from communique.voice.dates import predict_date_conflicts
from communique.voice.names import predict_unintroduced
from communique.voice.numbers import predict_number_conflicts
from communique.voice.offices import predict_shared_offices
from communique.voice.order import predict_order_conflicts
from communique.voice.roles import predict_role_conflicts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord


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
