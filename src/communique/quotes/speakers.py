"""Who spoke, and to whom: from a cue's subject (subjects.py) to an actor, and the attribution.

The actor is asked of the actors stage's public face, never guessed here. No coreference is
done in this stage: a pronoun resolves only if the actors stage put it among an actor's
mentions; a body named by description is matched by describe.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.actors import lookup
from communique.quotes.describe import described_actor
from communique.quotes.documents import document_source
from communique.quotes.lexicon import token_cue, verb_cue
from communique.quotes.subjects import (
    common_noun,
    coordinated_reporter,
    inverted_subject,
    is_passive,
    leading_subject,
    paragraph_ids,
    same_paragraph,
    subject_of,
)
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord
    from communique.types import Context

__all__ = [
    "Attribution",
    "Speaker",
    "attribute",
    "colon_attribution",
    "coordinated_reporter",
    "inverted_subject",
    "is_passive",
    "leading_subject",
    "paragraph_ids",
    "resolve",
    "same_paragraph",
    "subject_of",
]

_NP_RIGHT = ("compound", "flat", "nummod", "amod", "cc", "conj", "poss", "case", "nn")
_SPOKES = words("quotes/speakers_spokes.txt")
_TELL = words("quotes/speakers_tell.txt")


@dataclass
class Speaker:
    """The subject as written (``start``/``end`` in the text) and the actor it resolves to."""

    head: Token
    start: int
    end: int
    actor: str | None


_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "xcomp"})


def np_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``head`` as written, without appositions,
    relative clauses or trailing punctuation ("Dmitry Peskov, the Kremlin spokesman," ->
    "Dmitry Peskov"; "the South China Morning Post (SCMP)" -> "... Post")."""
    left = head
    # a clause the parser hung before the head is no part of it ('"...," one user posted')
    clause = {t.i for c in head.lefts if c.dep_ in _CLAUSES for t in c.subtree}
    for t in head.subtree:
        if t.i in clause:
            continue
        if t.i < head.i and not t.is_punct and not t.is_space and same_paragraph(t, head):
            left = t
            break
    right = head
    for c in head.rights:
        owned = c.dep_ in _NP_RIGHT or (
            c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from")
        )
        if c.dep_ == "acl" and verb_cue(c.lemma_) and all(g.dep_ != "agent" for g in c.children):
            break  # '"...," one user posted on Reddit': the cue, misread as a participle
        if owned or (head.pos_ == "NOUN" and _describes(c)):
            right = max(right, _last_word(c), key=lambda t: t.i)
        else:
            break
    doc = head.doc
    while not right.whitespace_ and right.i + 1 < len(doc) and doc[right.i + 1].text in ("-", "–"):
        right = doc[min(right.i + 2, len(doc) - 1)]  # "passer-by", "Saint-Denis": one word
    return left.idx, right.idx + len(right.text)


def _describes(c: Token) -> bool:
    """A post-modifier that belongs to a description of people ("experts in psychiatry",
    "sources familiar with the probe", "pollsters interviewed by Reuters"), not a time
    ("officials on Monday")."""
    if c.dep_ == "prep":
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ not in ("DATE", "TIME")
    return c.dep_ == "amod" or (c.dep_ == "acl" and c.tag_ == "VBN")


def _cited(head: Token) -> bool:
    """The object of "according to" that is a thing (figures, a survey, a reading), not a
    person or body: its possessor is the source ("according to Trump's lawyer" stays the
    lawyer)."""
    to = head.head
    if head.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return False
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN"
        and lemma not in words("quotes/person_nouns.txt")
        and lemma not in (words("quotes/body_nouns.txt"))
    )


def _last_word(tok: Token) -> Token:
    """The last word of ``tok``'s phrase, without a relative clause or an apposition inside it
    ("an official at SFA, who requested anonymity" ends at "SFA")."""
    cut = {t.i for c in tok.subtree if c.dep_ in ("relcl", "appos") for t in c.subtree}
    last = tok
    for t in tok.subtree:
        if not t.is_punct and not t.is_space and t.i not in cut:
            last = t if t.i > last.i else last
    return last


