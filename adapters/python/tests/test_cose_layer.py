"""Layer `cose`: COSE_Sign1 decoded and verified by pycose, for the algorithms pycose itself implements
(-7, -8), through the batch protocol. Tests named "...as_pycose_does" pin down pycose behaviour that a
strict verifier would not share."""

import cbor2
import pytest

from material import COSE_IDS, P256_N, cose_request, flip_last_bit, sign1, with_signature

PAYLOAD = b"This is the content."
ALGORITHMS = ["ES256", "EdDSA"]
NOT_IN_PYCOSE = ["ESP256", "Ed25519", "HSS-LMS"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_accepts_valid_sign1_with_attached_payload(adapter, signers, algorithm):
    message = sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD)
    answer = adapter.ask(cose_request(f"cose.{algorithm}", message, [signers[algorithm].cose_key()]))
    assert answer == {"id": f"cose.{algorithm}", "outcome": "accept"}


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_accepts_valid_sign1_with_detached_payload(adapter, signers, algorithm):
    message = sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD, detached=True)
    answer = adapter.ask(cose_request("detached", message, [signers[algorithm].cose_key()], detached_payload=PAYLOAD))
    assert answer["outcome"] == "accept"


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rejects_other_detached_payload_as_invalid_signature(adapter, signers, algorithm):
    message = sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD, detached=True)
    answer = adapter.ask(cose_request("other", message, [signers[algorithm].cose_key()], detached_payload=b"other"))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rejects_bit_flipped_signature_as_invalid(adapter, signers, algorithm):
    protected = cbor2.dumps({1: COSE_IDS[algorithm]})
    good = cbor2.loads(sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD)).value[3]
    message = with_signature(protected, {}, PAYLOAD, flip_last_bit(good))
    answer = adapter.ask(cose_request("flip", message, [signers[algorithm].cose_key()]))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_verifies_external_aad(adapter, signers):
    message = sign1(signers["ES256"], -7, PAYLOAD, external_aad=b"aad")
    key = [signers["ES256"].cose_key()]
    assert adapter.ask(cose_request("aad", message, key, external_aad=b"aad"))["outcome"] == "accept"
    answer = adapter.ask(cose_request("no-aad", message, key))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_rejects_algorithm_other_than_the_allowed_one(adapter, signers):
    message = sign1(signers["Ed25519"], -8, PAYLOAD)
    answer = adapter.ask(cose_request("allowed", message, [signers["Ed25519"].cose_key()], algorithm="ES256"))
    assert (answer["outcome"], answer["reason"]) == ("reject", "UNSUPPORTED_ALGORITHM")


def test_accepts_message_whose_alg_is_the_allowed_one(adapter, signers):
    message = sign1(signers["EdDSA"], -8, PAYLOAD)
    answer = adapter.ask(cose_request("allowed", message, [signers["EdDSA"].cose_key()], algorithm="EdDSA"))
    assert answer["outcome"] == "accept"


@pytest.mark.parametrize("algorithm", NOT_IN_PYCOSE)
def test_answers_unsupported_when_the_caller_allows_only_an_algorithm_pycose_lacks(adapter, signers, algorithm):
    message = sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD)
    answer = adapter.ask(cose_request("lacks", message, [signers[algorithm].cose_key()], algorithm=algorithm))
    assert answer["outcome"] == "unsupported" and "layer cose" in answer["detail"]


@pytest.mark.parametrize("algorithm", NOT_IN_PYCOSE)
def test_rejects_a_valid_message_under_an_alg_pycose_does_not_implement(adapter, signers, algorithm):
    # Outside the statement, so the runner never sends these. -9 and -19 are registered with pycose for
    # the producer only; the layer still answers as pycose does, which knows none of the three.
    message = sign1(signers[algorithm], COSE_IDS[algorithm], PAYLOAD)
    answer = adapter.ask(cose_request("unknown", message, [signers[algorithm].cose_key()]))
    assert answer["outcome"] == "reject" and "reason" not in answer
    assert str(COSE_IDS[algorithm]) in answer["detail"]


def test_accepts_when_the_second_trusted_key_verifies(adapter, signers):
    message = sign1(signers["Ed25519"], -8, PAYLOAD)
    keys = [signers["ES256"].cose_key(), signers["Ed25519"].cose_key()]
    answer = adapter.ask(cose_request("second-key", message, keys))
    assert answer["outcome"] == "accept"
    assert "trusted key 1" in answer["detail"]


