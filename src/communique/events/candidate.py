"""One trigger -> at most one event candidate, in named steps: source, modality, code, target,
date, place.

Triggers that are only the content of another act ("demanded that Iran release...", "talks
about the nuclear deal", "ruled that Turkey had violated ...") are not events of their own
(content.py); a trigger under "refused to" becomes a
rejection, under "pledged/agreed to" an intent (AGREE). A candidate needs a source and,
unless its row says otherwise, a target: an actor of the record, or a person, people or body
the sentence describes (described.py; that side stays empty). An attack whose doer no one
names ("A car bomb tore through a market, killing 60") keeps an empty source
(unattributed.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.aim import ONE_SIDED, aim
from communique.events.arguments import ActorIndex, resolve
from communique.events.borrow import (
    announcer,
    scheduled,
    state_reporter,
)
from communique.events.coding import code_step
from communique.events.content import is_content, ruling_over
from communique.events.dates import TimeIndex, event_date
from communique.events.described import asks_question, someone
from communique.events.discourse import (
    definite_meeting,
)
from communique.events.location import location, lookup
from communique.events.modality import mood
from communique.events.model import Candidate, Draft
from communique.events.sources import (
    between_pair,
    experiencer,
    noun_source,
    place_actor,
    subject_of,
)
from communique.events.syntax import children, governors, is_verb
from communique.events.triggers import Trigger
from communique.events.unattributed import (
    accidental,
    agentless,
    by_document,
    fought_with,
    legal_passive,
    occurring,
    unattributed,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.dates import When
    from communique.events.lexicon import Lexicon
    from communique.events.modality import Mood
    from communique.record import Location


def _sentence(tok: Token, text: str, offset: int) -> tuple[int, int]:
    s, at = tok.sent, tok.idx + offset
    start, end = s.start_char + offset, s.end_char + offset
    nl_before = text.rfind("\n", start, at)
    if nl_before >= 0:
        start = nl_before + 1
    nl_after = text.find("\n", at, end)
    if nl_after >= 0:
        end = nl_after
    return start, end


def _teller(tok: Token, ix: ActorIndex) -> list[str]:
    """The actor the sentence is about ("Wang said the partnership would..."): its main
    subject, whose story a date from an earlier paragraph may go on with."""
    subj = [c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [a for c in subj if (a := ix.tok[c.i]) is not None]


def candidate(
    trig: Trigger,
    kinds: dict[int, str],
    ix: ActorIndex,
    ti: TimeIndex,
    text: str,
    lex: Lexicon,
    rows: dict[int, Trigger] | None = None,
) -> Candidate | None:
    """The event ``trig`` reports, or None when it reports none of its own."""
    tok, row = trig.token, trig.row
    plover = code.plover(row.cameo)
    if plover is None or is_content(tok, kinds, rows):
        return None  # "demanded that Iran release ...", "held talks about the nuclear deal"
    felt = experiencer(tok, row.flags, ix)  # "Japan was disappointed with China's decision"
    if felt is not None and not felt:
        return None
    found = (felt, None, False) if felt else _source(tok, plover, kinds, ix, lex)
    rival = fought_with(tok) if found is None and plover == "ASSAULT" else None
    if rival is not None and (rivals := resolve(rival, ix)):  # "killed in clashes with X"
        found = (rivals, rival, False)
    ruler = ruling_over(tok, rows) if found is None else None
    if ruler is not None:  # "the court ruled that X is disqualified": the court disqualified X
        found = _source(ruler, "ACCUSE", kinds, ix, lex)
    legal = found is None and legal_passive(tok, plover)
    reporter = state_reporter(tok, ix) if legal else []
    if reporter:  # "X was arrested Saturday, London police said": the police did it
        found = (reporter, None, False)
    lone = found is None and (
        (plover == "ASSAULT" and unattributed(tok)) or legal or by_document(tok, plover)
    )
    if found is None and plover == "PROTEST" and occurring(tok):
        lone = True  # "Protests broke out after the verdict": no one named
    # "94 journalists have been killed since the war began", "lineman accused of spreading":
    # an agentless passive of a one-sided type, kept where the classifier confirms it
    passive = found is None and not lone and plover in ONE_SIDED and agentless(tok)
    if lone or passive:  # "A car bomb tore through a market", "was arrested"
        found = ([], None, False)
    if found is None or _background(tok, lex):
        return None
    if plover == "ASSAULT" and not found[0] and accidental(tok):
        return None  # "the cyclist was struck by a truck": an accident, no attack
    m = mood(tok, lex.heads)
    if m.negated and "negnone" in row.flags:
        return None  # "has not ruled out further action": no refusal, no event
    if m.deontic or m.denied or m.condition:
        return None  # "X must not provide...", "denied that X had ...", "if X attacked ..."
    d = Draft(tok, row, plover, *found)
    d.unattributed = lone or passive
    d.one_sided = passive
    d.modality = _modality(d, m, ix)
    code_step(d, m, kinds, lex)
    if d.plover == "REQUEST" and asks_question(tok):
        return None  # "pressed the minister on whether she would resign": a question
    if not aim(d, m, ix, lex, rows):
        return None
    return _finish(d, ti, ix, text, lex)


def _source(
    tok: Token, plover: str, kinds: dict[int, str], ix: ActorIndex, lex: Lexicon
) -> tuple[list[str], Token | None, bool] | None:
    """(source actors, the source's token, anaphor): the verb's subject, a noun trigger's
    owner, a protest's place, a sanction's announcer; empty when the subject describes someone
    no actor names; None when there is no one and the trigger is no definite meeting."""
    if is_verb(tok):
        source, src_tok = subject_of(tok, ix)
        if not source and src_tok is None:  # "Fighting between X and Y intensified"
            source, src_tok = between_pair(tok, ix)
    else:
        source, src_tok = noun_source(
            tok,
            ix,
            lex.light_verbs,
            set(kinds),
            violent=plover in ("ASSAULT", "COERCE"),
            heads=frozenset(lex.heads),
        )
    if not source and plover == "PROTEST":  # crowds in a country's streets are its people
        source = place_actor(tok, ix)
    if not source and plover in ("SANCTION", "COERCE"):
        source = announcer(tok, ix)
    anaphor = not source and definite_meeting(tok, plover)
    if not source and not anaphor and (src_tok is None or not someone(src_tok, lex, plover)):
        return None  # "Press freedom groups spoke out": a described source is kept, empty
    return source, src_tok, anaphor


def _background(tok: Token, lex: Lexicon) -> bool:
    """ "X last visited Kyiv in 2022": the previous instance, told as background."""
    return any(c.dep_ == "advmod" and lex.heads.get(c.lower_) == "previous" for c in tok.children)


def _modality(d: Draft, m: Mood, ix: ActorIndex) -> str:
    """The event's modality as its mood gives it, before the coding step recodes it."""
    modality = m.modality
    if modality == "asserted" and d.plover == "CONSULT" and scheduled(d.tok, ix):
        modality = "planned"  # "X travels on to Seoul": the schedule, told in the present
    if (
        m.conditional
        and d.plover not in ("THREATEN", "REQUEST")
        and modality in ("asserted", "planned")
    ):
        modality = "possible"  # a threat or demand with a condition is still made
    return modality


def _date(d: Draft, ti: TimeIndex, ix: ActorIndex, sent: tuple[int, int], lex: Lexicon) -> When:
    """The event's date: a time in its clause, else one its sentence or story gives."""
    tok = d.tok
    chain = [tok, *governors(tok)]
    rel = tok.dep_ == "relcl"  # "a move Y criticised": the main clause's date is not its own
    return event_date(
        ti,
        {tok.i} if rel else {t.i for t in chain},
        sent,
        set() if rel else {t.i for t in tok.ancestors},
        d.modality,
        not rel and _narrative(tok, lex.heads),
        ix.mentions(d.source + _teller(tok, ix)),
        elaborates=tok.dep_ == "advcl" and tok.tag_ == "VBG" and not children(tok, "mark"),
    )


def _place(d: Draft) -> Location | None:
    """Where the event happened: a place its clause names, else (for a row that takes one)
    the place it is aimed at ("visited Kyiv")."""
    loc = location([d.tok, *governors(d.tok)])
    if loc is None and "place" in d.row.flags:
        loc = _object_place(d.tok)
    return loc


def _finish(d: Draft, ti: TimeIndex, ix: ActorIndex, text: str, lex: Lexicon) -> Candidate:
    tok = d.tok
    sent = _sentence(tok, text, ix.offset)
    when = _date(d, ti, ix, sent, lex)
    loc = _place(d)
    q = ix.quote_at(tok.idx + ix.offset)
    conf = 0.55 + (0.2 if is_verb(tok) else 0.1) + (0.15 if d.target else 0.0)
    return Candidate(
        tok,
        d.cameo,
        d.plover,
        d.source,
        d.target,
        d.modality,
        when,
        sent,
        loc,
        q[1] if q else None,
        "sym" in d.row.flags,
        round(min(conf, 0.95), 2),
        d.consumed,
        d.answers or d.anaphor,
        joint=len(d.source) > 1 and d.src_tok is not None and bool(children(d.src_tok, "conj")),
        source_np=d.src_tok if not d.source and not d.anaphor else None,
        target_np=d.target_np if not d.target else None,
        one_sided=d.one_sided,
    )


def _object_place(tok: Token) -> Location | None:
    from communique.record import Location

    for c in tok.children:
        objs = [c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"]
        for o in objs:
            p = lookup(o)
            if p:
                return Location(name=p[0], country=p[1], lat=p[2], lon=p[3])
    return None


def _narrative(tok: Token, heads: dict[str, str]) -> bool:
    """A single past happening told in the simple past: "Patrushev promised", not "Washington
    has repeatedly asked" nor "The row comes after a meeting"."""
    root = tok.sent.root
    if root.tag_ != "VBD":
        return False
    for t in (root, tok):
        for c in t.children:
            if c.dep_ == "aux" and c.lemma_.lower() == "have":
                return False
            if c.dep_ == "advmod" and heads.get(c.lower_) == "habitual":
                return False
    return True
