package dev.suitcase.verifier.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A SecureRandom that is not random: SHA-256(label || counter) blocks, so key generation in tests
 * is reproducible and no test depends on real entropy. Never for anything but tests.
 */
final class DeterministicRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final byte[] label;
    private long counter;

    DeterministicRandom(String label) {
        this.label = label.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        int filled = 0;
        while (filled < out.length) {
            byte[] block = block(counter++);
            int take = Math.min(block.length, out.length - filled);
            System.arraycopy(block, 0, out, filled, take);
            filled += take;
        }
    }

    @Override
    public byte[] generateSeed(int length) {
        byte[] seed = new byte[length];
        nextBytes(seed);
        return seed;
    }

    private byte[] block(long index) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(label);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(index).array());
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
