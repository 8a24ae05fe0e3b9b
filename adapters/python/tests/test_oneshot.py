"""One-shot mode (adapters/PROTOCOL.md): `run --ics` and `run REQUEST.json` with exit status 0 accept,
1 reject, 89 unsupported."""

import json
import subprocess

import pytest

from conftest import RUN
from material import signature_request

MESSAGE = b"one-shot"


def run(*arguments):
    return subprocess.run([RUN, *arguments], capture_output=True, text=True, timeout=60)


@pytest.fixture
def request_file(tmp_path):
    def write(content):
        path = tmp_path / "request.json"
        path.write_text(content if isinstance(content, str) else json.dumps(content))
        return str(path)
    return write


def test_prints_the_statement_for_ics():
    result = run("--ics")
    assert result.returncode == 0
    assert [entry["layer"] for entry in json.loads(result.stdout)["coverage"]] == ["signature", "cose"]


def test_exits_0_for_accept_and_prints_nothing(request_file, signers):
    signer = signers["Ed25519"]
    result = run(request_file(signature_request("ok", "Ed25519", MESSAGE, signer.sign(MESSAGE), signer.cose_key())))
    assert (result.returncode, result.stdout) == (0, "")


def test_exits_1_for_reject_with_reason_and_detail_on_stdout(request_file, signers):
    signer = signers["ES256"]
    result = run(request_file(signature_request("bad", "ES256", MESSAGE, bytes(65), signer.cose_key())))
    assert result.returncode == 1
    line = json.loads(result.stdout)
    assert line["reason"] == "SIGNATURE_MALFORMED" and "65 bytes" in line["detail"]


def test_exits_89_for_unsupported(request_file):
    result = run(request_file({"type": "verify", "id": "suit", "layer": "suit"}))
    assert result.returncode == 89
    assert "suit" in json.loads(result.stdout)["detail"]


def test_exits_89_for_a_malformed_request_with_an_id(request_file):
    result = run(request_file({"type": "verify", "id": "no-fields", "layer": "signature"}))
    assert result.returncode == 89
    assert "malformed request" in json.loads(result.stdout)["detail"]


def test_exits_2_with_a_message_for_a_file_that_is_not_json(request_file):
    result = run(request_file("{not json"))
    assert result.returncode == 2
    assert "cannot read the request file" in result.stderr and "Traceback" not in result.stderr


def test_exits_2_with_a_message_for_a_missing_file(tmp_path):
    result = run(str(tmp_path / "absent.json"))
    assert result.returncode == 2 and "absent.json" in result.stderr


def test_exits_2_with_usage_for_unknown_options():
    result = run("--frobnicate")
    assert result.returncode == 2 and "usage" in result.stderr
