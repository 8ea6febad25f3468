"""Finding event triggers: one pass over the tokens, a dictionary look-up per token.

A token is a trigger when its lemma and coarse part of speech name a row of the trigger table
(``data/events/triggers/NN.tsv``, one file per CAMEO root; the cue language is described in
that folder's README.md) whose cues hold in the parse ("pull" only with the particle "out",
"send" only with a weapons or aid object, "talks" only under a verb...). A row coded ``-``
is a sense that reports no event ("shoot a film"): it wins over the word's other rows and
yields a trigger that becomes no event (and that the classifier does not propose on).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.events.lexicon import Cue, Lexicon, TriggerRow, lexicon
from communique.events.syntax import agent, children, governors, is_passive, is_verb
from communique.events.unattributed import occurring
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
PERSONAL = words("events/triggers_personal.txt")  # "he was fired", "shot him"
HYPHEN_ACTS = words("events/hyphen_acts.txt")  # "an EU-brokered agreement"


@dataclass
class Trigger:
    token: Token
    row: TriggerRow


def _objects(tok: Token) -> list[Token]:
    """Direct objects and "with"/"of" objects that say what a verb moves or breaks."""
    out = children(tok, "dobj", "nsubjpass")
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":  # "a ceasefire brokered by Egypt"
        out.append(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            out += children(c, "pobj")
    for o in list(out):
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out += children(c, "pobj")
        out += children(o, "conj")
    return out


def _money(tok: Token) -> bool:
    """ "$1 billion", "£240m": a sum of money (the NER or a currency sign under the head)."""
    return tok.ent_type_ == "MONEY" or any(
        c.ent_type_ == "MONEY" or c.tag_ == "$" for c in tok.children
    )


def _person(tok: Token, lex: Lexicon) -> bool:
    """A person or people: a PERSON name, a personal pronoun, a noun of the ``people`` class."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in PERSONAL
        or tok.lemma_.lower() in lex.classes.get("people", frozenset())
    )


