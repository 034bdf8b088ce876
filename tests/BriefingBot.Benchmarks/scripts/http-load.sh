#!/usr/bin/env bash
# Signed /brief load against `serve` over loopback. Starts serve on the given index with the RFC 8032 test public key
# and a throwaway Slack secret, points every outbound API at a dead loopback port (no traffic leaves the machine),
# waits for /healthz, runs the load driver at 1, 10 and 50 concurrent requests, reports serve's peak RSS, stops serve.
# Usage: http-load.sh DB [PORT]   (from the repository root, after building Release)
set -euo pipefail
DB=${1:?database file}
PORT=${2:-5199}
B=${BENCH_BIN:-"dotnet tests/BriefingBot.Benchmarks/bin/Release/net10.0/BriefingBot.Benchmarks.dll"}
export Discord__PublicKey=d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a
export Discord__ApplicationId=100000000000000001
export Discord__ApiBaseUrl=http://127.0.0.1:9/api/v10
export Slack__SigningSecret=bench-signing-secret
export Slack__ApiBaseUrl=http://127.0.0.1:9/api/
export Logging__LogLevel__Default=Warning
${BENCH_CLI:-dotnet src/BriefingBot/bin/Release/net10.0/briefingbot.dll} --db "$DB" serve --urls "http://127.0.0.1:$PORT" >/tmp/serve.$$.log 2>&1 &
SERVE=$!
trap 'kill $SERVE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 1; done
for c in 1 10 50; do
  $B load --url "http://127.0.0.1:$PORT" --platform both --requests $((c * 20 > 200 ? 1000 : 200)) --concurrency $c --seconds 120 || true
done
echo "serve peak RSS: $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$SERVE/status)"
