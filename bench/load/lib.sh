# Shared by the load scripts (sourced, not run). ./hub bench load|rush|job-latency sets the environment:
# HUB_PORT, HUB_PG_PORT, HUB_ADMIN_EMAIL, HUB_ADMIN_PASSWORD. Each data size has a database of its own on the dev
# cluster (hub_load_x1, hub_load_x10, …), created, migrated and seeded on first use and kept for the next run.
set -euo pipefail

LOAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${HUB_PORT:?run through ./hub bench load}" "${HUB_PG_PORT:?}"
BASELINE_PORT="${HUB_BASELINE_PORT:-$((HUB_PORT + 1000))}"
HUB_URL="http://127.0.0.1:$HUB_PORT"
BASELINE_URL="http://127.0.0.1:$BASELINE_PORT"
# LOAD_APP_ROOT: another checkout whose Release build to measure (e.g. main, for a before/after on the same data).
APP_ROOT="${LOAD_APP_ROOT:-$LOAD_ROOT}"
APP_DLL="$APP_ROOT/src/Hub.Api/bin/Release/net10.0/Hub.Api.dll"
BASELINE_DLL="$LOAD_ROOT/bench/Hub.Baseline/bin/Release/net10.0/Hub.Baseline.dll"
TOOL_DLL="$LOAD_ROOT/bench/Hub.Benchmarks/bin/Release/net10.0/Hub.Benchmarks.dll"
DEMO_PASSWORD=demo-pass-2026
RUN_DIR="$(mktemp -d /tmp/hub-load.XXXXXX)"
APP_PID="" BASELINE_PID=""
HELPER_PIDS=()

note() { printf '[load] %s\n' "$*"; }

psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -h /tmp -p "$HUB_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_load() { PGPASSWORD=hub-local-only psql -h 127.0.0.1 -p "$HUB_PG_PORT" -U hub -d "$LOAD_DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

# The database of data size $1 (1 = the demo data); sets LOAD_DB and ConnectionStrings__Hub.
use_database() { # scale [fresh]
  LOAD_DB="hub_load_x$1"
  export ConnectionStrings__Hub="Host=127.0.0.1;Port=$HUB_PG_PORT;Database=$LOAD_DB;Username=hub;Password=hub-local-only;Maximum Pool Size=50"
  if [ "${2:-}" = fresh ]; then psql_admin -c "DROP DATABASE IF EXISTS $LOAD_DB WITH (FORCE)"; fi
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$LOAD_DB'")" ]; then
    psql_admin -c "CREATE DATABASE $LOAD_DB OWNER hub"
  fi
}

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  note "wrk not found: installing it from Debian packages (wrk)…"
  local sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  command -v wrk >/dev/null 2>&1 || { note "Could not install wrk; install it with apt-get install wrk."; exit 1; }
}

build_all() {
  note "Building (Release)…"
  local project
  for project in "$APP_ROOT/src/Hub.Api/Hub.Api.csproj" "$LOAD_ROOT/bench/Hub.Baseline/Hub.Baseline.csproj" "$LOAD_ROOT/bench/Hub.Benchmarks/Hub.Benchmarks.csproj"; do
    dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly >"$RUN_DIR/build.log" 2>&1 || { cat "$RUN_DIR/build.log" >&2; exit 1; }
  done
}

# The app as in production (Release, appsettings.json and JSON logs: the Staging environment, which is Production without
# its refusal of development passwords and of demo data), with migrations and the demo data on start and the
# sign-in and registration limits opened wide and the per-caller rate limits off: the load comes from one address and
# a few accounts, and measures throughput, not the limiter. Extra VAR=value arguments go to its environment.
start_app() {
  env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$HUB_URL" \
    HUB_ADMIN_EMAIL="${HUB_ADMIN_EMAIL:-admin@eu-dieh.example.org}" HUB_ADMIN_PASSWORD="${HUB_ADMIN_PASSWORD:-Darkhan-keeper-2026}" \
    Hub__Startup__MigrateDatabase=true Hub__Startup__LoadDemoData=true \
    Hub__Auth__RegistrationsPerHour=1000000 Hub__Auth__SignInsAtOncePerAddress=64 Hub__Auth__RefreshesPerMinute=1000000 \
    Hub__RateLimits__Enabled=false \
    "$@" dotnet "$APP_DLL" --contentRoot "$APP_ROOT/src/Hub.Api" >"$RUN_DIR/app.log" 2>&1 &
  APP_PID=$!
  wait_healthy "$HUB_URL" 180 "$RUN_DIR/app.log"
}