def _pobjs(tok: Token) -> list[Token]:
    """Objects of the token's prepositions ("an attack on the budget"), with their conjuncts."""
    out = [
        o
        for c in tok.children
        if c.dep_ in ("prep", "agent")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return out + [c for o in out for c in children(o, "conj")]


def _in(toks: list[Token], words: frozenset[str], lex: Lexicon) -> bool:
    if "@any" in words and toks:
        return True
    if "@person" in words and any(_person(t, lex) for t in toks):
        return True
    if "@name" in words and any(t.ent_type_ == "PERSON" for t in toks):
        return True
    if "@money" in words and any(_money(t) for t in toks):
        return True
    found = _words(words, lex)
    return any(t.lemma_.lower() in found or t.lower_ in found for t in toks)


def _words(words: frozenset[str], lex: Lexicon) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out |= lex.classes.get(w[1:], frozenset()) if w.startswith("@") else {w}
    return frozenset(out)


def _comp(tok: Token) -> list[Token]:
    """The clause a verb or noun governs and what that clause acts on ("threatened to impose
    sanctions": impose, sanctions; "a threat to invade": invade)."""
    out: list[Token] = []
    for c in children(tok, "xcomp", "ccomp", "acl"):
        out += [c, *_objects(c), *_pobjs(c)]
    return out


def _cue_holds(tok: Token, cue: Cue, lex: Lexicon) -> bool:
    if cue.kind.startswith("!"):  # "!child:oprd": the cue must not hold
        return not _cue_holds(tok, Cue(cue.kind[1:], cue.words), lex)
    if cue.kind == "mod":  # "hunger strike", "air strike", "heart attack"
        return any(
            c.dep_ in ("amod", "compound", "nmod", "npadvmod")
            and (c.lower_ in cue.words or c.lemma_.lower() in cue.words)
            for c in tok.children
        )
    if cue.kind == "dep":  # the token's own relation: "appeals court" (compound)
        return tok.dep_ in cue.words
    if cue.kind == "child":  # a child of that relation: "called him a liar" (oprd)
        return any(c.dep_ in cue.words for c in tok.children)
    if cue.kind == "next":  # one of the next four words: "shot 14 people dead", "pleaded guilty"
        end = min(tok.i + 5, tok.sent.end)
        return any(t.lower_ in cue.words for t in tok.doc[tok.i + 1 : end])
    if cue.kind == "gov":  # the verb that carries a noun: "has a treaty" is a state
        verbs = [g for g in governors(tok) if is_verb(g)]
        return bool(verbs) and verbs[0].lemma_.lower() in cue.words
    if cue.kind == "comp":  # "threatened to impose sanctions"
        return _in(_comp(tok), cue.words, lex)
    if cue.kind == "prep":
        # "held drills near X": the parser hangs the noun's phrase on its light verb
        kids = [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]
        if any(
            c.dep_ in ("prep", "agent", "dative", "prt")
            and c.lower_ in cue.words
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)  # "on Sunday"
            for c in kids
        ):
            return True
        return any(
            m.dep_ == "mark" and m.lower_ in cue.words  # "called for X to ..."
            for c in children(tok, "advcl", "ccomp", "xcomp")
            for m in c.children
        )
    if cue.kind == "prt":
        return any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in cue.words for c in tok.children
        )
    if cue.kind == "obj":
        return _in(_objects(tok), cue.words, lex)
    if cue.kind == "pobj":  # "an attack on the budget", "assault on the title"
        return _in(_pobjs(tok), cue.words, lex)
    if cue.kind == "subj":  # the doer: the subject, or the "by" agent of a passive
        ag = agent(tok) if is_passive(tok) else None
        subj = [s for c in children(tok, "nsubj") for s in [c, *children(c, "conj")]]
        subj += [ag, *children(ag, "conj")] if ag is not None else []
        subj += [o for s in subj for p in children(s, "prep") for o in children(p, "pobj")]
        subj += [c for s in subj for c in children(s, "compound")]  # "Hurricane Mitch"
        return _in(subj, cue.words, lex)
    if cue.kind == "pred":  # "called the sanctions illegal", "described X as baseless"
        words = _words(cue.words, lex)
        return any(
            t.lemma_.lower() in words or t.lower_ in words
            for t in tok.subtree
            if t.i > tok.i and t.sent == tok.sent
        )
    if cue.kind == "clause":  # "agreed to resume contacts", not "I agree with her"
        return any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    if cue.kind == "inprep":
        return tok.dep_ == "pobj" and tok.head.lower_ in cue.words
    if cue.kind == "nomod":  # "drills near X" are a show of force, "joint drills" are not
        return not any(
            c.dep_ in ("amod", "compound") and c.lower_ in cue.words for c in tok.children
        )
    return False


def _light_ok(tok: Token, row: TriggerRow, lex: Lexicon) -> bool:
    """A noun flagged ``lv`` counts only under a verb ("held talks") or with its own actors."""
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    if row.cameo.startswith("04") and any(  # "a tense meeting between X and Y"
        c.dep_ == "prep" and c.lower_ == "between" for c in tok.children
    ):
        return True
    if occurring(tok):  # "Demonstrations broke out after the verdict"
        return True
    verbs = [g for g in governors(tok) if is_verb(g)]
    return bool(verbs) and verbs[0].lemma_.lower() in lex.light_verbs | lex.heads.keys()


def match(tok: Token, lex: Lexicon | None = None) -> TriggerRow | None:
    """The trigger row ``tok`` fires, or None."""
    lex = lex or lexicon()
    pos = POS.get(tok.pos_)
    if pos is None:
        return None
    rows = lex.triggers.get((tok.lemma_.lower(), pos))
    if rows is None and pos == "N":
        rows = lex.triggers.get((tok.lower_, pos))
    if not rows:
        return None
    for row in rows:
        if all(_cue_holds(tok, c, lex) for c in row.cues):
            if "lv" in row.flags and not _light_ok(tok, row, lex):
                return None
            return row
    return None


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every trigger in the document, in text order."""
    lex = lexicon()
    keys = {k[0] for k in lex.triggers}
    out = []
    for tok in doc:
        if (
            tok.i > 1
            and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 1].whitespace_
            and doc[tok.i - 2].lower_ != "test"
            and tok.lemma_.lower() not in HYPHEN_ACTS
        ):
            continue  # "co-host", "sit-in": the second half of a hyphenated word ("test-fired",
            # "EU-brokered" are acts)
        if tok.lemma_.lower() in keys or tok.lower_ in keys:
            row = match(tok, lex)
            if row is not None:
                out.append(Trigger(tok, row))
    return out
