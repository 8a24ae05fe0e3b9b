package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded mutations of the full Appendix B example 2 (every byte is covered by the signature, the
 * manifest digest or a severable-member digest): the processor never throws, never falls back on
 * its fail-closed path, and never accepts a changed envelope.
 */
class MutationRobustnessTest {
    private static final int MUTANTS = 3_000;

    @Test
    @Timeout(60)
    void noMutationOfExample2EscapesOrIsAccepted() {
        SuitProcessor processor = new SuitProcessor(VerifierOptions.DEFAULT);
        List<CoseKey> keys = List.of(CoseKey.parse(EXAMPLE_COSE_KEY));
        byte[] original = example("example2-full-signed");
        Random random = new Random(20260618L);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(original, random);
            if (Arrays.equals(mutant, original)) {
                continue;
            }
            Outcome outcome = processor.process(mutant, keys, exampleInstallingDevice(), Scope.BOOT);
            assertNotNull(outcome);
            String hex = HEX.formatHex(mutant);
            assertFalse(outcome.accepted(), () -> "mutant accepted: " + hex);
            assertFalse(outcome.detail().startsWith("verifier failed closed"), () -> outcome + " for " + hex);
        }
    }

    @Test
    void theUnmutatedExampleIsAccepted() {
        Outcome outcome = new SuitProcessor(VerifierOptions.DEFAULT).process(example("example2-full-signed"),
                List.of(CoseKey.parse(EXAMPLE_COSE_KEY)), exampleInstallingDevice(), Scope.BOOT);
        assertTrue(outcome.accepted(), outcome::toString);
    }

    /** One bit flipped, one byte replaced, a byte removed or inserted, or the envelope truncated. */
    private static byte[] mutate(byte[] input, Random random) {
        int position = random.nextInt(input.length);
        byte[] mutant;
        switch (random.nextInt(5)) {
            case 0 -> {
                mutant = input.clone();
                mutant[position] ^= (byte) (1 << random.nextInt(8));
            }
            case 1 -> {
                mutant = input.clone();
                mutant[position] = (byte) random.nextInt(256);
            }
            case 2 -> {
                mutant = new byte[input.length - 1];
                System.arraycopy(input, 0, mutant, 0, position);
                System.arraycopy(input, position + 1, mutant, position, input.length - position - 1);
            }
            case 3 -> {
                mutant = new byte[input.length + 1];
                System.arraycopy(input, 0, mutant, 0, position);
                mutant[position] = (byte) random.nextInt(256);
                System.arraycopy(input, position, mutant, position + 1, input.length - position);
            }
            default -> mutant = Arrays.copyOf(input, position);
        }
        return mutant;
    }
}
