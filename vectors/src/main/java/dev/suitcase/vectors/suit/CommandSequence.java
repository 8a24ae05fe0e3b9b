package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ReportingPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * A SUIT_Command_Sequence (§8.4.6): a flat array of command labels and arguments. Immutable; each
 * method returns the sequence with one more command. Arguments are kept encoded, so a command may
 * carry a deliberately non-canonical argument ({@link #command(long, Bytes)}).
 */
public final class CommandSequence {
    private final List<Bytes> items;

    private CommandSequence(List<Bytes> items) {
        this.items = List.copyOf(items);
    }

    public static CommandSequence empty() {
        return new CommandSequence(List.of());
    }

    /** A condition with the reporting policy the Appendix B examples give conditions. */
    public CommandSequence condition(long label) {
        return command(label, CborValue.integer(ReportingPolicy.CONDITION).toBytes());
    }

    /** A directive that acts on the current component (fetch, invoke...), with record-on-failure reporting. */
    public CommandSequence directive(long label) {
        return command(label, CborValue.integer(ReportingPolicy.DIRECTIVE).toBytes());
    }

    /** suit-directive-override-parameters with the parameters in canonical order. */
    public CommandSequence override(Parameters parameters) {
        return command(Command.OVERRIDE_PARAMETERS, parameters.encode());
    }

    /** suit-directive-set-component-index with one index (§6.5). */
    public CommandSequence setComponentIndex(long index) {
        return command(Command.SET_COMPONENT_INDEX, CborValue.integer(index).toBytes());
    }

    /** suit-directive-set-component-index with True: every component of the manifest, in list order (§6.5). */
    public CommandSequence setComponentIndexAll() {
        return command(Command.SET_COMPONENT_INDEX, CborValue.bool(true).toBytes());
    }

    /** suit-directive-set-component-index with an array of indices (§6.5). */
    public CommandSequence setComponentIndices(long... indices) {
        List<CborValue> array = new ArrayList<>();
        for (long index : indices) {
            array.add(CborValue.integer(index));
        }
        return command(Command.SET_COMPONENT_INDEX, CborValue.array(array).toBytes());
    }

    /** suit-directive-try-each (§8.4.10.2) over bstr-wrapped alternatives. */
    public CommandSequence tryEach(CommandSequence... alternatives) {
        return command(Command.TRY_EACH, alternatives(alternatives, false));
    }

    /** suit-directive-try-each whose alternatives end with nil: when every one fails, nothing happens. */
    public CommandSequence tryEachOrNothing(CommandSequence... alternatives) {
        return command(Command.TRY_EACH, alternatives(alternatives, true));
    }

    /** suit-directive-run-sequence (§8.4.10.8) over a bstr-wrapped sequence. */
    public CommandSequence runSequence(CommandSequence sequence) {
        return command(Command.RUN_SEQUENCE, CborValue.bytes(sequence.encode()).toBytes());
    }

    /** Any command, its argument given encoded. */
    public CommandSequence command(long label, Bytes encodedArgument) {
        List<Bytes> more = new ArrayList<>(items);
        more.add(CborValue.integer(label).toBytes());
        more.add(encodedArgument);
        return new CommandSequence(more);
    }

    /** A command label with no argument after it, which no well-formed sequence holds: every later item moves one place. */
    public CommandSequence labelOnly(long label) {
        List<Bytes> more = new ArrayList<>(items);
        more.add(CborValue.integer(label).toBytes());
        return new CommandSequence(more);
    }

    /** This sequence followed by the commands of {@code more}. */
    public CommandSequence append(CommandSequence more) {
        List<Bytes> joined = new ArrayList<>(items);
        joined.addAll(more.items);
        return new CommandSequence(joined);
    }

    /** The encoded array. */
    public Bytes encode() {
        CborWriter writer = new CborWriter().array(items.size());
        items.forEach(writer::raw);
        return writer.toBytes();
    }

    /** {@code bstr .cbor SUIT_Command_Sequence}, as a sequence sits in the manifest and in common. */
    public CborValue wrapped() {
        return CborValue.bytes(encode());
    }

    private static Bytes alternatives(CommandSequence[] alternatives, boolean nil) {
        List<CborValue> array = new ArrayList<>();
        for (CommandSequence alternative : alternatives) {
            array.add(alternative.wrapped());
        }
        if (nil) {
            array.add(CborValue.nil());
        }
        return CborValue.array(array).toBytes();
    }
}
