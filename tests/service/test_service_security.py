"""Hostile text stays text: an article whose title, source and body carry <script> and <img
onerror> is shown escaped on every page and inert in the browser; headers and limits hold."""

from __future__ import annotations

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .service_support import HOSTILE, PAYLOAD, visit

RAW = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def pages(hostile_id: str) -> list[str]:
    return [
        "/",
        "/?q=Senators",
        f"/articles/{hostile_id}",
        "/timeline?actor=Lopez",
        "/timeline",
        "/graph",
    ]


def test_payload_is_escaped_in_every_page(client, hostile_id):
    for path in pages(hostile_id):
        html = client.get(path).text
        for raw in RAW:
            assert raw not in html, path
    article = client.get(f"/articles/{hostile_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article


def test_payload_is_inert_in_the_browser(server, browser, hostile_id):
    for path in pages(hostile_id):
        visit(browser, server.url + path)
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text  # noqa: B018
        assert not browser.find_elements(By.CSS_SELECTOR, 'img[src="x"]'), path
        scripts = browser.execute_script(
            "return Array.from(document.scripts).map(s => s.src || s.type)"
        )
        assert all(s.endswith("/static/app.js") or s == "application/json" for s in scripts)
    visit(browser, f"{server.url}/articles/{hostile_id}")
    shown = browser.find_element(By.ID, "text").text
    assert PAYLOAD in shown and "<script>alert(1)</script>" in browser.title


def test_pasted_payload_is_inert(server, browser):
    visit(browser, f"{server.url}/extract")
    browser.find_element(By.NAME, "text").send_keys(HOSTILE)
    browser.find_element(By.CSS_SELECTOR, "form.extract button").click()
    # the server runs the pipeline on the pasted text: wait for the evidence view, not a guess
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.ID, "text"))
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert not browser.find_elements(By.CSS_SELECTOR, 'img[src="x"]')
    assert PAYLOAD in browser.find_element(By.ID, "text").text


def test_headers_bind_and_errors(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/articles").headers["content-security-policy"] == csp
    crash = client.get("/api/events", params={"limit": "1e999"})
    assert crash.status_code == 422 and "Traceback" not in crash.text


def test_serve_binds_loopback_by_default():
    from typer.main import get_command

    from communique.cli import app

    params = {p.name: p for p in get_command(app).commands["serve"].params}  # type: ignore[attr-defined]
    assert params["host"].default == "127.0.0.1"
