#!/usr/bin/env bash
# Cold start of the CLI: wall time and peak RSS of short verbs, 5 runs each (first run after a build is excluded).
# Usage: cold-start.sh DB   (from the repository root, after `dotnet build -c Release src/BriefingBot`)
set -euo pipefail
DB=${1:?database file}
CLI=${BENCH_CLI:-"dotnet src/BriefingBot/bin/Release/net10.0/briefingbot.dll"}
$CLI --db "$DB" sources --json >/dev/null
for verb in "--help" "sources --json" "brief tariffs --json"; do
  for i in 1 2 3 4 5; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e s %M KB" $CLI --db "$DB" $verb >/dev/null 2>>/tmp/cold-start.$$ || true
  done
  echo "cold start '$verb': $(tail -5 /tmp/cold-start.$$ | awk '{s+=$1; if ($3>m) m=$3} END {printf "mean %.2f s, peak RSS %d MB", s/NR, m/1024}')"
done
rm -f /tmp/cold-start.$$
