#!/usr/bin/env python3
"""Draw the fresh held-out sets from the NAEB corpus (devsets/README.md gives the protocol).

    python scripts/draw_fresh_sets.py [--naeb ../shared/corpus/naeb/articles.jsonl] --out DIR

Writes DIR/manifest.json (which articles and sentences each set holds, and its dev/test half)
and, for the annotators only, the texts under DIR/texts/ (never committed: the texts stay in
../shared and are rebuilt from it by article id). The draw is seeded, so the same corpus gives
the same sets. Pool: articles of 100-4,000 words from news and politics sites that name the
business of politics at least twice, or from any other site but entertainment, sport and
technology ones at least eight times; the full-gold articles are drawn from those of at most
1,500 words (a full annotation stays feasible), the quote articles (at least four quotations)
from the rest, the sentences from the whole pool. Sentences come from spaCy's segmentation of
the same text the pipeline reads.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

NEWS_SITES = re.compile(
    r"abcnews|apnews|heritage|hotair|independent\.co|inquirer|news\.sky|nytimes|politicker|"
    r"seattletimes|tehrantimes|telegraph|dailynewsegypt|thehill|time\.com|townhall|usatoday|"
    r"washington(examiner|independent|times|post)|aljazeera|cbc\.ca|cbsnews|chicagotribune|"
    r"economist|foxnews|guardian|latimes|miamiherald|nbcnews|newrepublic|npr\.org|nydailynews|"
    r"pbs\.org|politico|politifact|realclearpolitics|redstate|religionnews|smh\.com|bbc\.com|"
    r"reuters|cnn\.com|bloomberg|globeandmail|hindustantimes|timesofindia|thestar|news\.com\.au|"
    r"usnews|theatlantic|dailybeast|slate|huffingtonpost|nypost|dailymail|mirror|cbn\.com"
)
NOT_NEWS = re.compile(
    r"ew\.com|eonline|etonline|variety|hollywood|people\.com|usmagazine|tmz|billboard|"
    r"rollingstone|vogue|elle|glam|cosmopolitan|allure|gq\.com|perezhilton|celebuzz|egotastic|"
    r"espn|sports|nba|nfl|mlb|nascar|tennis|rivals|sbnation|bleacherreport|deadspin|"
    r"kotaku|ign\.com|gamespot|polygon|eurogamer|pcgamer|giantbomb|escapist|anime|"
    r"techcrunch|theverge|engadget|wired|cnet|zdnet|pcmag|pcworld|macworld|autoblog|topgear"
)
POLITICS = re.compile(
    r"\b(president|minister|government|parliament|senator|senate|congress|election|police|"
    r"military|troops|army|war|protest\w*|sanction\w*|diplomat\w*|embassy|lawmakers?|"
    r"prime minister|opposition|rebels?|ceasefire|treaty|talks|court|officials?)\b",
    re.I,
)
SEED = 20261206


def pool(path: Path) -> list[dict]:
    out = []
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        words = len(art["text"].split())
        hits = len(POLITICS.findall(art["text"]))
        news = bool(NEWS_SITES.search(art.get("source") or ""))
        if NOT_NEWS.search(art.get("source") or "") or not 100 <= words <= 4000:
            continue
        if hits >= 8 or (news and hits >= 2):
            out.append(art)
    return sorted(out, key=lambda a: a["id"])


def quote_pairs(text: str) -> int:
    return min(text.count("\u201c"), text.count("\u201d")) + text.count('"') // 2


def halves(ids: list[str], rng: random.Random) -> dict[str, str]:
    order = ids[:]
    rng.shuffle(order)
    return {i: ("dev" if n % 2 == 0 else "test") for n, i in enumerate(order)}


def sentences(arts: list[dict], n: int, rng: random.Random) -> list[dict]:
    from communique.nlp import load_nlp
    from communique.settings import load_settings

    nlp = load_nlp(load_settings().spacy_model)
    found = []
    for art in arts:
        for sent in nlp(art["text"]).sents:
            text = sent.text.strip()
            if len(text.split()) >= 5 and "\n" not in text:
                start = sent.start_char + sent.text.index(text)
                found.append({"article": art["id"], "start": start, "end": start + len(text)})
    rng.shuffle(found)
    return sorted(found[:n], key=lambda s: (s["article"], s["start"]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--naeb", default="../shared/corpus/naeb/articles.jsonl")
    ap.add_argument("--out", required=True)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--quote-articles", type=int, default=32)
    ap.add_argument("--sentences", type=int, default=420)
    a = ap.parse_args()
    rng = random.Random(SEED)
    arts = pool(Path(a.naeb))
    rng.shuffle(arts)
    short = [x for x in arts if len(x["text"].split()) <= 1500]
    full = short[: a.articles]
    rest = [x for x in arts if x not in full]
    quoted = [x for x in rest if quote_pairs(x["text"]) >= 4][: a.quote_articles]
    sents = sentences(arts, a.sentences, rng)
    for i, s in enumerate(sents, 1):
        s["id"] = f"s{i:03d}"
    out = Path(a.out)
    manifest = {
        "seed": SEED,
        "pool": len(arts),
        "articles": halves([x["id"] for x in full], rng),
        "quotes": halves([x["id"] for x in quoted], rng),
        "sentences": [
            {**s, "half": h} for s, h in zip(sents, _sentence_halves(sents, rng), strict=True)
        ],
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    _write_texts(out / "texts", arts, sents)
    print(
        f"pool {len(arts)}; articles {len(full)}; quote articles {len(quoted)}; "
        f"sentences {len(sents)}"
    )


def _sentence_halves(sents: list[dict], rng: random.Random) -> list[str]:
    """Halves by article, so no article has sentences on both sides."""
    by_article = halves(sorted({s["article"] for s in sents}), rng)
    return [by_article[s["article"]] for s in sents]


def _write_texts(folder: Path, arts: list[dict], sents: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {x["id"]: x for x in arts}
    for art in arts:
        (folder / f"{art['id']}.txt").write_text(art["text"], encoding="utf-8")
    with (folder / "sentences.jsonl").open("w", encoding="utf-8") as fh:
        for s in sents:
            art = texts[s["article"]]
            row = {
                "id": s["id"],
                "published": art.get("published"),
                "source": art.get("source"),
                "text": art["text"][s["start"] : s["end"]],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
