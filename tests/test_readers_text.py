"""Plain-text reader and stdin: decoding, line ends, titles."""

from __future__ import annotations

import io

from communique.errors import InputError
from communique.pipeline import RawArticle
from communique.readers import read
from communique.readers.text import read_text_file

STORY = (
    "Ministers Agree to Reopen Border Crossing\n"
    "\n"
    "Officials from both countries said on Thursday that the crossing would reopen next week "
    "after months of negotiations over customs checks and visa rules.\n"
)


def test_text_file_title_is_first_non_empty_line(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("\n\n  " + STORY, encoding="utf-8")
    raw = read_text_file(f)
    assert isinstance(raw, RawArticle)
    assert raw.title == "Ministers Agree to Reopen Border Crossing"
    assert raw.input == str(f)
    assert raw.published is None and raw.published_from == "unknown"


def test_crlf_and_bom_are_normalised(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode("utf-8"))
    raw = read_text_file(f)
    assert isinstance(raw, RawArticle)
    assert "\r" not in raw.text and not raw.text.startswith("\ufeff")
    assert raw.text == STORY


def test_windows_1252_text_is_detected_and_decoded(tmp_path):
    text = STORY.replace("customs", "“customs”").replace("visa", "visa – and résumé –")
    f = tmp_path / "cp1252.txt"
    f.write_bytes(text.encode("cp1252"))
    raw = read_text_file(f)
    assert isinstance(raw, RawArticle)
    assert "“customs”" in raw.text and "résumé" in raw.text


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(STORY.encode("utf-16"))
    raw = read_text_file(f)
    assert isinstance(raw, RawArticle) and raw.text == STORY


def test_stdin_text():
    items = list(read(["-"], stdin=io.BytesIO(STORY.encode())))
    assert len(items) == 1 and isinstance(items[0], RawArticle)
    assert items[0].input == "<stdin>" and items[0].text == STORY


def test_stdin_jsonl_and_html_are_sniffed():
    jl = b'{"text": "First line\\n\\nA sentence about a vote."}\n{"text": "Second\\n\\nMore."}\n'
    items = list(read(["-"], stdin=io.BytesIO(jl)))
    assert [i.input for i in items] == ["<stdin>:1", "<stdin>:2"]
    page = (
        b"<!DOCTYPE html><html><head><title>Vote Delayed</title></head><body><article>"
        b"<h1>Vote Delayed</h1><p>"
        + b"Lawmakers postponed the vote on the budget bill. " * 6
        + b"</p></article></body></html>"
    )
    (item,) = read(["-"], stdin=io.BytesIO(page))
    assert isinstance(item, RawArticle) and "postponed the vote" in item.text


def test_missing_path_is_an_error_and_the_rest_carry_on(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text(STORY, encoding="utf-8")
    items = list(read([str(tmp_path / "nope.txt"), str(f)]))
    assert isinstance(items[0], InputError) and items[0].code == "E100"
    assert isinstance(items[1], RawArticle)


def test_unknown_suffix_is_sniffed_as_text(tmp_path):
    f = tmp_path / "story.md"
    f.write_text(STORY, encoding="utf-8")
    (item,) = read([str(f)])
    assert isinstance(item, RawArticle) and item.title.startswith("Ministers")
