"""Fixtures: the adapter as a subprocess speaking the batch protocol, and signers of each algorithm."""

import json
import queue
import subprocess
import threading
from pathlib import Path

import pytest

from material import Ed25519Signer, HssSigner, P256Signer

ADAPTER_DIR = Path(__file__).resolve().parent.parent
RUN = str(ADAPTER_DIR / "run")
ANSWER_TIMEOUT_SECONDS = 30


class BatchAdapter:
    """The adapter started with `run` and no argument. Requests are written all at once before any
    answer is read, as a pipelining runner would."""

    def __init__(self, command=(RUN,)):
        self.process = subprocess.Popen(list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def send_lines(self, *lines: str):
        self.process.stdin.write("".join(line + "\n" for line in lines))
        self.process.stdin.flush()

    def send_bytes(self, data: bytes):
        self.process.stdin.flush()
        self.process.stdin.buffer.write(data)
        self.process.stdin.buffer.flush()

    def next_answer(self) -> dict:
        line = self._lines.get(timeout=ANSWER_TIMEOUT_SECONDS)
        assert line is not None, "the adapter closed its stdout instead of answering"
        answer = json.loads(line)
        assert isinstance(answer, dict), f"an answer must be a JSON object: {line!r}"
        return answer

    def ask(self, *requests: dict):
        """The answers to `requests`, in order; one answer for a single request."""
        self.send_lines(*(json.dumps(request) for request in requests))
        answers = [self.next_answer() for _ in requests]
        return answers[0] if len(requests) == 1 else answers

    def no_more_output(self) -> bool:
        return self._lines.get(timeout=ANSWER_TIMEOUT_SECONDS) is None

    def close(self) -> int:
        if self.process.poll() is None:
            self.process.stdin.close()
        return self.process.wait(timeout=ANSWER_TIMEOUT_SECONDS)


@pytest.fixture(scope="session")
def adapter():
    running = BatchAdapter()
    running.ask({"type": "hello", "protocol": 1})
    yield running
    running.close()


@pytest.fixture
def fresh_adapter():
    """An adapter of its own, for tests that end the session or check what it prints first."""
    running = BatchAdapter()
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


@pytest.fixture(scope="session")
def signers():
    """One signer per algorithm display name; ES256/ESP256 and EdDSA/Ed25519 share keys."""
    p256, ed25519 = P256Signer(), Ed25519Signer()
    return {"ES256": p256, "ESP256": p256, "EdDSA": ed25519, "Ed25519": ed25519, "HSS-LMS": HssSigner()}
