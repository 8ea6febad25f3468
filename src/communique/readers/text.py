"""Plain text: decoded as UTF-8, line endings normalised to ``\\n``; the first non-empty line is
the title."""

from __future__ import annotations

from pathlib import Path

from communique.errors import CommuniqueError, InputError
from communique.pipeline import RawArticle


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError("E101", input=name)
    if b"\x00" in data[:8192]:
        raise InputError("E102", input=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("E103", input=name) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path) -> RawArticle | CommuniqueError:
    name = str(path)
    try:
        text = decode(path.read_bytes(), name)
    except CommuniqueError as exc:
        return exc
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return RawArticle(text=text, input=name, title=title)
