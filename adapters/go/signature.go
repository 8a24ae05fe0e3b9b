package main

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/sha256"
	"fmt"
	"math/big"
	"strings"

	"github.com/fxamacker/cbor/v2"
)

// Layer signature: a raw signature over a message under one public key, checked by Go's crypto/ecdsa
// (ES256, ESP256) or crypto/ed25519 (EdDSA, Ed25519) with no COSE around it.
//
// Neither library reads COSE_Keys, so the glue decodes the key's map with fxamacker/cbor (go-cose's
// CBOR library, in go-cose's decoding options) and hands its coordinates to the library: an EC2 point
// to ecdsa.ParseUncompressedPublicKey (a compressed one through elliptic.UnmarshalCompressed first),
// an OKP x to crypto/ed25519. It checks only what it must to pick and build the library's key: the key
// type and curve fit the algorithm, the parameters have their CBOR types, an Ed25519 key is 32 bytes
// (crypto/ed25519 panics on another length), an ECDSA signature is r || s of 64 bytes (RFC 9053 §2.1:
// the encoding has no other boundary). It does not apply the key's own alg or key_ops, which these
// libraries know nothing of (the cose layer leaves them to go-cose).

// keyDecoding decodes COSE_Keys as go-cose does (its cbor.go): duplicate labels refused, no
// indefinite lengths, integers as int64.
var keyDecoding = mustDecMode(cbor.DecOptions{
	DupMapKey:   cbor.DupMapKeyEnforcedAPF,
	IndefLength: cbor.IndefLengthForbidden,
	IntDec:      cbor.IntDecConvertSigned,
})

// COSE_Key labels and values (RFC 9052 §7.1, RFC 9053 §7).
const (
	keyLabelKty int64 = 1
	keyLabelCrv int64 = -1
	keyLabelX   int64 = -2
	keyLabelY   int64 = -3
	ktyOKP      int64 = 1
	ktyEC2      int64 = 2
	crvP256     int64 = 1
	crvEd25519  int64 = 6
)

func verifySignature(request signatureRequest) Outcome {
	chosen, known := algorithmNamed(request.algorithm)
	if !known {
		// an id no library here implements (ML-DSA-87, ES384, HSS-LMS, ...): a verifier refuses it
		return reject(UnsupportedAlgorithm, fmt.Sprintf("algorithm %q is not one this adapter verifies (%s)",
			request.algorithm, strings.Join(algorithmNames(), ", ")))
	}
	key, problem := decodeKeyMap(request.key)
	if problem != nil {
		return *problem
	}
	switch chosen.family {
	case ecdsaP256:
		return verifyECDSA(chosen, key, request.message, request.signature)
	default:
		return verifyEd25519(chosen, key, request.message, request.signature)
	}
}

func verifyECDSA(chosen algorithm, key map[any]any, message, signature []byte) Outcome {
	if problem := expectKeyType(chosen, key, ktyEC2, crvP256, "an EC2 key on P-256 (kty 2, crv 1)"); problem != nil {
		return *problem
	}
	public, problem := ecdsaPublicKey(key)
	if problem != nil {
		return *problem
	}
	if len(signature) != 64 {
		return reject(SignatureMalformed, fmt.Sprintf("an %s signature is r || s, 64 bytes (RFC 9053 §2.1); this one is %d", chosen.name, len(signature)))
	}
	r := new(big.Int).SetBytes(signature[:32])
	s := new(big.Int).SetBytes(signature[32:])
	digest := sha256.Sum256(message)
	if !ecdsa.Verify(public, digest[:], r, s) {
		// Verify answers false alike for r or s outside [1, n-1] and for a failed equation
		return reject(noReason, "crypto/ecdsa Verify: false (the signature does not verify, or r or s is outside [1, n-1])")
	}
	return accept("")
}

