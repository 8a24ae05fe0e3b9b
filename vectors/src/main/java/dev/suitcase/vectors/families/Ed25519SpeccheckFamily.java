package dev.suitcase.vectors.families;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Reason;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.Ed25519Cases.cofactoredOnly;
import static dev.suitcase.vectors.families.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.Ed25519Cases.rejectedButZip215Accepts;
import static dev.suitcase.vectors.families.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.Ed25519Cases.validButSmallOrder;

/**
 * The 12 Ed25519 vectors of "Taming the many EdDSAs" (Chalkias, Garillot, Nikolaenko; SSR 2020),
 * {@code cases.json} of novifinancial/ed25519-speccheck, imported unchanged from
 * {@code sources/ed25519-speccheck/} as Ed25519 (-19) signature-layer vectors. Each case's
 * expectation is stated here from the paper's condition table and checked against the rules of
 * RFC 8032 evaluated on the bytes; the import stops on any disagreement.
 */
public final class Ed25519SpeccheckFamily implements VectorFamily {
    static final String SOURCE = "ed25519-speccheck";
    private static final String FILE = "cases.json";
    private static final String COMMIT = "65519336fda78a3d016e947df6d82848aca0c9da";
    private static final String URL = "https://github.com/novifinancial/ed25519-speccheck/blob/" + COMMIT + "/" + FILE;
    private static final HexFormat HEX = HexFormat.of();
    private static final String TABLE = " (speccheck results table: Zebra accepts cases 0 to 5 and 9 to 11; libsodium "
            + "and dalek verify_strict accept only 3; Go, OpenSSL, BoringSSL and dalek verify accept 0 to 3 and 11).";

