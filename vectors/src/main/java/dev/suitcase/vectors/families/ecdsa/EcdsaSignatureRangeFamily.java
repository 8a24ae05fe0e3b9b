package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.function.UnaryOperator;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.accept;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.signerInput;

/**
 * The values of r and s: r and s must be
 * in [1, n-1] (RFC 9053 §2.1 by reference to DSS; SEC 1 v2 §4.1.4 step 1), and every signature in
 * that range that satisfies the equation is valid, whatever its values: s above n/2 (accepted by
 * default, refused under the ecdsa-low-s profile), a one-byte r, s = 1, an x(R) at or above n.
 * Signatures with extreme values are made under keys chosen for them ({@link EcdsaChosenSignature}).
 */
public final class EcdsaSignatureRangeFamily extends EcdsaFamily {
    private static final String RS_RANGE = "RFC9053-2.1-rs-range";
    private static final String DSS_VERIFY = "RFC9053-2.1-dss-verify";
    private static final BigInteger N = EcdsaP256.N;
    private static final BigInteger P = EcdsaP256.P;
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    /** The s of the small-value signature; small enough that s + n still fits in 32 bytes. */
    private static final BigInteger SMALL_S = BigInteger.valueOf(7);

    @Override
    public String name() {
        return "ecdsa-signature-range";
    }

    @Case(id = "signature.*.range.r-zero", title = "{name} signature with r = 0",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    r = 0 verifies only where x(u1 G) is 0 modulo n, which takes the discrete logarithm of a point with
                    x = 0 or n: no processor accepts it whichever check it skips; range.r-plus-n and range.r-p isolate
                    the r rule.""",
            description = """
                    A valid signature of the message with r replaced by 0. DSS verification, which RFC 9053 §2.1 uses,
                    rejects r outside [1, n-1] before anything else.

                    r = 0 is half of the "psychic signature" of CVE-2022-21449 (Java 15 to 18 accepted r = s = 0 for
                    every message): a verifier without the check on r is one missing check on s away from it. Reject it
                    as malformed.""")
    BuiltCase rZero(CaseContext<Void> context) {
        return outOfRange(context.algorithm(), rs -> rs.withR(BigInteger.ZERO));
    }

    @Case(id = "signature.*.range.r-n", title = "{name} signature with r = n, the group order",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    r = n is 0 modulo n, and r = 0 verifies only where x(u1 G) is 0 modulo n, which takes the discrete
                    logarithm of a point with x = 0 or n: no processor accepts it whichever check it skips;
                    range.r-plus-n and range.r-p isolate the r rule.""",
            description = """
                    A valid signature of the message with r replaced by n, the order of the P-256 group. r must be in
                    [1, n-1] (RFC 9053 §2.1 by reference to DSS); n is 0 modulo n.

                    A verifier that reduces r modulo n before its zero check, or checks r against the wrong bound, is
                    back to r = 0. Reject it as malformed.""")
    BuiltCase rN(CaseContext<Void> context) {
        return outOfRange(context.algorithm(), rs -> rs.withR(N));
    }

    @Case(id = "signature.*.range.r-n-plus-1", title = "{name} signature with r = n + 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    r = n + 1 is 1 modulo n, and no point of P-256 has an x that is 1 modulo n (neither x = 1 nor x = n
                    + 1 is on the curve), so the equation fails under every key for a processor that reduces r;
                    range.r-plus-n and range.r-p isolate the r rule.""",
            description = """
                    A valid signature of the message with r replaced by n + 1, which is 1 modulo n. r must be in [1,
                    n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that reduces r modulo n instead of refusing it treats this as r = 1: the range check
                    exists so that each signature has one representation. Reject it as malformed.""")
    BuiltCase rNPlus1(CaseContext<Void> context) {
        return outOfRange(context.algorithm(), rs -> rs.withR(N.add(BigInteger.ONE)));
    }

    @Case(id = "signature.*.range.r-p", title = "{name} signature with r = p, the field prime",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    r is p, the P-256 field prime, which is above n; the signature is valid with r = p - n, p reduced
                    modulo n (the key was chosen for it: a point R with x(R) = p - n exists). r is an integer modulo n,
                    not a field element: it must be in [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that checks r against p (the coordinate bound) instead of n, or reduces r modulo n,
                    accepts it, and values in [n, p) have two readings. Reject it as malformed.""")
    BuiltCase rP(CaseContext<Void> context) {
        return reduced(context, "r", P);
    }

