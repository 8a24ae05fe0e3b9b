package dev.suitcase.verifier;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceVerifierTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);
    /** RFC 8032 §7.1 TEST 1 public key as an OKP COSE_Key. */
    private static final byte[] ED25519_KEY =
            HEX.parseHex("a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] TEST1_SIGNATURE = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0"
            + "65224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    /** The SUIT example key (draft-ietf-suit-manifest-37 Appendix B) as an EC2 COSE_Key. */
    private static final byte[] P256_KEY = HEX.parseHex("a4010220012158208496811aae0baaabd26157189eecda26beaa8bf11b6f3f"
            + "e6e2b5659c85dbc0ad2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");

    @Test
    void acceptsAValidSignatureAtTheSignatureLayerUnderBothEd25519Ids() {
        assertTrue(VERIFIER.verifySignature(Algorithm.ED25519, ED25519_KEY, new byte[0], TEST1_SIGNATURE).accepted());
        assertTrue(VERIFIER.verifySignature(Algorithm.EDDSA, ED25519_KEY, new byte[0], TEST1_SIGNATURE).accepted());
    }

    @Test
    void rejectsAKeyOfTheWrongTypeForTheAlgorithmAtTheSignatureLayer() {
        Outcome outcome = VERIFIER.verifySignature(Algorithm.ES256, ED25519_KEY, new byte[0], TEST1_SIGNATURE);
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, outcome.reason().orElseThrow());
        Outcome hss = VERIFIER.verifySignature(Algorithm.HSS_LMS, P256_KEY, new byte[0], new byte[64]);
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, hss.reason().orElseThrow());
    }

    @Test
    void rejectsAKeyThatIsNotACoseKeyAsBadKey() {
        Outcome outcome = VERIFIER.verifySignature(Algorithm.ED25519, new byte[] {(byte) 0xff}, new byte[0], TEST1_SIGNATURE);
        assertEquals(Reason.BAD_KEY, outcome.reason().orElseThrow());
    }

    @Test
    void rejectsMalformedCoseInputWithTheDecodersReason() {
        Outcome truncated = VERIFIER.verifyCose(HEX.parseHex("d28443a10126"), Optional.empty(), new byte[0],
                List.of(P256_KEY), Optional.empty());
        assertEquals(Reason.MALFORMED_CBOR, truncated.reason().orElseThrow());
        Outcome indefinite = VERIFIER.verifyCose(HEX.parseHex("d29f43a10126a0f64000ff"), Optional.empty(), new byte[0],
                List.of(P256_KEY), Optional.empty());
        assertEquals(Reason.NON_DETERMINISTIC_CBOR, indefinite.reason().orElseThrow());
    }

    @Test
    void rejectsTheWholeCallWhenATrustedKeyDoesNotParse() {
        Outcome outcome = VERIFIER.verifyCose(HEX.parseHex("d28443a10126a0f64000"), Optional.empty(), new byte[0],
                List.of(P256_KEY, HEX.parseHex("a10102")), Optional.empty());
        assertEquals(Reason.BAD_KEY, outcome.reason().orElseThrow());
    }
}
