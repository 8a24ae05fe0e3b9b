package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.alsoUnderEddsa;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.cofactoredOnly;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejectedButZip215Accepts;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.validButSmallOrder;

/**
 * The 12 Ed25519 vectors of "Taming the many EdDSAs" (Chalkias, Garillot, Nikolaenko; SSR 2020),
 * {@code cases.json} of novifinancial/ed25519-speccheck, imported unchanged from
 * {@code sources/ed25519-speccheck/} as Ed25519 (-19) signature-layer vectors, each presented again
 * under EdDSA (-8). The family is a table, one row per case: each case's expectation is stated here
 * from the paper's condition table and checked against the rules of RFC 8032 evaluated on the bytes
 * (the import stops on any disagreement), and its id, title and description are computed from its
 * number.
 *
 * <p>The vectors name cases.json as their provenance file.
 */
public final class Ed25519SpeccheckFamily extends CaseFamily<JsonNode> {
    private static final String NAME = "ed25519-speccheck";
    static final String SOURCE = "ed25519-speccheck";
    private static final String FILE = "cases.json";
    private static final String COMMIT = "65519336fda78a3d016e947df6d82848aca0c9da";
    private static final String URL = "https://github.com/novifinancial/ed25519-speccheck/blob/" + COMMIT + "/" + FILE;
    private static final HexFormat HEX = HexFormat.of();
    private static final String TABLE = " (speccheck results table: Zebra accepts cases 0 to 5 and 9 to 11; libsodium "
            + "and dalek verify_strict accept only 3; Go, OpenSSL, BoringSSL and dalek verify accept 0 to 3 and 11).";

    /**
     * A row of the table: what the paper says a case tests (its title after "Speccheck n: "), and what
     * follows for each profile; for a case that must be rejected (under some profile) but isolates no
     * check, why.
     */
    private record Speccheck(String subject, String description, Severity severity, List<String> requirements,
                             List<String> flags, Expectation expect, Optional<String> robustness) {
        Speccheck(String subject, String description, Severity severity, List<String> requirements, List<String> flags,
                  Expectation expect) {
            this(subject, description, severity, requirements, flags, expect, Optional.empty());
        }
    }

