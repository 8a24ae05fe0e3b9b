package main

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"strings"
	"testing"
)

var content = []byte("This is the content.")

func es256Message(t *testing.T, key *ecdsa.PrivateKey, protected map[any]any, attached bool) []byte {
	t.Helper()
	return signSign1(t, protected, content, attached, func(toBeSigned []byte) []byte { return rawES256(t, key, toBeSigned) })
}

func TestGoCoseVerifiesES256AndEdDSAAndATamperedSignatureFails(t *testing.T) {
	ecKey := p256Key(t)
	message := es256Message(t, ecKey, map[any]any{1: -7}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, keys: [][]byte{ec2Key(t, ecKey, nil)}}), outcomeAccept, noReason)
	edKey := ed25519Key(t)
	signed := signSign1(t, map[any]any{1: -8}, content, true, func(toBeSigned []byte) []byte { return ed25519.Sign(edKey, toBeSigned) })
	expectOutcome(t, verifyCose(coseRequest{coseSign1: signed, keys: [][]byte{okpKey(t, edKey, nil)}}), outcomeAccept, noReason)
	signed[len(signed)-1] ^= 1
	outcome := verifyCose(coseRequest{coseSign1: signed, keys: [][]byte{okpKey(t, edKey, nil)}})
	expectOutcome(t, outcome, outcomeReject, noReason)
	if !strings.Contains(outcome.Detail, "verification error") {
		t.Fatalf("the detail carries go-cose's error: %s", outcome.Detail)
	}
}

func TestESP256AndEd25519GoThroughGoCosesOwnVerifierUnderTheFullySpecifiedID(t *testing.T) {
	ecKey := p256Key(t)
	message := es256Message(t, ecKey, map[any]any{1: -9}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, keys: [][]byte{ec2Key(t, ecKey, nil)}}), outcomeAccept, noReason)
	// a key restricted to ES256 (RFC 9052 §7.1) keeps go-cose's ES256 verifier, which refuses alg -9
	restricted := ec2Key(t, ecKey, map[int64]any{3: -7})
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, keys: [][]byte{restricted}}), outcomeReject, AlgorithmKeyMismatch)
	edKey := ed25519Key(t)
	signed := signSign1(t, map[any]any{1: -19}, content, true, func(toBeSigned []byte) []byte { return ed25519.Sign(edKey, toBeSigned) })
	expectOutcome(t, verifyCose(coseRequest{coseSign1: signed, keys: [][]byte{okpKey(t, edKey, nil)}}), outcomeAccept, noReason)
}

// go-cose's Key.UnmarshalCBOR refuses a key whose alg is not the one it derives from the curve
// (README.md, "Deviations found"), so a key restricted to Ed25519 (-19) or ESP256 (-9), RFC 9864's
// identifiers, cannot verify even the message of its own algorithm. The test pins the behaviour.
func TestGoCoseRefusesAKeyThatCarriesAFullySpecifiedAlg(t *testing.T) {
	edKey := ed25519Key(t)
	signed := signSign1(t, map[any]any{1: -19}, content, true, func(toBeSigned []byte) []byte { return ed25519.Sign(edKey, toBeSigned) })
	outcome := verifyCose(coseRequest{coseSign1: signed, keys: [][]byte{okpKey(t, edKey, map[int64]any{3: -19})}})
	expectOutcome(t, outcome, outcomeReject, BadKey)
	if !strings.Contains(outcome.Detail, `found algorithm "Algorithm(-19)" (expected "EdDSA")`) {
		t.Fatalf("go-cose's refusal: %s", outcome.Detail)
	}
	ecKey := p256Key(t)
	message := es256Message(t, ecKey, map[any]any{1: -9}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, keys: [][]byte{ec2Key(t, ecKey, map[int64]any{3: -9})}}), outcomeReject, BadKey)
}

// go-cose checks crit's form and that each label it lists is present, never that the application
// understands it (README.md, "Deviations found"). The test pins both halves.
func TestGoCoseChecksThatCritLabelsArePresentButNotThatTheyAreUnderstood(t *testing.T) {
	key := p256Key(t)
	keys := [][]byte{ec2Key(t, key, nil)}
	unknown := es256Message(t, key, map[any]any{1: -7, 2: []any{-70000}, -70000: 1798761600}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: unknown, keys: keys}), outcomeAccept, noReason)
	absent := es256Message(t, key, map[any]any{1: -7, 2: []any{4}}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: absent, keys: keys}), outcomeReject, HeaderInvalid)
}

func TestTheDetachedPayloadIsGivenToGoCoseOnlyWhenTheMessageCarriesNone(t *testing.T) {
	key := p256Key(t)
	keys := [][]byte{ec2Key(t, key, nil)}
	detached := es256Message(t, key, map[any]any{1: -7}, false)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: detached, detachedPayload: content, keys: keys}), outcomeAccept, noReason)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: detached, keys: keys}), outcomeReject, BadStructure)
	attached := es256Message(t, key, map[any]any{1: -7}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: attached, detachedPayload: []byte("other"), keys: keys}), outcomeReject, BadStructure)
}

func TestTheCallersAllowedAlgorithmAndTheAlgorithmsThisAdapterVerifies(t *testing.T) {
	key := p256Key(t)
	keys := [][]byte{ec2Key(t, key, nil)}
	message := es256Message(t, key, map[any]any{1: -7}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, allowed: "ES256", keys: keys}), outcomeAccept, noReason)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message, allowed: "ESP256", keys: keys}), outcomeReject, UnsupportedAlgorithm)
	es384 := es256Message(t, key, map[any]any{1: -35}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: es384, keys: keys}), outcomeReject, UnsupportedAlgorithm)
	text := es256Message(t, key, map[any]any{1: "ES256"}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: text, keys: keys}), outcomeReject, UnsupportedAlgorithm)
}

func TestEachTrustedKeyIsTriedInTurn(t *testing.T) {
	key := p256Key(t)
	message := es256Message(t, key, map[any]any{1: -7}, true)
	other := ec2Key(t, p256Key(t), nil)
	outcome := verifyCose(coseRequest{coseSign1: message, keys: [][]byte{okpKey(t, ed25519Key(t), nil), ec2Key(t, key, nil)}})
	expectOutcome(t, outcome, outcomeAccept, noReason)
	if outcome.Detail != "verified under trusted key 1" {
		t.Fatalf("detail: %s", outcome.Detail)
	}
	outcome = verifyCose(coseRequest{coseSign1: message, keys: [][]byte{other, other}})
	expectOutcome(t, outcome, outcomeReject, noReason)
	if !strings.Contains(outcome.Detail, "trusted key 0: ") || !strings.Contains(outcome.Detail, "trusted key 1: ") {
		t.Fatalf("each key's failure is in the detail: %s", outcome.Detail)
	}
	expectOutcome(t, verifyCose(coseRequest{coseSign1: message}), outcomeReject, noReason)
}

func TestGoCoseRefusesTrailingBytesAndAnotherTag(t *testing.T) {
	key := p256Key(t)
	keys := [][]byte{ec2Key(t, key, nil)}
	message := es256Message(t, key, map[any]any{1: -7}, true)
	expectOutcome(t, verifyCose(coseRequest{coseSign1: append(message, 0x00), keys: keys}), outcomeReject, MalformedCBOR)
	retagged := append([]byte{0xd8, 0x62}, message[1:]...) // tag 98 (COSE_Sign) on the same array
	expectOutcome(t, verifyCose(coseRequest{coseSign1: retagged, keys: keys}), outcomeReject, BadStructure)
}
