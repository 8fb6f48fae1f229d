#!/usr/bin/env bash
# Builds everything MapDashboard needs (npm assets, gazetteer, seed ingest) and serves the dashboard.
# Usage: ./run.sh [--urls http://127.0.0.1:5000]   (or set MAPDASH_URLS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/setup.sh"

urls="${MAPDASH_URLS:-http://127.0.0.1:5000}"
while [ $# -gt 0 ]; do
  case "$1" in
    --urls) urls="$2"; shift 2 ;;
    --urls=*) urls="${1#--urls=}"; shift ;;
    *) echo "run.sh: unknown option '$1' (expected --urls URL)" >&2; exit 2 ;;
  esac
done

setup_npm
log "dotnet publish the web app"
publish_ready_to_run "$root/src/MapDashboard.Web/MapDashboard.Web.csproj" "$root/artifacts/web"
setup_data
provider="${Storage__Provider:-Sqlite}"
if [ "${provider,,}" = "postgres" ]; then
  # A team's shared store (README: Running for a team). The seeds are ingested when missing (an unchanged article is
  # skipped); the server copies the gazetteer into PostgreSQL at its first start.
  [ -n "${Storage__ConnectionString:-}" ] || { echo "run.sh: Storage__Provider=Postgres needs Storage__ConnectionString" >&2; exit 2; }
  log "ingesting seeds/ into the PostgreSQL store (unchanged articles are skipped)"
  "$root/mapdash" ingest "$root/seeds" --db "$Storage__ConnectionString"
elif [ ! -f "$root/data/mapdashboard.db" ]; then
  log "first start: ingesting seeds/ into data/mapdashboard.db"
  "$root/mapdash" ingest "$root/seeds" --db "$root/data/mapdashboard.db"
fi
# The bundled control snapshot (about July 2017) is the control layer's baseline: imported once, when the store has none.
store_db="$root/data/mapdashboard.db"
[ "${provider,,}" = "postgres" ] && store_db="$Storage__ConnectionString"
"$root/mapdash" control import "$root/gazetteer/control/syria_control_2017.csv" --as-of 2017-07-15 --if-no-baseline --db "$store_db"

log "serving on $urls"
cd "$root/artifacts/web"
export MAPDASH_ROOT="$root"
exec dotnet MapDashboard.Web.dll --urls "$urls" --contentRoot "$root/artifacts/web"
