package dev.suitcase.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.verifier.cose.CoseKey;

import com.upokecenter.cbor.CBORObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

class TrustAnchorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Ed25519TestKey ED25519 = Ed25519TestKey.RFC8032_TEST_1;
    /** The SUIT example key (draft-ietf-suit-manifest-37 Appendix B) as an EC2 COSE_Key. */
    private static final byte[] P256_KEY = HEX.parseHex("a4010220012158208496811aae0baaabd26157189eecda26beaa8bf11b6f3f"
            + "e6e2b5659c85dbc0ad2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");
    private static final byte[] PROTECTED_ED25519 = CBORObject.NewMap().Add(1, -19).EncodeToBytes();

    @Test
    void parsesTheKeysInOrder() {
        TrustAnchors anchors = TrustAnchors.parse(List.of(P256_KEY, ed25519Key()));
        assertEquals(List.of("EC2 P-256 key", "OKP Ed25519 key"), anchors.keys().stream().map(CoseKey::describe).toList());
        assertThrows(UnsupportedOperationException.class, () -> anchors.keys().clear());
    }

    @Test
    void rejectsWithTheReasonOfTheFirstKeyThatDoesNotParse() {
        byte[] rsa = CBORObject.NewOrderedMap().Add(1, 3).EncodeToBytes();
        byte[] notAMap = {0x01};
        Rejection rejection = assertThrows(Rejection.class, () -> TrustAnchors.parse(List.of(P256_KEY, rsa, notAMap)));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection.reason(), rejection.detail());
    }

    @Test
    void holdsACopyOfTheListItWasGiven() {
        List<CoseKey> keys = new ArrayList<>(List.of(CoseKey.parse(P256_KEY)));
        TrustAnchors anchors = TrustAnchors.of(keys);
        keys.clear();
        assertEquals(1, anchors.keys().size());
    }

    @Test
    void verifiesACoseMessageWithTheSameOutcomeAsItsEncodedKeys() {
        byte[] payload = "firmware".getBytes();
        byte[] valid = coseSign1(payload, payload);
        byte[] signedOtherBytes = coseSign1(payload, "firmwarf".getBytes());
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length - 1);
        List<List<byte[]>> keySets = List.of(List.of(ed25519Key()), List.of(P256_KEY, ed25519Key()), List.of(P256_KEY),
                List.of());
        int accepted = 0;
        for (List<byte[]> keys : keySets) {
            for (byte[] message : List.of(valid, signedOtherBytes, truncated)) {
                ReferenceVerifier verifier = new ReferenceVerifier(VerifierOptions.DEFAULT);
                Outcome encoded = verifier.verifyCose(message, Optional.empty(), new byte[0], keys, Optional.empty());
                Outcome parsed = verifier.verifyCose(message, Optional.empty(), new byte[0], TrustAnchors.parse(keys),
                        Optional.empty());
                assertEquals(encoded, parsed, keys.size() + " keys");
                accepted += parsed.accepted() ? 1 : 0;
            }
        }
        assertEquals(2, accepted, "the valid message under the two key sets that hold its key");
    }

    @Test
    void neverThrowsWhenGivenNoAnchors() {
        ReferenceVerifier verifier = new ReferenceVerifier(VerifierOptions.DEFAULT);
        Outcome outcome = verifier.verifyCose(new byte[] {(byte) 0x80}, Optional.empty(), new byte[0], (TrustAnchors) null,
                Optional.empty());
        assertTrue(outcome.reason().isPresent(), outcome::toString);
    }

    private static byte[] ed25519Key() {
        return CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6).Add(-2, ED25519.publicKey()).EncodeToBytes();
    }

    /** A tagged Ed25519 (-19) COSE_Sign1 carrying {@code payload}, its signature made over {@code signed}. */
    private static byte[] coseSign1(byte[] payload, byte[] signed) {
        byte[] toBeSigned = CBORObject.NewArray().Add("Signature1").Add(PROTECTED_ED25519).Add(new byte[0]).Add(signed)
                .EncodeToBytes();
        byte[] signature = ED25519.sign(toBeSigned);
        return CBORObject.FromObjectAndTag(CBORObject.NewArray().Add(PROTECTED_ED25519).Add(CBORObject.NewMap())
                .Add(payload).Add(signature), 18).EncodeToBytes();
    }
}
