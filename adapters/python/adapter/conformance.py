"""The implementation conformance statement (ICS) this adapter answers hello with: exactly what it
covers at each layer, and the versions of the libraries actually loaded."""

import platform
from importlib.metadata import version

from cryptography.hazmat.backends.openssl.backend import backend

from .algorithms import COSE_LAYER, SIGNATURE_LAYER

MAX_MESSAGE_BYTES = 1024 * 1024


def statement() -> dict:
    return {
        "implementation": "pycose+cryptography+pyhsslms",
        "version": ", ".join([
            f"pycose {version('pycose')}",
            f"cryptography {version('cryptography')} ({backend.openssl_version_text()})",
            f"ecdsa {version('ecdsa')}",
            f"pyhsslms {version('pyhsslms')}",
            f"cbor2 {version('cbor2')}",
            f"{platform.python_implementation()} {platform.python_version()}",
        ]),
        # No suit layer: the adapter verifies COSE_Sign1 only; it signs SUIT envelopes as a producer.
        # The cose layer lists what pycose implements, not what cryptography and pyhsslms could verify
        # with glue of ours: verdicts there would be the glue's (algorithms.py).
        "coverage": [
            {"layer": "signature", "algorithms": list(SIGNATURE_LAYER)},
            {"layer": "cose", "algorithms": list(COSE_LAYER)},
        ],
        # OpenSSL's Ed25519 (under cryptography, at both layers: pycose's EdDSA calls it too) follows
        # RFC 8032: it rejects S >= L and non-canonical R and verifies cofactorless. It accepts
        # small-order keys, which ed25519-rfc8032 allows. cryptography and python-ecdsa (under pycose)
        # accept high-S ECDSA signatures, so not ecdsa-low-s at either layer.
        "profiles": ["ed25519-rfc8032"],
        "operations": ["verify", "sign"],
        "limits": {"maxMessageBytes": MAX_MESSAGE_BYTES},
    }
