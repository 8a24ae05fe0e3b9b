package main

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"testing"

	"github.com/fxamacker/cbor/v2"
)

// Keys and messages the tests build with the same libraries the adapter calls.

func encodeCBOR(t *testing.T, value any) []byte {
	t.Helper()
	encoded, err := envelopeEncoding.Marshal(value)
	if err != nil {
		t.Fatalf("encoding %v: %v", value, err)
	}
	return encoded
}

func p256Key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func ed25519Key(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// ec2Key is the COSE_Key {1: 2, -1: 1, -2: x, -3: y} of the key, with the extra parameters given.
func ec2Key(t *testing.T, key *ecdsa.PrivateKey, extra map[int64]any) []byte {
	t.Helper()
	public, err := key.PublicKey.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	entries := map[int64]any{1: 2, -1: 1, -2: public[1:33], -3: public[33:]}
	for label, value := range extra {
		entries[label] = value
	}
	return encodeCBOR(t, entries)
}

// okpKey is the COSE_Key {1: 1, -1: 6, -2: x} of the key, with the extra parameters given.
func okpKey(t *testing.T, key ed25519.PrivateKey, extra map[int64]any) []byte {
	t.Helper()
	entries := map[int64]any{1: 1, -1: 6, -2: []byte(key.Public().(ed25519.PublicKey))}
	for label, value := range extra {
		entries[label] = value
	}
	return encodeCBOR(t, entries)
}

// rawES256 is the r || s signature of message under key.
func rawES256(t *testing.T, key *ecdsa.PrivateKey, message []byte) []byte {
	t.Helper()
	digest := sha256.Sum256(message)
	r, s, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	return append(r.FillBytes(make([]byte, 32)), s.FillBytes(make([]byte, 32))...)
}

// signSign1 is a COSE_Sign1_Tagged over payload with the protected header given, signed by sign
// over the Sig_structure (RFC 9052 §4.4); attached decides whether the payload travels in it.
func signSign1(t *testing.T, protected map[any]any, payload []byte, attached bool, sign func([]byte) []byte) []byte {
	t.Helper()
	encodedProtected := encodeCBOR(t, protected)
	toBeSigned := encodeCBOR(t, []any{"Signature1", encodedProtected, []byte{}, payload})
	var carried any
	if attached {
		carried = payload
	}
	return encodeCBOR(t, cbor.Tag{Number: 18, Content: []any{encodedProtected, map[any]any{}, carried, sign(toBeSigned)}})
}

// expectOutcome fails the test unless the outcome has this kind and reason.
func expectOutcome(t *testing.T, outcome Outcome, kind string, reason Reason) {
	t.Helper()
	if outcome.Kind != kind || outcome.Reason != reason {
		t.Fatalf("got %s %s (%s), want %s %s", outcome.Kind, outcome.Reason, outcome.Detail, kind, reason)
	}
}