def resolve(record: ArticleRecord, doc: Doc, head: Token, ctx: Context) -> Speaker:
    """The actor named by the noun phrase headed by ``head``: the actors stage's mention that
    covers the head word (a name, title, description or resolved pronoun), else the one of a
    named apposition ("the chief executive, Jane Roe,"), else a proper-noun compound modifier
    ("Kremlin spokesman"); otherwise None."""
    start, end = np_bounds(head)
    actor = lookup.actor_of_token(record, head.i, doc)
    if actor is None:  # "The council's chief executive, Jane Roe, said": the named person
        for c in head.rights:
            if c.dep_ == "appos" and same_paragraph(c, head):
                actor = lookup.actor_of_token(record, c.i, doc)
                if actor is None:
                    actor = lookup.actor_at(record, *np_bounds(c))
                if actor is not None:
                    break
    if actor is None:  # "Kremlin spokesman", "a CDC FAQ page": the body named inside
        for c in head.lefts:
            for t in c.subtree if c.dep_ == "compound" else ():
                if t.pos_ == "PROPN" and t.dep_ == "compound":
                    actor = actor or lookup.actor_of_token(record, t.i, doc)
    if actor is None and _cited(head):  # "according to the Conference Board's latest reading"
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        actor = lookup.actor_of_token(record, owner.i, doc) if owner is not None else None
    if actor is None:  # "Giardello's email read", "according to the report" named before
        actor = document_source(record, doc, head)
    if actor is None and head.lemma_.lower() in _SPOKES:
        principal = _principal(head)  # "a spokesman for the ministry" speaks for the ministry
        if principal is not None:
            actor = lookup.actor_of_token(record, principal.i, doc)
    if head.pos_ == "PROPN" and _kind(record, actor) != "person":
        actor = _trailing_person(record, head, end) or actor  # "Union for X leader Jane Roe"
    if actor is None:  # "the country's doctors' association", "Police": one body fits
        actor = described_actor(record, doc, head, ctx)
    if actor is None and (head.lower_ in _PERSONAL or _definite_person(head)):
        actor = antecedent(record, doc, head)  # "he said", "the senator said"
    # No wider fallback: "His party", "the council's chief executive", "a Dakar-based
    # researcher" are not the actor named inside them; null beats a guess.
    return Speaker(head, start, end, actor)


_PERSONAL = frozenset(("he", "she"))
_GENDER = {"he": "m", "she": "f"}
_OTHER = {"m": "f", "f": "m"}
_ANTECEDENT_PARAGRAPHS = 4  # how far back a pronoun or a description may point


def _definite_person(head: Token) -> bool:
    """'the senator', 'the managing director of X', 'the AS elected official': a definite
    description of one person by role, with no name of its own."""
    if head.tag_ in ("NNS", "NNPS") or not common_noun(head):
        return False
    if head.lemma_.lower() not in words("quotes/person_nouns.txt"):
        return False
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    return len(dets) == 1 and dets[0].lower_ == "the"


