package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Try Each, Run Sequence and Soft Failure (draft-ietf-suit-manifest-37 §8.4.10.2, §8.4.10.8,
 * §8.4.8.15): which condition failures are absorbed and which end processing. Every manifest checks
 * the vendor first and chooses among device classes with the commands under test; the device is of
 * the baseline class.
 */
final class SuitCommandCases {
    private static final String ONE_ALTERNATIVE_RULE = "draft-ietf-suit-manifest-37 §8.4.10.2 and its CDDL:"
            + " SUIT_Directive_Try_Each_Argument is [2* bstr .cbor SUIT_Command_Sequence, ?nil], a rule on what the"
            + " author writes; the draft does not tell a recipient to refuse a try-each with fewer sequences";

    /** A sequence that selects {@code classId} and checks the class identifier. */
    private static CommandSequence classIs(Bytes classId) {
        return CommandSequence.empty().override(Parameters.none().classId(classId)).condition(Command.CLASS_IDENTIFIER);
    }

    /** A manifest whose shared sequence sets the baseline parameters, checks the vendor, then runs {@code rest}. */
    private static Manifest sharedThen(CommandSequence rest) {
        CommandSequence shared = CommandSequence.empty().override(SuitFixture.imageParameters())
                .condition(Command.VENDOR_IDENTIFIER);
        return SuitFixture.manifest(shared.append(rest));
    }

