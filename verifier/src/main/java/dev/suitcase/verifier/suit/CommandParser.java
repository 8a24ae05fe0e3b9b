package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborSimple;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Diagnostic;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.suit.Command.Action;
import dev.suitcase.verifier.suit.Command.ActionKind;
import dev.suitcase.verifier.suit.Command.Condition;
import dev.suitcase.verifier.suit.Command.CustomCommand;
import dev.suitcase.verifier.suit.Command.ConditionKind;
import dev.suitcase.verifier.suit.Command.OverrideParameters;
import dev.suitcase.verifier.suit.Command.RunSequence;
import dev.suitcase.verifier.suit.Command.SetComponentIndex;
import dev.suitcase.verifier.suit.Command.TryEach;
import dev.suitcase.verifier.suit.Command.Unsupported;

import java.nio.ByteBuffer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Parses a bstr-wrapped SUIT_Command_Sequence, and the sequences nested in its Try Each and Run
 * Sequence arguments, into {@link CommandSequence}s, checking every rule that does not depend on the
 * device (draft-ietf-suit-manifest-37 §8.4.6 CDDL, §6.2, §8.4.8):
 * <ul>
 *   <li>the sequence is a non-empty array of label/argument pairs ({@link SuitCheck#COMMANDS_SHAPE}),
 *       labels are integers, reporting policies are uints within suit-reporting-bits (0-15,
 *       {@link SuitCheck#COMMANDS_REPORTING_POLICY}), Set Component Index takes a uint, true or a
 *       non-empty array of uints ({@link SuitCheck#COMMANDS_COMPONENT_INDEX_TYPE}), Try Each takes two or
 *       more bstr-wrapped sequences and an optional trailing nil ({@link SuitCheck#COMMANDS_TRY_EACH_SHAPE}),
 *       Override Parameters a non-empty map ({@link SuitCheck#COMMANDS_OVERRIDE_EMPTY}), and each
 *       parameter has its CDDL type ({@link SuitCheck#PARAMETER_TYPE});</li>
 *   <li>the keys of an Override Parameters map are in canonical order (§8.1, {@link MapOrder});</li>
 *   <li>a component index or source component beyond the manifest's component list
 *       ({@link SuitCheck#COMMANDS_COMPONENT_INDEX_RANGE}), and a parameter label this processor does not
 *       know (§6.1 "Unsupported parameter", {@link SuitCheck#PARAMETER_UNKNOWN});</li>
 *   <li>in the shared sequence, a directive other than Set Component Index, Override Parameters, Try
 *       Each and Run Sequence (SUIT_Shared_Sequence CDDL, {@link SuitCheck#SHARED_DIRECTIVE}), a custom
 *       command (§6.2, {@link SuitCheck#SHARED_CUSTOM_COMMAND}) or a custom parameter (§8.4.8.16,
 *       {@link SuitCheck#SHARED_CUSTOM_PARAMETER}); soft-failure set in a top-level sequence, outside Try
 *       Each and Run Sequence (§8.4.8.15: "causes an Abort", {@link SuitCheck#PARAMETER_SOFT_FAILURE_SCOPE});
 *       a top-level sequence of a manifest with more than one component that does not begin with Set
 *       Component Index (§6.2, {@link SuitCheck#COMMANDS_SET_INDEX_FIRST});</li>
 *   <li>Try Each and Run Sequence nested deeper than {@link ProcessingLimits#maxSequenceDepth()}
 *       ({@link SuitCheck#LIMIT_SEQUENCE_NESTING}).</li>
 * </ul>
 * Unknown command labels and custom commands outside the shared sequence parse to
 * {@link Unsupported}, which fails when it runs: that is where §8.4.9 places the failure.
 */
final class CommandParser {
    private static final int SET_COMPONENT_INDEX = 12;
    private static final int TRY_EACH = 15;
    private static final int OVERRIDE_PARAMETERS = 20;
    private static final int RUN_SEQUENCE = 32;
    private static final long CBOR_PEN_TAG = 112;
    private static final int MAX_REPORTING_POLICY = 15;

    private final int componentCount;
    private final ProcessingLimits limits;
    private final VerifierOptions options;

    CommandParser(int componentCount, ProcessingLimits limits, VerifierOptions options) {
        this.componentCount = componentCount;
        this.limits = limits;
        this.options = options;
    }

    /** Parses a top-level sequence: a command-sequence member of the manifest, or the shared sequence. */
    CommandSequence parse(CborBytes wrapped, String name, boolean shared) {
        return parse(wrapped, name, shared, 0);
    }

    private CommandSequence parse(CborBytes wrapped, String name, boolean shared, int depth) {
        if (depth > limits.maxSequenceDepth()) {
            // knocked out: the processor recurses on
            SuitCheck.LIMIT_SEQUENCE_NESTING.fail(name + " nests Try Each and Run Sequence deeper than "
                    + limits.maxSequenceDepth() + " levels, this processor's limit");
        }
        CborArray array = CborDecoder.decodeWrapped(wrapped).asArray(name);
        if (array.size() == 0 || array.size() % 2 != 0) {
            throw SuitCheck.COMMANDS_SHAPE.rejection(name + " has " + array.size() + " items; a SUIT_Command_Sequence"
                    + " is a non-empty list of command label and argument pairs (§8.4.6)");
        }
        List<Command> commands = new ArrayList<>(array.size() / 2);
        for (int i = 0; i < array.size(); i += 2) {
            String where = name + " command " + (i / 2 + 1);
            CborInt label = array.get(i).asInt(where + " label");
            commands.add(command(label, array.get(i + 1), where, shared, depth));
        }
        if (depth == 0 && componentCount > 1 && !(commands.get(0) instanceof SetComponentIndex)) {
            // knocked out: the sequence starts at component 0
            SuitCheck.COMMANDS_SET_INDEX_FIRST.fail(name + " does not begin with suit-directive-set-component-index (12);"
                    + " the manifest lists " + componentCount + " components, and then each command sequence MUST begin"
                    + " with Set Component Index (§6.2)");
        }
        return new CommandSequence(name, commands);
    }

    private Command command(CborInt label, CborItem argument, String where, boolean shared, int depth) {
        long number = label.asLong().orElse(Long.MAX_VALUE);
        Optional<ConditionKind> condition = ConditionKind.fromLabel(number);
        if (condition.isPresent()) {
            return new Condition(condition.get(), reportingPolicy(argument, where + ", " + condition.get()));
        }
        Optional<ActionKind> action = ActionKind.fromLabel(number);
        if (action.isPresent()) {
            if (shared) {
                // knocked out: the directive runs in the shared sequence as anywhere else
                SuitCheck.SHARED_DIRECTIVE.fail(where + " is " + action.get() + "; the shared sequence may hold only"
                        + " conditions, set-component-index, override-parameters, try-each and run-sequence"
                        + " (SUIT_Shared_Sequence, §8.4.5)");
            }
            return new Action(action.get(), reportingPolicy(argument, where + ", " + action.get()));
        }
        if (number == SET_COMPONENT_INDEX) {
            return componentIndex(argument, where + ", suit-directive-set-component-index (12)");
        }
        if (number == OVERRIDE_PARAMETERS) {
            return overrideParameters(argument, where + ", suit-directive-override-parameters (20)", shared, depth);
        }
        if (number == TRY_EACH) {
            return tryEach(argument, where + ", suit-directive-try-each (15)", shared, depth);
        }
        if (number == RUN_SEQUENCE) {
            String what = where + ", suit-directive-run-sequence (32)";
            return new RunSequence(parse(argument.asBytes(what + " argument"), what, shared, depth + 1));
        }
        if (label.negative() && shared) {
            SuitCheck.SHARED_CUSTOM_COMMAND.fail(where + " is the custom command " + label.bigValue() + "; no custom"
                    + " commands are permitted in the shared sequence (§6.2)");
            // knocked out: run as the vendor's command by a processor that implements it (see SuitCheck)
            return new CustomCommand(label.bigValue().toString(), Diagnostic.of(argument));
        }
        return new Unsupported(label.bigValue().toString(), Diagnostic.of(argument));
    }

    private int reportingPolicy(CborItem argument, String what) {
        CborInt policy = argument.asInt(what + " reporting policy");
        if (policy.negative() || Long.compareUnsigned(policy.argument(), MAX_REPORTING_POLICY) > 0) {
            SuitCheck.COMMANDS_REPORTING_POLICY.fail(what + " has reporting policy " + policy.bigValue()
                    + "; SUIT_Rep_Policy is a uint of the four suit-reporting-bits, 0 to 15 (§8.4.7)");
            return (int) (policy.argument() & MAX_REPORTING_POLICY); // knocked out: a hint, kept to its four bits
        }
        return (int) policy.argument();
    }

    private SetComponentIndex componentIndex(CborItem argument, String what) {
        if (argument instanceof CborSimple simple && simple.value() == CborSimple.TRUE) {
            return new SetComponentIndex(true, List.of());
        }
        if (argument instanceof CborInt index) {
            return new SetComponentIndex(false, List.of(componentIndex(index, what)));
        }
        if (argument instanceof CborArray array && array.size() > 0) {
            List<Integer> indices = new ArrayList<>(array.size());
            for (CborItem element : array.items()) {
                indices.add(componentIndex(element.asInt(what + " index"), what));
            }
            return new SetComponentIndex(false, indices);
        }
        throw SuitCheck.COMMANDS_COMPONENT_INDEX_TYPE.rejection(what + " takes a uint, true or a non-empty array of uints (§6.5),"
                + " found " + Diagnostic.of(argument));
    }

    private int componentIndex(CborInt index, String what) {
        if (index.negative()) {
            throw SuitCheck.COMMANDS_COMPONENT_INDEX_TYPE.rejection(what + ": component index " + index.bigValue() + " is negative");
        }
        if (Long.compareUnsigned(index.argument(), componentCount) >= 0) {
            throw SuitCheck.COMMANDS_COMPONENT_INDEX_RANGE.rejection(what + ": component index " + index.bigValue()
                    + " names no component; the manifest lists " + componentCount + " (suit-components, §8.4.5)");
        }
        return (int) index.argument();
    }

    private TryEach tryEach(CborItem argument, String what, boolean shared, int depth) {
        CborArray array = argument.asArray(what + " argument");
        int sequences = array.size() > 0 && array.get(array.size() - 1).isNull() ? array.size() - 1 : array.size();
        if (sequences < 2) {
            // knocked out: the Try Each runs the sequences it has
            SuitCheck.COMMANDS_TRY_EACH_SHAPE.fail(what + " has " + sequences + " command sequence(s); its argument"
                    + " is two or more bstr-wrapped sequences and an optional nil (§8.4.10.2)");
        }
        List<CommandSequence> alternatives = new ArrayList<>(array.size());
        for (int i = 0; i < sequences; i++) {
            String name = what + " sequence " + (i + 1) + " of " + sequences;
            alternatives.add(parse(array.get(i).asBytes(name), name, shared, depth + 1));
        }
        if (sequences < array.size()) {
            alternatives.add(new CommandSequence(what + " nil", List.of()));
        }
        return new TryEach(alternatives);
    }

    private OverrideParameters overrideParameters(CborItem argument, String what, boolean shared, int depth) {
        CborMap map = argument.asMap(what + " argument");
        if (map.size() == 0) {
            // knocked out: an override of nothing, which does nothing
            SuitCheck.COMMANDS_OVERRIDE_EMPTY.fail(what + " sets no parameter; its argument is a non-empty map (§8.4.10.3)");
        }
        MapOrder.requireCanonical(map, what + " argument", options);
        Map<Parameter, Object> values = new EnumMap<>(Parameter.class);
        // every nint is a custom label (§8.4.8.16), down to -2^64: keyed by its exact value
        Map<BigInteger, String> custom = new LinkedHashMap<>();
        for (CborMap.Entry entry : map.entries()) {
            CborInt label = entry.key().asInt(what + " parameter label");
            if (label.negative()) {
                if (shared) {
                    // knocked out: the custom parameter is kept as a hint, as outside the shared sequence
                    SuitCheck.SHARED_CUSTOM_PARAMETER.fail(what + " sets the custom parameter " + label.bigValue()
                            + "; suit-parameter-custom MUST NOT be used in the shared sequence (§8.4.8.16)");
                }
                custom.put(label.bigValue(), customValue(entry.value(), what));
                continue;
            }
            Optional<Parameter> known = Parameter.fromLabel(label.asLong().orElse(Long.MAX_VALUE));
            if (known.isEmpty()) {
                SuitCheck.PARAMETER_UNKNOWN.fail(what + " sets parameter " + label.bigValue()
                        + ", which this processor does not support (an unsupported parameter excludes the manifest, §6.1)");
                continue; // knocked out: the parameter is ignored
            }
            Parameter parameter = known.get();
            if (parameter == Parameter.SOFT_FAILURE && depth == 0) {
                // knocked out: honoured at the top of the sequence too (see Interpreter#runProcedure)
                SuitCheck.PARAMETER_SOFT_FAILURE_SCOPE.fail(what + " sets " + parameter + " outside try-each and"
                        + " run-sequence; setting it there causes an Abort (§8.4.8.15)");
            }
            values.put(parameter, value(parameter, entry.value(), what + ", " + parameter));
        }
        return new OverrideParameters(values, custom);
    }

    private Object value(Parameter parameter, CborItem value, String what) {
        return switch (parameter) {
            case VENDOR_ID -> vendorId(value, what);
            case CLASS_ID, DEVICE_ID -> uuid(value, what);
            case IMAGE_DIGEST -> SuitDigest.parse(CborDecoder.decodeWrapped(value.asBytes(what)), what);
            case COMPONENT_SLOT, IMAGE_SIZE -> unsigned(value, what);
            case SOURCE_COMPONENT -> (long) componentIndex(value.asInt(what), what);
            case STRICT_ORDER, SOFT_FAILURE -> bool(value, what);
            case CONTENT, INVOKE_ARGS, FETCH_ARGUMENTS -> value.asBytes(what).content().toByteArray();
            case URI -> value.asText(what).value();
        };
    }

    private static Object vendorId(CborItem value, String what) {
        if (value instanceof CborTag tag && tag.tag() == CBOR_PEN_TAG) {
            return new Parameter.EnterpriseNumber(tag.content().asBytes(what + " cbor-pen").content().toHex());
        }
        if (value instanceof CborBytes) {
            return uuid(value, what);
        }
        throw SuitCheck.PARAMETER_TYPE.rejection(what + " must be a 16-byte UUID or a #6.112 Private Enterprise"
                + " Number (§8.4.8.3), found " + value.typeName());
    }

    private static UUID uuid(CborItem value, String what) {
        Span bytes = value.asBytes(what).content();
        if (bytes.length() != 16) {
            throw SuitCheck.PARAMETER_TYPE.rejection(what + " has " + bytes.length() + " bytes; a UUID is a 16-byte bstr"
                    + " (RFC4122_UUID, §8.4.8)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static long unsigned(CborItem value, String what) {
        CborInt integer = value.asInt(what);
        if (integer.negative()) {
            throw SuitCheck.PARAMETER_TYPE.rejection(what + " must be a uint, found " + integer.bigValue());
        }
        return integer.argument();
    }

    private static boolean bool(CborItem value, String what) {
        if (value instanceof CborSimple simple && (simple.value() == CborSimple.TRUE || simple.value() == CborSimple.FALSE)) {
            return simple.value() == CborSimple.TRUE;
        }
        throw SuitCheck.PARAMETER_TYPE.rejection(what + " must be true or false, found " + value.typeName());
    }

    private static String customValue(CborItem value, String what) {
        if (value instanceof CborInt || value instanceof CborBytes || value instanceof CborText
                || (value instanceof CborSimple simple && (simple.value() == CborSimple.TRUE
                        || simple.value() == CborSimple.FALSE))) {
            return Diagnostic.of(value);
        }
        throw SuitCheck.PARAMETER_TYPE.rejection(what + ": a custom parameter is an int, bool, tstr or bstr"
                + " (§8.4.8.16), found " + value.typeName());
    }
}
