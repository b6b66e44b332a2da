#!/usr/bin/env bash
# A job cut off by kill -9 runs again: the app is killed while a slow job runs, restarted, and the job is taken again
# once Hub:Jobs:InvisibilityTimeout has passed since its last renewal, then succeeds; and a job longer than the timeout
# is not taken twice (the sliding timeout renews its claim). The demo shortens the timeout to INVISIBILITY (30 s) so it
# ends in about two minutes; the app's default is 5 min.
source "$(dirname "$0")/lib.sh"
invisibility="${INVISIBILITY:-00:00:30}" job_seconds="${JOB_SECONDS:-10}"

note "kill -9 of the app while a ${job_seconds} s job runs, invisibility timeout $invisibility (run folder $RUN_DIR)"
fresh_database
start_app Hub__Jobs__InvisibilityTimeout="$invisibility"
wait_healthy 90
job="$(tool enqueue-slow-job --seconds "$job_seconds")"
until [ "$(psql_faults -c "SELECT statename FROM hangfire.job WHERE id = $job")" = Processing ]; do sleep 0.2; done
sleep 2
killed_at="$(now)"
kill_app
note "killed the app (kill -9) while job $job was Processing; restarting it"
start_app Hub__Jobs__InvisibilityTimeout="$invisibility"
wait_healthy 90
note "/health 200 again $(seconds_between "$killed_at" "$(now)") s after the kill"
timeout_seconds="$(awk -F: '{ print $1 * 3600 + $2 * 60 + $3 }' <<<"$invisibility")"
tool slow-job-report --job "$job" --since "$killed_at" --expect rerun --timeout "$((timeout_seconds + job_seconds + 60))" && status=0 || status=$?

# The other half of a short timeout: a job that runs longer than it is not taken twice, as its claim is renewed.
long_seconds=$((timeout_seconds + 15))
note "a ${long_seconds} s job, longer than the invisibility timeout, on the same app (not killed)"
enqueued_at="$(now)"
job="$(tool enqueue-slow-job --seconds "$long_seconds")"
tool slow-job-report --job "$job" --since "$enqueued_at" --expect once --timeout "$((long_seconds + 60))" || status=1
stop_app
exit "$status"
