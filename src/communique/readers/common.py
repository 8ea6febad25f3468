"""What every reader shares: the size bound, byte sniffing, decoding, the language check.

Each check raises an :class:`InputError` naming the input, so one bad input costs one line on
stderr and the batch goes on. Sizes are checked before anything large is read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from communique.errors import InputError

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SNIFF = 8192
# Bytes that never occur in text: C0 controls other than tab, newline, form feed, carriage
# return and escape (ESC is kept: some terminals' logs carry it). NUL is the strongest sign.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# charset-normalizer's "chaos" (mess ratio) above which its guess is not trusted.
MAX_CHAOS = 0.2
# Without a recognised language, a guess is trusted only when this share of bytes is ASCII.
MIN_ASCII_SHARE = 0.8
WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
# Texts with fewer letters than this are too short for the language identifier to judge:
# short English texts ("Putin met Xi.") are often labelled Afrikaans or Javanese.
MIN_LETTERS_FOR_LANGUAGE = 120
# The identifier costs about 1.5 ms per 1,000 characters; the first 1,000 decide reliably.
LANGUAGE_SAMPLE = 1000


def check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise InputError("E104", input=name, size=size, limit=limit)


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing (before reading) anything over ``limit`` bytes."""
    check_size(path.stat().st_size, limit, str(path))
    return path.read_bytes()


def read_stream_bounded(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Up to ``limit`` bytes of a stream; one byte more means the input is over the bound."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("E104", input=name, size=f"more than {limit}", limit=limit)
    return data


def bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or more than 1% control bytes, in the first bytes (UTF-16/32 with a BOM is
    text). A text file has neither."""
    if not head or bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(2, len(head) // 100)


def decode(data: bytes, name: str) -> str:
    """Bytes to text with ``\\n`` line ends: UTF-8 (or a BOM's encoding) first; otherwise the
    encoding charset-normalizer finds, when its guess is clean; otherwise E103."""
    if not data.strip():
        raise InputError("E101", input=name)
    if looks_binary(data[:SNIFF]):
        raise InputError("E102", input=name)
    encoding = bom_encoding(data) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = _detect(data, name)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("E101", input=name)
    return text


def _detect(data: bytes, name: str) -> str:
    """Decode non-UTF-8 bytes when charset-normalizer's guess is credible: little "chaos", and
    either a language it recognises in the result or mostly ASCII bytes (a few accented letters
    in a Western text). Among equally clean guesses a Western single-byte encoding wins: it is
    the usual non-UTF-8 news text. Random bytes get no credible guess: E103."""
    from charset_normalizer import from_bytes

    matches = [
        m
        for m in from_bytes(data)
        if m.chaos <= MAX_CHAOS and not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        raise InputError("E103", input=name)
    best = min(matches, key=lambda m: (round(m.chaos, 2), m.encoding not in WESTERN))
    ascii_share = sum(1 for b in data if b < 128) / len(data)
    if best.coherence <= 0.0 and ascii_share < MIN_ASCII_SHARE:
        raise InputError("E103", input=name)
    text = str(best)
    if any(ord(c) in _CONTROL for c in text[:SNIFF]):
        raise InputError("E103", input=name)
    return text


def sniff_kind(head: bytes) -> str:
    """'html', 'jsonl' or 'text' from the first bytes, for inputs whose name says nothing
    (stdin, files without a known suffix)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def english_probability(text: str) -> tuple[str, float, float] | None:
    """(best language, its probability, probability of English) for the start of ``text``, or
    None when the text is too short to judge."""
    sample = text[:LANGUAGE_SAMPLE]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS_FOR_LANGUAGE:
        return None
    ranked = _identifier().rank(sample)
    lang, prob = ranked[0]
    p_en = next((p for code, p in ranked if code == "en"), 0.0)
    return str(lang), float(prob), float(p_en)


def check_english(text: str, name: str, min_english: float) -> None:
    """Refuse a text the identifier confidently places in another language (E105)."""
    if min_english <= 0.0:
        return
    judged = english_probability(text)
    if judged is None:
        return
    lang, prob, p_en = judged
    if lang != "en" and p_en < min_english:
        raise InputError("E105", input=name, lang=lang, prob=prob)
