package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * Which algorithm and which key a COSE_Sign1 is verified with, for each of the five ids: alg values
 * the suite does not implement (-50, -35, -53, a text name, a private-use id), keys whose type or own
 * alg does not fit the message (RFC 9052 §7.1, RFC 9053 §2, RFC 8778 §3), and sets of trust anchors
 * (several keys, untrusted keys). The signature of every vector is made over the message as sent, by the
 * algorithm's key, or where the trusted key is of another type, by that key with its own primitive: a
 * processor that picks the primitive from the key then accepts, so only the rule under test stands between
 * the vector and acceptance.
 */
public final class CoseKeyFamily extends CoseFamily {
    /** ML-DSA-87 (RFC 9964); draft-era suit-mti used -50 for Ed25519. */
    private static final long ML_DSA_87 = -50;
    /** ES384, ECDSA with SHA-384 (RFC 9053 §2.1). */
    private static final long ES384 = -35;
    /** Ed448 (RFC 9864 §2.2). */
    private static final long ED448 = -53;
    /** An id from the private-use range (below -65536) of the COSE Algorithms registry, unknown to everyone. */
    private static final long PRIVATE_USE_ALG = -65537;

    @Override
    public String name() {
        return "cose-keys";
    }

    // ---- alg-id ----------------------------------------------------------------------------------

    @Case(id = "cose.*.alg-id.ml-dsa-87", sweep = Sweep.COSE,
            title = "Ed25519 key and signature presented under alg -50 (ML-DSA-87), for {name} implementations",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry", "SUITM-8.3-profile-algorithms"},
            flags = {"UnsupportedAlgorithm", "AlgorithmConfusion"},
            description = """
                    The protected bucket is {1: -50}; the signature is a valid pure Ed25519 signature over the message
                    as sent, by the one trusted key, an OKP Ed25519 key. -50 is ML-DSA-87 (RFC 9964). Drafts of the SUIT
                    algorithm profiles used -50 as a placeholder for Ed25519 before RFC 9864 assigned -19, and code
                    written against them may still map -50 to Ed25519. The vector is for {name} implementations, which
                    often implement Ed25519 too.

                    A processor must refuse it (UNSUPPORTED_ALGORITHM), or verify it as ML-DSA-87 if it implements that
                    and find the key of the wrong type. One that still maps -50 to Ed25519 verifies the signature and
                    accepts: the alg id names nothing, and a message announcing a post-quantum signature is accepted on
                    the strength of a classical one.""")
    BuiltCase mlDsa87(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSigner ed25519 = fixture.signerOf(Algorithm.Family.ED25519);
        Bytes message = fixture.messageSignedBy(ed25519)
                .protectedHeader(CborValue.map().put(CoseFixture.ALG, ML_DSA_87).build()).build().encode();
        return BuiltCase.of(Expectation.reject(Reason.UNSUPPORTED_ALGORITHM),
                fixture.input(message, List.of(KeyEntry.trusted(ed25519.publicKey().coseKey()))));
    }

