"""Predicting voice items: which lexicon hits are real, how far each reaches, whose voice it is.

Precision comes first: a hit is kept only in the syntactic setting where the word carries the
writer's (or a source's) judgement. "appear" counts only with a complement ("appears to"), not
as showing up somewhere ("appeared on CNN", "appeared at a rally"); "meaning" only as a trailing
participle (", meaning ...") or after "which"/"this"; "regime" not in technical compounds
("sanctions regime") and no adjective on a head that makes it a fixed term ("hostile takeover");
nothing inside a proper name ("Bloody Sunday") or a fixed term of data/voice/fixed.tsv ("police
brutality", "vicious circle"); a word that is loaded only of people ("swarm", "vermin",
"invasion") only next to a word for people ("a swarm of migrants", not "a swarm of bees"); and a
force word ("brutal", "massacre", "assault on") not in a sentence about sport or markets ("a
brutal schedule for the Jets", "a bloodbath on Wall Street").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.voice.lexicon import FAMILY_NAMES, Entry, Hit, find, groups, naming_verbs
from communique.voice.regions import Region, region_at
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAME_ENTS = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PRODUCT", "PERSON", "NORP", "GPE"}
_SUBJ_AUX = {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg"}
_COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "prep", "agent", "xcomp", "ccomp", "dative")
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_CLAUSE_MARKER_POS = {"VERB", "ADJ", "AUX"}


@dataclass(frozen=True)
class Found:
    """A voice item before it becomes a record span: token range and kind."""

    i: int
    j: int  # exclusive
    kind: str
    note: str
    only: str = ""  # "source": dropped when the item turns out to be the reporter's


def _np_span(tok: Token) -> tuple[int, int]:
    """An attributive adjective with the noun it modifies ("authoritarian governments")."""
    head = tok.head
    attributive = tok.dep_ in ("amod", "compound", "nmod")
    one_line = "\n" not in tok.doc[tok.i : head.i + 1].text  # a headline modifies no dateline
    if attributive and one_line and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
        return tok.i, head.i + 1
    return tok.i, tok.i + 1


def _technical_use(tok: Token, unless: frozenset[str]) -> bool:
    """ "sanctions regime", "visa regime": a modifier that makes the word a technical term;
    "hostile takeover", "chilling effect": a head noun that makes the adjective one."""
    if not unless:
        return False
    if any(
        c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.lemma_.lower() in unless
        for c in tok.children
    ):
        return True
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound", "nmod", "advmod")
        and head.i != tok.i
        and (head.lemma_.lower() in unless or head.lower_ in unless)
    )


_PEOPLE_ENTS = {"PERSON", "NORP"}


def _related(doc: Doc, hit: Hit) -> list[Token]:
    """The words syntactically next to a hit: its head, its dependents, the objects of its
    prepositions ("a swarm of migrants", "an assault on democracy"), and the subject of the
    copula it completes ("they are vermin")."""
    out: list[Token] = []
    for tok in doc[hit.i : hit.j]:
        if tok.dep_ not in ("conj", "poss"):  # "people and animals", "people's trash"
            out.append(tok.head)
        for c in tok.children:
            if c.dep_ in ("conj", "cc", "poss"):
                continue
            out.append(c)
            if c.dep_ in ("prep", "agent"):
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        if tok.dep_ in ("attr", "acomp", "oprd"):
            verb = tok.head  # "they are vermin"; "Democrats appear to get desperate"
            for _ in range(3):
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
                    break
                verb = verb.head
            out.extend(subj)
    span = range(hit.i, hit.j)
    return [t for t in out if t.i not in span]


def _is_near(doc: Doc, hit: Hit) -> bool:
    """True when a word next to the hit is one the entry needs ("@people": a word for people,
    a person's or group's name, a personal pronoun)."""
    near = hit.entry.near
    people = "@people" in near
    words = {w for w in near if not w.startswith("@")}
    for g in near:
        if g.startswith("@") and g != "@people":
            words |= groups().get(g[1:], frozenset())
    pgroup = groups().get("people", frozenset())
    for t in _related(doc, hit):
        low, lemma = t.lower_, t.lemma_.lower()
        if low in words or lemma in words or (low.endswith("s") and low[:-1] in words):
            return True
        if people and (lemma in pgroup or low in pgroup or t.ent_type_ in _PEOPLE_ENTS):
            return True
    return False


def _sport_or_market(tok: Token) -> bool:
    """The sentence is about a game or a market: "attack", "massacre", "brutal" are then words
    of play or prices, not of violence ("a brutal run of away games", "a bloodbath for tech
    stocks")."""
    cues = groups().get("sport", frozenset()) | groups().get("market", frozenset())
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in tok.sent)


