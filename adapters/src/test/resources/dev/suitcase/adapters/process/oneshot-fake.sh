#!/usr/bin/env bash
# A one-shot adapter for OneShotAdapterTest (adapters/PROTOCOL.md, "One-shot mode"): the id of the
# request says what to do. Run as "bash oneshot-fake.sh", so it needs no execute permission.
if [ "$1" = "broken" ] && [ "$2" = "--ics" ]; then
  echo "this is not a statement"
  exit 0
fi
if [ "$1" = "--ics" ]; then
  echo '{"implementation":"fake one-shot","version":"1","layers":["signature"],"algorithms":["Ed25519"],"operations":["verify"]}'
  exit 0
fi
id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$1")
case "$id" in
  accept-*) exit 0 ;;
  reject-*) echo '{"reason":"SIGNATURE_MALFORMED","detail":"S >= L"}'; exit 1 ;;
  bare-*) exit 1 ;;
  unsupported-*) echo "no HSS here"; exit 89 ;;
  unsupportedjson-*) echo '{"detail":"no ESP256 here"}'; exit 89 ;;
  crash-*) echo "fake one-shot: boom" >&2; exit 7 ;;
  hang-*) sleep 30 & echo $! > "${id#hang-}"; wait ;;
  talk-*) echo "fake one-shot: looking at $id" >&2; exit 0 ;;
esac
exit 2
