"""Prediction: from the parse and the earlier stages' output to event candidates (no writing).

Each trigger becomes at most one candidate. Triggers that are only the content of a demand,
threat, rejection or concession ("demanded that Iran release...") are not events of their own;
a trigger under "refused to" becomes a rejection, under "pledged/agreed to" an intent (AGREE).
A candidate needs a source actor and, unless its row says otherwise, a target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.arguments import ActorIndex, resolve
from communique.events.borrow import (
    actor_of_act,
    announcer,
    home_country,
    scheduled,
    sibling_target,
)
from communique.events.dates import TimeIndex, event_date
from communique.events.discourse import (
    antecedent,
    definite_meeting,
    forward_dates,
    members,
    rebuts,
)
from communique.events.lexicon import lexicon
from communique.events.location import location, lookup
from communique.events.modality import HALT_CODE, INTENT_CODE, REFUSE_CODE, mood
from communique.events.model import Candidate
from communique.events.reparse import headline_end, views
from communique.events.sources import noun_source, place_actor, subject_of
from communique.events.syntax import children, governors, is_verb, preps
from communique.events.targets import targets
from communique.events.triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from communique.events.lexicon import Lexicon
    from communique.record import ArticleRecord, Location

MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT"})
CONTENT_OF = frozenset({"REQUEST", "THREATEN", "REJECT", "CONCEDE"})
SHARED = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})
CLIMB = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "compound", "attr", "oprd", "acomp"}
)


def _governed_by(tok: Token, kinds: dict[int, str]) -> str | None:
    """Type of a trigger above ``tok`` whose content ``tok`` is, if any. A warning with no one
    warned ("China might attack, officials warned") only reports; it governs nothing."""
    cur = tok
    for _ in range(8):
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i in kinds:
            reporting = cur.lemma_.lower() == "warn" and not any(
                c.dep_ in ("dobj", "dative", "prep") for c in cur.children
            )
            recodes = cur.lemma_.lower() in ("refuse", "decline")  # "refused to negotiate"
            return None if reporting or recodes else kinds[cur.i]
    return None


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


def candidates(doc: Doc, record: ArticleRecord, nlp: Language | None = None) -> list[Candidate]:
    """Event candidates of the article, in text order (``nlp`` re-parses run-together lines)."""
    lex = lexicon()
    out: list[Candidate] = []
    consumed: set[int] = set()
    ix = None
    ti0: TimeIndex | None = None
    headline = headline_end(record.text, record.article.title)
    for vdoc, offset, skip in views(doc, nlp):
        trigs = [t for t in find_triggers(vdoc) if t.token.i not in skip]
        trigs = [t for t in trigs if t.token.idx + offset >= headline]
        if not trigs:
            continue
        ix = ActorIndex(record, vdoc, offset)
        ti = TimeIndex(record, vdoc, offset)
        if offset == 0:
            ti0 = ti
        kinds = {t.token.i: code.plover(t.row.cameo) or "" for t in trigs}
        rows = {t.token.i: t for t in trigs}
        for trig in trigs:
            c = _candidate(trig, kinds, ix, ti, record.text, lex, rows)
            if c is not None:
                c.offset = offset
                out.append(c)
                consumed |= {vdoc[i].idx + offset for i in c.consumed}
    if ix is None:
        return []
    kept = sorted((c for c in out if c.start not in consumed), key=lambda c: c.start)
    kept = [c for c in kept if not c.answers or antecedent(c, kept, ix)]
    if ti0 is not None:
        forward_dates(doc, ti0, kept)
    return [one for c in kept for one in members(c)]


def _against_policy(tok: Token, plover: str, lex: Lexicon) -> bool:
    """ "protested against a proposed tax": a protest against a policy is aimed at the
    government that set it, the protesters' own country when no one else is named."""
    policies = lex.classes.get("policies", frozenset())
    return plover == "PROTEST" and any(
        o.lemma_.lower() in policies for o in preps(tok, frozenset({"against", "over"}))
    )


def _at_home(tok: Token, plover: str, lex: Lexicon) -> bool:
    """ "deployed the army to help police contain protests": a force sent against unrest at
    home is aimed at the country's own people."""
    unrest = lex.classes.get("unrest", frozenset())
    return plover == "MOBILIZE" and any(
        t.lemma_.lower() in unrest or t.lower_ in unrest
        for c in children(tok, "advcl", "xcomp")
        for t in c.subtree
    )


