"""A page whose main text is navigation, a cookie wall or a paywall stub is refused (E112);
every real page of the NAEB sample still extracts. The readers are fuzzed: whatever the bytes,
an article or one catalogued error, never an exception of another kind."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import CommuniqueError, InputError
from communique.pipeline import RawArticle
from communique.readers.html import html_article
from communique.readers.jsonl import parse_line
from conftest import SHARED

PAGES = SHARED / "corpus" / "naeb" / "html_politics_world"
needs_pages = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared is absent")
STORY = (
    "<p>Ministers from Turkey and Ukraine agreed on Monday to reopen the grain corridor after "
    "two days of talks in Istanbul, the foreign ministry said in a statement.</p>"
    "<p>The deal lets ships leave three ports under the watch of inspectors, and the first "
    "convoy is expected to sail by the end of the week, officials told reporters.</p>"
)


def page(body: str, title: str = "Grain corridor to reopen") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def refused(html: str) -> str:
    with pytest.raises(InputError) as err:
        html_article(html, "page.html")
    assert err.value.code == "E112", err.value.line()
    return err.value.line()


def test_a_story_passes():
    raw = html_article(page(f"<article>{STORY}</article>"), "page.html")
    assert "grain corridor" in raw.text


def test_a_menu_is_refused():
    sections = ["News", "Politics", "World", "Business", "Health", "Science", "Sport", "Travel"]
    items = "".join(f'<li><a href="/{s.lower()}">{s} and more {s}</a></li>' for s in sections * 3)
    line = refused(page(f"<nav><ul>{items}</ul></nav><div><ul>{items}</ul></div>"))
    assert "navigation" in line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We use cookies to improve your experience on our website, to personalise content and "
            "to analyse our traffic. Choose Accept all cookies or manage your settings below.",
            "cookie wall",
        ),
        (
            "This article is for subscribers only. Subscribe to continue reading, or log in if you "
            "are already a subscriber to our journalism and our newsletters.",
            "paywall",
        ),
    ],
)
def test_cookie_walls_and_paywalls_are_refused(text, kind):
    assert kind in refused(page(f"<div><p>{text}</p></div>"))


def truncated_to_navigation(path: Path) -> str:
    """The page cut just before its article's first paragraph: what a broken download left."""
    html = path.read_text("utf-8")
    raw = html_article(html, path.name)
    first = next(ln for ln in raw.text.splitlines()[1:] if len(ln.split()) > 12)
    at = re.compile(re.escape(first[:25])).search(html, html.find("<body"))
    assert at is not None
    return html[: html.rfind("<", 0, at.start())]


@needs_pages
@pytest.mark.parametrize(
    "name", ["00c7f15fb635c360a44f126d4694369c.html", "4716bec30d6dfd8fe18204c311949b27.html"]
)
def test_a_real_page_truncated_to_its_menu_is_refused(name):
    assert "navigation" in refused(truncated_to_navigation(PAGES / name))


@needs_pages
def test_every_naeb_page_still_extracts():
    """No false refusal: every page of the sample gives an article (none is E112)."""
    refusals = []
    for path in sorted(PAGES.glob("*.html")):
        try:
            html_article(path.read_bytes(), path.name)
        except CommuniqueError as exc:
            refusals.append(exc.line())
    assert not [r for r in refusals if "[E112]" in r], refusals
    assert len(refusals) <= 1, refusals


FUZZ = settings(max_examples=50, deadline=None)
TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<a href='/x'>",
        "</a>",
        "<nav>",
        "<html>",
        "<body>",
        "<script>",
        "<!--",
        "&amp;",
        "<div",
        ">",
        "\x00",
        "\ufeff",
    ]
)


@FUZZ
@given(st.lists(st.one_of(TAGS, st.text(max_size=40)), max_size=30).map("".join))
def test_html_reader_returns_an_article_or_a_catalogued_error(html):
    for data in (html, html.encode("utf-8", "surrogatepass")):
        try:
            assert isinstance(html_article(data, "fuzz.html"), RawArticle)
        except InputError as exc:
            assert exc.code.startswith("E1")


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        st.dictionaries(
            st.sampled_from(["text", "html", "id", "title", "published", "url", "source"]),
            st.one_of(st.text(max_size=60), st.integers(), st.none(), st.lists(st.integers())),
        ).map(lambda d: json.dumps(d).encode()),
    )
)
def test_jsonl_reader_returns_an_article_or_a_catalogued_error(line):
    try:
        assert isinstance(parse_line(line, "fuzz.jsonl:1"), RawArticle)
    except InputError as exc:
        assert exc.code.startswith("E1")


def test_a_missing_reader_dependency_is_one_line_naming_what_to_install(tmp_path):
    """As with a pip that never installed lxml_html_clean: the import fails for real (the
    module is blocked in a fresh interpreter); the command says what to install and exits 2."""
    import subprocess
    import sys

    html = tmp_path / "page.html"
    html.write_text(page(f"<article>{STORY}</article>"), "utf-8")
    code = (
        "import sys; sys.modules['lxml_html_clean'] = None; sys.argv[0] = 'communique'; "
        "from communique.cli import run; run()"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, "extract", str(html), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2, res.stderr
    assert res.stderr.count("\n") == 1 and "[E021]" in res.stderr
    assert "pip install lxml_html_clean" in res.stderr and "Traceback" not in res.stderr
