package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.TrustAnchors;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.suit.Device;
import dev.suitcase.verifier.suit.Scope;
import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.suitcase.verifier.cose.RawSign1.eddsa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bounds on trusted keys (issue 15): a request above them is rejected as {@link Reason#RESOURCE_LIMIT} before
 * any key is parsed or tried, and a request exactly at them is verified.
 */
class TrustedKeyLimitsTest {
    private static final TrustedKeyLimits LIMITS = TrustedKeyLimits.DEFAULT;
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);

    /** An encoded key list that counts how often a key is read from it. */
    private static final class CountingKeys extends AbstractList<byte[]> {
        private final int size;
        private int reads;

        CountingKeys(int size) {
            this.size = size;
        }

        @Override
        public byte[] get(int index) {
            reads++;
            return RawSign1.KEY;
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertEquals(64, LIMITS.maxKeys());
        assertEquals(256L * 1024 * 1024, LIMITS.maxWorkBytes());
    }

    @Test
    void tenThousandEncodedKeysAreRejectedBeforeAnyIsRead() {
        CountingKeys keys = new CountingKeys(10_000);
        Outcome outcome = VERIFIER.verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], keys, Optional.empty());
        assertEquals(Optional.of(CoseCheck.KEYS_TOO_MANY), outcome.check(), outcome.toString());
        assertEquals(Reason.RESOURCE_LIMIT, outcome.reason().orElseThrow());
        assertTrue(outcome.toString().contains("10000 trusted keys in one request exceed the limit of 64"),
                outcome.toString());
        assertEquals(0, keys.reads, "no key may be read past the limit");
    }

    @Test
    void tenThousandEncodedKeysAreRejectedAtTheSuitLayerBeforeAnyIsRead() {
        CountingKeys keys = new CountingKeys(10_000);
        Device device = Device.of(new UUID(1, 1), new UUID(2, 2), 0);
        Outcome outcome = VERIFIER.processSuit(new byte[] {(byte) 0xa0}, keys, device, Scope.AUTHENTICATE);
        assertEquals(Optional.of(CoseCheck.KEYS_TOO_MANY), outcome.check(), outcome.toString());
        assertEquals(0, keys.reads, "no key may be read past the limit");
    }

    @Test
    void tenThousandParsedKeysAreRejected() {
        TrustAnchors anchors = TrustAnchors.of(Collections.nCopies(10_000, CoseKey.parse(RawSign1.KEY)));
        Outcome outcome = VERIFIER.verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], anchors,
                Optional.empty());
        assertEquals(Optional.of(CoseCheck.KEYS_TOO_MANY), outcome.check(), outcome.toString());
    }

    @Test
    void exactlyTheKeyLimitIsVerifiedUnderTheLastKey() {
        List<byte[]> keys = otherKeys(LIMITS.maxKeys() - 1);
        keys.add(RawSign1.KEY);
        Outcome outcome = VERIFIER.verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], keys, Optional.empty());
        assertTrue(outcome.accepted(), outcome.toString());

        keys.add(0, otherKeys(1).get(0));
        assertEquals(Optional.of(CoseCheck.KEYS_TOO_MANY),
                VERIFIER.verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], keys, Optional.empty()).check());
        Outcome without = new ReferenceVerifier(Knockouts.without(VerifierOptions.DEFAULT, CoseCheck.KEYS_TOO_MANY))
                .verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], keys, Optional.empty());
        assertTrue(without.accepted(), without.toString());
    }

    /**
     * 64 keys over a Sig_structure of exactly 4 MiB are exactly the 256 MiB of work allowed, verified under the last
     * key; one byte more is rejected before any key is tried.
     */
    @Test
    void exactlyTheWorkLimitIsVerifiedAndOneByteMoreIsRejected() {
        int keyCount = LIMITS.maxKeys();
        int toBeSigned = Math.toIntExact(LIMITS.maxWorkBytes() / keyCount);
        byte[] probe = new byte[1 << 20];
        int overhead = CoseFixtures.toBeSigned(RawSign1.hex("a10127"), new byte[0], probe).length - probe.length;
        byte[] payload = new byte[toBeSigned - overhead];
        List<byte[]> keys = otherKeys(keyCount - 1);
        keys.add(RawSign1.KEY);

        Outcome atTheLimit = detached(VERIFIER, payload, keys);
        assertTrue(atTheLimit.accepted(), atTheLimit.toString());

        byte[] oneMore = new byte[payload.length + 1];
        Outcome above = detached(VERIFIER, oneMore, keys);
        assertEquals(Optional.of(CoseCheck.KEYS_WORK), above.check(), above.toString());
        assertEquals(Reason.RESOURCE_LIMIT, above.reason().orElseThrow());
        assertTrue(above.toString().contains("64 trusted keys × " + (toBeSigned + 1) + " Sig_structure bytes"),
                above.toString());
    }

    @Test
    void keysThatDoNotFitTheAlgorithmAreNotCountedAsWork() {
        byte[] payload = new byte[8 * 1024 * 1024];
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(CoseFixtures.ec2Key(CoseFixtures.P256_D, null));
        }
        keys.add(RawSign1.KEY);
        Outcome outcome = detached(VERIFIER, payload, keys);
        assertTrue(outcome.accepted(), outcome.toString());
    }

    private static Outcome detached(ReferenceVerifier verifier, byte[] payload, List<byte[]> keys) {
        return verifier.verifyCose(eddsa().payloadItem("f6", payload).bytes(), Optional.of(payload), new byte[0],
                keys, Optional.empty());
    }

    /** {@code count} Ed25519 keys that verify nothing {@link RawSign1} signs, all different. */
    static List<byte[]> otherKeys(int count) {
        List<byte[]> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] seed = new byte[32];
            seed[0] = (byte) (i + 1);
            seed[1] = (byte) 0x5a;
            keys.add(CoseFixtures.okpKey(seed, null));
        }
        return keys;
    }
}