    @Case(id = "suit.*.try-each.second-alternative-holds", sweep = Sweep.SUIT,
            title = "{alg} manifest whose try-each fails its first alternative and passes the second",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.2-try-each", "SUITM-8.4.8.15-soft-failure-defaults",
                    "SUITM-8.4.9-condition-terminates"},
            flags = {"OptionalFeature", "TryEach"},
            description = """
                    A manifest signed with {alg} for two device classes: after the vendor check, try-each runs
                    [set class-id 7fbf1e7a-...; check class] and then [set class-id 8ec6da5c-...; check class]. The
                    device is of the second class, so the first alternative's condition fails and the second
                    holds.

                    Soft-failure is true at the start of each alternative, so the failure moves on to the next one:
                    a processor must accept. Try Each is OPTIONAL (§8.5); a processor without it should answer
                    unsupported for this vector.""")
    BuiltCase secondAlternativeHolds(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = sharedThen(CommandSequence.empty()
                .tryEach(classIs(SuitFixture.OTHER_CLASS_ID), classIs(SuitFixture.CLASS_ID)));
        return accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.try-each.no-alternative-holds", sweep = Sweep.SUIT,
            title = "{alg} manifest whose try-each alternatives all fail",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.10.2-try-each", "SUITM-8.4.6-conditions", "RFC9124-REQ.SEC.COMPATIBLE"},
            flags = {"TryEach", "WrongDevice"},
            description = """
                    A manifest signed with {alg} whose try-each checks two class ids, 7fbf1e7a-... and 39679bdf-...,
                    neither of them the device's (8ec6da5c-...).

                    When no alternative completes, try-each fails (§8.4.10.2), and outside another try-each that
                    failure ends processing: reject. A processor that treats a try-each as always succeeding
                    installs firmware on devices none of the alternatives selects.""")
    BuiltCase noAlternativeHolds(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = sharedThen(CommandSequence.empty()
                .tryEach(classIs(SuitFixture.OTHER_CLASS_ID), classIs(SuitFixture.THIRD_CLASS_ID)));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.try-each.nil-alternative", sweep = Sweep.SUIT,
            title = "{alg} manifest whose try-each alternatives all fail before a final nil",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.2-try-each"},
            flags = {"OptionalFeature", "TryEach"},
            description = """
                    A manifest signed with {alg} whose try-each holds two alternatives that fail (class ids
                    7fbf1e7a-... and 39679bdf-...) and then nil; after it the shared sequence sets and checks the
                    device's own class.

                    A nil alternative is an empty sequence that completes: the try-each succeeds and processing
                    continues (§8.4.10.2), so a processor must accept. Try Each is OPTIONAL; a processor without it
                    should answer unsupported for this vector.""")
    BuiltCase nilAlternative(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = sharedThen(CommandSequence.empty()
                .tryEachOrNothing(classIs(SuitFixture.OTHER_CLASS_ID), classIs(SuitFixture.THIRD_CLASS_ID))
                .append(classIs(SuitFixture.CLASS_ID)));
        return accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.try-each.one-alternative", sweep = Sweep.SUIT,
            title = "{alg} manifest whose try-each has a single alternative",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-command-arguments", "SUITM-8.4.10.2-try-each"},
            flags = {"TryEach", "WrongType"},
            description = """
                    A manifest signed with {alg} whose shared sequence, after the vendor check, runs a try-each with
                    one alternative, [set class-id 8ec6da5c-...; check class], which holds on the device.

                    The Try Each argument is two or more sequences and an optional nil (the CDDL of §8.4.10.2), a
                    rule on what the author writes: the reference processor rejects the argument, and the suite
                    recommends it, since a one-way choice is an authoring error. A processor that runs the one
                    sequence does what the author meant and is not bound otherwise, so accepting is advisory.""")
    BuiltCase oneAlternative(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = sharedThen(CommandSequence.empty().tryEach(classIs(SuitFixture.CLASS_ID)));
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, ONE_ALTERNATIVE_RULE,
                f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.try-each.soft-failure-turned-off", sweep = Sweep.SUIT,
            title = "{alg} manifest whose first try-each alternative turns soft-failure off, then fails",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.8.15-soft-failure-defaults", "SUITM-8.4.10.2-try-each"},
            flags = {"TryEach", "SoftFailure"},
            description = """
                    A manifest signed with {alg} whose try-each first alternative sets soft-failure to false and then
                    checks class id 7fbf1e7a-..., which fails; the second alternative would check the device's own
                    class and hold.

                    With soft-failure false the author asked for a failed condition to abort (§8.4.8.15): the
                    try-each fails with that condition and a processor must reject without trying the second
                    alternative. One that always moves on ignores the author's explicit hard failure.""")
    BuiltCase softFailureTurnedOff(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence hard = CommandSequence.empty().override(Parameters.none().softFailure(false))
                .append(classIs(SuitFixture.OTHER_CLASS_ID));
        Manifest manifest = sharedThen(CommandSequence.empty().tryEach(hard, classIs(SuitFixture.CLASS_ID)));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.soft-failure.set-outside-try-each", sweep = Sweep.SUIT,
            title = "{alg} manifest setting soft-failure in the shared sequence itself",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.8.15-soft-failure-scope", "RFC9124-REQ.SEC.COMPATIBLE"},
            flags = {"SoftFailure", "WrongDevice"},
            description = """
                    A manifest signed with {alg} whose shared sequence sets soft-failure to true, at top level,
                    together with the other parameters, and then checks vendor and class. The device is of another
                    class.

                    Soft-failure must not be set outside try-each and run-sequence; doing so causes an abort
                    (§8.4.8.15): a processor must reject. One that honours it makes the class check soft and
                    installs the firmware on the wrong device.""")
    BuiltCase setOutsideTryEach(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(CommandSequence.empty()
                .override(SuitFixture.imageParameters().softFailure(true))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER));
        return rejected(Reason.POLICY, f.input(f.signed(manifest),
                SuitFixture.device().withClassId(SuitFixture.OTHER_CLASS_ID), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.run-sequence.soft-failure-continues", sweep = Sweep.SUIT,
            title = "{alg} manifest whose run-sequence fails softly and processing continues",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.8-run-sequence", "SUITM-8.4.8.15-soft-failure-defaults"},
            flags = {"OptionalFeature", "RunSequence", "SoftFailure"},
            description = """
                    A manifest signed with {alg} whose shared sequence runs, through run-sequence, [set soft-failure
                    true; set class-id 7fbf1e7a-...; check class], which fails, and then sets and checks the
                    device's own class, which holds.

                    Inside run-sequence with soft-failure true, a failed condition halts that sequence and
                    processing continues with the next command (§8.4.8.15): a processor must accept. Run Sequence
                    and Soft Failure are OPTIONAL; a processor without them should answer unsupported.""")
    BuiltCase softFailureContinues(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence optional = CommandSequence.empty().override(Parameters.none().softFailure(true))
                .append(classIs(SuitFixture.OTHER_CLASS_ID));
        Manifest manifest = sharedThen(CommandSequence.empty().runSequence(optional).append(classIs(SuitFixture.CLASS_ID)));
        return accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.run-sequence.hard-failure", sweep = Sweep.SUIT,
            title = "{alg} manifest whose run-sequence fails with soft-failure at its default",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.10.8-run-sequence", "SUITM-8.4.8.15-soft-failure-defaults", "SUITM-8.4.6-conditions"},
            flags = {"RunSequence", "WrongDevice"},
            description = """
                    A manifest signed with {alg} whose shared sequence runs, through run-sequence, [set class-id
                    7fbf1e7a-...; check class]; the device is of another class, so the condition fails.

                    Soft-failure defaults to false in run-sequence, so the run-sequence fails with the condition
                    and so does the manifest: reject. A processor that gives run-sequence try-each's default
                    installs firmware on the wrong class.""")
    BuiltCase hardFailure(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = sharedThen(CommandSequence.empty().runSequence(classIs(SuitFixture.OTHER_CLASS_ID)));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }
}