// ecdsaPublicKey builds crypto/ecdsa's key from the EC2 coordinates: y as a byte string, or as the
// sign bit of the compressed form (RFC 9053 §7.1.1).
func ecdsaPublicKey(key map[any]any) (*ecdsa.PublicKey, *Outcome) {
	x, isBytes := key[keyLabelX].([]byte)
	if !isBytes {
		return nil, rejection(BadKey, "the EC2 key lacks x (-2) as a byte string")
	}
	point := append([]byte{0x04}, x...)
	switch y := key[keyLabelY].(type) {
	case []byte:
		point = append(point, y...)
	case bool:
		prefix := byte(0x02)
		if y {
			prefix = 0x03
		}
		px, py := elliptic.UnmarshalCompressed(elliptic.P256(), append([]byte{prefix}, x...))
		if px == nil {
			return nil, rejection(BadKey, "crypto/elliptic UnmarshalCompressed: x with that sign bit is no point of P-256")
		}
		point = append(append([]byte{0x04}, px.FillBytes(make([]byte, 32))...), py.FillBytes(make([]byte, 32))...)
	default:
		return nil, rejection(BadKey, "the EC2 key lacks y (-3) as a byte string or a sign bit")
	}
	public, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), point)
	if err != nil {
		return nil, rejection(BadKey, fmt.Sprintf("crypto/ecdsa ParseUncompressedPublicKey (%d-byte point): %v", len(point), err))
	}
	return public, nil
}

func verifyEd25519(chosen algorithm, key map[any]any, message, signature []byte) Outcome {
	if problem := expectKeyType(chosen, key, ktyOKP, crvEd25519, "an OKP key on Ed25519 (kty 1, crv 6)"); problem != nil {
		return *problem
	}
	x, isBytes := key[keyLabelX].([]byte)
	if !isBytes {
		return reject(BadKey, "the OKP key lacks x (-2) as a byte string")
	}
	if len(x) != ed25519.PublicKeySize {
		// crypto/ed25519 panics on a key of another length
		return reject(BadKey, fmt.Sprintf("an Ed25519 public key is 32 bytes (RFC 8032 §5.1.5), this one %d", len(x)))
	}
	err := ed25519.VerifyWithOptions(ed25519.PublicKey(x), message, signature, &ed25519.Options{})
	if err == nil {
		return accept("")
	}
	detail := "crypto/ed25519 VerifyWithOptions: " + err.Error()
	switch text := err.Error(); {
	case strings.HasPrefix(text, "ed25519: bad public key"):
		return reject(BadKey, detail)
	case strings.HasPrefix(text, "ed25519: bad signature length"):
		return reject(SignatureMalformed, detail)
	default:
		// "invalid signature" alike for S >= L and for a failed equation
		return reject(noReason, detail)
	}
}

// decodeKeyMap decodes a COSE_Key into its map; what fxamacker/cbor refuses, or another CBOR item, is
// a BAD_KEY.
func decodeKeyMap(encoded []byte) (map[any]any, *Outcome) {
	var key map[any]any
	if err := keyDecoding.Unmarshal(encoded, &key); err != nil {
		return nil, rejection(BadKey, "the COSE_Key is not a CBOR map fxamacker/cbor decodes: "+err.Error())
	}
	if key == nil {
		return nil, rejection(BadKey, "the COSE_Key is CBOR null, not a map")
	}
	return key, nil
}

// expectKeyType checks that the key has the type and curve the algorithm needs.
func expectKeyType(chosen algorithm, key map[any]any, kty, crv int64, needed string) *Outcome {
	gotKty, ktyIsInt := key[keyLabelKty].(int64)
	if !ktyIsInt {
		return rejection(BadKey, "the COSE_Key has no integer kty (1)")
	}
	gotCrv, crvIsInt := key[keyLabelCrv].(int64)
	if gotKty == kty && crvIsInt && gotCrv == crv {
		return nil
	}
	described := fmt.Sprintf("kty %d without an integer crv", gotKty)
	if crvIsInt {
		described = fmt.Sprintf("kty %d, crv %d", gotKty, gotCrv)
	}
	return rejection(AlgorithmKeyMismatch, fmt.Sprintf("%s needs %s; the key is %s", chosen.name, needed, described))
}

func rejection(reason Reason, detail string) *Outcome {
	outcome := reject(reason, detail)
	return &outcome
}

func mustDecMode(options cbor.DecOptions) cbor.DecMode {
	mode, err := options.DecMode()
	if err != nil {
		panic(err)
	}
	return mode
}
