package main

import (
	"bytes"
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/fxamacker/cbor/v2"
)

// wrappedManifest is a small manifest {1: 1, 2: 3, 3: <<{2: [[h'00']]}>>}, bstr-wrapped as a sign
// request carries it.
func wrappedManifest(t *testing.T) []byte {
	common := encodeCBOR(t, map[int64]any{2: []any{[]any{[]byte{0}}}})
	return encodeCBOR(t, encodeCBOR(t, map[int64]any{1: 1, 2: 3, 3: common}))
}

// opened is what a recipient reads from the envelope: the SUIT_Digest, the COSE_Sign1_Tagged and the
// manifest member as encoded.
func opened(t *testing.T, envelope []byte) (digest, sign1, manifest []byte) {
	t.Helper()
	var tagged cbor.Tag
	if err := keyDecoding.Unmarshal(envelope, &tagged); err != nil || tagged.Number != suitEnvelopeTag {
		t.Fatalf("not a tag 107 envelope (%v): %x", err, envelope)
	}
	var members map[int64]cbor.RawMessage
	rawContent, _ := envelopeEncoding.Marshal(tagged.Content)
	if err := keyDecoding.Unmarshal(rawContent, &members); err != nil || len(members) != 2 {
		t.Fatalf("the envelope holds members 2 and 3 only (%v): %v", err, members)
	}
	var wrapper []byte
	var blocks [][]byte
	if err := keyDecoding.Unmarshal(members[authenticationWrapper], &wrapper); err != nil {
		t.Fatal(err)
	}
	if err := keyDecoding.Unmarshal(wrapper, &blocks); err != nil || len(blocks) != 2 {
		t.Fatalf("the wrapper is [digest, one COSE_Sign1] (%v): %x", err, wrapper)
	}
	return blocks[0], blocks[1], members[manifestMember]
}

func TestTheProducerSignsEachAlgorithmAndTheCoseLayerVerifiesTheBlockOverTheDetachedDigest(t *testing.T) {
	manifest := wrappedManifest(t)
	ecKey, edKey := p256Key(t), ed25519Key(t)
	ecPrivate := ec2Key(t, ecKey, map[int64]any{-4: ecKey.D.FillBytes(make([]byte, 32))})
	edPrivate := okpKey(t, edKey, map[int64]any{-4: edKey.Seed()})
	for _, test := range []struct {
		algorithm       string
		private, public []byte
	}{
		{"ES256", ecPrivate, ec2Key(t, ecKey, nil)},
		{"ESP256", ecPrivate, ec2Key(t, ecKey, nil)},
		{"EdDSA", edPrivate, okpKey(t, edKey, nil)},
		{"Ed25519", edPrivate, okpKey(t, edKey, nil)},
	} {
		envelope, err := signEnvelope(signRequest{layer: "suit", algorithm: test.algorithm, manifest: manifest, privateKey: test.private})
		if err != nil {
			t.Fatalf("%s: %v", test.algorithm, err)
		}
		digest, sign1, member := opened(t, envelope)
		sum := sha256.Sum256(manifest)
		if !bytes.Equal(member, manifest) || !bytes.Equal(digest, encodeCBOR(t, []any{-16, sum[:]})) {
			t.Fatalf("%s: the manifest and its SHA-256 SUIT_Digest: %x", test.algorithm, envelope)
		}
		expectOutcome(t, verifyCose(coseRequest{coseSign1: sign1, detachedPayload: digest, allowed: test.algorithm, keys: [][]byte{test.public}}),
			outcomeAccept, noReason)
		// detached: the payload slot is nil (RFC 9052 §2), so the block verifies only with the digest given
		expectOutcome(t, verifyCose(coseRequest{coseSign1: sign1, keys: [][]byte{test.public}}), outcomeReject, BadStructure)
	}
}

func TestTheProducerAnswersWhyItCannotSign(t *testing.T) {
	manifest := wrappedManifest(t)
	edKey := ed25519Key(t)
	edPrivate := okpKey(t, edKey, map[int64]any{-4: edKey.Seed()})
	for _, test := range []struct {
		request signRequest
		problem string
	}{
		{signRequest{layer: "suit", algorithm: "HSS-LMS", manifest: manifest, privateKey: edPrivate}, "not HSS-LMS"},
		{signRequest{layer: "suit", algorithm: "ES256", manifest: manifest, privateKey: edPrivate}, "signs with EdDSA, not ES256"},
		{signRequest{layer: "suit", algorithm: "EdDSA", manifest: manifest, privateKey: okpKey(t, edKey, nil)}, "Key.Signer"},
		{signRequest{layer: "suit", algorithm: "EdDSA", manifest: manifest[1:], privateKey: edPrivate}, "bstr-wrapped manifest"},
		{signRequest{layer: "cose", algorithm: "EdDSA", manifest: manifest, privateKey: edPrivate}, "layer \"cose\""},
	} {
		if _, err := signEnvelope(test.request); err == nil || !strings.Contains(err.Error(), test.problem) {
			t.Fatalf("%+v: got %v, want an error saying %q", test.request, err, test.problem)
		}
	}
}
