"""Entry point of the Python adapter; `run` starts it in its virtual environment.

    main.py                 JSON Lines batch protocol on stdin/stdout
    main.py --ics           print the conformance statement (one JSON object)
    main.py REQUEST.json    one-shot: exit 0 accept, 1 reject, 89 unsupported
"""

import json
import sys

from adapter import batch, oneshot
from adapter.conformance import statement

USAGE = "usage: run [--ics | REQUEST.json]   (no argument: the JSON Lines batch protocol on stdin/stdout)"


def main(arguments) -> int:
    if not arguments:
        return batch.serve(sys.stdin.buffer, sys.stdout)
    if arguments == ["--ics"]:
        print(json.dumps(statement(), separators=(",", ":")))
        return 0
    if len(arguments) == 1 and not arguments[0].startswith("-"):
        return oneshot.run(arguments[0])
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
