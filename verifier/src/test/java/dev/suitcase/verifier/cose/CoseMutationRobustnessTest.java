package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.suitcase.verifier.cose.CoseFixtures.ED25519_SEED;
import static dev.suitcase.verifier.cose.CoseFixtures.P256_D;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random mutations of valid COSE_Sign1 messages (bit flips, byte changes, truncations,
 * insertions, deletions). Whatever the verifier decides, it must decide it through an explicit
 * check: the fail-closed fallback catching an unexpected exception would mean a check is missing.
 * And no mutation verifies, except dropping the tag: the COSE layer accepts an untagged COSE_Sign1.
 */
class CoseMutationRobustnessTest {
    private static final int MUTATIONS_PER_MESSAGE = 3000;
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);
    private static final byte[] PAYLOAD = "manifest digest".getBytes(StandardCharsets.US_ASCII);

    private static byte[] sign1(int alg, byte[] signature) {
        return CBORObject.FromObjectAndTag(CBORObject.NewArray()
                .Add(CBORObject.NewOrderedMap().Add(1, alg).EncodeToBytes())
                .Add(CBORObject.NewOrderedMap())
                .Add(PAYLOAD)
                .Add(signature), 18).EncodeToBytes();
    }

    private static byte[] signedEs256() {
        byte[] protectedBytes = CBORObject.NewOrderedMap().Add(1, -7).EncodeToBytes();
        return sign1(-7, CoseFixtures.signEs256(P256_D, CoseFixtures.toBeSigned(protectedBytes, new byte[0], PAYLOAD)));
    }

    private static byte[] signedEd25519() {
        byte[] protectedBytes = CBORObject.NewOrderedMap().Add(1, -19).EncodeToBytes();
        return sign1(-19, CoseFixtures.signEd25519(ED25519_SEED,
                CoseFixtures.toBeSigned(protectedBytes, new byte[0], PAYLOAD)));
    }

    @Test
    void everyMutationOfAnEs256MessageIsDecidedByAnExplicitCheck() {
        exercise(signedEs256(), CoseFixtures.ec2Key(P256_D, null), 1);
    }

    @Test
    void everyMutationOfAnEd25519MessageIsDecidedByAnExplicitCheck() {
        exercise(signedEd25519(), CoseFixtures.okpKey(ED25519_SEED, null), 2);
    }

    private static void exercise(byte[] valid, byte[] key, long seed) {
        assertTrue(verify(valid, key).accepted(), "the unmutated message must verify");
        byte[] untagged = Arrays.copyOfRange(valid, 1, valid.length);
        Random random = new Random(seed);
        for (int i = 0; i < MUTATIONS_PER_MESSAGE; i++) {
            byte[] mutated = mutate(valid, random);
            Outcome outcome = verify(mutated, key);
            String description = "mutation " + i + " " + java.util.HexFormat.of().formatHex(mutated) + ": " + outcome;
            assertFalse(outcome.detail().startsWith("verifier failed closed"), description);
            if (outcome.accepted()) {
                assertTrue(Arrays.equals(mutated, valid) || Arrays.equals(mutated, untagged),
                        "a changed message verified: " + description);
            }
        }
    }

    private static Outcome verify(byte[] message, byte[] key) {
        return VERIFIER.verifyCose(message, Optional.empty(), new byte[0], List.of(key), Optional.empty());
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int position = random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0 -> bytes[position] ^= (byte) (1 << random.nextInt(8));
            case 1 -> bytes[position] = (byte) random.nextInt(256);
            case 2 -> bytes = Arrays.copyOf(bytes, position);
            case 3 -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, position);
                longer[position] = (byte) random.nextInt(256);
                System.arraycopy(bytes, position, longer, position + 1, bytes.length - position);
                bytes = longer;
            }
            default -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, position);
                System.arraycopy(bytes, position + 1, shorter, position, bytes.length - position - 1);
                bytes = shorter;
            }
        }
        return bytes;
    }
}