    /**
     * What the paper says a case tests, and what follows for each profile; for a case that must be
     * rejected (under some profile) but isolates no check, why.
     */
    private record Case(String title, String description, Severity severity, List<String> requirements,
                        List<String> flags, Expectation expect, Optional<String> robustness) {
        Case(String title, String description, Severity severity, List<String> requirements, List<String> flags,
             Expectation expect) {
            this(title, description, severity, requirements, flags, expect, Optional.empty());
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("Speccheck 0: small-order A and small-order R, S = 0",
                    "A and R are both points of order 8 and S = 0: the signature needs no secret. Both equations hold. "
                            + "RFC 8032 neither requires nor forbids refusing a small-order key, so the outcome is recorded; "
                            + "ed25519-strict rejects, ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"),
                    List.of("SmallOrderA", "SmallOrderR"), smallOrderEither(),
                    Optional.of("A and R are both of small order: under ed25519-strict a verifier without the key "
                            + "rule still refuses R, and one without the R rule refuses the key. "
                            + "small-order-a.order-8-26e8-even-x-forgery isolates the key rule, "
                            + "small-order-r.order-8-26e8-even-x the R rule.")),
            new Case("Speccheck 1: small-order A, mixed-order R, both equations hold",
                    "A is a point of order 8; R has a prime-order part and a torsion part that cancels [k]A. Both "
                            + "equations hold for a signature made without any secret. RFC 8032 leaves a small-order key to "
                            + "the verifier: recorded; ed25519-strict rejects, ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"),
                    List.of("SmallOrderA", "MixedOrderR"), smallOrderEither()),
            new Case("Speccheck 2: mixed-order A, small-order R, both equations hold",
                    "A has mixed order and R is a point of order 8; both equations hold. RFC 8032 requires accepting it; "
                            + "ed25519-strict rejects the small-order R" + TABLE,
                    Severity.LOW, List.of("RFC8032-5.1.7-equation", "RFC8032-5.1.7-small-order"),
                    List.of("MixedOrderA", "SmallOrderR"), validButSmallOrder()),
            new Case("Speccheck 3: mixed-order A and R, both equations hold",
                    "A and R both have mixed order and their torsion parts cancel, so both equations hold. Every verifier "
                            + "must accept it: nothing is of small order and the equation holds. Rejecting it means the "
                            + "verifier checks point orders no specification asks for" + TABLE,
                    Severity.LOW, List.of("RFC8032-5.1.7-equation"), List.of("MixedOrderA", "MixedOrderR"), valid()),
            new Case("Speccheck 4: mixed-order A and R, only the cofactored equation holds",
                    "A and R have mixed order and their torsion parts do not cancel: the cofactored equation holds, the "
                            + "cofactorless one fails. This is the main discriminator between the two equations RFC 8032 "
                            + "§5.1.7 allows, so the outcome is recorded; ZIP 215 accepts. BouncyCastle 1.80 and later "
                            + "accept it, the JDK rejects it" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"),
                    List.of("MixedOrderA", "MixedOrderR", "CofactoredOnly"), cofactoredOnly()),
            new Case("Speccheck 5: mixed-order A, only the cofactored equation holds; fails if 8k is reduced mod L",
                    "A has mixed order, R prime order: only the cofactored equation holds, and only when evaluated as "
                            + "[8]R + [8][k]A; a verifier that computes [8k mod L]A instead rejects it. Both outcomes are "
                            + "allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"),
                    List.of("MixedOrderA", "CofactoredOnly"), cofactoredOnly()),
            new Case("Speccheck 6: S > L, built to verify if S is not range-checked",
                    "S is above L; reduced mod L it satisfies both equations. RFC 8032 §5.1.7 requires rejecting S >= L: "
                            + "a verifier that reduces S instead accepts a second encoding of the signature "
                            + "(malleability)" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-s-range"), List.of("SignatureMalleability"),
                    rejected(Reason.SIGNATURE_MALFORMED)),
            new Case("Speccheck 7: S much larger than L, with its top bit set",
                    "S is far above L with bit 255 set, built to beat the shortcut of checking only the top three bits "
                            + "and to verify after reduction mod L. RFC 8032 §5.1.7 requires rejecting it" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-s-range"), List.of("SignatureMalleability"),
                    rejected(Reason.SIGNATURE_MALFORMED)),
            new Case("Speccheck 8: non-canonical R (x = -0), k hashed over the canonical re-encoding",
                    "R is ecff...ff, the point (0, -1) of order 2 with the sign bit set (x = -0), which RFC 8032 §5.1.3 "
                            + "refuses; S was computed with k over the canonical re-encoding of R. A verifier must reject "
                            + "it as malformed; even ZIP 215, which accepts the encoding, rejects it because k is hashed "
                            + "over the received bytes" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-r", "RFC8032-5.1.7-k-hash"),
                    List.of("NonCanonicalR", "ReencodedK"), rejected(Reason.SIGNATURE_MALFORMED)),
            new Case("Speccheck 9: non-canonical R (x = -0), k hashed over the received bytes",
                    "R is ecff...ff, the order-2 point with x = -0, and k was hashed over these bytes. RFC 8032 §5.1.3 "
                            + "refuses the encoding, so a verifier must reject it as malformed; ZIP 215 decodes it and "
                            + "accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-r"), List.of("NonCanonicalR", "SmallOrderR"),
                    rejectedButZip215Accepts(Reason.SIGNATURE_MALFORMED)),
            new Case("Speccheck 10: non-canonical A (x = -0), k hashed over the canonical re-encoding",
                    "The public key is ecff...ff, the order-2 point with x = -0: a non-canonical encoding of a "
                            + "small-order key, so k's input does not matter to the cofactored equation. RFC 8032 §5.1.3 "
                            + "refuses the key (BAD_KEY); ZIP 215 accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-a"), List.of("NonCanonicalA", "SmallOrderA"),
                    rejectedButZip215Accepts(Reason.BAD_KEY)),
            new Case("Speccheck 11: non-canonical A (x = -0), k hashed over the received bytes",
                    "The public key is ecff...ff, the order-2 point with x = -0, and k was hashed over the received "
                            + "bytes. RFC 8032 §5.1.3 refuses the key (BAD_KEY); ZIP 215 accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-a"), List.of("NonCanonicalA", "SmallOrderA"),
                    rejectedButZip215Accepts(Reason.BAD_KEY)));

    @Override
    public String name() {
        return "ed25519-speccheck";
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        JsonNode cases = JsonFormat.read(context.readSource(SOURCE + "/" + FILE).getBytes(StandardCharsets.UTF_8));
        if (cases.size() != CASES.size()) {
            throw new IllegalStateException(SOURCE + "/" + FILE + " holds " + cases.size() + " cases, not the "
                    + CASES.size() + " of the pinned file; was it replaced?");
        }
        List<Vector> vectors = new ArrayList<>();
        for (int index = 0; index < CASES.size(); index++) {
            JsonNode json = cases.get(index);
            Case speccheck = CASES.get(index);
            BuiltCase built = signature(HEX.parseHex(json.get("pub_key").asString()), HEX.parseHex(json.get("message").asString()),
                    HEX.parseHex(json.get("signature").asString()), speccheck.expect());
            VectorId id = VectorId.parse("signature.ed25519.speccheck.case-" + index);
            String description = speccheck.description() + "\n\nSpeccheck vector " + index + " of \"Taming the many "
                    + "EdDSAs\" (Chalkias, Garillot, Nikolaenko, SSR 2020), unchanged.";
            Provenance provenance = new Provenance(SOURCE, name(), context.generator(), Optional.of(URL), Optional.of(FILE),
                    Optional.of("case " + index));
            vectors.add(new Vector(id, speccheck.title(), description, id.algorithm(), built.expect(), speccheck.severity(),
                    speccheck.requirements(), speccheck.flags(), built.input(), provenance, built.status(),
                    speccheck.robustness()));
        }
        return vectors;
    }
}
