package main

// Reason is one rejection reason of the suite's closed taxonomy (vectors/README.md, "Reasons").
type Reason string

// The reasons an answer of this adapter can name; a reject without a reason leaves Reason empty.
const (
	MalformedCBOR        Reason = "MALFORMED_CBOR"
	NonDeterministicCBOR Reason = "NON_DETERMINISTIC_CBOR"
	DuplicateKey         Reason = "DUPLICATE_KEY"
	BadStructure         Reason = "BAD_STRUCTURE"
	HeaderInvalid        Reason = "HEADER_INVALID"
	UnsupportedAlgorithm Reason = "UNSUPPORTED_ALGORITHM"
	AlgorithmKeyMismatch Reason = "ALGORITHM_KEY_MISMATCH"
	BadKey               Reason = "BAD_KEY"
	SignatureMalformed   Reason = "SIGNATURE_MALFORMED"
	SignatureInvalid     Reason = "SIGNATURE_INVALID"
	noReason             Reason = ""
)

// The three outcomes of a verify request.
const (
	outcomeAccept      = "accept"
	outcomeReject      = "reject"
	outcomeUnsupported = "unsupported"
)

// Outcome is what the implementation decided about one verify request (adapters/PROTOCOL.md,
// "Verify"): accept, reject with an optional reason and a free-text detail, or unsupported.
type Outcome struct {
	Kind   string
	Reason Reason
	Detail string
}

func accept(detail string) Outcome { return Outcome{Kind: outcomeAccept, Detail: detail} }

func reject(reason Reason, detail string) Outcome {
	return Outcome{Kind: outcomeReject, Reason: reason, Detail: detail}
}

func unsupported(detail string) Outcome { return Outcome{Kind: outcomeUnsupported, Detail: detail} }

// answer is the protocol answer to the request with this id.
func (o Outcome) answer(id string) map[string]any {
	answer := map[string]any{"id": id, "outcome": o.Kind}
	if o.Reason != noReason {
		answer["reason"] = string(o.Reason)
	}
	if o.Detail != "" {
		answer["detail"] = o.Detail
	}
	return answer
}
