package main

import "github.com/veraison/go-cose"

// The COSE algorithm identifiers of the suite that go-cose v1.3.0 does not name: ESP256 and Ed25519,
// the fully-specified identifiers of RFC 9864 §2.1 and §2.2.
const (
	algorithmESP256  cose.Algorithm = -9
	algorithmEd25519 cose.Algorithm = -19
)

// family is a signature primitive; ES256 and ESP256, and EdDSA and Ed25519, compute the same
// signature and differ only in their COSE identifiers.
type family int

const (
	ecdsaP256 family = iota
	ed25519Family
)

// algorithm is one algorithm this adapter verifies and signs with.
type algorithm struct {
	name   string
	id     cose.Algorithm
	family family
}

// algorithms are the four this adapter covers; HSS-LMS (-46) is not among them: no Go module for it
// is served by the module proxy (README.md, "HSS-LMS").
var algorithms = []algorithm{
	{"ES256", cose.AlgorithmES256, ecdsaP256},
	{"ESP256", algorithmESP256, ecdsaP256},
	{"EdDSA", cose.AlgorithmEdDSA, ed25519Family},
	{"Ed25519", algorithmEd25519, ed25519Family},
}

// algorithmNamed is the algorithm of a display name (adapters/PROTOCOL.md), if this adapter covers it.
func algorithmNamed(name string) (algorithm, bool) {
	for _, candidate := range algorithms {
		if candidate.name == name {
			return candidate, true
		}
	}
	return algorithm{}, false
}

// algorithmWithID is the algorithm of a COSE identifier, if this adapter covers it.
func algorithmWithID(id cose.Algorithm) (algorithm, bool) {
	for _, candidate := range algorithms {
		if candidate.id == id {
			return candidate, true
		}
	}
	return algorithm{}, false
}

func algorithmNames() []string {
	names := make([]string, len(algorithms))
	for index, candidate := range algorithms {
		names[index] = candidate.name
	}
	return names
}
