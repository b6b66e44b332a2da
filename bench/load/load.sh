#!/usr/bin/env bash
# ./hub bench load [--scale N] [--rounds R] [--seconds S] [--warmup W] [--connections C] [--check] [endpoint…]
# The hub (Release, Production settings) and bench/Hub.Baseline (raw Npgsql, same database) side by side: for each
# endpoint of bench/load/endpoints, R rounds of wrk (2 threads, C connections, S seconds), baseline and hub in
# alternation after a warm-up of each (W s of the first endpoint, 3 s of the others); prints the median req/s, p50,
# p99 and server CPU per request of each, and the ratio hub / baseline.
# --check measures nothing: it fetches each endpoint from both and compares the JSON bodies (jq -S), exit 1 if any differ.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCALE=1 ROUNDS=3 SECONDS_EACH=10 WARMUP=20 CONNECTIONS=32 FRESH="" CHECK="" WANTED=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --fresh) FRESH=fresh; shift ;;
    --check) CHECK=yes; shift ;;
    -h|--help) sed -n 2,7p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) WANTED+=("$1"); shift ;;
  esac
done

ensure_wrk
build_all
use_database "$SCALE" "$FRESH"
note "Database $LOAD_DB; the app on $HUB_URL, the baseline on $BASELINE_URL"
start_app
seed_admin_lists
scale_data "$SCALE"
start_baseline
declare -A TOKENS=()

# --check: a twin that serves other rows proves nothing, so each baseline's body must equal the hub's, key order aside.
if [ -n "$CHECK" ]; then
  command -v jq >/dev/null 2>&1 || { note "--check needs jq (apt-get install jq)"; exit 1; }
  differ=0
  while read -r name caller hub_path baseline_path; do
    case "$name" in ''|\#*) continue ;; esac
    if [ "${#WANTED[@]}" -gt 0 ] && [[ ! " ${WANTED[*]} " == *" $name "* ]]; then continue; fi
    [ "$baseline_path" = /health ] && { printf '%-18s no twin (bare /health)\n' "$name"; continue; }
    header=""
    if [ "$caller" != anonymous ]; then
      [ -n "${TOKENS[$caller]:-}" ] || TOKENS[$caller]="$(token_of "$caller")"
      header="Authorization: Bearer ${TOKENS[$caller]}"
    fi
    curl -fs ${header:+-H "$header"} "$HUB_URL$hub_path" | jq -S . >"$RUN_DIR/check.hub.$name" || true
    curl -fs "$BASELINE_URL$baseline_path" | jq -S . >"$RUN_DIR/check.base.$name" || true
    rows="$(jq -r '.totalCount // "-"' "$RUN_DIR/check.hub.$name" 2>/dev/null || echo -)"
    if [ -s "$RUN_DIR/check.hub.$name" ] && cmp -s "$RUN_DIR/check.hub.$name" "$RUN_DIR/check.base.$name"; then
      printf '%-18s same JSON (%s rows, %s bytes)\n' "$name" "$rows" "$(wc -c <"$RUN_DIR/check.hub.$name")"
    else
      differ=1
      printf '%-18s DIFFERENT (hub < > baseline):\n' "$name"
      diff "$RUN_DIR/check.hub.$name" "$RUN_DIR/check.base.$name" | head -20 || true
    fi
  done <"$LOAD_ROOT/bench/load/endpoints"
  exit "$differ"
fi

