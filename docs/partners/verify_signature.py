#!/usr/bin/env python3
"""Verifies a hub webhook delivery: exits 0 when X-Hub-Signature matches the body, 1 when it does not.

    python3 verify_signature.py <secret> <X-Hub-Signature value> <file with the exact body bytes>

In a receiver, call is_valid(secret, request.headers["X-Hub-Signature"], raw_body) with the raw bytes of the
request body, before parsing the JSON.
"""
import hashlib
import hmac
import sys


def is_valid(secret: str, header: str, body: bytes) -> bool:
    expected = "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[3], "rb") as f:
        valid = is_valid(sys.argv[1], sys.argv[2], f.read())
    print("valid signature" if valid else "invalid signature", file=sys.stdout if valid else sys.stderr)
    sys.exit(0 if valid else 1)
