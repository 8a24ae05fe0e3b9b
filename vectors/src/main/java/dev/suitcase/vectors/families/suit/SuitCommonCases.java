package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitLabels.CommonKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * suit-common (draft-ietf-suit-manifest-37 §8.4.5): the component list every command addresses, and the
 * members extensions add to it. Each manifest runs the baseline shared sequence (identity checks) on the
 * baseline device, processed to applicability.
 */
final class SuitCommonCases {
    /** suit-dependencies, the suit-common member of draft-ietf-suit-trust-domains. */
    private static final long DEPENDENCIES = 1;

    private static Manifest withCommon(Common common) {
        return Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER, common);
    }

    @Case(id = "suit.*.common.dependencies", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-common marks its component as a dependency (trust-domains extension)",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.1-exclusion"},
            flags = {"Extension", "Dependencies"},
            description = """
                    The baseline shared sequence in a manifest signed with {alg} whose suit-common also holds
                    suit-dependencies (1) = {0: {}}, the member draft-ietf-suit-trust-domains adds: component 0,
                    [h'00'], is to hold the envelope of a dependency manifest, not firmware.

                    A processor that does not implement dependencies must abort before it runs any command sequence
                    (draft-ietf-suit-trust-domains §5.1), and draft-ietf-suit-manifest-37 excludes a manifest using
                    what the processor does not support (§6.1): reject. One that ignores the member treats the
                    dependency's component as firmware: it never processes the manifest the dependency carries,
                    and would install an envelope where an image belongs.""")
    BuiltCase dependencies(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Common common = SuitFixture.common(SuitFixture.shared())
                .withMember(DEPENDENCIES, CborValue.map().put(0, CborValue.map().build()).build());
        return rejected(Reason.UNSUPPORTED_COMMAND,
                f.input(f.signed(withCommon(common)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.common.components-absent", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-common has a shared sequence and no suit-components",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9-missing-parameter", "SUITM-6.1-exclusion", "RFC9124-REQ.SEC.COMPATIBLE"},
            flags = {"MissingMember", "WrongDevice"},
            robustness = """
                    Without components there is no component to set parameters for: the vendor check finds no
                    vendor id set and fails (§8.4.9), so no processor can go on.""",
            description = """
                    A manifest signed with {alg} whose suit-common holds the baseline shared sequence (set vendor
                    and class, check them) but no suit-components (2).

                    The CDDL makes suit-components optional for manifests that only process dependencies, which
                    this processor does not implement; without components no command has a component to act on,
                    and a processor must reject. One that runs the identity checks over no component at all lets
                    them hold vacuously, and the manifest applies to any device.""")
    BuiltCase componentsAbsent(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Common common = SuitFixture.common(SuitFixture.shared()).without(CommonKey.COMPONENTS);
        return rejected(Reason.UNSUPPORTED_COMMAND,
                f.input(f.signed(withCommon(common)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.common.components-empty", sweep = Sweep.SUIT,
            title = "{alg} manifest whose suit-components is the empty list",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9-missing-parameter", "SUITM-8.4-member-types", "RFC9124-REQ.SEC.COMPATIBLE"},
            flags = {"WrongType", "WrongDevice"},
            robustness = """
                    An empty component list leaves no component to set parameters for: the vendor check finds no
                    vendor id set and fails (§8.4.9), so no processor can go on.""",
            description = """
                    A manifest signed with {alg} whose suit-components (2) is [] and whose shared sequence is the
                    baseline's (set vendor and class, check them).

                    SUIT_Components lists at least one component identifier (§8.4.5): a processor must reject. One
                    that runs the identity checks over an empty list lets them hold vacuously, and the manifest
                    applies to any device.""")
    BuiltCase componentsEmpty(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Common common = Common.of(List.of()).withSharedSequence(SuitFixture.shared());
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(withCommon(common)), SuitFixture.device(), Scope.APPLICABILITY));
    }
}
