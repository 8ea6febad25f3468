"""The voice stage. Entry point: `run(doc, record, ctx)`, which writes record.voice and
record.voice_summary.

Voice: every loaded or evaluative term, hedge, speculation, inference and intensifier found by
the lexicons in ``data/voice/``, with whose voice it is: a source's (``source``, with the
speaker's actor id) inside a quotation, in what a source calls something ("Labour called the
scheme a gimmick"), or, for a hedge or speculation, inside reported speech; else the reporter's
(``author``): a paraphrase's wording is the reporter's own. Sneer quotes are the reporter's too:
a word or two in quotation marks that no one is said to have said, in a sentence with no verb of
saying or naming (so-called “experts”, the “peaceful” protest). The per-article summary is
``record.voice_summary`` (summary.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.record import Voice, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.record import ArticleRecord
    from communique.types import Context
    from communique.voice.regions import Region
    from communique.voice.voice import Found


def _blanked(record: ArticleRecord) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in record.boilerplate]


def _named_by_source(
    doc: Doc, record: ArticleRecord, regions: list[Region], f: Found, start: int, end: int
) -> tuple[str, str | None]:
    """("source", speaker) when a source names the thing with the loaded word ("Labour called
    the scheme a gimmick"); the speaker is the reported-speech region's, else the actor who is
    the naming verb's subject."""
    from communique.actors.lookup import actor_at
    from communique.voice.regions import region_at
    from communique.voice.voice import namer, naming_verb

    verb = naming_verb(doc, f)
    if verb is None:
        return "author", None
    r = region_at(regions, start, end)
    if r is not None and r.speaker:
        return "source", r.speaker
    subj = namer(verb)
    return "source", actor_at(record, *subj) if subj else None


_SHORT_QUOTE_WORDS = 8


def _reporting(regions: list[Region], start: int, end: int) -> str | None:
    """The speaker of the reported speech around ``[start, end)``, if one."""
    from communique.voice.regions import region_at

    r = region_at([g for g in regions if g.kind == "indirect"], start, end)
    return r.speaker if r is not None else None


def _quoted_phrase(regions: list[Region], start: int, end: int) -> tuple[int, int]:
    """Keep a source's loaded words inside the quotation they come from; a loaded word inside a
    short partial quote stands for the whole quoted phrase: the reporter quoted exactly those
    words ("the “bloody events in Ukraine”")."""
    from communique.voice.regions import region_at

    r = region_at([g for g in regions if g.kind != "indirect"], start, end)
    if r is None:
        return start, end
    if r.kind == "partial" and len(r.text_words) <= _SHORT_QUOTE_WORDS:
        return r.start, r.end
    return max(start, r.start), min(end, r.end)


def _note(record: ArticleRecord, term: str, voice: str, speaker: str | None) -> str:
    """The lexicon term, and whose words they are when they are a source's."""
    if voice != "source":
        return term
    actor = record.actor(speaker)
    return f"{term}; the words of {actor.name}" if actor else f"{term}; a source's words"


_SNEER_BEFORE = ("DET", "PRON")  # "the “experts”", "their “peaceful” protest"
_EDGE_PUNCT = ".,;:!?'’‘ "


def _attributing(sent: Span) -> bool:
    """The sentence says who said or named something: a verb or noun of saying ("said",
    "statement"), a verb of naming ("called", "dubbed") or a word that mentions a word ("the
    term", "known as", "so-called", "slogan")."""
    from communique.quotes.lookup import cue_lexicon
    from communique.voice.lexicon import groups, naming_verbs

    cues = {k[0] for k in cue_lexicon() if k[1] in ("verb", "noun")}
    mention = groups().get("mention", frozenset())
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in cues or lemma in mention or t.lower_ in mention:
            return True
        if t.pos_ in ("VERB", "AUX") and lemma in naming_verbs():
            return True
    return False


def _sneer_word(tok: Token) -> bool:
    """A word a writer can put in sneer quotes: one that claims a quality or a standing
    ("peaceful", "fair", "experts", "reform"): evaluative in the base lexicons, or one of the
    claim words of data/voice/groups.tsv ("sneer")."""
    from communique.voice.lexicon import evaluative, groups

    forms = {tok.lower_, tok.lemma_.lower()}
    return bool(forms & evaluative()) or bool(forms & groups().get("sneer", frozenset()))


def _sneer_quotes(doc: Doc, record: ArticleRecord, regions: list[Region]) -> list[Voice]:
    """Scare or sneer quotes in the reporter's own sentence: one lower-case word between
    quotation marks that the quotes stage gave no speaker (kind "marks"), right after a
    determiner or a possessive ("the “experts”", "Biden's “reforms”", "their “peaceful”
    protest"), that claims a quality or a standing (``_sneer_word``), in a sentence with no other
    quotation and no verb of saying or naming. Quoted terms and coinages ("the “mixer” tables",
    "the year of “quiet luxury”") and words after a verb or preposition ("sued for
    “misleadingly” promoting": a source's word) do not count. "The so-called “experts”" is
    caught by the hedge "so-called" instead."""
    out: list[Voice] = []
    quoted = [r for r in regions if r.kind != "marks"]
    for r in regions:
        if r.kind != "marks":
            continue
        inner = record.text[r.start + 1 : r.end - 1].strip(_EDGE_PUNCT)
        words = inner.split()
        if len(words) != 1 or not inner.isalpha() or not inner[0].islower():
            continue  # a phrase, a name or title (“Oppenheimer”), a coinage (“anti-hotel”)
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].i == 0:
            continue
        before = doc[span[0].i - 1]
        if not (before.pos_ in _SNEER_BEFORE or before.tag_ == "POS"):
            continue
        word = next((t for t in span if t.is_alpha), None)
        if word is None or not _sneer_word(word):
            continue
        sent = span[0].sent
        if any(sent.start_char <= q.start < sent.end_char for q in quoted):
            continue
        if any(
            g is not r and g.kind == "marks" and sent.start_char <= g.start < sent.end_char
            for g in regions
        ):
            continue  # several quoted stretches: a source's words, cut up
        if _attributing(sent):
            continue
        out.append(
            make_span(
                record.text,
                r.start,
                r.end,
                Voice,
                kind="loaded",
                voice="author",
                speaker=None,
                note="sneer quotes",
            )
        )
    return out


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Write ``record.voice`` and ``record.voice_summary``."""
    from communique.voice.regions import source_regions
    from communique.voice.summary import summarise
    from communique.voice.voice import predict, voice_of

    blanked = _blanked(record)
    regions = source_regions(record)
    items: list[Voice] = []
    for f in predict(doc, blanked):
        start, end = doc[f.i].idx, doc[f.j - 1].idx + len(doc[f.j - 1].text)
        voice, speaker = voice_of(regions, start, end, f.kind)
        if f.kind == "loaded" and speaker is None:
            # unattributed quotation marks, or none: a source may still name the thing
            named, by = _named_by_source(doc, record, regions, f, start, end)
            if named == "source":
                voice, speaker = named, by or _reporting(regions, start, end)
            elif voice == "source":
                speaker = _reporting(regions, start, end)
        if voice == "author" and f.only == "source":
            continue  # "illegal", "fraud": a source's accusation, plain words in reporting
        if voice == "source" and f.kind == "loaded":
            start, end = _quoted_phrase(regions, start, end)
        if any(v.start == start and v.end == end and v.kind == f.kind for v in items):
            continue
        items.append(
            make_span(
                record.text,
                start,
                end,
                Voice,
                kind=f.kind,
                voice=voice,
                speaker=speaker,
                note=_note(record, f.note, voice, speaker),
            )
        )
    for v in _sneer_quotes(doc, record, regions):
        if not any(w.start == v.start and w.end == v.end and w.voice == "author" for w in items):
            items.append(v)
    record.voice = sorted(items, key=lambda v: (v.start, v.end))
    record.voice_summary = summarise(doc, record, regions, blanked)
