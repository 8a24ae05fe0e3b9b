"""Glue of our own for the three algorithm identifiers pycose 1.1.0 does not know.

pycose knows ES256 (-7) and EdDSA (-8) and verifies them itself: ES256 with python-ecdsa, EdDSA with
cryptography. It does not know the fully specified ESP256 (-9) and Ed25519 (-19) of RFC 9864, nor
HSS-LMS (-46) of RFC 8778, and rejects a message carrying one of them while parsing its headers. The
classes below register those identifiers in pycose's own algorithm registry, through the decorator
pycose uses for its algorithms, so that pycose parses such messages and builds their Sig_structure as
usual; only the primitive call is ours, made with cryptography (-9, -19) and pyhsslms (-46).

Like pycose's algorithms, `verify` returns False for a signature the library says is invalid.
"""

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pycose.algorithms import CoseAlgorithm
from pycose.exceptions import CoseException

from .ecdsa_encoding import cose_from_der, der_from_cose
from .rejections import Rejection
from .trusted_keys import HssLmsKey, describe


@CoseAlgorithm.register_attribute()
class Esp256(CoseAlgorithm):
    """ECDSA on P-256 with SHA-256 (RFC 9864 §2.1), with cryptography."""
    identifier = -9
    fullname = "ESP256"

    @classmethod
    def sign(cls, key, data: bytes) -> bytes:
        private = ec.derive_private_key(int.from_bytes(key.d, "big"), ec.SECP256R1())
        return cose_from_der(private.sign(data, ec.ECDSA(hashes.SHA256())))

    @classmethod
    def verify(cls, key, data: bytes, signature: bytes) -> bool:
        # The point goes to cryptography as an uncompressed SEC 1 point; cryptography checks it.
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b"\x04" + key.x + key.y)
        try:
            public.verify(der_from_cose(signature), data, ec.ECDSA(hashes.SHA256()))
            return True
        except InvalidSignature:
            return False


@CoseAlgorithm.register_attribute()
class Ed25519(CoseAlgorithm):
    """EdDSA on Ed25519 (RFC 9864 §2.2), with cryptography."""
    identifier = -19
    fullname = "ED25519"

    @classmethod
    def sign(cls, key, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(key.d).sign(data)

    @classmethod
    def verify(cls, key, data: bytes, signature: bytes) -> bool:
        # pycose's EdDSA picks the primitive from the key's curve and raises CoseException for a curve
        # it has none for; -19 has exactly one primitive, so any other curve is refused the same way.
        if key.crv.fullname != "ED25519":
            raise CoseException(f"Illegal curve for Ed25519 (-19): {key.crv}")
        try:
            Ed25519PublicKey.from_public_bytes(key.x).verify(signature, data)
            return True
        except InvalidSignature:
            return False


@CoseAlgorithm.register_attribute()
class HssLms(CoseAlgorithm):
    """HSS-LMS (RFC 8778), with pyhsslms. The signature is over the Sig_structure itself, with no
    pre-hash (RFC 8778 §3). pycose cannot hold an HSS-LMS key, so the caller passes the Sig_structure
    and our HssLmsKey here directly rather than through Sign1Message.verify_signature."""
    identifier = -46
    fullname = "HSS_LMS"

    @classmethod
    def verify(cls, key, data: bytes, signature: bytes) -> bool:
        if not isinstance(key, HssLmsKey):
            raise Rejection("ALGORITHM_KEY_MISMATCH",
                            f"alg HSS-LMS (-46) needs an HSS-LMS key (kty 5); the trusted key is {describe(key)}")
        return key.public.verify(data, signature)
