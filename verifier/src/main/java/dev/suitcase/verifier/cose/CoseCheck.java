package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of COSE_Sign1, its headers, its algorithm, its trusted keys and COSE_Key (RFC 9052, RFC 9053,
 * RFC 8778). One constant per rule; see {@link Check} for what the fields mean.
 *
 * <p>Header and message rules apply from {@link Layer#COSE}; COSE_Key rules from {@link Layer#SIGNATURE},
 * whose vectors carry a COSE_Key too. Skippable are the rules a lenient library does without and still
 * verifies: it ignores a tag, extra array elements, {@code crit}, a header's type or an unprotected
 * duplicate, takes an unprotected {@code alg}, takes the algorithm from the key when the message names none
 * it knows, or uses a key whatever its type, curve, {@code key_ops}, {@code alg} or private part say. Not
 * skippable are inputs no library can verify: no signature element, a key with no key material.
 */
public enum CoseCheck implements Check {
    // COSE_Sign1 (RFC 9052 §4.2)
    /** A tag other than 18 (COSE_Sign1_Tagged) on the message. */
    SIGN1_WRONG_TAG("cose.sign1.wrong-tag", "RFC 9052 §4.2", Reason.BAD_STRUCTURE, Layer.COSE, true),
    /** A tag inside tag 18: the content of COSE_Sign1_Tagged is the COSE_Sign1 array. */
    SIGN1_NESTED_TAG("cose.sign1.nested-tag", "RFC 9052 §4.2", Reason.BAD_STRUCTURE, Layer.COSE, true),
    /**
     * An untagged COSE_Sign1 where the application requires COSE_Sign1_Tagged: a SUIT authentication block
     * (draft-ietf-suit-manifest §8.3). The SUIT layer checks the block's tag before this verifier sees it, so
     * through the reference verifier this rule guards direct callers of {@link CoseSign1Verifier} only.
     */
    SIGN1_TAG_REQUIRED("cose.sign1.tag-required", "draft-ietf-suit-manifest §8.3", Reason.BAD_STRUCTURE, Layer.SUIT,
            true),
    /** More than the four elements [protected, unprotected, payload, signature]. */
    SIGN1_EXTRA_ELEMENTS("cose.sign1.extra-elements", "RFC 9052 §4.2", Reason.BAD_STRUCTURE, Layer.COSE, true),
    /** Fewer than four elements: there is no signature, or no payload, to verify. */
    SIGN1_MISSING_ELEMENTS("cose.sign1.missing-elements", "RFC 9052 §4.2", Reason.BAD_STRUCTURE, Layer.COSE, false),
    /**
     * A payload that is neither a byte string nor nil. Knocked out, a text string's bytes are the payload, as in
     * a library that takes the bytes of any string; a payload of another type has no bytes to take.
     */
    SIGN1_PAYLOAD_TYPE("cose.sign1.payload-type", "RFC 9052 §4.2", Reason.BAD_STRUCTURE, Layer.COSE, true),
    /** A nil (detached) payload, and the application supplied none. */
    SIGN1_DETACHED_PAYLOAD_MISSING("cose.sign1.detached-payload-missing", "RFC 9052 §4.1", Reason.BAD_STRUCTURE,
            Layer.COSE, true),
    /** An attached payload, and the application supplied a detached one as well. */
    SIGN1_PAYLOAD_ATTACHED_AND_DETACHED("cose.sign1.payload-attached-and-detached", "RFC 9052 §4.1",
            Reason.BAD_STRUCTURE, Layer.COSE, true),

    // Header buckets (RFC 9052 §3, §3.1)
    /**
     * The unprotected bucket a byte string, wrapped like the protected one, where RFC 9052 §3 has a map. Knocked
     * out, a bstr holding a map is unwrapped, as by a library that treats both buckets alike.
     */
    HEADER_UNPROTECTED_WRAPPED("cose.header.unprotected-wrapped", "RFC 9052 §3", Reason.BAD_STRUCTURE, Layer.COSE,
            true),
    /** A label in both buckets: RFC 9052 §3 says applications SHOULD check, and otherwise take the protected value. */
    HEADER_LABEL_IN_BOTH_BUCKETS("cose.header.label-in-both-buckets", "RFC 9052 §3", Reason.HEADER_INVALID,
            Layer.COSE, true),
    /** A header label that is neither an integer nor a text string. */
    HEADER_LABEL_TYPE("cose.header.label-type", "RFC 9052 §3", Reason.HEADER_INVALID, Layer.COSE, true),
    /** A common header parameter (alg, crit, content type, kid, IV, Partial IV) with a value of the wrong type. */
    HEADER_VALUE_TYPE("cose.header.value-type", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** IV and Partial IV both present, in one bucket or across the two. */
    HEADER_IV_AND_PARTIAL_IV("cose.header.iv-and-partial-iv", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE,
            true),
    /**
     * No alg in either bucket. RFC 9052 §3.1 lets an application know the algorithm otherwise; knocked out, it
     * comes from the context (the algorithm the caller allows) or from each key's own alg or type.
     */
    HEADER_ALG_MISSING("cose.header.alg-missing", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /**
     * alg only in the unprotected bucket. RFC 9052 §3.1 requires alg to be authenticated where that is possible
     * and allows it through the external AAD; the verifier requires the protected bucket (README, "alg placement").
     */
    HEADER_ALG_UNPROTECTED("cose.header.alg-unprotected", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** crit in the unprotected bucket. */
    CRIT_UNPROTECTED("cose.crit.unprotected", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** crit with no label in it. */
    CRIT_EMPTY("cose.crit.empty", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** crit listing something that is not a label (int or tstr). */
    CRIT_LABEL_TYPE("cose.crit.label-type", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** crit listing a label twice. */
    CRIT_REPEATED_LABEL("cose.crit.repeated-label", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),
    /** crit listing a label that is not in the protected bucket: "a fatal error in processing the message". */
    CRIT_LABEL_NOT_PROTECTED("cose.crit.label-not-protected", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE,
            true),
    /** crit listing a label this verifier does not understand. */
    CRIT_UNKNOWN_LABEL("cose.crit.unknown-label", "RFC 9052 §3.1", Reason.HEADER_INVALID, Layer.COSE, true),

    // Algorithm
    /**
     * An alg given as text, or an id of no algorithm the suite supports. Knocked out, the message is verified
     * under the algorithm of the context or of each key, as a library that picks the primitive from the key
     * whatever the message names does.
     */
    ALG_UNSUPPORTED("cose.alg.unsupported", "RFC 9052 §3.1", Reason.UNSUPPORTED_ALGORITHM, Layer.SIGNATURE, true),
    /**
     * alg -50: registered for ML-DSA-87 (RFC 9964), once a draft placeholder for Ed25519 in suit-mti; a
     * library still on the placeholder verifies an Ed25519 signature under it.
     */
    ALG_FORMER_ED25519_PLACEHOLDER("cose.alg.ml-dsa-87-not-ed25519", "RFC 9864 §2",
            Reason.UNSUPPORTED_ALGORITHM, Layer.SIGNATURE, true),
    /** An algorithm other than the one the application allows here (RFC 9052 §10: applications choose). */
    ALG_NOT_ALLOWED("cose.alg.not-allowed", "RFC 9052 §10", Reason.UNSUPPORTED_ALGORITHM, Layer.COSE, true),

    // Trusted keys (RFC 9052 §4.4)
    /** No trusted key at all, so no signature can verify. */
    KEYS_NONE_SUPPLIED("cose.keys.none-supplied", "RFC 9052 §4.4", Reason.SIGNATURE_INVALID, Layer.COSE, false),
    /**
     * More trusted keys in one request than {@link TrustedKeyLimits#maxKeys()}: a hardening limit of the suite, which
     * no RFC sets, checked before any key is parsed. Knocked out, every key is parsed and tried.
     */
    KEYS_TOO_MANY("cose.limits.trusted-keys", "RFC 9052 §4.4", Reason.RESOURCE_LIMIT, Layer.COSE, true),
    /**
     * The keys that fit the message's algorithm times its Sig_structure bytes above
     * {@link TrustedKeyLimits#maxWorkBytes()}: a hardening limit of the suite, which no RFC sets, checked before any
     * key is tried. Knocked out, every fitting key is tried.
     */
    KEYS_WORK("cose.limits.key-work", "RFC 9052 §4.4", Reason.RESOURCE_LIMIT, Layer.COSE, true),

    // COSE_Key (RFC 9052 §7, RFC 9053 §7, RFC 8778)
    /**
     * A COSE_Key that breaks a CBOR rule. The CBOR rule is the one a test knocks out; this check only turns its
     * rejection into a bad key.
     */
    KEY_CBOR("cose.key.cbor", "RFC 9052 §7", Reason.BAD_KEY, Layer.SIGNATURE, false),
    /** A COSE_Key that is not a map. */
    KEY_NOT_A_MAP("cose.key.not-a-map", "RFC 9052 §7", Reason.BAD_KEY, Layer.SIGNATURE, false),
    /**
     * A trust anchor with a private part (d, -4). No RFC forbids one; trust anchors are public keys, and a
     * private key among them is a key-management fault the suite reports (hardening).
     */
    KEY_PRIVATE_PART("cose.key.private-part", "RFC 9053 §7.1.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /**
     * No kty, which "MUST be present in a key object". Knocked out, the key type is the one crv names (or HSS-LMS
     * when -1 holds a byte string), as in a library that builds keys from the curve; with neither, no key is left.
     */
    KEY_KTY_MISSING("cose.key.kty-missing", "RFC 9052 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /**
     * A kty that is no registered key type. Knocked out, the key type is the one its parameters imply, as for
     * {@link #KEY_KTY_MISSING}: a library that builds keys from crv never reads kty.
     */
    KEY_KTY_UNKNOWN("cose.key.kty-unknown", "RFC 9052 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /** A known kty that no supported algorithm uses (RSA, Symmetric, WalnutDSA, AKP). */
    KEY_KTY_UNSUPPORTED("cose.key.kty-unsupported", "RFC 9052 §7.1", Reason.ALGORITHM_KEY_MISMATCH, Layer.SIGNATURE,
            false),
    /**
     * An EC2 or OKP key with no crv. Knocked out, the key is on the one curve of its type the suite verifies with
     * (P-256, Ed25519), as in a library that implements only that curve and never reads crv.
     */
    KEY_CRV_MISSING("cose.key.crv-missing", "RFC 9053 §7.1.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /** A crv that is no registered curve. Knocked out, crv is not read, as for {@link #KEY_CRV_MISSING}. */
    KEY_CRV_UNKNOWN("cose.key.crv-unknown", "RFC 9053 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /**
     * A curve of the other key type (an EC2 key on Ed25519): RFC 9053 §7.1 requires such a key to be rejected.
     * Knocked out, the key is read both as its kty says (crv not read) and as its crv says, and the algorithm in
     * use takes the reading that fits it, as a library that reads the parameters its algorithm needs does.
     */
    KEY_CRV_OF_OTHER_KTY("cose.key.crv-of-other-kty", "RFC 9053 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /**
     * A curve of the key's type that no supported algorithm uses and whose key the material is not (X25519, X448,
     * or coordinates that are no point of the curve crv names). Knocked out, crv is not read, as for
     * {@link #KEY_CRV_MISSING}.
     */
    KEY_CRV_UNSUPPORTED("cose.key.crv-unsupported", "RFC 9053 §7.1", Reason.ALGORITHM_KEY_MISMATCH, Layer.SIGNATURE,
            true),
    /**
     * A valid key on a signature curve of its type that none of the suite's algorithms uses: P-384, P-521 or
     * secp256k1 (ESP256 needs P-256, RFC 9864 §2.1; ES256K is secp256k1's own id, RFC 8812), Ed448 (Ed25519
     * needs Ed25519, RFC 9864 §2.2). Knocked out, the key verifies on its own curve (ECDSA with SHA-256, Ed448),
     * as a library that takes the curve from the key for every ECDSA or EdDSA id does.
     */
    KEY_CRV_OF_OTHER_ALGORITHM("cose.key.crv-of-other-algorithm", "RFC 9864 §2", Reason.ALGORITHM_KEY_MISMATCH,
            Layer.SIGNATURE, true),
    /**
     * An EC2 or OKP key whose -1, its crv, is a byte string: an HSS-LMS pub (RFC 8778 §5.2) under another key
     * type, whose parameters the kty defines. Knocked out, the key is read as HSS-LMS with that pub, as a
     * library that reads -1 as the HSS public key whatever the kty does.
     */
    KEY_HSS_PUB_UNDER_OTHER_KTY("cose.key.hss-pub-under-other-kty", "RFC 9052 §7.1", Reason.BAD_KEY,
            Layer.SIGNATURE, true),
    /** A public key parameter of the key type missing: EC2 x or y, OKP x (RFC 9053 §7.1.1, §7.2), HSS-LMS pub. */
    KEY_PARAMETER_MISSING("cose.key.parameter-missing", "RFC 9053 §7", Reason.BAD_KEY, Layer.SIGNATURE, false),
    /** kty or crv not an integer, or a key parameter not a byte string. */
    KEY_PARAMETER_TYPE("cose.key.parameter-type", "RFC 9053 §7", Reason.BAD_KEY, Layer.SIGNATURE, false),
    /**
     * EC2 y given as a sign bit (point compression, which RFC 9053 §7.1.1 supports), and x the x-coordinate of no
     * point of P-256: neither sign names a point (SEC 1 v2 §2.3.4), so there is no key. A compressed x that has a
     * point is decompressed ({@link CompressedP256Point}) and checked like any other point.
     */
    KEY_EC2_COMPRESSED_POINT("cose.key.ec2-compressed-point", "RFC 9053 §7.1.1", Reason.BAD_KEY, Layer.SIGNATURE,
            false),
    /** key_ops (4) not an array. */
    KEY_OPS_TYPE("cose.key.key-ops-type", "RFC 9052 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /** key_ops (4) without verify (2): the key is restricted to other operations. */
    KEY_OPS_WITHOUT_VERIFY("cose.key.key-ops-without-verify", "RFC 9052 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /** The key's alg (3) neither an integer nor text. */
    KEY_ALG_TYPE("cose.key.alg-type", "RFC 9052 §7.1", Reason.BAD_KEY, Layer.SIGNATURE, true),
    /**
     * A key type that does not fit the algorithm: "Implementations MUST verify that the key type is appropriate".
     * Knocked out, the key verifies under its own algorithm (ECDSA P-256 with SHA-256, Ed25519, HSS-LMS), as a
     * library that picks the primitive from the key instead of the message's alg does.
     */
    KEY_TYPE_MISMATCH("cose.key.type-mismatch", "RFC 9052 §7.1", Reason.ALGORITHM_KEY_MISMATCH, Layer.SIGNATURE,
            true),
    /** A key whose own alg is another algorithm: "this key object MUST NOT be used". */
    KEY_ALG_MISMATCH("cose.key.alg-mismatch", "RFC 9052 §7.1", Reason.ALGORITHM_KEY_MISMATCH, Layer.SIGNATURE, true);

    private final Definition definition;

    CoseCheck(String id, String section, Reason reason, Layer layer, boolean skippable) {
        this.definition = new Definition(id, section, reason, layer, skippable);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
