"""`role_conflict`: an office the text gives a person that the knowledge base contradicts.

A title before a name ("Foreign Minister X") or in apposition ("X, the foreign minister") says
the person holds the office on the article's date. When the knowledge base knows the person held
that office but not on that date, the article is out of date or wrong. "former foreign minister"
is the opposite claim: it conflicts only when the person still holds the office. Titles with
"then-", "late", "acting", "incoming" or "-elect" make no claim about the date and are skipped,
and an office the knowledge base does not list for the person is never flagged (the knowledge
base is incomplete, the article may be right).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.checks.kb import held_on, parse_day, person_roles
from communique.checks.lexicon import tenure_verbs, title_aliases
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.record import Actor, ArticleRecord, Role

_FORMER = words("checks/roles_former.txt")
_NO_CLAIM = words("checks/roles_no_claim.txt")
_DROP_POS = {"DET", "PUNCT", "PART", "SPACE"}
_DROP_ENTS = {"NORP", "GPE", "LOC"}


@dataclass(frozen=True)
class StatedRole:
    """A title the text attaches to a person's name, with the stretch of text saying it."""

    start: int
    end: int
    title: str  # normalised, without "former" and nationality words
    former: bool
    text: str
    name_i: int  # token index of the name's head, for its sentence and its verb


def canonical(title: str) -> str:
    """Lower case, articles and country words dropped, variant wordings mapped to one."""
    words = [w for w in title.lower().replace("-", " ").split() if w not in ("the", "a", "an")]
    t = " ".join(words)
    aliases = title_aliases()
    if t in aliases or t in aliases.values():
        return aliases.get(t, t)
    # "minister of foreign affairs of china": the longest known wording before an "of" tail
    cuts = [i for i, w in enumerate(words) if w == "of"]
    for i in reversed(cuts):
        head = " ".join(words[:i])
        if head in aliases or head in aliases.values():
            return aliases.get(head, head)
    return t


def _title_words(tokens: list[Token]) -> tuple[str, bool, bool] | None:
    """(normalised title, former?, no claim?) of a run of title tokens, None when empty."""
    words: list[str] = []
    former = no_claim = False
    for t in tokens:
        low = t.lower_.strip("-")
        if low in _FORMER:
            former = True
        elif low in _NO_CLAIM or low.startswith("then"):
            no_claim = True
        elif t.pos_ in _DROP_POS or t.ent_type_ in _DROP_ENTS or low in ("u.s.", "us", "uk"):
            continue
        elif t.is_alpha:
            words.append(low)
    while words and words[-1] in ("of", "for"):
        words.pop()
    if not words:
        return None
    return canonical(" ".join(words)), former, no_claim


def _pre_title(name: Span) -> list[Token]:
    """Title words before the name inside its noun phrase ("Russian Foreign Minister")."""
    doc = name.doc
    left = name.root.left_edge.i
    toks = [t for t in doc[left : name.start] if t.dep_ != "poss" and not t.is_space]
    # only the title words: stop at a possessive's owner ("China's foreign minister")
    cut = max((t.i for t in toks if t.dep_ == "case"), default=-1)
    return [t for t in toks if t.i > cut and t.ent_type_ != "PERSON"]


def _appositive(name: Span) -> list[Token]:
    """An appositive title ("X, the former foreign minister," / "the foreign minister, X")."""
    root = name.root
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            return [t for t in c.subtree if not t.is_space and t.i >= c.left_edge.i][:8]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        h = root.head
        return [t for t in doc_slice(h) if t.i < name.start and not t.is_punct]
    return []


def doc_slice(h: Token) -> list[Token]:
    return list(h.doc[h.left_edge.i : h.i + 1])


