package dev.suitcase.adapters;

import dev.suitcase.vectors.corpus.JsonFormat;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsTest {
    private static final String EXAMPLE = """
            {
              "implementation": "pycose+cryptography",
              "version": "1.1.0/48.0.0",
              "layers": ["signature", "cose"],
              "algorithms": ["ES256", "ESP256", "EdDSA", "Ed25519", "HSS-LMS"],
              "profiles": ["ed25519-rfc8032"],
              "operations": ["verify", "sign"],
              "limits": { "maxMessageBytes": 1048576 }
            }""";

    @Test
    void readsTheProtocolsExampleStatement() {
        Ics ics = Ics.fromJson(json(EXAMPLE), "process:example");
        assertEquals("pycose+cryptography", ics.implementation());
        assertEquals(EnumSet.of(Layer.SIGNATURE, Layer.COSE), ics.layers());
        assertEquals(EnumSet.allOf(Algorithm.class), ics.algorithms());
        assertEquals(Set.of(Profile.ED25519_RFC8032), ics.profiles());
        assertEquals(EnumSet.of(Operation.VERIFY, Operation.SIGN), ics.operations());
        assertEquals(OptionalLong.of(1048576), ics.maxMessageBytes());
    }

    @Test
    void writesTheStatementItReads() {
        Ics ics = Ics.fromJson(json(EXAMPLE), "process:example");
        assertEquals(ics, Ics.fromJson(ics.toJson(), "round trip"));
    }

    @Test
    void treatsAbsentProfilesAsNone() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.remove("profiles");
        statement.remove("limits");
        Ics ics = Ics.fromJson(statement, "process:example");
        assertTrue(ics.profiles().isEmpty());
        assertEquals(OptionalLong.empty(), ics.maxMessageBytes());
    }

    @Test
    void refusesAStatementOutsideTheSchemaNamingEveryField() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.remove("layers");
        statement.putArray("algorithms").add("ES384");
        statement.put("colour", "blue");
        statement.putObject("limits").put("maxMessageBytes", 0);
        AdapterException error = assertThrows(AdapterException.class, () -> Ics.fromJson(statement, "process:./mine"));
        String message = error.getMessage();
        assertTrue(message.startsWith("the conformance statement of process:./mine is invalid"), message);
        for (String field : new String[] {"field /layers", "field /algorithms/0", "field /colour", "field /limits/maxMessageBytes"}) {
            assertTrue(message.contains(field), field + " in " + message);
        }
    }

    @Test
    void refusesABlankImplementationName() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.put("implementation", "   ");
        AdapterException error = assertThrows(AdapterException.class, () -> Ics.fromJson(statement, "x"));
        assertTrue(error.getMessage().contains("field /implementation must name the implementation"), error.getMessage());
    }

    @Test
    void coversAVectorOnlyWithinItsLayersAlgorithmsAndLimit() {
        Ics ics = new Ics("lib", "1", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.ES256), Set.of(),
                EnumSet.of(Operation.VERIFY), OptionalLong.of(TestVectors.MESSAGE.length));
        assertTrue(ics.covers(TestVectors.validSignature(Algorithm.ES256)));
        assertEquals(Optional.of("lib does not implement Ed25519 (its statement lists ES256)"),
                ics.exclusion(TestVectors.validSignature(Algorithm.ED25519)));
        assertEquals(Optional.of("lib does not implement layer cose (its statement lists signature)"),
                ics.exclusion(TestVectors.validCose(Algorithm.ES256)));
        Ics smaller = new Ics("lib", "1", ics.layers(), ics.algorithms(), Set.of(), ics.operations(),
                OptionalLong.of(TestVectors.MESSAGE.length - 1));
        assertTrue(smaller.exclusion(TestVectors.validSignature(Algorithm.ES256)).orElseThrow().contains("maxMessageBytes"));
    }

    @Test
    void coversAVectorWithoutAlgorithmForEveryAlgorithm() {
        Vector any = TestVectors.vector("signature.any.alg.unknown-id", dev.suitcase.vectors.model.Expectation.reject(
                dev.suitcase.verifier.Reason.UNSUPPORTED_ALGORITHM), TestVectors.signatureInput(Algorithm.ES256, new byte[64]));
        Ics ics = new Ics("lib", "1", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.HSS_LMS), Set.of(),
                EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        assertTrue(ics.covers(any));
    }

    @Test
    void aProducerOnlyStatementCoversNoVerifyVector() {
        Ics producer = new Ics("signer", "1", EnumSet.of(Layer.SUIT), EnumSet.of(Algorithm.ES256), Set.of(),
                EnumSet.of(Operation.SIGN), OptionalLong.empty());
        assertFalse(producer.covers(TestVectors.suitVector()));
        assertTrue(producer.signs(Algorithm.ES256));
        assertFalse(producer.signs(Algorithm.ESP256));
    }

    private static JsonNode json(String text) {
        return JsonFormat.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
