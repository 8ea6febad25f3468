"""Finding event triggers: one pass over the tokens, a dictionary look-up per token.

A token is a trigger when its lemma and coarse part of speech name a row of
``data/events/triggers.tsv`` whose cues hold in the parse ("pull" only with the particle
"out", "send" only with a weapons or aid object, "talks" only under a verb...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.events.lexicon import Cue, Lexicon, TriggerRow, lexicon
from communique.events.syntax import children, governors, is_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}


@dataclass
class Trigger:
    token: Token
    row: TriggerRow


def _objects(tok: Token) -> list[Token]:
    """Direct objects and "with"/"of" objects that say what a verb moves or breaks."""
    out = children(tok, "dobj", "nsubjpass")
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


def _words(words: frozenset[str], lex: Lexicon) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out |= lex.classes.get(w[1:], frozenset()) if w.startswith("@") else {w}
    return frozenset(out)


def _cue_holds(tok: Token, cue: Cue, lex: Lexicon) -> bool:
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
        objs = _objects(tok)
        if "@any" in cue.words:
            return bool(objs)
        if "@money" in cue.words and any(_money(o) for o in objs):
            return True
        words = _words(cue.words, lex)
        return any(o.lemma_.lower() in words or o.lower_ in words for o in objs)
    if cue.kind == "subj":
        subj = [s for c in children(tok, "nsubj") for s in [c, *children(c, "conj")]]
        subj += [o for s in subj for p in children(s, "prep") for o in children(p, "pobj")]
        words = _words(cue.words, lex)
        return any(s.lemma_.lower() in words or s.lower_ in words for s in subj)
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
        ):
            continue  # "co-host", "sit-in": the second half of a hyphenated word ("test-fired" is)
        if tok.lemma_.lower() in keys or tok.lower_ in keys:
            row = match(tok, lex)
            if row is not None:
                out.append(Trigger(tok, row))
    return out
