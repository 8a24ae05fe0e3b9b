"""Layer `signature`: raw signatures checked by cryptography and pyhsslms, through the batch protocol.

Several tests pin down what the libraries do on edge cases (high-S ECDSA, small-order Ed25519 keys,
HSS-LMS trailing bytes); they fail when a library upgrade changes that behaviour, which the README's
observations must then follow."""

import struct

import cbor2
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from material import ED25519_L, P256_N, HssSigner, flip_last_bit, signature_request

MESSAGE = b"firmware digest to be signed"
ALGORITHMS = ["ES256", "ESP256", "EdDSA", "Ed25519", "HSS-LMS"]


def verify(adapter, signers, algorithm, signature, message=MESSAGE, key=None):
    key = signers[algorithm].cose_key() if key is None else key
    return adapter.ask(signature_request(f"signature.{algorithm}", algorithm, message, signature, key))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_accepts_valid_signature(adapter, signers, algorithm):
    answer = verify(adapter, signers, algorithm, signers[algorithm].sign(MESSAGE))
    assert answer == {"id": f"signature.{algorithm}", "outcome": "accept"}


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rejects_signature_with_last_bit_flipped_as_invalid(adapter, signers, algorithm):
    answer = verify(adapter, signers, algorithm, flip_last_bit(signers[algorithm].sign(MESSAGE)))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


@pytest.mark.parametrize("algorithm_id", ["-50", "-35"])
def test_rejects_an_algorithm_it_does_not_implement(adapter, signers, algorithm_id):
    answer = adapter.ask(signature_request("signature.other", algorithm_id, MESSAGE, signers["EdDSA"].sign(MESSAGE),
                                           signers["EdDSA"].cose_key()))
    assert (answer["outcome"], answer["reason"]) == ("reject", "UNSUPPORTED_ALGORITHM")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rejects_signature_over_another_message(adapter, signers, algorithm):
    answer = verify(adapter, signers, algorithm, signers[algorithm].sign(b"another message"))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_rejects_65_byte_ecdsa_signature_as_malformed(adapter, signers):
    answer = verify(adapter, signers, "ES256", signers["ES256"].sign(MESSAGE) + b"\x00")
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_MALFORMED")
    assert "65 bytes" in answer["detail"]


def test_rejects_der_encoded_ecdsa_signature_as_malformed(adapter, signers):
    der = signers["ES256"].private.sign(MESSAGE, ec.ECDSA(hashes.SHA256()))
    answer = verify(adapter, signers, "ES256", der)
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_MALFORMED")


def test_accepts_high_s_ecdsa_signature_as_cryptography_does(adapter, signers):
    signature = signers["ES256"].sign(MESSAGE)
    high_s = signature[:32] + (P256_N - int.from_bytes(signature[32:], "big")).to_bytes(32, "big")
    assert verify(adapter, signers, "ES256", high_s)["outcome"] == "accept"


def test_rejects_all_zero_ecdsa_signature(adapter, signers):
    answer = verify(adapter, signers, "ES256", bytes(64))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_rejects_ed25519_signature_with_s_plus_l(adapter, signers):
    signature = signers["Ed25519"].sign(MESSAGE)
    s_plus_l = signature[:32] + (int.from_bytes(signature[32:], "little") + ED25519_L).to_bytes(32, "little")
    answer = verify(adapter, signers, "Ed25519", s_plus_l)
    # OpenSSL refuses S >= L, but cryptography reports it as InvalidSignature like any wrong signature.
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


def test_rejects_65_byte_ed25519_signature_as_invalid(adapter, signers):
    answer = verify(adapter, signers, "Ed25519", signers["Ed25519"].sign(MESSAGE) + b"\x00")
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_INVALID")


IDENTITY = bytes([1]) + bytes(31)  # the neutral point of edwards25519, a small-order public key


def test_accepts_ed25519_identity_key_forgery_as_openssl_does(adapter, signers):
    # A = identity, R = identity, S = 0 satisfies [S]B = R + [k]A for every message.
    key = cbor2.dumps({1: 1, -1: 6, -2: IDENTITY})
    answer = verify(adapter, signers, "Ed25519", IDENTITY + bytes(32), message=b"any message at all", key=key)
    assert answer["outcome"] == "accept"


