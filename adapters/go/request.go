package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// message is one decoded request line, its fields still raw so that each can be read with a message
// naming the field when it is missing or broken.
type message map[string]json.RawMessage

// malformedf says what is wrong with a request (a missing field, a value that is not hex): the
// sender's mistake, answered unsupported with the problem in the detail, never a reject.
func malformedf(format string, arguments ...any) error {
	return fmt.Errorf(format, arguments...)
}

// signatureRequest is layer signature: one raw signature over one message under exactly one public
// COSE_Key.
type signatureRequest struct {
	algorithm string
	message   []byte
	signature []byte
	key       []byte
}

// coseRequest is layer cose: a COSE_Sign1 checked under the trusted public keys; allowed, when not
// empty, is the only algorithm the caller allows.
type coseRequest struct {
	coseSign1       []byte
	detachedPayload []byte // nil when the request gives none
	externalAAD     []byte
	allowed         string
	keys            [][]byte
}

// signRequest is a producer's request (adapters/PROTOCOL.md, "Sign").
type signRequest struct {
	layer      string
	algorithm  string
	manifest   []byte
	privateKey []byte
}

func (m message) text(name string) (string, error) {
	raw, present := m[name]
	var value string
	if !present || json.Unmarshal(raw, &value) != nil || value == "" {
		return "", malformedf("%q must be a non-empty string, got %s", name, shown(raw, present))
	}
	return value, nil
}

func (m message) hex(name string) ([]byte, error) {
	raw, present := m[name]
	var value string
	if !present || json.Unmarshal(raw, &value) != nil {
		return nil, malformedf("%q must be a hex string, got %s", name, shown(raw, present))
	}
	decoded, err := hex.DecodeString(value)
	if err != nil {
		return nil, malformedf("%q is not hex: %.40s", name, value)
	}
	return decoded, nil
}

// present tells whether the field is given (and not null).
func (m message) present(name string) bool {
	raw, present := m[name]
	return present && string(raw) != "null"
}

func (m message) object(name string) (message, error) {
	raw, present := m[name]
	var value message
	if !present || json.Unmarshal(raw, &value) != nil || value == nil {
		return nil, malformedf("%q must be an object, got %s", name, shown(raw, present))
	}
	return value, nil
}

func (m message) keys() ([][]byte, error) {
	raw, present := m["keys"]
	var entries []message
	if !present || json.Unmarshal(raw, &entries) != nil {
		return nil, malformedf("\"keys\" must be a list of objects {\"coseKey\": \"<hex>\"}, got %s", shown(raw, present))
	}
	keys := make([][]byte, 0, len(entries))
	for _, entry := range entries {
		key, err := entry.hex("coseKey")
		if err != nil {
			return nil, err
		}
		keys = append(keys, key)
	}
	return keys, nil
}

func (m message) signatureRequest() (signatureRequest, error) {
	keys, err := m.keys()
	if err != nil {
		return signatureRequest{}, err
	}
	if len(keys) != 1 {
		return signatureRequest{}, malformedf("a signature-layer request carries exactly one key, this one has %d", len(keys))
	}
	var request signatureRequest
	request.key = keys[0]
	if request.algorithm, err = m.text("algorithm"); err != nil {
		return request, err
	}
	if request.message, err = m.hex("message"); err != nil {
		return request, err
	}
	request.signature, err = m.hex("signature")
	return request, err
}

func (m message) coseRequest() (coseRequest, error) {
	var request coseRequest
	var err error
	if request.coseSign1, err = m.hex("coseSign1"); err != nil {
		return request, err
	}
	if m.present("detachedPayload") {
		if request.detachedPayload, err = m.hex("detachedPayload"); err != nil {
			return request, err
		}
		if request.detachedPayload == nil {
			request.detachedPayload = []byte{}
		}
	}
	if m.present("externalAad") {
		if request.externalAAD, err = m.hex("externalAad"); err != nil {
			return request, err
		}
	}
	if m.present("algorithm") {
		if request.allowed, err = m.text("algorithm"); err != nil {
			return request, err
		}
	}
	request.keys, err = m.keys()
	return request, err
}

func (m message) signRequest() (signRequest, error) {
	var request signRequest
	key, err := m.object("key")
	if err != nil {
		return request, malformedf("\"key\" must be an object {\"coseKey\": \"<hex of the private COSE_Key>\"}")
	}
	if request.layer, err = m.text("layer"); err != nil {
		return request, err
	}
	if request.algorithm, err = m.text("algorithm"); err != nil {
		return request, err
	}
	if request.manifest, err = m.hex("manifest"); err != nil {
		return request, err
	}
	request.privateKey, err = key.hex("coseKey")
	return request, err
}

func shown(raw json.RawMessage, present bool) string {
	if !present {
		return "nothing"
	}
	return fmt.Sprintf("%.40s", string(raw))
}
