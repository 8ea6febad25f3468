"""Headlines as the parser can read them.

A headline in title case or in capitals ("Kenyan Police Arrest Opposition Leader", "TAMIL
TIGER CHIEF KILLED") is parsed as a run of proper nouns. ``sentence_case_headlines`` lowers
its verbs and common nouns before the parse (same length: every offset holds, and the record
keeps the text as published); two spaCy components repair what the parse still gets wrong:
``noun_predicates`` (a noun with a subject and an object is the verb) and
``headline_passives`` ("Governor Jailed" is a passive). ``nlp.load_nlp`` adds them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.wordlists import words as word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["headline_passives", "noun_predicates", "sentence_case_headlines"]

LINE = re.compile(r"[^\n]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
SUFFIXES = ("s", "es", "d", "ed", "ing")
PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "in"})  # after a verb
ALPHA = re.compile(r"[A-Za-z]+")
VOWELS = frozenset("AEIOUY")
FUNCTION_WORDS = word_list("events/headline_function_words.txt")
PLURAL_NOUNS = word_list("events/headline_plural_nouns.txt")
HEADLINE_PASSIVES = word_list("events/headline_passives.txt")


def sentence_case_headlines(
    text: str,
    words: frozenset[str],
    acronyms: frozenset[str] = frozenset(),
    names: str = "",
    nouns: frozenset[str] = frozenset(),
    modifiers: frozenset[str] = frozenset(),
) -> str:
    """``text`` with every line in title case ("Biden Pardons Thousands More for Pot
    Offenses") given its ``words`` (event trigger lemmas, inflected forms only) in lower case:
    "Biden pardons Thousands ...". The tagger reads a capitalised verb of a headline as a
    proper noun and the recogniser glues it to the name before ("Biden Pardons" as one
    organisation); the parser sees the line as a sentence would be written. Same length, so
    every offset holds; the record keeps the text as published. A line in capitals is put in
    title case first, keeping its ``acronyms``. A base form is lowered only right after a
    plural or a pair of names ("Protesters Storm Parliament", "Putin, Bush Sign Treaty") and
    never inside a known name (``names``, lower case, each between spaces: "rights watch" of
    Human Rights Watch). In a line whose every content word is capitalised, the common
    ``nouns`` of people and bodies ("police", "farmers") are lowered too, in no known name and
    only after a word in lower case, a nationality (``modifiers``, lower case) or a
    possessive: "Kenyan Police Arrest Opposition Leader" is otherwise read as one
    organisation, and "Princeton University" keeps its capitals."""
    return LINE.sub(
        lambda m: _recased(
            _lead_cased(m.group(), acronyms), words, acronyms, names, nouns, modifiers
        ),
        text,
    )


# a paragraph's first name in capitals, then the surname: the lead style of some papers
# ("KATIE Price was so nervous", "BORIS Johnson has quit")
LEAD_NAME = re.compile(r"^([A-Z]{4,}) (?=[A-Z][a-z]+ [a-z])")


def _lead_cased(line: str, acronyms: frozenset[str]) -> str:
    """A line that opens with a first name in capitals before a capitalised surname and prose,
    with that name in title case ("KATIE Price was" -> "Katie Price was"): the recogniser
    reads "KATIE" as an organisation and the person is lost. Acronyms stay ("NATO
    leaders"); a longer run of capitals ("THE DODGERS MET with") is left as it is, its names
    and verbs not told apart. Same length."""
    m = LEAD_NAME.match(line)
    if m is None or m.group(1) in acronyms or not VOWELS & set(m.group(1)):
        return line
    return m.group(1)[0] + m.group(1)[1:].lower() + line[m.end(1) :]


def _title_cased(line: str, acronyms: frozenset[str]) -> str:
    """An all-capitals headline ("TAMIL TIGER CHIEF KILLED, ARMY SAYS") in title case, the
    case the tagger and the recogniser know a headline in. Acronyms stay: words of two
    letters, of three with no vowel ("IMF"), and the ``acronyms`` the knowledge base names
    ("NATO", "ASEAN", "IRA"). Same length."""
    letters = [c for c in line if c.isalpha()]
    if len(WORD.findall(line)) < 3 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return line

    def title(m: re.Match[str]) -> str:
        w = m.group()
        if w.lower() in FUNCTION_WORDS:
            return w.lower() if m.start() > 0 else w[0] + w[1:].lower()
        if len(w) <= 2 or (len(w) == 3 and not VOWELS & set(w)) or w in acronyms:
            return w
        return w[0] + w[1:].lower()

    return ALPHA.sub(title, line)


PAIR_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:,| and) [A-Z][\w'’-]+ $")


def _after_subject(line: str, at: int, w: str, names: str) -> bool:
    """Whether the base form ``w`` at ``at`` follows a headline's subject: a capitalised plural
    ("Protesters Storm", "Gunmen Kill", "Police Arrest": ``PLURAL_NOUNS``) or a pair of names
    ("Putin, Bush Sign", "Putin and Bush Sign"), in no known name."""
    before = line[:at]
    prev = before.rstrip().rsplit(" ", 1)[-1]
    if not prev[:1].isupper() or f" {prev.lower()} {w} " in names:
        return False
    plural = (prev.endswith("s") and len(prev) > 3) or prev.endswith("men")
    return plural or prev.lower() in PLURAL_NOUNS or bool(PAIR_BEFORE.search(before))


def _recased(
    line: str,
    words: frozenset[str],
    acronyms: frozenset[str],
    names: str,
    nouns: frozenset[str],
    modifiers: frozenset[str],
) -> str:
    line = _title_cased(line, acronyms)
    found = WORD.findall(line)
    upper = sum(w[0].isupper() for w in found)
    if len(found) < 4 or upper < 0.8 * len(found) or line.rstrip().endswith("."):
        return line
    # strictly title case: every content word capitalised ("from", "of" may not be); a
    # headline in sentence case with many names ("New Jersey touts ... Princeton University")
    # keeps its nouns
    content = [w for w in found if w.lower() not in FUNCTION_WORDS]
    strict = sum(not w[0].isupper() for w in content) <= len(content) // 10

    line = _modals_lowered(line, names)
    lowered: list[int] = []  # where the last lowered verb ended
    done: list[int] = [-1]  # where the last lowered word ended

    def low(m: re.Match[str]) -> str:
        w, at, end = m.group().lower(), m.start(), m.end()
        alone = at > 0 and line[at - 1] == " " and line[end : end + 1] != "-"
        if alone and w in PARTICLES and lowered and lowered[-1] == at - 1:
            return w  # "Gunned Down", "Hands Himself In": the verb's particle
        # inflected forms only: a headline's verbs ("Accuses", "Jailed"), not the base forms
        # that names are made of ("Trade", "Strike Force")
        stems = [w[: -len(x)] + e for x in SUFFIXES if w.endswith(x) for e in ("", "e")]
        stems += [w[: -len(x) - 1] for x in ("ed", "ing") if w.endswith(x) and _doubled(w, x)]
        if alone and any(st in words for st in stems):
            lowered.append(end)
            done.append(end)
            return w
        if alone and not lowered and w in words and _after_subject(line, at, w, names):
            lowered.append(end)  # "Protesters Storm Parliament": a base form after a plural
            done.append(end)
            return w
        nxt = line[end:].lstrip().split(" ", 1)[0].lower()
        noun = w in nouns or f"{w} {nxt}" in nouns  # "Riot Police": the first of two
        if alone and strict and noun and _lowerable(line, at, end, done[-1]):
            done.append(end)
            return w  # "Kenyan Police", "Arrest Opposition Leader": common nouns
        return m.group()

    def _lowerable(line: str, at: int, end: int, last: int) -> bool:
        prev = line[:at].rstrip().rsplit(" ", 1)[-1].lower()
        pair = f"{prev} {line[at:end].lower()}" in nouns  # "Riot Police" opening the line
        before = pair or _common_before(line, at, last, modifiers)
        return before and not _in_name(line, at, end, names)

    # Capitalised function words are left alone: lowered (tried 2026-12-08), they helped the
    # parse of some event headlines ("Dozens Of Students In Minsk") and split headlines of
    # lifestyle copy into new false names ("His Own Numbers Refute Him", "Several Visual
    # Tweaks") on NAEB, more often than not
    return CAPITALISED.sub(low, line)


def _common_before(line: str, at: int, last_lowered: int, modifiers: frozenset[str]) -> bool:
    """Whether the word before ``at`` lets a common noun there be lowered: a word in lower
    case or just lowered ("Arrest Opposition Leader"), a function word in any case ("Dozens
    Of Students"), a nationality ("Kenyan Police") or a
    possessive ("Sudan's Army"); not another capitalised word, which may begin a name the
    knowledge base does not know ("Princeton University", "Riot Police")."""
    prev = line[:at].rstrip().rsplit(" ", 1)[-1]
    if last_lowered == at - 1 or not prev[:1].isupper() or prev.lower() in FUNCTION_WORDS:
        return True
    return prev.lower() in modifiers or prev.endswith(("'s", "’s"))


def _in_name(line: str, at: int, end: int, names: str) -> bool:
    """Whether the word at ``at:end`` stands in a known name with the word before or after it
    ("Supreme Court", "Police Service of Northern Ireland"), lower case as ``names`` is."""
    prev = line[:at].rstrip().rsplit(" ", 1)[-1].lower()
    nxt = line[end:].lstrip().split(" ", 1)[0].lower()
    w = line[at:end].lower()
    return f" {prev} {w} " in names or f" {w} {nxt}" in names


# a headline's modal or "Not" before a capitalised word ("City Will Rebuild", "Mitch McConnell
# Not Running"): the recogniser glues it to the name or makes a person of "Will Rebuild"
MODAL = re.compile(r"(?<= )(Will|Would|Could|Should|Must|Can|Cannot|Might|Won't|Not)(?= [A-Z])")


def _modals_lowered(line: str, names: str) -> str:
    """The headline ``line`` with its modals and "Not" in lower case, save inside a known name
    ("Will Smith": ``names``, lower case, each between spaces). Same length."""

    def low(m: re.Match[str]) -> str:
        nxt = line[m.end() + 1 :].split(" ", 1)[0].lower()
        return m.group() if f" {m.group().lower()} {nxt} " in names else m.group().lower()

    return MODAL.sub(low, line)


def _doubled(w: str, suffix: str) -> bool:
    """ "gunned", "shipping": a consonant doubled before the suffix."""
    stem = w[: -len(suffix)]
    return len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou"


def headline_passives(doc: Doc) -> Doc:
    """ "Former Governor Jailed Over Bribery Scheme", "Journalist Shot Dead In Manila": a
    headline writes the passive without its auxiliary, and the parser reads the past form as
    active, its subject the doer. A verb of ``HEADLINE_PASSIVES`` in a past form with a
    subject (no pronoun: "She shot 67%") and neither object nor auxiliary, in a sentence of
    at most 20 words with no final stop, gets the passive's labels (its subject
    ``nsubjpass``, its tag VBN). After the lemmatizer, which it needs; the part of speech
    stays VERB."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text in HEADLINE_STOPS or len(words) > 20:
            continue
        for tok in words:
            if tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in HEADLINE_PASSIVES:
                _as_passive(tok)
    return doc


HEADLINE_STOPS = frozenset({".", "!", "?", ";", ":", '"', "”"})
ACTIVE_DEPS = frozenset({"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative"})


def _as_passive(tok: Token) -> None:
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    deps = {c.dep_ for c in tok.children}
    if len(subjects) != 1 or subjects[0].tag_ == "PRP" or deps & ACTIVE_DEPS:
        return
    tok.tag_ = "VBN"
    subjects[0].dep_ = "nsubjpass"


def noun_predicates(doc: Doc) -> Doc:
    """A word the tagger read as a noun to which the parser gave a subject and a direct object
    is the clause's verb: headlines drop the words that tell ("Kenyan police arrest opposition
    leader", "Rebels seize town"). Its tag becomes a verb's, before the attribute ruler and
    the lemmatizer run, so its part of speech and lemma follow (a spaCy component, after the
    parser)."""
    for tok in doc:
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            deps = {c.dep_ for c in tok.children}
            if "nsubj" in deps and "dobj" in deps:
                tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"
    return doc