def _sense_fits(doc: Doc, hit: Hit) -> bool:
    """The word in the sense its entry is loaded in (see the module's docstring)."""
    e: Entry = hit.entry
    if e.near and not _is_near(doc, hit):
        return False
    return not (e.sense == "force" and _sport_or_market(doc[hit.i]))


def _object_end(v: Token, depth: int = 0) -> int:
    """Index just past the head of the first complement of ``v`` (up to the object noun)."""
    if depth > 3:
        return v.i + 1
    comps = sorted(
        (c for c in v.children if c.dep_ in _COMPLEMENTS and c.i > v.i), key=lambda c: c.i
    )
    if not comps:
        return v.i + 1
    c = comps[0]
    if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if not objs:
            return c.i + 1
        o = objs[0]
        return _object_end(o, depth + 1) if o.pos_ in ("VERB", "AUX") else o.i + 1
    if c.pos_ in ("VERB", "AUX") or c.dep_ in ("xcomp", "ccomp"):
        return _object_end(c, depth + 1)
    return c.i + 1


_PLACE_PREPS = words("voice/voice_place_preps.txt")


def _appears_somewhere(tok: Token) -> bool:
    """'appeared on CNN to defend the plan', 'appeared before the committee', 'appeared in
    court': "appear" in its sense of showing up somewhere (a place or a show before the
    complement), not the speculation "appeared to"."""
    if tok.lemma_.lower() != "appear":
        return False
    comp = min((c.i for c in tok.children if c.dep_ in ("xcomp", "ccomp")), default=len(tok.doc))
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i < comp for c in tok.children)


def _clause_span(tok: Token) -> tuple[int, int] | None:
    """The marker's clause: its subject and auxiliaries up to the head of the first object."""
    if tok.dep_ in ("aux", "auxpass"):
        v = tok.head  # "The visit appeared designed to ...": the verb it helps
    elif tok.pos_ in _CLAUSE_MARKER_POS:
        # "appears to", "seems that", "is likely to": only with a clausal complement.
        if not any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr") for c in tok.children):
            return None
        if _appears_somewhere(tok):
            return None
        v = tok
    else:
        v = tok.head
    gov = v.head if v.dep_ in ("acomp", "attr") and v.head.i < v.i else v
    left = tok.i
    for c in list(gov.children) + ([] if gov is v else list(v.children)):
        if c.dep_ in _SUBJ_AUX and c.i < v.i:
            left = min(left, c.left_edge.i)
    left = min(left, gov.i)
    right = max(_object_end(v), tok.i + 1)
    sent = tok.sent
    return max(left, sent.start), min(right, sent.end)


def _is_inference(tok: Token) -> bool:
    """ ", meaning X" / ", implying X" / "which means X" / "this means X"."""
    if tok.tag_ == "VBG":
        prev = tok.nbor(-1) if tok.i > 0 else None
        while prev is not None and prev.i > 0 and (prev.is_quote or prev.is_space):
            prev = prev.nbor(-1)
        return prev is not None and prev.text in (",", ";", "—", "–")
    if tok.tag_ in ("VBZ", "VBD"):
        subjects = (c.lower_ for c in tok.children if c.dep_ == "nsubj")
        return any(s in ("which", "this", "that") for s in subjects)
    return False


