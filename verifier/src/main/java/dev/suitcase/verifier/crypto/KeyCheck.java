package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of public keys and signatures of each algorithm (RFC 8032, RFC 9053 §2.1, SEC 1 v2, RFC 8554).
 * One constant per rule; see {@link Check} for what the fields mean. Every one applies from the
 * signature layer up, since the signature layer runs the same key and signature checks as COSE.
 *
 * <p>Where a skippable check is knocked out, the key class goes on as a processor without the rule
 * would; each constant's comment says how. A check is skippable when some processor without it
 * accepts an input it rejects; one past which no processor can go on (a field it cannot read, a y
 * with no point, a type code that fixes no length) is not, and the vectors it rejects are
 * robustness vectors.
 *
 * <p>A refusal by BouncyCastle of a key that every rule here accepted is no rule of a specification
 * but a disagreement between the verifier and its library, which no input reaches: the rules are a
 * superset of what BouncyCastle checks. It is an internal error ({@link IllegalStateException}),
 * which the verifier's fail-closed net turns into a rejection.
 */
public enum KeyCheck implements Check {

    // Ed25519 public key A (RFC 8032 §5.1.5, decoded by §5.1.3); see Ed25519PublicKey.

    /**
     * A is not 32 bytes; knocked out, the bytes received fill a 32-byte buffer of zeros from its start,
     * as far as they go (a longer A is read as its first 32 bytes, a shorter one padded with zeros at
     * the end), as a verifier that copies the key into a fixed-size array without checking its length does.
     */
    ED25519_A_LENGTH("ed25519.a-length", "RFC 8032 §5.1.5", Reason.BAD_KEY, true),
    /** A has y &gt;= p or x = -0; knocked out, or under ed25519-zip215, y is reduced mod p and -0 read as 0. */
    ED25519_A_NON_CANONICAL("ed25519.a-non-canonical", "RFC 8032 §5.1.3", Reason.BAD_KEY, true),
    /** No curve point has A's y: nothing to verify with. */
    ED25519_A_NOT_ON_CURVE("ed25519.a-not-on-curve", "RFC 8032 §5.1.3", Reason.BAD_KEY, false),
    /**
     * A is the canonical encoding of one of the eight points of small order; knocked out, or under
     * ed25519-zip215, the key is used.
     */
    ED25519_A_SMALL_ORDER("ed25519.a-small-order", "RFC 8032 §5.1.7", Reason.BAD_KEY, true),

    // Ed25519 signature R ‖ S (RFC 8032 §5.1.6, verified by §5.1.7).

    /**
     * The signature is not 64 bytes; knocked out, the bytes received fill a 64-byte buffer of zeros from
     * its start, as far as they go (a longer signature is read as its first 64 bytes, a shorter one padded
     * with zeros at the end), as a verifier that copies R ‖ S into a fixed-size array does.
     */
    ED25519_SIGNATURE_LENGTH("ed25519.signature-length", "RFC 8032 §5.1.6", Reason.SIGNATURE_MALFORMED, true),
    /** S &gt;= L; knocked out, S is used as it is ([S]B = [S mod L]B) and the equation decides. */
    ED25519_S_RANGE("ed25519.s-range", "RFC 8032 §5.1.7", Reason.SIGNATURE_MALFORMED, true),
    /** R has y &gt;= p or x = -0; knocked out, or under ed25519-zip215, decoded leniently as A is. */
    ED25519_R_NON_CANONICAL("ed25519.r-non-canonical", "RFC 8032 §5.1.3", Reason.SIGNATURE_MALFORMED, true),
    /** No curve point has R's y: nothing to verify with. */
    ED25519_R_NOT_ON_CURVE("ed25519.r-not-on-curve", "RFC 8032 §5.1.3", Reason.SIGNATURE_MALFORMED, false),
    /** Under ed25519-strict, R is of small order; knocked out, the equation decides. */
    ED25519_R_SMALL_ORDER("ed25519.r-small-order", "RFC 8032 §5.1.7", Reason.SIGNATURE_MALFORMED, true),
    /** [8][S]B != [8]R + [8][k]A; knocked out, the signature is accepted unverified. */
    ED25519_EQUATION("ed25519.equation", "RFC 8032 §5.1.7", Reason.SIGNATURE_INVALID, true),

