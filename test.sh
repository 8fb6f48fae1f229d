#!/usr/bin/env bash
# Installs what the tests need when it is missing (chromium, npm packages, data) and runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/setup.sh"

if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

setup_npm
setup_build Debug
setup_data

# A PostgreSQL + PostGIS server for the PostgreSQL store's tests (MAPDASH_TEST_POSTGRES), stopped on exit when this run
# started it; one that already answers is used and left running.
pg_server="$root/scripts/pg-test-server.sh"
if ! bash "$pg_server" status >/dev/null 2>&1; then
  trap 'bash "$pg_server" stop' EXIT
fi
pg_env="$(bash "$pg_server" start)"
eval "$pg_env"

mkdir -p "$root/test-artifacts"
log "dotnet test"
set +e
dotnet test "$root/MapDashboard.sln" --no-build --nologo -v quiet \
  --logger "console;verbosity=normal" --results-directory "$root/test-artifacts/results" 2>&1 | tee "$root/test-artifacts/test-output.log"
status=${PIPESTATUS[0]}
set -e

# The failed tests again at the end, with the first lines of their messages, so that the tail of a long log names them.
awk '/^  Failed [A-Za-z_]/ { print; n = 12; next }
     n > 0 && /^  (Passed|Skipped|Failed) / { n = 0 }
     n > 0 { print; n-- }' "$root/test-artifacts/test-output.log" > "$root/test-artifacts/failed.txt" || true
if [ -s "$root/test-artifacts/failed.txt" ]; then
  log "failed tests"
  cat "$root/test-artifacts/failed.txt"
fi

# One closing line over all test projects.
awk '$1 ~ /^(Passed|Failed|Skipped):$/ && $2 ~ /^[0-9]+$/ && NF == 2 { n[$1] += $2 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", n["Passed:"], n["Failed:"], n["Skipped:"] }' \
  "$root/test-artifacts/test-output.log"
exit "$status"
