"""Arguments and readings an event borrows from the clauses around it.

"X arrived in Kyiv and pledged aid" (the pledge's recipient is the host), "X did Y, a move Z
criticised" (Z's target is X), "X travels on to Seoul" (a schedule, told in the present).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.arguments import ActorIndex
from communique.events.modality import CONDITION
from communique.events.sources import subject_of
from communique.events.syntax import agent, is_passive, is_verb, same_line
from communique.events.targets import targets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.triggers import Trigger


def sibling_target(
    tok: Token, rows: dict[int, Trigger], ix: ActorIndex, source: list[str], light: frozenset[str]
) -> list[str]:
    """ "X arrived in Kyiv and pledged aid": a giving or agreeing verb with no one named takes
    the target of the verb it is coordinated with, when both have the same subject."""
    sibs = [tok.head] if tok.dep_ == "conj" else []
    sibs += [c for c in tok.children if c.dep_ == "conj"]
    for sib in sibs:
        trig = rows.get(sib.i)
        if trig is None or not is_verb(sib) or set(subject_of(sib, ix)[0]) != set(source):
            continue
        plover = code.plover(trig.row.cameo) or ""
        found = targets(sib, trig.row, plover, ix, source, light)
        if found:
            return found
    return []


CONTENT_AIMED = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})


def content_target(
    tok: Token,
    plover: str,
    rows: dict[int, Trigger],
    ix: ActorIndex,
    source: list[str],
    light: frozenset[str],
) -> list[str]:
    """A threat, demand, promise or refusal is aimed at whom its content is: "Russia threatened
    to cut gas supplies to Europe" (Europe), "pledged to send tanks to Ukraine"; a threat with a
    condition at the one whose act the condition names ("threatened to retaliate if NATO
    expanded": NATO)."""
    if plover not in CONTENT_AIMED or not is_verb(tok):
        return []
    for c in tok.children:
        trig = rows.get(c.i)
        if c.dep_ == "xcomp" and trig is not None:
            found = targets(c, trig.row, code.plover(trig.row.cameo) or "", ix, source, light)
            if found:
                return found
    if plover != "THREATEN":
        return []
    heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp"))]
    for c in (c for h in heads for c in h.children):  # the condition: "if NATO expanded"
        if c.dep_ == "advcl" and any(m.lower_ in CONDITION for m in c.children):
            return [a for a in subject_of(c, ix)[0] if a not in source]
    return []


def actor_of_act(noun: Token, ix: ActorIndex, source: list[str]) -> list[str]:
    """ "X announced cuts, a move Y criticised": the act's doer, the subject of the verb the
    act noun restates, is the target."""
    cur = noun
    for _ in range(6):
        if is_verb(cur):
            return [a for a in subject_of(cur, ix)[0] if a not in source]
        if cur.dep_ not in ("appos", "pobj", "prep", "dobj") or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def scheduled(tok: Token, ix: ActorIndex) -> bool:
    """A meeting or trip in the bare simple present, outside quotations, is a schedule."""
    if tok.tag_ not in ("VBZ", "VBP") or ix.quote_at(tok.idx + ix.offset) is not None:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


ANNOUNCE = frozenset({"announce", "confirm"})


def announcer(tok: Token, ix: ActorIndex) -> list[str]:
    """ "X announced that Y had been ordered out / arrested": a state measure in the passive,
    with no one named as its doer, announced by X, is X's."""
    if not is_verb(tok) or not is_passive(tok) or agent(tok) is not None:
        return []
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in ANNOUNCE:
        return []
    return subject_of(head, ix)[0]


STATE_AGENTS = frozenset({"COP", "JUD", "GOV", "SPY", "MIL"})


def state_reporter(tok: Token, ix: ActorIndex) -> list[str]:
    """ "X was arrested Saturday, London police said", "..., according to the sheriff's
    office": legal action told in the passive, reported by a police force, a court, a
    prosecutor or a government, is that reporter's own act (only the state arrests, charges
    and convicts). The quotes stage has attributed the clause; a speaker of another kind (a
    relative, a lawyer, a newspaper) says nothing of who acted."""
    q = ix.quote_at(tok.idx + ix.offset)
    speaker = q[0] if q else None
    if speaker is None or ix.agent.get(speaker) not in STATE_AGENTS:
        return []
    return [speaker]


def home_country(source: list[str], ix: ActorIndex) -> list[str]:
    """ "Police opened fire on protesters", "the president imposed a curfew": repression at
    home falls on the source's own country (its people: CAMEO's GOV -> CVL of one country),
    when the article names that country, if only by a nationality word ("Chile imposed a
    curfew": Chile -> Chile; "Chinese authorities cut internet access": China)."""
    out = []
    for a in source:
        c = ix.country_actor_for(ix.country.get(a))
        if c and c not in out:
            out.append(c)
    return out


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def attacked_place(tok: Token, slots: list[Token], plover: str, ix: ActorIndex) -> list[str]:
    """ "Russian forces shelled Kharkiv", "a drone struck Odesa": an attack on a town or a
    region no actor holds is aimed at the country it lies in (``actors.kb.places``)."""
    if plover != "ASSAULT":
        return []
    from communique.actors.kb import places

    table = places()
    for s in slots:
        ent = next((e for e in s.doc.ents if e.start <= s.i < e.end), None)
        if not same_line(s, tok):
            continue
        if ent is None or ent.label_ not in PLACE_LABELS:  # a city the recogniser misread
            ent = s.doc[s.i : s.i + 1] if s.pos_ == "PROPN" and s.text in table else None
        if ent is None:
            continue
        iso = table.get(ent.text)
        actor = ix.country_actor_for(iso, (ent.start_char, ent.end_char)) if iso else None
        if actor:
            return [actor]
    return []