    // P-256 public key Q = (x, y) (RFC 9053 §7.1.1, SEC 1 v2 §3.2.2.1); see P256PublicKey.

    /** A coordinate is not 32 bytes; knocked out, its bytes are read as the big-endian integer they spell. */
    P256_COORDINATE_LENGTH("p256.coordinate-length", "RFC 9053 §7.1.1", Reason.BAD_KEY, true),
    /** A coordinate is not below p; knocked out, it is reduced mod p. */
    P256_COORDINATE_RANGE("p256.coordinate-range", "SEC 1 v2 §3.2.2.1", Reason.BAD_KEY, true),
    /** Q = (0, 0); knocked out, Q is taken for the point at infinity, as that encoding means. */
    P256_POINT_AT_INFINITY("p256.point-at-infinity", "SEC 1 v2 §3.2.2.1", Reason.BAD_KEY, true),
    /** Q is not on the curve; knocked out, the arithmetic runs on Q as it is (the invalid-curve case). */
    P256_POINT_OFF_CURVE("p256.point-off-curve", "SEC 1 v2 §3.2.2.1", Reason.BAD_KEY, true),

    // ECDSA signature r ‖ s (RFC 9053 §2.1, SEC 1 v2 §4.1.4).

    /** The signature is DER (ASN.1 SEQUENCE of two INTEGERs); knocked out, r and s are read from the DER. */
    ECDSA_SIGNATURE_DER("ecdsa.signature-der", "RFC 9053 §2.1", Reason.SIGNATURE_MALFORMED, true),
    /** The signature is empty or an odd number of bytes below 33: no split of it gives an r and an s. */
    ECDSA_SIGNATURE_UNSPLITTABLE("ecdsa.signature-unsplittable", "RFC 9053 §2.1", Reason.SIGNATURE_MALFORMED, false),
    /**
     * The signature is not 64 bytes (nor DER); knocked out, it is read as lenient decoders read it (equal
     * halves; s the last 32 bytes and r the rest; r the first 32 and s the rest; the first or the last 64
     * bytes as r ‖ s) and accepted if one reading verifies.
     */
    ECDSA_SIGNATURE_LENGTH("ecdsa.signature-length", "RFC 9053 §2.1", Reason.SIGNATURE_MALFORMED, true),
    /** r is 0 or not below n; knocked out, the equation runs with r taken modulo n, as a scalar. */
    ECDSA_R_RANGE("ecdsa.r-range", "SEC 1 v2 §4.1.4", Reason.SIGNATURE_MALFORMED, true),
    /** s is 0 or not below n; knocked out, the equation runs with s taken modulo n, as a scalar. */
    ECDSA_S_RANGE("ecdsa.s-range", "SEC 1 v2 §4.1.4", Reason.SIGNATURE_MALFORMED, true),
    /** Under ecdsa-low-s, s &gt; n/2; knocked out, the equation decides. */
    ECDSA_HIGH_S("ecdsa.high-s", "RFC 9053 §2.1", Reason.SIGNATURE_MALFORMED, true),
    /** x(u1 G + u2 Q) mod n != r; knocked out, the signature is accepted unverified. */
    ECDSA_EQUATION("ecdsa.equation", "SEC 1 v2 §4.1.4", Reason.SIGNATURE_INVALID, true),

    // HSS-LMS public key u32str(L) ‖ LMS public key (RFC 8554 §6.1, §5.3); see HssPublicKey.

