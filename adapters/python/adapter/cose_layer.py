"""Layer `cose`: a COSE_Sign1 (RFC 9052 §4.2) decoded and verified by pycose.

pycose does the whole job for ES256 (-7) and EdDSA (-8), and for ESP256 (-9) and Ed25519 (-19) once
fully_specified has registered them. HSS-LMS (-46) keys cannot be held by pycose, so for them pycose
still decodes the message and builds the Sig_structure, and fully_specified.HssLms checks it.
"""

from pycose import headers
from pycose.messages import Sign1Message

from . import fully_specified, trusted_keys
from .algorithms import COSE_IDS
from .outcome import ACCEPT, Outcome
from .rejections import KEY, MESSAGE, SIGNATURE, Rejection, rejection_for
from .request import CoseRequest
from .trusted_keys import HssLmsKey


def verify(request: CoseRequest) -> Outcome:
    if request.algorithm is not None and request.algorithm not in COSE_IDS:
        return Outcome.unsupported(f"allowed algorithm {request.algorithm!r} is not one this adapter covers "
                                   f"({', '.join(COSE_IDS)})")
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
        key = trusted_keys.decode(encoded_key)
    except Exception as error:
        return rejection_for(KEY, error, "loading the trusted COSE_Key (cbor2, pycose CoseKey or pyhsslms)")
    hss_lms = isinstance(key, HssLmsKey)
    call = ("pycose Sign1Message._create_sig_structure and pyhsslms HssPublicKey.verify" if hss_lms
            else "pycose Sign1Message.verify_signature")
    try:
        if hss_lms:
            if alg is not fully_specified.HssLms:
                raise Rejection("ALGORITHM_KEY_MISMATCH",
                                f"the trusted key is an HSS-LMS key (kty 5), which only alg HSS-LMS (-46) "
                                f"uses; the message's alg is {_name(alg)}")
            # pycose's own Sig_structure (a private method of the pinned version), verified by our glue.
            valid = fully_specified.HssLms.verify(key, message._create_sig_structure(detached_payload),
                                                  message.signature)
        else:
            message.key = key
            valid = message.verify_signature(detached_payload=detached_payload)
    except Exception as error:
        return rejection_for(SIGNATURE, error, call)
    if valid:
        return Outcome.accept()
    return Outcome.reject("SIGNATURE_INVALID", f"{call} returned False under alg {_name(alg)}")


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
