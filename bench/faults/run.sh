#!/usr/bin/env bash
# ./hub bench faults [kill-app|pg-restart|kill-job|all]: builds the app and the load tool once, then runs the scripts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
which="${1:-all}"
case "$which" in
  kill-app|pg-restart|kill-job) scripts=("$which") ;;
  all) scripts=(kill-app pg-restart kill-job) ;;
  *) printf 'Usage: ./hub bench faults [kill-app|pg-restart|kill-job|all]\n' >&2; exit 2 ;;
esac

printf '[faults] building the app and the load tool (Release)…\n'
for project in src/Hub.Api/Hub.Api.csproj bench/Hub.Benchmarks/Hub.Benchmarks.csproj; do
  if ! log="$(dotnet build "$root/$project" -c Release -v q -nologo -clp:ErrorsOnly 2>&1)"; then
    printf '%s
' "$log" >&2; printf '[faults] the build of %s failed (errors above)
' "$project" >&2; exit 1
  fi
done

status=0
for script in "${scripts[@]}"; do
  printf '\n[faults] === %s ===\n' "$script"
  bash "$here/$script.sh" || status=1
done
exit "$status"