    @Case(id = "signature.*.range.r-p-plus-1", title = "{name} signature with r = p + 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    r is p + 1, above both the group order n and the field prime p; the signature is valid with r = p +
                    1 - n, its value modulo n (the key was chosen for it). r must be in [1, n-1] (RFC 9053 §2.1 by
                    reference to DSS).

                    A verifier that loads r as a scalar, reducing it modulo n, accepts a second encoding of a valid
                    signature. Reject it as malformed.""")
    BuiltCase rPPlus1(CaseContext<Void> context) {
        return reduced(context, "r", P.add(BigInteger.ONE));
    }

    @Case(id = "signature.*.range.r-max", title = "{name} signature with r = 2^256 - 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    r is 2^256 - 1, all 32 bytes ff; the signature is valid with r = 2^256 - 1 - n, its value modulo n
                    (the key was chosen for it). r must be in [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that only checks that r fits in 32 bytes and reduces it modulo n accepts it. Reject it as
                    malformed.""")
    BuiltCase rMax(CaseContext<Void> context) {
        return reduced(context, "r", MAX);
    }

    @Case(id = "signature.*.range.s-zero", title = "{name} signature with s = 0",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    s = 0 has no inverse modulo n: without the range check u1 G + u2 Q is the point at infinity, or the
                    inversion fails, and the equation rejects it under every key; range.s-n-plus-1 and range.s-plus-n
                    isolate the s rule.""",
            description = """
                    A valid signature of the message with s replaced by 0. s must be in [1, n-1] (RFC 9053 §2.1 by
                    reference to DSS); 0 has no inverse modulo n.

                    A verifier that inverts s without checking gets 0 from many inversion routines, so u1 = u2 = 0 and
                    the point at infinity; that is the other half of CVE-2022-21449. Reject it as malformed.""")
    BuiltCase sZero(CaseContext<Void> context) {
        return outOfRange(context.algorithm(), rs -> rs.withS(BigInteger.ZERO));
    }

    @Case(id = "signature.*.range.s-n", title = "{name} signature with s = n, the group order",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    s = n is 0 modulo n, which has no inverse: without the range check u1 G + u2 Q is the point at
                    infinity, or the inversion fails, and the equation rejects it under every key; range.s-n-plus-1 and
                    range.s-plus-n isolate the s rule.""",
            description = """
                    A valid signature of the message with s replaced by n, which is 0 modulo n. s must be in [1, n-1]
                    (RFC 9053 §2.1 by reference to DSS).

                    A verifier that reduces s modulo n and then inverts it is inverting 0. Reject it as malformed before
                    any arithmetic.""")
    BuiltCase sN(CaseContext<Void> context) {
        return outOfRange(context.algorithm(), rs -> rs.withS(N));
    }

