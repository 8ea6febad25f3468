"""Quoted stretches found from quotation marks alone (text level, no parse).

Why text level: the parser splits and joins sentences around quote marks unpredictably, while
the marks themselves, read in context, say where a quotation opens and closes. Each mark is
classified by its neighbours (an opening mark follows a space and precedes a word; a closing
mark follows a word and precedes a space or punctuation), then marks are paired per paragraph
with a stack, so nested quotes, apostrophes ("Russia’s", "don't", "'90s", "officials’ plan")
and stray marks are handled without ever raising. A paragraph that leaves a quotation open
continues it when the next paragraph opens with the same kind of mark (news convention for
multi-paragraph quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

DOUBLE = '“”„‟"«»'
SINGLE = "‘’‚‛'‹›"
OPEN_GLYPHS = "“„‟«‘‚‛‹"
CLOSE_GLYPHS = "”»’›"
MARKS = DOUBLE + SINGLE
_LEFT_OPENERS = "([{—–-/…" + OPEN_GLYPHS
_RIGHT_CLOSERS = ",.;:!?)]}—–-…" + CLOSE_GLYPHS + "\"'"
_DECADE = re.compile(r"\d\d(s|\b)")
_TRAIL = " \t\n,;:"


class Mark(Enum):
    OPEN = "open"
    CLOSE = "close"
    AMBIG = "ambig"  # a straight mark with spaces (or words) on both sides: state decides
    MAYBE = "maybe"  # ’ after s/z/x: a plural possessive or a closing single mark
    APOS = "apos"  # an apostrophe, not a quotation mark


@dataclass(frozen=True)
class Stretch:
    """One quoted stretch. ``start``/``end`` bound the quoted words (marks, outer spaces and a
    trailing comma left out); ``open_at``/``close_at`` are the marks' offsets (-1 when the mark
    is missing); ``depth`` 0 is a top-level quotation, 1 a quote inside a quote; stretches of one
    multi-paragraph quotation share ``group``; ``para`` is the paragraph's start offset."""

    start: int
    end: int
    open_at: int
    close_at: int
    family: str
    depth: int
    group: int
    para: int


def family_of(ch: str) -> str:
    return "double" if ch in DOUBLE else "single"


