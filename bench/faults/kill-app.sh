#!/usr/bin/env bash
# kill -9 of the app during concurrent submissions, then a restart: no acknowledged write may be lost.
# FAULT_FOUNDERS (500) submissions at once; the kill comes after KILL_AFTER (150) of them were acknowledged.
source "$(dirname "$0")/lib.sh"
founders="${FAULT_FOUNDERS:-500}" kill_after="${KILL_AFTER:-150}"

note "kill -9 of the app during $founders concurrent submissions (run folder $RUN_DIR)"
fresh_database
start_app
wait_healthy 90
tool prepare --url "$FAULTS_URL" --founders "$founders" --state "$RUN_DIR/state.json"

tool submit --state "$RUN_DIR/state.json" --out "$RUN_DIR/outcomes.json" --fault-after "$kill_after" --marker "$RUN_DIR/fault" &
load_pid=$!
track "$load_pid"
wait_for_file "$RUN_DIR/fault" "$load_pid" || { note "the load ended before $kill_after acknowledgements"; exit 1; }
killed_at="$(now)"
kill_app
note "killed the app (kill -9) after $kill_after acknowledged submissions; restarting it"
start_app
restarted_at="$(now)"
wait_healthy 90
healthy_at="$(now)"
wait "$load_pid"

tool report --state "$RUN_DIR/state.json" --outcomes "$RUN_DIR/outcomes.json" && status=0 || status=$?
echo "/health 200 again:             $(seconds_between "$killed_at" "$healthy_at") s after the kill ($(seconds_between "$restarted_at" "$healthy_at") s after the restart began)"
echo "500s logged by the app:        $(logged_500s)"
stop_app
exit "$status"
