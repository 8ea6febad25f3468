"""HTML extraction benchmark on NAEB's politics/world pages (../shared/corpus/naeb/).

For each of the raw HTML pages in ``html_politics_world/`` (gold in ``articles.json``, keyed by
file stem) it measures:

- body token F1: bag-of-words F1 between the extracted body and the hand-cleaned body
  (lower-cased ``\\w+`` tokens, multiset overlap), averaged over pages;
- exact-date accuracy: the extracted publication date equals the gold date (YYYY-MM-DD).

(a) plain trafilatura, comments off (``bare_extraction(include_comments=False,
    with_metadata=True)``), body = its text;
(b) Communiqué: the HTML reader, then the boilerplate filter; body = the record text with
    boilerplate blanked, without the title line the reader puts first (the gold body has no
    title); date = the page metadata, else the date the text states (``dateline_date``).

The language check is off here (``min_english=0``): the benchmark measures extraction, and one
page is in Spanish. Usage: ``python benchmarks/html_extraction.py [NAEB_DIR] [--details]``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"\w+")
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "naeb"


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def plain_trafilatura(page: bytes) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(page, include_comments=False, with_metadata=True)
    if doc is None:
        return "", None
    return doc.text or "", doc.date


def communique_reader(page: bytes, name: str) -> tuple[str, str | None]:
    from communique.boilerplate import blank, dateline_date, predict
    from communique.errors import CommuniqueError
    from communique.pipeline import new_record
    from communique.readers.html import html_article

    try:
        raw = html_article(page, name, min_english=0.0)
    except CommuniqueError:
        return "", None
    record = new_record(raw)
    record.boilerplate = predict(record.text)
    text = blank(record.text, record.boilerplate)
    body = text.split("\n", 1)[1] if "\n" in text else ""
    return body, raw.published or dateline_date(record)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else DEFAULT_DIR
    if not (root / "articles.json").exists():
        print(f"no NAEB corpus at {root}", file=sys.stderr)
        return 2
    gold = json.loads((root / "articles.json").read_text("utf-8"))
    pages = sorted((root / "html_politics_world").glob("*.html"))
    systems = {
        "trafilatura (comments off)": plain_trafilatura,
        "communique reader+boilerplate": None,
    }
    scores: dict[str, tuple[list[float], list[bool], float]] = {}
    for label in systems:
        t0 = time.perf_counter()
        fs, ds = [], []
        for page in pages:
            g = gold[page.stem]
            data = page.read_bytes()
            if label.startswith("trafilatura"):
                body, date = plain_trafilatura(data)
            else:
                body, date = communique_reader(data, str(page))
            fs.append(f1(body, g["articleBody"]))
            ds.append(date == g.get("date"))
            if "--details" in argv:
                print(
                    f"  {label[:11]:11} {page.stem} F1={fs[-1]:.3f} date={date} "
                    f"gold={g.get('date')}"
                )
        scores[label] = (fs, ds, time.perf_counter() - t0)
    print(f"NAEB politics/world: {len(pages)} pages")
    for label, (fs, ds, secs) in scores.items():
        print(
            f"{label:32} body F1 {sum(fs) / len(fs):.3f}   exact date {sum(ds) / len(ds):.3f}"
            f"   ({secs:.1f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