    @Case(id = "signature.*.range.s-n-plus-1", title = "{name} signature with s = n + 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    s is n + 1, which is 1 modulo n; the signature is valid with s = 1 (the key was chosen for it). s
                    must be in [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that reduces s modulo n treats this as s = 1 and accepts it; the range check is what
                    keeps one signature from having several encodings. Reject it as malformed.""")
    BuiltCase sNPlus1(CaseContext<Void> context) {
        return reduced(context, "s", N.add(BigInteger.ONE));
    }

    @Case(id = "signature.*.range.s-p", title = "{name} signature with s = p, the field prime",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    s is the field prime p, above n; the signature is valid with s = p - n, p reduced modulo n (the key
                    was chosen for it). s is an integer modulo n and must be in [1, n-1] (RFC 9053 §2.1 by reference to
                    DSS).

                    Checking s against p, the coordinate bound, instead of n is a classic slip; it lets values in [n, p)
                    through, and a verifier that then reduces s accepts this one. Reject it as malformed.""")
    BuiltCase sP(CaseContext<Void> context) {
        return reduced(context, "s", P);
    }

    @Case(id = "signature.*.range.s-p-plus-1", title = "{name} signature with s = p + 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    s is p + 1, above both n and p; the signature is valid with s = p + 1 - n, its value modulo n (the
                    key was chosen for it). s must be in [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that loads s as a scalar, reducing it modulo n, accepts it. Reject it as malformed.""")
    BuiltCase sPPlus1(CaseContext<Void> context) {
        return reduced(context, "s", P.add(BigInteger.ONE));
    }

    @Case(id = "signature.*.range.s-max", title = "{name} signature with s = 2^256 - 1",
            severity = Severity.HIGH, requirements = {RS_RANGE}, flags = {"RangeCheck"}, sweep = Sweep.ECDSA,
            description = """
                    s is 2^256 - 1, all 32 bytes ff; the signature is valid with s = 2^256 - 1 - n, its value modulo n
                    (the key was chosen for it). s must be in [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A verifier that only checks that s fits in 32 bytes and reduces it modulo n accepts it. Reject it as
                    malformed.""")
    BuiltCase sMax(CaseContext<Void> context) {
        return reduced(context, "s", MAX);
    }

    @Case(id = "signature.*.range.r-and-s-zero", title = "{name} signature r = 0, s = 0 (psychic signature)",
            severity = Severity.CRITICAL, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    r = 0 and s = 0 break both range rules, so a processor that skips either check is stopped by the
                    other; range.r-plus-n and range.s-plus-n isolate them.""",
            description = """
                    The signature is 64 zero bytes: r = 0 and s = 0. Both must be in [1, n-1] (RFC 9053 §2.1 by
                    reference to DSS).

                    This is CVE-2022-21449: Java 15 to 18 accepted it for every message and every key, because without
                    the range check s^-1 = 0, u1 G + u2 Q is the point at infinity, and its x coordinate, taken as 0,
                    equals r. A device that accepts it installs anyone's firmware.""")
    BuiltCase rAndSZero(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), new EcdsaRs(BigInteger.ZERO,
                BigInteger.ZERO).raw()));
    }

    @Case(id = "signature.*.range.r-and-s-n", title = "{name} signature r = n, s = n",
            severity = Severity.CRITICAL, requirements = {RS_RANGE}, flags = {"InvalidSignature"}, sweep = Sweep.ECDSA,
            robustness = """
                    r = n and s = n break both range rules, so a processor that skips either check is stopped by the
                    other; range.r-plus-n and range.s-plus-n isolate them.""",
            description = """
                    r = n and s = n, the group order, which are both 0 modulo n. Both must be in [1, n-1] (RFC 9053 §2.1
                    by reference to DSS).

                    A verifier that guards against CVE-2022-21449 by testing r != 0 and s != 0 on the unreduced values,
                    then reduces them, is back to the psychic signature that verifies for every message. Reject it as
                    malformed.""")
    BuiltCase rAndSN(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), new EcdsaRs(N, N).raw()));
    }

    @Case(id = "signature.*.range.r-plus-n", title = "{name} signature with r + n instead of r",
            severity = Severity.MEDIUM, requirements = {RS_RANGE}, flags = {"RangeCheck", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature with a one-byte r (made for a key chosen for it; see edge.small-r-and-s), with r
                    replaced by r + n, which still fits in 32 bytes. r + n is congruent to r but outside [1, n-1] (RFC
                    9053 §2.1 by reference to DSS).

                    A verifier that reduces r modulo n, or compares x(R) with r modulo n, accepts it, so one signature
                    has two encodings. Reject it as malformed.""")
    BuiltCase rPlusN(CaseContext<Void> context) {
        EcdsaChosenSignature small = smallValues();
        return reject(Reason.SIGNATURE_MALFORMED, input(context.algorithm().coseId(), MESSAGE,
                small.signature().withR(small.signature().r().add(N)).raw(), small.coseKey()));
    }

    @Case(id = "signature.*.range.s-plus-n", title = "{name} signature with s + n instead of s",
            severity = Severity.MEDIUM, requirements = {RS_RANGE}, flags = {"RangeCheck", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature with small r and s (made for a key chosen for it; see edge.small-r-and-s), with s
                    replaced by s + n, which still fits in 32 bytes. s + n is congruent to s but outside [1, n-1] (RFC
                    9053 §2.1 by reference to DSS).

                    A verifier that reduces s modulo n before inverting it accepts it, so one signature has two
                    encodings. Reject it as malformed.""")
    BuiltCase sPlusN(CaseContext<Void> context) {
        EcdsaChosenSignature small = smallValues();
        return reject(Reason.SIGNATURE_MALFORMED, input(context.algorithm().coseId(), MESSAGE,
                small.signature().withS(small.signature().s().add(N)).raw(), small.coseKey()));
    }

    @Case(id = "signature.*.high-s.high-s", title = "Valid {name} signature with s > n/2",
            severity = Severity.MEDIUM, requirements = {DSS_VERIFY}, flags = {"HighS", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message in its high-s form: s above n/2. (r, s) and (r, n - s) are both
                    valid signatures of the same message; COSE does not require the low form (RFC 9053 §2.1 defines
                    verification by DSS, which accepts both), and a signer that does not normalise produces the high one
                    half of the time.

                    A verifier must accept it by default; refusing it fails every other update from such a signer. An
                    implementation that declares the ecdsa-low-s profile refuses it, which is its documented policy.""")
    BuiltCase highS(CaseContext<Void> context) {
        return BuiltCase.of(EcdsaFixtures.highSExpectation(),
                signerInput(context.algorithm(), EcdsaFixtures.signature().withHighS().raw()));
    }

    @Case(id = "signature.*.high-s.low-s", title = "Valid {name} signature with s <= n/2",
            severity = Severity.HIGH, requirements = {DSS_VERIFY}, flags = {"ValidSignature"}, sweep = Sweep.ECDSA,
            description = """
                    The same signature as high-s.high-s in its low-s form: s replaced by n - s, at most (n-1)/2. Both
                    forms are valid (RFC 9053 §2.1); this is the one every profile accepts.

                    A verifier must accept it. The pair shows how an implementation treats ECDSA malleability: accept
                    both (the default) or only this one (ecdsa-low-s).""")
    BuiltCase lowS(CaseContext<Void> context) {
        return accept(signerInput(context.algorithm(), EcdsaFixtures.signature().withLowS().raw()));
    }

    @Case(id = "signature.*.high-s.s-half-n", title = "Valid {name} signature with s = (n-1)/2, the largest low s",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"HighS", "EdgeCase"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose s is (n-1)/2, the largest value the low-s form allows; the key was chosen
                    for it. The signature is valid (RFC 9053 §2.1), and it is low-s.

                    Every verifier must accept it, ecdsa-low-s ones included. One that rejects it compares s with n/2
                    off by one, and refuses one low-s signature in 2^255 from any signer.""")
    BuiltCase sHalfN(CaseContext<Void> context) {
        return chosenS(context, EcdsaP256.HALF_N, false);
    }

    @Case(id = "signature.*.high-s.s-half-n-plus-1",
            title = "Valid {name} signature with s = (n+1)/2, the smallest high s",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"HighS", "EdgeCase"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose s is (n+1)/2, the smallest value above n/2; the key was chosen for it. The
                    signature is valid (RFC 9053 §2.1) and must be accepted by default.

                    Under ecdsa-low-s it is the boundary case that must be refused: a check written as s > n/2 with n/2
                    rounded up lets it through.""")
    BuiltCase sHalfNPlus1(CaseContext<Void> context) {
        return chosenS(context, EcdsaP256.HALF_N.add(BigInteger.ONE), true);
    }

    @Case(id = "signature.*.high-s.s-n-minus-1", title = "Valid {name} signature with s = n - 1",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"HighS", "EdgeCase"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose s is n - 1, the largest value in range; the key was chosen for it. s^-1 = n
                    - 1 as well, an edge case of modular inversion. The signature is valid (RFC 9053 §2.1) and must be
                    accepted by default, and refused under ecdsa-low-s.

                    A verifier that checks s < n - 1 instead of s < n, or whose inversion fails at n - 1, rejects a
                    valid signature.""")
    BuiltCase sNMinus1(CaseContext<Void> context) {
        return chosenS(context, N.subtract(BigInteger.ONE), true);
    }

    @Case(id = "signature.*.edge.small-r-and-s", title = "Valid {name} signature with a one-byte r and s = 7",
            severity = Severity.LOW, requirements = {DSS_VERIFY, "RFC9053-2.1-raw-rs"},
            flags = {"SmallRandS", "EdgeCase"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose r is the x coordinate of the curve point with the smallest x, a value that
                    fits in one byte, and whose s is 7; the key was chosen for it. Written as COSE requires, r takes 31
                    zero bytes before its one significant byte (RFC 9053 §2.1).

                    A verifier must accept it: the values are in range and the equation holds. One that strips or
                    mishandles leading zeros, or treats small values as suspicious, rejects a valid signature.""")
    BuiltCase smallRAndS(CaseContext<Void> context) {
        EcdsaChosenSignature small = smallValues();
        return accept(input(context.algorithm().coseId(), MESSAGE, small.signature().raw(), small.coseKey()));
    }

    @Case(id = "signature.*.edge.s-one", title = "Valid {name} signature with s = 1",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"EdgeCase"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature with s = 1, so s^-1 = 1, u1 = e and u2 = r; the key was chosen for it. The values
                    are in range and the equation holds (RFC 9053 §2.1).

                    A verifier must accept it; one that special-cases s = 1 or whose inversion routine fails on 1
                    rejects a valid signature.""")
    BuiltCase sOne(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(point("edge " + context.caseName()),
                BigInteger.ONE, MESSAGE);
        return accept(input(context.algorithm().coseId(), MESSAGE, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "signature.*.edge.r-leading-zero", title = "Valid {name} signature whose r starts with a zero byte",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.1-raw-rs", DSS_VERIFY},
            flags = {"LeadingZero", "ValidSignature"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose r is below 2^248 (the key was chosen for it), so its 32-byte encoding starts
                    with a zero byte, as RFC 9053 §2.1 requires (each integer left-padded to 32 bytes). One signature in
                    256 from any signer looks like this.

                    A verifier must accept it. One that converts r to a minimal byte string and expects 32 bytes, or
                    that takes the zero byte as a sign of corruption, rejects one update in 256 from a correct
                    signer.""")
    BuiltCase rLeadingZero(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = EcdsaFixtures.withShortR(EcdsaFixtures.messageDigest());
        return accept(input(context.algorithm().coseId(), MESSAGE, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "signature.*.edge.s-leading-zero", title = "Valid {name} signature whose s starts with a zero byte",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.1-raw-rs", DSS_VERIFY},
            flags = {"LeadingZero", "ValidSignature"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose s is below 2^248 (the key was chosen for it), so the second half of the
                    signature starts with a zero byte, as RFC 9053 §2.1 requires. One signature in 256 from any signer
                    looks like this.

                    A verifier must accept it; one that mishandles leading zeros in s rejects one update in 256 from a
                    correct signer.""")
    BuiltCase sLeadingZero(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = EcdsaFixtures.withShortS(EcdsaFixtures.messageDigest());
        return accept(input(context.algorithm().coseId(), MESSAGE, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "signature.*.edge.x-above-n", title = "Valid {name} signature where x(R) >= n, so r = x(R) - n",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"ArithmeticError", "EdgeCase"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature whose point R has an x coordinate in [n, p), so r = x(R) mod n = x(R) - n, which
                    is below p - n < 2^127 and so starts with at least 16 zero bytes; the key was chosen for it. DSS
                    compares x(R) reduced modulo n with r (RFC 9053 §2.1).

                    A verifier must accept it. One that compares x(R) with r without the reduction rejects a valid
                    signature; JDK 17's SunEC did (see the Wycheproof tests with x(R) >= n). It is rare from a real
                    signer (about one signature in 2^130), which is why only a vector finds it.""")
    BuiltCase xAboveN(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = aboveN();
        return accept(input(context.algorithm().coseId(), MESSAGE, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "signature.*.edge.x-above-n-unreduced", title = "{name} signature whose r is x(R) itself, at or above n",
            severity = Severity.MEDIUM, requirements = {RS_RANGE}, flags = {"ArithmeticError", "RangeCheck"},
            sweep = Sweep.ECDSA,
            description = """
                    The signature of edge.x-above-n with r replaced by x(R) itself, which is at or above n. r must be in
                    [1, n-1] (RFC 9053 §2.1 by reference to DSS); this r is not, even though it equals the unreduced x
                    coordinate.

                    A verifier that compares x(R) with r without reducing modulo n accepts this encoding and refuses the
                    valid one. Reject it as malformed.""")
    BuiltCase xAboveNUnreduced(CaseContext<Void> context) {
        ECPoint point = EcdsaP256.firstPointFrom(N);
        EcdsaChosenSignature chosen = aboveN();
        return reject(Reason.SIGNATURE_MALFORMED, input(context.algorithm().coseId(), MESSAGE,
                chosen.signature().withR(point.getAffineXCoord().toBigInteger()).raw(),
                chosen.coseKey()));
    }

    @Case(id = "signature.*.edge.sum-at-infinity",
            title = "{name} signature for which u1 G + u2 Q is the point at infinity",
            severity = Severity.HIGH, requirements = {DSS_VERIFY}, flags = {"PointAtInfinity", "EdgeCase"},
            sweep = Sweep.ECDSA,
            description = """
                    A signature (r, s) of the message with r and s in range, under the key Q = -(e/r) G, chosen so that
                    u1 G + u2 Q = (e/s) G - (r/s)(e/r) G is the point at infinity. DSS rejects the signature when that
                    sum is the point at infinity (RFC 9053 §2.1).

                    A verifier whose point addition has no case for the point at infinity computes garbage, may crash on
                    attacker input, or, if it represents infinity as (0, 0) and skips the check, compares 0 with r. It
                    must reject the signature as invalid.""")
    BuiltCase sumAtInfinity(CaseContext<Void> context) {
        EcdsaRs signature = EcdsaFixtures.signature();
        BigInteger e = EcdsaP256.digestInteger(Sha256.digest(MESSAGE.toByteArray()));
        ECPoint q = EcdsaP256.multiplyBase(e.multiply(signature.r().modInverse(N)).negate());
        Bytes key = CoseKeys.ec2P256(EcdsaP256.x(q), EcdsaP256.y(q));
        return reject(Reason.SIGNATURE_INVALID, input(context.algorithm().coseId(), MESSAGE, signature.raw(), key));
    }

    @Case(id = "signature.*.edge.key-generator", title = "Valid {name} signature under the key G (private key 1)",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"EdgeCasePublicKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid RFC 6979 signature (in its low-s form) under the public key G, the base point itself, whose
                    private key is 1. Q = G is a valid public key (on the curve, not the point at infinity), and u1 G +
                    u2 Q then adds two multiples of the same point.

                    A verifier must accept it. An implementation whose double-scalar multiplication fails when the two
                    points are equal or related rejects a valid signature.""")
    BuiltCase keyGenerator(CaseContext<Void> context) {
        return keyWithScalar(context.algorithm(), BigInteger.ONE);
    }

    @Case(id = "signature.*.edge.key-minus-generator",
            title = "Valid {name} signature under the key -G (private key n-1)",
            severity = Severity.LOW, requirements = {DSS_VERIFY}, flags = {"EdgeCasePublicKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid RFC 6979 signature (in its low-s form) under the public key -G, whose private key is n - 1:
                    the point with G's x coordinate and the other y. It is a valid public key.

                    A verifier must accept it. One whose multi-scalar multiplication mishandles a point and its negation
                    (their sum is the point at infinity) rejects a valid signature.""")
    BuiltCase keyMinusGenerator(CaseContext<Void> context) {
        return keyWithScalar(context.algorithm(), N.subtract(BigInteger.ONE));
    }

    /** The signer's signature with r or s replaced by {@code replace}, out of range: malformed. */
    private static BuiltCase outOfRange(Algorithm alg, UnaryOperator<EcdsaRs> replace) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(alg, replace.apply(EcdsaFixtures.signature()).raw()));
    }

    /**
     * {@code value} as r or s ({@code which}), out of range, under a key chosen so that the signature verifies with
     * {@code value} reduced modulo n, as a verifier that loads r and s as scalars reads them: for s, any R; for r,
     * the point R whose x is that residue ({@link EcdsaChosenSignature}).
     */
    private static BuiltCase reduced(CaseContext<Void> context, String which, BigInteger value) {
        BigInteger residue = value.mod(N);
        String label = "range " + context.caseName();
        EcdsaRs presented;
        EcdsaChosenSignature chosen;
        if (which.equals("r")) {
            chosen = EcdsaChosenSignature.forMessage(pointWithX(residue), EcdsaP256.lowScalar(label + " s"), MESSAGE);
            presented = chosen.signature().withR(value);
        } else {
            chosen = EcdsaChosenSignature.forMessage(point(label + " R"), residue, MESSAGE);
            presented = chosen.signature().withS(value);
        }
        return reject(Reason.SIGNATURE_MALFORMED,
                input(context.algorithm().coseId(), MESSAGE, presented.raw(), chosen.coseKey()));
    }

    /** A valid signature whose s is {@code s}, under a key chosen for it; refused under ecdsa-low-s if {@code high}. */
    private static BuiltCase chosenS(CaseContext<Void> context, BigInteger s, boolean high) {
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(point("high-s " + context.caseName()), s,
                MESSAGE);
        return BuiltCase.of(high ? EcdsaFixtures.highSExpectation() : Expectation.accept(),
                input(context.algorithm().coseId(), MESSAGE, chosen.signature().raw(), chosen.coseKey()));
    }

    /** The curve point whose x is exactly {@code x} (of its two, the even y). */
    private static ECPoint pointWithX(BigInteger x) {
        ECPoint point = EcdsaP256.firstPointFrom(x);
        if (!point.getAffineXCoord().toBigInteger().equals(x)) {
            throw new IllegalStateException("no P-256 point has x = " + x.toString(16));
        }
        return point;
    }

    private static BuiltCase keyWithScalar(Algorithm alg, BigInteger scalar) {
        EcdsaP256TestKey key = EcdsaP256TestKey.fromScalar(scalar);
        return accept(input(alg.coseId(), MESSAGE, EcdsaRs.decode(Bytes.of(key.sign(MESSAGE.toByteArray()))).withLowS().raw(),
                CoseKeys.of(key)));
    }

    /** A valid signature with the smallest possible x(R) as r, and s = 7. */
    private static EcdsaChosenSignature smallValues() {
        return EcdsaChosenSignature.forMessage(EcdsaP256.firstPointFrom(BigInteger.ONE), SMALL_S, MESSAGE);
    }

    /** A valid signature whose R has x(R) >= n. */
    private static EcdsaChosenSignature aboveN() {
        return EcdsaChosenSignature.forMessage(EcdsaP256.firstPointFrom(N), EcdsaP256.lowScalar("edge x-above-n s"), MESSAGE);
    }

    private static ECPoint point(String label) {
        return EcdsaP256.multiplyBase(EcdsaP256.scalar(label));
    }
}
