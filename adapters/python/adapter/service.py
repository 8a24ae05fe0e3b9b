"""The adapter's two operations on decoded protocol messages, shared by the batch and one-shot modes.
Both raise MalformedRequest for a message that breaks the protocol."""

import sys
import traceback

from . import cose_layer, signature_layer, suit_producer
from .outcome import Outcome
from .request import CoseRequest, SignatureRequest, sign_request, verify_request


def verify(message: dict) -> Outcome:
    request = verify_request(message)
    try:
        if isinstance(request, SignatureRequest):
            return signature_layer.verify(request)
        if isinstance(request, CoseRequest):
            return cose_layer.verify(request)
    except Exception as error:  # a fault of this adapter's own code: fail closed, never accept
        traceback.print_exc(file=sys.stderr)
        return Outcome.reject(None, f"the Python adapter itself failed ({type(error).__name__}: {error}); "
                                    f"its stderr has the traceback")
    return Outcome.unsupported(f"layer {request.layer!r} is outside this adapter's ICS, which covers the "
                               f"signature and cose layers")


def sign(message: dict) -> dict:
    """The answer to a sign request: the envelope, or `unsupported` with the reason in the detail."""
    request = sign_request(message)
    try:
        return {"id": request.id, "envelope": suit_producer.envelope(request).hex()}
    except suit_producer.CannotSign as error:
        return Outcome.unsupported(str(error)).answer(request.id)
    except Exception as error:
        return Outcome.unsupported(f"signing failed: {type(error).__name__}: {error}").answer(request.id)
