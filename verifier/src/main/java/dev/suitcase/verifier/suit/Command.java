package dev.suitcase.verifier.suit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed command of a SUIT_Command_Sequence (draft-ietf-suit-manifest-37 §8.4.6, §6.4 Table 2).
 * Parsing ({@link CommandParser}) checks the shape of every command and argument before anything
 * runs; the {@link Interpreter} gives them meaning.
 */
sealed interface Command {

    /** A condition (§8.4.9): a test with no side effect; its failure is soft inside Try Each and Run Sequence. */
    record Condition(ConditionKind kind, int reportingPolicy) implements Command {
        public Condition {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A directive acting on the current component (§8.4.10.4-7, 9); its failure always aborts (§6.4). */
    record Action(ActionKind kind, int reportingPolicy) implements Command {
        public Action {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** suit-directive-set-component-index (§8.4.10.1, §6.5): all components, or a list of indices. */
    record SetComponentIndex(boolean all, List<Integer> indices) implements Command {
        public SetComponentIndex {
            indices = List.copyOf(indices);
        }
    }

    /** suit-directive-override-parameters (§8.4.10.3): standard parameters in label order, then custom ones by label. */
    record OverrideParameters(Map<Parameter, Object> values, Map<BigInteger, String> custom) implements Command {
        public OverrideParameters {
            values = Collections.unmodifiableMap(new EnumMap<>(values));
            custom = Map.copyOf(custom);
        }

        /** The value of {@code parameter}, if this override sets it. */
        <T> Optional<T> get(Parameter parameter, Class<T> type) {
            return Optional.ofNullable(values.get(parameter)).map(type::cast);
        }
    }

    /** suit-directive-try-each (§8.4.10.2): the first sequence that completes wins; nil is an empty sequence. */
    record TryEach(List<CommandSequence> sequences) implements Command {
        public TryEach {
            sequences = List.copyOf(sequences);
        }
    }

    /** suit-directive-run-sequence (§8.4.10.8). */
    record RunSequence(CommandSequence sequence) implements Command {
        public RunSequence {
            Objects.requireNonNull(sequence, "sequence");
        }
    }

    /**
     * A command this processor does not implement: an unknown label, or a custom command (negative
     * label, §8.4.11). Executing it reports a failure (§8.4.9: "If a Recipient encounters an unknown
     * condition, it MUST report a failure") with {@link dev.suitcase.verifier.Reason#UNSUPPORTED_COMMAND}.
     *
     * @param label    the command label, in decimal
     * @param argument its argument in diagnostic notation, for the rejection detail
     */
    record Unsupported(String label, String argument) implements Command {
        public Unsupported {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(argument, "argument");
        }
    }

    /**
     * A custom command of the shared sequence, parsed only when {@link SuitCheck#SHARED_CUSTOM_COMMAND} is
     * knocked out: it stands for the vendor's command run by a processor that implements it, whose
     * effect the simulation cannot know; running it records it.
     *
     * @param label    the command label, in decimal
     * @param argument its argument in diagnostic notation
     */
    record CustomCommand(String label, String argument) implements Command {
        public CustomCommand {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(argument, "argument");
        }
    }

    /** The conditions this processor implements (§8.4.9, §11.4). */
    enum ConditionKind {
        VENDOR_IDENTIFIER(1, "suit-condition-vendor-identifier"),
        CLASS_IDENTIFIER(2, "suit-condition-class-identifier"),
        IMAGE_MATCH(3, "suit-condition-image-match"),
        COMPONENT_SLOT(5, "suit-condition-component-slot"),
        CHECK_CONTENT(6, "suit-condition-check-content"),
        ABORT(14, "suit-condition-abort"),
        DEVICE_IDENTIFIER(24, "suit-condition-device-identifier");

        private final int label;
        private final String specName;

        ConditionKind(int label, String specName) {
            this.label = label;
            this.specName = specName;
        }

        static Optional<ConditionKind> fromLabel(long label) {
            return byLabel(values(), label, kind -> kind.label);
        }

        @Override
        public String toString() {
            return specName + " (" + label + ")";
        }
    }

    /** The directives that act on components, which this processor implements (§8.4.10, §11.4). */
    enum ActionKind {
        WRITE(18, "suit-directive-write"),
        FETCH(21, "suit-directive-fetch"),
        COPY(22, "suit-directive-copy"),
        INVOKE(23, "suit-directive-invoke"),
        SWAP(31, "suit-directive-swap");

        private final int label;
        private final String specName;

        ActionKind(int label, String specName) {
            this.label = label;
            this.specName = specName;
        }

        static Optional<ActionKind> fromLabel(long label) {
            return byLabel(values(), label, kind -> kind.label);
        }

        @Override
        public String toString() {
            return specName + " (" + label + ")";
        }
    }

    /** The command kind registered under a label, if this processor implements it. */
    private static <K> Optional<K> byLabel(K[] kinds, long label, java.util.function.ToIntFunction<K> labelOf) {
        for (K kind : kinds) {
            if (labelOf.applyAsInt(kind) == label) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