printf '\n%-14s %6s | %9s %8s %8s %7s | %9s %8s %8s %7s | %6s %s\n' endpoint rows "base r/s" "p50 ms" "p99 ms" "cpu us" "hub r/s" "p50 ms" "p99 ms" "cpu us" ratio errors
# Both processes get faster for tens of seconds after they start (tiered JIT, the GC sizing its heaps): the first
# endpoint warms them up for longer, so that its first rounds are not slower than its last.
warm="$WARMUP"
while read -r name caller hub_path baseline_path; do
  case "$name" in ''|\#*) continue ;; esac
  if [ "${#WANTED[@]}" -gt 0 ] && [[ ! " ${WANTED[*]} " == *" $name "* ]]; then continue; fi
  header=""
  if [ "$caller" != anonymous ]; then
    [ -n "${TOKENS[$caller]:-}" ] || TOKENS[$caller]="$(token_of "$caller")"
    header="Authorization: Bearer ${TOKENS[$caller]}"
  fi
  status="$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$HUB_URL$hub_path")"
  [ "$status" = 200 ] || { note "$name: GET $hub_path answered $status, not 200; skipped"; continue; }
  rows="$(curl -s ${header:+-H "$header"} "$HUB_URL$hub_path" | grep -o '"totalCount":[0-9]*' | cut -d: -f2 || true)"
  wrk_run "$BASELINE_URL$baseline_path" "$warm" "$CONNECTIONS" "$BASELINE_PID" >/dev/null
  wrk_run "$HUB_URL$hub_path" "$warm" "$CONNECTIONS" "$APP_PID" "$header" >/dev/null
  warm=3
  : >"$RUN_DIR/base.$name" ; : >"$RUN_DIR/hub.$name"
  for ((round = 1; round <= ROUNDS; round++)); do
    wrk_run "$BASELINE_URL$baseline_path" "$SECONDS_EACH" "$CONNECTIONS" "$BASELINE_PID" >>"$RUN_DIR/base.$name"
    wrk_run "$HUB_URL$hub_path" "$SECONDS_EACH" "$CONNECTIONS" "$APP_PID" "$header" >>"$RUN_DIR/hub.$name"
  done
  b_rps="$(cut -d' ' -f1 "$RUN_DIR/base.$name" | median)"; b50="$(cut -d' ' -f2 "$RUN_DIR/base.$name" | median)"; b99="$(cut -d' ' -f3 "$RUN_DIR/base.$name" | median)"
  h_rps="$(cut -d' ' -f1 "$RUN_DIR/hub.$name" | median)"; h50="$(cut -d' ' -f2 "$RUN_DIR/hub.$name" | median)"; h99="$(cut -d' ' -f3 "$RUN_DIR/hub.$name" | median)"
  b_cpu="$(cut -d' ' -f5 "$RUN_DIR/base.$name" | median)"; h_cpu="$(cut -d' ' -f5 "$RUN_DIR/hub.$name" | median)"
  errors="$(awk '{ n += $4 } END { print n + 0 }' "$RUN_DIR/hub.$name" "$RUN_DIR/base.$name")"
  ratio="$(awk -v h="$h_rps" -v b="$b_rps" 'BEGIN { printf "%.2f", (b > 0 ? h / b : 0) }')"
  printf '%-14s %6s | %9.0f %8.2f %8.2f %7.0f | %9.0f %8.2f %8.2f %7.0f | %6s %s\n' "$name" "${rows:--}" "$b_rps" "$b50" "$b99" "$b_cpu" "$h_rps" "$h50" "$h99" "$h_cpu" "$ratio" "$errors"
  printf '  rounds (req/s) baseline: %s; hub: %s\n' "$(cut -d' ' -f1 "$RUN_DIR/base.$name" | paste -sd' ')" "$(cut -d' ' -f1 "$RUN_DIR/hub.$name" | paste -sd' ')"
done <"$LOAD_ROOT/bench/load/endpoints"
printf '\nMedians of %s rounds of %s s each (wrk -t2 -c%s), baseline and hub in alternation, after %s s of warm-up; data size x%s (%s);\n' \
  "$ROUNDS" "$SECONDS_EACH" "$CONNECTIONS" "$WARMUP" "$SCALE" "$LOAD_DB"
printf 'cpu us: the server process'"'"'s CPU time per request (user + system). wrk output: %s\n' "$RUN_DIR/wrk.log"
