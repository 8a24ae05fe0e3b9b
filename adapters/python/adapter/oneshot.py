"""One-shot mode (adapters/PROTOCOL.md, "One-shot mode"): one verify request read from a file, the
outcome as the exit status: 0 accept, 1 reject, 89 unsupported. A reject or unsupported outcome also
prints one JSON line with its reason and detail. A file that cannot be read as a JSON object exits 2
with the problem on stderr, which the runner reports as a crash: there is no request to answer."""

import json
import sys
from pathlib import Path

from . import service
from .outcome import ACCEPT, REJECT, UNSUPPORTED, Outcome
from .request import MalformedRequest

EXIT_STATUS = {ACCEPT: 0, REJECT: 1, UNSUPPORTED: 89}
EXIT_UNREADABLE_REQUEST = 2


def run(path: str) -> int:
    try:
        message = json.loads(Path(path).read_bytes())
    except (OSError, ValueError) as error:
        print(f"python adapter: cannot read the request file {path}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE_REQUEST
    if not isinstance(message, dict) or message.get("type", "verify") != "verify":
        print(f"python adapter: {path} must hold one JSON object, a verify request (adapters/PROTOCOL.md)",
              file=sys.stderr)
        return EXIT_UNREADABLE_REQUEST
    try:
        outcome = service.verify(message)
    except MalformedRequest as error:
        outcome = Outcome.unsupported(f"malformed request: {error} (see adapters/PROTOCOL.md)")
    if outcome.kind != ACCEPT:
        line = {key: value for key, value in (("reason", outcome.reason), ("detail", outcome.detail)) if value}
        print(json.dumps(line, separators=(",", ":")))
    return EXIT_STATUS[outcome.kind]
