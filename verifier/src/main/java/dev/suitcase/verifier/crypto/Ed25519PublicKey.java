package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed25519 public key A (RFC 8032 §5.1.5), for COSE EdDSA (-8) with an Ed25519 key and for
 * Ed25519 (-19); pure Ed25519 only, no context and no prehash (RFC 9053 §2.2).
 *
 * <p><b>Key checks</b> (all {@link Reason#BAD_KEY}). {@link #fromEncoded} checks only the length
 * (exactly 32 bytes), which no profile changes. Decoding A is part of verification (RFC 8032
 * §5.1.7), and what it must accept depends on the profile, so {@link #checkUsableUnder} applies
 * the rest, in this order: a canonical encoding (y &lt; p, no x = -0; {@link KeyCheck#ED25519_A_NON_CANONICAL},
 * not under {@code ed25519-zip215}); a curve point ({@link KeyCheck#ED25519_A_NOT_ON_CURVE}); not the
 * encoding of one of the eight points of small order ({@link KeyCheck#ED25519_A_SMALL_ORDER}, not under
 * {@code ed25519-zip215}). The small-order rule compares A's bytes with the eight canonical
 * encodings, the block-list form implementations use (a list of encodings compared with
 * {@code memcmp}); after the canonicity rule that is the same as asking whether the point has small
 * order. It is what makes the canonicity rule matter: a verifier without it, holding such a list,
 * takes a non-canonical encoding of a small-order point (the identity written with y = p + 1, say)
 * for a key like any other and accepts the forgery R = identity, S = 0 under it, and so does the
 * reference verifier when a test knocks the canonicity rule out. The reference verifier calls
 * {@link #checkUsableUnder} right after it parses each trusted key, so a bad key rejects the call
 * exactly where a key that does not parse would. RFC 8032 lets a verifier accept or reject a
 * small-order A; the reference verifier rejects it under {@code ed25519-rfc8032} and {@code ed25519-strict} because such a key verifies R =
 * identity, S = 0 for every message (see {@link Edwards25519Torsion}), and {@code ed25519-strict}
 * requires it. Keys with a mixed-order A (a full-order point plus a torsion component) are
 * accepted: nothing in RFC 8032 rejects them, and honest keys are never of that form.
 *
 * <p><b>Signature checks</b> ({@link #verify}), in this order:
 * <ol>
 *   <li>exactly 64 bytes R ‖ S, else {@link Reason#SIGNATURE_MALFORMED};</li>
 *   <li>S, the little-endian upper 32 bytes, below L, else SIGNATURE_MALFORMED (RFC 8032 §5.1.7
 *       step 1, against malleability);</li>
 *   <li>R canonical (not under {@code ed25519-zip215}) and on the curve (RFC 8032 §5.1.3), else
 *       SIGNATURE_MALFORMED;</li>
 *   <li>under {@link Profile#ED25519_STRICT} only: R not of small order, else SIGNATURE_MALFORMED;</li>
 *   <li>the verification equation, else {@link Reason#SIGNATURE_INVALID}.</li>
 * </ol>
 *
 * <p><b>{@code ed25519-zip215}</b> ({@link Profile#ED25519_ZIP215}) is ZIP 215's rule set: A and R
 * must be encodings of curve points but need not be canonical (a y at or above p is taken modulo
 * p; x = 0 with the sign bit set is x = 0, as ZIP 215's reference implementation ed25519-zebra
 * decodes it), small-order A and R are accepted, S must still be below L, and the equation is the
 * cofactored one with k hashed over R and A as received.
 *
 * <p><b>The equation</b> is the <em>cofactored</em> one of RFC 8032 §5.1.7 step 3,
 * [8][S]B = [8]R + [8][k]A, with k = SHA-512(R ‖ A ‖ M) mod L hashed over the received R and A
 * bytes, under every profile. It is BouncyCastle 1.87's {@code Ed25519.verify} whenever BouncyCastle
 * takes the input: A canonical and not of small order, R canonical, S &lt; L, which is every input
 * the default and strict profiles let reach the equation. BC evaluates it as
 * [8]([v1·S]B - [v0]A - [v1]R) = identity, where a lattice basis reduction yields scalars v0, v1 of
 * about 128 bits with v0 = v1·k (mod L); that is the same equation, since v1 is invertible mod L
 * and [8] removes the torsion components. The closing doublings of its Straus loop multiply by 8,
 * and 8·k is never reduced mod L first (speccheck vector 5). It therefore accepts every signature
 * the cofactorless equation accepts, plus those that differ from one by a torsion component. Both
 * equations are allowed under {@code ed25519-rfc8032} and {@code ed25519-strict}; the reference
 * verifier accepts the cofactored-only signatures (Ed25519PublicKeyTest and SpeccheckVectorsTest
 * pin this down). The inputs BC refuses (a non-canonical A or R, a small-order A, S &gt;= L: only
 * under {@code ed25519-zip215} or with a check knocked out by a test) are verified on the same
 * equation by {@link EdwardsPoint}, the verifier's own arithmetic.
 *
 * <p><b>A is decoded once.</b> The key holds BouncyCastle's decoded A ({@code PublicPoint}, from
 * {@code validatePublicKeyPartialExport}, for an A that BC takes) and verifies with it, so no
 * verification decodes A again. BC hashes A re-encoded from that point; A is canonical, so that is
 * the received encoding.
 *
 * <p>What BC rejects by itself, and why it never overrides these checks: non-canonical R and
 * S &gt;= L (checked here first, with a precise reason), and at key construction a non-canonical A,
 * a y with no point and the y coordinates of the small-order points (never handed to it). It does
 * not reject small-order or mixed-order R, nor mixed-order A, so it accepts everything
 * {@code ed25519-rfc8032} requires. A BC exception during verification is caught and becomes
 * SIGNATURE_INVALID: the verifier fails closed. BC refusing at key construction an A that every
 * check here accepted would be a disagreement no input reaches: an internal error.
 */
public final class Ed25519PublicKey implements PublicKey {
    private static final int SIGNATURE_LENGTH = 2 * Edwards25519.ENCODED_LENGTH;
    private static final String KEY_ROLE = "Ed25519 public key A";
    private static final String R_ROLE = "Ed25519 signature component R";
    private static final String EQUATION_FAILS = "Ed25519 signature does not verify: "
            + "[8][S]B != [8]R + [8][k]A for k = SHA-512(R ‖ A ‖ message) (RFC 8032 §5.1.7); the signature "
            + "was made over other bytes (check the Sig_structure: protected header and payload as received, "
            + "external_aad) or by another key";

    private final byte[] encoded;
    /** What RFC 8032 §5.1.3 makes of A; {@link #checkUsableUnder} decides what of it a profile allows. */
    private final Edwards25519.Decoding decoding;
    /** What A is, if it is a curve point of small order. */
    private final Optional<String> smallOrder;
    /** A as BouncyCastle decoded it, once, if BC takes it (canonical, a point, not of small order); else null. */
    private final Ed25519.PublicPoint point;

    private Ed25519PublicKey(byte[] encoded, Edwards25519.Decoding decoding, Optional<String> smallOrder,
                             Ed25519.PublicPoint point) {
        this.encoded = encoded;
        this.decoding = decoding;
        this.smallOrder = smallOrder;
        this.point = point;
    }

    /**
     * The key whose RFC 8032 encoding is {@code a}; rejects with {@link Reason#BAD_KEY} unless it is
     * 32 bytes. Whether a profile can use it is {@link #checkUsableUnder}'s answer.
     */
    public static Ed25519PublicKey fromEncoded(byte[] a) {
        Objects.requireNonNull(a, "a");
        if (a.length != Edwards25519.ENCODED_LENGTH) {
            KeyCheck.ED25519_A_LENGTH.fail("Ed25519 public key is " + a.length
                    + " bytes; RFC 8032 §5.1.5 encodes it in exactly 32 bytes");
        }
        // Knocked out, the bytes fill a zeroed 32-byte array as far as they go, as a key copied into one.
        byte[] copy = Arrays.copyOf(a, Edwards25519.ENCODED_LENGTH);
        Edwards25519.Decoding decoding = Edwards25519.decode(copy);
        // The eight canonical encodings, compared byte for byte (see the class comment): a
        // non-canonical encoding of a small-order point is not on the list.
        Optional<String> smallOrder = decoding.onCurve() ? Edwards25519Torsion.smallOrderPoint(copy) : Optional.empty();
        Ed25519.PublicPoint point = decoding.decodesStrictly() && smallOrder.isEmpty() ? bouncyCastlePoint(copy) : null;
        return new Ed25519PublicKey(copy, decoding, smallOrder, point);
    }

    /**
     * BouncyCastle's decoded form of A, a canonical encoding of a curve point not of small order.
     * BC's partial validation refuses a y at or above p, a y with no point, x = -0 and the y
     * coordinates of the small-order points, all of which the checks above keep from it, so no
     * input makes it refuse: if it does, the verifier and its library disagree about a key, an
     * internal error (the fail-closed net rejects the call).
     */
    private static Ed25519.PublicPoint bouncyCastlePoint(byte[] a) {
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(a, 0);
        if (point == null) {
            throw new IllegalStateException("BouncyCastle refused Ed25519 public key A " + Edwards25519.hex(a)
                    + ", which every check of the verifier accepts: the verifier and its library disagree");
        }
        return point;
    }

    /**
     * Applies the decoding rules of A under {@code options}: under {@code ed25519-zip215} only that A
     * is a curve point; otherwise also a canonical encoding and not a small-order point.
     */
    @Override
    public void checkUsableUnder(VerifierOptions options) {
        boolean zip215 = options.has(Profile.ED25519_ZIP215);
        if (!decoding.canonical() && !zip215) {
            KeyCheck.ED25519_A_NON_CANONICAL.fail(decoding.nonCanonicalDetail(KEY_ROLE));
        }
        if (!decoding.onCurve()) {
            throw KeyCheck.ED25519_A_NOT_ON_CURVE.rejection(decoding.notOnCurveDetail(KEY_ROLE));
        }
        if (smallOrder.isPresent() && !zip215) {
            KeyCheck.ED25519_A_SMALL_ORDER.fail(KEY_ROLE + " " + Edwards25519.hex(encoded) + " is "
                    + smallOrder.get() + ": a key of small order verifies the signature R = identity, S = 0 for "
                    + "every message, so the reference verifier rejects it under every profile but "
                    + Profile.ED25519_ZIP215 + " (RFC 8032 §5.1.7 permits either answer; ed25519-strict requires "
                    + "rejection)");
        }
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
        checkUsableUnder(options);
        if (signature.length != SIGNATURE_LENGTH) {
            KeyCheck.ED25519_SIGNATURE_LENGTH.fail("Ed25519 signature is " + signature.length
                    + " bytes; RFC 8032 §5.1.6 and RFC 9053 §2.2 require exactly 64 bytes (R ‖ S)");
        }
        // Knocked out, the bytes fill a zeroed 64-byte array as far as they go, as R ‖ S copied into one
        // (BouncyCastle's Ed25519.verify, handed a longer array, reads its first 64 bytes).
        byte[] rAndS = signature.length == SIGNATURE_LENGTH ? signature : Arrays.copyOf(signature, SIGNATURE_LENGTH);
        byte[] r = Arrays.copyOfRange(rAndS, 0, Edwards25519.ENCODED_LENGTH);
        byte[] s = Arrays.copyOfRange(rAndS, Edwards25519.ENCODED_LENGTH, SIGNATURE_LENGTH);
        BigInteger sValue = Edwards25519.littleEndian(s);
        boolean sInRange = sValue.compareTo(Edwards25519.L) < 0;
        if (!sInRange) {
            // Knocked out, S goes on as it is: [S]B = [S mod L]B, as a library that reduces S computes.
            KeyCheck.ED25519_S_RANGE.fail("Ed25519 signature has S >= L: S (the upper 32 bytes, "
                    + "little-endian) " + Edwards25519.hex(s) + " is not below L = 2^252 + "
                    + "27742317777372353535851937790883648493; RFC 8032 §5.1.7 requires rejecting it, since S + L "
                    + "would otherwise be a second valid signature");
        }
        Edwards25519.Decoding rDecoding = Edwards25519.decode(r);
        if (!rDecoding.canonical() && !options.has(Profile.ED25519_ZIP215)) {
            KeyCheck.ED25519_R_NON_CANONICAL.fail(rDecoding.nonCanonicalDetail(R_ROLE));
        }
        if (!rDecoding.onCurve()) {
            throw KeyCheck.ED25519_R_NOT_ON_CURVE.rejection(rDecoding.notOnCurveDetail(R_ROLE));
        }
        if (options.has(Profile.ED25519_STRICT)) {
            Optional<String> smallOrderR = Edwards25519Torsion.smallOrderPoint(rDecoding);
            if (smallOrderR.isPresent()) {
                KeyCheck.ED25519_R_SMALL_ORDER.fail(R_ROLE + " " + Edwards25519.hex(r) + " is " + smallOrderR.get()
                        + "; profile " + Profile.ED25519_STRICT + " rejects a small-order R, which no honest signer "
                        + "produces (R = [r]B has order L)");
            }
        }
        boolean bouncyCastleTakesIt = point != null && rDecoding.canonical() && sInRange;
        Optional<String> failure = bouncyCastleTakesIt
                ? bouncyCastleEquationFailure(message, offset, length, rAndS)
                : cofactoredEquationFailure(message, offset, length, r, sValue);
        failure.ifPresent(KeyCheck.ED25519_EQUATION::fail);
    }

    /** Why BouncyCastle's cofactored equation does not accept the signature, if it does not. */
    private Optional<String> bouncyCastleEquationFailure(byte[] message, int offset, int length, byte[] signature) {
        boolean valid;
        try {
            valid = Ed25519.verify(signature, 0, point, message, offset, length);
        } catch (RuntimeException libraryFailure) {
            return Optional.of("Ed25519 verification failed closed: BouncyCastle threw "
                    + libraryFailure.getClass().getSimpleName() + " on a signature that passed every encoding check");
        }
        return valid ? Optional.empty() : Optional.of(EQUATION_FAILS);
    }

    /**
     * Why [8][S]B = [8]R + [8][k]A does not hold, if it does not, in the verifier's own arithmetic,
     * with A and R decoded leniently and k hashed over their bytes as received (ZIP 215; RFC 8032
     * §5.1.7 with the decoding rules that were not applied left out).
     */
    private Optional<String> cofactoredEquationFailure(byte[] message, int offset, int length, byte[] r, BigInteger s) {
        EdwardsPoint a = EdwardsPoint.decodeLenient(encoded).orElseThrow();
        EdwardsPoint rPoint = EdwardsPoint.decodeLenient(r).orElseThrow();
        BigInteger k = Edwards25519.littleEndian(sha512(r, encoded, message, offset, length)).mod(Edwards25519.L);
        EdwardsPoint residue = EdwardsPoint.BASE.multiply(s).add(rPoint.negate()).add(a.multiply(k).negate());
        return residue.timesCofactor().isIdentity() ? Optional.empty() : Optional.of(EQUATION_FAILS);
    }

    private static byte[] sha512(byte[] r, byte[] a, byte[] message, int offset, int length) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            sha512.update(r);
            sha512.update(a);
            sha512.update(message, offset, length);
            return sha512.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
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
