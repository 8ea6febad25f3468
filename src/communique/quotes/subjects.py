"""The subject of a cue: who uttered what a reporting verb or "according to" reports.

Read from the parse (nsubj of the cue verb; the object of "according to"; the subject of the
governing verb for a participle such as "..., he said, blaming X"; the reporting verb's subject
for a speech verb the parser hung inside the reported clause), with repairs for parses that
lose the subject (a headline run into the sentence, an inserted participle). Token work only:
speakers.py turns the subject into an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from communique.quotes.lexicon import token_cue
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLIMB = ("conj", "advcl", "xcomp", "pcomp", "prep", "acl")
_RELATIVE = ("who", "which", "that", "whom")
_FLOATING = words("quotes/subjects_floating.txt")
_PERSON_NOUNS = words("quotes/person_nouns.txt")
_SOURCE_NOUNS = words("quotes/subjects_source_nouns.txt")


def subject_of(cue: Token) -> Token | None:
    """The token naming who uttered what ``cue`` reports, or None when the parse has none."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        return _source_of(obj) if obj is not None else None  # "a statement from the ministry"
    if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN") and _own_subject(cue) is None:
        return None
    gov = coordinated_reporter(cue)
    if gov is not None:
        return _source_of(gov)
    tok: Token = cue
    for _ in range(4):
        subj = _own_subject(tok)
        if subj is not None:
            return _source_of(subj)
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return _verb_read_as_noun(tok) or _noun_source(tok.head) or _participle_subject(tok)
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i or not same_paragraph(tok, tok.head):
            break
        tok = _reporter_of(tok) or tok.head
    return _reduced_relative_subject(tok) or _relative_antecedent(tok) or leading_subject(tok)


def _reporter_of(part: Token) -> Token | None:
    """'X noted the sum was "unjust," writing: ...', 'X said the plan failed, adding that ...':
    a participle after a comma that the parser hung on a reported clause whose subject is a
    thing speaks for the clause's reporter (a thing writes nothing); the reporting verb, or
    None. A clause about someone keeps its subject ("X said Y emailed Z, asking ...": Y asks)."""
    clause = part.head
    if part.tag_ != "VBG" or part.dep_ != "advcl" or clause.dep_ != "ccomp":
        return None
    if not any(t.text == "," for t in part.doc[max(0, part.i - 2) : part.i]):
        return None
    subj = _own_subject(clause)
    thing = (
        subj is not None
        and subj.pos_ == "NOUN"
        and not subj.ent_type_
        and subj.lemma_.lower() not in _PERSON_NOUNS
    )
    reporter = clause.head
    if not thing or token_cue(reporter) is None or not same_paragraph(clause, reporter):
        return None
    return reporter


def _participle_subject(part: Token) -> Token | None:
    """'..., said Celinda Lake, a pollster, calling it a key element': a participle the parser
    hung on the clause's subject speaks for that subject."""
    head = part.head
    if part.tag_ != "VBG" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return head if same_paragraph(head, part) else None


def _verb_read_as_noun(part: Token) -> Token | None:
    """'"...," one disgruntled user posted on Reddit.': the parser read the sentence as a noun
    phrase with a participle after its head (the verb's past tense and participle look
    alike); the head, root of the sentence and right before the verb, is its subject."""
    head = part.head
    if part.tag_ not in ("VBD", "VBN") or part.i != head.i + 1 or head.pos_ != "NOUN":
        return None
    if head.dep_ == "ROOT":
        return head
    # or the parser made the noun an object of the quoted words: it opens right after them
    mods = [c for c in head.lefts if c.dep_ in ("det", "nummod", "amod", "compound", "poss")]
    first = min([head, *(t for c in mods for t in c.subtree)], key=lambda t: t.i)
    before = head.doc[first.i - 1] if first.i > 0 else None
    return head if before is not None and before.tag_ == "''" else None


def _relative_antecedent(verb: Token) -> Token | None:
    """'S, Sweden, which holds the EU presidency, said.': the parser hung the relative clause
    on a noun of S and left the verb without a subject; the name right before ", which" is it.
    """
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].is_punct:
        k -= 1
    tok = doc[k]
    for _ in range(6):
        if tok.dep_ == "relcl" and tok.i < verb.i:
            rel = tok.left_edge
            if rel.lower_ not in ("which", "who") or rel.i < 3 or doc[rel.i - 1].text != ",":
                return None
            name = doc[rel.i - 2]
            ok = name.pos_ in ("PROPN", "NOUN") and same_paragraph(name, verb)
            return name if ok else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _reduced_relative_subject(verb: Token) -> Token | None:
    """'Mali and Niger, both run by soldiers, have said ...': the parser took the inserted
    participle for a clause of its own and gave it the sentence's subject; the first noun
    subject of a bare participle (no auxiliary) left of the verb is the verb's subject."""
    for c in verb.lefts:
        if (
            c.dep_ in ("ccomp", "advcl")
            and c.tag_ == "VBN"
            and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        ):
            subs = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]
            if subs and same_paragraph(subs[0], verb):
                return subs[0]
    return None


