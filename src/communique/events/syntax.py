"""Small, cheap walks over the dependency parse that the other event modules share.

The parse gives each token one head; an event's trigger is found inside a chain of heads
("announced plans to suspend", "held talks with") and its arguments hang off that chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# deps that keep us inside one event's own chain (not a new clause)
CHAIN_DEPS = frozenset(
    {
        "xcomp",
        "dobj",
        "pobj",
        "prep",
        "acl",
        "attr",
        "oprd",
        "pcomp",
        "compound",
        "acomp",
        "dative",
        "nsubjpass",
        "appos",
        "amod",
    }
)
# deps through which a clause may hand its subject down to a subject-less verb
INHERIT_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "oprd"}
)
# prepositions that attach a circumstance, not a participant: the chain stops there
ADJUNCT_PREPS = words("events/syntax_adjunct_preps.txt")
NEG_WORDS = frozenset({"not", "n't", "never", "no"})
SUBJ = frozenset({"nsubj", "csubj"})


def governors(tok: Token, limit: int = 8) -> list[Token]:
    """Ancestors of ``tok`` reached through CHAIN_DEPS, nearest first (its own chain)."""
    out: list[Token] = []
    cur = tok
    while cur.dep_ in CHAIN_DEPS and cur.head.i != cur.i and len(out) < limit:
        if cur.dep_ == "pobj" and cur.head.lower_ in ADJUNCT_PREPS:
            break
        cur = cur.head
        out.append(cur)
    return out


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def preps(tok: Token, words: frozenset[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions whose word is in ``words`` (``"with X"`` -> X)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ in words:
            out += [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            for p in c.children:  # "out of X", "away from X"
                if p.dep_ == "prep":
                    out += [o for o in p.children if o.dep_ == "pobj"]
    return out


def is_passive(tok: Token) -> bool:
    """A verb in the passive, also a headline's with no auxiliary whose by-agent the parser
    found ("Man shot by police in Chicago")."""
    kids = [c.dep_ for c in tok.children]
    return "nsubjpass" in kids or "auxpass" in kids or (tok.tag_ == "VBN" and "agent" in kids)


def reduced_relative(tok: Token) -> bool:
    """ "a ceasefire brokered by Egypt": a passive participle with its doer, after a noun. It
    tells a thing done, by a doer of its own: not under the modality of the clause above, and
    its doer is no party to what that clause does with the noun."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def hyphen_doer(tok: Token) -> Token | None:
    """ "an EU-brokered agreement": the first half of a hyphenated participle, its doer."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-" or tok.doc[tok.i - 1].whitespace_:
        return None
    return next((c for c in tok.children if c.i == tok.i - 2), None)


def agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and not is_verb(tok)):
            return child(c, "pobj")
    return None


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the heads coordinated with it ("China and Russia")."""
    out, stack = [tok], [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c not in out:
                out.append(c)
                stack.append(c)
    return out


def clause_top(tok: Token) -> Token:
    """The verb that heads ``tok``'s chain (the token itself for a verb with no chain)."""
    chain = governors(tok)
    verbs = [g for g in chain if is_verb(g)]
    return verbs[0] if verbs else (chain[-1] if chain else tok)


def same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens: a headline never lends a body sentence its subject."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    return not any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(lo, hi))
