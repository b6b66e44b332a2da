#!/usr/bin/env bash
# The deployment test: Debian's nginx on a loopback port in front of two published instances of the app, on one
# PostgreSQL (the dev cluster, in a database and role of their own). Migrates with the explicit command, drives a
# flow through nginx (founders register, sign in, draft, submit and read; each submission sends a notification through
# the outbox and the job servers), kills one instance with kill -9 half-way, and prints requests served per instance,
# errors during the kill, jobs run and duplicates. Run through ./hub bench deploy.
# Settings: DEPLOY_FOUNDERS (80), DEPLOY_PARALLEL (8), DEPLOY_PORTS ("5216 5217"), DEPLOY_NGINX_PORT (8096),
# DEPLOY_REUSE_PUBLISH=1 (keep the release of the last run instead of publishing again).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${HUB_PG_PORT:?run through ./hub bench deploy}"
FOUNDERS="${DEPLOY_FOUNDERS:-80}" PARALLEL="${DEPLOY_PARALLEL:-8}"
read -r -a PORTS <<<"${DEPLOY_PORTS:-5216 5217}"
NGINX_PORT="${DEPLOY_NGINX_PORT:-8096}"
SMTP_PORT="${DEPLOY_SMTP_PORT:-2526}"
RUN="$ROOT/.data/deploy"
URL="http://127.0.0.1:$NGINX_PORT"
DB=hub_deploy
APP_PIDS=()
SINK_PID=""

note() { printf '[deploy] %s\n' "$*"; }
fail() { printf '[deploy] %s\n' "$*" >&2; exit 1; }
psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -h /tmp -p "$HUB_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_deploy() { PGOPTIONS='-c client_min_messages=warning' psql -h /tmp -p "$HUB_PG_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

cleanup() {
  if [ -n "$SINK_PID" ]; then kill "$SINK_PID" 2>/dev/null || true; fi
  if [ -f "$RUN/nginx.pid" ]; then nginx -p "$RUN" -c "$RUN/nginx.conf" -s quit 2>/dev/null || true; fi
  local pid
  for pid in "${APP_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${APP_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# --- nginx, the build, the database ---------------------------------------------------------------------------------

if ! command -v nginx >/dev/null 2>&1; then
  note "nginx is missing: installing Debian's ($(apt-cache policy nginx 2>/dev/null | sed -n 's/ *Candidate: //p'))"
  [ "$(id -u)" -eq 0 ] || fail "Install nginx first: apt-get install -y nginx (as root)."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
for port in "${PORTS[@]}" "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "Port $port is taken; set DEPLOY_PORTS / DEPLOY_NGINX_PORT."; fi
done

rm -rf "$RUN/tmp" "$RUN/logs" "$RUN/results" "$RUN/nginx.pid"; mkdir -p "$RUN/tmp" "$RUN/logs"
if [ "${DEPLOY_REUSE_PUBLISH:-}" = 1 ] && [ -f "$RUN/publish/Hub.Api.dll" ]; then
  note "reusing the release in $RUN/publish (DEPLOY_REUSE_PUBLISH=1)"
else
  rm -rf "$RUN/publish"; "$ROOT/hub" publish "$RUN/publish" >/dev/null
fi
APP="$RUN/publish/Hub.Api.dll"

# A role with a password of its own: Production refuses the development one.
DB_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
ADMIN_PASSWORD="deploy-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB') THEN CREATE ROLE $DB LOGIN; END IF; END \$\$" \
  -c "ALTER ROLE $DB PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE $DB OWNER $DB"

# The environment file a systemd unit would read (docs/deploy.md), readable by its owner only.
umask 077
cat >"$RUN/hub.env" <<ENV
ASPNETCORE_ENVIRONMENT=Production
ConnectionStrings__Hub=Host=127.0.0.1;Port=$HUB_PG_PORT;Database=$DB;Username=$DB;Password=$DB_PASSWORD;Maximum Pool Size=40
HUB_ADMIN_EMAIL=admin@deploy.example.org
HUB_ADMIN_PASSWORD=$ADMIN_PASSWORD
Hub__Proxy__KnownProxies__0=127.0.0.1
Hub__Mail__FromAddress=hub@deploy.example.org
Hub__Mail__Smtp__Host=127.0.0.1
Hub__Mail__Smtp__Port=$SMTP_PORT
Hub__Mail__Smtp__Security=None
Hub__Auth__RegistrationsPerHour=100000
Hub__Auth__FailedSignInsPerAddress=100000
Hub__Auth__SignInsAtOncePerAddress=64
ENV
umask 022
# The environment file's variables, as systemd's EnvironmentFile= gives them (values may hold ';' and spaces).
load_env() { set -a; . <(sed -E 's/^([^=]+)=(.*)$/\1='"'"'\2'"'"'/' "$RUN/hub.env"); set +a; }

# The mail server: a loopback sink that writes one line per message it takes (bench/deploy/smtp-sink.py).
command -v python3 >/dev/null 2>&1 || fail "python3 is needed for the loopback SMTP sink (apt-get install python3)"
: >"$RUN/mail.log"
python3 "$ROOT/bench/deploy/smtp-sink.py" "$SMTP_PORT" "$RUN/mail.log" >"$RUN/logs/smtp-sink.log" 2>&1 &
SINK_PID=$!

note "migrating with the explicit command, twice (the second finds nothing to do)"
(load_env; exec dotnet "$APP" migrate) >"$RUN/logs/migrate-1.log" 2>&1 || { tail -20 "$RUN/logs/migrate-1.log"; fail "migrate failed"; }
(load_env; exec dotnet "$APP" migrate) >"$RUN/logs/migrate-2.log" 2>&1 || { tail -20 "$RUN/logs/migrate-2.log"; fail "the second migrate failed"; }

# --- two instances and nginx -----------------------------------------------------------------------------------------

for i in "${!PORTS[@]}"; do
  # The subshell becomes dotnet (exec), so $! is the instance's own pid: the one kill -9 must hit.
  (load_env; ASPNETCORE_URLS="http://127.0.0.1:${PORTS[$i]}" exec dotnet "$APP" --contentRoot "$RUN/publish") >"$RUN/logs/app-$i.log" 2>&1 &
  APP_PIDS+=("$!")
done
for i in "${!PORTS[@]}"; do
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/health/ready")" = 200 ] && break
    kill -0 "${APP_PIDS[$i]}" 2>/dev/null || { tail -20 "$RUN/logs/app-$i.log"; fail "instance $i stopped"; }
    sleep 0.5
  done
