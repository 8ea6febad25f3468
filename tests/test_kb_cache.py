"""The knowledge base's content-keyed pickle (actors/kbcache.py): the same knowledge base as a
fresh build, read back once written, rebuilt when the file is damaged, never written when off."""

from __future__ import annotations

import time

from communique.actors.kb import build_kb
from communique.actors.kbcache import cache_dir, cached, content_key, data_files


def _same(a, b) -> bool:
    return (
        a.entries.keys() == b.entries.keys()
        and dict(a.names) == dict(b.names)
        and a.titles == b.titles
        and a.surfaces == b.surfaces
        and [e.roles for e in a.entries.values()] == [e.roles for e in b.entries.values()]
    )


def test_the_cache_gives_back_the_built_knowledge_base_and_loads_faster(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    t0 = time.perf_counter()
    first = cached(build_kb)
    built = time.perf_counter() - t0
    files = list(tmp_path.glob("kb-*.pickle"))
    assert [f.name for f in files] == [f"kb-{content_key()[:24]}.pickle"]
    t0 = time.perf_counter()
    again = cached(build_kb)
    read = time.perf_counter() - t0
    assert again is not first and _same(again, first)
    assert read < built


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    (tmp_path / f"kb-{content_key()[:24]}.pickle").write_bytes(b"not a pickle")
    k = cached(build_kb)
    assert "Kenya" in {e.name for e in k.entries.values()}
    assert _same(cached(build_kb), k)  # the rebuilt one was written back


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "off")
    assert cache_dir() is None
    k = cached(build_kb)
    assert k.entries and not list(tmp_path.iterdir())


def test_the_key_covers_the_data_files_of_the_knowledge_base():
    names = [name for name, _ in data_files()]
    assert "people.csv" in names and "titles.csv" in names
    assert any(n.startswith("kb/") and n.endswith("/people.csv") for n in names)
