"""Helpers and data for the service tests (imported by them; conftest.py holds the fixtures)."""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The corpus beside the repository (as in CI), or wherever COMMUNIQUE_NAEB points.
BESIDE = ROOT.parent / "shared" / "corpus" / "naeb" / "articles.jsonl"
NAEB = Path(os.environ.get("COMMUNIQUE_NAEB") or BESIDE)

PAYLOAD = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
HOSTILE = (
    f"Senators debate a bill {PAYLOAD}\n\n"
    "WASHINGTON -- Senator Maria Lopez said on Tuesday that the United States would send aid "
    f'to Ukraine. "We will not wait {PAYLOAD}," Lopez told reporters. The bill, she added, '
    "would cost $2 billion. Russia condemned the plan and accused Washington of escalation.\n"
)


def console_errors(driver) -> list[str]:
    """Severe browser console entries since the last call (CSP violations included)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def visit(driver, url: str) -> None:
    """Load ``url``, wait for the page's script, and fail on any console error."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    errors = console_errors(driver)
    assert not errors, f"console errors on {url}: {errors}"


def naeb_articles(n: int) -> list:
    """The first ``n`` readable NAEB articles, or skip when ../shared is absent."""
    if not NAEB.exists():
        pytest.skip("../shared/corpus/naeb is absent")
    from communique.pipeline import RawArticle
    from communique.readers import read

    items = (a for a in read([str(NAEB)]) if isinstance(a, RawArticle))
    return list(itertools.islice(items, n))


def hostile_article():
    from communique.pipeline import RawArticle

    return RawArticle(
        text=HOSTILE,
        input="<hostile>",
        title=f"Senators debate a bill {PAYLOAD}",
        published="2023-12-19",
        published_from="cli",
        source=f"evil.example {PAYLOAD}",
    )


def build_store(path: Path, pipeline, articles) -> Path:
    from communique.store import Store, ingest

    with Store.open(path) as store:
        stats = ingest(store, articles, pipeline)
    assert stats.failed == 0, stats.line()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn serving ``app`` in a thread of this process (the store stays in this process)."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
