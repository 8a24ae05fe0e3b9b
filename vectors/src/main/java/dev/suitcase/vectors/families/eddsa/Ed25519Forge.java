package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.edwards.Edwards25519.Point;
import dev.suitcase.vectors.edwards.Edwards25519;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Ed25519 signatures assembled from chosen parts instead of by the signing procedure of RFC 8032
 * §5.1.6, for the inputs an honest signer never produces: a key or an R with a torsion component,
 * a small-order or non-canonically encoded point, a k hashed over other bytes than those sent.
 *
 * <p>Every signature here is S = r + k·a mod L with k = SHA-512(R ‖ A ‖ M) over chosen encodings
 * of R and A. A verifier that decodes R' = [r]B + T_R and A' = [a]B + T_A and hashes the same bytes
 * finds the cofactorless residue [S]B - R' - [k]A' = -(T_R + [k]T_A): the identity exactly when the
 * torsion parts cancel, always of small order, so the cofactored equation always holds. Scalars and
 * nonces come from labels, so every run builds the same bytes.
 */
final class Ed25519Forge {
    private Ed25519Forge() {
    }

    /** A key whose secret scalar is known: the point [scalar]B + torsion, computed once. */
    static final class ForgedKey {
        private final BigInteger scalar;
        private final byte[] encoding;

        /**
         * @param scalar  the secret scalar a, below L
         * @param torsion the small-order component added to [a]B (the identity for an honest key)
         */
        ForgedKey(BigInteger scalar, Point torsion) {
            this.scalar = Objects.requireNonNull(scalar, "scalar");
            if (!Objects.requireNonNull(torsion, "torsion").hasSmallOrder()) {
                throw new IllegalArgumentException("the torsion component of a forged key must have small order");
            }
            this.encoding = Edwards25519.baseMultiply(scalar).add(torsion).encode();
        }

        /** A key of prime order whose scalar is SHA-512("suitcase ed25519 forged key: " + label) mod L. */
        static ForgedKey derive(String label) {
            return new ForgedKey(scalarOf("suitcase ed25519 forged key: " + label), Edwards25519.IDENTITY);
        }

        ForgedKey withTorsion(Point newTorsion) {
            return new ForgedKey(scalar, newTorsion);
        }

        BigInteger scalar() {
            return scalar;
        }

        /** The canonical encoding of [scalar]B + torsion. */
        byte[] encoding() {
            return encoding.clone();
        }
    }

    /**
     * A signature whose R is [r]B + rTorsion, encoded canonically, and k hashed over the bytes
     * sent; r is derived from the key's scalar and the message.
     */
    static byte[] sign(ForgedKey key, Point rTorsion, byte[] message) {
        BigInteger r = nonce(key, message);
        byte[] rEncoding = Edwards25519.baseMultiply(r).add(rTorsion).encode();
        byte[] aEncoding = key.encoding();
        return assemble(rEncoding, r, rEncoding, aEncoding, key.scalar(), message);
    }

    /**
     * R sent as {@code rSent}, S = r + k·a mod L with k = SHA-512(rHashed ‖ aHashed ‖ message). With
     * rSent = rHashed and aHashed the encoding a verifier receives, k is what the verifier computes.
     */
    static byte[] assemble(byte[] rSent, BigInteger r, byte[] rHashed, byte[] aHashed, BigInteger a, byte[] message) {
        BigInteger k = Edwards25519.challenge(rHashed, aHashed, message);
        BigInteger s = r.add(k.multiply(a)).mod(Edwards25519.L);
        return concat(rSent, Edwards25519.encodeScalar(s));
    }

    /** R ‖ S for a given R encoding and integer S (which may be out of range, for malformed signatures). */
    static byte[] rAndS(byte[] r, BigInteger s) {
        return concat(r, Edwards25519.encodeScalar(s));
    }

    /** The deterministic nonce of a forged signature: SHA-512(scalar ‖ message) mod L, never zero for our labels. */
    static BigInteger nonce(ForgedKey key, byte[] message) {
        return Edwards25519.littleEndian(Edwards25519.sha512(Edwards25519.encodeScalar(key.scalar()), message))
                .mod(Edwards25519.L);
    }

    /**
     * The first of {@code base}, {@code base #1}, {@code base #2}, ... (as UTF-8) that {@code wanted}
     * accepts: for vectors that need k to have a given residue modulo the order of a torsion point.
     */
    static byte[] grind(String base, Predicate<byte[]> wanted) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            byte[] message = (attempt == 0 ? base : base + " #" + attempt).getBytes(StandardCharsets.UTF_8);
            if (wanted.test(message)) {
                return message;
            }
        }
        throw new IllegalStateException("no message of the form '" + base + " #n' has the wanted property");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    private static BigInteger scalarOf(String label) {
        return Edwards25519.littleEndian(Edwards25519.sha512(label.getBytes(StandardCharsets.UTF_8))).mod(Edwards25519.L);
    }
}
