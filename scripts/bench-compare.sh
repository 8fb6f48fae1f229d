#!/usr/bin/env bash
# Issue #8's figures against the committed baseline (benchmarks/baseline.json); exits 1 when a figure regressed.
#   scripts/bench-compare.sh            compare the latest results already under artifacts/bench/ and BenchmarkDotNet.Artifacts/
#   scripts/bench-compare.sh --run      run the benchmarks first (about 30 minutes on 2 cores; needs artifacts/bench/synth-1000000.db)
#   THRESHOLD=40 scripts/bench-compare.sh   flag growth beyond 40 % instead of 25 %
# A shared 2-core machine is noisy: compare on a quiet machine, and read the load average each result records.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
loadbench=(dotnet tests/MapDashboard.LoadBench/bin/Release/net10.0/MapDashboard.LoadBench.dll)

if [ "${1:-}" = "--run" ]; then
  dotnet build MapDashboard.sln -c Release -v quiet -clp:ErrorsOnly
  dotnet run -c Release --no-build --project tests/MapDashboard.Benchmarks -- --filter '*ControlLayer*' --exporters json \
    --iterationCount 10 --warmupCount 1 --invocationCount 1 --unrollFactor 1
  dotnet run -c Release --no-build --project tests/MapDashboard.Benchmarks -- --filter '*.SliderStepBenchmarks.*' --exporters json --job short --iterationCount 15
  # Allocation per article of the whole parse + code path (issue 18); its times are not in the baseline.
  dotnet run -c Release --no-build --project tests/MapDashboard.Benchmarks -- --filter '*GeoparserBenchmarks.ParseAndCode*' --exporters json \
    --inProcess --iterationCount 5 --warmupCount 1
  "${loadbench[@]}" slider --steps 50 --window month
  "${loadbench[@]}" coldstart --runs 10
  # The cold start of the app ./run.sh publishes (ReadyToRun), as a user starts it; needs ./run.sh run once.
  if [ -f artifacts/web/MapDashboard.Web.dll ]; then "${loadbench[@]}" coldstart --runs 10 --published on; else echo "skipped coldstart --published on: run ./run.sh once" >&2; fi
  "${loadbench[@]}" memory --sessions 5,10,20
  # Issue 18's whole-process throughput: geoparse of 2,000 seed copies, ingest of 10,000 generated articles into SQLite.
  ./mapdash --help >/dev/null
  "${loadbench[@]}" pipeline --copies 400 --articles 10000
  # Issue 18's backlog: 100,000 generated articles into a fresh SQLite store (about 8 minutes on a quiet machine).
  "${loadbench[@]}" backlog --articles 100000
elif [ ! -f "${loadbench[1]}" ]; then
  dotnet build tests/MapDashboard.LoadBench -c Release -v quiet -clp:ErrorsOnly
fi
"${loadbench[@]}" compare --threshold "${THRESHOLD:-25}"
