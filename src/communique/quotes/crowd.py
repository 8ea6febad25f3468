"""A quotation from one member of a crowd the text named just before: "Fans flooded the post
with praise. / 'You are a treasure,' wrote one. / 'This made my week,' another commented."

Why: social-media and entertainment copy quotes an audience this way; the speaker is no person
the article names, and the annotation guidelines make the audience's comments one group actor.
A cue whose subject is a bare counting word (``data/quotes/crowd_pronouns.txt``: "one",
"another", "others", "some", "a third") speaks for the last plural noun of people before it
(``person_nouns.txt``, or "people"), in the same paragraph or the two before; that noun phrase
is the group actor, one per head noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.quotes.subjects import common_noun, paragraph_ids
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CROWD_PRONOUNS", "crowd_of"]

CROWD_PRONOUNS = words("quotes/crowd_pronouns.txt")
_BACK = 2  # paragraphs before the quote's own that may name the crowd


def crowd_of(subject: Token, people: frozenset[str]) -> Token | None:
    """The head noun of the crowd a bare counting subject ("one", "another") belongs to, or
    None; ``people`` are the lemmas of nouns of people."""
    if subject.lower_ not in CROWD_PRONOUNS or _has_noun(subject):
        return None
    ids = paragraph_ids(subject.doc)
    for t in reversed(subject.doc[max(0, subject.i - 300) : subject.i]):
        if ids[t.i] < ids[subject.i] - _BACK:
            return None
        lemma = t.lemma_.lower()
        if t.tag_ in ("NNS", "NNPS") and common_noun(t) and (lemma in people or lemma == "people"):
            return t
    return None


def _has_noun(subject: Token) -> bool:
    """ "one of the fans": a description with a noun of its own, not a bare word."""
    return any(c.dep_ in ("prep", "compound", "amod") for c in subject.children)
