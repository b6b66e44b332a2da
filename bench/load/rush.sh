#!/usr/bin/env bash
# ./hub bench rush [--founders 400] [--seconds 60] [--reads 20]
# The deadline rush: N founders (registered, signed in and with a draft each beforehand) submit within S seconds,
# spread evenly, while a manager reads the first page of applications R times a second. Target: submissions
# p99 <= 50 ms, no errors. The app runs as for ./hub bench load, on a fresh database of its own (hub_load_rush).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FOUNDERS=400 SECONDS_EACH=60 READS=20
while [ "$#" -gt 0 ]; do
  case "$1" in
    --founders) FOUNDERS="$2"; shift 2 ;;
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --reads) READS="$2"; shift 2 ;;
    -h|--help) sed -n 2,5p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) note "Unknown option $1"; exit 2 ;;
  esac
done

build_all
use_database rush fresh
start_app
note "Preparing $FOUNDERS founders with a draft each…"
HUB_ADMIN_EMAIL="${HUB_ADMIN_EMAIL:-admin@eu-dieh.example.org}" HUB_ADMIN_PASSWORD="${HUB_ADMIN_PASSWORD:-Darkhan-keeper-2026}" \
  dotnet "$TOOL_DLL" faults prepare --url "$HUB_URL" --founders "$FOUNDERS" --state "$RUN_DIR/rush.json"
note "The rush: $FOUNDERS submissions within $SECONDS_EACH s, the list page read $READS times a second…"
dotnet "$TOOL_DLL" faults rush --state "$RUN_DIR/rush.json" --token "$(token_of manager)" --seconds "$SECONDS_EACH" --reads "$READS"
errors="$(grep -c 'Unhandled error on' "$RUN_DIR/app.log" || true)"
note "500s logged by the app: $errors"
