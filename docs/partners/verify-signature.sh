#!/usr/bin/env bash
# Verifies a hub webhook delivery: exits 0 when X-Hub-Signature matches the body, 1 when it does not.
#   ./verify-signature.sh <secret> <X-Hub-Signature value> <file with the exact body bytes>
# e.g. ./verify-signature.sh "$HUB_WEBHOOK_SECRET" "sha256=3b1f…" body.json
# Needs openssl. The HMAC is over the body bytes exactly as received: do not re-serialize the JSON first.
set -euo pipefail
[ "$#" -eq 3 ] || { echo "Usage: $0 <secret> <signature header> <body file>" >&2; exit 2; }
secret="$1" header="$2" body="$3"

expected="sha256=$(openssl dgst -sha256 -hmac "$secret" -r <"$body" | cut -d' ' -f1)"

# Compare every character even after a difference, so the time taken says nothing about where they differ.
[ "${#expected}" -eq "${#header}" ] || { echo "invalid signature" >&2; exit 1; }
diff=0
for ((i = 0; i < ${#expected}; i++)); do
  [ "${expected:i:1}" = "${header:i:1}" ] || diff=1
done
if [ "$diff" -eq 0 ]; then echo "valid signature"; else echo "invalid signature" >&2; exit 1; fi
