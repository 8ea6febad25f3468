"""The quotes stage. Entry point: `run(doc, record, ctx)`, which writes `record.quotes` and adds
the actors of speakers named only by description (unnamed.py).

Direct and partial quotations come from the quote marks (marks.py, quoted.py), indirect speech
from the parse (reported.py); subjects are read from the parse (subjects.py) and resolved
through the actors stage's public face (speakers.py, describe.py). The cue lexicon
(lexicon.py: ``cue_lexicon``, ``cue_framing``) is public: the voice stage reads it too.

Conventions of the output (the dev sets' gold follows them):
- ``text`` is the quoted words without the marks; a trailing comma (or ; :) inside the closing
  mark is dropped, a final . ? ! inside it is kept.
- A quote split around its attribution ('"A," he said. "B."') gives two items, each with the
  speaker. A multi-paragraph quotation gives one item per paragraph, all with its speaker.
- Quotes inside a quote are part of the outer one, never items of their own.
- ``partial`` is a quoted phrase inside the reporter's sentence, attributed to the reporting
  verb that governs it; a quoted phrase no reporting verb governs (a scare quote, a title) is
  not emitted. A direct quote with no attribution is emitted with ``speaker`` null when it is
  at least four words; it inherits the previous paragraph's speaker only where news convention
  makes it certain (see assemble.py).
- ``speaker`` is an actor id or null, never a guess: the subject is resolved through the actors
  stage's mentions at the subject's head word (or a named apposition); ``speaker_mention`` is
  the subject as written even when it resolves to no actor. ``cue`` is the cue word as in the
  text ("said", "According to", ":" for a "Name: ..." lead-in); ``framing`` comes from the
  cue lexicon.
- A body named by description ("according to the country's doctors' association", "Police
  said") resolves to the one organisation of the record it fits (describe.py), else null.
- A person named only by description that no actor resolves ("a staff member said", "one of
  Rogan's producers told") becomes an actor of its own named by that description (unnamed.py,
  per docs/annotation.md); a later "the <same noun>" is the same actor.
- A sentence-final "according to X" vouches for the nearest finite clause before it (a
  relative or adverbial clause with its own subject); another speaker's reported clause ends
  before that clause. A speech verb the parser coordinated inside a reported clause ("X said
  S and warned ...") takes the reporting verb's subject, and the reported clause ends before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.lookup import home_country
from communique.quotes.assemble import find_all, to_records
from communique.quotes.lookup import cue_framing, cue_lexicon
from communique.quotes.unnamed import described_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context

__all__ = ["cue_framing", "cue_lexicon", "run"]


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Find every quotation of the article and write them to ``record.quotes``."""
    found, _ranges = find_all(doc, record, ctx)
    record.quotes = to_records(record, found)
    # "a staff member said": an actor of its own
    described_speakers(doc, record, home_country(ctx))
