package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A signature with chosen values and the P-256 public key under which it is valid: for a point R,
 * a chosen s and the integer e of a digest, Q = r^-1 (sR - eG) with r = x(R) mod n. Then
 * u1 G + u2 Q = (e/s) G + (r/s) Q = R, so (r, s) verifies for e under Q (SEC 1 v2 §4.1.4). Nobody
 * knows Q's private key; Wycheproof builds its special-case signatures the same way.
 *
 * <p>This is how the families get valid signatures with extreme values (a tiny r, s = 1, s = n-1,
 * x(R) at or above n) and signatures that are valid only for a wrong digest (an unhashed message).
 *
 * @param x         the public key's x coordinate, 32 bytes
 * @param y         the public key's y coordinate, 32 bytes
 * @param signature r and s
 */
record EcdsaChosenSignature(Bytes x, Bytes y, EcdsaRs signature) {

    EcdsaChosenSignature {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * The key under which (x(R) mod n, s) is a valid signature of a message whose digest integer
     * is {@code e}.
     */
    static EcdsaChosenSignature of(ECPoint point, BigInteger s, BigInteger e) {
        ECPoint normal = point.normalize();
        BigInteger r = normal.getAffineXCoord().toBigInteger().mod(EcdsaP256.N);
        if (r.signum() == 0 || s.signum() <= 0 || s.compareTo(EcdsaP256.N) >= 0) {
            throw new IllegalArgumentException("r and s must be in [1, n-1]");
        }
        ECPoint q = normal.multiply(s).subtract(EcdsaP256.DOMAIN.getG().multiply(e.mod(EcdsaP256.N)))
                .multiply(r.modInverse(EcdsaP256.N)).normalize();
        if (q.isInfinity()) {
            throw new IllegalArgumentException("sR = eG: no public key makes this signature valid; choose another s");
        }
        return new EcdsaChosenSignature(Bytes.of(EcdsaP256.x(q)), Bytes.of(EcdsaP256.y(q)), new EcdsaRs(r, s));
    }

    /** The same, for a message hashed with SHA-256 as ES256 and ESP256 do. */
    static EcdsaChosenSignature forMessage(ECPoint point, BigInteger s, Bytes message) {
        return of(point, s, EcdsaP256.digestInteger(Sha256.digest(message.toByteArray())));
    }

    /** The public key as an EC2 COSE_Key. */
    Bytes coseKey() {
        return CoseKeys.ec2P256(x.toByteArray(), y.toByteArray());
    }
}