def test_rejects_when_no_trusted_key_verifies_and_reports_each(adapter, signers):
    message = flip_last_bit(sign1(signers["Ed25519"], -8, PAYLOAD))
    answer = adapter.ask(cose_request("no-key", message, [signers["Ed25519"].cose_key()] * 2))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")
    assert "trusted key 0" in answer["detail"] and "trusted key 1" in answer["detail"]


def test_rejects_untagged_sign1_as_bad_structure(adapter, signers):
    untagged = cbor2.dumps(cbor2.loads(sign1(signers["ES256"], -7, PAYLOAD)).value)
    answer = adapter.ask(cose_request("untagged", untagged, [signers["ES256"].cose_key()]))
    assert (answer["outcome"], answer["reason"]) == ("reject", "BAD_STRUCTURE")


def test_rejects_truncated_cbor_as_malformed(adapter, signers):
    answer = adapter.ask(cose_request("truncated", sign1(signers["ES256"], -7, PAYLOAD)[:-5],
                                      [signers["ES256"].cose_key()]))
    assert (answer["outcome"], answer["reason"]) == ("reject", "MALFORMED_CBOR")


def test_rejects_unknown_algorithm_without_a_reason_and_says_what_pycose_said(adapter, signers):
    # pycose raises a plain CoseException for an unknown alg: no exception type to map to a reason.
    message = sign1(signers["EdDSA"], -50, PAYLOAD)
    answer = adapter.ask(cose_request("alg-50", message, [signers["EdDSA"].cose_key()]))
    assert answer["outcome"] == "reject" and "reason" not in answer
    assert "-50" in answer["detail"]


def test_rejects_hss_key_as_a_bad_key_since_pycose_has_no_hss_lms_key_type(adapter, signers):
    message = sign1(signers["ES256"], -7, PAYLOAD)
    answer = adapter.ask(cose_request("hss-key", message, [signers["HSS-LMS"].cose_key()]))
    assert (answer["outcome"], answer["reason"]) == ("reject", "BAD_KEY")
    assert "pycose CoseKey" in answer["detail"]


def test_rejects_okp_key_for_es256_message_without_a_reason_as_pycose_does(adapter, signers):
    # pycose checks no key type against alg: its ES256 reaches for the EC2 y coordinate and fails.
    message = sign1(signers["ES256"], -7, PAYLOAD)
    answer = adapter.ask(cose_request("okp-key", message, [signers["EdDSA"].cose_key()]))
    assert answer["outcome"] == "reject" and "reason" not in answer
    assert "AttributeError" in answer["detail"]


def test_rejects_66_byte_es256_signature_as_invalid_as_pycose_does(adapter, signers):
    # python-ecdsa under pycose refuses any length but 64 (cose-java and cose-js accept this one).
    signature = cbor2.loads(sign1(signers["ES256"], -7, PAYLOAD)).value[3]
    padded = b"\x00" + signature[:32] + b"\x00" + signature[32:]
    message = with_signature(cbor2.dumps({1: -7}), {}, PAYLOAD, padded)
    answer = adapter.ask(cose_request("66", message, [signers["ES256"].cose_key()]))
    # python-ecdsa raises BadSignatureError for the length, which pycose turns into a plain False.
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_accepts_high_s_es256_signature_as_python_ecdsa_does(adapter, signers):
    signature = cbor2.loads(sign1(signers["ES256"], -7, PAYLOAD)).value[3]
    high_s = signature[:32] + (P256_N - int.from_bytes(signature[32:], "big")).to_bytes(32, "big")
    message = with_signature(cbor2.dumps({1: -7}), {}, PAYLOAD, high_s)
    assert adapter.ask(cose_request("high-s", message, [signers["ES256"].cose_key()]))["outcome"] == "accept"


def test_accepts_alg_in_the_unprotected_header_as_pycose_does(adapter, signers):
    # RFC 9052 §3.1 wants alg protected; pycose reads it from either bucket.
    message = sign1(signers["Ed25519"], -8, PAYLOAD, protected=b"", unprotected={1: -8})
    assert adapter.ask(cose_request("alg-unprotected", message, [signers["Ed25519"].cose_key()]))["outcome"] == "accept"


def test_accepts_trailing_bytes_after_the_sign1_as_pycose_does(adapter, signers):
    # cbor2.loads, which pycose decodes with, ignores what follows the first item.
    message = sign1(signers["ES256"], -7, PAYLOAD) + b"\x00"
    assert adapter.ask(cose_request("trailing", message, [signers["ES256"].cose_key()]))["outcome"] == "accept"


def test_rejects_message_without_trusted_keys(adapter, signers):
    answer = adapter.ask(cose_request("no-keys", sign1(signers["ES256"], -7, PAYLOAD), []))
    assert answer["outcome"] == "reject"
