package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.verifier.Algorithm;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a case of a COSE family builds one algorithm's vector from: the algorithm id, its signing key
 * and other keys, the base message, and the family's template words that make the case's title,
 * description and requirements specific to the algorithm (see {@link #words()}).
 *
 * <p>The base message is the simplest valid COSE_Sign1 for the id: tagged 18, protected bucket
 * {@code {1: id}}, empty unprotected bucket, the payload attached, signed with the algorithm's key,
 * which is the one trusted key.
 */
final class CoseFixture {
    /** The payload of the base message: the content of the examples in RFC 9052 Appendix C. */
    static final Bytes PAYLOAD = Bytes.of("This is the content.".getBytes(StandardCharsets.UTF_8));
    /** Common header parameters, RFC 9052 §3.1, Table 3. */
    static final long ALG = 1;
    static final long CRIT = 2;
    static final long KID = 4;
    static final long IV = 5;
    static final long PARTIAL_IV = 6;
    /**
     * A header label from the private-use range (below -65536) of the COSE Header Parameters
     * registry, unknown to every implementation.
     */
    static final long PRIVATE_LABEL = -70000;

    private final Algorithm algorithm;
    private final CoseKeyring keyring;

    CoseFixture(Algorithm algorithm, CoseKeyring keyring) {
        this.algorithm = algorithm;
        this.keyring = keyring;
    }

    /**
     * The fixtures of one generation of the family {@code label}: one {@link CoseKeyring} for the
     * generation, shared by the fixtures of every algorithm, so the ids of one algorithm family sign with
     * the same key and HSS-LMS spends its one-time keys in the order the cases are built.
     */
    static Function<Optional<Algorithm>, CoseFixture> perAlgorithm(String label) {
        CoseKeyring keyring = new CoseKeyring(label);
        return algorithm -> new CoseFixture(algorithm.orElseThrow(() -> new IllegalStateException(label
                + ": a COSE case is swept over the algorithm ids (Sweep.COSE) and names no 'any' algorithm")), keyring);
    }

    Algorithm algorithm() {
        return algorithm;
    }

    /** The COSE algorithm id, e.g. -7. */
    long id() {
        return algorithm.coseId();
    }

    /** The id of the same primitive under the other name (ES256/ESP256, EdDSA/Ed25519); HSS-LMS has none. */
    Optional<Algorithm> sibling() {
        return switch (algorithm) {
            case ES256 -> Optional.of(Algorithm.ESP256);
            case ESP256 -> Optional.of(Algorithm.ES256);
            case EDDSA -> Optional.of(Algorithm.ED25519);
            case ED25519 -> Optional.of(Algorithm.EDDSA);
            case HSS_LMS -> Optional.empty();
        };
    }

    /**
     * An id of another family, for a header or key that names an algorithm this key cannot serve:
     * Ed25519 (-19) for the ECDSA ids, ESP256 (-9) for the others.
     */
    Algorithm foreign() {
        return algorithm.family() == Algorithm.Family.ECDSA_P256 ? Algorithm.ED25519 : Algorithm.ESP256;
    }

    CoseSigner signer() {
        return keyring.signer(algorithm.family());
    }

    CosePublicKey publicKey() {
        return signer().publicKey();
    }

    /** A well-formed key of this algorithm's type under which nothing here verifies. */
    CosePublicKey otherKey(int index) {
        return keyring.otherKey(algorithm.family(), index);
    }

    /** A well-formed key of another family. */
    CosePublicKey keyOf(Algorithm.Family family) {
        return keyring.otherKey(family, 0);
    }

    /**
     * The signing key of {@code family}, which may be another family than this algorithm's: the key a
     * processor that picks the primitive from the key verifies with.
     */
    CoseSigner signerOf(Algorithm.Family family) {
        return keyring.signer(family);
    }

    /** The base message, signed by {@code signer} over its Sig_structure whatever the alg it names. */
    CoseSign1Builder messageSignedBy(CoseSigner signer) {
        return new CoseSign1Builder(signer, protectedAlg().build(), PAYLOAD);
    }

    /** {@code {1: id}}, to which a case adds parameters. */
    CborValue.MapBuilder protectedAlg() {
        return CborValue.map().put(ALG, id());
    }

    /** The base message, to change before building. */
    CoseSign1Builder message() {
        return new CoseSign1Builder(signer(), protectedAlg().build(), PAYLOAD);
    }

    KeyEntry trustedKey() {
        return KeyEntry.trusted(publicKey().coseKey());
    }

    /** The input with the signing key as the one trust anchor. */
    CoseInput input(Bytes coseSign1) {
        return input(coseSign1, List.of(trustedKey()));
    }

    CoseInput input(Bytes coseSign1, List<KeyEntry> keys) {
        return new CoseInput(coseSign1, Optional.empty(), Optional.empty(), keys);
    }

    /**
     * The family words a case template may use as {@code {word}}, besides the standard {@code alg}
     * "ES256 (-7)", {@code name}, {@code id} and {@code token}: {@code key} "EC2 P-256 key",
     * {@code primitive}, {@code sibling} (not for HSS-LMS), {@code foreign} and its id {@code foreign-id},
     * and the requirement ids {@code kty-req}, {@code key-alg-req}, {@code key-ops-req},
     * {@code private-key-req} (not for HSS-LMS, whose COSE_Key has no private part) and {@code alg-req} of
     * the algorithm's family and id.
     */
    Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        words.put("foreign", describe(foreign()));
        words.put("foreign-id", Long.toString(foreign().coseId()));
        sibling().ifPresent(other -> words.put("sibling", describe(other)));
        switch (algorithm.family()) {
            case ECDSA_P256 -> {
                words.put("key", "EC2 P-256 key");
                words.put("primitive", "ECDSA on P-256 with SHA-256");
                words.put("kty-req", "RFC9053-2.1-ec2-key");
                words.put("key-alg-req", "RFC9053-2.1-key-alg");
                words.put("key-ops-req", "RFC9053-2.1-key-ops");
                words.put("private-key-req", "RFC9053-7.1.1-private-key");
            }
            case ED25519 -> {
                words.put("key", "OKP Ed25519 key");
                words.put("primitive", "pure Ed25519");
                words.put("kty-req", "RFC9053-2.2-okp-key");
                words.put("key-alg-req", "RFC9053-2.2-key-alg");
                words.put("key-ops-req", "RFC9053-2.2-key-ops");
                words.put("private-key-req", "RFC9053-7.2-private-key");
            }
            case HSS_LMS -> {
                words.put("key", "HSS-LMS key");
                words.put("primitive", "HSS-LMS (RFC 8554)");
                words.put("kty-req", "RFC8778-3-key-type");
                words.put("key-alg-req", "RFC8778-3-key-alg");
                words.put("key-ops-req", "RFC8778-3-key-ops");
            }
        }
        words.put("alg-req", switch (algorithm) {
            case ES256 -> "RFC9053-2.1-ec2-key";
            case ESP256 -> "RFC9864-2.1-esp256";
            case EDDSA -> "RFC9053-2.2-eddsa-id";
            case ED25519 -> "RFC9864-2.2-ed25519";
            case HSS_LMS -> "RFC8778-3-algorithm";
        });
        return words;
    }

    private static String describe(Algorithm algorithm) {
        return algorithm.displayName() + " (" + algorithm.coseId() + ")";
    }
}
