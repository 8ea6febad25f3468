"""The pages in a real browser (Debian's chromium, headless, via Selenium): every page loads
without a console error, the evidence view marks each item at the record's offsets, clicking
an item shows its record in the side panel. Screenshots go to a temporary folder."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .service_support import console_errors, visit

MARKS_JS = """
return Array.from(document.querySelectorAll('#text .mark')).map(m => ({
  kind: m.dataset.kind, id: m.dataset.id, start: Number(m.dataset.start),
  end: Number(m.dataset.end), piece: Number(m.dataset.piece), text: m.textContent}));
"""


def expected_items(rec: dict) -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, id) -> (start, end) for every item of the record that has offsets."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for n, b in enumerate(rec["boilerplate"]):
        out["boilerplate", str(n)] = (b["start"], b["end"])
    for a in rec["actors"]:
        for n, m in enumerate(a["mentions"]):
            out["mention", f"{a['id']}.{n}"] = (m["start"], m["end"])
    for q in rec["quotes"]:
        out["quote", q["id"]] = (q["start"], q["end"])
    for e in rec["events"]:
        if e.get("evidence"):
            out["event", e["id"]] = (e["evidence"]["start"], e["evidence"]["end"])
        if e.get("trigger"):
            out["trigger", e["id"]] = (e["trigger"]["start"], e["trigger"]["end"])
    for kind, key in (("time", "times"), ("amount", "amounts"), ("voice", "voice")):
        for n, item in enumerate(rec[key]):
            out[kind, str(n)] = (item["start"], item["end"])
    for n, c in enumerate(rec["checks"]):
        if c.get("start") is not None:
            out["check", str(n)] = (c["start"], c["end"])
    return {k: v for k, v in out.items() if v[0] < v[1]}


def article_ids(client) -> list[str]:
    return [a["id"] for a in client.get("/api/articles", params={"limit": 100}).json()["items"]]


def test_evidence_view_marks_every_item_at_its_offsets(client, server, browser, shots):
    checked = 0
    for aid in article_ids(client):
        rec = client.get(f"/api/articles/{aid}").json()
        visit(browser, f"{server.url}/articles/{aid}")
        marks = browser.execute_script(MARKS_JS)
        pieces: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for m in marks:
            pieces[m["kind"], m["id"]].append(m)
        want = expected_items(rec)
        assert set(pieces) == set(want), aid
        for key, (start, end) in want.items():
            got = pieces[key]
            assert {(m["start"], m["end"]) for m in got} == {(start, end)}, key
            assert [m["piece"] for m in got] == list(range(len(got))), key
            assert "".join(m["text"] for m in got) == rec["text"][start:end], key
            checked += 1
        text = browser.find_element(By.ID, "text").text
        assert text.replace("\n", "") == rec["text"].replace("\n", "")
    assert checked > 100


def _richest(client) -> str:
    """The article with both quotes and events, the most events first."""
    recs = [client.get(f"/api/articles/{a}").json() for a in article_ids(client)]
    best = max(recs, key=lambda r: (bool(r["quotes"]) and bool(r["events"]), len(r["events"])))
    return str(best["article"]["id"])


def test_clicking_an_item_shows_its_record(client, server, browser, shots):
    aid = _richest(client)
    rec = client.get(f"/api/articles/{aid}").json()
    visit(browser, f"{server.url}/articles/{aid}")
    quote = rec["quotes"][0]
    mark = browser.find_element(
        By.CSS_SELECTOR, f'.mark[data-kind="quote"][data-id="{quote["id"]}"]'
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", mark
    )
    title = browser.find_element(By.ID, "panel-title").text
    assert title == f"quote {quote['id']} [{quote['start']}, {quote['end']})"
    shown = browser.find_element(By.ID, "panel-json").text
    assert quote["text"][:40] in shown and f'"speaker": {json.dumps(quote["speaker"])}' in shown
    assert "selected" in mark.get_attribute("class")
    event = rec["events"][0]
    browser.find_element(
        By.CSS_SELECTOR, f'.item-link[data-kind="event"][data-id="{event["id"]}"]'
    ).click()
    assert browser.find_element(By.ID, "panel-title").text == f"event {event['id']}"
    assert f'"plover": "{event["plover"]}"' in browser.find_element(By.ID, "panel-json").text
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(shots / "evidence-view.png"))
    assert not console_errors(browser)


@pytest.mark.parametrize("path", ["/", "/timeline", "/graph", "/extract", "/docs"])
def test_pages_load_without_console_errors(server, browser, shots, path):
    visit(browser, server.url + path)
    assert browser.find_element(By.TAG_NAME, "h1").text
    name = path.strip("/") or "index"
    browser.save_screenshot(str(shots / f"{name}.png"))


def test_articles_page_filters(server, browser):
    visit(browser, f"{server.url}/?q=marijuana")
    rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr[data-id]")
    assert len(rows) == 1 and "marijuana" in rows[0].text.lower()
    box = browser.find_element(By.NAME, "q")
    box.clear()
    box.send_keys("zzzz-no-such-words")
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    WebDriverWait(browser, 10).until(lambda d: "zzzz" in d.current_url)
    assert not browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr[data-id]")


def test_timeline_and_graph_click_shows_details(client, server, browser):
    visit(browser, f"{server.url}/timeline")
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    dated = sum(
        int(b.get_attribute("data-info").split('"events": ')[1].split(",")[0]) for b in bars
    )
    assert 0 < dated <= total
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bars[0]
    )
    assert '"quad_class"' in browser.find_element(By.ID, "panel-json").text
    visit(browser, f"{server.url}/graph")
    edges = browser.find_elements(By.CSS_SELECTOR, "#graph line.edge")
    assert edges
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edges[0]
    )
    assert '"goldstein"' in browser.find_element(By.ID, "panel-json").text
    assert not console_errors(browser)


def test_extract_page_shows_the_evidence_view(server, browser, shots):
    visit(browser, f"{server.url}/extract")
    text = (
        "Chinese Foreign Minister Wang Yi met Russian President Vladimir Putin in Moscow on "
        'Wednesday. "Relations are solid as a rock," Wang told Putin.'
    )
    browser.find_element(By.NAME, "text").send_keys(text)
    browser.find_element(By.CSS_SELECTOR, "form.extract button").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.ID, "text"))
    assert not console_errors(browser)
    marks = browser.execute_script(MARKS_JS)
    assert any(m["kind"] == "quote" for m in marks)
    for m in marks:
        if m["piece"] == 0 and m["kind"] == "quote":
            assert text[m["start"] : m["end"]].startswith(m["text"][:10])
    browser.save_screenshot(str(shots / "extract-result.png"))
