package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.Parameter;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The form of command sequences (draft-ietf-suit-manifest-37 §8.4.5 to §8.4.10 and their CDDL): label and
 * argument pairs, each argument of its type, only the commands the shared sequence admits, and only
 * parameters the processor knows. Each manifest is the baseline's shared sequence with one command
 * changed or added, on the baseline device, processed to applicability.
 */
final class SuitCommandFormCases {
    /** A parameter label no registration assigns (the Standards Action range of the SUIT Parameters registry, §11). */
    private static final long UNASSIGNED_PARAMETER = 99;
    /** One bit above the four suit-reporting-bits. */
    private static final long REPORTING_BIT_4 = 16;
    private static final String REPORTING_POLICY_RULE = "draft-ietf-suit-manifest-37 §8.4.7 and its CDDL: SUIT_Rep_Policy"
            + " is \"uint .bits suit-reporting-bits\", the four bits 0 to 3, a rule on what the author writes; the"
            + " policy is a hint the Reporting Engine MAY ignore, and no recipient is told to refuse another value";
    private static final String OVERRIDE_EMPTY_RULE = "draft-ietf-suit-manifest-37 §8.4.10.3 and its CDDL: the argument"
            + " of suit-directive-override-parameters is {+ $$SUIT_Parameters}, at least one parameter, a rule on what"
            + " the author writes; an override of nothing changes nothing, and no recipient is told to refuse it";
    private static final String SHARED_DIRECTIVE_RULE = "draft-ietf-suit-manifest-37 §8.4.5 and its CDDL:"
            + " SUIT_Shared_Sequence admits conditions, Set Component Index, Override Parameters, Try Each and Run"
            + " Sequence only, a rule on what the author writes; the draft does not tell a recipient to refuse another"
            + " directive found there";

    private static BuiltCase atApplicability(SuitFixture f, CommandSequence shared, Reason reason) {
        return rejected(reason, f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.commands.argument-missing", sweep = Sweep.SUIT,
            title = "{alg} manifest whose shared sequence lost the argument of override-parameters",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-command-arguments", "SUITM-8.4.6-directives"},
            flags = {"Malformed"},
            robustness = """
                    With the argument of override-parameters gone, every later item is read one place off: its
                    argument becomes the label 1, no parameter map, and no processor can execute the sequence.""",
            description = """
                    A manifest signed with {alg} whose shared sequence is [override-parameters, vendor-identifier,
                    15, class-identifier, 15]: the parameter map after suit-directive-override-parameters (20) is
                    missing, so the array has an odd number of items.

                    A command sequence is pairs of a label and its argument (§8.4.6): this one cannot be parsed, and
                    a processor must reject it. One that pairs the items anyway executes commands with the wrong
                    arguments.""")
    BuiltCase argumentMissing(CaseContext<SuitFixture> context) {
        CommandSequence shared = CommandSequence.empty().labelOnly(Command.OVERRIDE_PARAMETERS)
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return atApplicability(context.fixture(), shared, Reason.BAD_STRUCTURE);
    }

    @Case(id = "suit.*.commands.reporting-policy-16", sweep = Sweep.SUIT,
            title = "{alg} manifest whose class check carries the reporting policy 16",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-command-arguments"},
            flags = {"ReportingPolicy", "WrongType"},
            description = """
                    The baseline shared sequence signed with {alg}, its class-identifier condition carrying the
                    reporting policy 16 (bit 4) instead of 15.

                    A reporting policy is a uint of the four suit-reporting-bits (§8.4.7), a rule on what the author
                    writes: the reference processor rejects the argument, and the suite recommends it, since bit 4
                    means nothing yet. The policy is only a hint to the reporting engine, so a processor that ignores
                    the unknown bit is not bound otherwise, and accepting is advisory.""")
    BuiltCase reportingPolicy16(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = CommandSequence.empty().override(SuitFixture.imageParameters())
                .condition(Command.VENDOR_IDENTIFIER)
                .command(Command.CLASS_IDENTIFIER, CborValue.integer(REPORTING_BIT_4).toBytes());
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, REPORTING_POLICY_RULE,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.commands.override-nothing", sweep = Sweep.SUIT,
            title = "{alg} manifest whose shared sequence overrides no parameter, with an empty map",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-command-arguments", "SUITM-8.4.10.3-override"},
            flags = {"WrongType"},
            description = """
                    The baseline shared sequence signed with {alg}, followed by suit-directive-override-parameters
                    (20) with the empty map {} as its argument.

                    Override Parameters takes at least one parameter (§8.4.10.3), a rule on what the author writes:
                    the reference processor rejects the argument, and the suite recommends it, since an empty
                    override is an authoring error. It changes nothing, so a processor that runs it is not bound
                    otherwise, and accepting is advisory.""")
    BuiltCase overrideNothing(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = SuitFixture.shared().override(Parameters.none());
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, OVERRIDE_EMPTY_RULE,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.shared.directive-write", sweep = Sweep.SUIT,
            title = "{alg} manifest whose shared sequence writes the firmware image into the component",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.5-shared-commands"},
            flags = {"SharedSequence"},
            description = """
                    The baseline shared sequence signed with {alg}, followed by override-parameters setting
                    suit-parameter-content to the 256-byte image and suit-directive-write (18), which writes it
                    into component [h'00'].

                    The shared sequence admits conditions, Set Component Index, Override Parameters, Try Each and
                    Run Sequence only (§8.4.5), a rule on what the author writes: it runs before every procedure,
                    the Invocation Procedure included, so a directive there changes the device on every boot. The
                    reference processor rejects, and the suite recommends it; the draft does not tell a recipient
                    to refuse the directive, so accepting is advisory.""")
    BuiltCase directiveWrite(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = SuitFixture.shared()
                .override(Parameters.none().set(Parameter.CONTENT, CborValue.bytes(SuitFixture.IMAGE)))
                .directive(Command.WRITE);
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, SHARED_DIRECTIVE_RULE,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.parameter.unknown-label", sweep = Sweep.SUIT,
            title = "{alg} manifest setting parameter 99, which no registration assigns",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.1-exclusion"},
            flags = {"UnknownParameter"},
            description = """
                    The baseline shared sequence signed with {alg}, its override-parameters also setting parameter
                    99 (a label of the SUIT Parameters registry's Standards Action range that no specification
                    assigns) to the uint 1.

                    An unsupported parameter excludes the manifest (§6.1): the processor cannot know what the author
                    meant it to change, and must reject. One that ignores parameters it does not know drops
                    whatever constraint an extension's parameter put on the following commands.""")
    BuiltCase unknownLabel(CaseContext<SuitFixture> context) {
        CommandSequence shared = CommandSequence.empty()
                .override(SuitFixture.imageParameters().set(UNASSIGNED_PARAMETER, CborValue.integer(1)))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return atApplicability(context.fixture(), shared, Reason.UNSUPPORTED_COMMAND);
    }
}
