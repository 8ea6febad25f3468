"""HTML reader (trafilatura): metadata, main text without navigation or comments; directories."""

from __future__ import annotations

from communique.pipeline import RawArticle
from communique.readers import read, walk
from communique.readers.html import compose, html_article

PARAS = [
    "The coalition government survived a confidence vote on Wednesday after two smaller "
    "parties agreed to abstain, ending a week of uncertainty in the capital.",
    "The prime minister told parliament that the budget would be presented next month and that "
    "spending on schools and hospitals would rise by four percent.",
    "Opposition leaders said they would keep pressing for early elections, arguing that the "
    "government had lost its mandate when its largest partner walked out in the spring.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Government Survives Confidence Vote | The Daily Ledger</title>
<meta property="og:title" content="Government Survives Confidence Vote">
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Maria Lind">
<meta property="article:published_time" content="2024-05-08T09:30:00Z">
<link rel="canonical" href="https://ledger.example.org/politics/confidence-vote">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Government Survives Confidence Vote</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>
</article>
<section id="comments" class="comments">
<h2>Comments</h2>
<div class="comment"><p>Reader99: this whole government is a disgrace.</p></div>
</section>
<footer><p>Contact us | Privacy policy | Terms of use</p></footer>
</body></html>
"""


def test_html_page_metadata_and_main_text():
    raw = html_article(PAGE.encode(), "page.html")
    assert raw.title == "Government Survives Confidence Vote"
    assert raw.published == "2024-05-08" and raw.published_from == "metadata"
    assert raw.author == "Maria Lind"
    assert raw.source == "The Daily Ledger"
    assert raw.url == "https://ledger.example.org/politics/confidence-vote"
    for p in PARAS:
        assert p in raw.text
    assert "Reader99" not in raw.text  # comments off
    assert "Privacy policy" not in raw.text and "Sport" not in raw.text
    # title line, blank line, body; the title is not repeated
    assert raw.text.startswith("Government Survives Confidence Vote\n\n" + PARAS[0])
    assert raw.text.count("Government Survives Confidence Vote") == 1


def test_compose_keeps_paragraphs_apart_and_adds_the_title_once():
    assert compose("Title", "One.\nTwo.") == "Title\n\nOne.\n\nTwo.\n"
    assert compose("Title", "Title\nOne.") == "Title\n\nOne.\n"
    assert compose(None, "One.") == "One.\n"


def test_directory_is_read_recursively_sorted_by_suffix(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title A\n\nBody of the first article.\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Title C\\n\\nBody."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "meta.json").write_text("[1, 2, 3]", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    assert [p.name for p in walk(tmp_path)] == ["a.txt", "page.html", "c.jsonl"]
    items = list(read([str(tmp_path)]))
    assert all(isinstance(i, RawArticle) for i in items)
    assert [i.title for i in items] == ["Title A", "Government Survives Confidence Vote", "Title C"]


def test_explicit_json_file_object_or_list(tmp_path):
    f = tmp_path / "one.json"
    f.write_text('{"text": "Headline\\n\\nBody.", "published": "2024-01-02"}', encoding="utf-8")
    (item,) = read([str(f)])
    assert isinstance(item, RawArticle) and item.published == "2024-01-02"
    g = tmp_path / "many.json"
    g.write_text('[{"text": "A\\n\\nBody."}, {"nope": 1}]', encoding="utf-8")
    items = list(read([str(g)]))
    assert isinstance(items[0], RawArticle)
    assert items[1].code == "E107" and items[1].input == f"{g}:1"
