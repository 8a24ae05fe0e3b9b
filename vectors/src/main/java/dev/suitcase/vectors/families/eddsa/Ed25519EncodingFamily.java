package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.util.Arrays;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.utf8;

/**
 * Ed25519 signature-layer vectors about encodings: signatures
 * of the wrong length, S not below L, R and A encoded non-canonically, and R and A that are no curve
 * point at all. Each starts from a valid signature of a test key and breaks one rule of RFC 8032
 * §5.1.7; the small-order points and their alternative encodings are in {@link Ed25519TorsionFamily}.
 */
public final class Ed25519EncodingFamily extends CaseFamily<Void> {
    private static final Ed25519TestKey KEY = Ed25519TestKey.derive("ed25519-encoding");
    private static final byte[] A = KEY.publicKey();
    private static final byte[] MESSAGE = utf8("firmware manifest digest");
    private static final byte[] VALID = KEY.sign(MESSAGE);
    /** R = (x, y) with y = p + 3: the non-canonical encoding of the point with y = 3, which has a torsion component. */
    private static final byte[] Y_ABOVE_P = Edwards25519.encodeScalar(Edwards25519.P.add(BigInteger.valueOf(3)));
    /** y = 2^255 - 1 = p + 18 with the sign bit set: all 256 bits one; y = 18 is a point of mixed order. */
    private static final byte[] ALL_ONES = filled((byte) 0xff);
    /** y = 2: no x satisfies the curve equation. */
    private static final byte[] Y_TWO = Edwards25519.encodeScalar(BigInteger.TWO);

    @Override
    public String name() {
        return "ed25519-encoding";
    }

