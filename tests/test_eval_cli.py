"""``communique eval`` on a small gold file written here: table, JSON, errors, the report."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from communique.cli import app

TEXT = (
    "Kenya and Ethiopia sign border pact\n\n"
    "NAIROBI, May 3 - Kenya and Ethiopia signed a border security pact on Tuesday, "
    'officials said. "This agreement protects our herders," Kenyan President William '
    "Ruto told reporters.\n"
)
GOLD = {
    "article": "pact.txt",
    "published": "2023-05-04",
    "actors": {
        "required": [{"name": "William Ruto", "kind": "person", "country": "KEN"}],
        "not_actors": [],
    },
    "quotes": {
        "required": [
            {
                "kind": "direct",
                "speaker": "William Ruto",
                "cue": "told",
                "text": "This agreement protects our herders,",
            }
        ],
        "indirect_required": [],
    },
    "times": {"required": [{"text": "Tuesday", "in": "pact on Tuesday", "value": "2023-05-02"}]},
}


def _write(tmp_path):
    (tmp_path / "pact.txt").write_text(TEXT, "utf-8")
    gold = tmp_path / "pact.gold.json"
    gold.write_text(json.dumps(GOLD), "utf-8")
    return gold


def test_json_scores_only_annotated_components_in_the_mean(tmp_path):
    gold = _write(tmp_path)
    out = CliRunner().invoke(app, ["eval", str(gold), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert set(data["mean"]) == {"actors", "quotes", "times"}
    comps = data["files"][0]["components"]
    assert set(comps) == {
        "boilerplate",
        "actors",
        "quotes",
        "events",
        "times",
        "amounts",
        "voice",
        "checks",
    }
    assert all(0.0 <= c["score"] <= 1.0 for c in comps.values())


def test_table_for_a_folder_has_a_mean_column(tmp_path):
    _write(tmp_path)
    (tmp_path / "second.gold.json").write_text(json.dumps({**GOLD}), "utf-8")
    out = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "mean" in out.stdout and "pact" in out.stdout and "second" in out.stdout


def test_missing_article_is_one_clear_line(tmp_path):
    gold = tmp_path / "lost.gold.json"
    gold.write_text(json.dumps({"article": "lost.txt"}), "utf-8")
    out = CliRunner().invoke(app, ["eval", str(gold)])
    assert out.exit_code == 2
    assert "E120" in out.output


def test_no_gold_and_no_report_is_a_usage_error():
    out = CliRunner().invoke(app, ["eval"])
    assert out.exit_code == 2


def test_sentence_set_is_scored_with_the_sentence_rules(tmp_path):
    lines = [
        {
            "id": "s1",
            "text": "The weather in Lisbon was mild on Sunday.",
            "published": "2024-03-04",
            "source": None,
            "target": None,
            "plover": None,
        },
        {
            "id": "s2",
            "text": "Kenyan President William Ruto met Ethiopian Prime Minister Abiy "
            "Ahmed in Nairobi on Monday.",
            "published": "2024-03-05",
            "source": "KEN",
            "target": "ETH",
            "plover": "CONSULT",
        },
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    out = CliRunner().invoke(app, ["eval", str(path), "--json"])
    assert out.exit_code == 0, out.output
    scores = json.loads(out.stdout)["sentence_sets"][str(path)]
    assert set(scores) == {"type_accuracy", "full_match", "no_event_precision", "accuracy"}
    assert all(0.0 <= v <= 1.0 for v in scores.values())