start_baseline() {
  ASPNETCORE_URLS="$BASELINE_URL" dotnet "$BASELINE_DLL" >"$RUN_DIR/baseline.log" 2>&1 &
  BASELINE_PID=$!
  wait_healthy "$BASELINE_URL" 60 "$RUN_DIR/baseline.log"
}

wait_healthy() { # url seconds log
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1/health")" = 200 ]; then return 0; fi
    sleep 0.2
  done
  note "$1/health did not answer 200 within $2 s; the log:"; tail -30 "$3" >&2; exit 1
}

# Multiplies each module's listed data to $1 times the demo data: applications (copies with new ids and founders, older,
# same intakes) and the rows of every other list endpoint in bench/load/endpoints (scale_lists).
scale_data() { # scale
  local scale="$1" have base
  [ "$scale" -le 1 ] && return
  have="$(psql_load -c "SELECT count(*) FROM applicants.applications")"
  base="$(psql_load -c "SELECT count(*) FROM applicants.applications WHERE venture_name NOT LIKE '% (copy %)'")"
  if [ "$have" -lt $((base * scale)) ]; then
    note "Multiplying the $base demo applications by $scale…"
    psql_load -c "
      INSERT INTO applicants.applications (id, intake_id, founder_user_id, venture_name, sector, description, status, created_at, updated_at,
        submitted_at, withdrawn_at, team_members, founder_full_name, founder_gender, founder_birth_year, founder_soum, founder_phone, founder_languages,
        decision_outcome, decision_reason, decision_decided_at, decision_decided_by)
      SELECT gen_random_uuid(), a.intake_id, gen_random_uuid(), left(a.venture_name, 180) || ' (copy ' || n || ')', a.sector, a.description, a.status,
        a.created_at - n * interval '1 minute', a.updated_at, a.submitted_at, a.withdrawn_at, a.team_members, a.founder_full_name, a.founder_gender,
        a.founder_birth_year, a.founder_soum, a.founder_phone, a.founder_languages, a.decision_outcome, a.decision_reason, a.decision_decided_at, a.decision_decided_by
      FROM applicants.applications a CROSS JOIN generate_series(1, $((scale - 1))) n
      WHERE a.venture_name NOT LIKE '% (copy %)';
      ANALYZE applicants.applications;"
  fi
  scale_lists "$scale"
}

# The other lists, one table a line: its name column (copies get ' (copy n)') and a unique column, if any (copies get
# a 'c<n>.' prefix, or a new uuid). Children (topics, conflicts, sessions, tranches) are not copied. Every other column is copied as it is, but the id (a new one) and created_at (n minutes older).
scale_lists() { # scale
  note "Multiplying intakes, training modules and sessions, calls, grants, demo days, mentors, mentorships, webhooks and partner keys by $1…"
  psql_load -v scale="$1" <<'SQL'
SET load.scale = :'scale';
DO $$
DECLARE t record; cols text; exprs text; have bigint; base bigint; scale int := current_setting('load.scale')::int;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('applicants', 'intakes', 'name', NULL), ('training', 'training_modules', 'name', 'code'), ('training', 'sessions', 'title', NULL),
      ('seed_capital', 'calls', 'title', NULL), ('seed_capital', 'grants', 'venture_name', 'proposal_id'), ('demo_day', 'demo_days', 'name', NULL),
      ('mentoring', 'mentors', 'full_name', 'email'), ('mentoring', 'mentorships', 'venture_name', NULL),
      ('webhooks', 'subscriptions', 'url', NULL), ('identity', 'partner_keys', 'name', 'key_hash')
    ) AS v(sch, tbl, name_col, unique_col)
  LOOP
    EXECUTE format('SELECT count(*), count(*) FILTER (WHERE %I NOT LIKE ''%% (copy %%'') FROM %I.%I', t.name_col, t.sch, t.tbl) INTO have, base;
    CONTINUE WHEN have >= base * scale;
    SELECT string_agg(format('%I', c.column_name), ', ' ORDER BY c.ordinal_position),
           string_agg(CASE c.column_name
               WHEN 'id' THEN 'gen_random_uuid()'
               WHEN 'created_at' THEN 'x.created_at - n * interval ''1 minute'''
               WHEN t.name_col THEN format('left(x.%I, %s) || '' (copy '' || n || '')''', c.column_name, coalesce(c.character_maximum_length, 1000) - 16)
               WHEN t.unique_col THEN CASE WHEN c.data_type = 'uuid' THEN 'gen_random_uuid()'
                 ELSE format('left(''c'' || n || ''.'' || x.%I, %s)', c.column_name, coalesce(c.character_maximum_length, 1000)) END
               ELSE format('x.%I', c.column_name) END, ', ' ORDER BY c.ordinal_position)
      INTO cols, exprs
      FROM information_schema.columns c WHERE c.table_schema = t.sch AND c.table_name = t.tbl;
    EXECUTE format('INSERT INTO %I.%I (%s) SELECT %s FROM %I.%I x CROSS JOIN generate_series(1, %s) n WHERE x.%I NOT LIKE ''%% (copy %%''',
      t.sch, t.tbl, cols, exprs, t.sch, t.tbl, scale - 1, t.name_col);
    EXECUTE format('ANALYZE %I.%I', t.sch, t.tbl);
  END LOOP;
