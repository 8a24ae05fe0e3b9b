package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Predicate;

/**
 * The P-256 arithmetic the ECDSA families need to craft their inputs (SEC 2 v2 §2.4.2): the group
 * order n, the field prime p, the base point, points looked up by their x coordinate, and the
 * digest-to-integer conversion of ECDSA. BouncyCastle does the point arithmetic.
 */
public final class EcdsaP256 {
    static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE);
    public static final BigInteger N = DOMAIN.getN();
    static final BigInteger P = CURVE.getCurve().getField().getCharacteristic();
    /** (n-1)/2: the largest s a low-s signature has. */
    static final BigInteger HALF_N = N.shiftRight(1);
    /** The byte length of a coordinate or scalar. */
    static final int LENGTH = 32;

    private static final BigInteger A = CURVE.getCurve().getA().toBigInteger();
    private static final BigInteger B = CURVE.getCurve().getB().toBigInteger();
    /** p = 3 (mod 4), so a square root of a quadratic residue c is c^((p+1)/4). */
    private static final BigInteger SQRT_EXPONENT = P.add(BigInteger.ONE).shiftRight(2);

    private EcdsaP256() {
    }

    /** A scalar in [1, n-1] derived from a label, for points whose private key nobody needs. */
    static BigInteger scalar(String label) {
        BigInteger hash = new BigInteger(1, Sha256.digest(("suitcase ecdsa families: " + label).getBytes(StandardCharsets.UTF_8)));
        return hash.mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    /** A scalar in [1, (n-1)/2] derived from a label: an s that every profile accepts. */
    static BigInteger lowScalar(String label) {
        BigInteger s = scalar(label);
        return s.compareTo(HALF_N) > 0 ? N.subtract(s) : s;
    }

    /**
     * The first scalar k = start, start + 1, ... for which kG satisfies {@code wanted}: a walk
     * along the curve, one point addition per step, far cheaper than a multiplication per candidate.
     */
    static BigInteger scalarWhere(BigInteger start, Predicate<ECPoint> wanted) {
        ECPoint g = DOMAIN.getG();
        ECPoint point = multiplyBase(start);
        BigInteger k = start;
        for (int step = 0; step < 1_000_000; step++) {
            if (wanted.test(point)) {
                return k;
            }
            point = point.add(g).normalize();
            k = k.add(BigInteger.ONE);
        }
        throw new IllegalStateException("no point within a million steps of " + start + " has the wanted shape");
    }

    /** kG, normalised to affine coordinates. */
    static ECPoint multiplyBase(BigInteger k) {
        return DOMAIN.getG().multiply(k.mod(N)).normalize();
    }

    /**
     * The curve point with the smallest x coordinate at or above {@code from} (x below p), and of
     * its two y values the even one.
     */
    static ECPoint firstPointFrom(BigInteger from) {
        for (BigInteger x = from; x.compareTo(P) < 0; x = x.add(BigInteger.ONE)) {
            BigInteger rightSide = x.pow(3).add(A.multiply(x)).add(B).mod(P);
            BigInteger y = rightSide.modPow(SQRT_EXPONENT, P);
            if (y.multiply(y).mod(P).equals(rightSide)) {
                BigInteger evenY = y.testBit(0) ? P.subtract(y) : y;
                return CURVE.getCurve().createPoint(x, evenY).normalize();
            }
        }
        throw new IllegalArgumentException("no P-256 point has x in [" + from + ", p)");
    }

    /** A coordinate or scalar as 32 big-endian bytes. */
    public static byte[] fixed(BigInteger value) {
        return BigIntegers.asUnsignedByteArray(LENGTH, value);
    }

    static byte[] x(ECPoint point) {
        return fixed(point.getAffineXCoord().toBigInteger());
    }

    static byte[] y(ECPoint point) {
        return fixed(point.getAffineYCoord().toBigInteger());
    }

    /**
     * The integer ECDSA signs for a digest (SEC 1 v2 §4.1.3 step 5, bits2int of RFC 6979 §2.3.2):
     * its leftmost 256 bits, so a longer digest, or an unhashed message, is truncated.
     */
    static BigInteger digestInteger(byte[] digest) {
        BigInteger value = new BigInteger(1, digest);
        int excessBits = 8 * digest.length - 256;
        return excessBits > 0 ? value.shiftRight(excessBits) : value;
    }

    /** A digest of {@code message} with a JCA algorithm name such as {@code SHA-256}. */
    static byte[] digest(String algorithm, byte[] message) {
        try {
            return MessageDigest.getInstance(algorithm).digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + algorithm, e);
        }
    }
}
