package main

import (
	"crypto/rand"
	"crypto/sha256"
	"fmt"

	"github.com/fxamacker/cbor/v2"
	"github.com/veraison/go-cose"
)

// Producer: a SUIT envelope around the manifest of a sign request (adapters/PROTOCOL.md, "Sign";
// draft-ietf-suit-manifest §8.2, §8.3), its authentication block signed by go-cose.
//
// go-cose signs the COSE_Sign1: the private COSE_Key decoded by Key.UnmarshalCBOR and turned into a
// signer by Key.Signer (crypto/ecdsa with a random nonce for ES256, crypto/ed25519 for EdDSA; relabelled
// for ESP256 and Ed25519, fully.go), Sign1Message.Sign over the encoded SUIT_Digest with alg protected,
// the payload then set to nil for the detached form (RFC 9052 §2) before MarshalCBOR writes the
// COSE_Sign1_Tagged. No Go library writes SUIT envelopes, so the glue encodes the rest with
// fxamacker/cbor: tag 107, the authentication wrapper (key 2) [bstr SUIT_Digest, bstr COSE_Sign1_Tagged]
// with the SHA-256 digest of the bstr-wrapped manifest as the request gives it, and that bstr (key 3).

// SUIT envelope labels and the SHA-256 identifier (draft-ietf-suit-manifest §8.2, §8.3; RFC 9054).
const (
	suitEnvelopeTag       = 107
	authenticationWrapper = 2
	manifestMember        = 3
	sha256Algorithm       = -16
)

var envelopeEncoding = mustEncMode(cbor.EncOptions{Sort: cbor.SortCoreDeterministic, IndefLength: cbor.IndefLengthForbidden})

// signEnvelope is the signed envelope, or why this producer cannot sign the request.
func signEnvelope(request signRequest) ([]byte, error) {
	if request.layer != "suit" {
		return nil, fmt.Errorf("this producer signs SUIT envelopes (layer suit), not layer %q", request.layer)
	}
	chosen, known := algorithmNamed(request.algorithm)
	if !known {
		return nil, fmt.Errorf("go-cose and this adapter sign with ES256, ESP256, EdDSA and Ed25519, not %s", request.algorithm)
	}
	if err := keyDecoding.Wellformed(request.manifest); err != nil || len(request.manifest) == 0 || request.manifest[0]>>5 != 2 {
		return nil, fmt.Errorf("\"manifest\" must be the bstr-wrapped manifest, one CBOR byte string")
	}
	signer, err := signerFor(request.privateKey, chosen)
	if err != nil {
		return nil, err
	}
	digest := sha256.Sum256(request.manifest)
	suitDigest, err := envelopeEncoding.Marshal([]any{sha256Algorithm, digest[:]})
	if err != nil {
		return nil, fmt.Errorf("encoding the SUIT_Digest: %w", err)
	}
	message := cose.NewSign1Message()
	message.Headers.Protected.SetAlgorithm(chosen.id)
	message.Payload = suitDigest
	if err := message.Sign(rand.Reader, nil, signer); err != nil {
		return nil, fmt.Errorf("go-cose Sign1Message.Sign: %w", err)
	}
	message.Payload = nil
	signed, err := message.MarshalCBOR()
	if err != nil {
		return nil, fmt.Errorf("go-cose Sign1Message.MarshalCBOR: %w", err)
	}
	authentication, err := envelopeEncoding.Marshal([]any{suitDigest, signed})
	if err != nil {
		return nil, fmt.Errorf("encoding the authentication wrapper: %w", err)
	}
	return envelopeEncoding.Marshal(cbor.Tag{Number: suitEnvelopeTag, Content: map[int]any{
		authenticationWrapper: authentication,
		manifestMember:        cbor.RawMessage(request.manifest),
	}})
}

// signerFor is go-cose's signer of the private COSE_Key, relabelled for ESP256 or Ed25519 when the key
// carries no alg of its own; an error when the key cannot sign with the requested algorithm.
func signerFor(privateKey []byte, chosen algorithm) (cose.Signer, error) {
	var key cose.Key
	if err := key.UnmarshalCBOR(privateKey); err != nil {
		return nil, fmt.Errorf("go-cose Key.UnmarshalCBOR (the private key): %w", err)
	}
	signer, err := key.Signer()
	if err != nil {
		return nil, fmt.Errorf("go-cose Key.Signer: %w", err)
	}
	if key.Algorithm == cose.AlgorithmReserved {
		switch {
		case chosen.id == algorithmESP256 && signer.Algorithm() == cose.AlgorithmES256,
			chosen.id == algorithmEd25519 && signer.Algorithm() == cose.AlgorithmEdDSA:
			signer = relabelledSigner{signer, chosen.id}
		}
	}
	if signer.Algorithm() != chosen.id {
		return nil, fmt.Errorf("go-cose's signer of this key signs with %v, not %s", signer.Algorithm(), chosen.name)
	}
	return signer, nil
}

func mustEncMode(options cbor.EncOptions) cbor.EncMode {
	mode, err := options.EncMode()
	if err != nil {
		panic(err)
	}
	return mode
}
