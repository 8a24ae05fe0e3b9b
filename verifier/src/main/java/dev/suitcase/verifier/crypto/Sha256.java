package dev.suitcase.verifier.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (FIPS 180-4) of a byte array, the one helper every module of the suite hashes with: the
 * verifier itself (the ECDSA message digest of RFC 9053 §2.1), the generator (corpus file digests,
 * derived test inputs), the runner, the adapters and the benchmarks.
 *
 * <p>It is the JDK's SHA-256, not BouncyCastle's: the JDK's is compiled to the CPU's SHA
 * instructions where they exist, and hashing is nearly all the time a large message costs
 * (perf/README.md: a 1 MiB ES256 verification takes 4.2 ms with BouncyCastle's hash, 1.7 ms with
 * the JDK's whole provider).
 *
 * <p>Two hashing paths keep their own engine. The SUIT digests ({@code DigestAlgorithm.newDigest})
 * serve SHA-384 and SHA-512 as well and are fed span by span ({@code Span.updateDigest}), so that
 * a large image or manifest is hashed where it lies instead of being copied into one array first.
 * The LMS hashes ({@code LmsArithmetic}) are SHA-256 or SHAKE256 truncated to n bytes (RFC 8554
 * §4.1, RFC 9858), fed in parts through the one BouncyCastle interface that serves both.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** The 32-byte digest of {@code content}. */
    public static byte[] digest(byte[] content) {
        return digest(content, 0, content.length);
    }

    /** The 32-byte digest of {@code length} bytes of {@code content} from {@code offset}. */
    public static byte[] digest(byte[] content, int offset, int length) {
        MessageDigest sha256 = newDigest();
        sha256.update(content, offset, length);
        return sha256.digest();
    }

    /** The digest of {@code content} as 64 lowercase hex digits. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
