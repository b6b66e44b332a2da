#!/usr/bin/env bash
# pg_ctl restart -m fast of the dev cluster under load, the app left running: no 500s, no acknowledged write lost,
# /health 200 again within seconds of PostgreSQL being back. FAULT_FOUNDERS (500) submissions at RATE (100) a second;
# the restart comes after RESTART_AFTER (100) of them were acknowledged.
source "$(dirname "$0")/lib.sh"
founders="${FAULT_FOUNDERS:-500}" rate="${RATE:-100}" restart_after="${RESTART_AFTER:-100}"

note "pg_ctl restart -m fast during $founders submissions at $rate/s (run folder $RUN_DIR)"
fresh_database
start_app
wait_healthy 90
tool prepare --url "$FAULTS_URL" --founders "$founders" --state "$RUN_DIR/state.json"

tool submit --state "$RUN_DIR/state.json" --out "$RUN_DIR/outcomes.json" --rate "$rate" --fault-after "$restart_after" --marker "$RUN_DIR/fault" &
load_pid=$!
track "$load_pid"
wait_for_file "$RUN_DIR/fault" "$load_pid" || { note "the load ended before $restart_after acknowledgements"; exit 1; }

# /health every 100 ms from the restart on, into a file: "seconds status".
( while :; do printf '%s %s\n' "$(now)" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$FAULTS_URL/health")"; sleep 0.1; done ) >"$RUN_DIR/health.log" &
health_pid=$!
track "$health_pid"
restart_at="$(now)"
as_pg "$HUB_PG_BIN/pg_ctl" -D "$HUB_PG_DATA" -l "$HUB_PG_DATA/server.log" -m fast -w restart >/dev/null
up_at="$(now)"
note "PostgreSQL restarted: pg_ctl took $(seconds_between "$restart_at" "$up_at") s from the stop order to accepting connections"
for ((i = 0; i < 600; i++)); do
  awk -v up="$up_at" '$1 >= up && $2 == 200 { found = 1 } END { exit !found }' "$RUN_DIR/health.log" && break
  sleep 0.1
done
kill "$health_pid"; wait "$health_pid" 2>/dev/null || true
healthy_at="$(awk -v up="$up_at" '$1 >= up && $2 == 200 { print $1; exit }' "$RUN_DIR/health.log")"
[ -n "$healthy_at" ] || { note "/health did not answer 200 within 60 s of PostgreSQL being back"; exit 1; }
wait "$load_pid"

tool report --state "$RUN_DIR/state.json" --outcomes "$RUN_DIR/outcomes.json" --pg-up-at "$up_at" && status=0 || status=$?
echo "/health 200 again:             $(seconds_between "$up_at" "$healthy_at") s after PostgreSQL was back; answers while restarting: $(awk -v up="$up_at" '$1 < up { print $2 }' "$RUN_DIR/health.log" | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep=", " }')"
echo "500s logged by the app:        $(logged_500s)"
stop_app
exit "$status"