END $$;
SQL
}

# The demo data has no webhook subscriptions and no partner keys: the admin's two lists get five of each, created
# through the API (the keys are never used; the subscriptions listen to application.decided, which a read load never
# raises), so that their pages have rows to read and to multiply.
seed_admin_lists() {
  local token i
  [ "$(psql_load -c "SELECT count(*) FROM identity.partner_keys")" -eq 0 ] || [ "$(psql_load -c "SELECT count(*) FROM webhooks.subscriptions")" -eq 0 ] || return 0
  note "Creating five partner keys and five webhook subscriptions…"
  token="$(token_of admin)"
  for i in 1 2 3 4 5; do
    curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Load partner $i\",\"scopes\":[\"applications:read\",\"training:read\"]}" "$HUB_URL/api/v1/partner-keys"
    curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"url\":\"https://partner-$i.example.org/hub-events\",\"events\":[\"application.decided\"],\"secret\":\"load-test-secret-$i-0123456789abcdef\"}" "$HUB_URL/api/v1/webhooks"
  done
}

# A bearer token of a demo account: manager, founder (founder01) or admin.
token_of() {
  local email
  case "$1" in
    manager) email="manager@demo.eu-dieh.example.org" ;;
    founder) email="founder01@demo.eu-dieh.example.org" ;;
    admin) email="${HUB_ADMIN_EMAIL:-admin@eu-dieh.example.org}" ;;
    *) note "Unknown caller '$1' (anonymous, manager, founder, admin)"; exit 2 ;;
  esac
  local password="$DEMO_PASSWORD"; [ "$1" = admin ] && password="${HUB_ADMIN_PASSWORD:-Darkhan-keeper-2026}"
  curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$HUB_URL/api/v1/auth/login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

stop_pid() { if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi; }

track() { HELPER_PIDS+=("$1"); }
cleanup() {
  local pid
  for pid in "${HELPER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_pid "$BASELINE_PID"; stop_pid "$APP_PID"
}
trap cleanup EXIT

# --- wrk ----------------------------------------------------------------------------------------

# Runs wrk and prints "req/s p50_ms p99_ms errors cpu_us" (errors: non-2xx answers plus socket errors; cpu_us: the CPU
# time the server process spent per request, user and system, from /proc/PID/stat: robust where req/s is not, since it
# does not depend on what else the two cores ran meanwhile).
wrk_run() { # url seconds connections server-pid [header]
  local out ticks_before ticks_after
  ticks_before="$(cpu_ticks "$4")"
  if [ -n "${5:-}" ]; then
    out="$(wrk -t2 -c"$3" -d"$2"s --latency -H "$5" "$1")"
  else
    out="$(wrk -t2 -c"$3" -d"$2"s --latency "$1")"
  fi
  ticks_after="$(cpu_ticks "$4")"
  printf '%s\n' "$out" >>"$RUN_DIR/wrk.log"
  printf '%s\n' "$out" | awk -v ticks="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses/ { errors += $NF }
    /Socket errors/ { gsub(/[^0-9 ]/, " "); n = split($0, f, " "); for (i = 1; i <= n; i++) errors += f[i] }
    END { printf "%.0f %.2f %.2f %d %.0f\n", rps, p50, p99, errors, (requests > 0 ? ticks * 1000000 / hz / requests : 0) }'
}

# The CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
