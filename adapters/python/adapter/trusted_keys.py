"""Keys from encoded COSE_Keys (RFC 9052 §7) for the signature layer (the cose layer reads keys with
pycose alone).

EC2 and OKP keys are pycose's own CoseKey objects. HSS-LMS keys (kty 5, the public key as a bstr at
label -1, RFC 8778 §4) are glue of our own, because pycose 1.1.0 has no HSS-LMS key type: the bstr
goes to pyhsslms as it is.
"""

from dataclasses import dataclass

import cbor2
from pycose.keys import CoseKey
from pyhsslms import HssPublicKey

COSE_KEY_KTY = 1
HSS_LMS_KTY = 5
HSS_LMS_PUB = -1


@dataclass(frozen=True)
class HssLmsKey:
    """An HSS-LMS public key as pyhsslms parsed it."""
    public: HssPublicKey


def decode(encoded: bytes):
    """The key in `encoded`: a pycose CoseKey, or an HssLmsKey. Raises what cbor2, pycose or pyhsslms
    raise for a key they cannot read."""
    cose_key = cbor2.loads(encoded)
    if isinstance(cose_key, dict) and cose_key.get(COSE_KEY_KTY) == HSS_LMS_KTY:
        return HssLmsKey(HssPublicKey.deserialize(cose_key[HSS_LMS_PUB]))
    return CoseKey.from_dict(cose_key)


def describe(key) -> str:
    """A short description of a decoded key for details: its type and curve."""
    if isinstance(key, HssLmsKey):
        return "an HSS-LMS key (kty 5)"
    curve = getattr(key, "crv", None)
    return f"a pycose {type(key).__name__}" + (f" on curve {curve.fullname}" if curve is not None else "")
