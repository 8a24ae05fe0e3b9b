package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.util.BigIntegers;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * An ECDSA signature as its two integers r and s, and the encodings the ECDSA families present it
 * in: the one COSE requires (r ‖ s, each left-padded to 32 bytes, RFC 9053 §2.1) and the ones it
 * does not (other widths, unpadded halves, DER).
 *
 * @param r the first integer, not necessarily in range
 * @param s the second integer, not necessarily in range
 */
record EcdsaRs(BigInteger r, BigInteger s) {
    private static final int DER_SEQUENCE = 0x30;
    private static final int DER_INTEGER = 0x02;

    EcdsaRs {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        if (r.signum() < 0 || s.signum() < 0) {
            throw new IllegalArgumentException("r and s are non-negative integers");
        }
    }

    /** Splits a 64-byte COSE signature into r and s. */
    static EcdsaRs decode(Bytes signature) {
        byte[] bytes = signature.toByteArray();
        if (bytes.length != 2 * EcdsaP256.LENGTH) {
            throw new IllegalArgumentException("a P-256 COSE signature is 64 bytes, not " + bytes.length);
        }
        return new EcdsaRs(new BigInteger(1, Arrays.copyOf(bytes, EcdsaP256.LENGTH)),
                new BigInteger(1, Arrays.copyOfRange(bytes, EcdsaP256.LENGTH, bytes.length)));
    }

    /** The COSE encoding: r ‖ s, each 32 bytes big-endian; both must be below 2^256. */
    Bytes raw() {
        return padded(EcdsaP256.LENGTH);
    }

    /** r ‖ s, each left-padded to {@code width} bytes. */
    Bytes padded(int width) {
        return Bytes.of(concat(BigIntegers.asUnsignedByteArray(width, r), BigIntegers.asUnsignedByteArray(width, s)));
    }

    /** r ‖ s, each in as few bytes as its value needs: what a signer that drops leading zeros emits. */
    Bytes unpadded() {
        return Bytes.of(concat(BigIntegers.asUnsignedByteArray(r), BigIntegers.asUnsignedByteArray(s)));
    }

    /**
     * The DER encoding X.509 and JCA use (SEC 1 v2 §C.8): SEQUENCE { INTEGER r, INTEGER s }, each
     * INTEGER minimal and with a leading zero byte when its top bit is set.
     */
    Bytes der() {
        byte[] integers = concat(derInteger(r), derInteger(s));
        if (integers.length > 127) {
            throw new IllegalArgumentException("the short-form DER length covers P-256 signatures only");
        }
        return Bytes.of(concat(new byte[] {DER_SEQUENCE, (byte) integers.length}, integers));
    }

    private static byte[] derInteger(BigInteger value) {
        byte[] content = value.toByteArray();
        return concat(new byte[] {DER_INTEGER, (byte) content.length}, content);
    }

    EcdsaRs withR(BigInteger newR) {
        return new EcdsaRs(newR, s);
    }

    EcdsaRs withS(BigInteger newS) {
        return new EcdsaRs(r, newS);
    }

    /** Whether s is above n/2, the form the ecdsa-low-s profile refuses. */
    boolean highS() {
        return s.compareTo(EcdsaP256.HALF_N) > 0;
    }

    /** The other valid signature for the same message and key: (r, n - s). */
    EcdsaRs negatedS() {
        return new EcdsaRs(r, EcdsaP256.N.subtract(s));
    }

    /** This signature with the low s of the pair (r, s), (r, n - s). */
    EcdsaRs withLowS() {
        return highS() ? negatedS() : this;
    }

    /** This signature with the high s of the pair (r, s), (r, n - s). */
    EcdsaRs withHighS() {
        return highS() ? this : negatedS();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
