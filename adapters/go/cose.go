package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/fxamacker/cbor/v2"
	"github.com/veraison/go-cose"
)

// Layer cose: a COSE_Sign1 (RFC 9052 §4.2) decoded and verified by go-cose as its own documentation
// shows: Sign1Message.UnmarshalCBOR (or UntaggedSign1Message's), each trusted key decoded by
// Key.UnmarshalCBOR and turned into a verifier by Key.Verifier, then Sign1Message.Verify, which checks
// the protected alg against the verifier's, builds the Sig_structure (RFC 9052 §4.4) and calls
// crypto/ecdsa or crypto/ed25519.
//
// The glue makes only the decisions a caller of go-cose makes:
//   - the tagged or untagged decoder, from the first byte (RFC 9052 §4.2 allows both);
//   - which algorithms the application verifies (-7, -9, -8, -19: others are UNSUPPORTED_ALGORITHM)
//     and the request's allowed algorithm, against the protected alg;
//   - ESP256 (-9) and Ed25519 (-19), which go-cose v1.3.0 does not build in, through its documented
//     extension point, a Verifier of the application's (README, "Custom Algorithms"): go-cose's own
//     ES256 or EdDSA verifier of the key, relabelled with the fully-specified identifier (fully.go),
//     when the key does not restrict itself to another algorithm;
//   - the detached payload, given to go-cose as Sign1Message.Payload when the message's is nil, a
//     message that carries one refused (BAD_STRUCTURE);
//   - each trusted key in turn, the first that verifies deciding.
//
// Everything else is go-cose's: the structure, the header rules it applies (and the ones it leaves
// out, such as crit's "understood"), the key's alg and key_ops, the signature.

func verifyCose(request coseRequest) Outcome {
	message, problem := decodeSign1(request.coseSign1)
	if problem != nil {
		return *problem
	}
	headerAlg, algErr := message.Headers.Protected.Algorithm()
	switch {
	case algErr == nil:
		if _, covered := algorithmWithID(headerAlg); !covered {
			return reject(UnsupportedAlgorithm, fmt.Sprintf("the protected alg is %d (%v), not one of -7, -9, -8, -19, which this adapter verifies", int64(headerAlg), headerAlg))
		}
		if request.allowed != "" {
			if allowed, known := algorithmNamed(request.allowed); !known || allowed.id != headerAlg {
				return reject(UnsupportedAlgorithm, fmt.Sprintf("the caller allows only %s; the protected alg is %d", request.allowed, int64(headerAlg)))
			}
		}
	case errors.Is(algErr, cose.ErrAlgorithmNotFound):
		// no protected alg: Sign1Message.Verify decides (it refuses unless external data is supplied)
	default:
		return reject(UnsupportedAlgorithm, "go-cose ProtectedHeader.Algorithm: "+algErr.Error())
	}
	if request.detachedPayload != nil {
		if message.Payload != nil {
			// go-cose has no detached-payload API: the application puts the content in Payload, and
			// one that finds a payload there already refuses the message (RFC 9052 §4.1: the payload
			// is nil exactly when it travels separately)
			return reject(BadStructure, "the message carries a payload, and a detached payload was supplied too (RFC 9052 §4.1)")
		}
		message.Payload = request.detachedPayload
	}
	if len(request.keys) == 0 {
		return reject(noReason, "no trusted key was given, so nothing can verify the message")
	}
	failures := make([]Outcome, 0, len(request.keys))
	for index, encoded := range request.keys {
		failure := verifyUnder(message, headerAlg, algErr == nil, encoded, request.externalAAD)
		if failure == nil {
			if len(request.keys) == 1 {
				return accept("")
			}
			return accept(fmt.Sprintf("verified under trusted key %d", index))
		}
		failures = append(failures, *failure)
	}
	return combined(failures)
}

// decodeSign1 decodes with go-cose: tagged (18) when the message starts with that tag's byte, else
// untagged.
func decodeSign1(encoded []byte) (*cose.Sign1Message, *Outcome) {
	var message cose.Sign1Message
	var err error
	call := "go-cose UntaggedSign1Message.UnmarshalCBOR"
	if len(encoded) > 0 && encoded[0] == 0xd2 {
		call = "go-cose Sign1Message.UnmarshalCBOR"
		err = message.UnmarshalCBOR(encoded)
	} else {
		err = (*cose.UntaggedSign1Message)(&message).UnmarshalCBOR(encoded)
	}
	if err != nil {
		return nil, rejection(decodeReason(err), call+": "+err.Error())
	}
	return &message, nil
}

