"""The JSON Lines batch protocol (adapters/PROTOCOL.md): handshake, pipelining, bye, and clean answers
to lines that break the protocol."""

import json

from importlib.metadata import version

from material import cose_request, sign1, signature_request

HELLO = {"type": "hello", "protocol": 1}


def test_answers_hello_with_protocol_1_and_a_statement_of_exactly_what_it_covers(fresh_adapter):
    answer = fresh_adapter.ask(HELLO)
    assert (answer["type"], answer["protocol"]) == ("hello", 1)
    ics = answer["ics"]
    assert ics["coverage"] == [
        {"layer": "signature", "algorithms": ["ES256", "ESP256", "EdDSA", "Ed25519", "HSS-LMS"]},
        {"layer": "cose", "algorithms": ["ES256", "EdDSA"]},  # pycose 1.1.0 has no -9, -19 or -46
    ]
    assert "layers" not in ics and "algorithms" not in ics
    assert ics["operations"] == ["verify", "sign"]
    assert ics["profiles"] == ["ed25519-rfc8032"]
    for library in ("pycose", "cryptography", "pyhsslms", "cbor2", "ecdsa"):
        assert f"{library} {version(library)}" in ics["version"]


def test_answers_hello_of_another_protocol_version_with_its_own(fresh_adapter):
    assert fresh_adapter.ask({"type": "hello", "protocol": 2})["protocol"] == 1


def test_answers_pipelined_requests_in_order(adapter, signers):
    message = b"pipelined"
    requests = [
        signature_request("first", "Ed25519", message, signers["Ed25519"].sign(message), signers["Ed25519"].cose_key()),
        signature_request("second", "ES256", message, bytes(64), signers["ES256"].cose_key()),
        cose_request("third", sign1(signers["EdDSA"], -8, message), [signers["EdDSA"].cose_key()]),
        {"type": "verify", "id": "fourth", "layer": "suit", "envelope": "", "keys": [], "device": {}},
    ]
    answers = adapter.ask(*requests)
    assert [(a["id"], a["outcome"]) for a in answers] == [
        ("first", "accept"), ("second", "reject"), ("third", "accept"), ("fourth", "unsupported")]


def test_answers_a_line_that_is_not_json_with_an_error_and_carries_on(adapter, signers):
    adapter.send_lines("this is not json")
    error = adapter.next_answer()
    assert error["type"] == "error" and "not JSON" in error["detail"]
    assert adapter.ask({"type": "verify", "id": "after", "layer": "suit"})["id"] == "after"


def test_answers_a_json_value_that_is_not_an_object_with_an_error(adapter):
    adapter.send_lines("[1, 2, 3]")
    assert adapter.next_answer() == {"type": "error", "detail": "each request is a JSON object, this line holds a list"}


def test_answers_a_line_with_invalid_utf8_with_an_error(adapter):
    adapter.send_bytes(b'{"type":"verify","id":"\xff"}\n')
    assert adapter.next_answer()["type"] == "error"


def test_answers_a_verify_request_without_id_with_an_error(adapter):
    adapter.send_lines(json.dumps({"type": "verify", "layer": "cose"}))
    answer = adapter.next_answer()
    assert answer["type"] == "error" and '"id"' in answer["detail"]


def test_answers_a_request_with_bad_hex_as_unsupported_saying_which_field(adapter, signers):
    request = signature_request("bad-hex", "Ed25519", b"m", b"s", signers["Ed25519"].cose_key())
    request["signature"] = "not hex"
    answer = adapter.ask(request)
    assert answer["outcome"] == "unsupported" and '"signature" is not hex' in answer["detail"]


def test_answers_a_signature_request_with_two_keys_as_unsupported(adapter, signers):
    request = signature_request("two-keys", "Ed25519", b"m", bytes(64), signers["Ed25519"].cose_key())
    request["keys"] *= 2
    answer = adapter.ask(request)
    assert answer["outcome"] == "unsupported" and "exactly one key" in answer["detail"]


def test_answers_an_unknown_request_type_as_unsupported(adapter):
    answer = adapter.ask({"type": "frobnicate", "id": "unknown-type"})
    assert answer["outcome"] == "unsupported" and "frobnicate" in answer["detail"]


def test_exits_0_at_bye_without_answering(fresh_adapter):
    fresh_adapter.ask(HELLO)
    fresh_adapter.send_lines(json.dumps({"type": "bye"}))
    assert fresh_adapter.no_more_output()
    assert fresh_adapter.close() == 0


def test_exits_0_at_end_of_input(fresh_adapter):
    fresh_adapter.ask(HELLO)
    assert fresh_adapter.close() == 0
