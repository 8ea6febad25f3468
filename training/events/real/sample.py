#!/usr/bin/env python3
"""Draw real news sentences for annotation: the classifier's real-news training share.

    python training/events/real/sample.py --corpus ../shared/corpus/naeb/articles.jsonl \
        --n 2400 --batches 6 --out /tmp/ann                      # part r (sample_r.jsonl)
    python training/events/real/sample.py --corpus ../shared/corpus/naeb/articles.jsonl \
        --n 1200 --per-article 40 --batches 3 --dev-halves --prefix d --out /tmp/ann   # part d

Part r comes from NAEB articles that no evaluation set uses (every article id named under
devsets/ is left out); part d (``--dev-halves``) from the articles the fresh sets hold in their
dev half only, never a sentence those sets already hold; no article of a test half is drawn.
The text is never stored in the repository (the publishers' copyright):
``sample_<part>.jsonl`` names each sentence by article id and character offsets, as the fresh sets
do, and the batch files for the annotators (with the text) are written outside it.
Two thirds of each article's share are sentences naming two entities or more (where events
are), one third any sentence, so the share keeps the plain sentences that hold no event.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SKIP = re.compile(r"(?i)read more|sign up|newsletter|subscribe|©|getty images|click here|photo:")
ACTORISH = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def used_articles() -> set[str]:
    ids: set[str] = set()
    for path in (ROOT / "devsets").rglob("*"):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".toml", ".md"):
            ids |= set(re.findall(r"\b[0-9a-f]{32}\b", path.read_text("utf-8", "replace")))
    return ids


def dev_half_articles() -> tuple[set[str], dict[str, list[tuple[int, int]]]]:
    """Articles every evaluation set puts in its dev half only, and the sentence spans those
    sets already hold (never drawn again)."""
    halves: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for path in (ROOT / "devsets").glob("fresh*/events/sentences.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            art = str(row.get("article", ""))
            if art.startswith("naeb:"):
                halves.setdefault(art[5:], set()).add(row.get("half"))
                spans.setdefault(art[5:], []).append((int(row["start"]), int(row["end"])))
    manifest = json.loads((ROOT / "devsets/fresh/manifest.json").read_text("utf-8"))
    for art, half in manifest["articles"].items():
        halves.setdefault(art, set()).add(half)
    for path in (ROOT / "devsets/fresh").glob("*/*.gold.json"):
        gold = json.loads(path.read_text("utf-8"))
        halves.setdefault(str(gold.get("article", ""))[5:], set()).add(gold.get("half"))
    return {a for a, h in halves.items() if h == {"dev"}}, spans


def candidates(nlp, art: dict, taken=()) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    doc = nlp(art["text"])
    rich, plain = [], []
    for s in doc.sents:
        if any(lo < s.end_char and hi > s.start_char for lo, hi in taken):
            continue
        words = [t for t in s if t.is_alpha]
        if not 6 <= len(words) <= 80 or SKIP.search(s.text) or "\n" in s.text.strip():
            continue
        ents = sum(1 for e in s.ents if e.label_ in ACTORISH)
        lead = len(s.text) - len(s.text.lstrip())
        span = (s.start_char + lead, s.start_char + len(s.text.rstrip()))
        (rich if ents >= 2 else plain).append(span)
    return rich, plain


def main() -> None:
    from communique.nlp import load_nlp
    from communique.settings import load_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--n", type=int, default=2400)
    ap.add_argument("--per-article", type=int, default=9)
    ap.add_argument("--batches", type=int, default=6)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--dev-halves",
        action="store_true",
        help="draw from the articles the evaluation sets hold in their dev half only",
    )
    ap.add_argument("--prefix", default="r")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    arts = [json.loads(ln) for ln in a.corpus.read_text("utf-8").splitlines() if ln.strip()]
    taken: dict[str, list[tuple[int, int]]] = {}
    if a.dev_halves:
        dev, taken = dev_half_articles()
        arts = [x for x in arts if x["id"] in dev]
    else:
        used = used_articles()
        arts = [x for x in arts if x["id"] not in used]
    nlp = load_nlp(load_settings().spacy_model)
    picked: list[dict] = []
    for art in arts:
        rich, plain = candidates(nlp, art, taken.get(art["id"], ()))
        k_rich = min(len(rich), a.per_article * 2 // 3)
        take = rng.sample(rich, k_rich) + rng.sample(plain, min(len(plain), a.per_article - k_rich))
        for start, end in sorted(take):
            picked.append(
                {
                    "article": f"naeb:{art['id']}",
                    "start": start,
                    "end": end,
                    "published": art.get("published"),
                    "source": art.get("source"),
                    "text": art["text"][start:end],
                }
            )
    rng.shuffle(picked)
    picked = picked[: a.n]
    a.out.mkdir(parents=True, exist_ok=True)
    refs = []
    for i, row in enumerate(picked):
        row["id"] = f"{a.prefix}{i:04d}"
        row["batch"] = i % a.batches
        refs.append({k: row[k] for k in ("id", "article", "start", "end", "batch")})
    for b in range(a.batches):
        with (a.out / f"batch_{a.prefix}{b}.jsonl").open("w", encoding="utf-8") as fh:
            for row in picked:
                if row["batch"] == b:
                    keep = {k: row[k] for k in ("id", "published", "source", "text")}
                    fh.write(json.dumps(keep, ensure_ascii=False) + "\n")
    ref_path = Path(__file__).parent / f"sample_{a.prefix}.jsonl"
    ref_path.write_text("".join(json.dumps(r) + "\n" for r in refs), "utf-8")
    print(f"{len(arts)} articles to draw from; {len(picked)} sentences drawn")


if __name__ == "__main__":
    main()
