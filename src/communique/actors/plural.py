"""“Russia and China said they would...”: a plural pronoun after coordinated subjects that are
countries or organisations refers to all of them (each gets the pronoun as a mention, so
``lookup.resolve_span_all`` answers both). People are left to the person rules; a lone
country or organisation is not "they"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors.model import Seen, State


def coordinated(i: int, seen: list[Seen], st: State, sent_of: list[int]) -> list[str]:
    """Keys of the coordinated non-person subjects the plural pronoun at token ``i`` refers to
    (the latest subject clause of this or the previous sentence), else []."""
    sent = sent_of[i]
    subjects = []
    for s in reversed(seen):
        if s.sent < sent - 1:
            break
        if s.subject:
            subjects.append(s)
    if not subjects:
        return []
    last = subjects[0]
    keys = list(
        dict.fromkeys(s.key for s in subjects if s.verb == last.verb and s.sent == last.sent)
    )
    if len(keys) < 2 or any(st.ents[k].kind == "person" for k in keys):
        return []
    return keys