def _name_part(doc: Doc, start: int, end: int) -> Span | None:
    """The personal name inside a mention ("Sergey Lavrov" in "Foreign Minister Sergey
    Lavrov"), else the mention itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    person = [t.i for t in span if t.ent_type_ == "PERSON"]
    return doc[person[0] : person[-1] + 1] if person else span


def _title_text(toks: list[Token]) -> list[Token]:
    """The title as the check shows it: without a leading article, possessor or nationality
    ("Foreign Minister" of "Russia's Foreign Minister")."""
    k = 0
    while k < len(toks) - 1 and (
        toks[k].pos_ in ("DET", "PUNCT", "PART") or toks[k].ent_type_ in _DROP_ENTS
    ):
        k += 1
    return toks[k:]


def stated_roles(doc: Doc, actor: Actor) -> list[StatedRole]:
    """Every title the text attaches to the actor's name mentions."""
    out: list[StatedRole] = []
    seen: set[tuple[int, int]] = set()
    for m in actor.mentions:
        name = _name_part(doc, m.start, m.end)
        if name is None or name.root.pos_ != "PROPN":
            continue
        for toks, before in ((_pre_title(name), True), (_appositive(name), False)):
            got = _title_words(toks) if toks else None
            if got is None or got[2]:
                continue
            shown = _title_text(toks) if before else toks
            s, e = shown[0].idx, shown[-1].idx + len(shown[-1])
            if (s, e) not in seen:
                seen.add((s, e))
                said = doc[shown[0].i : shown[-1].i + 1].text
                out.append(StatedRole(s, e, got[0], got[1], said, name.root.i))
    return out


_GLUE = {"of", "for", "the", "and"}


def _same_office(stated: str, kb_title: str) -> bool:
    """The same office: equal after canonical wording, or every word of a title of two or more
    words found in the knowledge base's title ("foreign minister" in "foreign minister of
    china")."""
    kb = canonical(kb_title)
    if stated == kb:
        return True
    sw, kw = set(stated.split()) - _GLUE, set(kb.split()) - _GLUE
    return len(sw) >= 2 and sw <= kw


def conflict(stated: StatedRole, roles: list[Role], day: dt.date) -> str | None:
    """Why the stated title conflicts with the knowledge-base roles, or None."""
    same = [r for r in roles if _same_office(stated.title, r.title)]
    if not same:
        return None
    now = [r for r in same if held_on(r, day)]
    shown = f"is called {stated.text!r},"
    if stated.former:
        left_before = [r for r in same if (parse_day(r.end, end=True) or day) < day]
        if now and not left_before:
            return f"{shown} but holds that office on {day.isoformat()}"
        return None
    if now:
        return None
    ended = [r for r in same if (parse_day(r.end, end=True) or day) < day]
    if ended:
        r = max(ended, key=lambda r: r.end or "")
        return f"{shown} but left that office on {r.end} (before {day.isoformat()})"
    later = [r for r in same if (parse_day(r.start) or day) > day]
    if later:
        r = min(later, key=lambda r: r.start or "")
        return f"{shown} but took that office only on {r.start} (after {day.isoformat()})"
    return None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _event_times(doc: Doc, record: ArticleRecord, st: StatedRole) -> list[tuple[dt.date, dt.date]]:
    """The periods the title's sentence speaks of: its resolved times and the years it names."""
    sent = doc[st.name_i].sent
    out = []
    for t in record.times:
        if t.start < sent.end_char and sent.start_char < t.end and t.value:
            lo, hi = parse_day(t.value), parse_day(t.value, end=True)
            if lo is not None and hi is not None:
                out.append((lo, hi))
    for m in _YEAR.finditer(sent.text):
        y = int(m.group(1))
        out.append((dt.date(y, 1, 1), dt.date(y, 12, 31)))
    return out


def _at_event_time(doc: Doc, record: ArticleRecord, st: StatedRole, roles: list[Role]) -> bool:
    """The title names the office at the date of the event told ("Trump and his Vice-President
    Mike Pence ... in 2020", "the coup that toppled President X"), not on the article's date."""
    head = doc[st.name_i].head
    if head.pos_ == "VERB" and head.lemma_.lower() in tenure_verbs():
        return True
    same = [r for r in roles if _same_office(st.title, r.title)]
    for lo, hi in _event_times(doc, record, st):
        for r in same:
            start, end = parse_day(r.start), parse_day(r.end, end=True)
            if (start is None or start <= hi) and (end is None or lo <= end):
                return True
    return False


def predict_role_conflicts(
    doc: Doc, record: ArticleRecord, day: dt.date | None
) -> list[tuple[StatedRole, str, str]]:
    """(stated role, reason, actor id) for every title the knowledge base contradicts."""
    if day is None:
        return []
    out = []
    for a in record.actors:
        if a.kind != "person":
            continue
        roles = person_roles(a, day)
        if not roles:
            continue
        for st in stated_roles(doc, a):
            why = conflict(st, roles, day)
            if why and not (not st.former and _at_event_time(doc, record, st, roles)):
                out.append((st, f"{a.name} {why}", a.id))
    return out
