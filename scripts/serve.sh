#!/usr/bin/env bash
# Builds pkg/ and serves the repository root for the demo pages:
#   http://127.0.0.1:8080/www/              the demo page (www/index.html)
#   http://127.0.0.1:8080/www/minimal.html  a bare textarea checker
# PORT=9000 scripts/serve.sh picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8080}"
scripts/setup.sh build
scripts/build.sh
echo
echo "  demo page:     http://127.0.0.1:$port/www/"
echo "  minimal page:  http://127.0.0.1:$port/www/minimal.html"
echo "  (Ctrl-C stops the server)"
echo
exec python3 scripts/serve.py --port "$port"
