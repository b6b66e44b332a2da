# Shared by the fault scripts (sourced, not run). ./hub bench faults sets the environment:
# HUB_PORT, HUB_PG_PORT, HUB_PG_DATA (the dev cluster's folder), HUB_PG_BIN, HUB_ADMIN_EMAIL, HUB_ADMIN_PASSWORD.
set -euo pipefail

FAULTS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${HUB_PORT:?run through ./hub bench faults}" "${HUB_PG_PORT:?}" "${HUB_PG_DATA:?}" "${HUB_PG_BIN:?}"
FAULTS_DB=hub_faults
FAULTS_URL="http://127.0.0.1:$HUB_PORT"
# FAULTS_APP_ROOT: another checkout whose Release build to put under the fault (e.g. the commit before a fix).
APP_ROOT="${FAULTS_APP_ROOT:-$FAULTS_ROOT}"
APP_DLL="$APP_ROOT/src/Hub.Api/bin/Release/net10.0/Hub.Api.dll"
TOOL_DLL="$FAULTS_ROOT/bench/Hub.Benchmarks/bin/Release/net10.0/Hub.Benchmarks.dll"
export ConnectionStrings__Hub="Host=127.0.0.1;Port=$HUB_PG_PORT;Database=$FAULTS_DB;Username=hub;Password=hub-local-only;Maximum Pool Size=50"
RUN_DIR="$(mktemp -d /tmp/hub-faults.XXXXXX)"
APP_PID=""
APP_STARTS=0

note() { printf '[faults] %s\n' "$*"; }
now() { printf '%s' "$EPOCHREALTIME"; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# pg_ctl refuses root: run it as the postgres user, from a folder that user can enter.
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -h /tmp -p "$HUB_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_faults() { PGPASSWORD=hub-local-only psql -h 127.0.0.1 -p "$HUB_PG_PORT" -U hub -d "$FAULTS_DB" -qtA "$@"; }

# A database of its own for each run, on the dev cluster, so the dev data is left alone.
fresh_database() {
  psql_admin -c "DROP DATABASE IF EXISTS $FAULTS_DB WITH (FORCE)" -c "CREATE DATABASE $FAULTS_DB OWNER hub"
}

# Starts the app in the background (its log in RUN_DIR), as a supervisor would; extra VAR=value arguments go to its environment.
# Staging: Production's settings and logs without its refusal of the development cluster's password and of demo data.
start_app() {
  APP_STARTS=$((APP_STARTS + 1))
  env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$FAULTS_URL" \
    HUB_ADMIN_EMAIL="${HUB_ADMIN_EMAIL:-admin@eu-dieh.example.org}" HUB_ADMIN_PASSWORD="${HUB_ADMIN_PASSWORD:-admin-pass-2026}" \
    Hub__Startup__MigrateDatabase=true Hub__Startup__LoadDemoData=false Hub__Auth__LoginAttemptsPerMinute=1000000 \
    Logging__LogLevel__Default=Warning "$@" \
    dotnet "$APP_DLL" --contentRoot "$APP_ROOT/src/Hub.Api" >"$RUN_DIR/app-$APP_STARTS.log" 2>&1 &
  APP_PID=$!
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

kill_app() { kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# Waits (up to $1 seconds) for /health to answer 200; fails when it does not.
wait_healthy() {
  local limit="$1" start; start="$(now)"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$FAULTS_URL/health")" = 200 ]; do
    if [ "$(seconds_between "$start" "$(now)" | cut -d. -f1)" -ge "$limit" ]; then
      note "/health did not answer 200 within $limit s (log: $RUN_DIR/app-$APP_STARTS.log)"; return 1
    fi
    sleep 0.1
  done
}

# Waits for a file to appear (the load tool's marker), or for a process to end first.
wait_for_file() { # file pid
  until [ -s "$1" ]; do
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.02
  done
}

tool() { dotnet "$TOOL_DLL" faults "$@"; }

# 500s the app itself logged (HubExceptionHandler logs every one), over all its runs.
logged_500s() { cat "$RUN_DIR"/app-*.log | grep -c 'Unhandled error on' || true; }

# Background helpers (the load, a health poller) are stopped on the way out, whatever happened.
HELPER_PIDS=()
track() { HELPER_PIDS+=("$1"); }
cleanup() {
  local pid
  for pid in "${HELPER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_app
}
trap cleanup EXIT
