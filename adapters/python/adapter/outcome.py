"""Raw outcomes of one request, as the protocol carries them: accept, reject (with an optional reason
from the suite's closed taxonomy and a free-text detail) or unsupported."""

from dataclasses import dataclass
from typing import Optional

# The closed taxonomy of rejection reasons (vectors/README.md, "Reasons"). An outcome can only name one
# of these, so a typo cannot reach the runner as an unknown reason.
REASONS = frozenset({
    "MALFORMED_CBOR", "NON_DETERMINISTIC_CBOR", "DUPLICATE_KEY", "RESOURCE_LIMIT", "BAD_STRUCTURE",
    "HEADER_INVALID", "UNSUPPORTED_ALGORITHM", "ALGORITHM_KEY_MISMATCH", "BAD_KEY",
    "SIGNATURE_MALFORMED", "SIGNATURE_INVALID", "AUTHENTICATION_MISSING", "DIGEST_MISMATCH",
    "UNSUPPORTED_DIGEST", "UNSUPPORTED_VERSION", "ROLLBACK", "CONDITION_FAILED", "UNSUPPORTED_COMMAND",
    "POLICY",
})

ACCEPT = "accept"
REJECT = "reject"
UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class Outcome:
    kind: str
    reason: Optional[str] = None
    detail: Optional[str] = None

    def __post_init__(self):
        if self.kind not in (ACCEPT, REJECT, UNSUPPORTED):
            raise ValueError(f"outcome must be accept, reject or unsupported, not {self.kind!r}")
        if self.reason is not None and (self.kind != REJECT or self.reason not in REASONS):
            raise ValueError(f"reason {self.reason!r} is not a rejection reason of the taxonomy")

    @staticmethod
    def accept(detail: Optional[str] = None) -> "Outcome":
        return Outcome(ACCEPT, None, detail)

    @staticmethod
    def reject(reason: Optional[str], detail: str) -> "Outcome":
        return Outcome(REJECT, reason, detail)

    @staticmethod
    def unsupported(detail: str) -> "Outcome":
        return Outcome(UNSUPPORTED, None, detail)

    def answer(self, request_id: str) -> dict:
        """The protocol answer to the request with this id."""
        answer = {"id": request_id, "outcome": self.kind}
        if self.reason is not None:
            answer["reason"] = self.reason
        if self.detail is not None:
            answer["detail"] = self.detail
        return answer
