"""Glue of our own so that the producer can sign with the fully specified ESP256 (-9) and Ed25519 (-19)
of RFC 9864, which pycose 1.1.0 does not know.

pycose signs ES256 (-7) and EdDSA (-8) itself. The classes below register -9 and -19 in pycose's own
algorithm registry, through the decorator pycose uses for its algorithms, so that pycose builds and
encodes such a COSE_Sign1 as usual; only the primitive call is ours, made with cryptography.

They are for signing only. The registry is global, so once they are registered pycose would also
decode a COSE_Sign1 under -9 or -19; the cose layer refuses those (cose_layer.py), because verifying
them is not something pycose does.
"""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pycose.algorithms import CoseAlgorithm

from .ecdsa_encoding import cose_from_der


@CoseAlgorithm.register_attribute()
class Esp256(CoseAlgorithm):
    """ECDSA on P-256 with SHA-256 (RFC 9864 §2.1), signed with cryptography."""
    identifier = -9
    fullname = "ESP256"

    @classmethod
    def sign(cls, key, data: bytes) -> bytes:
        private = ec.derive_private_key(int.from_bytes(key.d, "big"), ec.SECP256R1())
        return cose_from_der(private.sign(data, ec.ECDSA(hashes.SHA256())))


@CoseAlgorithm.register_attribute()
class Ed25519(CoseAlgorithm):
    """EdDSA on Ed25519 (RFC 9864 §2.2), signed with cryptography."""
    identifier = -19
    fullname = "ED25519"

    @classmethod
    def sign(cls, key, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(key.d).sign(data)


# The identifiers registered above, which pycose itself does not implement.
SIGNING_ONLY_IDS = frozenset({Esp256.identifier, Ed25519.identifier})
