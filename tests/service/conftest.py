"""Service fixtures: a store of real NAEB articles (plus one hostile article), the app over it
served by uvicorn on a free port, and a headless Debian chromium driven by Selenium."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from service_browsing import HOSTILE, PAYLOAD

ROOT = Path(__file__).resolve().parents[2]
# The corpus beside the repository (as in CI), or wherever COMMUNIQUE_NAEB points.
BESIDE = ROOT.parent / "shared" / "corpus" / "naeb" / "articles.jsonl"
NAEB = Path(os.environ.get("COMMUNIQUE_NAEB") or BESIDE)



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


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, pipeline) -> Path:
    articles = naeb_articles(10) + [hostile_article()]
    return build_store(tmp_path_factory.mktemp("service") / "naeb.duckdb", pipeline, articles)


@pytest.fixture(scope="session")
def service(store_path, pipeline):
    from communique.service import Service

    svc = Service.open(str(store_path), pipeline=pipeline)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def app(service):
    from communique.service import create_app

    return create_app(service)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def server(app) -> Iterator[Server]:
    with Server(app) as srv:
        yield srv


@pytest.fixture(scope="session")
def hostile_id(client) -> str:
    found = client.get("/api/articles", params={"q": "Senators debate"}).json()["items"]
    return str(found[0]["id"])


def _chromium() -> tuple[str, str] | None:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (binary, driver) if binary and driver else None


@pytest.fixture(scope="session")
def browser():
    """Headless chromium (Debian's chromium + chromium-driver); skipped when absent, except
    in CI (CI=true), where .ci/run installs them and their absence is a failure."""
    found = _chromium()
    if found is None:
        why = "chromium/chromedriver absent: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    opts = webdriver.ChromeOptions()
    opts.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--hide-scrollbars"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=DriverService(executable_path=found[1]), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: a temporary folder, or COMMUNIQUE_SHOTS (docs/ was made so)."""
    where = os.environ.get("COMMUNIQUE_SHOTS")
    return Path(where) if where else tmp_path_factory.mktemp("screenshots")

