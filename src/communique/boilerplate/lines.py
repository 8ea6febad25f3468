"""Line-level prediction of boilerplate: which characters of the text are captions, credits,
comment widgets, share prompts, bylines, datelines or other page furniture.

Why line level: extraction (trafilatura, copy-paste) leaves page furniture as whole lines, and
the features that tell it from news are line features: a short line without final punctuation
between the headline and the first paragraph, agency names and "via AP" in a line of capitalised
words, a dateline prefix at the start of a paragraph. Rules are written to keep precision: a
news sentence (long, lower-case words, final punctuation) never matches.

``find(text)`` returns (start, end, kind) triples; writing them into the record is
``communique.boilerplate.run``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.boilerplate.dates import DATE, stamp
from communique.boilerplate.patterns import (
    agencies,
    agency_regex,
    caption_cue_regex,
    dateline_places,
    line_regex,
    word_set,
)
from communique.record import Boilerplate, make_span

Found = tuple[int, int, str]
FINAL = tuple(".!?…\"”’'")
# Words that make a short capitalised line a photo credit ("via" only with an agency).
PHOTO_MARKER = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|getty|pool|courtesy|handout|credit|"
    r"shutterstock|alamy|istock(?:photo)?)\b",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-•*·])\s")
SLASH = re.compile(r"([^/]+?)\s*/\s*([^/]+)(?:/\s*(?:File(?: Photo)?|Pool))?$")
CAPTION_MARKER = re.compile(
    r"^(?:(?-i:FILE PHOTO|FILE)|photo|image|picture|pictured|caption|main image|top image|"
    r"top photo)"
    r"\s*(?::|\s[-–—])\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A credit that ends a caption line: "... on Monday. (AP Photo/Jane Doe)" or
# "... on Monday. Photograph: Jane Doe/Reuters".
TRAILING_CREDIT = re.compile(
    r"(?:\s\((?P<paren>[^()]{2,100})\)|(?<=[.!?”\"])\s+(?P<bare>(?i:photo(?:graph)?|picture|image|"
    r"credit)s?\s*:\s*[^()]{2,80}|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*/\s*[A-Z][^()]{1,60}))"
    r"\.?$"
)
_CAPS = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
_TITLE = r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}"
DATELINE = re.compile(
    rf"(?P<place>{_CAPS}|{_TITLE})"
    rf"(?P<region>(?:,\s*(?!{DATE}\b){_TITLE}){{0,2}})"
    rf"(?:,\s*(?P<date>{DATE}))?"
    r"\s*(?P<agency>\([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}\))?"
    r"\s*(?P<sep>—|–|--|\s-|:)(?=\s*[\"“‘'A-Z0-9])"
)
# A dateline that is only the agency: "(CNN) —".
AGENCY_DATELINE = re.compile(
    r"\([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2}\)\s*(?:—|–|--|-)(?=\s*[\"“‘'A-Z0-9])"
)
BY = re.compile(r"^(?:By|BY|Written by|Words by|Story by)\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """The non-empty lines with the offsets of their stripped text."""
    out, pos = [], 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            st = pos + len(raw) - len(raw.lstrip())
            out.append(Line(st, st + len(s), s))
        pos += len(raw) + 1
    return out


def ends_sentence(s: str) -> bool:
    return s.rstrip(")]").endswith(FINAL)


def _lowers(words: list[str], allowed: frozenset[str]) -> int:
    return sum(1 for w in words if w[:1].islower() and w.strip(",;:.()").lower() not in allowed)


def is_credit(s: str) -> bool:
    """A photo credit: a few capitalised words with an agency or a photo marker
    ("Jane Doe/Reuters", "AP Photo/Jane Doe", "Name, Agency, Pool Photo via AP", "Getty Images")."""
    core = s.strip().strip("()[]").strip().rstrip(".").strip()
    words = core.split()
    if not 1 <= len(words) <= 16 or _lowers(words, word_set("credit")) > 1 or LIST_ITEM.match(core):
        return False
    if core.casefold() in agencies():
        return True
    has_agency = agency_regex().search(core) is not None
    if PHOTO_MARKER.search(core) and (has_agency or len(words) <= 8):
        return True
    m = SLASH.search(core)
    if m:
        left, right = m.group(1).strip(), m.group(2).strip()
        for agency_side, name_side in ((left, right), (right, left)):
            if agency_regex().fullmatch(agency_side) and len(name_side.split()) >= 2:
                return True
    segments = [x.strip() for x in core.split(",")]
    return len(segments) >= 2 and segments[-1].casefold() in agencies()


def is_byline(s: str) -> bool:
    """ "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE": names only."""
    m = BY.match(s)
    if not m or s.endswith(("!", "?", ":")):
        return False
    words = re.findall(r"[\w'’.\-@]+", m.group("rest"))
    if not words or len(words) > 14:
        return False
    if words[0].rstrip(".").lower() in word_set("not_names") or not words[0][0].isupper():
        return False
    if s.endswith(".") and len(words) > 6 and not re.search(r"\b[A-Z]\.$", s):
        return False
    if len(words) == 1 and words[0].casefold() not in agencies():
        return False
    return _lowers(words, word_set("name_connect")) == 0


def dateline_prefix(line: Line) -> Found | None:
    """The dateline that opens a paragraph ("MOSCOW (AP) —", "BEIJING, Feb 21 (Reuters) -"):
    the prefix only, never the sentence after it."""
    m = DATELINE.match(line.text)
    if m is None:
        a = AGENCY_DATELINE.match(line.text)
        return (line.start, line.start + a.end(), "dateline") if a else None
    if m.end() > 90:
        return None
    place = m.group("place")
    caps = place.isupper() and len(place.replace(".", "")) >= 3
    ok = m.group("agency") or (
        caps and (m.group("date") or m.group("region") or place.upper() in dateline_places())
    )
    if not ok:
        return None
    return line.start, line.start + m.end(), "dateline"


def classify(s: str) -> str | None:
    """The kind of a whole line by its own text alone (None: not boilerplate by itself)."""
    rx, kinds = line_regex()
    m = rx.fullmatch(s)
    if m is not None and m.lastgroup:
        return kinds[int(m.lastgroup[1:])]
    if stamp(s):
        return "dateline"
    if is_byline(s):
        return "byline"
    if is_credit(s):
        return "credit"
    cm = CAPTION_MARKER.match(s)
    if cm:
        return "credit" if is_credit(cm.group("rest")) else "caption"
    return None


def trailing_credit(line: Line) -> list[Found]:
    """A caption line that ends with its credit: the caption part and the credit part."""
    m = TRAILING_CREDIT.search(line.text)
    if m is None:
        return []
    credit = m.group("paren") or m.group("bare")
    if not is_credit(credit) or not (PHOTO_MARKER.search(credit) or "/" in credit):
        return []
    cut = line.start + m.start()
    if len(line.text[: m.start()].split()) < 3:
        return [(line.start, line.end, "credit")]
    return [(line.start, cut, "caption"), (cut, line.end, "credit")]


def is_body(line: Line) -> bool:
    return len(line.text.split()) >= 15 and ends_sentence(line.text)


def find(text: str) -> list[Found]:
    """Every boilerplate span in ``text``, sorted. The first line (the headline) is kept."""
    lines = split_lines(text)
    if not lines:
        return []
    kinds: list[str | None] = [None, *(classify(ln.text) for ln in lines[1:])]
    found: list[Found] = [(ln.start, ln.end, k) for ln, k in zip(lines, kinds, strict=True) if k]
    for i in range(1, len(lines)):
        if kinds[i] in (None, "caption"):
            parts = trailing_credit(lines[i])
            if parts:
                if kinds[i] == "caption":
                    found.remove((lines[i].start, lines[i].end, "caption"))
                kinds[i] = "caption"
                found += parts
    found += _captions(lines, kinds)
    for i in range(1, len(lines)):
        if kinds[i] is None:
            d = dateline_prefix(lines[i])
            if d:
                found.append(d)
    return sorted(found)


def _captions(lines: list[Line], kinds: list[str | None]) -> list[Found]:
    """Captions told by their place. Next to a credit line: a line without final punctuation,
    or one with a picture cue, or (before its credit) the first line after the headline and
    bylines. Between the headline and the first paragraph with no credit: a line without final
    punctuation that has a picture cue ("shakes hands", ", left,")."""
    n = len(lines)
    body_start = next((i for i in range(1, n) if kinds[i] is None and is_body(lines[i])), n)
    out: list[Found] = []
    cue = caption_cue_regex()
    seen_picture = False
    for i in range(1, n):
        if kinds[i] in ("caption", "credit"):
            seen_picture = True
        if kinds[i] is not None:
            continue
        s = lines[i].text
        words, open_end = len(s.split()), not ends_sentence(s)
        next_credit = i + 1 < n and kinds[i + 1] == "credit"
        prev_credit = kinds[i - 1] == "credit"
        if next_credit or prev_credit:
            ok = words <= 40 and (
                open_end
                or cue.search(s) is not None
                or (next_credit and not seen_picture and not is_body(lines[i]))
            )
        else:
            ok = i < body_start and open_end and words <= 30 and cue.search(s) is not None
        if ok and not DATELINE.match(s):
            kinds[i] = "caption"
            seen_picture = True
            out.append((lines[i].start, lines[i].end, "caption"))
    return out


def predict(text: str) -> list[Boilerplate]:
    """The boilerplate spans of ``text``, sorted, none overlapping."""
    out: list[Boilerplate] = []
    for start, end, kind in find(text):
        span = make_span(text, start, end, Boilerplate, kind=kind)
        if span.start == span.end:
            continue
        if out and span.start < out[-1].end:  # keep the first of two overlapping spans
            continue
        out.append(span)
    return out
