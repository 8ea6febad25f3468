"""Service fixtures: a store of real NAEB articles (plus one hostile article), the app over it
served by uvicorn on a free port, and a headless Debian chromium driven by Selenium."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .service_support import Server, build_store, hostile_article, naeb_articles


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
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--hide-scrollbars",
    ):
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