def _tail_span(tok: Token, j: int) -> tuple[int, int]:
    """The inference marker and what it governs, without trailing punctuation."""
    end = max(tok.right_edge.i + 1, j)
    while end > tok.i + 1 and (tok.doc[end - 1].is_punct or tok.doc[end - 1].is_space):
        end -= 1
    return tok.i, end


def _head_span(tok: Token) -> tuple[int, int]:
    """An intensifier with the word it strengthens ("extremely dangerous")."""
    h = tok.head
    if h.i != tok.i and abs(h.i - tok.i) <= 3 and h.pos_ in ("ADJ", "ADV", "VERB"):
        return min(tok.i, h.i), max(tok.i, h.i) + 1
    return tok.i, tok.i + 1


def _loaded_span(doc: Doc, hit: Hit) -> tuple[int, int] | None:
    """How far a loaded term reaches: with its noun ("relentless bombardment", also for a
    hyphenated phrase: "heavy-handed crackdown"), or a judgement adverb with what it qualifies
    ("notoriously narrow", "unusually violent language")."""
    span = hit.entry.span
    if span == "np":
        return _np_span(doc[hit.i])
    last = doc[hit.j - 1]
    if span == "phrase" and last.pos_ == "ADP":
        # "war on coal", "assault on democracy": the phrase with its object
        objs = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            return hit.i, max(hit.j, objs[0].i + 1)
    if span == "phrase" and hit.j < len(doc) and doc[hit.j].pos_ == "NOUN":
        # only a common noun right after it: "far-right former president X" stays "far-right"
        last = doc[hit.j - 1]
        if last.head.i == hit.j and last.dep_ in ("amod", "compound", "nmod"):
            return hit.i, hit.j + 1
    if span == "head":
        i, j = _head_span(doc[hit.i])
        if doc[hit.i].head.lemma_.lower() in hit.entry.unless:
            return None  # an idiom: "brutally honest"
        return i, max(j, _np_span(doc[j - 1])[1]) if j - 1 > hit.i else j
    return hit.i, hit.j


def _term(words: tuple[str, ...]) -> str:
    return " ".join(words).replace(" - ", "-")


def _note(e: Entry) -> str:
    """The term and its family: "fiasco (scare word)"."""
    name = FAMILY_NAMES.get(e.family)
    return f"{_term(e.words)} ({name})" if name else _term(e.words)


def predict_hit(doc: Doc, hit: Hit) -> Found | None:
    """Keep or drop one lexicon hit, and give it its span."""
    e, tok = hit.entry, doc[hit.i]
    if e.kind == "fixed":
        return None  # a fixed term ("police brutality") holds no loaded word
    if e.kind in ("loaded", "evaluative"):
        # a name ("Bloody Sunday"); a phrase is loaded even capitalised ("Axis of Evil")
        if len(e.words) == 1 and tok.ent_type_ in _NAME_ENTS and tok.pos_ == "PROPN":
            return None
        if _technical_use(tok, e.unless) or not _sense_fits(doc, hit):
            return None
        span = _loaded_span(doc, hit)
        if span is None:
            return None
        i, j = span
        return Found(i, max(j, hit.j), e.kind, _note(e), e.only)
    if e.kind == "inference":
        if len(e.words) == 1 and not _is_inference(tok):
            return None
        i, j = _tail_span(tok, hit.j)
        return Found(i, j, e.kind, _term(e.words))
    if e.kind == "speculation":
        span = _clause_span(doc[hit.j - 1] if len(e.words) > 1 else tok)
        if span is None:
            return None
        return Found(min(span[0], hit.i), max(span[1], hit.j), e.kind, _term(e.words))
    if e.kind == "intensifier":  # loaded language, as the annotation guidelines class it
        i, j = _head_span(tok)
        return Found(i, j, "loaded", f"{_term(e.words)} ({FAMILY_NAMES['intensifier']})")
    # "so-called" with the noun it distances ("so-called special military operation")
    j = max(hit.j, _np_span(doc[hit.j - 1])[1]) if e.span == "phrase" else hit.j
    return Found(hit.i, j, e.kind, _term(e.words))


