"""The one place where failures become outcomes.

The libraries decide; this module only translates what they raised. A reason from the taxonomy is
given only where the exception says plainly what was wrong (cryptography's InvalidSignature,
pyhsslms's own parse errors, cbor2's decode errors, pycose's key and
algorithm exceptions, and the decode errors pycose documents for Sign1Message.decode). Anything else is
a reject without a reason, with the exception in the detail: fail closed, and let the report show
what the library said.
"""

import cbor2
import pyhsslms.pyhsslms as hsslms_internals
from cryptography.exceptions import InvalidSignature
from pycose import exceptions as cose_errors

from .outcome import Outcome

# Where in a verification a failure happened: loading a trusted key, decoding the signed message, or
# checking the signature. The same exception type means different things at different stages.
KEY = "key"
MESSAGE = "message"
SIGNATURE = "signature"


class Rejection(Exception):
    """Raised by this adapter's own glue when it cannot hand the input to a library at all."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.outcome = Outcome.reject(reason, detail)


# The error strings pyhsslms raises ValueError with while parsing a signature (pyhsslms.py, "Error
# strings for ValueError"). A ValueError carrying one of them is pyhsslms saying "malformed".
_HSSLMS_PARSE_ERRORS = frozenset({
    hsslms_internals.err_unknown_typecode, hsslms_internals.err_bad_length, hsslms_internals.err_bad_value,
    hsslms_internals.err_bad_number_of_levels, hsslms_internals.err_algorithm_mismatch,
})

# Errors pycose's Sign1Message.decode documents for input that is not a well-shaped COSE message:
# AttributeError (not tagged), TypeError (wrong types, wrong message type), KeyError (unknown tag).
_COSE_SHAPE_ERRORS = (AttributeError, TypeError, KeyError, cose_errors.CoseMalformedMessage)

_KEY_ERRORS = (cose_errors.CoseInvalidKey, cose_errors.CoseIllegalKeyOps)


def rejection_for(stage: str, error: Exception, call: str) -> Outcome:
    """The outcome for `error`, raised at `stage` by `call` (named in the detail, e.g.
    "pycose Sign1Message.decode")."""
    if isinstance(error, Rejection):
        return error.outcome
    detail = f"{call} raised {type(error).__name__}" + (f": {error}" if str(error) else "")
    return Outcome.reject(_reason(stage, error), detail)


def _reason(stage: str, error: Exception):
    if stage == KEY:
        # Whatever a library raises while loading a trusted key, the key is unusable to it.
        return "BAD_KEY"
    if stage == MESSAGE:
        if _is_cbor_error(error):
            return "MALFORMED_CBOR"
        if isinstance(error, _COSE_SHAPE_ERRORS):
            return "BAD_STRUCTURE"
        return None
    if isinstance(error, InvalidSignature):
        return "SIGNATURE_INVALID"
    if isinstance(error, ValueError) and error.args and error.args[0] in _HSSLMS_PARSE_ERRORS:
        return "SIGNATURE_MALFORMED"
    if isinstance(error, cose_errors.CoseIllegalAlgorithm):
        return "ALGORITHM_KEY_MISMATCH"
    if isinstance(error, _KEY_ERRORS):
        return "BAD_KEY"
    return None


def _is_cbor_error(error: BaseException) -> bool:
    # pycose re-raises some cbor2 errors as ValueError("Decode accepts only bytes as input."); the
    # cbor2 error is then the exception's context.
    while error is not None:
        if isinstance(error, cbor2.CBORDecodeError):
            return True
        error = error.__context__
    return False