def _teller(tok: Token, ix: ActorIndex) -> list[str]:
    """The actor the sentence is about ("Wang said the partnership would..."): its main
    subject, whose story a date from an earlier paragraph may go on with."""
    subj = [c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [a for c in subj if (a := ix.tok[c.i]) is not None]


def _candidate(
    trig: Trigger,
    kinds: dict[int, str],
    ix: ActorIndex,
    ti: TimeIndex,
    text: str,
    lex: object,
    rows: dict[int, Trigger] | None = None,
) -> Candidate | None:
    from communique.events.lexicon import Lexicon

    assert isinstance(lex, Lexicon)
    tok, row = trig.token, trig.row
    plover = code.plover(row.cameo)
    if plover is None or _governed_by(tok, kinds) in CONTENT_OF:
        return None
    if is_verb(tok):
        source, src_tok = subject_of(tok, ix)
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
    if not source and not anaphor:
        return None
    if any(c.dep_ == "advmod" and lex.heads.get(c.lower_) == "previous" for c in tok.children):
        return None  # "X last visited Kyiv in 2022": the previous instance, told as background
    m = mood(tok, lex.heads)
    if m.deontic:
        return None  # "X must not provide...": an obligation someone states, not an event
    cameo, modality, consumed = row.cameo, m.modality, []
    if modality == "asserted" and plover == "CONSULT" and scheduled(tok, ix):
        modality = "planned"  # "X travels on to Seoul": the schedule, told in the present
    if (
        m.conditional
        and plover not in ("THREATEN", "REQUEST")
        and modality in ("asserted", "planned")
    ):
        modality = "possible"  # a threat or demand with a condition is still made
    if m.halted and plover in HALT_CODE:
        cameo = HALT_CODE[plover]
    elif m.negated and row.negflip:
        cameo, modality = row.negflip, "asserted"
    elif m.refused and plover != "REJECT":
        cameo, modality = REFUSE_CODE.get(plover, "120"), "asserted"
        if m.refuse_head is not None:  # "refused to negotiate": one event, the refusal
            consumed.append(m.refuse_head.i)
    elif m.intent_head is not None and plover in INTENT_CODE:
        cameo = INTENT_CODE[plover]
        modality = "negated" if m.negated else "asserted"
        consumed.append(m.intent_head.i)
    consumed += [
        g.i for g in governors(tok) if g.i in kinds and lex.heads.get(g.lemma_.lower()) == "intent"
    ]
    plover = code.plover(cameo) or plover
    if "inv" in row.flags:  # "X received aid from Y": Y gives, X gets
        givers = [a for o in preps(tok, row.target_preps) for a in resolve(o, ix)]
        if not givers:
            return None
        source, inv_target = givers, source
    agent_side: list[str] = []
    if m.intent_head is not None and not is_verb(tok) and plover == "AGREE":
        head_src, _ = subject_of(m.intent_head, ix)  # "X agreed to a visit by Y": X -> Y
        if head_src and set(head_src) != set(source):
            agent_side, source = source, head_src
    tgt = targets(tok, row, plover, ix, source, lex.light_verbs)
    tgt = tgt or [a for a in agent_side if a not in source]
    if not tgt and plover in SHARED and is_verb(tok) and rows:
        tgt = sibling_target(tok, rows, ix, source, lex.light_verbs)
    if not tgt and tok.dep_ == "relcl" and lex.heads.get(tok.head.lemma_.lower()) == "act":
        tgt = actor_of_act(tok.head, ix, source)
    if "inv" in row.flags:
        tgt = inv_target
    if not tgt and len(source) > 1 and ("sym" in row.flags or plover in MUTUAL):
        # "X and Y agreed to restore visits": with no one else involved, they act on each other
        source, tgt = source[:1], source[1:]
    if not tgt and (
        "home" in row.flags or _against_policy(tok, plover, lex) or _at_home(tok, plover, lex)
    ):
        tgt = home_country(source, ix)
    if not tgt and row.bare:  # "North Korea fired a missile": a show of force, not an attack
        cameo = row.bare
        plover = code.plover(cameo) or plover
    answers = not tgt and plover == "REJECT" and rebuts(tok)
    if not tgt and row.needs_target and not answers and not anaphor and not row.bare:
        return None
    if not tgt and plover == "PROTEST" and all(ix.kind.get(a) == "person" for a in source):
        return None  # "To demonstrate, Miller points to...": one person is no protest
    chain = [tok, *governors(tok)]
    sent = _sentence(tok, text, ix.offset)
    rel = tok.dep_ == "relcl"  # "a move Y criticised": the main clause's date is not its own
    when = event_date(
        ti,
        {tok.i} if rel else {t.i for t in chain},
        sent,
        set() if rel else {t.i for t in tok.ancestors},
        modality,
        not rel and _narrative(tok, lex.heads),
        ix.mentions(source + _teller(tok, ix)),
        elaborates=tok.dep_ == "advcl" and tok.tag_ == "VBG" and not children(tok, "mark"),
    )
    loc = location(chain)
    if loc is None and "place" in row.flags:
        loc = _place(tok)
    q = ix.quote_at(tok.idx + ix.offset)
    conf = 0.55 + (0.2 if is_verb(tok) else 0.1) + (0.15 if tgt else 0.0)
    return Candidate(
        tok,
        cameo,
        plover,
        source,
        tgt,
        modality,
        when,
        sent,
        loc,
        q[1] if q else None,
        "sym" in row.flags,
        round(min(conf, 0.95), 2),
        consumed,
        answers or anaphor,
        joint=len(source) > 1 and src_tok is not None and bool(children(src_tok, "conj")),
    )


def _place(tok: Token) -> Location | None:
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
