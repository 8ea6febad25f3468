"""Participants the actor table does not hold: an event's side told by description.

"sanctions against North Korean hacking groups", "asked the court for...", "Press freedom
groups spoke out against...", "negotiations with film studios", "praised the rule": the side is
a person, people or a body the article names by a common noun, an unlinked name or a pronoun,
not by an actor of the record. Such an event happened all the same (PLOVER codes it with the
side unknown); the candidate keeps an empty side instead of being dropped. What counts as
someone is data: the agent nouns of the actors stage (``actors.lookup.agent_nouns``) and the
``people``-like classes of ``data/events/object_classes.tsv``; a policy or proposal counts for
the stances taken on whoever set it (praise, criticism, rejection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import kb
from communique.actors.lookup import agent_nouns
from communique.events.syntax import same_line
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.arguments import ActorIndex
    from communique.events.lexicon import Lexicon

__all__ = [
    "asks_content",
    "asks_question",
    "described_slot",
    "home_side",
    "someone",
    "state_described",
]

CLASSES = tuple(words("events/described_classes.txt"))
STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
POLICY_CLASSES = ("policies", "proposals")
ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# a force of the state acting on people it describes acts at home ("police arrested 13 people")
HOME_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})
STATE_AGENTS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
PEOPLE_CLASSES = ("people", "protesters", "prisoners", "workers")
PERSONAL = words("events/triggers_personal.txt") | {"we"}
# demands, complaints and refusals whose content is a proposition ("asked that a decision be
# made", "complained that the book was available"): no one is their target
CONTENT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
QUESTION_WORDS = words("events/question_words.txt")


def state_described(tok: Token | None) -> bool:
    """True when ``tok`` heads a description of a state body or office ("the court", "the
    government", "the president", "police"): a side that needs no name to make a dyad with
    another description ("The court sentenced the opposition leader to five years")."""
    if tok is None or tok.pos_ in ("PRON", "PROPN"):
        return False
    nouns = agent_nouns()
    agent = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    title = kb().titles.get(tok.lemma_.lower())  # "the president", "the premier"
    return agent in STATE_AGENTS or (title is not None and title.sector in STATE_AGENTS)


def someone(tok: Token, lex: Lexicon, plover: str) -> bool:
    """True when the phrase headed by ``tok`` names a person, people or a body (or, for a
    stance, a policy someone set). "the two leaders", "both sides" point back to actors named
    before: when those are not resolved, the phrase is no one new."""
    if _counted_back(tok):
        return False
    if tok.ent_type_ in ENTITIES or tok.lower_ in PERSONAL:
        return True
    lemma, low = tok.lemma_.lower(), tok.lower_
    nouns = agent_nouns()
    if lemma in nouns or low in nouns:
        return True
    classes = CLASSES + (POLICY_CLASSES if plover in STANCES else ())
    return any(lemma in lex.classes.get(c, ()) or low in lex.classes.get(c, ()) for c in classes)


def asks_content(tok: Token, plover: str) -> bool:
    """A demand, complaint or refusal stated as a clause, with no one named it is aimed at:
    "Airbus has asked that a decision be made", "voted to demand that the hostages be
    released", "called to complain that a book was available". PLOVER codes the event with
    the target unknown. A question ("asked why AI companies were based there") and words
    quoted ("remembered asking, 'It's the best-selling car'") are no demand."""
    if plover not in CONTENT_TYPES or tok.pos_ not in ("VERB", "AUX") or asks_nothing(tok):
        return False
    return any(not _question(c) for c in _clauses(tok))


def asks_nothing(tok: Token) -> bool:
    """A verb whose words are quoted after it ("remembered asking, 'Is it ...?'") or whose
    clause is a question ("asked why ..."): it reports no demand, whoever it is aimed at."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text in (",", ":"):
        return True  # "asking, '...'"; not a word quoted after the verb ("disagreed "strongly"")
    clauses = _clauses(tok)
    return bool(clauses) and all(_question(c) for c in clauses)


def asks_question(tok: Token) -> bool:
    """Whether what a verb of asking asks is a question: "asked the general why the troops had
    left", "asked him if he had met her", "pressed the minister on whether she would resign".
    A question put to someone is no demand of them, whoever it is aimed at. (Only for asking:
    an "if" clause on a threat is its condition.)"""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "xcomp" for c in tok.children):
        return False
    clauses = _clauses(tok) + _asked(tok)
    return bool(clauses) and all(_question(c) for c in clauses)


def _clauses(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]


def _asked(tok: Token) -> list[Token]:
    """An "if" or "whether" clause the parser hangs on a verb, a clause after "on" or "about"."""
    out = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.i > tok.i
        and any(m.lower_ in ("if", "whether") for m in c.children)
    ]
    out += [
        c
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
        for c in p.children
        if c.dep_ == "pcomp"
    ]
    return out


def _question(clause: Token) -> bool:
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_WORDS


def _counted_back(tok: Token) -> bool:
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")}
    counted = any(c.dep_ == "nummod" for c in tok.children)
    return "both" in kids or ("the" in kids and counted)


def described_slot(tok: Token, slots: list[Token], lex: Lexicon, plover: str) -> Token | None:
    """The one of the argument ``slots`` of trigger ``tok`` (its objects and target
    prepositions) that describes someone on the trigger's own line, or None. A force sent is
    the means of a mobilisation, never its target, and so are the forces a withdrawal pulls
    back ("withdrew its troops from X": X's side is the target, not the troops)."""
    if plover == "MOBILIZE":
        return None
    forces = lex.classes.get("troops", frozenset()) if plover == "RETREAT" else frozenset()
    return next(
        (
            s
            for s in _with_of(slots)
            if same_line(s, tok) and someone(s, lex, plover) and s.lemma_.lower() not in forces
        ),
        None,
    )


def _with_of(slots: list[Token]) -> list[Token]:
    """The slots and what an "of" in them counts or names ("dozens of people", "members of
    the group")."""
    out = list(slots)
    for s in slots:
        out += [o for c in s.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return out


def home_side(
    slots: list[Token], source: list[str], plover: str, ix: ActorIndex, lex: Lexicon
) -> list[str]:
    """PLOVER's same-country convention for a described target: a state force acting on people
    it describes ("Police arrested 13 people", "troops fired on protesters") acts on its own
    country's people; the target is that country's actor, when the article has one."""
    if plover not in HOME_TYPES:
        return []
    homes = {c for a in source if ix.agent.get(a) in STATE_AGENTS and (c := ix.country.get(a))}
    if len(homes) != 1:
        return []
    people = frozenset().union(*(lex.classes.get(c, frozenset()) for c in PEOPLE_CLASSES))
    if not any(s.lemma_.lower() in people or s.lower_ in people for s in _with_of(slots)):
        return []
    home = ix.country_actor.get(homes.pop())
    return [home] if home else []
