"""Producer: SUIT envelopes signed by the adapter, checked here with cbor2 and cryptography directly
(draft-ietf-suit-manifest §8.3: the digest covers the bstr-wrapped manifest with its head; the COSE_Sign1
has a detached payload, the encoded SUIT_Digest)."""

import hashlib
from pathlib import Path

import cbor2
import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from material import COSE_IDS, P256Signer

DATA = Path(__file__).parent / "data"
MANIFEST = cbor2.dumps(cbor2.dumps({1: 1, 2: 0}))  # bstr-wrapped {manifest-version: 1, sequence-number: 0}


def sign_request(rid, algorithm, manifest, private_key):
    return {"type": "sign", "id": rid, "layer": "suit", "algorithm": algorithm, "manifest": manifest.hex(),
            "key": {"coseKey": private_key.hex()}}


def signed_parts(envelope: bytes):
    """(protected, digest, signature, manifest bstr) of an envelope, checking its shape on the way."""
    tagged = cbor2.loads(envelope)
    assert tagged.tag == 107 and list(tagged.value) == [2, 3]
    digest, block = cbor2.loads(tagged.value[2])
    cose = cbor2.loads(block)
    assert cose.tag == 18
    protected, unprotected, payload, signature = cose.value
    assert unprotected == {} and payload is None
    return protected, digest, signature, cbor2.dumps(tagged.value[3])


@pytest.mark.parametrize("algorithm", ["ES256", "ESP256", "EdDSA", "Ed25519"])
def test_signs_envelope_that_verifies_independently(adapter, signers, algorithm):
    signer = signers[algorithm]
    answer = adapter.ask(sign_request(f"sign.{algorithm}", algorithm, MANIFEST, signer.private_cose_key()))
    assert answer["id"] == f"sign.{algorithm}"
    protected, digest, signature, manifest = signed_parts(bytes.fromhex(answer["envelope"]))
    assert manifest == MANIFEST
    assert cbor2.loads(protected) == {1: COSE_IDS[algorithm]}
    assert cbor2.loads(digest) == [-16, hashlib.sha256(MANIFEST).digest()]
    signer.verify(signature, cbor2.dumps(["Signature1", protected, b"", digest]))


def test_signs_specification_example_0_identically_but_for_the_signature(adapter):
    example = bytes.fromhex((DATA / "example0-signed.hex").read_text().strip())
    manifest = cbor2.dumps(cbor2.loads(example).value[3])
    signer = P256Signer(load_pem_private_key((DATA / "example-signing-key.pem").read_bytes(), None))
    answer = adapter.ask(sign_request("example0", "ES256", manifest, signer.private_cose_key()))
    envelope = bytes.fromhex(answer["envelope"])
    protected, digest, signature, _ = signed_parts(envelope)
    example_signature = signed_parts(example)[2]
    assert envelope == example.replace(example_signature, signature)
    signer.verify(signature, cbor2.dumps(["Signature1", protected, b"", digest]))


def test_answers_unsupported_for_hss_lms(adapter):
    answer = adapter.ask(sign_request("sign.hss", "HSS-LMS", MANIFEST, cbor2.dumps({1: 5})))
    assert answer["outcome"] == "unsupported"
    assert "HSS-LMS" in answer["detail"]


def test_answers_unsupported_when_the_manifest_is_not_a_bstr(adapter, signers):
    answer = adapter.ask(sign_request("sign.map", "ES256", cbor2.dumps({1: 1}), signers["ES256"].private_cose_key()))
    assert answer["outcome"] == "unsupported"
    assert "bstr" in answer["detail"]


def test_answers_unsupported_when_the_private_key_cannot_sign(adapter, signers):
    answer = adapter.ask(sign_request("sign.public", "ES256", MANIFEST, signers["ES256"].cose_key()))
    assert answer["outcome"] == "unsupported"
    assert "signing failed" in answer["detail"]
