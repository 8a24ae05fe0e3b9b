"""Glue between COSE's ECDSA signature encoding and cryptography's.

COSE carries an ECDSA signature as r‖s, each integer left-padded to the size of the curve (RFC 9053
§2.1); cryptography's ECDSA sign and verify give and take DER (SEC 1 §C.8). Nothing else converts
between the two for us, so these two functions are our own.
"""

from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from .rejections import Rejection

P256_SCALAR_BYTES = 32


def der_from_cose(signature: bytes) -> bytes:
    """The DER form of a COSE P-256 signature r‖s, for cryptography's verify."""
    # The 64-byte length check IS applied, and it is needed to call the library, not a check of our
    # own: r‖s carries no boundary, so where r ends is defined only by the fixed 2 x 32-byte layout.
    # Splitting another length at its middle would be a rule we invented (it is how cose-java and
    # cose-js come to accept a 66-byte signature). Within 64 bytes nothing is checked here: r or s
    # equal to 0 or >= n go to cryptography as they are.
    if len(signature) != 2 * P256_SCALAR_BYTES:
        raise Rejection("SIGNATURE_MALFORMED",
                        f"an ECDSA P-256 signature in COSE is r||s, {2 * P256_SCALAR_BYTES} bytes "
                        f"(RFC 9053 section 2.1); this one has {len(signature)} bytes")
    r = int.from_bytes(signature[:P256_SCALAR_BYTES], "big")
    s = int.from_bytes(signature[P256_SCALAR_BYTES:], "big")
    return encode_dss_signature(r, s)


def cose_from_der(signature: bytes) -> bytes:
    """The COSE form r‖s of the DER signature cryptography's sign returns."""
    r, s = decode_dss_signature(signature)
    return r.to_bytes(P256_SCALAR_BYTES, "big") + s.to_bytes(P256_SCALAR_BYTES, "big")
