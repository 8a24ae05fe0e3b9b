"""The JSON Lines batch protocol (adapters/PROTOCOL.md): one request per line on stdin, one answer per
line on stdout. Requests may be pipelined; they are answered one at a time, in the order they came.

A line this adapter cannot use never stops it. A line that is not a JSON object, or has no usable id,
gets {"type":"error","detail":...}; a verify or sign request with an id that breaks the protocol
otherwise gets an `unsupported` answer saying what was wrong, so the runner can put it against the id.
"""

import json
from typing import BinaryIO, Optional, TextIO, Tuple

from . import service
from .conformance import statement
from .outcome import Outcome
from .request import MalformedRequest, request_id

PROTOCOL_VERSION = 1


def serve(requests: BinaryIO, answers: TextIO) -> int:
    """Answers every line of `requests` until `bye` or the end of input; the exit status is 0."""
    for line in requests:
        if not line.strip():
            continue
        answer, finished = respond(line)
        if answer is not None:
            answers.write(json.dumps(answer, separators=(",", ":")) + "\n")
            answers.flush()
        if finished:
            break
    return 0


def respond(line: bytes) -> Tuple[Optional[dict], bool]:
    """The answer to one line (None for `bye`), and whether the session is over."""
    try:
        message = json.loads(line)
    except ValueError as error:
        return _error(f"the line is not JSON ({error}); each request is one JSON object on one line"), False
    if not isinstance(message, dict):
        return _error(f"each request is a JSON object, this line holds a {type(message).__name__}"), False
    kind = message.get("type")
    if kind == "hello":
        # Answered with this adapter's own version whatever the runner asked for (PROTOCOL.md, Handshake).
        return {"type": "hello", "protocol": PROTOCOL_VERSION, "ics": statement()}, False
    if kind == "bye":
        return None, True
    try:
        rid = request_id(message)
    except MalformedRequest as error:
        return _error(f"request type {kind!r} without a usable id: {error}"), False
    try:
        if kind == "verify":
            return service.verify(message).answer(rid), False
        if kind == "sign":
            return service.sign(message), False
        problem = f'unknown request type {kind!r}; this adapter answers "hello", "verify", "sign" and "bye"'
    except MalformedRequest as error:
        problem = str(error)
    return Outcome.unsupported(f"malformed request: {problem} (see adapters/PROTOCOL.md)").answer(rid), False


def _error(detail: str) -> dict:
    return {"type": "error", "detail": detail}