def predict(doc: Doc, blanked: list[tuple[int, int]]) -> list[Found]:
    """Every voice item in the Doc outside boilerplate, in text order."""
    out: list[Found] = []
    for hit in find(doc):
        start = doc[hit.i].idx
        if any(s <= start < e for s, e in blanked):
            continue
        if hit.i > 0 and doc[hit.i - 1].text in ("#", "@"):
            continue  # a hashtag or a handle ("#rant"): a tag, not the writer's sentence
        found = predict_hit(doc, hit)
        if found is not None:
            out.append(found)
    return _outermost(_distanced(out))


def _distanced(items: list[Found]) -> list[Found]:
    """Drop a loaded term that a "so-called" before it holds at arm's length ("its so-called
    special military operation"): the hedge is the reporter's word, the term is not."""
    hedges = [f for f in items if f.kind == "hedge" and f.note == "so-called"]
    return [
        f
        for f in items
        if not (f.kind == "loaded" and any(h.i < f.i and f.j <= h.j for h in hedges))
    ]


def _outermost(items: list[Found]) -> list[Found]:
    """Drop an item lying inside another of the same kind ("regime" in "brutal regime")."""
    keep: list[Found] = []
    for f in items:
        inside = any(
            g is not f
            and g.kind == f.kind
            and g.i <= f.i
            and f.j <= g.j
            and (g.i, g.j) != (f.i, f.j)
            for g in items
        )
        if not inside and not any(k.kind == f.kind and (k.i, k.j) == (f.i, f.j) for k in keep):
            keep.append(f)
    return keep


_STANCE = {"speculation", "hedge"}


def voice_of(regions: list[Region], start: int, end: int, kind: str) -> tuple[str, str | None]:
    """("source", speaker id) inside a quotation, else ("author", None).

    Inside reported (indirect) speech the words are the reporter's paraphrase, so a loaded
    label there ("his regime" in "Putin said his regime has agreed") is still the reporter's
    choice; only the stance (a hedge or speculation: "Peskov said Wang might meet") belongs to
    the source.
    """
    verbatim = [r for r in regions if r.kind != "indirect"]
    r = region_at(verbatim, start, end)
    if r is None and kind in _STANCE:
        r = region_at([r for r in regions if r.kind == "indirect"], start, end)
    return ("source", r.speaker) if r is not None else ("author", None)


_NAMED = ("oprd", "advcl", "acomp", "xcomp", "attr", "ccomp")
_INSIDE = ("amod", "compound", "nmod", "pobj", "conj", "appos", "advmod", "npadvmod")


def naming_verb(doc: Doc, f: Found) -> Token | None:
    """The verb by which a source names or judges the thing the item describes ("Labour
    called the scheme an expensive gimmick", "a move Washington criticised as ill-advised"),
    else None: the item is then the source's word, not the reporter's."""
    child = doc[f.i : f.j].root
    via_appos = False  # "branded the plan a farce", parsed as an apposition to the object
    for _ in range(4):
        head = child.head
        if head.i == child.i:
            return None
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in naming_verbs():
            if child.dep_ in _NAMED or (child.dep_ == "prep" and child.lower_ == "as"):
                return head
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            second = bool(objs) and objs[0].i < child.i
            return head if child.dep_ == "dobj" and (second or via_appos) else None
        if child.dep_ not in _INSIDE and not (child.dep_ == "prep" and child.lower_ == "as"):
            return None
        via_appos = via_appos or child.dep_ == "appos"
        child = head
    return None


def namer(verb: Token) -> tuple[int, int] | None:
    """Character range of the naming verb's subject (or passive agent), else None."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                o = objs[0]
                return o.left_edge.idx, o.right_edge.idx + len(o.right_edge)
    return None
