package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterOutcome.Kind;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireMessagesTest {

    @Test
    void writesASignatureRequestAsOneLineOfThePrototolsForm() {
        VerifyRequest request = new VerifyRequest("signature.ed25519.sig.s-above-l",
                new SignatureInput(-19, Bytes.fromHex("0a0b"), Bytes.fromHex("0c"), Bytes.fromHex("a30101")), Optional.empty());
        String line = new String(WireMessages.line(WireMessages.verify(request)), StandardCharsets.UTF_8);
        assertEquals("{\"type\":\"verify\",\"id\":\"signature.ed25519.sig.s-above-l\",\"layer\":\"signature\","
                + "\"algorithm\":\"Ed25519\",\"message\":\"0a0b\",\"signature\":\"0c\",\"keys\":[{\"coseKey\":\"a30101\"}]}\n", line);
    }

    @Test
    void namesAnAlgorithmIdTheSuiteHasNoNameForByItsNumber() {
        VerifyRequest request = new VerifyRequest("signature.any.alg.ml-dsa", new SignatureInput(-50, Bytes.empty(),
                Bytes.empty(), Bytes.fromHex("a0")), Optional.empty());
        assertEquals("-50", WireMessages.verify(request).get("algorithm").stringValue());
    }

    @Test
    void writesACoseRequestWithItsOptionalFieldsAndTrustedKeysOnly() {
        CoseInput input = new CoseInput(Bytes.fromHex("d2"), Optional.of(Bytes.fromHex("01")), Optional.of(Bytes.fromHex("02")),
                List.of(new KeyEntry(Bytes.fromHex("a1"), false), KeyEntry.trusted(Bytes.fromHex("a2"))));
        JsonNode message = WireMessages.verify(new VerifyRequest("cose.es256.a.b", input, Optional.of(Algorithm.ESP256)));
        assertEquals("{\"type\":\"verify\",\"id\":\"cose.es256.a.b\",\"layer\":\"cose\",\"coseSign1\":\"d2\","
                + "\"detachedPayload\":\"01\",\"externalAad\":\"02\",\"algorithm\":\"ESP256\",\"keys\":[{\"coseKey\":\"a2\"}]}",
                message.toString());
    }

    @Test
    void sendsTheAlgorithmACoseVectorAllowsAsTheRequestsAlgorithm() {
        CoseInput input = new CoseInput(Bytes.fromHex("d2"), Optional.empty(), Optional.empty(),
                List.of(KeyEntry.trusted(Bytes.fromHex("a2")))).allowingOnly(Algorithm.ES256);
        Vector vector = TestVectors.vector("cose.esp256.allowed.sibling-only", Expectation.accept(), input);
        JsonNode message = WireMessages.verify(VerifyRequest.of(vector));
        assertEquals("ES256", message.get("algorithm").stringValue());
    }

    @Test
    void writesTheDeviceOfASuitRequestExactlyAsTheVectorFormatDoes() {
        Vector suit = TestVectors.suitVector();
        JsonNode message = WireMessages.verify(VerifyRequest.of(suit));
        assertEquals(VectorCodec.toJson(suit).get("input").get("device"), message.get("device"));
        assertEquals("authenticate", message.get("scope").stringValue());
        assertEquals("d86ba0", message.get("envelope").stringValue());
    }

    @Test
    void writesASignRequest() {
        JsonNode message = WireMessages.sign(new SignRequest("interop.es256.example0", Algorithm.ES256,
                Bytes.fromHex("4100"), Bytes.fromHex("a1")));
        assertEquals("{\"type\":\"sign\",\"id\":\"interop.es256.example0\",\"layer\":\"suit\",\"algorithm\":\"ES256\","
                + "\"manifest\":\"4100\",\"key\":{\"coseKey\":\"a1\"}}", message.toString());
    }

    @Test
    void readsTheThreeAnswers() {
        assertEquals(Kind.ACCEPT, answer("{\"id\":\"x\",\"outcome\":\"accept\"}").kind());
        AdapterOutcome rejected = answer("{\"id\":\"x\",\"outcome\":\"reject\",\"reason\":\"SIGNATURE_MALFORMED\",\"detail\":\"S >= L\"}");
        assertEquals(Optional.of(Reason.SIGNATURE_MALFORMED), rejected.reason());
        assertEquals("S >= L", rejected.detail());
        assertEquals(Optional.empty(), answer("{\"id\":\"x\",\"outcome\":\"reject\"}").reason());
        assertEquals(Kind.UNSUPPORTED, answer("{\"id\":\"x\",\"outcome\":\"unsupported\",\"detail\":\"no HSS\"}").kind());
    }

    @Test
    void makesAMalformedAnswerAProtocolViolationSayingWhatIsRequired() {
        assertViolation("{\"id\":\"x\"}", "the answer has no outcome");
        assertViolation("{\"id\":\"x\",\"outcome\":\"accepted\"}", "\"accepted\" is none of");
        assertViolation("{\"id\":\"x\",\"outcome\":\"reject\",\"reason\":\"BAD_SIGNATURE\"}", "\"BAD_SIGNATURE\" is not one of the reasons");
        assertViolation("{\"id\":\"x\",\"outcome\":\"reject\",\"detail\":42}", "detail is a NUMBER");
    }

    @Test
    void cutsAnOverlongDetail() {
        AdapterOutcome outcome = answer("{\"id\":\"x\",\"outcome\":\"reject\",\"detail\":\"" + "d".repeat(5000) + "\"}");
        assertTrue(outcome.detail().endsWith("... [904 more characters]"), outcome.detail().substring(4000));
    }

    @Test
    void readsSignAnswers() {
        assertEquals(Optional.of(Bytes.fromHex("d86ba0")), signAnswer("{\"id\":\"x\",\"envelope\":\"d86ba0\"}").envelope());
        assertEquals(SignOutcome.Kind.UNSUPPORTED, signAnswer("{\"id\":\"x\",\"outcome\":\"unsupported\"}").kind());
        assertEquals(SignOutcome.Kind.PROTOCOL_VIOLATION, signAnswer("{\"id\":\"x\",\"envelope\":\"D86BA0\"}").kind());
        assertEquals(SignOutcome.Kind.PROTOCOL_VIOLATION, signAnswer("{\"id\":\"x\"}").kind());
    }

    private static void assertViolation(String line, String expected) {
        AdapterOutcome outcome = answer(line);
        assertEquals(Kind.PROTOCOL_VIOLATION, outcome.kind(), line);
        assertTrue(outcome.detail().contains(expected), outcome.detail());
    }

    private static AdapterOutcome answer(String line) {
        return WireMessages.verifyAnswer(WireMessages.parse(line.getBytes(StandardCharsets.UTF_8)));
    }

    private static SignOutcome signAnswer(String line) {
        return WireMessages.signAnswer(WireMessages.parse(line.getBytes(StandardCharsets.UTF_8)));
    }
}
