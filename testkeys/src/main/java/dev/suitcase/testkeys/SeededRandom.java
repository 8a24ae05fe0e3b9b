package dev.suitcase.testkeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A {@link SecureRandom} whose output is fixed by a label: SHA-256 in counter mode,
 * block i = SHA-256(SHA-256(label) || i as 8 bytes, big-endian). It exists only so that test keys
 * that need randomness at generation (HSS-LMS seeds and identifiers), and test inputs that should
 * look random, are the same on every run; nothing in the corpus or in a test may depend on real
 * randomness. Never use it for anything but tests and test vectors.
 *
 * <p>The stream is part of the corpus: the HSS-LMS keys of the committed vectors come from it, so
 * changing it changes the corpus ({@code SeededRandomTest} pins its first bytes).
 *
 * <p>{@link #setSeed} adds nothing: the stream depends on the label alone.
 */
public final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    public SeededRandom(String label) {
        super(new CounterSpi(sha256(label.getBytes(StandardCharsets.UTF_8))), null);
    }

    /** The first {@code length} bytes of the stream of {@code label}: the same bytes every time. */
    public static byte[] bytes(String label, int length) {
        byte[] bytes = new byte[length];
        new SeededRandom(label).nextBytes(bytes);
        return bytes;
    }

    /**
     * SHA-256 for this module's derivations. The suite's SHA-256 helper is the verifier's
     * {@code dev.suitcase.verifier.crypto.Sha256}; this module sits below the verifier (whose tests
     * use it), so it cannot reach that helper and hashes with the JDK itself.
     */
    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
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
