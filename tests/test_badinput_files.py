"""Bad inputs: each yields one InputError naming the input and the reason; the batch goes on."""

from __future__ import annotations

import random

import pytest

from communique.errors import InputError
from communique.pipeline import RawArticle
from communique.readers import read
from communique.readers.common import check_english

GOOD = "Council Approves Budget\n\nThe city council approved the budget on Monday.\n"
GERMAN = (
    "Die Regierung hat am Montag angekündigt, dass die Verhandlungen über den Haushalt in der "
    "kommenden Woche fortgesetzt werden. Der Finanzminister sagte, man sei zuversichtlich, "
    "eine Einigung mit den Ländern zu erzielen, bevor das Parlament in die Sommerpause geht."
)
ENGLISH = (
    "The government said on Monday that budget negotiations would continue next week. The "
    "finance minister said he was confident of reaching an agreement with the regions before "
    "parliament breaks for the summer."
)


def _one_error(tmp_path, name: str, data: bytes, **kw) -> InputError:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    items = list(read([str(bad), str(good)], **kw))
    assert len(items) == 2
    assert isinstance(items[1], RawArticle), "the batch must carry on after a bad input"
    err = items[0]
    assert isinstance(err, InputError) and err.input == str(bad)
    assert "\n" not in err.line() and str(bad) in err.line()
    return err


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \n"])
def test_empty(tmp_path, data):
    assert _one_error(tmp_path, "empty.txt", data).code == "E101"


def test_binary_with_nul_bytes(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert _one_error(tmp_path, "picture.txt", data).code == "E102"


def test_binary_with_unknown_suffix_is_sniffed_as_binary(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000))
    assert _one_error(tmp_path, "blob.bin", data).code == "E102"


def test_invalid_utf8_without_a_plausible_encoding(tmp_path):
    rng = random.Random(3)
    data = bytes(rng.randrange(128, 256) for _ in range(3000))
    assert _one_error(tmp_path, "garbled.txt", data).code == "E103"


def test_over_the_size_bound_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse 50 MB file: refused from its size alone
        fh.truncate(50_000_000)
    (err,) = read([str(big)])
    assert isinstance(err, InputError) and err.code == "E104" and "50000000" in err.line()
    assert _one_error(tmp_path, "long.txt", GOOD.encode() * 100, max_bytes=1000).code == "E104"


def test_size_bound_on_stdin(tmp_path):
    import io

    (err,) = read(["-"], stdin=io.BytesIO(b"word " * 1000), max_bytes=100)
    assert isinstance(err, InputError) and err.code == "E104" and err.input == "<stdin>"


def test_non_english_is_refused_with_the_language(tmp_path):
    err = _one_error(tmp_path, "german.txt", ("Haushalt\n\n" + GERMAN).encode(), min_english=0.5)
    assert err.code == "E105" and "'de'" in err.line()


def test_short_english_and_checks_off_are_not_refused():
    for text in ("Putin met Xi.", "Biden said no.", "Wang Yi meets Lavrov in Moscow", ENGLISH):
        check_english(text, "t", 0.5)  # no error
    check_english(GERMAN, "t", 0.0)  # 0 turns the check off
    with pytest.raises(InputError):
        check_english(GERMAN, "t", 0.5)


def test_malformed_html(tmp_path):
    assert _one_error(
        tmp_path, "nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    ).code in ("E106", "E108")
    assert _one_error(tmp_path, "pic.html", b"\x00\x01\x02GIF89a" * 50).code == "E102"
    assert _one_error(tmp_path, "cut.html", b"<html").code == "E106"


def test_malformed_jsonl_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "A\\n\\nB."}\n{oops}\n{"text": "C\\n\\nD."}\n', encoding="utf-8")
    items = list(read([str(f)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "InputError", "RawArticle"]
    assert items[1].input == f"{f}:2" and "E107" in items[1].line()


def test_unreadable_file(tmp_path):
    import os
    from pathlib import Path

    if os.geteuid() != 0:
        f = tmp_path / "secret.txt"
        f.write_text(GOOD, encoding="utf-8")
        f.chmod(0)
    else:  # root reads any file; the kernel refuses reads of a process's memory at offset 0
        f = Path("/proc/self/mem")
        if not f.exists():
            pytest.skip("no unreadable file available")
    (err,) = read([str(f)])
    assert isinstance(err, InputError) and err.code == "E111" and str(f) in err.line()
