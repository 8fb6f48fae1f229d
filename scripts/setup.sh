#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: front-end packages, build, data preparation. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# npm ci in a folder whose package-lock.json is newer than its node_modules (or has none yet).
npm_install() {
  local dir="$1"
  [ -f "$dir/package-lock.json" ] || return 0
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm ci in ${dir#$root/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "${@:2}")
  fi
}

setup_npm() {
  command -v npm >/dev/null || { echo "setup: npm is required (Node.js 18+)" >&2; exit 1; }
  npm_install "$root/wwwroot-assets" --omit=dev
  npm_install "$root/gazetteer"
}

setup_build() {
  local configuration="${1:-Release}"
  log "dotnet build ($configuration)"
  dotnet build "$root/MapDashboard.sln" -c "$configuration" --nologo -v quiet -clp:ErrorsOnly
}

# dotnet publish PROJECT into OUT ReadyToRun (precompiled for this machine's runtime, issue #18: less to jit before the
# first article or the first page); a plain publish where that cannot be done (no crossgen package for this platform).
publish_ready_to_run() {
  local project="$1" out="$2"
  if ! dotnet publish "$project" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
      -o "$out" --nologo -v quiet -clp:ErrorsOnly >&2; then
    log "the ReadyToRun publish of ${project##*/} failed; publishing without it"
    dotnet publish "$project" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly >&2
  fi
}

# Data the app needs at run time, built from the sources in the repo and the npm packages.
setup_data() {
  log "gazetteer (built when missing or older than its sources)"
  "$root/mapdash" gazetteer build --if-stale
}