    @Case(id = "cose.*.alg-id.es384", sweep = Sweep.COSE,
            title = "{alg} key and signature presented under alg -35 (ES384)",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry"},
            flags = {"UnsupportedAlgorithm", "AlgorithmConfusion"},
            description = """
                    The protected bucket is {1: -35}, ES384 (ECDSA with SHA-384, RFC 9053 §2.1); the signature is a valid
                    {primitive} signature over the message as sent, by the trusted {key}.

                    A processor that implements only the suite's five ids must refuse it (UNSUPPORTED_ALGORITHM); one
                    that implements ES384 hashes with SHA-384 and finds the signature invalid. Accepting it means the
                    processor picks the algorithm from the key instead of from the signed alg, so the alg the signer
                    committed to is never checked.""")
    BuiltCase es384(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.UNSUPPORTED_ALGORITHM, withAlg(fixture, CborValue.integer(ES384)));
    }

    @Case(id = "cose.*.alg-id.ed448", sweep = Sweep.COSE,
            title = "{alg} key and signature presented under alg -53 (Ed448)",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry", "RFC9864-2.2-ed25519"},
            only = {Algorithm.EDDSA, Algorithm.ED25519}, flags = {"UnsupportedAlgorithm", "AlgorithmConfusion"},
            description = """
                    The protected bucket is {1: -53}, Ed448 (RFC 9864 §2.2); the signature is a valid Ed25519 signature
                    over the message as sent, by the trusted Ed25519 key.

                    A processor must refuse it (UNSUPPORTED_ALGORITHM, or ALGORITHM_KEY_MISMATCH if it implements Ed448:
                    the key is on Ed25519). Accepting it means EdDSA is verified on the curve of the key whatever the
                    id says, which RFC 9864 replaced by ids that name the curve.""")
    BuiltCase ed448(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.UNSUPPORTED_ALGORITHM, withAlg(fixture, CborValue.integer(ED448)));
    }

    @Case(id = "cose.*.alg-id.text-name", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose alg is the text \"{name}\"",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3.1-alg-registry"}, flags = {"UnsupportedAlgorithm"},
            description = """
                    The protected bucket is {1: "{name}"}: alg as a text string holding the algorithm's registry name
                    instead of its id {id}. RFC 9052 allows text values for alg, but none is registered, and "{name}"
                    is not the algorithm {id}. The signature is valid over the message as sent.

                    A processor must refuse it (UNSUPPORTED_ALGORITHM). One that maps names to ids accepts an
                    algorithm identifier that no registry defines, and the next processor along the way reads it
                    differently.""")
    BuiltCase textName(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.UNSUPPORTED_ALGORITHM,
                withAlg(fixture, CborValue.text(fixture.algorithm().displayName())));
    }

    @Case(id = "cose.*.alg-id.private-use", sweep = Sweep.COSE,
            title = "{alg} key and signature presented under private-use alg -65537",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry"},
            flags = {"UnsupportedAlgorithm", "AlgorithmConfusion"},
            description = """
                    The protected bucket is {1: -65537}, an id from the private-use range no implementation can know;
                    the signature is a valid {primitive} signature over the message as sent, by the trusted {key}.

                    A processor must refuse it (UNSUPPORTED_ALGORITHM). Accepting it means alg is not looked at: the
                    processor verifies with whatever the key suggests, and every algorithm rule of the suite is moot
                    for it.""")
    BuiltCase privateUse(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.UNSUPPORTED_ALGORITHM, withAlg(fixture, CborValue.integer(PRIVATE_USE_ALG)));
    }

    // ---- key-binding: the key type -----------------------------------------------------------------

    @Case(id = "cose.*.key-binding.ec2-key", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with ECDSA by its only trusted key, an EC2 P-256 key",
            severity = Severity.CRITICAL, requirements = {"RFC9052-7.1-kty", "{kty-req}", "{alg-req}"},
            only = {Algorithm.EDDSA, Algorithm.ED25519, Algorithm.HSS_LMS}, flags = {"AlgKeyMismatch"},
            description = """
                    The {alg} base message, protected bucket {1: {id}}, with one trusted key: a well-formed EC2 key on
                    P-256, whose ECDSA signature (P-256, SHA-256) over the message's Sig_structure is the signature.
                    {alg} needs an {key}.

                    RFC 9052 §7.1: implementations MUST check that the key type fits the algorithm. A processor must
                    refuse it (ALGORITHM_KEY_MISMATCH). One that picks the primitive from the key instead of from the
                    signed alg verifies ECDSA and accepts: the algorithm the signer committed to decides nothing, the
                    first step of algorithm-confusion attacks.""")
    BuiltCase ec2Key(CaseContext<CoseFixture> context) {
        return signedByKeyOf(context.fixture(), Algorithm.Family.ECDSA_P256);
    }

    @Case(id = "cose.*.key-binding.okp-key", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with Ed25519 by its only trusted key, an OKP Ed25519 key",
            severity = Severity.CRITICAL, requirements = {"RFC9052-7.1-kty", "{kty-req}", "{alg-req}"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.HSS_LMS}, flags = {"AlgKeyMismatch"},
            description = """
                    The {alg} base message, protected bucket {1: {id}}, with one trusted key: a well-formed OKP key on
                    Ed25519, whose pure Ed25519 signature over the message's Sig_structure is the signature. {alg}
                    needs an {key}.

                    RFC 9052 §7.1 and §12: the key type must fit the algorithm; "do not use an EC2 key where an OKP key
                    is expected", and the reverse. A processor must refuse it (ALGORITHM_KEY_MISMATCH). One that picks
                    the primitive from the key verifies Ed25519 and accepts, so the alg in the protected bucket
                    protects nothing.""")
    BuiltCase okpKey(CaseContext<CoseFixture> context) {
        return signedByKeyOf(context.fixture(), Algorithm.Family.ED25519);
    }

    @Case(id = "cose.*.key-binding.hss-lms-key", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with HSS-LMS by its only trusted key, an HSS-LMS key",
            severity = Severity.CRITICAL, requirements = {"RFC9052-7.1-kty", "{kty-req}", "{alg-req}", "RFC8778-3-key-type"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519}, flags = {"AlgKeyMismatch"},
            description = """
                    The {alg} base message, protected bucket {1: {id}}, with one trusted key: a well-formed HSS-LMS key
                    (kty 5, RFC 8778), whose HSS signature over the message's Sig_structure is the signature. {alg}
                    needs an {key}.

                    RFC 9052 §7.1: the key type must fit the algorithm, and an HSS-LMS key serves only alg -46 (RFC 8778
                    §3). A processor must refuse it (ALGORITHM_KEY_MISMATCH). One that picks the primitive from the key
                    verifies HSS-LMS and accepts a message whose signed alg says {alg}.""")
    BuiltCase hssLmsKey(CaseContext<CoseFixture> context) {
        return signedByKeyOf(context.fixture(), Algorithm.Family.HSS_LMS);
    }

    // ---- key-binding: the key's own alg and key_ops --------------------------------------------------

    @Case(id = "cose.*.key-binding.key-alg-sibling", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, the signer's key restricted to {sibling}",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "{key-alg-req}", "{alg-req}"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519},
            flags = {"AlgKeyMismatch", "KeyAlg", "PolymorphicId"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's own {key}, but its COSE_Key carries
                    alg (3) = {sibling}. {alg} and {sibling} are the same primitive ({primitive}, RFC 9864 §2), so the
                    signature would verify under the key.

                    RFC 9052 §7.1: a key whose alg differs from the algorithm in use MUST NOT be used. A processor must
                    refuse it (ALGORITHM_KEY_MISMATCH). A key restricted to one id is a policy of its owner, typically
                    during a migration from polymorphic to fully specified ids; a processor that ignores it uses the
                    key for what its owner excluded.""")
    BuiltCase keyAlgSibling(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        long sibling = fixture.sibling().orElseThrow().coseId();
        return keys(fixture, Reason.ALGORITHM_KEY_MISMATCH,
                KeyEntry.trusted(fixture.publicKey().coseKeyWith(CosePublicKey.ALG, CborValue.integer(sibling))));
    }

    @Case(id = "cose.*.key-binding.key-alg-foreign", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, the signer's key carrying alg {foreign}",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "{key-alg-req}"},
            flags = {"AlgKeyMismatch", "KeyAlg"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's own {key}, whose COSE_Key carries
                    alg (3) = {foreign}, an algorithm of another family that this key type cannot serve. The signature
                    verifies under the key's material.

                    RFC 9052 §7.1: the key's alg must match the algorithm in use, or the key is not used. A processor
                    must refuse it (ALGORITHM_KEY_MISMATCH). Accepting it means the key's alg is not read at all, so no
                    key restriction in a trust store has any effect.""")
    BuiltCase keyAlgForeign(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return keys(fixture, Reason.ALGORITHM_KEY_MISMATCH,
                KeyEntry.trusted(fixture.publicKey().coseKeyWith(CosePublicKey.ALG, CborValue.integer(fixture.foreign().coseId()))));
    }

    @Case(id = "cose.*.key-binding.key-alg-same", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, the signer's key carrying alg {id}",
            severity = Severity.LOW, requirements = {"RFC9052-7.1-key-alg", "{key-alg-req}"}, flags = {"Valid", "KeyAlg"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key}, whose COSE_Key carries
                    alg (3) = {id}, the algorithm of the message.

                    A processor must accept it: the key's alg matches (RFC 9052 §7.1). Trust stores that record the
                    algorithm with each key, as RFC 9864 recommends for fully specified ids, produce such keys; refusing
                    them breaks the safer way of provisioning keys.""")
    BuiltCase keyAlgSame(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode(),
                List.of(KeyEntry.trusted(fixture.publicKey().coseKeyWith(CosePublicKey.ALG, CborValue.integer(fixture.id()))))));
    }

    @Case(id = "cose.*.key-binding.key-ops-sign-only", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, the signer's key whose key_ops permit only sign",
            severity = Severity.MEDIUM, requirements = {"{key-ops-req}"}, flags = {"KeyOps"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key}, whose COSE_Key carries
                    key_ops (4) = [1]: sign only, not verify (2).

                    RFC 9052 §7.1: key_ops restricts what the key may be used for, and verification needs verify among
                    them. A processor must refuse the key (BAD_KEY). Accepting it ignores the restrictions a key's
                    owner put on it.""")
    BuiltCase keyOpsSignOnly(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return keys(fixture, Reason.BAD_KEY, KeyEntry.trusted(fixture.publicKey().coseKeyWith(CosePublicKey.KEY_OPS,
                CborValue.array(CborValue.integer(CosePublicKey.KEY_OP_SIGN)))));
    }

    // ---- keys: the set of trust anchors -------------------------------------------------------------

    @Case(id = "cose.*.keys.second-key-verifies", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with two trusted keys, the second one the signer's",
            severity = Severity.HIGH, requirements = {"RFC9124-REQ.SEC.AUTHENTIC", "RFC9052-4.4-sig-structure"},
            flags = {"Valid", "SeveralKeys"},
            description = """
                    The valid {alg} base message, with two trusted {key}s: first another well-formed key, under which
                    the signature does not verify, then the signer's key.

                    A processor must accept it: the message is signed by a trusted key. Devices hold several trust
                    anchors during key rotation; a processor that tries only the first key, or stops at the first
                    failure, rejects every update signed with the new key.""")
    BuiltCase secondKeyVerifies(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode(),
                List.of(KeyEntry.trusted(fixture.otherKey(0).coseKey()), fixture.trustedKey())));
    }

    /** The suite's limit on trusted keys per request (verifier's TrustedKeyLimits.DEFAULT), plus one. */
    private static final int KEYS_ABOVE_LIMIT = 65;
    private static final String KEY_LIMIT_RULE = "hardening: RFC 9052 §4.4 verifies under the key and leaves to the "
            + "application how many trusted keys it tries; the suite tries at most 64 per request, so that the work one "
            + "message costs is bounded before any key is tried.";

    @Case(id = "cose.es256.keys.trusted-keys-above-limit",
            title = "ES256 (-7) COSE_Sign1 offered 65 trusted keys, the signer's last",
            severity = Severity.LOW, requirements = {"RFC8949-10-resources", "RFC9052-4.4-sig-structure"},
            flags = {"SeveralKeys", "ResourceLimit"},
            description = """
                    The valid ES256 (-7) base message, with 65 trusted EC2 P-256 keys: 64 well-formed keys under which
                    the signature does not verify, then the signer's key.

                    The suite recommends refusing it before any key is tried (RESOURCE_LIMIT, advisory hardening):
                    the cost of a request grows with its keys times its payload, and no device holds more than a
                    handful of trust anchors. No RFC sets such a limit; the signature is genuine, so a processor
                    that tries every key and accepts is no security failure.""")
    BuiltCase trustedKeysAboveLimit(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        List<KeyEntry> keys = new ArrayList<>();
        for (int index = 0; index < KEYS_ABOVE_LIMIT - 1; index++) {
            keys.add(KeyEntry.trusted(fixture.otherKey(index).coseKey()));
        }
        keys.add(fixture.trustedKey());
        return BuiltCase.of(Expectation.reject(Reason.RESOURCE_LIMIT).advisory(Advisory.Basis.HARDENING, KEY_LIMIT_RULE),
                fixture.input(fixture.message().build().encode(), keys));
    }

    @Case(id = "cose.*.keys.no-key-verifies", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with two trusted keys, neither the signer's",
            severity = Severity.CRITICAL, requirements = {"RFC9124-REQ.SEC.AUTHENTIC", "RFC9052-4.4-sig-structure"},
            flags = {"SeveralKeys", "WrongKey"},
            description = """
                    The {alg} base message, signed by a key the device does not trust, with two trusted {key}s, both
                    well formed, neither the signer's.

                    A processor must refuse it (SIGNATURE_INVALID). Accepting it means a signature by anyone verifies:
                    a complete authentication bypass.""")
    BuiltCase noKeyVerifies(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return keys(fixture, Reason.SIGNATURE_INVALID,
                KeyEntry.trusted(fixture.otherKey(0).coseKey()), KeyEntry.trusted(fixture.otherKey(1).coseKey()));
    }

    @Case(id = "cose.*.keys.untrusted-key-verifies", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 verifying only under a key offered as untrusted",
            severity = Severity.CRITICAL, requirements = {"RFC9124-REQ.SEC.AUTHENTIC"}, flags = {"UntrustedKey"},
            description = """
                    The {alg} base message, with two keys: a trusted {key} that is not the signer's, and the signer's key
                    marked untrusted (trusted: false), as a key from the message, a certificate chain not yet validated
                    or a revoked anchor would be.

                    A processor must refuse it (SIGNATURE_INVALID): only a trust anchor authenticates. A processor that
                    verifies with every key it has been shown accepts firmware signed by whoever can get a key into
                    that list.""")
    BuiltCase untrustedKeyVerifies(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return keys(fixture, Reason.SIGNATURE_INVALID, KeyEntry.trusted(fixture.otherKey(0).coseKey()),
                new KeyEntry(fixture.publicKey().coseKey(), false));
    }

    @Case(id = "cose.*.keys.mixed-key-types", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with a trusted key of another type before the signer's",
            severity = Severity.LOW, requirements = {"RFC9052-7.1-kty", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Valid", "SeveralKeys"},
            description = """
                    The valid {alg} base message, with two trusted keys: first a key of another family (the type {foreign}
                    needs), then the signer's {key}.

                    A processor must accept it: the key that fits {alg} verifies the signature, and the other key is
                    simply not applicable (RFC 9052 §7.1). Devices in an algorithm transition trust keys of two
                    families at once; refusing the message because of the first key blocks the transition.""")
    BuiltCase mixedKeyTypes(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode(),
                List.of(KeyEntry.trusted(fixture.keyOf(fixture.foreign().family()).coseKey()), fixture.trustedKey())));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The base message with protected bucket {1: alg}, signed as sent by the algorithm's key. */
    private static Bytes withAlg(CoseFixture fixture, CborValue alg) {
        return fixture.message().protectedHeader(CborValue.map().put(CborValue.integer(CoseFixture.ALG), alg).build())
                .build().encode();
    }

    private static BuiltCase reject(CoseFixture fixture, Reason reason, Bytes message) {
        return BuiltCase.of(Expectation.reject(reason), fixture.input(message));
    }

    /**
     * The base message signed by the key of {@code family}, another family than the message's alg, with that key
     * as the one trust anchor: what verifies under the key's own algorithm, and under no other.
     */
    private static BuiltCase signedByKeyOf(CoseFixture fixture, Algorithm.Family family) {
        CoseSigner signer = fixture.signerOf(family);
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), fixture.input(
                fixture.messageSignedBy(signer).build().encode(), List.of(KeyEntry.trusted(signer.publicKey().coseKey()))));
    }

    /** The base message, offered with {@code keys} instead of the signer's key. */
    private static BuiltCase keys(CoseFixture fixture, Reason reason, KeyEntry... keys) {
        return BuiltCase.of(Expectation.reject(reason), fixture.input(fixture.message().build().encode(), List.of(keys)));
    }
}