done
note "instances ready on ${PORTS[*]} (pids ${APP_PIDS[*]})"

upstreams=""
for port in "${PORTS[@]}"; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'; done
cat >"$RUN/nginx.conf" <<NGINX
# Generated by bench/deploy/run.sh; docs/deploy.md has the production site (TLS, server name) this mirrors.
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/logs/nginx-error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '\$status \$request_method \$uri \$request_time \$upstream_addr';
  access_log $RUN/logs/access.log upstream;
  client_body_temp_path $RUN/tmp/body; proxy_temp_path $RUN/tmp/proxy;
  fastcgi_temp_path $RUN/tmp/fastcgi; uwsgi_temp_path $RUN/tmp/uwsgi; scgi_temp_path $RUN/tmp/scgi;
  upstream hub {
$upstreams    keepalive 16;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    client_max_body_size 2m;
    location / {
      proxy_pass http://hub;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
NGINX
chmod -R a+rwx "$RUN/tmp"
nginx -p "$RUN" -c "$RUN/nginx.conf"
for _ in $(seq 1 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health/ready")" = 200 ] && break; sleep 0.1; done
note "nginx on $URL in front of ${#PORTS[@]} instances"

# --- the flow ---------------------------------------------------------------------------------------------------------

json() { jq -r "$1"; }
admin_token="$(curl -sf "$URL/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"admin@deploy.example.org\",\"password\":\"$ADMIN_PASSWORD\"}" | json .accessToken)"
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"; later="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)"
intake="$(curl -sf "$URL/api/v1/intakes" -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Deployment check $now\",\"opensAt\":\"$now\",\"closesAt\":\"$later\",\"capacity\":1000}" | json .id)"
[ -n "$intake" ] && [ "$intake" != null ] || fail "could not create the intake through nginx"

