#!/usr/bin/env bash
# Skeleton one-shot adapter for suitcase (adapters/PROTOCOL.md, "One-shot mode"). Copy it, then
# replace the marked part with a call to your implementation. Register it with the runner as
#   --adapter process-oneshot:/path/to/oneshot.sh
#   oneshot.sh --ics          prints the conformance statement (what your implementation covers)
#   oneshot.sh REQUEST.json   verifies one request: exit 0 accept, 1 reject, 89 unsupported
set -eu

if [ "${1:-}" = "--ics" ]; then
  # Claim only what you implement, layer by layer: vectors outside this statement are never sent. Add
  # an entry {"layer":"cose","algorithms":[...]} when you verify COSE_Sign1 messages, listing only the
  # algorithms your COSE code handles; an entry may give its own "profiles" (adapters/PROTOCOL.md).
  cat <<'ICS'
{"implementation":"my-implementation","version":"0.0.0","coverage":[{"layer":"signature","algorithms":["Ed25519"]}],"profiles":["ed25519-rfc8032"],"operations":["verify"]}
ICS
  exit 0
fi

request="${1:?usage: oneshot.sh --ics | oneshot.sh REQUEST.json}"
[ -r "$request" ] || { echo "oneshot.sh: cannot read $request" >&2; exit 2; }

# field NAME: the first string value of "NAME" in the request. Request values are ids, names and
# lowercase hex, never strings with quotes inside, so a plain pattern finds them without a JSON parser.
field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$request" | head -n 1; }

# reject REASON DETAIL: exit 1 with the reason (one of vectors/README.md, or "") and a detail.
reject() { printf '{"reason":"%s","detail":"%s"}\n' "$1" "$2"; exit 1; }

layer="$(field layer)"
case "$layer" in
  signature)
    # ---- REPLACE THIS: verify with your implementation. ---------------------------------------------
    # Inputs, as hex: "$(field message)", "$(field signature)", "$(field coseKey)" (a public COSE_Key);
    # "$(field algorithm)" names the algorithm. For example:
    #   if my-verify "$(field coseKey)" "$(field message)" "$(field signature)"; then exit 0; fi
    #   reject SIGNATURE_INVALID "my-verify said no"
    echo '{"detail":"skeleton adapter: no implementation is wired in yet (replace the marked part of oneshot.sh)"}'
    exit 89
    # ---- end of the part to replace. ------------------------------------------------------------------
    ;;
  *)
    echo "{\"detail\":\"layer '$layer' is not in this adapter's statement\"}"
    exit 89
    ;;
esac
