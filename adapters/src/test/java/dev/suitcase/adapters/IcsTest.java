package dev.suitcase.adapters;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
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

    /** The protocol's example of the per-layer form. */
    private static final String PER_LAYER = """
            {
              "implementation": "pycose",
              "version": "1.1.0",
              "coverage": [
                {"layer": "signature", "algorithms": ["ES256", "Ed25519"], "profiles": ["ed25519-strict"]},
                {"layer": "cose", "algorithms": ["ES256"]}
              ],
              "profiles": ["ed25519-rfc8032"],
              "operations": ["verify"]
            }""";

    @Test
    void readsTheProtocolsFlatExampleAsEveryAlgorithmAndProfileAtEveryLayer() {
        Ics ics = Ics.fromJson(json(EXAMPLE), "process:example");
        assertEquals("pycose+cryptography", ics.implementation());
        assertEquals(EnumSet.of(Layer.SIGNATURE, Layer.COSE), ics.layers());
        for (Layer layer : List.of(Layer.SIGNATURE, Layer.COSE)) {
            assertEquals(EnumSet.allOf(Algorithm.class), ics.algorithmsFor(layer), layer.wireName());
            assertEquals(Set.of(Profile.ED25519_RFC8032), ics.profilesFor(layer), layer.wireName());
        }
        assertEquals(Set.of(), ics.algorithmsFor(Layer.SUIT));
        assertEquals(EnumSet.of(Operation.VERIFY, Operation.SIGN), ics.operations());
        assertEquals(OptionalLong.of(1048576), ics.maxMessageBytes());
    }

    @Test
    void readsThePerLayerFormWithTheTopLevelProfilesForAnEntryWithoutItsOwn() {
        Ics ics = Ics.fromJson(json(PER_LAYER), "process:example");
        assertEquals(EnumSet.of(Layer.SIGNATURE, Layer.COSE), ics.layers());
        assertEquals(EnumSet.of(Algorithm.ES256, Algorithm.ED25519), ics.algorithmsFor(Layer.SIGNATURE));
        assertEquals(Set.of(Algorithm.ES256), ics.algorithmsFor(Layer.COSE));
        assertEquals(Set.of(Profile.ED25519_STRICT), ics.profilesFor(Layer.SIGNATURE));
        assertEquals(Set.of(Profile.ED25519_RFC8032), ics.profilesFor(Layer.COSE));
        assertEquals(Set.of(), ics.profilesFor(Layer.SUIT), "a layer it does not implement has no profiles");
    }

    @Test
    void anEntryWithAnEmptyProfileListFollowsNoProfileEvenWithTopLevelOnes() {
        ObjectNode statement = (ObjectNode) json(PER_LAYER);
        ((ObjectNode) statement.get("coverage").get(1)).putArray("profiles");
        assertEquals(Set.of(), Ics.fromJson(statement, "process:example").profilesFor(Layer.COSE));
    }

    @Test
    void coversAVectorOnlyWhereTheEntryOfItsLayerListsItsAlgorithm() {
        Ics ics = Ics.fromJson(json(PER_LAYER), "process:example");
        assertTrue(ics.covers(TestVectors.validSignature(Algorithm.ED25519)));
        assertTrue(ics.covers(TestVectors.validCose(Algorithm.ES256)));
        assertEquals(Optional.of("pycose does not implement Ed25519 at layer cose (its statement lists ES256 there)"),
                ics.exclusion(TestVectors.validCose(Algorithm.ED25519)));
        assertEquals(Optional.of("pycose does not implement ESP256 at layer signature (its statement lists ES256, Ed25519 there)"),
                ics.exclusion(TestVectors.validSignature(Algorithm.ESP256)));
        assertEquals(Optional.of("pycose does not implement layer suit (its statement lists signature, cose)"),
                ics.exclusion(TestVectors.suitVector()));
    }

    @Test
    void coversAVectorWithoutAlgorithmWhereverItsLayerIsListed() {
        Vector any = TestVectors.vector("signature.any.alg.unknown-id", Expectation.reject(Reason.UNSUPPORTED_ALGORITHM),
                TestVectors.signatureInput(Algorithm.ES256, new byte[64]));
        Ics flat = new Ics("lib", "1", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.HSS_LMS), Set.of(),
                EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        assertTrue(flat.covers(any));
        Ics coseOnly = new Ics("lib", "1", List.of(new LayerCoverage(Layer.COSE, Set.of(Algorithm.ES256), Set.of())),
                EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        assertFalse(coseOnly.covers(any));
    }

    @Test
    void coversAVectorOnlyWithinItsLimit() {
        Ics ics = new Ics("lib", "1", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.ES256), Set.of(),
                EnumSet.of(Operation.VERIFY), OptionalLong.of(TestVectors.MESSAGE.length));
        assertTrue(ics.covers(TestVectors.validSignature(Algorithm.ES256)));
        Ics smaller = new Ics("lib", "1", ics.coverage(), ics.operations(), OptionalLong.of(TestVectors.MESSAGE.length - 1));
        assertTrue(smaller.exclusion(TestVectors.validSignature(Algorithm.ES256)).orElseThrow().contains("maxMessageBytes"));
    }

    @Test
    void writesTheStatementItReadsInEitherForm() {
        for (String text : List.of(EXAMPLE, PER_LAYER)) {
            Ics ics = Ics.fromJson(json(text), "process:example");
            assertEquals(ics, Ics.fromJson(ics.toJson(), "round trip"));
        }
    }

    @Test
    void writesTheFlatFormWhenEveryLayerClaimsTheSameAndEntriesOtherwise() {
        JsonNode flat = Ics.fromJson(json(EXAMPLE), "process:example").toJson();
        assertTrue(flat.has("layers") && flat.has("algorithms") && !flat.has("coverage"), flat.toString());
        JsonNode perLayer = Ics.fromJson(json(PER_LAYER), "process:example").toJson();
        assertFalse(perLayer.has("layers") || perLayer.has("algorithms") || perLayer.has("profiles"), perLayer.toString());
        assertEquals("ed25519-rfc8032", perLayer.get("coverage").get(1).get("profiles").get(0).stringValue(),
                "an inherited profile is written into the entry");
    }

    @Test
    void aPerLayerStatementThatClaimsTheSameEverywhereEqualsTheFlatOne() {
        ObjectNode perLayer = (ObjectNode) json(EXAMPLE);
        perLayer.remove("layers");
        perLayer.remove("algorithms");
        for (String layer : List.of("cose", "signature")) {
            ObjectNode entry = perLayer.withArray("coverage").addObject();
            entry.put("layer", layer);
            json(EXAMPLE).get("algorithms").forEach(name -> entry.withArray("algorithms").add(name));
        }
        assertEquals(Ics.fromJson(json(EXAMPLE), "flat"), Ics.fromJson(perLayer, "per layer"));
    }

    @Test
    void treatsAbsentProfilesAsNone() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.remove("profiles");
        statement.remove("limits");
        Ics ics = Ics.fromJson(statement, "process:example");
        assertTrue(ics.profilesFor(Layer.SIGNATURE).isEmpty());
        assertEquals(OptionalLong.empty(), ics.maxMessageBytes());
    }

    @Test
    void refusesAStatementInBothForms() {
        ObjectNode statement = (ObjectNode) json(PER_LAYER);
        statement.putArray("layers").add("signature");
        String message = refused(statement);
        assertTrue(message.contains("the statement states its layers twice: give either coverage (per layer) or the flat "
                + "layers and algorithms, not both"), message);
    }

    @Test
    void refusesAStatementInNeitherForm() {
        ObjectNode statement = (ObjectNode) json(PER_LAYER);
        statement.remove("coverage");
        String message = refused(statement);
        assertTrue(message.contains("field /layers is missing: a statement gives either coverage (per layer) or the flat "
                + "layers and algorithms"), message);
    }

    @Test
    void refusesAnUnknownLayerInACoverageEntry() {
        ObjectNode statement = (ObjectNode) json(PER_LAYER);
        ((ObjectNode) statement.get("coverage").get(1)).put("layer", "cbor");
        assertTrue(refused(statement).contains("field /coverage/1/layer"));
    }

    @Test
    void refusesAnEmptyCoverageEntryAndOneWithoutAlgorithms() {
        ObjectNode empty = (ObjectNode) json(PER_LAYER);
        empty.withArray("coverage").addObject();
        String message = refused(empty);
        assertTrue(message.contains("field /coverage/2/layer") && message.contains("field /coverage/2/algorithms"), message);

        ObjectNode noAlgorithms = (ObjectNode) json(PER_LAYER);
        noAlgorithms.withArray("coverage").addObject().put("layer", "suit").putArray("algorithms");
        assertTrue(refused(noAlgorithms).contains("field /coverage/2/algorithms"));
        ObjectNode noEntries = (ObjectNode) json(PER_LAYER);
        noEntries.putArray("coverage");
        assertTrue(refused(noEntries).contains("field /coverage"));
    }

    @Test
    void refusesALayerStatedTwiceNamingBothEntries() {
        ObjectNode statement = (ObjectNode) json(PER_LAYER);
        ObjectNode again = statement.withArray("coverage").addObject();
        again.put("layer", "signature");
        again.putArray("algorithms").add("HSS-LMS");
        String message = refused(statement);
        assertTrue(message.contains("field /coverage/2/layer states layer signature again (first at /coverage/0)"), message);
        assertThrows(IllegalArgumentException.class, () -> new Ics("lib", "1", List.of(
                new LayerCoverage(Layer.COSE, Set.of(Algorithm.ES256), Set.of()),
                new LayerCoverage(Layer.COSE, Set.of(Algorithm.EDDSA), Set.of())), Set.of(Operation.VERIFY), OptionalLong.empty()));
    }

    @Test
    void refusesAStatementOutsideTheSchemaNamingEveryField() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.putArray("layers").add("cbor");
        statement.putArray("algorithms").add("ES384");
        statement.put("colour", "blue");
        statement.putObject("limits").put("maxMessageBytes", 0);
        String message = refused(statement);
        assertTrue(message.startsWith("the conformance statement of process:./mine is invalid"), message);
        for (String field : new String[] {"field /layers/0", "field /algorithms/0", "field /colour", "field /limits/maxMessageBytes"}) {
            assertTrue(message.contains(field), field + " in " + message);
        }
    }

    @Test
    void refusesABlankImplementationName() {
        ObjectNode statement = (ObjectNode) json(EXAMPLE);
        statement.put("implementation", "   ");
        assertTrue(refused(statement).contains("field /implementation must name the implementation"));
    }

    @Test
    void aProducerOnlyStatementCoversNoVerifyVector() {
        Ics producer = new Ics("signer", "1", EnumSet.of(Layer.SUIT), EnumSet.of(Algorithm.ES256), Set.of(),
                EnumSet.of(Operation.SIGN), OptionalLong.empty());
        assertFalse(producer.covers(TestVectors.suitVector()));
        assertTrue(producer.signs(Algorithm.ES256));
        assertFalse(producer.signs(Algorithm.ESP256));
    }

    @Test
    void aProducerSignsWithWhatItNamesAtAnyLayer() {
        Ics producer = Ics.fromJson(json(PER_LAYER.replace("[\"verify\"]", "[\"verify\", \"sign\"]")), "process:example");
        assertTrue(producer.signs(Algorithm.ED25519), "Ed25519 is listed at the signature layer only");
        assertFalse(producer.signs(Algorithm.HSS_LMS));
    }

    private static String refused(JsonNode statement) {
        return assertThrows(AdapterException.class, () -> Ics.fromJson(statement, "process:./mine")).getMessage();
    }

    private static JsonNode json(String text) {
        return JsonFormat.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
