"""Text and name matching, rule for rule as ``../shared/tools/score.py`` does it.

The scorer is the project's yardstick, so these helpers copy its arithmetic exactly (same
normalisation, same thresholds); a change here is a change of yardstick, and the parity test
(tests/test_eval_parity.py) fails when the two drift apart.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

QUOTE_MARKS = dict.fromkeys(map(ord, "“”„‟«»\"'‘’‚‛"), None)


def norm(s: str | None) -> str:
    """Lower case, NFKC, quote marks gone, punctuation to spaces, whitespace collapsed."""
    s = unicodedata.normalize("NFKC", s or "").translate(QUOTE_MARKS)
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", " ", s.lower())).strip()


def tokens(s: str | None) -> set[str]:
    return set(norm(s).split())


def overlap(a: str | None, b: str | None) -> float:
    """Share of the shorter text's tokens found in the other."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def same_text(gold: str | None, pred: str | None) -> bool:
    """At least 80% of the longer text's tokens are shared."""
    ta, tb = tokens(gold), tokens(pred)
    if not ta or not tb:
        return False
    return len(ta & tb) / max(len(ta), len(tb)) >= 0.8


def _same_name(gold: str, pred: str) -> bool:
    g, p = norm(gold), norm(pred)
    if not g or not p:
        return False
    if g == p or difflib.SequenceMatcher(None, g, p).ratio() >= 0.85:
        return True
    gt, pt = g.split(), p.split()
    # "Xi" for "Xi Jinping" is not enough; a full name inside a longer one is.
    return len(gt) > 1 and all(t in pt for t in gt)


def pct(n: float, d: float) -> float:
    return n / d if d else 1.0


class Names:
    """Name equality under one gold file's aliases (``aliases`` of a gold actor)."""

    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.aliases = dict(aliases or {})

    @classmethod
    def of_gold(cls, gold: Mapping[str, Any]) -> Names:
        ga = gold.get("actors", {}) or {}
        out: dict[str, list[str]] = {}
        for a in list(ga.get("required", [])) + list(ga.get("optional", [])):
            if a.get("aliases"):
                out[a["name"]] = list(a["aliases"])
        return cls(out)

    def same(self, gold: str, pred: str) -> bool:
        if any(_same_name(n, pred) for n in self.aliases.get(gold, ())):
            return True
        return _same_name(gold, pred)


class RecordView:
    """Read-only access to a record given as a plain dict (the JSON ``extract`` prints)."""

    def __init__(self, rec: Mapping[str, Any], names: Names) -> None:
        self.rec = rec
        self.names = names
        self.text: str = rec.get("text", "")
        self.actors = {a.get("id"): a for a in rec.get("actors", [])}

    def actor(self, ref: Any) -> Mapping[str, Any] | None:
        return self.actors.get(ref) if isinstance(ref, str) else None

    def is_actor(
        self, ref: Any, gold_name: str, gold_country: str | None = None, loose: bool = False
    ) -> bool:
        """The actor ``ref`` is the gold actor by name, by a multi-word mention, or (loose)
        by country for a collective actor."""
        a = self.actor(ref)
        if not a:
            return False
        if self.names.same(gold_name, a.get("name", "")):
            return True
        if any(
            self.names.same(gold_name, m.get("text", ""))
            for m in a.get("mentions", [])
            if len(norm(m.get("text", "")).split()) > 1
        ):
            return True
        return bool(
            loose
            and gold_country
            and a.get("country") == gold_country
            and a.get("kind") in ("country", "org", "group", "media", "region", None)
        )

    def sentences_of(self, snippet: str) -> list[tuple[int, int]]:
        """Every place the gold evidence stands in this record's text, widened to its sentence."""
        out, i = [], self.text.find(snippet)
        while i >= 0:
            lo = max(self.text.rfind(c, 0, i) for c in ".\n") + 1
            his = [j for j in (self.text.find(c, i + len(snippet)) for c in ".\n") if j >= 0]
            out.append((lo, min(his) + 1 if his else len(self.text)))
            i = self.text.find(snippet, i + 1)
        return out
