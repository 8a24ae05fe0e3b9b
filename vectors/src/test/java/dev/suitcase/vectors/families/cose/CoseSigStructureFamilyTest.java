package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The invalid vectors of {@link CoseSigStructureFamily} are invalid for one reason only: each ES256
 * signature verifies over the Sig_structure with the one non-minimal head the vector describes,
 * written out here byte by byte rather than with the family's encoder.
 */
class CoseSigStructureFamilyTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Map<String, Vector> VECTORS = new CoseSigStructureFamily()
            .vectors(new GeneratorContext(Path.of("sources"), "suitcase-vectors test")).stream()
            .filter(vector -> vector.id().toString().startsWith("cose.es256."))
            .collect(Collectors.toMap(vector -> vector.id().toString(), Function.identity()));
    /** 0x84, then "Signature1" as 0x6a and its ten bytes. */
    private static final String HEAD = "846a5369676e617475726531";
    private static final String CONTENT = HEX.formatHex("This is the content.".getBytes(StandardCharsets.US_ASCII));

    /** Verifies the vector's signature under its trusted key over {@code toBeSignedHex}. */
    private static void assertSignedOver(String id, String toBeSignedHex) {
        CoseInput input = (CoseInput) VECTORS.get(id).input();
        CborArray message = ((CborTag) CborDecoder.decode(input.coseSign1().toByteArray())).content().asArray("message");
        byte[] signature = message.get(3).asBytes("signature").content().toByteArray();
        CoseKey key = CoseKey.parse(input.keys().get(0).coseKey().toByteArray());
        assertDoesNotThrow(() -> key.publicKey().verify(HEX.parseHex(toBeSignedHex), signature, VerifierOptions.DEFAULT));
    }

    private static String payloadOf(String id) {
        CoseInput input = (CoseInput) VECTORS.get(id).input();
        CborArray message = ((CborTag) CborDecoder.decode(input.coseSign1().toByteArray())).content().asArray("message");
        return message.get(2).asBytes("payload").content().toHex();
    }

    @Test
    void buildsFiveCasesForEachAlgorithm() {
        assertEquals(List.of("array-head-not-minimal", "payload-head-not-minimal", "payload-two-byte-head",
                        "protected-head-not-minimal", "protected-one-byte-length"),
                VECTORS.keySet().stream().map(id -> id.substring("cose.es256.sig-structure.".length())).sorted().toList());
    }

    @Test
    void signsAFourBytePayloadLengthForTheNonMinimalPayloadHead() {
        String id = "cose.es256.sig-structure.payload-head-not-minimal";
        String payload = payloadOf(id);
        assertEquals(600, payload.length());
        assertSignedOver(id, HEAD + "43a10126" + "40" + "5a0000012c" + payload);
    }

    @Test
    void signsATwoByteLengthForTheNonMinimalProtectedHead() {
        String kid = HEX.formatHex("suitcase sig kid 20b".getBytes(StandardCharsets.US_ASCII));
        assertSignedOver("cose.es256.sig-structure.protected-head-not-minimal",
                HEAD + "590019" + "a2012604" + "54" + kid + "40" + "54" + CONTENT);
    }

    @Test
    void signsAOneByteCountForTheNonMinimalArrayHead() {
        assertSignedOver("cose.es256.sig-structure.array-head-not-minimal",
                "9804" + HEAD.substring(2) + "43a10126" + "40" + "54" + CONTENT);
    }
}
