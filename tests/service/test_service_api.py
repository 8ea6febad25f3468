"""The JSON API on a store of real NAEB articles: filters, paging, records, errors as JSON."""

from __future__ import annotations

import json

from communique.store import Store, actors_over_time


def test_articles_paged_and_filtered(client):
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == 11 and len(page["items"]) == 3
    rest = client.get("/api/articles", params={"limit": 50, "offset": 3}).json()["items"]
    ids = [a["id"] for a in page["items"] + rest]
    assert len(set(ids)) == 11
    dated = client.get("/api/articles", params={"date_from": "2023-12-20"}).json()["items"]
    assert dated and all(a["published"] >= "2023-12-20" for a in dated)
    src = page["items"][0]["source"]
    by_source = client.get("/api/articles", params={"source": src}).json()["items"]
    assert by_source and all(a["source"] == src for a in by_source)
    found = client.get("/api/articles", params={"q": "marijuana"}).json()
    assert found["total"] >= 1


def test_article_record_offsets(client):
    first = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    rec = client.get(f"/api/articles/{first['id']}").json()
    assert rec["schema"] == "communique/1" and rec["article"]["id"] == first["id"]
    for q in rec["quotes"]:
        assert rec["text"][q["start"] : q["end"]] == q["text"]


def test_events_filters(client):
    every = client.get("/api/events", params={"limit": 500}).json()
    assert every["total"] == len(every["items"]) > 0
    kind = every["items"][0]["plover"]
    typed = client.get("/api/events", params={"plover": kind}).json()["items"]
    assert typed and all(e["plover"] == kind for e in typed)
    root = every["items"][0]["cameo"][:2]
    rooted = client.get("/api/events", params={"cameo_root": root}).json()["items"]
    assert rooted and all(e["cameo"].startswith(root) for e in rooted)
    with_country = next(e for e in every["items"] if e["countries"])
    c = with_country["countries"][0]
    by_country = client.get("/api/events", params={"country": c}).json()["items"]
    assert with_country["event_id"] in {e["event_id"] for e in by_country}
    name = next(e for e in every["items"] if e["source"])["source"][0]
    by_actor = client.get("/api/events", params={"actor": name}).json()["items"]
    assert by_actor and all(name in e["source"] + e["target"] for e in by_actor)
    day = every["items"][0]["day"]
    on_day = client.get("/api/events", params={"date_from": day, "date_to": day}).json()
    assert on_day["items"] and all(e["day"] == day for e in on_day["items"])
    asserted = client.get("/api/events", params={"modality": "asserted"}).json()["items"]
    assert all(e["modality"] == "asserted" for e in asserted)


def test_actors_reuse_the_cli_logic(client, service):
    page = client.get("/api/actors", params={"limit": 500}).json()
    with service.cursor() as cur:
        expected = actors_over_time(Store(cur, service.store.path))
    assert page["total"] == len(expected)
    assert [a["key"] for a in page["items"]] == [a.key for a in expected]
    top = page["items"][0]
    one = client.get(f"/api/actors/{top['key']}").json()
    assert one == top
    assert client.get("/api/actors/no-such-actor-anywhere").status_code == 404


def test_quotes_by_speaker(client):
    every = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    speaker = next(q["speaker"] for q in every if q["speaker"])
    mine = client.get("/api/quotes", params={"speaker": speaker}).json()["items"]
    assert mine and all(speaker.lower() in (q["speaker"] or "").lower() for q in mine)


def test_dyads_count_by_quad_class(client):
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    pair = next(e for e in events if len(e["countries"]) == 2)
    a, b = pair["countries"]
    out = client.get("/api/dyads", params={"a": a, "b": b, "interval": "week"}).json()
    assert out["items"], out
    for period in out["items"]:
        assert sum(period["quad_class"].values()) == period["events"]
        assert period["a_to_b"] + period["b_to_a"] == period["events"]


def test_errors_are_json_with_codes(client):
    missing = client.get("/api/articles/" + "0" * 64)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E501"
    bad = client.get("/api/events", params={"country": "usa; DROP TABLE events"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E502"
    assert "Traceback" not in bad.text
    page = client.get("/no/such/page", headers={"accept": "text/html"})
    assert page.status_code == 404 and "E501" in page.text


def test_extract_text_and_errors(client):
    text = (
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Moscow on "
        'Tuesday. "We will deepen our cooperation," Lavrov said after the talks.\n'
    )
    rec = client.post("/api/extract", json={"text": text, "published": "2023-02-22"}).json()
    assert rec["schema"] == "communique/1" and rec["text"] == text
    assert rec["quotes"] and rec["text"][rec["quotes"][0]["start"] :].startswith("We will")
    empty = client.post("/api/extract", json={"text": "   "})
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "E101"
    both = client.post("/api/extract", json={"text": "a", "html": "<p>a</p>"})
    assert both.status_code == 422 and both.json()["error"]["code"] == "E502"
    date = client.post("/api/extract", json={"text": text, "published": "22/02/2023"})
    assert date.json()["error"]["code"] == "E110"


def test_extract_size_limit_is_the_clis(client, service):
    limit = service.settings.max_bytes
    over = client.post("/api/extract", json={"text": "a" * (limit + 1)})
    assert over.status_code == 413 and over.json()["error"]["code"] == "E104"
    huge = client.post(
        "/api/extract", content=b"x" * (3 * limit), headers={"content-type": "application/json"}
    )
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "E500"


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/events", "/api/actors", "/api/quotes", "/api/dyads"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert json.loads(client.get("/openapi.json").text)["openapi"].startswith("3.")