def antecedent(record: ArticleRecord, doc: Doc, tok: Token) -> str | None:
    """The person a pronoun ("he", "she") or a definite description ("the senator") points
    back to when the actors stage resolved none, by the subject preference of news prose.

    A pronoun: the nearest earlier subject that names a person, passing over earlier uses of
    the same pronoun (they continue the chain), never a person the actors stage already knows
    by the other pronoun, and never past a subject "she" for "he" (or the reverse); failing a
    subject, the nearest person named at all. A description: the nearest person whose name,
    mentions or role hold its head word ("the senator" -> "Sen. Jane Roe"), unless the article
    introduced an unnamed one ("an AS senator ... the senator"). A few paragraphs back at
    most; None when nothing fits."""
    ids = paragraph_ids(doc)
    pron = tok.lower_ in _PERSONAL
    word = tok.lemma_.lower()
    other = {"he": "she", "she": "he"}.get(tok.lower_)
    people = {}
    for a in record.actors:
        if a.kind != "person":
            continue
        said = {m.text.lower() for m in a.mentions}
        if pron and (other in said or lookup.gender_of(a.name) == _OTHER[_GENDER[tok.lower_]]):
            continue  # "she" never points to a person named "Andrew"
        if not pron:
            known = " ".join([a.name, a.role or "", *(r.title for r in a.roles), *said]).lower()
            if word not in known.replace("-", " ").split():
                continue
        people[a.id] = a
    if not people:
        return None
    first_para = ids[tok.i] - _ANTECEDENT_PARAGRAPHS
    nearest: str | None = None
    matching: str | None = None
    k = tok.i - 1
    while k >= 0 and ids[k] >= first_para:
        t = doc[k]
        k -= 1
        if t.is_punct or t.is_space:
            continue
        if t.pos_ == "PRON":
            if pron and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == other and nearest is None:
                return None  # "she said" stands between: the chain is someone else's
            continue
        if not pron and t.lemma_.lower() == word and t.i > 0 and doc[t.i - 1].lower_ in ("a", "an"):
            return None  # "an AS senator" was never named
        if t.pos_ not in ("PROPN", "NOUN"):
            continue
        actor = lookup.actor_of_token(record, t.i, doc)
        if actor not in people:
            continue
        if (
            not pron
            or t.dep_ in ("nsubj", "nsubjpass")
            or (t.dep_ == "compound" and t.head.dep_ == "nsubj")
        ):
            return actor
        nearest = nearest or actor
        if pron and lookup.gender_of(people[actor].name) == _GENDER[tok.lower_]:
            matching = matching or actor  # "she" after "Lisa MacNeil": her, not a nearer name
    return matching or nearest


def _kind(record: ArticleRecord, actor_id: str | None) -> str | None:
    a = record.actor(actor_id) if actor_id else None
    return a.kind if a is not None else None


def _trailing_person(record: ArticleRecord, head: Token, end: int) -> str | None:
    """'PTI chairman Imran Khan', 'Union for the Homeland leader Ana Ruiz' when the parser
    made the party's name the head: the person named at the end of the subject phrase is the
    speaker, the party a modifier. Only a named person whose mention ends the phrase and
    leaves the head word outside it."""
    found = None
    for a in record.actors:
        if a.kind != "person":
            continue
        for m in a.mentions:
            if m.end == end and m.start > head.idx and any(w[:1].isupper() for w in m.text.split()):
                if found not in (None, a.id):
                    return None
                found = a.id
    return found


def _principal(head: Token) -> Token | None:
    for c in head.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "from", "at"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def addressee_of(cue: Token) -> Token | None:
    """The hearer of "told X", "said to X", "X was told" is not handled (rare in news)."""
    if cue.lemma_ in _TELL:
        for c in cue.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
    for c in cue.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and verb_cue(cue.lemma_):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


@dataclass
class Attribution:
    """A cue with what it says about a quotation: who, to whom, how framed."""

    cue_start: int
    cue_end: int
    cue_text: str
    framing: str | None
    speaker: Speaker | None
    addressee: str | None


def attribute(
    cue: Token, record: ArticleRecord, doc: Doc, ctx: Context, *, after_quote: bool = False
) -> Attribution:
    """The attribution a cue token gives: its subject resolved to an actor (or an inverted
    subject for '"...," said X' when ``after_quote``), and the addressee of "told X"."""
    from communique.quotes.lexicon import cue_framing

    subj = subject_of(cue)
    if subj is None and after_quote:
        subj = inverted_subject(cue)
    speaker = resolve(record, doc, subj, ctx) if subj is not None else None
    hearer = addressee_of(cue)
    addressee = resolve(record, doc, hearer, ctx).actor if hearer is not None else None
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), cue)
        start, end = cue.idx, to.idx + len(to.text)
        framing = cue_framing("according to")
    else:
        start, end = cue.idx, cue.idx + len(cue.text)
        entry = token_cue(cue)
        framing = entry.framing if entry is not None else cue_framing(cue.lemma_)
    return Attribution(start, end, record.text[start:end], framing, speaker, addressee)


def colon_attribution(
    record: ArticleRecord, doc: Doc, head: Token, colon: Token, ctx: Context
) -> Attribution:
    """'Putin: "..."' - the lead-in names the speaker; the colon is the cue."""
    speaker = resolve(record, doc, head, ctx)
    return Attribution(colon.idx, colon.idx + 1, ":", "neutral", speaker, None)
