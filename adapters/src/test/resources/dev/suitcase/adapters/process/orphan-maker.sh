#!/usr/bin/env bash
# A batch adapter for ProcessAdapterTest (adapters/PROTOCOL.md, "Bye") that starts a sleeping child,
# writes its pid to the file named by $1, accepts every request, and exits normally at bye, leaving
# the child running and holding its stdout. Run as "bash orphan-maker.sh PIDFILE", so it needs no
# execute permission.
sleep 300 &
echo $! > "$1"
while IFS= read -r line; do
  case "$line" in
    *'"type":"hello"'*)
      echo '{"type":"hello","protocol":1,"ics":{"implementation":"orphan-maker","version":"1","layers":["signature"],"algorithms":["ES256"],"operations":["verify"]}}' ;;
    *'"type":"bye"'*)
      exit 0 ;;
    *)
      id=${line#*\"id\":\"}
      id=${id%%\"*}
      echo "{\"id\":\"$id\",\"outcome\":\"accept\"}" ;;
  esac
done
