package main

import (
	"fmt"
	"runtime"
	"strings"
)

// The module versions the adapter is built from; a test checks them against go.mod and go.sum.
var moduleVersions = [][2]string{
	{"github.com/veraison/go-cose", "v1.3.0"},
	{"github.com/fxamacker/cbor/v2", "v2.5.0"},
}

const maxMessageBytes = 1024 * 1024

// statement is the implementation conformance statement (adapters/PROTOCOL.md, "The conformance
// statement").
func statement() map[string]any {
	versions := make([]string, 0, len(moduleVersions)+1)
	for _, module := range moduleVersions {
		versions = append(versions, module[0]+" "+module[1])
	}
	// crypto/ecdsa and crypto/ed25519 are the standard library's: their version is Go's
	versions = append(versions, fmt.Sprintf("Go %s (crypto/ecdsa, crypto/ed25519)", strings.TrimPrefix(runtime.Version(), "go")))
	names := algorithmNames()
	return map[string]any{
		"implementation": "go-cose+Go crypto",
		"version":        strings.Join(versions, ", "),
		// The same four algorithms at both layers: crypto/ecdsa and crypto/ed25519 at the signature
		// layer; go-cose at the cose layer, ESP256 and Ed25519 through its custom-verifier extension
		// point (fully.go). No HSS-LMS (no Go module for it is served), no suit layer (no Go SUIT
		// library).
		"coverage": []map[string]any{
			{"layer": "signature", "algorithms": names},
			{"layer": "cose", "algorithms": names},
		},
		// crypto/ed25519 (under go-cose too) rejects S >= L and a non-canonical R, and verifies
		// cofactorless: RFC 8032's rules, small-order keys accepted. crypto/ecdsa accepts high S, so
		// not ecdsa-low-s.
		"profiles":   []string{"ed25519-rfc8032"},
		"operations": []string{"verify", "sign"},
		"limits":     map[string]any{"maxMessageBytes": maxMessageBytes},
	}
}
