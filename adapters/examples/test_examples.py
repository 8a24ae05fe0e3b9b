"""The skeleton adapters speak the protocol (adapters/PROTOCOL.md): run through a whole exchange.
Run with adapters/python/test, or `python3 -m pytest adapters/examples` anywhere pytest is installed."""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERIFY = {"type": "verify", "id": "signature.ed25519.example", "layer": "signature", "algorithm": "Ed25519",
          "message": "00", "signature": "00" * 64, "keys": [{"coseKey": "a3010120062158200000"}]}
ICS_FIELDS = {"implementation", "version", "coverage", "profiles", "operations"}


def exchange(lines):
    """The answer lines of batch.py to `lines` and its exit status."""
    result = subprocess.run([sys.executable, str(HERE / "batch.py")], input="".join(l + "\n" for l in lines),
                            capture_output=True, text=True, timeout=30)
    return [json.loads(line) for line in result.stdout.splitlines()], result.returncode


def test_batch_skeleton_answers_hello_verify_and_sign_then_exits_at_bye():
    answers, status = exchange([json.dumps({"type": "hello", "protocol": 1}), json.dumps(VERIFY),
                                json.dumps({"type": "sign", "id": "s", "layer": "suit"}), json.dumps({"type": "bye"}),
                                json.dumps(VERIFY)])
    assert status == 0
    assert len(answers) == 3, "three answers, and nothing after bye"
    hello, verify, sign = answers
    assert (hello["type"], hello["protocol"]) == ("hello", 1) and ICS_FIELDS <= set(hello["ics"])
    assert (verify["id"], verify["outcome"]) == (VERIFY["id"], "unsupported") and "replace" in verify["detail"]
    assert (sign["id"], sign["outcome"]) == ("s", "unsupported")


def test_batch_skeleton_answers_bad_lines_with_errors_and_carries_on():
    answers, status = exchange(["not json", "[1]", json.dumps({"type": "verify"}), json.dumps(VERIFY)])
    assert status == 0
    assert [answer.get("type") for answer in answers[:3]] == ["error"] * 3
    assert answers[3]["id"] == VERIFY["id"]


def oneshot(*arguments):
    return subprocess.run(["bash", str(HERE / "oneshot.sh"), *arguments], capture_output=True, text=True, timeout=30)


def test_oneshot_skeleton_prints_its_statement():
    result = oneshot("--ics")
    assert result.returncode == 0 and ICS_FIELDS <= set(json.loads(result.stdout))


def test_both_skeletons_state_their_coverage_per_layer_and_the_same_statement():
    (hello,), _ = exchange([json.dumps({"type": "hello", "protocol": 1}), json.dumps({"type": "bye"})])
    statement = json.loads(oneshot("--ics").stdout)
    assert hello["ics"] == statement
    assert statement["coverage"] == [{"layer": "signature", "algorithms": ["Ed25519"]}]
    assert "layers" not in statement and "algorithms" not in statement, "one form only (adapters/PROTOCOL.md)"


def test_oneshot_skeleton_answers_unsupported_with_a_detail(tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps(VERIFY, separators=(",", ":")))
    result = oneshot(str(request))
    assert result.returncode == 89
    assert "replace" in json.loads(result.stdout)["detail"]


def test_oneshot_skeleton_answers_unsupported_for_a_layer_outside_its_statement(tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"type": "verify", "id": "c", "layer": "cose"}, separators=(",", ":")))
    result = oneshot(str(request))
    assert result.returncode == 89 and "cose" in json.loads(result.stdout)["detail"]


def test_oneshot_skeleton_exits_2_for_a_missing_file(tmp_path):
    result = oneshot(str(tmp_path / "absent.json"))
    assert result.returncode == 2 and "cannot read" in result.stderr