# One founder's flow; each request's status goes to the results file ("step status founder").
founder_flow() {
  local n="$1" email="founder$1-$RANDOM@deploy.example.org" out status token app
  call() { # step method path [body] → sets out and status
    local step="$1" method="$2" path="$3" body="${4:-}"
    local args=(-s -o "$RUN/tmp/f$n" -w '%{http_code}' -X "$method" "$URL$path" -H 'Content-Type: application/json')
    [ -n "${token:-}" ] && args+=(-H "Authorization: Bearer $token")
    [ -n "$body" ] && args+=(-d "$body")
    status="$(curl "${args[@]}" || echo 000)"; out="$(cat "$RUN/tmp/f$n" 2>/dev/null || true)"
    printf '%s %s %s %s\n' "$(date +%s.%N)" "$step" "$status" "$n" >>"$RUN/results"
  }
  token=""
  call register POST /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"deploy-pass-2026\",\"fullName\":\"Founder $n\"}"
  call login POST /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"deploy-pass-2026\"}"
  token="$(printf '%s' "$out" | jq -r '.accessToken // empty' 2>/dev/null || true)"
  [ -n "$token" ] || return 0
  call draft POST /api/v1/applications "{\"intakeId\":\"$intake\",\"ventureName\":\"Venture $n\",\"sector\":\"Agriculture\",\"description\":\"A dairy cooperative around Darkhan, founder $n.\",\"founder\":{\"fullName\":\"Founder $n\",\"gender\":\"Female\",\"birthYear\":1994,\"soum\":\"Darkhan\",\"phone\":\"+97699112233\",\"languages\":[\"mn\",\"en\"]},\"teamMembers\":[]}"
  app="$(printf '%s' "$out" | jq -r '.id // empty' 2>/dev/null || true)"
  [ -n "$app" ] || return 0
  call submit POST "/api/v1/applications/$app/submit"
  call read GET "/api/v1/applications/$app"
}
export -f founder_flow
export URL RUN intake

half=$((FOUNDERS / 2))
note "flow: $FOUNDERS founders register, sign in, draft, submit and read through nginx ($PARALLEL at a time)"
start="$(date +%s.%N)"
seq 1 "$half" | xargs -P "$PARALLEL" -I{} bash -c 'founder_flow {}' || true
seq $((half + 1)) "$FOUNDERS" | xargs -P "$PARALLEL" -I{} bash -c 'founder_flow {}' &
second_half=$!
sleep 1
killed=$((${#PORTS[@]} - 1))
kill -9 "${APP_PIDS[$killed]}"; wait "${APP_PIDS[$killed]}" 2>/dev/null || true
kill_at="$(date +%s.%N)"
note "killed instance $killed (port ${PORTS[$killed]}, kill -9) while the second half of the flow runs"
wait "$second_half" || true
end="$(date +%s.%N)"

# --- background work: every submission's notification, once --------------------------------------------------------

submitted="$(awk '$2 == "submit" && $3 == 200' "$RUN/results" | wc -l)"
notified() { sort -u "$RUN/mail.log" | wc -l; }
for _ in $(seq 1 180); do [ "$(notified)" -ge "$submitted" ] && break; sleep 0.5; done
sleep 2

total="$(wc -l <"$RUN/results")"
ok="$(awk '$3 ~ /^2/' "$RUN/results" | wc -l)"
errors="$(awk '$3 !~ /^2/' "$RUN/results" | wc -l)"
kill_errors="$(awk -v k="$kill_at" '$3 !~ /^2/ && $1 >= k - 1 && $1 <= k + 5' "$RUN/results" | wc -l)"
notifications="$(wc -l <"$RUN/mail.log")"
duplicate_notifications="$(sort "$RUN/mail.log" | uniq -d | wc -l)"
jobs_run="$(psql_deploy -c "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'")"
jobs_twice="$(psql_deploy -c "SELECT count(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Processing' GROUP BY jobid HAVING count(*) > 1) twice")"
outbox_pending="$(psql_deploy -c "SELECT count(*) FROM applicants.outbox_messages WHERE processed_at IS NULL")"

echo
echo "Deployment: nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on :$NGINX_PORT → ${#PORTS[@]} instances (${PORTS[*]}), PostgreSQL :$HUB_PG_PORT database $DB"
echo "Flow:                         $total requests through nginx in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s, $ok answered 2xx"
echo "Requests served per instance (nginx upstream_addr; 'A, B' = retried on the next one):"
awk '{ $1 = $2 = $3 = $4 = ""; sub(/^ +/, ""); print }' "$RUN/logs/access.log" | sort | uniq -c | sed 's/^/    /'
echo "Errors (non-2xx) in the flow: $errors, of which around the kill (-1 s…+5 s): $kill_errors"
awk '$3 !~ /^2/ { print "    " $2 " " $3 }' "$RUN/results" | sort | uniq -c | sed 's/^/  /'
echo "Submissions accepted:         $submitted"
echo "E-mails taken by the SMTP sink: $notifications, duplicates = $duplicate_notifications"
echo "Background jobs succeeded:    $jobs_run, run more than once = $jobs_twice"
echo "Outbox messages pending:      $outbox_pending"
echo "Logs and config:              $RUN (logs/, nginx.conf, hub.env)"
[ "$duplicate_notifications" -eq 0 ] && [ "$notifications" -ge "$submitted" ] || exit 1
