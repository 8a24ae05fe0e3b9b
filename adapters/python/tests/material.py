"""Keys, signatures, COSE_Sign1 messages and requests for the tests, made with cryptography, pyhsslms
and cbor2 directly rather than with the adapter's code, so the adapter is checked against inputs it
did not build itself."""

import cbor2
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature
from pyhsslms import HssPrivateKey, lmots_sha256_n32_w4, lms_sha256_m32_h5

# Orders of the groups (RFC 8032 §5.1; FIPS 186-5 / SEC 2 for P-256).
ED25519_L = 2 ** 252 + 27742317777372353535851937790883648493
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551

COSE_IDS = {"ES256": -7, "ESP256": -9, "EdDSA": -8, "Ed25519": -19, "HSS-LMS": -46}


class P256Signer:
    def __init__(self, private=None):
        self.private = private or ec.generate_private_key(ec.SECP256R1())
        numbers = self.private.public_key().public_numbers()
        self.x = numbers.x.to_bytes(32, "big")
        self.y = numbers.y.to_bytes(32, "big")

    def cose_key(self) -> bytes:
        return cbor2.dumps({1: 2, -1: 1, -2: self.x, -3: self.y})

    def private_cose_key(self) -> bytes:
        d = self.private.private_numbers().private_value.to_bytes(32, "big")
        return cbor2.dumps({1: 2, -1: 1, -2: self.x, -3: self.y, -4: d})

    def sign(self, message: bytes) -> bytes:
        """r‖s, 32 bytes each."""
        r, s = decode_dss_signature(self.private.sign(message, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    def verify(self, signature: bytes, message: bytes) -> None:
        der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
        self.private.public_key().verify(der, message, ec.ECDSA(hashes.SHA256()))


class Ed25519Signer:
    def __init__(self):
        self.private = Ed25519PrivateKey.generate()
        self.x = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def cose_key(self) -> bytes:
        return cbor2.dumps({1: 1, -1: 6, -2: self.x})

    def private_cose_key(self) -> bytes:
        d = self.private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption())
        return cbor2.dumps({1: 1, -1: 6, -2: self.x, -4: d})

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def verify(self, signature: bytes, message: bytes) -> None:
        self.private.public_key().verify(signature, message)


class HssSigner:
    """HSS with LMS_SHA256_M32_H5 and LMOTS_SHA256_N32_W4: small and quick to make; `levels` levels."""

    def __init__(self, levels: int = 2):
        self.private = HssPrivateKey(levels=levels, lms_type=lms_sha256_m32_h5, lmots_type=lmots_sha256_n32_w4)
        self.pub = self.private.publicKey().serialize()

    def cose_key(self) -> bytes:
        return cbor2.dumps({1: 5, -1: self.pub})  # RFC 8778 §4: kty HSS-LMS, pub at -1

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)


def sign1(signer, alg_id, payload: bytes, detached: bool = False, external_aad: bytes = b"",
          protected: bytes = None, unprotected: dict = None) -> bytes:
    """A COSE_Sign1_Tagged over `payload` (RFC 9052 §4.4); protected defaults to {1: alg_id}."""
    protected = cbor2.dumps({1: alg_id}) if protected is None else protected
    signature = signer.sign(cbor2.dumps(["Signature1", protected, external_aad, payload]))
    return with_signature(protected, unprotected or {}, None if detached else payload, signature)


def with_signature(protected: bytes, unprotected: dict, payload, signature: bytes) -> bytes:
    return cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, payload, signature]))


def signature_request(rid: str, algorithm: str, message: bytes, signature: bytes, key: bytes) -> dict:
    return {"type": "verify", "id": rid, "layer": "signature", "algorithm": algorithm,
            "message": message.hex(), "signature": signature.hex(), "keys": [{"coseKey": key.hex()}]}


def cose_request(rid: str, cose_sign1: bytes, keys, detached_payload: bytes = None, external_aad: bytes = None,
                 algorithm: str = None) -> dict:
    request = {"type": "verify", "id": rid, "layer": "cose", "coseSign1": cose_sign1.hex(),
               "keys": [{"coseKey": key.hex()} for key in keys]}
    if detached_payload is not None:
        request["detachedPayload"] = detached_payload.hex()
    if external_aad is not None:
        request["externalAad"] = external_aad.hex()
    if algorithm is not None:
        request["algorithm"] = algorithm
    return request


def flip_last_bit(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])
