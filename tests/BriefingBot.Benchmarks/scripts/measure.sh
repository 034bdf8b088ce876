#!/usr/bin/env bash
# Reproduces docs/benchmarks.md. Run from the repository root. Heavy steps are opt-in:
#   scripts: BENCH_100K=1 builds the 100k index (about an hour of CPU on 2 cores); BENCH_BDN=1 runs BenchmarkDotNet.
set -euo pipefail
OUT=${BENCH_OUT:-./artifacts/bench}
CORPUS=${BENCH_CORPUS:-../shared/data/corpus/wikinews_ccby_144.jsonl}
mkdir -p "$OUT"
dotnet build -c Release tests/BriefingBot.Benchmarks src/BriefingBot >/dev/null
B=${BENCH_BIN:-"dotnet tests/BriefingBot.Benchmarks/bin/Release/net10.0/BriefingBot.Benchmarks.dll"}
uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo || true; free -m | head -2; dotnet --version; cat /proc/loadavg

$B sign-check
$B generate --articles 10000 --out "$OUT/syn10k.jsonl"
[ "${BENCH_100K:-0}" = 1 ] && $B generate --articles 100000 --out "$OUT/syn100k.jsonl"

$B stages --articles 1000
[ -f "$CORPUS" ] && $B stages --input "$CORPUS"

rm -f "$OUT"/wiki144.db* "$OUT"/idx10k.db*
[ -f "$CORPUS" ] && $B ingest --input "$CORPUS" --db "$OUT/wiki144.db"
$B ingest --input "$OUT/syn10k.jsonl" --db "$OUT/idx10k.db"
$B query --db "$OUT/idx10k.db" --iterations 300
if [ "${BENCH_100K:-0}" = 1 ]; then
  rm -f "$OUT"/idx100k.db*
  timeout 7200 $B ingest --input "$OUT/syn100k.jsonl" --db "$OUT/idx100k.db"
  $B query --db "$OUT/idx100k.db" --iterations 300
fi

[ "${BENCH_BDN:-0}" = 1 ] && $B --filter '*StageBenchmarks*' '*GeneratorBenchmarks*' '*IndexBenchmarks*' --job short --inProcess --artifacts "$OUT/bdn"

tests/BriefingBot.Benchmarks/scripts/cold-start.sh "$OUT/idx10k.db"
tests/BriefingBot.Benchmarks/scripts/http-load.sh "$OUT/idx10k.db"
