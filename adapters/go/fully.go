package main

import "github.com/veraison/go-cose"

// ESP256 (-9) and Ed25519 (-19) are the fully-specified identifiers of RFC 9864 (§2.1, §2.2) for the
// computations go-cose v1.3.0 runs as ES256 (-7) with P-256 and EdDSA (-8) with Ed25519. go-cose names
// neither; its README ("Custom Algorithms") extends it with a Signer or Verifier of the application's.
// These are such: go-cose's own ES256 or EdDSA signer or verifier, under the fully-specified
// identifier, so that every byte is still computed by go-cose and crypto/ecdsa or crypto/ed25519.

// relabelledVerifier is a go-cose verifier answering to another identifier of the same computation.
type relabelledVerifier struct {
	cose.Verifier
	id cose.Algorithm
}

func (v relabelledVerifier) Algorithm() cose.Algorithm { return v.id }

// relabelledSigner is a go-cose signer answering to another identifier of the same computation.
type relabelledSigner struct {
	cose.Signer
	id cose.Algorithm
}

func (s relabelledSigner) Algorithm() cose.Algorithm { return s.id }

// fullySpecifiedVerifier is the verifier for a message whose protected alg is headerAlg: the key's own
// (go-cose's Key.Verifier) unless headerAlg is -9 or -19, the key's verifier runs that computation and
// the key carries no alg of its own. A key that restricts itself to an algorithm (RFC 9052 §7.1) keeps
// its verifier, so go-cose refuses the message for the mismatch.
func fullySpecifiedVerifier(verifier cose.Verifier, key *cose.Key, headerAlg cose.Algorithm) cose.Verifier {
	if key.Algorithm != cose.AlgorithmReserved {
		return verifier
	}
	switch {
	case headerAlg == algorithmESP256 && verifier.Algorithm() == cose.AlgorithmES256,
		headerAlg == algorithmEd25519 && verifier.Algorithm() == cose.AlgorithmEdDSA:
		return relabelledVerifier{verifier, headerAlg}
	}
	return verifier
}
