"""Layer `signature`: a raw signature over a message under one public key, checked by cryptography
(ECDSA P-256, Ed25519) or pyhsslms (HSS-LMS) directly, with no COSE around it."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pycose.keys import EC2Key, OKPKey

from . import trusted_keys
from .algorithms import COSE_IDS
from .ecdsa_encoding import der_from_cose
from .outcome import Outcome
from .rejections import KEY, SIGNATURE, Rejection, rejection_for
from .request import SignatureRequest
from .trusted_keys import HssLmsKey

ECDSA_P256 = "ECDSA P-256 with SHA-256"
ED25519 = "Ed25519"
HSS_LMS = "HSS-LMS"

# ES256 and ESP256 are the same computation on P-256, EdDSA and Ed25519 the same on Ed25519; they
# differ only in how COSE names them, which this layer does not see.
FAMILIES = {"ES256": ECDSA_P256, "ESP256": ECDSA_P256, "EdDSA": ED25519, "Ed25519": ED25519,
            "HSS-LMS": HSS_LMS}


def verify(request: SignatureRequest) -> Outcome:
    family = FAMILIES.get(request.algorithm)
    if family is None:
        # an id no library here implements (ML-DSA-87's -50, ES384's -35, ...): a verifier refuses it
        return Outcome.reject("UNSUPPORTED_ALGORITHM", f"algorithm {request.algorithm!r} is not one this adapter "
                              f"implements ({', '.join(COSE_IDS)})")
    try:
        public = _library_key(family, trusted_keys.decode(request.key))
    except Exception as error:  # fail closed: whatever a library raises rejects
        return rejection_for(KEY, error, f"loading the trusted COSE_Key (cbor2, pycose CoseKey or pyhsslms) for {family}")
    try:
        return _check(family, public, request.message, request.signature)
    except Exception as error:
        return rejection_for(SIGNATURE, error, _VERIFIERS[family])


_VERIFIERS = {
    ECDSA_P256: "cryptography EllipticCurvePublicKey.verify",
    ED25519: "cryptography Ed25519PublicKey.verify",
    HSS_LMS: "pyhsslms HssPublicKey.verify",
}


def _library_key(family: str, key):
    """The library's key object for `family`. The key type and curve are checked only as far as it
    takes to know which library object to build."""
    if family == ECDSA_P256 and isinstance(key, EC2Key) and key.crv.identifier == 1:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b"\x04" + key.x + key.y)
    if family == ED25519 and isinstance(key, OKPKey) and key.crv.identifier == 6:
        return Ed25519PublicKey.from_public_bytes(key.x)
    if family == HSS_LMS and isinstance(key, HssLmsKey):
        return key.public
    needed = {ECDSA_P256: "an EC2 key on P-256 (kty 2, crv 1)", ED25519: "an OKP key on Ed25519 (kty 1, crv 6)",
              HSS_LMS: "an HSS-LMS key (kty 5)"}[family]
    raise Rejection("ALGORITHM_KEY_MISMATCH",
                    f"{family} needs {needed}; the trusted key is {trusted_keys.describe(key)}")


def _check(family: str, public, message: bytes, signature: bytes) -> Outcome:
    if family == ECDSA_P256:
        public.verify(der_from_cose(signature), message, ec.ECDSA(hashes.SHA256()))
    elif family == ED25519:
        public.verify(signature, message)
    elif not public.verify(message, signature):
        return Outcome.reject("SIGNATURE_INVALID", "pyhsslms HssPublicKey.verify returned False")
    return Outcome.accept()
