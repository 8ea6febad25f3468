#!/usr/bin/env python3
"""Draw the second fresh quote set (devsets/fresh6/quotes; devsets/README.md gives the protocol).

    python scripts/draw_fresh_quotes2.py --out DIR

The first quote set's dev half was read and fixed against, and its test half's speaker figure
(0.65 against 0.82 on dev) says the fixes did not carry to new articles; a number to believe
needs articles nobody has read. The first set's pool (political news) is spent, so this one is
drawn, with its own seed, from every NAEB article that no earlier set holds (neither the first
draw's articles, quote articles and sentences nor the event-sentence draws) and that is not from
an entertainment, sport or technology site (``draw_fresh_sets.NOT_NEWS``): general news, as
quote-attribution corpora are; at least four quotations, 150-1,800 words so that one annotator
can mark every quotation; in English.
Writes DIR/manifest.json (article ids and halves, 50/50 at random) and, for the annotators
only, DIR/texts/<id>.txt (never committed; the gold names its article as ``naeb:<id>``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import draw_fresh_events2 as second  # noqa: E402
import draw_fresh_sets as first  # noqa: E402

SEED = 20261209
MIN_WORDS, MAX_WORDS = 150, 1800


def _english(text: str) -> bool:
    """At least one word in twenty is "the", "and", "of" or "to" (drops the corpus' few articles
    in other languages)."""
    words = text.lower().split()
    return sum(w in ("the", "and", "of", "to") for w in words) * 20 >= len(words)


def _articles(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    news = [
        r for r in rows if not first.NOT_NEWS.search(r.get("source") or "") and _english(r["text"])
    ]
    return sorted(news, key=lambda r: r["id"])


def _used() -> set[str]:
    """NAEB article ids any earlier set drew (first draw, event-sentence draws 2 and 3)."""
    used = second._used()
    for name in ("fresh2", "fresh3"):
        for line in (ROOT / "devsets" / name / "events" / "sentences.jsonl").open():
            ref = json.loads(line).get("article", "")
            if ref.startswith("naeb:"):
                used.add(ref.removeprefix("naeb:"))
    return used


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--naeb", default="../shared/corpus/naeb/articles.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=24)
    a = ap.parse_args()
    draw(Path(a.naeb), a.out, a.articles, SEED, _used())


def draw(naeb: Path, out: Path, count: int, seed: int, used: set[str]) -> None:
    """Shuffle the NAEB articles no set in ``used`` holds with ``seed``, keep the first
    ``count`` of news length with four quotation pairs or more, and write them to ``out``.
    The later quote draws (``draw_fresh_quotes3.py``) call this with their own seed."""
    rng = random.Random(seed)
    arts = [x for x in _articles(naeb) if x["id"] not in used]
    rng.shuffle(arts)
    quoted = [
        x
        for x in arts
        if first.quote_pairs(x["text"]) >= 4 and MIN_WORDS <= len(x["text"].split()) <= MAX_WORDS
    ][:count]
    write(out, seed, len(arts), quoted, rng)


def write(out: Path, seed: int, pool: int, quoted: list[dict], rng: random.Random) -> None:
    """DIR/manifest.json (ids and halves at random) and, for the annotators, DIR/texts."""
    manifest = {"seed": seed, "pool": pool, "quotes": first.halves([x["id"] for x in quoted], rng)}
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    texts = out / "texts"
    texts.mkdir(exist_ok=True)
    for x in quoted:
        head = f"published: {x.get('published')}\n\n"
        (texts / f"{x['id']}.txt").write_text(head + x["text"], encoding="utf-8")
    print(f"pool {pool} unused articles; quote articles {len(quoted)}")


if __name__ == "__main__":
    main()
