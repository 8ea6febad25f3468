"""Reading numbers written the ways news writes them: "185", "1,200", "2.5bn", "twenty-five",
"one hundred and twenty", "1.2 trillion", "500 crore", "two and a half", "half a million".

Arithmetic is done in Decimal so that "1.2 trillion" is exactly 1200000000000, and a whole
result is returned as an int (the schema wants ints for whole values).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from communique.time.lexicon import lexicon

_SPLIT = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+(?:'[a-z]+)?", re.IGNORECASE)


def as_number(value: Decimal) -> int | float:
    """An int when whole, else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _digits(word: str) -> Decimal | None:
    plain = word.replace(",", "")
    if "," in word and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", word):
        return None  # "1,2" is not a thousands grouping
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def parse_number(text: str) -> int | float | None:
    """The number a phrase writes, or None when it is not (only) a number."""
    words = [w.lower() for w in _SPLIT.findall(text.replace("-", " "))]
    if not words:
        return None
    value = _parse_words(words)
    return None if value is None else as_number(value)


def _parse_words(words: list[str]) -> Decimal | None:
    lex = lexicon()
    total = Decimal(0)
    current: Decimal | None = None
    seen_digit = False
    last = ""  # the class of the previous word: "digit", "unit", "tens" or "" (scale, "and")
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w[0].isdigit() or w[0] == ".":
            d = _digits(w)
            if d is None or seen_digit or current is not None:
                return None
            current, seen_digit = d, True
            last = "digit"
            i += 1
            continue
        elif w == "and" and nxt == "a" and i + 2 < len(words) and words[i + 2] in lex.fractions:
            current = (current or Decimal(0)) + Decimal(str(lex.fractions[words[i + 2]]))
            i += 2
        elif w == "and":
            if current is None and total == 0:
                return None
        elif w == "half" and nxt in ("a", "an"):
            current = Decimal("0.5")
            i += 1
        elif w in lex.number_units:
            units = lex.number_units[w]
            if last == "unit" or (last == "tens" and units >= 10) or last == "digit":
                return None  # "two three", "twenty twelve"
            current = (current or Decimal(0)) + units
            last = "unit"
            i += 1
            continue
        elif w in lex.number_tens:
            if last in ("unit", "tens", "digit"):
                return None
            current = (current or Decimal(0)) + lex.number_tens[w]
            last = "tens"
            i += 1
            continue
        elif lex.groups.get(w):
            current = (current if current is not None else Decimal(1)) * (lex.groups[w] or 1)
        elif w in lex.scales:
            scale = Decimal(lex.scales[w])
            if scale == 100:
                current = (current or Decimal(1)) * 100
            elif last == "scale" and current is None:
                total *= scale  # "48 lakh crore" = 48 x 10^5 x 10^7, "a million billion"
            else:
                total += (current if current is not None else Decimal(1)) * scale
                current = None
            last = "scale"
            i += 1
            continue
        else:
            return None
        last = ""
        i += 1
    if current is None and total == 0 and not seen_digit:
        return None
    return total + (current or Decimal(0))