def test_accepts_forgery_under_non_canonical_encoding_of_identity_key(adapter, signers):
    # y = p + 1 encodes the identity non-canonically; RFC 8032 §5.1.3 decoding would refuse this key.
    non_canonical_identity = (2 ** 255 - 19 + 1).to_bytes(32, "little")
    key = cbor2.dumps({1: 1, -1: 6, -2: non_canonical_identity})
    answer = verify(adapter, signers, "Ed25519", IDENTITY + bytes(32), message=b"any message", key=key)
    assert answer["outcome"] == "accept"


def test_accepts_hss_signature_with_trailing_bytes_as_pyhsslms_does(adapter, signers):
    answer = verify(adapter, signers, "HSS-LMS", signers["HSS-LMS"].sign(MESSAGE) + bytes(32))
    assert answer["outcome"] == "accept"


def test_accepts_hss_public_key_with_trailing_bytes_as_pyhsslms_does(adapter, signers):
    key = cbor2.dumps({1: 5, -1: signers["HSS-LMS"].pub + b"\x00"})
    answer = verify(adapter, signers, "HSS-LMS", signers["HSS-LMS"].sign(MESSAGE), key=key)
    assert answer["outcome"] == "accept"


def test_rejects_truncated_hss_signature_as_malformed(adapter, signers):
    answer = verify(adapter, signers, "HSS-LMS", signers["HSS-LMS"].sign(MESSAGE)[:-1])
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_MALFORMED")
    assert "pyhsslms" in answer["detail"]


def test_rejects_hss_leaf_index_outside_the_tree_as_malformed(adapter):
    one_level = HssSigner(levels=1)
    signature = one_level.sign(MESSAGE)
    # u32 Nspk = 0, then the LMS signature's u32 q; a height-5 tree has leaves 0..31 (RFC 8554 §5.4.2).
    beyond = signature[:4] + struct.pack(">I", 32) + signature[8:]
    answer = adapter.ask(signature_request("hss.q", "HSS-LMS", MESSAGE, beyond, one_level.cose_key()))
    assert (answer["outcome"], answer["reason"]) == ("reject", "SIGNATURE_MALFORMED")


def test_rejects_ed25519_key_for_es256_as_algorithm_key_mismatch(adapter, signers):
    answer = verify(adapter, signers, "ES256", signers["ES256"].sign(MESSAGE), key=signers["Ed25519"].cose_key())
    assert (answer["outcome"], answer["reason"]) == ("reject", "ALGORITHM_KEY_MISMATCH")


def test_rejects_hss_key_for_ed25519_as_algorithm_key_mismatch(adapter, signers):
    answer = verify(adapter, signers, "Ed25519", signers["Ed25519"].sign(MESSAGE), key=signers["HSS-LMS"].cose_key())
    assert (answer["outcome"], answer["reason"]) == ("reject", "ALGORITHM_KEY_MISMATCH")


def test_rejects_p256_key_off_the_curve_as_bad_key(adapter, signers):
    off_curve = cbor2.dumps({1: 2, -1: 1, -2: bytes(31) + b"\x01", -3: bytes(31) + b"\x01"})
    answer = verify(adapter, signers, "ES256", signers["ES256"].sign(MESSAGE), key=off_curve)
    assert (answer["outcome"], answer["reason"]) == ("reject", "BAD_KEY")


def test_rejects_cose_key_that_is_not_cbor_as_bad_key(adapter, signers):
    answer = verify(adapter, signers, "Ed25519", signers["Ed25519"].sign(MESSAGE), key=bytes.fromhex("ff00"))
    assert (answer["outcome"], answer["reason"]) == ("reject", "BAD_KEY")


def test_rejects_31_byte_ed25519_key_as_bad_key(adapter, signers):
    short = cbor2.dumps({1: 1, -1: 6, -2: signers["Ed25519"].x[:31]})
    answer = verify(adapter, signers, "Ed25519", signers["Ed25519"].sign(MESSAGE), key=short)
    assert (answer["outcome"], answer["reason"]) == ("reject", "BAD_KEY")
