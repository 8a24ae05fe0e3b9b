package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.corpus.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A {@link SecureRandom} whose output is fixed by a label: SHA-256 in counter mode,
 * block i = SHA-256(SHA-256(label) || i as 8 bytes). It exists only so that test keys that need
 * randomness at generation (HSS-LMS seeds and identifiers) are the same on every run; nothing in
 * the corpus may depend on real randomness. Never use it for anything but test vectors.
 *
 * <p>{@link #setSeed} adds nothing: the stream depends on the label alone.
 */
public final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    public SeededRandom(String label) {
        super(new CounterSpi(sha256(label.getBytes(StandardCharsets.UTF_8))), null);
    }

    static byte[] sha256(byte[] input) {
        return Sha256.digest(input);
    }

    private static final class CounterSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        private final byte[] key;
        private long counter;
        private byte[] block = new byte[0];
        private int used;

        CounterSpi(byte[] key) {
            this.key = key;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // deliberately ignored: the output must depend on the label only
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                if (used == block.length) {
                    byte[] input = new byte[key.length + Long.BYTES];
                    System.arraycopy(key, 0, input, 0, key.length);
                    for (int b = 0; b < Long.BYTES; b++) {
                        input[key.length + b] = (byte) (counter >>> (8 * (Long.BYTES - 1 - b)));
                    }
                    counter++;
                    block = sha256(input);
                    used = 0;
                }
                bytes[i] = block[used++];
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] seed = new byte[numBytes];
            engineNextBytes(seed);
            return seed;
        }
    }
}
