"""JSON Lines reader: fields, metadata dates, per-line errors, streaming."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from communique.errors import InputError
from communique.pipeline import RawArticle
from communique.readers import read
from communique.readers.jsonl import read_jsonl_stream


def _line(**obj) -> str:
    return json.dumps(obj) + "\n"


def test_fields_are_read(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        _line(
            id=7,
            text="Talks Resume\n\nNegotiators met again on Monday.",
            published="2024-02-03T10:00:00Z",
            url="https://x.example/1",
            source="Wire",
        )
        + _line(text="No Title Given\n\nBody.", title="Given Title"),
        encoding="utf-8",
    )
    a, b = read([str(f)])
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle)
    assert (a.id, a.title, a.published, a.published_from) == (
        "7",
        "Talks Resume",
        "2024-02-03",
        "metadata",
    )
    assert (a.url, a.source, a.input) == ("https://x.example/1", "Wire", f"{f}:1")
    assert b.title == "Given Title" and b.published is None and b.published_from == "unknown"


def test_html_field_goes_through_the_html_reader(tmp_path):
    page = (
        "<html><head><title>Port Deal Signed</title></head><body><article>"
        "<h1>Port Deal Signed</h1><p>"
        + "The two governments signed the port deal. " * 6
        + "</p></article></body></html>"
    )
    f = tmp_path / "h.jsonl"
    f.write_text(_line(html=page, published="2024-03-05"), encoding="utf-8")
    (raw,) = read([str(f)])
    assert isinstance(raw, RawArticle)
    assert raw.title == "Port Deal Signed" and "signed the port deal" in raw.text
    assert raw.published == "2024-03-05" and raw.published_from == "metadata"


def test_a_malformed_line_is_one_error_naming_file_and_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text(
        _line(text="One\n\nFirst.")
        + '{"text": "broken\n'
        + "\n"
        + _line(title="no text field")
        + _line(text="Dated\n\nBody.", published="next Tuesday")
        + _line(text="Undated\n\nBody.", published="NaT")
        + "[1, 2]\n"
        + _line(text="Last\n\nFinal."),
        encoding="utf-8",
    )
    items = list(read([str(f)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.input for e in errors] == [f"{f}:2", f"{f}:4", f"{f}:5", f"{f}:7"]
    assert all(e.code == "E107" for e in errors)
    good = [i for i in items if isinstance(i, RawArticle)]
    assert [g.title for g in good] == ["One", "Undated", "Last"]
    assert good[1].published is None  # "NaT" means unknown, not an error


def test_an_oversized_line_is_skipped_and_the_next_is_read():
    data = _line(text="Big\n\n" + "x" * 5000) + _line(text="Small\n\nOk.")
    items = list(read_jsonl_stream(io.BytesIO(data.encode()), "s.jsonl", max_bytes=1000))
    assert isinstance(items[0], InputError) and items[0].code == "E104"
    assert items[0].input == "s.jsonl:1"
    assert isinstance(items[1], RawArticle) and items[1].title == "Small"


class CountingStream(io.RawIOBase):
    """An endless JSON Lines source that counts the bytes it hands out."""

    def __init__(self) -> None:
        self.served = 0
        self.line = _line(text="Headline\n\nA short body sentence.").encode()
        self.buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        while len(self.buf) < len(b):
            self.buf += self.line
        n = len(b)
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        self.served += n
        return n


def test_jsonl_streams_without_reading_everything():
    src = CountingStream()
    stream = io.BufferedReader(src, buffer_size=4096)
    it = read_jsonl_stream(stream, "endless.jsonl")
    first = [next(it) for _ in range(3)]
    assert all(isinstance(x, RawArticle) for x in first)
    assert src.served < 64 * 1024  # an endless input, yet only a few kilobytes were read


@given(
    st.text(min_size=1, max_size=200).filter(lambda t: t.strip()),
    st.one_of(st.none(), st.text(max_size=30)),
)
def test_any_text_line_round_trips(text, title):
    from communique.readers.jsonl import parse_line

    obj = {"text": text} if title is None else {"text": text, "title": title}
    raw = parse_line(json.dumps(obj).encode(), "p.jsonl:1")
    assert raw.text == text.replace("\r\n", "\n").replace("\r", "\n")
    if title and title.strip():
        assert raw.title == title.strip()
