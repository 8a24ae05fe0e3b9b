"""Producer: a SUIT envelope signed around a given manifest (adapters/PROTOCOL.md, "Sign";
draft-ietf-suit-manifest §8.3), encoded by cbor2 and signed by pycose.

The envelope is tagged 107 and holds the authentication wrapper (key 2) and the manifest (key 3). The
wrapper is [bstr SUIT_Digest, bstr COSE_Sign1_Tagged]; the digest is SHA-256 over the bstr-wrapped
manifest, head included; the COSE_Sign1 has alg in its protected header, an empty unprotected header
and a detached payload: the encoded SUIT_Digest.
"""

import hashlib

import cbor2
from pycose import algorithms, headers
from pycose.keys import CoseKey
from pycose.messages import Sign1Message

from . import fully_specified
from .request import SignRequest

SUIT_ENVELOPE_TAG = 107
AUTHENTICATION_WRAPPER = 2
MANIFEST = 3
SHA256 = -16

SIGNERS = {
    "ES256": algorithms.Es256,  # pycose, with python-ecdsa's deterministic ECDSA (RFC 6979)
    "EdDSA": algorithms.EdDSA,  # pycose, with cryptography
    "ESP256": fully_specified.Esp256,
    "Ed25519": fully_specified.Ed25519,
}


class CannotSign(Exception):
    """The request is outside what this producer can do; the message says why."""


def envelope(request: SignRequest) -> bytes:
    """The signed envelope for `request`. Raises CannotSign, or what cbor2 or pycose raise."""
    if request.layer != "suit":
        raise CannotSign(f"this producer signs SUIT envelopes (layer suit), not layer {request.layer!r}")
    algorithm = SIGNERS.get(request.algorithm)
    if algorithm is None:
        raise CannotSign(f"no signer for {request.algorithm!r}: this producer signs with "
                         f"{', '.join(SIGNERS)}. HSS-LMS keys are stateful and RFC 8778 defines no "
                         f"private COSE_Key for them")
    manifest = cbor2.loads(request.manifest)
    if not isinstance(manifest, bytes):
        raise CannotSign(f"\"manifest\" must be the bstr-wrapped manifest; it decodes to a {type(manifest).__name__}")
    # The digest covers the manifest bstr as cbor2 encodes it into the envelope (minimal head), which is
    # the received bstr whenever that was minimally encoded.
    digest = cbor2.dumps([SHA256, hashlib.sha256(cbor2.dumps(manifest)).digest()])
    block = Sign1Message(phdr={headers.Algorithm: algorithm}, payload=None, key=CoseKey.decode(request.private_key))
    authentication = cbor2.dumps([digest, block.encode(tag=True, detached_payload=digest)])
    return cbor2.dumps(cbor2.CBORTag(SUIT_ENVELOPE_TAG, {AUTHENTICATION_WRAPPER: authentication, MANIFEST: manifest}))
