package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const protocolVersion = 1

// serve answers every line of requests until bye or the end of input (adapters/PROTOCOL.md): one
// request per line, one answer per line, flushed after each, in the order the requests came. A line
// this adapter cannot use never stops it: a line that is not a JSON object, or has no usable id, gets
// {"type":"error","detail":...}; a request with an id whose fields are broken gets unsupported,
// naming the field.
func serve(requests io.Reader, answers io.Writer) error {
	reader := bufio.NewReader(requests)
	writer := bufio.NewWriter(answers)
	for {
		line, readErr := reader.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			answer, more := respond(line)
			if !more {
				return writer.Flush()
			}
			encoded, err := json.Marshal(answer)
			if err != nil {
				return fmt.Errorf("encoding an answer: %w", err)
			}
			if _, err := writer.Write(append(encoded, '\n')); err != nil {
				return err
			}
			if err := writer.Flush(); err != nil {
				return err
			}
		}
		if errors.Is(readErr, io.EOF) {
			return writer.Flush()
		}
		if readErr != nil {
			return readErr
		}
	}
}

// respond is the answer to one line; more is false for bye.
func respond(line []byte) (answer map[string]any, more bool) {
	var request message
	if err := json.Unmarshal(line, &request); err != nil || request == nil {
		return protocolError(fmt.Sprintf("each request is one JSON object on one line; this line is %.60s", string(line))), true
	}
	kind, _ := request.text("type")
	switch kind {
	case "hello":
		// answered with this adapter's own version whatever the runner asked for (PROTOCOL.md, Handshake)
		return map[string]any{"type": "hello", "protocol": protocolVersion, "ics": statement()}, true
	case "bye":
		return nil, false
	}
	id, err := request.text("id")
	if err != nil {
		return protocolError(fmt.Sprintf("request type %q without a usable id: %v", kind, err)), true
	}
	switch kind {
	case "verify":
		outcome, err := verify(request)
		if err != nil {
			return malformedAnswer(id, err), true
		}
		return outcome.answer(id), true
	case "sign":
		signing, err := request.signRequest()
		if err != nil {
			return malformedAnswer(id, err), true
		}
		envelope, err := guardedSign(signing)
		if err != nil {
			return unsupported(err.Error()).answer(id), true
		}
		return map[string]any{"id": id, "envelope": hex.EncodeToString(envelope)}, true
	default:
		return malformedAnswer(id, malformedf("unknown request type %q; this adapter answers \"hello\", \"verify\", \"sign\" and \"bye\"", kind)), true
	}
}

func verify(request message) (Outcome, error) {
	layer, err := request.text("layer")
	if err != nil {
		return Outcome{}, err
	}
	switch layer {
	case "signature":
		signing, err := request.signatureRequest()
		if err != nil {
			return Outcome{}, err
		}
		return guarded(func() Outcome { return verifySignature(signing) }), nil
	case "cose":
		cose, err := request.coseRequest()
		if err != nil {
			return Outcome{}, err
		}
		return guarded(func() Outcome { return verifyCose(cose) }), nil
	case "suit":
		return unsupported("layer suit: no Go library processes SUIT manifests; this adapter's statement lists the signature and cose layers only"), nil
	default:
		return Outcome{}, malformedf("\"layer\" must be signature, cose or suit, not %q", layer)
	}
}

// guarded runs answer, turning a panic inside a library into a reject without a reason (fail closed,
// never an accept); the stack goes to stderr, which the runner keeps per vector.
func guarded(answer func() Outcome) (outcome Outcome) {
	defer func() {
		if cause := recover(); cause != nil {
			fmt.Fprintf(os.Stderr, "go adapter: panic while answering: %v\n%s", cause, debug.Stack())
			outcome = reject(noReason, fmt.Sprintf("a library panicked while answering (%v); stderr has the stack", cause))
		}
	}()
	return answer()
}

func guardedSign(request signRequest) (envelope []byte, err error) {
	defer func() {
		if cause := recover(); cause != nil {
			fmt.Fprintf(os.Stderr, "go adapter: panic while signing: %v\n%s", cause, debug.Stack())
			envelope, err = nil, fmt.Errorf("signing panicked: %v", cause)
		}
	}()
	return signEnvelope(request)
}

func malformedAnswer(id string, err error) map[string]any {
	return unsupported(fmt.Sprintf("malformed request: %v (see adapters/PROTOCOL.md)", err)).answer(id)
}

func protocolError(detail string) map[string]any {
	return map[string]any{"type": "error", "detail": detail}
}
