#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS server on 127.0.0.1 for the tests (trust authentication, no durability: never for data).
#   eval "$(scripts/pg-test-server.sh start)"   # prints: export MAPDASH_TEST_POSTGRES='Host=127.0.0.1;Port=...;...'
#   scripts/pg-test-server.sh status            # exit 0 when a server is there (MAPDASH_TEST_POSTGRES or ours), 3 when not
#   scripts/pg-test-server.sh stop              # stops it and deletes its data directory; nothing else
# Installs Debian's postgresql and postgresql-<ver>-postgis-3 when missing. Port: MAPDASH_PG_PORT, default 55432 (the
# next free one when taken). Progress goes to standard error; standard output carries only the export line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="$root/test-artifacts"
state="$state_dir/pg-test-server.state"

log() { printf '\033[1m[pg-test]\033[0m %s\n' "$*" >&2; }
die() { printf 'pg-test-server: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi

# initdb and postgres refuse to run as root: as root they run as the postgres user of Debian's package.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The newest installed PostgreSQL major version that has the server binaries (and PostGIS, when one has it).
installed_version() {
  local dir v with="" without=""
  for dir in /usr/lib/postgresql/[0-9]*; do
    v="${dir##*/}"
    if ! [[ "$v" =~ ^[0-9]+$ ]] || [ ! -x "$dir/bin/postgres" ]; then continue; fi
    if [ -f "/usr/share/postgresql/$v/extension/postgis.control" ]; then
      if [ -z "$with" ] || [ "$v" -gt "$with" ]; then with="$v"; fi
    elif [ -z "$without" ] || [ "$v" -gt "$without" ]; then
      without="$v"
    fi
  done
  printf '%s' "${with:-$without}"
}

# Waits for another apt-get or dpkg (another engineer's install, unattended upgrades) instead of failing on its lock.
wait_for_apt() {
  local waited=0
  while pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null; do
    [ "$waited" -eq 0 ] && log "waiting for another apt-get/dpkg to finish"
    [ "$waited" -ge 900 ] && die "apt-get/dpkg still busy after 15 minutes"
    sleep 5; waited=$((waited + 5))
  done
}

apt_install() {
  wait_for_apt
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}

ensure_packages() {
  local v
  v="$(installed_version)"
  if [ -n "$v" ] && [ -f "/usr/share/postgresql/$v/extension/postgis.control" ]; then
    printf '%s' "$v"; return
  fi
  command -v apt-get >/dev/null || die "PostgreSQL with PostGIS is not installed and there is no apt-get to install it"
  wait_for_apt
  log "installing Debian's PostgreSQL and PostGIS for the tests"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  if [ -z "$v" ]; then
    # The version the postgresql metapackage depends on (15 on Debian 12).
    v="$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)"
    [ -n "$v" ] || die "cannot tell which PostgreSQL version apt would install (apt-cache depends postgresql)"
  fi
  apt_install postgresql "postgresql-$v-postgis-3"
  [ -x "/usr/lib/postgresql/$v/bin/postgres" ] || die "installed, yet /usr/lib/postgresql/$v/bin/postgres is missing"
  [ -f "/usr/share/postgresql/$v/extension/postgis.control" ] || die "installed, yet PostGIS for PostgreSQL $v is missing"
  printf '%s' "$v"
}

# key=value lines of the state file, into state_<key> variables.
read_state() {
  state_dir_data="" state_port="" state_pid="" state_bin=""
  [ -f "$state" ] || return 1
  local key value
  while IFS='=' read -r key value; do
    case "$key" in
      data) state_dir_data="$value" ;;
      port) state_port="$value" ;;
      pid) state_pid="$value" ;;
      bin) state_bin="$value" ;;
    esac
  done <"$state"
  [ -n "$state_dir_data" ] && [ -n "$state_port" ] && [ -n "$state_pid" ] && [ -n "$state_bin" ]
}

# Whether the server of the state file is still the one running: its postmaster.pid names the recorded pid.
state_running() {
  read_state || return 1
  [ -f "$state_dir_data/postmaster.pid" ] && [ "$(head -n 1 "$state_dir_data/postmaster.pid")" = "$state_pid" ] &&
    kill -0 "$state_pid" 2>/dev/null
}

connection_string() { printf 'Host=127.0.0.1;Port=%s;Username=postgres;Database=postgres' "$1"; }
print_export() { printf "export MAPDASH_TEST_POSTGRES='%s'\n" "$(connection_string "$1")"; }

# Whether MAPDASH_TEST_POSTGRES names a server that answers (Host/Server and Port keys of the Npgsql string).
given_server_reachable() {
  local value="${MAPDASH_TEST_POSTGRES:-}" host="" port="5432" pair key
  [ -n "$value" ] || return 1
  local IFS=';'
  for pair in $value; do
    key="$(printf '%s' "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    case "$key" in
      host|server) host="${pair#*=}" ;;
      port) port="${pair#*=}" ;;
    esac
  done
  [ -n "$host" ] || return 1
  command -v pg_isready >/dev/null || return 1
  pg_isready -q -h "${host%%,*}" -p "$port" -t 3
}

