#!/usr/bin/env python3
"""Skeleton batch adapter for suitcase (adapters/PROTOCOL.md): JSON Lines on stdin/stdout, Python
standard library only. Copy it, then replace `verify` (and `sign`, for a producer) with calls to your
implementation. Register it with the runner as  --adapter "process:python3 /path/to/batch.py"."""
import json
import sys

# Claim only what you implement, layer by layer: vectors outside this statement are never sent. Add an
# entry {"layer": "cose", "algorithms": [...]} when you verify COSE_Sign1 messages, listing only the
# algorithms your COSE code handles; an entry may give its own "profiles" (adapters/PROTOCOL.md).
ICS = {"implementation": "my-implementation", "version": "0.0.0",
       "coverage": [{"layer": "signature", "algorithms": ["Ed25519"]}],
       "profiles": ["ed25519-rfc8032"], "operations": ["verify"]}


def verify(request):
    """(outcome, reason, detail) for one verify request: outcome "accept", "reject" or "unsupported";
    reason one of vectors/README.md or None. Binary fields are hex: bytes.fromhex(request["message"])."""
    # ---- REPLACE THIS: call your implementation. For layer "signature": request["algorithm"],
    # request["message"], request["signature"], request["keys"][0]["coseKey"] (a public COSE_Key).
    return "unsupported", None, "skeleton adapter: no implementation is wired in yet (replace verify in batch.py)"


def sign(request):
    """The answer to a sign request; a producer returns {"id": ..., "envelope": "<hex>"}."""
    return {"id": request["id"], "outcome": "unsupported", "detail": "this skeleton does not sign"}


def answer(message):
    kind = message.get("type")
    if kind == "hello":
        return {"type": "hello", "protocol": 1, "ics": ICS}
    if kind == "sign":
        return sign(message)
    if kind != "verify":
        return {"type": "error", "detail": f"unknown request type {kind!r}"}
    outcome, reason, detail = verify(message)
    result = {"id": message["id"], "outcome": outcome, "detail": detail}
    return {**result, "reason": reason} if reason else result


def main():
    for line in sys.stdin:
        try:
            message = json.loads(line)
            if message.get("type") == "bye":
                return 0
            reply = answer(message)
        except Exception as error:  # never die on one bad line: say what was wrong and go on
            reply = {"type": "error", "detail": f"cannot handle this line: {type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()  # the runner waits for each answer: never leave one in a buffer
    return 0


if __name__ == "__main__":
    sys.exit(main())
