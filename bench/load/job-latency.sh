#!/usr/bin/env bash
# ./hub bench job-latency [N] [--idle] [--connections C]
# Enqueue→start latency of N background jobs (default 1000; bench/Hub.Benchmarks/JobLatencyProbe.cs, one job at a
# time on the hub's Hangfire set-up) while the app serves load: wrk reads the first page of applications with C
# connections (default 8) the whole time. --idle measures without the app. Target: p50 <= 20 ms, p99 <= 100 ms.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JOBS=1000 IDLE="" CONNECTIONS=8
while [ "$#" -gt 0 ]; do
  case "$1" in
    --idle) IDLE=yes; shift ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    -h|--help) sed -n 2,5p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) JOBS="$1"; shift ;;
    *) note "Unknown option $1"; exit 2 ;;
  esac
done

build_all
use_database 1
if [ -z "$IDLE" ]; then
  ensure_wrk
  start_app
  token="$(token_of manager)"
  wrk -t2 -c"$CONNECTIONS" -d3600s --latency -H "Authorization: Bearer $token" "$HUB_URL/api/v1/applications?page=1&pageSize=50" >"$RUN_DIR/wrk.log" 2>&1 &
  track $!
  note "The app serves wrk -c$CONNECTIONS on the list page meanwhile"
fi
# The probe's host runs as the app does in the benches: Staging, Production without its refusals (no SMTP needed).
DOTNET_ENVIRONMENT=Staging dotnet "$TOOL_DLL" job-latency "$JOBS"
