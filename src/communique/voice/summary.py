"""The per-article voice summary: how much the reporter judges, hedges, quotes and attributes.

Counts are over the article text outside boilerplate. ``hedges`` counts the reporter's own
hedges and speculation (author voice); a source's hedges are the source's business. The framing
of cue verbs ("claimed", "insisted" vs "said") is counted per framing from the quotes the quotes
stage attributed: it says how the reporter frames sources, and is kept here rather than as voice
items because the cue itself is already on the quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.record import VoiceSummary
from communique.voice.regions import Region, quoted_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord

_LOADED = {"loaded", "evaluative"}
_HEDGES = {"hedge", "speculation"}


def _framing(record: ArticleRecord) -> dict[str, int]:
    from communique.quotes.lookup import cue_framing

    out: dict[str, int] = {}
    for q in record.quotes:
        framing = q.framing or (cue_framing(q.cue) if q.cue else None)
        if framing and framing != "neutral":
            out[framing] = out.get(framing, 0) + 1
    return out


def _sentences(doc: Doc, regions: list[Region], blanked: list[tuple[int, int]]) -> tuple[int, int]:
    """(statements, statements holding a quotation or reported content)."""
    spans = sorted((r.start, r.end) for r in regions)
    total = attributed = 0
    for sent in doc.sents:
        if not any(t.is_alpha for t in sent):
            continue
        s, e = sent.start_char, sent.end_char
        if any(bs <= s and e <= be for bs, be in blanked):
            continue
        total += 1
        if any(rs < e and s < re_ for rs, re_ in spans):
            attributed += 1
    return total, attributed


def summarise(
    doc: Doc, record: ArticleRecord, regions: list[Region], blanked: list[tuple[int, int]]
) -> VoiceSummary:
    """The summary of ``record.voice`` (already written) and the quotation structure."""
    words = sum(1 for t in doc if not (t.is_space or t.is_punct))
    chars = sum(1 for c in record.text if not c.isspace())
    chars -= sum(1 for s, e in blanked for c in record.text[s:e] if not c.isspace())
    loaded_author = sum(1 for v in record.voice if v.voice == "author" and v.kind in _LOADED)
    loaded_source = sum(1 for v in record.voice if v.voice == "source" and v.kind in _LOADED)
    sentences, attributed = _sentences(doc, regions, blanked)
    return VoiceSummary(
        words=words,
        loaded_author_per_1000=round(1000.0 * loaded_author / words, 2) if words else 0.0,
        hedges=sum(1 for v in record.voice if v.voice == "author" and v.kind in _HEDGES),
        quoted_share=round(min(1.0, quoted_chars(record, regions) / chars), 3) if chars else 0.0,
        attributed_share=round(attributed / sentences, 3) if sentences else 0.0,
        loaded_author=loaded_author,
        loaded_source=loaded_source,
        inferences=sum(1 for v in record.voice if v.kind == "inference"),
        intensifiers=sum(1 for v in record.voice if "(intensifier" in (v.note or "")),
        sentences=sentences,
        attributed_sentences=attributed,
        framing=_framing(record),
    )
