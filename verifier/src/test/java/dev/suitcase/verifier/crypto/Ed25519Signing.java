package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Builds Ed25519 signatures from chosen parts, for tests: a signer that knows its secret scalar a
 * can put any point in R and still satisfy the cofactored equation, as long as R's offset from
 * [r]B is a torsion point. RFC 8032 §5.1.6 with the nonce point replaced; tests only.
 */
final class Ed25519Signing {
    private final BigInteger secretScalar;
    private final byte[] publicKey;

    /** The signer for the 32-byte RFC 8032 private key {@code seed} (§5.1.5). */
    Ed25519Signing(byte[] seed) {
        byte[] h = sha512(seed);
        byte[] scalar = Arrays.copyOf(h, 32);
        scalar[0] &= (byte) 0xf8;
        scalar[31] &= 0x7f;
        scalar[31] |= 0x40;
        this.secretScalar = Edwards25519.littleEndian(scalar);
        this.publicKey = Edwards25519Arithmetic.encode(
                Edwards25519Arithmetic.multiply(secretScalar, Edwards25519Arithmetic.BASE));
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /**
     * A signature R ‖ S over {@code message} with R = [nonce]B + offset, S = nonce + k a mod L, where k
     * hashes R and {@code claimedKey}: the cofactored equation holds when offset and claimedKey - A are
     * torsion points, the cofactorless one only when both are the identity.
     */
    byte[] sign(byte[] message, BigInteger nonce, AffinePoint offset, byte[] claimedKey) {
        byte[] r = Edwards25519Arithmetic.encode(Edwards25519Arithmetic.add(
                Edwards25519Arithmetic.multiply(nonce, Edwards25519Arithmetic.BASE), offset));
        BigInteger k = Edwards25519.littleEndian(sha512(r, claimedKey, message)).mod(Edwards25519.L);
        BigInteger s = nonce.add(k.multiply(secretScalar)).mod(Edwards25519.L);
        byte[] signature = Arrays.copyOf(r, 64);
        System.arraycopy(Edwards25519Arithmetic.encodeInteger(s), 0, signature, 32, 32);
        return signature;
    }

    /**
     * A signature R ‖ S over {@code message} whose R is the identity written as {@code r}, in any of
     * its encodings (canonical 01 00..00, y = p + 1, x = -0): S = k a mod L with k hashed over
     * {@code r} as given, so [S]B = R + [k]A holds for R = identity, cofactored and cofactorless.
     */
    byte[] signWithIdentityR(byte[] message, byte[] r) {
        BigInteger k = Edwards25519.littleEndian(sha512(r, publicKey, message)).mod(Edwards25519.L);
        byte[] signature = Arrays.copyOf(r, 64);
        System.arraycopy(Edwards25519Arithmetic.encodeInteger(k.multiply(secretScalar).mod(Edwards25519.L)), 0,
                signature, 32, 32);
        return signature;
    }

    private static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-512", impossible);
        }
    }
}