// verifyUnder verifies the message under one trusted key; nil when it verifies.
func verifyUnder(message *cose.Sign1Message, headerAlg cose.Algorithm, hasAlg bool, encoded, externalAAD []byte) *Outcome {
	var key cose.Key
	if err := key.UnmarshalCBOR(encoded); err != nil {
		return rejection(BadKey, "go-cose Key.UnmarshalCBOR: "+err.Error())
	}
	verifier, err := key.Verifier()
	if err != nil {
		return rejection(keyReason(err), "go-cose Key.Verifier: "+err.Error())
	}
	if hasAlg {
		verifier = fullySpecifiedVerifier(verifier, &key, headerAlg)
	}
	if err := message.Verify(externalAAD, verifier); err != nil {
		return rejection(verifyReason(err), fmt.Sprintf("go-cose Sign1Message.Verify (verifier %v): %v", verifier.Algorithm(), err))
	}
	return nil
}

// decodeReason names the reason of a decoding error where go-cose or fxamacker/cbor says plainly what
// was wrong; go-cose's "empty signature" stands alike for a nil and an empty signature, so it names
// none.
func decodeReason(err error) Reason {
	var syntax *cbor.SyntaxError
	var extraneous *cbor.ExtraneousDataError
	var duplicate *cbor.DupMapKeyError
	var indefinite *cbor.IndefiniteLengthError
	var wrongType *cbor.UnmarshalTypeError
	var tags *cbor.TagsMdError
	switch {
	case errors.As(err, &syntax), errors.As(err, &extraneous), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return MalformedCBOR
	case errors.As(err, &duplicate):
		return DuplicateKey
	case errors.As(err, &indefinite):
		return NonDeterministicCBOR
	case errors.As(err, &wrongType), errors.As(err, &tags):
		return BadStructure
	}
	switch text := err.Error(); {
	case strings.Contains(text, "header parameter:"), strings.Contains(text, "header label: duplicated"):
		// go-cose's rules on header parameter values (validateHeaderParameters)
		return HeaderInvalid
	case strings.Contains(text, "invalid COSE_Sign1"), strings.Contains(text, "require bstr type"),
		strings.Contains(text, "require map type"), strings.Contains(text, "header label: require int / tstr type"):
		// the shape of the message: its tag and array, the header buckets' types, a label's type
		return BadStructure
	}
	return noReason
}

func keyReason(err error) Reason {
	switch {
	case errors.Is(err, cose.ErrOpNotSupported), errors.Is(err, cose.ErrInvalidPubKey), errors.Is(err, cose.ErrInvalidKey),
		errors.Is(err, cose.ErrEC2NoPub), errors.Is(err, cose.ErrOKPNoPub):
		return BadKey
	case strings.HasPrefix(err.Error(), "unexpected key type"):
		// go-cose derives no signature algorithm from a symmetric, HSS-LMS or unknown key type
		return AlgorithmKeyMismatch
	}
	return noReason
}

func verifyReason(err error) Reason {
	switch {
	case errors.Is(err, cose.ErrAlgorithmMismatch):
		return AlgorithmKeyMismatch
	case errors.Is(err, cose.ErrAlgorithmNotFound):
		return HeaderInvalid
	case errors.Is(err, cose.ErrMissingPayload):
		return BadStructure
	}
	// cose.ErrVerification alike for a signature of the wrong length and for one that does not verify
	return noReason
}

// combined is one outcome for a message no trusted key verified: each key's failure in the detail, and
// the reason when all keys failed for the same one.
func combined(failures []Outcome) Outcome {
	if len(failures) == 1 {
		return failures[0]
	}
	reason := failures[0].Reason
	details := make([]string, len(failures))
	for index, failure := range failures {
		if failure.Reason != reason {
			reason = noReason
		}
		details[index] = fmt.Sprintf("trusted key %d: %s", index, failure.Detail)
	}
	return reject(reason, strings.Join(details, "; "))
}
