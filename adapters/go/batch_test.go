package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// answers runs a session over the input lines and decodes each answer.
func answers(t *testing.T, input string) []map[string]any {
	t.Helper()
	var out bytes.Buffer
	if err := serve(strings.NewReader(input), &out); err != nil {
		t.Fatal(err)
	}
	var decoded []map[string]any
	scanner := bufio.NewScanner(&out)
	for scanner.Scan() {
		var answer map[string]any
		if err := json.Unmarshal(scanner.Bytes(), &answer); err != nil {
			t.Fatalf("an answer that is not a JSON object: %s", scanner.Text())
		}
		decoded = append(decoded, answer)
	}
	return decoded
}

func TestHelloIsAnsweredWithTheStatementAndByeEndsTheSession(t *testing.T) {
	got := answers(t, "{\"type\":\"hello\",\"protocol\":1}\n{\"type\":\"bye\"}\n{\"type\":\"hello\"}\n")
	if len(got) != 1 || got[0]["protocol"] != float64(1) {
		t.Fatalf("one hello answer, then nothing after bye: %v", got)
	}
	ics := got[0]["ics"].(map[string]any)
	if ops, _ := json.Marshal(ics["operations"]); string(ops) != `["verify","sign"]` {
		t.Fatalf("operations: %s", ops)
	}
}

func TestALineThatIsNotAnObjectGetsAnErrorAndTheSessionGoesOn(t *testing.T) {
	got := answers(t, "not json\n[1]\n\n{\"type\":\"verify\"}\n{\"type\":\"hello\"}")
	kinds := make([]string, len(got))
	for index, answer := range got {
		kinds[index], _ = answer["type"].(string)
	}
	if strings.Join(kinds, ",") != "error,error,error,hello" {
		t.Fatalf("answers: %v", got)
	}
}

func TestARequestWithBrokenFieldsIsUnsupportedNamingTheField(t *testing.T) {
	got := answers(t, `{"type":"verify","id":"v","layer":"cose","coseSign1":"zz","keys":[]}`+"\n"+
		`{"type":"verify","id":"w","layer":"signature","algorithm":"ES256","message":"","signature":"","keys":[]}`+"\n"+
		`{"type":"sign","id":"x","layer":"suit","algorithm":"ES256","manifest":"40"}`+"\n")
	for index, field := range []string{"coseSign1", "exactly one key", "\"key\""} {
		if got[index]["outcome"] != "unsupported" || !strings.Contains(got[index]["detail"].(string), field) {
			t.Fatalf("answer %d should be unsupported naming %s: %v", index, field, got[index])
		}
	}
}

func TestTheSuitLayerIsUnsupportedAndAnUnknownSignatureAlgorithmIsRefused(t *testing.T) {
	got := answers(t, `{"type":"verify","id":"s","layer":"suit","envelope":"","device":{},"keys":[]}`+"\n"+
		`{"type":"verify","id":"a","layer":"signature","algorithm":"ML-DSA-87","message":"","signature":"","keys":[{"coseKey":"a0"}]}`+"\n")
	if got[0]["id"] != "s" || got[0]["outcome"] != "unsupported" {
		t.Fatalf("suit: %v", got[0])
	}
	if got[1]["outcome"] != "reject" || got[1]["reason"] != "UNSUPPORTED_ALGORITHM" {
		t.Fatalf("ML-DSA-87: %v", got[1])
	}
}

func TestAPanicInsideALibraryIsARejectWithoutAReason(t *testing.T) {
	outcome := guarded(func() Outcome { panic("boom") })
	expectOutcome(t, outcome, outcomeReject, noReason)
}

func TestTheStatementCoversTheSameFourAlgorithmsAtBothLayersAndNoSuitLayer(t *testing.T) {
	encoded, _ := json.Marshal(statement()["coverage"])
	want := `[{"algorithms":["ES256","ESP256","EdDSA","Ed25519"],"layer":"signature"},{"algorithms":["ES256","ESP256","EdDSA","Ed25519"],"layer":"cose"}]`
	if string(encoded) != want {
		t.Fatalf("coverage: %s", encoded)
	}
}

// The versions the statement names are the ones go.mod requires and go.sum pins.
func TestTheStatedVersionsAreThePinnedOnes(t *testing.T) {
	goMod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	goSum, err := os.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	for _, module := range moduleVersions {
		required := regexp.MustCompile(`(?m)^\s*(require\s+)?` + regexp.QuoteMeta(module[0]+" "+module[1]) + `\s*$`)
		if !required.Match(goMod) {
			t.Errorf("go.mod does not require %s %s, which the statement names", module[0], module[1])
		}
		if !bytes.Contains(goSum, []byte(module[0]+" "+module[1]+" h1:")) {
			t.Errorf("go.sum does not pin %s %s", module[0], module[1])
		}
	}
}
