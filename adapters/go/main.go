// The suitcase adapter for Go (adapters/PROTOCOL.md): go-cose verifies and signs COSE_Sign1, Go's
// crypto/ecdsa and crypto/ed25519 verify raw signatures. It reports what these libraries decide; the
// runner judges the outcomes.
//
//	suitcase-go-adapter          JSON Lines batch protocol on stdin/stdout
//	suitcase-go-adapter --ics    print the conformance statement
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

const usage = "usage: run [--ics | --build-only]   (without options: the JSON Lines batch protocol on stdin/stdout)"

func main() {
	switch {
	case len(os.Args) == 1:
		if err := serve(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "go adapter:", err)
			os.Exit(2)
		}
	case len(os.Args) == 2 && os.Args[1] == "--ics":
		encoded, err := json.Marshal(statement())
		if err != nil {
			fmt.Fprintln(os.Stderr, "go adapter: encoding the statement:", err)
			os.Exit(2)
		}
		fmt.Println(string(encoded))
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
}
