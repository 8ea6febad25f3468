"""Pipeline.warm: every table the stages read on first use is loaded before the first article
(the benchmark's timed region, the service's first request, an engine's first batch)."""

from __future__ import annotations

from communique.actors.kb import kb
from communique.events.classifier import load_classifier, model_path
from communique.pipeline import Pipeline, RawArticle


def test_warm_loads_the_knowledge_base_and_the_classifier_and_keeps_no_timings() -> None:
    kb.cache_clear()
    load_classifier.cache_clear()
    pipe = Pipeline()
    pipe.warm()
    assert kb.cache_info().currsize == 1
    if (model_path() / "config.cfg").is_file():
        assert load_classifier.cache_info().currsize == 1
    assert pipe.timings == {}
    rec = pipe.extract(
        RawArticle(text="Police in Lagos arrested twelve traders on Tuesday.", input="t")
    )
    assert [(e.plover, e.cameo) for e in rec.events] == [("COERCE", "173")]
    assert set(pipe.timings) == {"actors", "time", "quotes", "events", "voice", "checks"}