    @Case(id = "signature.*.length.empty", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Empty signature (0 bytes)",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"TruncatedSignature"},
            description = """
                    The signature is the empty byte string; the key and message are valid. An Ed25519 signature is
                    exactly 64 bytes, R then S (RFC 8032 §5.1.6), so there is nothing to verify.

                    A verifier must reject it as malformed. One that slices R and S out of whatever it receives
                    without a length check reads out of bounds or zeros, and one that treats a missing signature as
                    "nothing to check" installs unsigned firmware.""",
            robustness = """
                    Filled into 64 bytes as a verifier without the length rule reads it, the empty signature is R = 0,
                    S = 0, which verifies under no key of large order; length.trailing-zero-trimmed isolates the rule.""")
    BuiltCase empty() {
        return signature(A, MESSAGE, new byte[0], rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.r-only", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Signature holds only R (32 bytes), S missing",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"TruncatedSignature"},
            description = """
                    The first 32 bytes of a valid signature, R alone. S, the second half, is missing.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7 splits exactly 64 bytes). Reading S from
                    beyond the buffer, or defaulting it to zero, turns a length bug into a forgery primitive: R is
                    public in every signature the device ever saw.""",
            robustness = """
                    Filled into 64 bytes, the missing S is 0, and R with S = 0 verifies under no key of large order;
                    length.trailing-zero-trimmed isolates the rule.""")
    BuiltCase rOnly() {
        return signature(A, MESSAGE, Arrays.copyOf(VALID, 32), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.truncated-63-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature with its last byte cut off (63 bytes)",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"TruncatedSignature"},
            description = """
                    A valid signature truncated to 63 bytes: the most significant byte of S (S is little-endian) is
                    gone.

                    A verifier must reject any length but 64. Accepting short input means the verifier pads or reads
                    past the end; either way it no longer verifies what the signer produced.""",
            robustness = """
                    The byte cut off is not zero: zero-padded back to 64 bytes, S is another number and the equation
                    fails; length.trailing-zero-trimmed, whose cut byte is zero, isolates the rule.""")
    BuiltCase truncated63() {
        return signature(A, MESSAGE, Arrays.copyOf(VALID, 63), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.trailing-zero-trimmed", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature whose S ends in a zero byte, sent without that byte (63 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"},
            flags = {"TruncatedSignature"},
            description = """
                    The message was chosen so that the last byte of a valid signature (the most significant byte of
                    the little-endian S) is 0x00, and that byte was dropped, as an encoder does when it writes S as a
                    minimal big integer. Zero-padding the 63 bytes back to 64 would give a valid signature.

                    A verifier must still reject it: RFC 8032 and RFC 9053 §2.2 fix the signature at 64 bytes. A
                    verifier that pads short signatures accepts several encodings of one signature (malleability), and
                    interoperates with a broken signer that correct devices reject.""")
    BuiltCase trailingZeroTrimmed() {
        byte[] message = Ed25519Forge.grind("S ending in a zero byte", candidate -> KEY.sign(candidate)[63] == 0);
        byte[] valid = KEY.sign(message);
        return signature(A, message, Arrays.copyOf(valid, 63), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.trailing-zero-byte", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature followed by one zero byte (65 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"SignatureWithGarbage"},
            description = """
                    A valid 64-byte signature with 0x00 appended. JDK 17's Ed25519 verifier accepted exactly this
                    (Wycheproof tcId 37), because it ignored bytes after the 64th.

                    A verifier must reject it as malformed. Ignoring trailing bytes makes signatures malleable and
                    lets an attacker smuggle data into the signature field that other parsers read differently.""")
    BuiltCase trailingZeroByte() {
        return signature(A, MESSAGE, concat(VALID, new byte[1]), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.signature-twice", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature repeated twice (128 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"SignatureWithGarbage"},
            description = """
                    The signature field holds a valid signature twice in a row, 128 bytes. The first 64 bytes alone
                    would verify.

                    A verifier must reject it as malformed: a signature is exactly 64 bytes, and one that verifies a
                    prefix accepts any bytes an attacker appends.""")
    BuiltCase signatureTwice() {
        return signature(A, MESSAGE, concat(VALID, VALID), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.zero-before-r", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Zero byte inserted before R (65 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"SignatureWithGarbage"},
            description = """
                    A valid signature with 0x00 prepended, so that R and S are each shifted by one byte. A verifier that
                    takes the last 64 bytes finds the valid signature.

                    A verifier must reject it as malformed; choosing which 64 of 65 bytes to use is exactly the
                    leniency that makes signatures malleable.""",
            robustness = """
                    The extra byte in front shifts R and S: the first 64 bytes hold neither, so a verifier without the
                    length rule rejects them too; length.trailing-zero-byte isolates the rule.""")
    BuiltCase zeroBeforeR() {
        return signature(A, MESSAGE, concat(new byte[1], VALID), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.zero-before-s", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Zero byte inserted between R and S (65 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"}, flags = {"SignatureWithGarbage"},
            description = """
                    R, then 0x00, then S, 65 bytes: what a signer produces when it writes a length or sign byte in
                    front of S. Dropping the extra byte would give a valid signature.

                    A verifier must reject it as malformed: the signature is R and S, 32 bytes each, with nothing in
                    between (RFC 8032 §5.1.6).""",
            robustness = """
                    The extra byte between R and S shifts S: the first 64 bytes hold R and a wrong S, which fails the
                    equation; length.trailing-zero-byte isolates the rule.""")
    BuiltCase zeroBeforeS() {
        return signature(A, MESSAGE, concat(Arrays.copyOf(VALID, 32), new byte[1], Arrays.copyOfRange(VALID, 32, 64)),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.length.der-sequence", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Signature wrapped in a DER SEQUENCE of two INTEGERs",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths"},
            flags = {"InvalidEncoding"},
            description = """
                    The halves R and S of a valid signature, each read as a big-endian integer and wrapped as
                    SEQUENCE { INTEGER, INTEGER } in DER, the way an ECDSA code path would encode it. EdDSA has no DER
                    form: COSE and RFC 8032 carry the raw 64 bytes.

                    A verifier must reject it as malformed. One that routes EdDSA through generic DER-decoding code
                    may unwrap it, and then accepts encodings no Ed25519 signer produces.""",
            robustness = """
                    The DER headers shift R and S: the first 64 bytes hold neither, so a verifier without the length
                    rule rejects them too; length.signature-twice isolates the rule.""")
    BuiltCase derSequence() {
        return signature(A, MESSAGE, derSequence(Arrays.copyOf(VALID, 32), Arrays.copyOfRange(VALID, 32, 64)),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-plus-l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S replaced by S + L (still below 2^253)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature whose S was replaced by S + L, L the order of the base point. Since [L]B is the
                    identity, the verification equation still holds if S is used as an integer or reduced mod L. S + L
                    is below 2^253, so its top three bits are clear and the "top three bits are zero" shortcut of
                    early ref10 code does not catch it.

                    RFC 8032 §5.1.7 requires rejecting S >= L. A verifier that does not turns every signature into
                    several valid ones (malleability): replay caches and deduplication keyed on signature bytes break,
                    and so does anything that treats a signature as a unique identifier.""")
    BuiltCase sPlusL() {
        BigInteger shifted = s(VALID).add(Edwards25519.L);
        if (shifted.bitLength() > 253) {
            throw new IllegalStateException("S + L of the base signature has a bit above 252 set; the title says otherwise");
        }
        return signature(A, MESSAGE, withS(VALID, shifted), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-plus-2l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S replaced by S + 2L",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with S + 2L in place of S; it satisfies the equation when S is reduced mod L.

                    A verifier must reject it as malformed: RFC 8032 §5.1.7 requires 0 <= S < L. Accepting it makes the
                    signature malleable.""")
    BuiltCase sPlus2L() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).add(Edwards25519.L.multiply(BigInteger.TWO))),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-plus-4l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S replaced by S + 4L (bit 254 set)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with S + 4L in place of S. 4L is just above 2^254, so the replacement has bit 254
                    set.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7, S < L). One that reduces S mod L accepts
                    it: a second valid encoding of the signer's signature.""")
    BuiltCase sPlus4L() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).add(Edwards25519.L.shiftLeft(2))), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-plus-8l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S replaced by S + 8L (bit 255 set)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with S + 8L in place of S; the result has bit 255 set, a bit some decoders mask
                    off as if it were a sign bit.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7). Reducing S mod L, or masking bit 255 and
                    then reducing, accepts it.""")
    BuiltCase sPlus8L() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).add(Edwards25519.L.shiftLeft(3))), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-plus-15l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S replaced by S + 15L, the largest multiple that fits 32 bytes",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with S + 15L in place of S: the largest such replacement that still fits in 32
                    bytes, so every bit above 252 is in play.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7). Accepting it shows S is reduced rather
                    than range-checked.""")
    BuiltCase sPlus15L() {
        byte[] message = Ed25519Forge.grind("S + 15L fits 32 bytes",
                candidate -> s(KEY.sign(candidate)).add(Edwards25519.L.multiply(BigInteger.valueOf(15))).bitLength() <= 256);
        byte[] valid = KEY.sign(message);
        return signature(A, message, withS(valid, s(valid).add(Edwards25519.L.multiply(BigInteger.valueOf(15)))),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-equals-l", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S = L exactly, the first value out of range",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"InvalidSignature"},
            description = """
                    The R of a valid signature with S = L, the smallest out-of-range value. Reduced mod L it is 0, and
                    the equation does not hold for 0 either.

                    A verifier must reject it, and RFC 8032 §5.1.7 says why: S >= L. A verifier whose range check is off
                    by one (S <= L) lets it through to the equation, which then rejects it as invalid; the vector tells
                    the two apart by the reason.""",
            robustness = """
                    S = L is 0 modulo L, and S = 0 verifies under no key of large order: a verifier without the range
                    rule rejects it at the equation; s-range.s-plus-l isolates the rule.""")
    BuiltCase sEqualsL() {
        return signature(A, MESSAGE, withS(VALID, Edwards25519.L), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-bit-253-set", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S with bit 253 set (S + 2^253)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with bit 253 of S set. Reduced mod L it no longer verifies, but a verifier that
                    masks the top three bits of S (instead of rejecting them) recovers the valid S.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7, S < L). Masking bits accepts a second
                    encoding of the signature.""",
            robustness = """
                    Adding 2^253 changes S modulo L: a verifier without the range rule that reduces S fails the
                    equation, and only one that masks the top bits recovers S; s-range.s-plus-2l isolates the rule.""")
    BuiltCase sBit253() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).setBit(253)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-bit-254-set", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S with bit 254 set (S + 2^254)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with bit 254 of S set; masking the top bits of S recovers the valid signature.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7).""",
            robustness = """
                    Adding 2^254 changes S modulo L: a verifier without the range rule that reduces S fails the
                    equation, and only one that masks the top bits recovers S; s-range.s-plus-4l isolates the rule.""")
    BuiltCase sBit254() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).setBit(254)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-bit-255-set", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S with bit 255 set (S + 2^255)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid signature with the top bit of S set. Point encodings use bit 255 as the sign of x, and code
                    shared between point and scalar decoding may clear it silently.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7, S < L).""",
            robustness = """
                    Adding 2^255 changes S modulo L: a verifier without the range rule that reduces S fails the
                    equation, and only one that masks the top bits recovers S; s-range.s-plus-8l isolates the rule.""")
    BuiltCase sBit255() {
        return signature(A, MESSAGE, withS(VALID, s(VALID).setBit(255)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.s-range.s-all-ones", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "S = 2^256 - 1, every bit set",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-s-range"}, flags = {"InvalidSignature"},
            description = """
                    The R of a valid signature with S = 2^256 - 1. It does not verify in any reading, but it is the
                    largest value 32 bytes hold and exercises the range check at its other end.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7). A scalar decoder that overflows or
                    sign-extends on this value may crash instead; a crash on input is a denial of service on the
                    device.""",
            robustness = """
                    S = 2^256 - 1 is a fixed number, not the signer's S plus a multiple of L: reduced modulo L it fails
                    the equation; s-range.s-plus-15l isolates the rule.""")
    BuiltCase sAllOnes() {
        return signature(A, MESSAGE, concat(Arrays.copyOf(VALID, 32), filled((byte) 0xff)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.non-canonical-r.y-above-p", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R encoded with y = p + 3 (non-canonical)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-decode-r"}, flags = {"NonCanonicalR"},
            description = """
                    R is f0ff...ff7f: y = p + 3, which reduces to the point with y = 3. That point is not of small
                    order, so the encoding is not on any block-list of the eight small-order points: only the rule
                    itself, y < p (RFC 8032 §5.1.3 step 1), catches it. S is that of a valid signature.

                    A verifier must reject the signature as malformed, before any arithmetic. One that reduces y mod p
                    decodes a different point than the bytes say, and its equation check then fails; the vector checks
                    that the failure comes from decoding, as the RFC requires.""")
    BuiltCase nonCanonicalRAboveP() {
        return signature(A, MESSAGE, concat(Y_ABOVE_P, Arrays.copyOfRange(VALID, 32, 64)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.non-canonical-r.all-ones", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R = ff...ff: y = p + 18 with the sign bit set",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-decode-r"}, flags = {"NonCanonicalR"},
            description = """
                    R is 32 bytes of 0xff: y = 2^255 - 1 = p + 18 and the sign bit set. y = 18 is a curve point, so a
                    decoder that reduces y mod p accepts the encoding.

                    A verifier must reject the signature as malformed (RFC 8032 §5.1.3 step 1: y must be below p).""")
    BuiltCase nonCanonicalRAllOnes() {
        return signature(A, MESSAGE, concat(ALL_ONES, Arrays.copyOfRange(VALID, 32, 64)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.non-canonical-a.y-above-p", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Public key encoded with y = p + 3 (non-canonical)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-decode-a"}, flags = {"NonCanonicalA"},
            description = """
                    The public key is f0ff...ff7f: y = p + 3, a non-canonical encoding of the point with y = 3, which is
                    not of small order. The signature is a valid one of another key.

                    A verifier must refuse the key (RFC 8032 §5.1.3 step 1, y < p), whatever the signature. Accepting
                    non-canonical keys means two different byte strings name one key, which breaks key pinning and
                    revocation lists compared by bytes.""")
    BuiltCase nonCanonicalAAboveP() {
        return signature(Y_ABOVE_P, MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.*.non-canonical-a.all-ones", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Public key ff...ff: y = p + 18 with the sign bit set",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-decode-a"}, flags = {"NonCanonicalA"},
            description = """
                    The public key is 32 bytes of 0xff, y = p + 18 with the sign bit set; y = 18 is on the curve, so a
                    lenient decoder finds a point.

                    A verifier must refuse the key (RFC 8032 §5.1.3 step 1).""")
    BuiltCase nonCanonicalAAllOnes() {
        return signature(ALL_ONES, MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.*.undecodable.r-not-on-curve", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R with y = 2, for which no curve point exists",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-decode-r"}, flags = {"InvalidEncoding"},
            description = """
                    R is 0200...00: y = 2, and (y^2 - 1) / (d y^2 + 1) has no square root mod p, so no x exists
                    (RFC 8032 §5.1.3 step 3). S is that of a valid signature.

                    A verifier must reject the signature as malformed. One that skips the square-root check computes
                    with a point that is not on the curve, where the group law and its security argument do not hold.""",
            robustness = """
                    No curve point has this y: without the decoding rule there is no R to compute with.""")
    BuiltCase rNotOnCurve() {
        return signature(A, MESSAGE, concat(Y_TWO, Arrays.copyOfRange(VALID, 32, 64)), rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.undecodable.r-bit-flipped-off-curve", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R of a valid signature with one bit flipped, leaving the curve",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-decode-r"}, flags = {"InvalidEncoding"},
            description = """
                    A valid signature in which the lowest bit of R's y coordinate whose flip gives a y with no curve
                    point was flipped. S is unchanged.

                    A verifier must reject it as malformed: R does not decode (RFC 8032 §5.1.3 step 3). Transmission
                    errors look exactly like this, and a verifier must fail closed on them.""",
            robustness = """
                    No curve point has this y: without the decoding rule there is no R to compute with.""")
    BuiltCase rBitFlippedOffCurve() {
        return signature(A, MESSAGE, concat(flipFirstOffCurve(Arrays.copyOf(VALID, 32)), Arrays.copyOfRange(VALID, 32, 64)),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.undecodable.a-not-on-curve", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Public key with y = 2, for which no curve point exists",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-decode-a"}, flags = {"InvalidPoint"},
            description = """
                    The public key is 0200...00: y = 2, which has no x on edwards25519. The signature is valid under
                    another key.

                    A verifier must refuse the key (RFC 8032 §5.1.3 step 3). Arithmetic with an off-curve key happens
                    on another curve, where small-subgroup and invalid-curve attacks apply.""",
            robustness = """
                    No curve point has this y: without the decoding rule there is no key to compute with.""")
    BuiltCase aNotOnCurve() {
        return signature(Y_TWO, MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.*.undecodable.a-bit-flipped-off-curve", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Public key with one bit flipped, leaving the curve",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-decode-a"}, flags = {"InvalidPoint"},
            description = """
                    The test key's encoding with the lowest bit flipped whose flip gives a y with no curve point; the
                    signature is valid under the unflipped key.

                    A verifier must refuse the key as unusable (RFC 8032 §5.1.3), as it would a corrupted trust anchor
                    in flash.""",
            robustness = """
                    No curve point has this y: without the decoding rule there is no key to compute with.""")
    BuiltCase aBitFlippedOffCurve() {
        return signature(flipFirstOffCurve(A), MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    private static BigInteger s(byte[] signature) {
        return Edwards25519.littleEndian(Arrays.copyOfRange(signature, 32, 64));
    }

    private static byte[] withS(byte[] signature, BigInteger s) {
        return Ed25519Forge.rAndS(Arrays.copyOf(signature, 32), s);
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[Edwards25519.ENCODED_LENGTH];
        Arrays.fill(bytes, value);
        return bytes;
    }

    /** The encoding with its lowest bit flipped whose flip leaves no curve point (sign bit excluded). */
    private static byte[] flipFirstOffCurve(byte[] encoding) {
        for (int bit = 0; bit < 255; bit++) {
            byte[] flipped = encoding.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            if (Edwards25519.decodeStrict(flipped).failure().filter(f -> f == Edwards25519.DecodeFailure.NOT_ON_CURVE).isPresent()) {
                return flipped;
            }
        }
        throw new IllegalStateException("no single bit flip takes this encoding off the curve");
    }

    /** SEQUENCE { INTEGER r, INTEGER s }, each half read as an unsigned big-endian integer. */
    private static byte[] derSequence(byte[] r, byte[] s) {
        byte[] first = derInteger(r);
        byte[] second = derInteger(s);
        return concat(new byte[] {0x30, (byte) (first.length + second.length)}, first, second);
    }

    private static byte[] derInteger(byte[] unsignedBigEndian) {
        byte[] value = new BigInteger(1, unsignedBigEndian).toByteArray();
        return concat(new byte[] {0x02, (byte) value.length}, value);
    }
}
