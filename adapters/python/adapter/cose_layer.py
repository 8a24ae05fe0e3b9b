"""Layer `cose`: a COSE_Sign1 (RFC 9052 §4.2) decoded and verified by pycose, for the algorithms pycose
1.1.0 itself implements, ES256 (-7) and EdDSA (-8): what the statement lists at this layer.

Trusted keys are read by pycose alone, so a key type pycose has not (HSS-LMS, kty 5) is refused as
pycose refuses it. pycose would also decode a message under -9 or -19, but only because the producer
registers them (fully_specified); such a message is rejected here as pycose rejects any alg it does
not know, so that what this layer reports stays pycose's behaviour.
"""

import cbor2
from pycose import headers
from pycose.keys import CoseKey
from pycose.messages import Sign1Message

from .algorithms import COSE_IDS, COSE_LAYER
from .fully_specified import SIGNING_ONLY_IDS
from .outcome import ACCEPT, Outcome
from .rejections import KEY, MESSAGE, SIGNATURE, rejection_for
from .request import CoseRequest


def verify(request: CoseRequest) -> Outcome:
    if request.algorithm is not None and request.algorithm not in COSE_LAYER:
        return Outcome.unsupported(f"allowed algorithm {request.algorithm!r} is not one pycose implements "
                                   f"({', '.join(COSE_LAYER)}), which is all this adapter's statement lists "
                                   f"at layer cose")
    try:
        message = Sign1Message.decode(request.cose_sign1)
        message.external_aad = request.external_aad
        alg = message.get_attr(headers.Algorithm)
    except Exception as error:  # fail closed: whatever a library raises rejects
        return rejection_for(MESSAGE, error, "pycose Sign1Message.decode")
    if request.algorithm is not None and getattr(alg, "identifier", alg) != COSE_IDS[request.algorithm]:
        # The request's algorithm is the caller's policy (adapters/PROTOCOL.md, Verify). pycose has no
        # setting for it, so the application code, here, applies it, as an application would.
        return Outcome.reject("UNSUPPORTED_ALGORITHM",
                              f"the caller allows only {request.algorithm} ({COSE_IDS[request.algorithm]}); "
                              f"the message's alg is {_name(alg)}")
    if getattr(alg, "identifier", None) in SIGNING_ONLY_IDS:
        return Outcome.reject(None, f"alg {_name(alg)} is not one pycose 1.1.0 implements (pycose refuses an "
                                    f"alg it does not know while decoding; this adapter registers it with "
                                    f"pycose only to sign with it)")
    if not request.keys:
        return Outcome.reject(None, "no trusted key was given, so nothing can verify the message")
    failures = []
    for index, encoded_key in enumerate(request.keys):
        outcome = _verify_with(message, alg, encoded_key, request.detached_payload)
        if outcome.kind == ACCEPT:
            return outcome if len(request.keys) == 1 else Outcome.accept(f"verified under trusted key {index}")
        failures.append(outcome)
    return _combined(failures)


def _verify_with(message: Sign1Message, alg, encoded_key: bytes, detached_payload) -> Outcome:
    try:
        message.key = CoseKey.from_dict(cbor2.loads(encoded_key))
    except Exception as error:
        return rejection_for(KEY, error, "loading the trusted COSE_Key (cbor2, pycose CoseKey)")
    try:
        valid = message.verify_signature(detached_payload=detached_payload)
    except Exception as error:
        return rejection_for(SIGNATURE, error, "pycose Sign1Message.verify_signature")
    if valid:
        return Outcome.accept()
    return Outcome.reject("SIGNATURE_INVALID", f"pycose Sign1Message.verify_signature returned False under alg {_name(alg)}")


def _combined(failures) -> Outcome:
    """One outcome for a message no trusted key verified: each key's failure in the detail, and the
    reason when all keys failed for the same one."""
    if len(failures) == 1:
        return failures[0]
    reasons = {failure.reason for failure in failures}
    detail = "; ".join(f"trusted key {index}: {failure.detail}" for index, failure in enumerate(failures))
    return Outcome.reject(reasons.pop() if len(reasons) == 1 else None, detail)


def _name(alg) -> str:
    if alg is None:
        return "absent"
    if hasattr(alg, "identifier"):
        return f"{alg.fullname} ({alg.identifier})"
    return repr(alg)
