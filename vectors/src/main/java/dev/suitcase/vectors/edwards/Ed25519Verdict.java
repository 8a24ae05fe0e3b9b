package dev.suitcase.vectors.edwards;

import dev.suitcase.vectors.edwards.Edwards25519.DecodeFailure;
import dev.suitcase.vectors.edwards.Edwards25519.Decoded;
import dev.suitcase.vectors.edwards.Edwards25519.Point;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the rules of RFC 8032 §5.1.7 say about one public key A, signature and message, evaluated
 * by {@link Edwards25519} with k hashed over the received bytes, and the expectation that follows
 * under each Ed25519 profile of vectors/README.md. The checks run in the reference verifier's order:
 * <ol>
 *   <li>A is 32 bytes and decodes under RFC 8032 §5.1.3, else {@link Reason#BAD_KEY};</li>
 *   <li>the signature is 64 bytes, else {@link Reason#SIGNATURE_MALFORMED};</li>
 *   <li>S is below L, else SIGNATURE_MALFORMED (§5.1.7 step 1);</li>
 *   <li>R decodes under §5.1.3, else SIGNATURE_MALFORMED;</li>
 *   <li>the equation: accept when the cofactorless one holds; either when only the cofactored one
 *       holds (§5.1.7 lets a verifier check either); else reject with {@link Reason#SIGNATURE_INVALID}.</li>
 * </ol>
 * A small-order A is allowed by RFC 8032 and may be refused, so a signature that verifies under one
 * is either; the reference verifier refuses such keys outright, so one whose signature does not verify
 * is a rejection for {@link Reason#BAD_KEY} (a verifier that keeps the key and says SIGNATURE_INVALID
 * rejects it too). ed25519-strict also rejects a small-order A or R. ed25519-zip215 decodes A and R
 * leniently (y reduced mod p, negative zero allowed), still requires S &lt; L, and checks the
 * cofactored equation.
 *
 * @param keyLength       the length of A in bytes
 * @param keyFailure      why A does not decode under RFC 8032, if it does not
 * @param keySmallOrder   whether A decodes (strictly) to a point of small order
 * @param signatureLength the length of the signature in bytes
 * @param sInRange        whether S is below L (false for a signature of the wrong length)
 * @param rFailure        why R does not decode under RFC 8032, if it does not
 * @param rSmallOrder     whether R decodes (strictly) to a point of small order
 * @param cofactorless    whether [S]B = R + [k]A holds (everything strictly decoded, S &lt; L)
 * @param cofactored      whether [8][S]B = [8]R + [8][k]A holds (everything strictly decoded, S &lt; L)
 * @param zip215          whether a ZIP 215 verifier accepts
 */
public record Ed25519Verdict(int keyLength, Optional<DecodeFailure> keyFailure, boolean keySmallOrder,
                             int signatureLength, boolean sInRange, Optional<DecodeFailure> rFailure,
                             boolean rSmallOrder, boolean cofactorless, boolean cofactored, boolean zip215) {
    private static final int SIGNATURE_LENGTH = 2 * Edwards25519.ENCODED_LENGTH;

    /** Evaluates every rule on the bytes as received. */
    public static Ed25519Verdict of(byte[] a, byte[] signature, byte[] message) {
        boolean keyFits = a.length == Edwards25519.ENCODED_LENGTH;
        boolean signatureFits = signature.length == SIGNATURE_LENGTH;
        Decoded strictA = keyFits ? Edwards25519.decodeStrict(a) : Decoded.failed(DecodeFailure.NOT_ON_CURVE);
        Optional<DecodeFailure> keyFailure = keyFits ? strictA.failure() : Optional.empty();
        boolean keySmallOrder = strictA.point().map(Point::hasSmallOrder).orElse(false);
        if (!signatureFits) {
            return new Ed25519Verdict(a.length, keyFailure, keySmallOrder, signature.length, false, Optional.empty(),
                    false, false, false, false);
        }
        byte[] r = Arrays.copyOf(signature, Edwards25519.ENCODED_LENGTH);
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(signature, Edwards25519.ENCODED_LENGTH, SIGNATURE_LENGTH));
        boolean sInRange = s.compareTo(Edwards25519.L) < 0;
        Decoded strictR = Edwards25519.decodeStrict(r);
        boolean rSmallOrder = strictR.point().map(Point::hasSmallOrder).orElse(false);
        boolean cofactorless = false;
        boolean cofactored = false;
        if (sInRange && strictA.point().isPresent() && strictR.point().isPresent()) {
            Point residue = Edwards25519.residue(s, strictR.point().get(), Edwards25519.challenge(r, a, message),
                    strictA.point().get());
            cofactorless = residue.isIdentity();
            cofactored = residue.hasSmallOrder();
        }
        boolean zip215 = false;
        if (strictA.point().isPresent() && strictR.point().isPresent()) {
            // Lenient decoding differs from strict decoding only on encodings strict decoding refuses.
            zip215 = cofactored;
        } else if (keyFits && sInRange) {
            Decoded lenientA = Edwards25519.decodeLenient(a);
            Decoded lenientR = Edwards25519.decodeLenient(r);
            if (lenientA.point().isPresent() && lenientR.point().isPresent()) {
                zip215 = Edwards25519.residue(s, lenientR.point().get(), Edwards25519.challenge(r, a, message),
                        lenientA.point().get()).hasSmallOrder();
            }
        }
        return new Ed25519Verdict(a.length, keyFailure, keySmallOrder, signature.length, sInRange, strictR.failure(),
                rSmallOrder, cofactorless, cofactored, zip215);
    }

    /** Whether A is usable at all: 32 bytes that decode under RFC 8032. */
    public boolean keyDecodes() {
        return keyLength == Edwards25519.ENCODED_LENGTH && keyFailure.isEmpty();
    }

    /** Whether the signature passes every encoding check: 64 bytes, S &lt; L, R decodes. */
    public boolean wellFormed() {
        return signatureLength == SIGNATURE_LENGTH && sInRange && rFailure.isEmpty();
    }

    /** The expectation under ed25519-rfc8032, with the results of the other two Ed25519 profiles where they differ. */
    public Expectation expectation() {
        Expectation expect = underRfc8032();
        ExpectedResult strict = expect.result() != ExpectedResult.REJECT && (keySmallOrder || rSmallOrder)
                ? ExpectedResult.REJECT : expect.result();
        if (strict != expect.result()) {
            expect = expect.withProfile(Profile.ED25519_STRICT, strict);
        }
        ExpectedResult lenient = zip215 ? ExpectedResult.ACCEPT : ExpectedResult.REJECT;
        if (lenient != expect.result()) {
            expect = expect.withProfile(Profile.ED25519_ZIP215, lenient);
        }
        return expect;
    }

    private Expectation underRfc8032() {
        if (!keyDecodes()) {
            return Expectation.reject(Reason.BAD_KEY);
        }
        if (!wellFormed()) {
            return keySmallOrder ? Expectation.reject(Reason.BAD_KEY) : Expectation.reject(Reason.SIGNATURE_MALFORMED);
        }
        if (keySmallOrder) {
            return cofactored ? Expectation.either() : Expectation.reject(Reason.BAD_KEY);
        }
        if (cofactorless) {
            return Expectation.accept();
        }
        return cofactored ? Expectation.either() : Expectation.reject(Reason.SIGNATURE_INVALID);
    }
}