    /** The key ends inside a field: nothing to read it with. */
    HSS_KEY_TRUNCATED("hss.key-truncated", "RFC 8554 §6.1", Reason.BAD_KEY, false),
    /** L is not in 1..8; knocked out, the hierarchy is taken to have L levels. */
    HSS_LEVELS("hss.levels", "RFC 8554 §6", Reason.BAD_KEY, true),
    /** The key's LMS type code is not registered: its lengths are unknown. */
    HSS_KEY_LMS_TYPE_UNKNOWN("hss.key-lms-type-unknown", "RFC 8554 §5.3", Reason.BAD_KEY, false),
    /** The key's LM-OTS type code is not registered: its lengths are unknown. */
    HSS_KEY_OTS_TYPE_UNKNOWN("hss.key-ots-type-unknown", "RFC 8554 §5.3", Reason.BAD_KEY, false),
    /** Bytes follow T[1]; knocked out, they are ignored. */
    HSS_KEY_TRAILING_BYTES("hss.key-trailing-bytes", "RFC 8554 §5.3", Reason.BAD_KEY, true),

    // HSS signature (RFC 8554 §6.2, checked by §6.3 and §5.4.2 Algorithm 6a); see HssSignature.

    /** The signature ends inside a field: nothing to read it with. */
    HSS_SIGNATURE_TRUNCATED("hss.signature-truncated", "RFC 8554 §6.3", Reason.SIGNATURE_MALFORMED, false),
    /**
     * Nspk != L - 1; knocked out, the signature's Nspk + 1 levels are read and the chain verified from the
     * key's top tree, as RFC 8554 §6.3 Algorithm 8 does without its step 2.
     */
    HSS_NSPK("hss.nspk", "RFC 8554 §6.3", Reason.SIGNATURE_MALFORMED, true),
    /** A signed public key's LMS type code is not registered: its lengths are unknown. */
    HSS_SIGNED_KEY_LMS_TYPE_UNKNOWN("hss.signed-key-lms-type-unknown", "RFC 8554 §5.3", Reason.SIGNATURE_MALFORMED,
            false),
    /** A signed public key's LM-OTS type code is not registered: its lengths are unknown. */
    HSS_SIGNED_KEY_OTS_TYPE_UNKNOWN("hss.signed-key-ots-type-unknown", "RFC 8554 §5.3", Reason.SIGNATURE_MALFORMED,
            false),
    /** Bytes follow the last LMS signature; knocked out, they are ignored. */
    HSS_SIGNATURE_TRAILING_BYTES("hss.signature-trailing-bytes", "RFC 8554 §6.3", Reason.SIGNATURE_MALFORMED, true),
    /**
     * An LMS signature's LM-OTS type differs from its key's; knocked out, the key's type is used, as a
     * verifier of one parameter set that reads the fields at fixed offsets does.
     */
    LMS_OTS_TYPE_MISMATCH("lms.ots-type-mismatch", "RFC 8554 §5.4.2", Reason.SIGNATURE_MALFORMED, true),
    /**
     * An LMS signature's LMS type differs from its key's; knocked out, the key's type is used, as a
     * verifier of one parameter set that reads the fields at fixed offsets does.
     */
    LMS_TYPE_MISMATCH("lms.type-mismatch", "RFC 8554 §5.4.2", Reason.SIGNATURE_MALFORMED, true),
    /**
     * q is not below 2^h; knocked out, the root is recomputed with q as it is, from node 2^h + q up
     * the h nodes of the path (Algorithm 6a), in the verifier's own arithmetic ({@link LmsArithmetic}).
     */
    LMS_Q_RANGE("lms.q-range", "RFC 8554 §5.4.2", Reason.SIGNATURE_MALFORMED, true),
    /** A recomputed root differs from the key's T[1]; knocked out, the signature is accepted unverified. */
    HSS_ROOT_MISMATCH("hss.root-mismatch", "RFC 8554 §6.3", Reason.SIGNATURE_INVALID, true);

    private final Definition definition;

    KeyCheck(String id, String section, Reason reason, boolean skippable) {
        this.definition = new Definition(id, section, reason, Layer.SIGNATURE, skippable);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
