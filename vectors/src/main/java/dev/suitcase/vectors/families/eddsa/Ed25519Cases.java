package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.edwards.Ed25519Verdict;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.util.List;
import java.util.Set;

/**
 * What the Ed25519 families share: signature-layer cases whose declared expectation is checked
 * against what the bytes do, the text of a table row presented under both identifiers, and names
 * for the expectations that recur.
 *
 * <p>A builder states the outcome it means to build; {@link #signature} evaluates the rules of
 * RFC 8032 §5.1.7 on the bytes ({@link Ed25519Verdict}, independent of any library) and refuses
 * to build a vector whose bytes say otherwise. A crafted torsion component that fails to cancel,
 * or a ground message with the wrong k, stops the generator instead of reaching the corpus.
 */
final class Ed25519Cases {
    static final int ED25519 = Algorithm.ED25519.coseId();
    static final int EDDSA = Algorithm.EDDSA.coseId();

    private Ed25519Cases() {
    }

    /** A signature-layer case under Ed25519 (-19) with the key A as an OKP COSE_Key. */
    static BuiltCase signature(byte[] a, byte[] message, byte[] signature, Expectation declared) {
        return signature(ED25519, CoseKeys.okpEd25519(a), a, message, signature, declared);
    }

    /**
     * A signature-layer case presented under {@code algorithmId} with a given COSE_Key encoding of A
     * (e.g. one carrying alg or key_ops); the primitive's expectation is checked on A itself.
     */
    static BuiltCase signature(int algorithmId, Bytes coseKey, byte[] a, byte[] message, byte[] signature,
                               Expectation declared) {
        requireAgreement(a, message, signature, declared);
        return BuiltCase.of(declared, new SignatureInput(algorithmId, Bytes.of(message), Bytes.of(signature), coseKey));
    }

    /**
     * A case decided before the primitive runs (key type, key parameters, algorithm identifier), so
     * its expectation is not the signature's; callers check the signature separately where it matters.
     */
    static BuiltCase presented(int algorithmId, Bytes coseKey, byte[] message, byte[] signature, Expectation declared) {
        return BuiltCase.of(declared, new SignatureInput(algorithmId, Bytes.of(message), Bytes.of(signature), coseKey));
    }

    /** Fails unless the rules of RFC 8032 give {@code declared} for these bytes. */
    static void requireAgreement(byte[] a, byte[] message, byte[] signature, Expectation declared) {
        Ed25519Verdict verdict = Ed25519Verdict.of(a, signature, message);
        Expectation derived = verdict.expectation();
        if (!derived.equals(declared)) {
            throw new IllegalStateException("the builder declares " + declared + " but the bytes give " + derived
                    + " (" + verdict + ")");
        }
    }

    /**
     * The text of a row of a data-driven Ed25519 family: {@code signature.*.<area>.<caseName>}, built for
     * Ed25519 (-19) and presented again under EdDSA (-8) ({@link Sweep#ED25519_ALSO_EDDSA}), as the
     * annotated primitive-level cases are.
     */
    static CaseSpec alsoUnderEddsa(String area, String caseName, String title, Severity severity,
                                   List<String> requirements, List<String> flags, String description) {
        return new CaseSpec("signature.*." + area + "." + caseName, title, severity, requirements, flags, description,
                "", Sweep.ED25519_ALSO_EDDSA, Set.of());
    }

    /** A valid signature: both equations hold, nothing is of small order. */
    static Expectation valid() {
        return Expectation.accept();
    }

    /** Both equations hold, but A or R has small order, which ed25519-strict rejects. */
    static Expectation validButSmallOrder() {
        return Expectation.accept().withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT);
    }

    /** Only the cofactored equation holds: either under RFC 8032, accept under ZIP 215. */
    static Expectation cofactoredOnly() {
        return Expectation.either().withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT);
    }

    /**
     * The equation holds in some form, but A or R has small order: either under RFC 8032 (which
     * neither requires nor forbids refusing it), reject under ed25519-strict, accept under ZIP 215.
     */
    static Expectation smallOrderEither() {
        return Expectation.either().withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT)
                .withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT);
    }

    /** Rejected for {@code reason} under every profile. */
    static Expectation rejected(Reason reason) {
        return Expectation.reject(reason);
    }

    /** Rejected for {@code reason} under RFC 8032, accepted by ZIP 215's lenient decoding and cofactored equation. */
    static Expectation rejectedButZip215Accepts(Reason reason) {
        return Expectation.reject(reason).withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT);
    }
}