def classify(text: str, i: int) -> Mark:
    """What the mark at ``text[i]`` is, from its glyph and its neighbours."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = prev.isspace() or prev in _LEFT_OPENERS
    right = nxt.isspace() or nxt in _RIGHT_CLOSERS
    if ch in SINGLE:
        if (prev == ch or nxt == ch) and ch in "'‘’":
            return Mark.APOS  # a doubled apostrophe (''word'', wiki markup): not a quote mark
        if prev.isalnum() and nxt.isalnum():
            return Mark.APOS
        if left and _DECADE.match(text, i + 1):
            return Mark.APOS
        if right and not left and ch in "’'" and prev in "sSzZxX":
            return Mark.MAYBE
    if left and not right:
        return Mark.OPEN
    if right and not left:
        return Mark.CLOSE
    if ch in OPEN_GLYPHS:
        return Mark.OPEN
    if ch in CLOSE_GLYPHS:
        return Mark.CLOSE if left or right or ch not in SINGLE else Mark.APOS
    return Mark.AMBIG


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line; a line is a paragraph in plain-text news."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_stretches(text: str) -> list[Stretch]:
    """Every quoted stretch in ``text``, in text order. Never raises."""
    paras = paragraphs(text)
    out: list[Stretch] = []
    carry: int | None = None  # group of the quotation the previous paragraph left running
    for n, (ps, pe) in enumerate(paras):
        nxt_opens = _opens_with_mark(text, paras[n + 1]) if n + 1 < len(paras) else None
        found, running = _pair_paragraph(text, ps, pe, nxt_opens)
        first = _first_mark(text, ps, pe)
        items = sorted(found + ([running] if running else []), key=lambda s: s.start)
        new_carry = None
        for s in items:
            group = carry if carry is not None and s.open_at == first and s.depth == 0 else None
            s = _with_group(s, len(out) if group is None else group)
            out.append(s)
            if s is not None and running is not None and s.open_at == running.open_at:
                new_carry = s.group if nxt_opens == s.family else None
        carry = new_carry
    return out


def _with_group(s: Stretch, group: int) -> Stretch:
    return Stretch(s.start, s.end, s.open_at, s.close_at, s.family, s.depth, group, s.para)


def _first_mark(text: str, ps: int, pe: int) -> int:
    i = ps
    while i < pe and text[i].isspace():
        i += 1
    return i if i < pe and text[i] in MARKS else -2


def _opens_with_mark(text: str, para: tuple[int, int]) -> str | None:
    i = _first_mark(text, *para)
    if i < 0 or classify(text, i) not in (Mark.OPEN, Mark.AMBIG):
        return None
    return family_of(text[i])


def _pair_paragraph(
    text: str, ps: int, pe: int, next_opens: str | None
) -> tuple[list[Stretch], Stretch | None]:
    """Stretches closed inside [ps, pe) and the top-level one left open (continuing into the
    next paragraph, or running to the paragraph's end when it opened the paragraph)."""
    marks = [(i, classify(text, i)) for i in range(ps, pe) if text[i] in MARKS]
    marks = [(i, k) for i, k in marks if k is not Mark.APOS]
    stack: list[int] = []
    found: list[Stretch] = []
    for n, (i, kind) in enumerate(marks):
        fam = family_of(text[i])
        open_idx = next(
            (j for j in range(len(stack) - 1, -1, -1) if family_of(text[stack[j]]) == fam), None
        )
        if kind is Mark.AMBIG:
            kind = Mark.CLOSE if open_idx is not None else Mark.OPEN
        elif kind is Mark.MAYBE:
            kind = (
                Mark.CLOSE
                if open_idx is not None and not _later_close(text, marks, n)
                else Mark.APOS
            )
        if kind is Mark.OPEN:
            stack.append(i)
        elif kind is Mark.CLOSE:
            if open_idx is not None:
                o = stack[open_idx]
                del stack[open_idx:]
                _add(found, text, o + 1, i, o, i, fam, len(stack), ps)
            elif not stack and not found and not any(k is Mark.OPEN for _, k in marks[:n]):
                _add(found, text, ps, i, -1, i, fam, 0, ps)  # lost opening mark: best effort
    running = None
    if stack:
        o = stack[0]
        fam = family_of(text[o])
        opens_para = _first_mark(text, ps, pe) == o
        before = text[ps:o].rstrip()
        opens_sentence = opens_para or before[-1:] in (".", ":", ",", "!", "?", "—", "–")
        if (next_opens == fam and opens_sentence) or opens_para:
            running = _make(text, o + 1, pe, o, -1, fam, 0, ps)
    return found, running


def _later_close(text: str, marks: list[tuple[int, Mark]], n: int) -> bool:
    """True when the next single-family mark after ``marks[n]`` is a definite closing one, so
    the MAYBE mark at ``n`` is better read as a possessive apostrophe."""
    for _i, k in marks[n + 1 :]:
        if family_of(text[_i]) != "single":
            continue
        return k is Mark.CLOSE
    return False


def _make(
    text: str, s: int, e: int, o: int, c: int, fam: str, depth: int, ps: int
) -> Stretch | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    if e <= s or not any(ch.isalnum() for ch in text[s:e]):
        return None
    return Stretch(s, e, o, c, fam, depth, -1, ps)


def _add(
    found: list[Stretch], text: str, s: int, e: int, o: int, c: int, fam: str, depth: int, ps: int
) -> None:
    st = _make(text, s, e, o, c, fam, depth, ps)
    if st is not None:
        found.append(st)
