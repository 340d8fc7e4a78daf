#!/usr/bin/env bash
# The web view's end-to-end checks, on a real server: the browser tests (headless Chromium through
# Selenium) and schemathesis against the OpenAPI document, then a clean stop on SIGTERM.
#
# Usage: Tests/Web/run.sh [channels binary, default .build/debug/channels] [--screenshots DIR]
#   (to give --screenshots, give the binary first: Tests/Web/run.sh .build/debug/channels --screenshots docs)
#   needs chromium and chromium-driver (apt); installs selenium and schemathesis into .build-web-venv
#   --screenshots docs    also saves the README's screenshots (docs/web-overview.png, web-actor.png, web-path.png)
set -euo pipefail
cd "$(dirname "$0")/../.."

binary="${1:-.build/debug/channels}"
shift || true
screenshots=()
if [ "${1:-}" = "--screenshots" ]; then screenshots=(--screenshots "$2"); fi

venv=.build-web-venv
if [ ! -x "$venv/bin/schemathesis" ] || [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "selenium>=4.20,<5" "schemathesis>=4,<5"
fi

log="$(mktemp)"
"$binary" serve --port 0 --graph Tests/ChannelsCLITests/Fixtures/web/hostile.yaml > "$log" 2> "$log.requests" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log" "$log.requests"' EXIT
for _ in $(seq 1 100); do
    grep -q "^channels: serving" "$log" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
base="$(grep -o 'http://[^ ]*' "$log" | head -1 || true)"
if [ -z "$base" ]; then
    cat "$log" "$log.requests" >&2
    echo "the server did not start (see above)" >&2
    exit 1
fi
echo "server: $base"

status=0
"$venv/bin/python" Tests/Web/browser_test.py "$base" "${screenshots[@]}" || status=1

# Every response must match the document and none may be a 5xx; the examples are bounded to keep CI short.
"$venv/bin/schemathesis" run "${base}api/openapi.json" --url "${base%/}" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples 25 --phases examples,coverage,fuzzing --workers 2 --no-color || status=1

kill -TERM "$server"
if wait "$server"; then echo "the server stopped cleanly on SIGTERM"; else echo "the server did not stop cleanly" >&2; status=1; fi
echo "requests served: $(wc -l < "$log.requests")"
exit $status
