package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The COSE-WG HSS-LMS example (cose-wg/Examples hashsig/hsssig-sig-01.json, see the resource's
 * header for provenance) rebuilt as the COSE_Sign1 it describes and verified through the COSE
 * layer: protected {1: -46}, unprotected {4: 'ItsBig'}, attached payload "This is the content.".
 */
class CoseWgHssLmsExampleTest {
    /** The example's public-key (an RFC 8554 HSS public key), message (its ToBeSigned) and signature. */
    static final Map<String, byte[]> EXAMPLE = read("/hss-lms/cose-wg-hsssig-sig-01.txt");
    private static final byte[] PROTECTED = HexFormat.of().parseHex("a101382d");
    private static final byte[] PAYLOAD = "This is the content.".getBytes(StandardCharsets.US_ASCII);

    private static Map<String, byte[]> read(String resource) {
        try (InputStream in = CoseWgHssLmsExampleTest.class.getResourceAsStream(resource)) {
            Map<String, byte[]> values = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && line.contains("=")) {
                    String[] parts = line.split("=", 2);
                    values.put(parts[0].trim(), HexFormat.of().parseHex(parts[1].trim()));
                }
            }
            return values;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test resource " + resource + " is missing", e);
        }
    }

    private static byte[] message(byte[] signature) {
        return CBORObject.FromObjectAndTag(CBORObject.NewArray()
                .Add(PROTECTED)
                .Add(CBORObject.NewOrderedMap().Add(4, "ItsBig".getBytes(StandardCharsets.US_ASCII)))
                .Add(PAYLOAD)
                .Add(signature), 18).EncodeToBytes();
    }

    private static Algorithm verify(byte[] message) {
        CoseKey key = CoseKey.parse(CBORObject.NewOrderedMap().Add(1, 5).Add(-1, EXAMPLE.get("public-key")).EncodeToBytes());
        return new CoseSign1Verifier(VerifierOptions.DEFAULT).verify(CborDecoder.decode(message), true,
                Optional.empty(), Span.of(new byte[0]), List.of(key));
    }

    @Test
    void ourSigStructureIsTheExamplesToBeSigned() {
        assertArrayEquals(EXAMPLE.get("message"),
                SigStructure.signature1(Span.of(PROTECTED), Span.of(new byte[0]), Span.of(PAYLOAD)));
    }

    @Test
    void verifiesTheCoseWgHssLmsExample() {
        assertEquals(Algorithm.HSS_LMS, verify(message(EXAMPLE.get("signature"))));
    }

    @Test
    void rejectsTheExampleWithOneSignatureBitFlipped() {
        byte[] signature = EXAMPLE.get("signature").clone();
        signature[100] ^= 0x01;
        Rejection rejection = assertThrows(Rejection.class, () -> verify(message(signature)));
        assertEquals(Reason.SIGNATURE_INVALID, rejection.reason(), rejection.detail());
    }
}