def coordinated_reporter(cue: Token) -> Token | None:
    """'X said the attackers were professionals and described the raid as "terror"', 'X said
    his party would back the bill but warned ...': the parser hangs a second reporting verb on
    the last verb of the reported clause, but a speech verb coordinated there continues the
    reporter's sentence about X; its subject is the subject of the verb that reports the
    clause. Only for a cue with no subject of its own."""
    if cue.dep_ != "conj" or _own_subject(cue) is not None:
        return None
    head = cue.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    gov = head.head
    if head.dep_ != "ccomp" or gov.pos_ != "VERB" or token_cue(gov) is None:
        return None
    if not same_paragraph(gov, cue) or is_passive(gov):
        return None
    return _own_subject(gov)


_NP_POS = ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "X")
_REST_POS = ("ADP", "ADV", "PROPN", "NOUN", "NUM", "DET", "SPACE")


def leading_subject(verb: Token) -> Token | None:
    """When the parse gave the paragraph's first verb no subject (typically because it ran a
    headline or the previous paragraph into the sentence), the noun phrase that opens the
    paragraph right before it: 'Kremlin spokesman Dmitry Peskov later told ...'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    i = verb.i
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    toks = [t for t in doc[i : verb.i] if not t.is_space]
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) == 2 and commas[1] == len(toks) - 1:
        toks = toks[commas[0] + 1 : -1]  # 'The home secretary, Jane Roe, has insisted'
        if toks and toks[-1].pos_ == "AUX":
            toks = toks[:-1]
    elif commas:
        return None
    if not toks or any(t.pos_ in ("VERB", "AUX", "PRON") for t in toks):
        return None
    last = None
    k = 0
    while k < len(toks) and (toks[k].pos_ in _NP_POS or toks[k].text in ("-", "’s", "'s")):
        if toks[k].pos_ in ("PROPN", "NOUN"):
            last = toks[k]
        k += 1
    if last is None or any(t.pos_ not in _REST_POS for t in toks[k:]):
        return None
    return last


def common_noun(tok: Token) -> bool:
    """A common noun, also when the tagger called a lower-case one a proper noun ("the
    senator explained")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether two tokens stand in one paragraph: the parser sometimes runs a headline or a
    previous paragraph into a sentence, and an attribution never crosses a paragraph break."""
    ids = paragraph_ids(a.doc)
    return ids[a.i] == ids[b.i]


_LAST: list[Any] = [None, ()]  # the last Doc seen and its paragraph ids (one article at a time)


def paragraph_ids(doc: Doc) -> tuple[int, ...]:
    """Paragraph number of every token (a line break in a token's trailing space ends its
    paragraph); computed once per Doc."""
    if _LAST[0] is not doc:
        ids, n = [], 0
        for t in doc:
            ids.append(n)
            if "\n" in t.text_with_ws:
                n += 1
        _LAST[0], _LAST[1] = doc, tuple(ids)
    return _LAST[1]  # type: ignore[no-any-return]


def is_passive(tok: Token) -> bool:
    """'He was told', 'Asked whether ..., X said': the subject heard, not spoke."""
    if tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    return tok.dep_ in ("advcl", "acl", "amod") and not any(c.dep_ == "nsubj" for c in tok.children)


def _own_subject(tok: Token) -> Token | None:
    subs = [
        c
        for c in tok.children
        if same_paragraph(c, tok)
        and (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and tok.lemma_ == "quote"))
    ]
    if not subs:
        return None
    if len(subs) > 1:  # 'Mali and Niger, both run by soldiers, said': the names, not "both"
        subs = [t for t in subs if t.lower_ not in _FLOATING] or subs
    c = min(subs, key=lambda t: abs(t.i - tok.i))
    if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
        return tok.head
    return c


def _source_of(subj: Token) -> Token:
    """ "The ministry's statement said" -> the ministry: a reporting noun gives way to its
    owner or author when the sentence names one."""
    if subj.lemma_.lower() in _SOURCE_NOUNS:
        return _noun_source(subj) or subj
    return subj


def _noun_source(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return _own_subject(noun.head)
    return None


def inverted_subject(cue: Token) -> Token | None:
    """'"...," said the minister': a noun right after the verb, when the parse gave no nsubj."""
    if cue.lemma_ == "tell":
        return None
    for c in cue.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj") and c.pos_ in (
            "NOUN",
            "PROPN",
            "PRON",
        ):
            return c
    return None
