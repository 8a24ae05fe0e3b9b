package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;


/**
 * Messages verified by a caller that allows one algorithm only (RFC 9052 §10: the application determines
 * the algorithms it uses). Each is the valid base message of its id; the input names the algorithm the
 * caller allows: the message's own, which must verify, or the sibling id of the same primitive (ES256 and
 * ESP256, EdDSA and Ed25519), which a processor must refuse although the signature and the key are
 * genuine. The sibling is the sharpest test of the restriction: a processor that compares key types or
 * primitives instead of the alg value lets it through.
 *
 * <p>HSS-LMS has no sibling id and is left out. The family comes last in the generator, so its ECDSA and
 * Ed25519 signing changes no other family's bytes.
 */
public final class CoseAllowedAlgorithmFamily extends CoseFamily {
    private static final String ONLY_ALLOWED_RULE = "hardening: RFC 9052 §10 leaves the set of algorithms to each"
            + " application and gives the recipient no rule of its own; the suite holds a processor to the one"
            + " algorithm its caller allows, since one that ignores the restriction lets whoever builds the message"
            + " choose the algorithm it is verified under.";

    @Override
    public String name() {
        return "cose-allowed-algorithm";
    }

    @Case(id = "cose.*.allowed.own-alg", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, valid, verified by a caller that allows {name} only",
            severity = Severity.MEDIUM, requirements = {"RFC9052-10-application-algorithms", "{alg-req}"},
            flags = {"Valid", "AllowedAlgorithm"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519},
            description = """
                    The valid {alg} base message, signed with the one trusted {key}; the caller allows {name}
                    only (allowedAlgorithm), the algorithm the protected alg names.

                    A processor must accept it. One that gets the restriction wrong, for instance by comparing the
                    allowed name with another id of the same primitive, refuses every message its application
                    asked for, and with it every update.""")
    BuiltCase ownAlg(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(),
                fixture.input(fixture.message().build().encode()).allowingOnly(fixture.algorithm()));
    }

    @Case(id = "cose.*.allowed.sibling-only", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1, valid, verified by a caller that allows {sibling} only",
            severity = Severity.LOW, requirements = {"RFC9052-10-application-algorithms", "{alg-req}"},
            flags = {"AllowedAlgorithm", "AlgorithmSubstitution"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519},
            description = """
                    The valid {alg} base message, signed with the one trusted {key}; the caller allows {sibling}
                    only (allowedAlgorithm): the same primitive, {primitive}, under the other id.

                    RFC 9052 §10 leaves the choice of algorithms to the application and sets the recipient no
                    rule of its own. The suite expects the processor to honour its caller's choice and refuse the
                    message (UNSUPPORTED_ALGORITHM, advisory hardening): one that accepts it checks the key type or
                    the primitive instead of the alg value, or ignores the restriction altogether, and then lets
                    the sender pick the algorithm. The signature here is genuine and the primitive the same, so
                    accepting this message is no security failure.""")
    BuiltCase siblingOnly(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Algorithm sibling = fixture.sibling().orElseThrow(() -> new IllegalStateException(fixture.algorithm()
                + " has no sibling id"));
        return BuiltCase.of(Expectation.reject(Reason.UNSUPPORTED_ALGORITHM).advisory(Advisory.Basis.HARDENING,
                ONLY_ALLOWED_RULE), fixture.input(fixture.message().build().encode()).allowingOnly(sibling));
    }
}