port_in_use() {
  if command -v ss >/dev/null; then
    [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

start() {
  if given_server_reachable; then
    log "MAPDASH_TEST_POSTGRES answers; using it"
    printf "export MAPDASH_TEST_POSTGRES='%s'\n" "$MAPDASH_TEST_POSTGRES"
    return
  fi
  [ -z "${MAPDASH_TEST_POSTGRES:-}" ] || log "MAPDASH_TEST_POSTGRES is set but does not answer; starting a server of our own"
  if state_running; then
    log "already running: port $state_port, data $state_dir_data"
    print_export "$state_port"
    return
  fi
  [ -f "$state" ] && { log "removing the record of a server that is gone"; cleanup_state; }

  local version bin dir port
  version="$(ensure_packages)"
  bin="/usr/lib/postgresql/$version/bin"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/mapdash-pg.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres >/dev/null || die "no postgres user (Debian's postgresql package creates it)"
    chown postgres: "$dir"
    as_owner test -w "$dir" || die "the postgres user cannot write $dir (set TMPDIR to a directory it can reach)"
  fi
  # Recorded before anything can fail, so that stop removes a half-made directory too.
  mkdir -p "$state_dir"
  printf 'data=%s\nport=\npid=\nbin=%s\n' "$dir" "$bin" >"$state"
  # A failed start leaves nothing behind.
  trap 'clean_up_failed_start $?' EXIT

  log "initdb (PostgreSQL $version) in $dir"
  as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir.initdb.log" 2>&1 ||
    { tail -n 20 "$dir.initdb.log" >&2; rm -f "$dir.initdb.log"; die "initdb failed"; }
  rm -f "$dir.initdb.log"
  cat >>"$dir/postgresql.conf" <<EOF

# pg-test-server.sh: loopback only, no durability (a test server), room for two web servers and the test pools.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

  port="${MAPDASH_PG_PORT:-55432}"
  for _ in $(seq 1 20); do
    if port_in_use "$port"; then port=$((port + 1)); continue; fi
    printf 'data=%s\nport=%s\npid=\nbin=%s\n' "$dir" "$port" "$bin" >"$state"
    rm -f "$dir/postgres.log"
    log "starting on 127.0.0.1:$port"
    if as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/postgres.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    # Another process took the port between the check and the start: try the next one.
    if grep -q 'could not bind\|Address already in use' "$dir/postgres.log" 2>/dev/null; then
      log "port $port was taken meanwhile"
      port=$((port + 1)); continue
    fi
    tail -n 20 "$dir/postgres.log" >&2 || true
    die "the server did not start (the end of its log is above)"
  done
  [ -f "$dir/postmaster.pid" ] || die "no free port from ${MAPDASH_PG_PORT:-55432} to $port"
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ||
    { tail -n 20 "$dir/postgres.log" >&2; die "the server does not answer on 127.0.0.1:$port"; }
  printf 'data=%s\nport=%s\npid=%s\nbin=%s\n' "$dir" "$port" "$(head -n 1 "$dir/postmaster.pid")" "$bin" >"$state"

  # The extensions the PostgreSQL store needs, tried in a scratch database.
  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql[@]}" -d postgres -c 'CREATE DATABASE mapdash_extension_check' >/dev/null
  if ! "${psql[@]}" -d mapdash_extension_check -c 'CREATE EXTENSION postgis; CREATE EXTENSION pg_trgm;' >/dev/null; then
    "${psql[@]}" -d postgres -c 'DROP DATABASE IF EXISTS mapdash_extension_check' >/dev/null || true
    die "CREATE EXTENSION postgis / pg_trgm failed (is postgresql-$version-postgis-3 installed?)"
  fi
  log "PostGIS $("${psql[@]}" -d mapdash_extension_check -At -c 'SELECT postgis_lib_version()') and pg_trgm available"
  "${psql[@]}" -d postgres -c 'DROP DATABASE mapdash_extension_check' >/dev/null

  trap - EXIT
  log "ready: 127.0.0.1:$port (data $dir, log $dir/postgres.log)"
  print_export "$port"
}

clean_up_failed_start() {
  if [ "$1" -ne 0 ]; then log "cleaning up after the failed start"; stop; fi
}

# Deletes the recorded data directory (only one this script made) and the record.
cleanup_state() {
  read_state || true
  case "$state_dir_data" in
    */mapdash-pg.*) rm -rf -- "$state_dir_data" ;;
    "") ;;
    *) log "not deleting $state_dir_data: not a directory this script made" ;;
  esac
  rm -f "$state"
}

stop() {
  if [ ! -f "$state" ]; then
    log "nothing to stop"
    return
  fi
  read_state || true
  if [ -n "$state_dir_data" ] && [ -f "$state_dir_data/postmaster.pid" ]; then
    log "stopping the server on port ${state_port:-?} (data $state_dir_data)"
    as_owner "$state_bin/pg_ctl" -D "$state_dir_data" -m fast -w -t 60 stop >/dev/null 2>&1 || {
      # pg_ctl stop failed: only a pid the server itself recorded is signalled.
      local pid; pid="$(head -n 1 "$state_dir_data/postmaster.pid" 2>/dev/null || true)"
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then log "pg_ctl stop failed; SIGQUIT to $pid"; kill -QUIT "$pid" || true; sleep 2; fi
    }
  else
    log "the recorded server is not running; removing what is left of it"
  fi
  cleanup_state
}

# Exit 0 when start would start nothing: MAPDASH_TEST_POSTGRES answers, or the server start made is running.
status() {
  if given_server_reachable; then
    echo "MAPDASH_TEST_POSTGRES answers: $MAPDASH_TEST_POSTGRES"
    return 0
  fi
  if state_running; then
    echo "running: 127.0.0.1:$state_port, pid $state_pid, data $state_dir_data"
    echo "  $(connection_string "$state_port")"
    return 0
  fi
  if [ -f "$state" ]; then echo "not running (a stale record: $state; stop removes it)"; else echo "not running"; fi
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
