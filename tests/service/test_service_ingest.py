"""Ingesting while the server runs: POST /api/ingest writes through the server's one writer
while GETs on other threads keep answering from their own cursors."""

from __future__ import annotations

import threading
import time

import httpx

from .service_support import Server, build_store, naeb_articles


def _body(raw) -> dict:
    return {
        "text": raw.text,
        "title": raw.title,
        "published": raw.published,
        "source": raw.source,
        "url": raw.url,
    }


def test_pages_keep_answering_while_articles_come_in(tmp_path, pipeline):
    from communique.service import Service, create_app

    articles = naeb_articles(16)
    path = build_store(tmp_path / "live.duckdb", pipeline, articles[:3])
    svc = Service.open(str(path), pipeline=pipeline)
    try:
        with Server(create_app(svc)) as srv, httpx.Client(base_url=srv.url, timeout=10) as http:
            first = http.get("/api/articles").json()["items"][0]["id"]
            done: dict = {}

            def post() -> None:
                body = {"articles": [_body(a) for a in articles[3:]]}
                done["answer"] = httpx.post(f"{srv.url}/api/ingest", json=body, timeout=300)

            writer = threading.Thread(target=post)
            writer.start()
            answers, totals = [], []
            while writer.is_alive():
                for url in ("/api/articles", "/api/events?limit=5", f"/articles/{first}", "/"):
                    t0 = time.monotonic()
                    r = http.get(url)
                    answers.append((url, r.status_code, time.monotonic() - t0))
                    if url == "/api/articles":
                        totals.append(r.json()["total"])
            writer.join()
            assert done["answer"].status_code == 200, done["answer"].text
            out = done["answer"].json()
            assert out["stored"] == 13 and out["failed"] == 0 and len(out["ids"]) == 13
            assert len(answers) >= 8, "too few reads ran while ingesting"
            assert all(code == 200 for _, code, _ in answers), answers
            assert set(totals) <= {3, 16} and totals[0] == 3
            assert http.get("/api/articles").json()["total"] == 16
            rec = http.get(f"/api/articles/{out['ids'][0]}").json()
            assert rec["article"]["id"] == out["ids"][0]
    finally:
        svc.close()


def test_read_only_store_refuses_ingest(tmp_path, pipeline):
    from fastapi.testclient import TestClient

    from communique.service import Service, create_app

    path = build_store(tmp_path / "ro.duckdb", pipeline, naeb_articles(1))
    svc = Service.open(str(path), read_only=True, pipeline=pipeline)
    try:
        client = TestClient(create_app(svc))
        r = client.post("/api/ingest", json={"articles": [{"text": "Putin met Xi in Moscow."}]})
        assert r.status_code == 409 and r.json()["error"]["code"] == "E503"
        assert client.get("/api/articles").json()["total"] == 1
    finally:
        svc.close()