    /** The rows, in the order of the file: row n is case n of cases.json. */
    private static final List<Speccheck> CASES = List.of(
            new Speccheck("small-order A and small-order R, S = 0",
                    "A and R are both points of order 8 and S = 0: the signature needs no secret. Both equations hold. "
                            + "RFC 8032 neither requires nor forbids refusing a small-order key, so the outcome is recorded; "
                            + "ed25519-strict rejects, ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"),
                    List.of("SmallOrderA", "SmallOrderR"), smallOrderEither(),
                    Optional.of("A and R are both of small order: under ed25519-strict a verifier without the key "
                            + "rule still refuses R, and one without the R rule refuses the key. "
                            + "small-order-a.order-8-26e8-even-x-forgery isolates the key rule, "
                            + "small-order-r.order-8-26e8-even-x the R rule.")),
            new Speccheck("small-order A, mixed-order R, both equations hold",
                    "A is a point of order 8; R has a prime-order part and a torsion part that cancels [k]A. Both "
                            + "equations hold for a signature made without any secret. RFC 8032 leaves a small-order key to "
                            + "the verifier: recorded; ed25519-strict rejects, ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"),
                    List.of("SmallOrderA", "MixedOrderR"), smallOrderEither()),
            new Speccheck("mixed-order A, small-order R, both equations hold",
                    "A has mixed order and R is a point of order 8; both equations hold. RFC 8032 requires accepting it; "
                            + "ed25519-strict rejects the small-order R" + TABLE,
                    Severity.LOW, List.of("RFC8032-5.1.7-equation", "RFC8032-5.1.7-small-order"),
                    List.of("MixedOrderA", "SmallOrderR"), validButSmallOrder()),
            new Speccheck("mixed-order A and R, both equations hold",
                    "A and R both have mixed order and their torsion parts cancel, so both equations hold. Every verifier "
                            + "must accept it: nothing is of small order and the equation holds. Rejecting it means the "
                            + "verifier checks point orders no specification asks for" + TABLE,
                    Severity.LOW, List.of("RFC8032-5.1.7-equation"), List.of("MixedOrderA", "MixedOrderR"), valid()),
            new Speccheck("mixed-order A and R, only the cofactored equation holds",
                    "A and R have mixed order and their torsion parts do not cancel: the cofactored equation holds, the "
                            + "cofactorless one fails. This is the main discriminator between the two equations RFC 8032 "
                            + "§5.1.7 allows, so the outcome is recorded; ZIP 215 accepts. BouncyCastle 1.80 and later "
                            + "accept it, the JDK rejects it" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"),
                    List.of("MixedOrderA", "MixedOrderR", "CofactoredOnly"), cofactoredOnly()),
            new Speccheck("mixed-order A, only the cofactored equation holds; fails if 8k is reduced mod L",
                    "A has mixed order, R prime order: only the cofactored equation holds, and only when evaluated as "
                            + "[8]R + [8][k]A; a verifier that computes [8k mod L]A instead rejects it. Both outcomes are "
                            + "allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts" + TABLE,
                    Severity.INFO, List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"),
                    List.of("MixedOrderA", "CofactoredOnly"), cofactoredOnly()),
            new Speccheck("S > L, built to verify if S is not range-checked",
                    "S is above L; reduced mod L it satisfies both equations. RFC 8032 §5.1.7 requires rejecting S >= L: "
                            + "a verifier that reduces S instead accepts a second encoding of the signature "
                            + "(malleability)" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-s-range"), List.of("SignatureMalleability"),
                    rejected(Reason.SIGNATURE_MALFORMED)),
            new Speccheck("S much larger than L, with its top bit set",
                    "S is far above L with bit 255 set, built to beat the shortcut of checking only the top three bits "
                            + "and to verify after reduction mod L. RFC 8032 §5.1.7 requires rejecting it" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-s-range"), List.of("SignatureMalleability"),
                    rejected(Reason.SIGNATURE_MALFORMED)),
            new Speccheck("non-canonical R (x = -0), k hashed over the canonical re-encoding",
                    "R is ecff...ff, the point (0, -1) of order 2 with the sign bit set (x = -0), which RFC 8032 §5.1.3 "
                            + "refuses; S was computed with k over the canonical re-encoding of R. A verifier must reject "
                            + "it as malformed; even ZIP 215, which accepts the encoding, rejects it because k is hashed "
                            + "over the received bytes" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-r", "RFC8032-5.1.7-k-hash"),
                    List.of("NonCanonicalR", "ReencodedK"), rejected(Reason.SIGNATURE_MALFORMED)),
            new Speccheck("non-canonical R (x = -0), k hashed over the received bytes",
                    "R is ecff...ff, the order-2 point with x = -0, and k was hashed over these bytes. RFC 8032 §5.1.3 "
                            + "refuses the encoding, so a verifier must reject it as malformed; ZIP 215 decodes it and "
                            + "accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-r"), List.of("NonCanonicalR", "SmallOrderR"),
                    rejectedButZip215Accepts(Reason.SIGNATURE_MALFORMED)),
            new Speccheck("non-canonical A (x = -0), k hashed over the canonical re-encoding",
                    "The public key is ecff...ff, the order-2 point with x = -0: a non-canonical encoding of a "
                            + "small-order key, so k's input does not matter to the cofactored equation. RFC 8032 §5.1.3 "
                            + "refuses the key (BAD_KEY); ZIP 215 accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-a"), List.of("NonCanonicalA", "SmallOrderA"),
                    rejectedButZip215Accepts(Reason.BAD_KEY)),
            new Speccheck("non-canonical A (x = -0), k hashed over the received bytes",
                    "The public key is ecff...ff, the order-2 point with x = -0, and k was hashed over the received "
                            + "bytes. RFC 8032 §5.1.3 refuses the key (BAD_KEY); ZIP 215 accepts" + TABLE,
                    Severity.MEDIUM, List.of("RFC8032-5.1.7-decode-a"), List.of("NonCanonicalA", "SmallOrderA"),
                    rejectedButZip215Accepts(Reason.BAD_KEY)));

    @Override
    public String name() {
        return NAME;
    }

    /** The fixture is the parsed cases.json. */
    @Override
    protected Function<Optional<Algorithm>, JsonNode> fixtures(GeneratorContext context) {
        return algorithm -> {
            JsonNode cases = JsonFormat.read(context.readSource(SOURCE + "/" + FILE).getBytes(StandardCharsets.UTF_8));
            if (cases.size() != CASES.size()) {
                throw new IllegalStateException(SOURCE + "/" + FILE + " holds " + cases.size() + " cases, not the "
                        + CASES.size() + " of the pinned file; was it replaced?");
            }
            return cases;
        };
    }

    @Override
    protected List<Row<JsonNode>> rows() {
        return IntStream.range(0, CASES.size()).mapToObj(index -> row(index, CASES.get(index))).toList();
    }

    private static Row<JsonNode> row(int index, Speccheck speccheck) {
        CaseSpec spec = alsoUnderEddsa("speccheck", "case-" + index, "Speccheck " + index + ": " + speccheck.subject(),
                speccheck.severity(), speccheck.requirements(), speccheck.flags(), speccheck.description()
                        + "\n\nSpeccheck vector " + index + " of \"Taming the many EdDSAs\" (Chalkias, Garillot, "
                        + "Nikolaenko, SSR 2020), unchanged.");
        return new Row<>(speccheck.robustness().map(spec::withRobustness).orElse(spec), context -> {
            JsonNode json = context.fixture().get(index);
            return signature(HEX.parseHex(json.get("pub_key").asString()), HEX.parseHex(json.get("message").asString()),
                    HEX.parseHex(json.get("signature").asString()), speccheck.expect())
                    .takenFrom(SOURCE, URL, "case " + index).inFile(FILE);
        });
    }
}
