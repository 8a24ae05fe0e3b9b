package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed25519 public key A (RFC 8032 §5.1.5), for COSE EdDSA (-8) with an Ed25519 key and for
 * Ed25519 (-19); pure Ed25519 only, no context and no prehash (RFC 9053 §2.2).
 *
 * <p><b>Key checks</b> ({@link #fromEncoded}, all {@link Reason#BAD_KEY}): exactly 32 bytes; a
 * canonical encoding that decodes to a curve point by RFC 8032 §5.1.3 (y &lt; p, a square root x
 * exists, no x = -0); and not one of the eight points of small order, under every profile. RFC 8032
 * lets a verifier accept or reject small-order A; the reference verifier rejects it always because
 * such a key verifies R = identity, S = 0 for every message (see {@link Edwards25519Torsion}), and
 * {@code ed25519-strict} requires it. Keys with a mixed-order A (a full-order point plus a torsion
 * component) are accepted: nothing in RFC 8032 rejects them, and honest keys are never of that form.
 *
 * <p><b>Signature checks</b> ({@link #verify}), in this order:
 * <ol>
 *   <li>exactly 64 bytes R ‖ S, else {@link Reason#SIGNATURE_MALFORMED};</li>
 *   <li>S, the little-endian upper 32 bytes, below L, else SIGNATURE_MALFORMED (RFC 8032 §5.1.7
 *       step 1, against malleability);</li>
 *   <li>R canonical and on the curve (RFC 8032 §5.1.3), else SIGNATURE_MALFORMED;</li>
 *   <li>under {@link Profile#ED25519_STRICT} only: R not of small order, else SIGNATURE_MALFORMED;</li>
 *   <li>the verification equation, else {@link Reason#SIGNATURE_INVALID}.</li>
 * </ol>
 *
 * <p><b>The equation</b> is BouncyCastle 1.87's {@code Ed25519.verify}, and it is the
 * <em>cofactored</em> one of RFC 8032 §5.1.7 step 3, [8][S]B = [8]R + [8][k]A, with
 * k = SHA-512(R ‖ A ‖ M) mod L hashed over the received R and A bytes. BC evaluates it as
 * [8]([v1·S]B - [v0]A - [v1]R) = identity, where a lattice basis reduction yields scalars v0, v1 of
 * about 128 bits with v0 = v1·k (mod L); that is the same equation, since v1 is invertible mod L
 * and [8] removes the torsion components. The closing doublings of its Straus loop multiply by 8,
 * and 8·k is never reduced mod L first (speccheck vector 5). It therefore accepts every signature
 * the cofactorless equation accepts, plus those that differ from one by a torsion component. Both
 * equations are allowed under {@code ed25519-rfc8032} and {@code ed25519-strict}; the reference
 * verifier accepts the cofactored-only signatures (Ed25519PublicKeyTest and SpeccheckVectorsTest
 * pin this down).
 *
 * <p><b>A is decoded once.</b> The key holds BouncyCastle's decoded A ({@code PublicPoint}, from
 * {@code validatePublicKeyPartialExport} after the key checks above) and verifies with it, so no
 * verification decodes A again. BC hashes A re-encoded from that point; A is canonical, so that is
 * the received encoding.
 *
 * <p>What BC rejects by itself, and why it never overrides these checks: non-canonical R and
 * S &gt;= L (checked here first, with a precise reason), and at key construction a non-canonical A
 * and the y coordinates of the small-order points (BC's {@code checkPointFullVar}; rejected here
 * first). It does not reject small-order or mixed-order R, nor mixed-order A, so it accepts
 * everything {@code ed25519-rfc8032} requires. A BC exception is caught and becomes
 * SIGNATURE_INVALID (BAD_KEY at key construction): the verifier fails closed.
 */
public final class Ed25519PublicKey implements PublicKey {
    private static final int SIGNATURE_LENGTH = 2 * Edwards25519.ENCODED_LENGTH;

    private final byte[] encoded;
    /** A, decoded once by BouncyCastle after the checks here, so that no verification decodes it again. */
    private final Ed25519.PublicPoint point;

    private Ed25519PublicKey(byte[] encoded, Ed25519.PublicPoint point) {
        this.encoded = encoded;
        this.point = point;
    }

    /**
     * The key whose RFC 8032 encoding is {@code a}; rejects with {@link Reason#BAD_KEY} unless it is
     * 32 bytes, canonical, on the curve, and not of small order.
     */
    public static Ed25519PublicKey fromEncoded(byte[] a) {
        Objects.requireNonNull(a, "a");
        if (a.length != Edwards25519.ENCODED_LENGTH) {
            throw new Rejection(Reason.BAD_KEY, "Ed25519 public key is " + a.length
                    + " bytes; RFC 8032 §5.1.5 encodes it in exactly 32 bytes");
        }
        byte[] copy = a.clone();
        Edwards25519.requireDecodable(copy, Reason.BAD_KEY, "Ed25519 public key A");
        Optional<String> smallOrder = Edwards25519Torsion.smallOrderPoint(copy);
        if (smallOrder.isPresent()) {
            throw new Rejection(Reason.BAD_KEY, "Ed25519 public key A " + Edwards25519.hex(copy) + " is "
                    + smallOrder.get() + ": a key of small order verifies the signature R = identity, S = 0 for "
                    + "every message, so the reference verifier rejects it under every profile (RFC 8032 §5.1.7 "
                    + "permits either answer; ed25519-strict requires rejection)");
        }
        return new Ed25519PublicKey(copy, bouncyCastlePoint(copy));
    }

    /**
     * BouncyCastle's decoded form of A. Its partial validation refuses a non-canonical or undecodable
     * encoding and the y coordinates of the small-order points, all of which the checks above have
     * rejected already; a refusal here would be a disagreement, and fails closed.
     */
    private static Ed25519.PublicPoint bouncyCastlePoint(byte[] a) {
        Ed25519.PublicPoint point;
        try {
            point = Ed25519.validatePublicKeyPartialExport(a, 0);
        } catch (RuntimeException libraryFailure) {
            point = null;
        }
        if (point == null) {
            throw new Rejection(Reason.BAD_KEY, "Ed25519 public key A " + Edwards25519.hex(a) + " passed every check "
                    + "of the verifier but BouncyCastle refused to decode it; failing closed");
        }
        return point;
    }

    /** The 32-byte encoding of A, as received. */
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public Algorithm.Family family() {
        return Algorithm.Family.ED25519;
    }

    @Override
    public void verify(byte[] message, int offset, int length, byte[] signature, VerifierOptions options) {
        Objects.requireNonNull(message, "message");
        Objects.checkFromIndexSize(offset, length, message.length);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(options, "options");
        if (signature.length != SIGNATURE_LENGTH) {
            throw new Rejection(Reason.SIGNATURE_MALFORMED, "Ed25519 signature is " + signature.length
                    + " bytes; RFC 8032 §5.1.6 and RFC 9053 §2.2 require exactly 64 bytes (R ‖ S)");
        }
        byte[] r = Arrays.copyOfRange(signature, 0, Edwards25519.ENCODED_LENGTH);
        byte[] s = Arrays.copyOfRange(signature, Edwards25519.ENCODED_LENGTH, SIGNATURE_LENGTH);
        if (Edwards25519.littleEndian(s).compareTo(Edwards25519.L) >= 0) {
            throw new Rejection(Reason.SIGNATURE_MALFORMED, "Ed25519 signature has S >= L: S (the upper 32 bytes, "
                    + "little-endian) " + Edwards25519.hex(s) + " is not below L = 2^252 + "
                    + "27742317777372353535851937790883648493; RFC 8032 §5.1.7 requires rejecting it, since S + L "
                    + "would otherwise be a second valid signature");
        }
        Edwards25519.requireDecodable(r, Reason.SIGNATURE_MALFORMED, "Ed25519 signature component R");
        if (options.has(Profile.ED25519_STRICT)) {
            Optional<String> smallOrder = Edwards25519Torsion.smallOrderPoint(r);
            if (smallOrder.isPresent()) {
                throw new Rejection(Reason.SIGNATURE_MALFORMED, "Ed25519 signature component R "
                        + Edwards25519.hex(r) + " is " + smallOrder.get() + "; profile " + Profile.ED25519_STRICT
                        + " rejects a small-order R, which no honest signer produces (R = [r]B has order L)");
            }
        }
        boolean valid;
        try {
            valid = Ed25519.verify(signature, 0, point, message, offset, length);
        } catch (RuntimeException libraryFailure) {
            throw new Rejection(Reason.SIGNATURE_INVALID, "Ed25519 verification failed closed: BouncyCastle threw "
                    + libraryFailure.getClass().getSimpleName() + " on a signature that passed every encoding check");
        }
        if (!valid) {
            throw new Rejection(Reason.SIGNATURE_INVALID, "Ed25519 signature does not verify: "
                    + "[8][S]B != [8]R + [8][k]A for k = SHA-512(R ‖ A ‖ message) (RFC 8032 §5.1.7); the signature "
                    + "was made over other bytes (check the Sig_structure: protected header and payload as received, "
                    + "external_aad) or by another key");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519PublicKey that && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + Edwards25519.hex(encoded) + "]";
    }
}
