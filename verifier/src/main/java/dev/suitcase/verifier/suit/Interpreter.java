package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.suit.Command.Action;
import dev.suitcase.verifier.suit.Command.ActionKind;
import dev.suitcase.verifier.suit.Command.Condition;
import dev.suitcase.verifier.suit.Command.ConditionKind;
import dev.suitcase.verifier.suit.Command.CustomCommand;
import dev.suitcase.verifier.suit.Command.OverrideParameters;
import dev.suitcase.verifier.suit.Command.RunSequence;
import dev.suitcase.verifier.suit.Command.SetComponentIndex;
import dev.suitcase.verifier.suit.Command.TryEach;
import dev.suitcase.verifier.suit.Command.Unsupported;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The abstract machine of draft-ietf-suit-manifest-37 §6.4, run serially over the simulated device.
 *
 * <p><b>Failures.</b> A condition that does not hold, an unsupported command (§8.4.9: it "MUST report a
 * failure") and a Try Each whose every sequence failed are <em>condition failures</em>: they end the
 * current sequence, and the sequence's soft-failure setting at that moment decides what its caller
 * does (§8.4.8.15). Inside Try Each, where soft-failure starts true, a soft failure starts the next
 * sequence; inside Run Sequence, where it starts false, a soft failure halts the Run Sequence and
 * processing continues with the next command. A hard failure makes the Try Each or Run Sequence
 * itself fail with that condition's failure, which its own enclosing sequence then treats the same
 * way; at the top of a procedure it rejects the envelope, naming the condition's check
 * ({@code suit.condition.*}, or {@link SuitCheck#COMMAND_UNKNOWN} for an unsupported command). A
 * knocked-out condition check (a test's) makes that condition hold. A directive that fails (Fetch with
 * no payload, Copy from an empty component, a consumed parameter never set) aborts at once whatever
 * soft-failure says (§6.4), with a {@code suit.directive.*} check.
 *
 * <p><b>Component index.</b> Each top-level sequence starts at component 0. True and arrays repeat
 * each command once per component, in order; Try Each and Run Sequence then run their sequences once
 * per component with an integer index (§6.5). A nested sequence's own Set Component Index applies to
 * the rest of that sequence only.
 *
 * <p><b>Parameters.</b> Storage is per component and cleared at the start of each procedure (§6.1);
 * within a procedure, what one sequence sets stays set for the next. Soft-failure and strict-order
 * are processor settings (§8.4.8), scoped like soft-failure to the sequence that sets them.
 *
 * <p><b>Strict order (§6.7).</b> A serial interpreter runs every command in order, which every
 * strict-order setting allows. What strict-order false changes is what a manifest may ask: a component
 * MUST NOT be both the target of an operation and the source of data (Copy, Swap) in a sequence where
 * Strict Order is False, and the processor MUST Abort when it detects it. Strict order starts true in
 * every sequence (its default, §8.4.8.14; Run Sequence sets it true before its sequence runs, §6.7, and
 * Try Each runs its sequences in strict order, §8.4.10.2); the directives a sequence performs while it is
 * false are remembered, and one that would make a component both target and source rejects the
 * envelope before it runs ({@link SuitCheck#STRICT_ORDER_SOURCE_AND_TARGET}). The rule binds the
 * author and the abort is owed only "if it detects" the conflict, so the corpus makes this rejection
 * advisory ({@code producer-rule}).
 *
 * <p><b>Effects.</b> Fetch, Write, Copy and Swap change the working copy of the device
 * ({@link DeviceState}); Invoke is recorded, not executed. Every command executed is a step of the
 * {@link TraceRecorder}.
 */
final class Interpreter {
    private final List<ComponentId> components;
    private final DeviceState device;
    private final Map<String, CborBytes> integratedPayloads;
    private final ExecutionBudget budget;
    private final TraceRecorder trace;
    private final Map<String, Image> integratedImages = new HashMap<>();
    private List<Map<Parameter, Object>> parameters = List.of();

    Interpreter(List<ComponentId> components, DeviceState device, Map<String, CborBytes> integratedPayloads,
                ExecutionBudget budget, TraceRecorder trace) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("an interpreter needs at least one component");
        }
        this.components = List.copyOf(components);
        this.device = device;
        this.integratedPayloads = Map.copyOf(integratedPayloads);
        this.budget = budget;
        this.trace = trace;
    }

    /**
     * Runs one procedure (§8.4.6): clears the parameter storage (§6.1), then runs each top-level
     * sequence in order. A failure that reaches the top of a sequence rejects the envelope.
     */
    void runProcedure(List<CommandSequence> sequences) {
        List<Map<Parameter, Object>> cleared = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            cleared.add(new EnumMap<>(Parameter.class));
        }
        parameters = cleared;
        for (CommandSequence sequence : sequences) {
            Optional<Failure> failure = run(sequence, List.of(0), false);
            if (failure.isPresent() && !failure.get().soft()) {
                throw failure.get().rejection();
            }
            // A soft failure at the top only with SuitCheck.PARAMETER_SOFT_FAILURE_SCOPE knocked out: the
            // sequence halts and the procedure goes on, as in Run Sequence (§8.4.8.15).
        }
    }

    /**
     * A condition failure on its way up: the rejection it becomes at the top, and the failing sequence's
     * soft-failure setting.
     */
    private record Failure(Rejection rejection, boolean soft) {
        Failure in(boolean softFailure) {
            return new Failure(rejection, softFailure);
        }

        String detail() {
            return rejection.detail();
        }
    }

    /** What a condition found wrong: the rule it checks, and why it does not hold. */
    private record Broken(SuitCheck check, String why) {
    }

    /** The state of one running sequence (§8.4.8.15: soft-failure is scoped to the enclosing sequence). */
    private static final class Frame {
        List<Integer> selection;
        boolean softFailure;
        boolean strictOrder = true;
        /** Components written by directives performed while strict order was false (§6.7). */
        final Set<Integer> unorderedTargets = new HashSet<>();
        /** Components read as the source of data by directives performed while strict order was false (§6.7). */
        final Set<Integer> unorderedSources = new HashSet<>();

        Frame(List<Integer> selection, boolean softFailure) {
            this.selection = selection;
            this.softFailure = softFailure;
        }
    }

    private Optional<Failure> run(CommandSequence sequence, List<Integer> selection, boolean softFailure) {
        Frame frame = new Frame(selection, softFailure);
        for (int i = 0; i < sequence.commands().size(); i++) {
            Optional<Failure> failure = execute(sequence.commands().get(i), frame, sequence.name() + " command " + (i + 1));
            if (failure.isPresent()) {
                trace.step(sequence.name() + ": stopped, " + (frame.softFailure ? "soft" : "hard") + " failure");
                return Optional.of(failure.get().in(frame.softFailure));
            }
        }
        return Optional.empty();
    }

    private Optional<Failure> execute(Command command, Frame frame, String where) {
        if (command instanceof SetComponentIndex set) {
            budget.operation(where);
            frame.selection = set.all() ? IntStream.range(0, components.size()).boxed().toList() : set.indices();
            trace.step(where + ": set-component-index " + describe(frame.selection));
            return Optional.empty();
        }
        if (command instanceof OverrideParameters override) {
            return overrideParameters(override, frame, where);
        }
        if (command instanceof Condition condition) {
            for (int index : frame.selection) {
                budget.operation(where);
                String test = where + ", " + condition.kind() + " on component " + components.get(index);
                Optional<Broken> broken = evaluate(condition.kind(), index);
                if (broken.isEmpty()) {
                    trace.step(test + ": holds");
                    continue;
                }
                Optional<Rejection> failure = broken.get().check().failure(test + " failed: " + broken.get().why());
                trace.step(test + ": failed, " + broken.get().why() + (failure.isPresent() ? "" : "; ignored"));
                if (failure.isPresent()) {
                    return Optional.of(new Failure(failure.get(), false));
                }
                // knocked out: the condition is taken to hold, as by a processor without it
            }
            return Optional.empty();
        }
        if (command instanceof Action action) {
            for (int index : frame.selection) {
                budget.operation(where);
                String what = where + ", " + action.kind() + " on component " + components.get(index);
                if (!frame.strictOrder) {
                    checkUnordered(action.kind(), index, frame, what);
                }
                perform(action.kind(), index, what);
            }
            return Optional.empty();
        }
        if (command instanceof TryEach tryEach) {
            for (int index : frame.selection) {
                budget.operation(where);
                Optional<Failure> failure = tryEach(tryEach, index, where);
                if (failure.isPresent()) {
                    return failure;
                }
            }
            return Optional.empty();
        }
        if (command instanceof RunSequence runSequence) {
            for (int index : frame.selection) {
                budget.operation(where);
                Optional<Failure> failure = run(runSequence.sequence(), List.of(index), false);
                if (failure.isPresent() && !failure.get().soft()) {
                    return failure;
                }
            }
            return Optional.empty();
        }
        if (command instanceof CustomCommand custom) {
            budget.operation(where);
            trace.step(where + ": custom command " + custom.label() + " (argument " + custom.argument()
                    + ") run (recorded, not executed)");
            return Optional.empty();
        }
        Unsupported unsupported = (Unsupported) command;
        budget.operation(where);
        String detail = where + ": command " + unsupported.label() + " (argument " + unsupported.argument()
                + ") is not supported by this processor; an unknown or custom command reports a failure (§8.4.9)";
        trace.step(detail);
        // knocked out: the command is skipped
        return SuitCheck.COMMAND_UNKNOWN.failure(detail).map(rejection -> new Failure(rejection, false));
    }

    private Optional<Failure> overrideParameters(OverrideParameters override, Frame frame, String where) {
        budget.operation(where);
        override.get(Parameter.SOFT_FAILURE, Boolean.class).ifPresent(soft -> frame.softFailure = soft);
        override.get(Parameter.STRICT_ORDER, Boolean.class).ifPresent(strict -> frame.strictOrder = strict);
        for (int index : frame.selection) {
            Map<Parameter, Object> table = parameters.get(index);
            override.values().forEach((parameter, value) -> {
                if (parameter != Parameter.SOFT_FAILURE && parameter != Parameter.STRICT_ORDER) {
                    table.put(parameter, value);
                }
            });
        }
        trace.step(where + ": override-parameters " + override.values().keySet()
                + (override.custom().isEmpty() ? "" : " and custom " + override.custom().keySet())
                + " for " + describe(frame.selection));
        return Optional.empty();
    }

    /** §8.4.10.2, with the soft-failure rules of §8.4.8.15. */
    private Optional<Failure> tryEach(TryEach tryEach, int index, String where) {
        if (tryEach.sequences().isEmpty()) { // only with SuitCheck.COMMANDS_TRY_EACH_SHAPE knocked out
            return Optional.of(new Failure(SuitCheck.COMMANDS_TRY_EACH_SHAPE.rejection(where + ": a suit-directive-try-each"
                    + " (15) without sequences has none that completes (§8.4.10.2)"), false));
        }
        Failure last = null;
        for (CommandSequence alternative : tryEach.sequences()) {
            Optional<Failure> failure = run(alternative, List.of(index), true);
            if (failure.isEmpty()) {
                trace.step(alternative.name() + ": completed");
                return Optional.empty();
            }
            if (!failure.get().soft()) {
                return Optional.of(failure.get());
            }
            last = failure.get();
        }
        return Optional.of(new Failure(last.rejection().check().rejection(where + ": no sequence of"
                + " suit-directive-try-each (15) completed for component " + components.get(index) + "; the last failed: "
                + last.detail()), false));
    }

    /**
     * Evaluates a condition on one component: the rule it breaks and why, if it fails. Conditions have no
     * side effect (§6.4). A condition whose parameter was never set fails with
     * {@link SuitCheck#CONDITION_PARAMETER_UNSET} (§8.4.9: it "MUST report a failure").
     */
    private Optional<Broken> evaluate(ConditionKind kind, int index) {
        Map<Parameter, Object> table = parameters.get(index);
        ComponentId component = components.get(index);
        return switch (kind) {
            case VENDOR_IDENTIFIER -> identifier(table, Parameter.VENDOR_ID, Optional.of(device.device().vendorId()),
                    "vendor", SuitCheck.CONDITION_VENDOR_ID);
            case CLASS_IDENTIFIER -> identifier(table, Parameter.CLASS_ID, Optional.of(device.device().classId()),
                    "class", SuitCheck.CONDITION_CLASS_ID);
            case DEVICE_IDENTIFIER -> identifier(table, Parameter.DEVICE_ID, device.device().deviceId(), "device",
                    SuitCheck.CONDITION_DEVICE_ID);
            case IMAGE_MATCH -> imageMatch(table, component);
            case COMPONENT_SLOT -> componentSlot(table, component);
            case CHECK_CONTENT -> checkContent(table, component);
            case ABORT -> broken(SuitCheck.CONDITION_ABORT, "suit-condition-abort always fails (§8.4.9.5)");
        };
    }

    private static Optional<Broken> broken(SuitCheck check, String why) {
        return Optional.of(new Broken(check, why));
    }

    /** §8.4.9.1: the parameter must have been set, and match what the device asserts. */
    private static Optional<Broken> identifier(Map<Parameter, Object> table, Parameter parameter,
                                               Optional<UUID> asserted, String kind, SuitCheck check) {
        Object expected = table.get(parameter);
        if (expected == null) {
            return broken(SuitCheck.CONDITION_PARAMETER_UNSET, "no " + parameter + " has been set for this component,"
                    + " and then the condition fails (§8.4.9.1)");
        }
        if (expected instanceof Parameter.EnterpriseNumber pen) {
            return broken(check, "the manifest names vendor Private Enterprise Number h'" + pen.relativeOidHex()
                    + "'; this device identifies its vendor by UUID " + asserted.map(UUID::toString).orElse("")
                    + " only");
        }
        if (asserted.isEmpty()) {
            return broken(check, "the manifest requires " + kind + " id " + expected + " but this device asserts no "
                    + kind + " identifier");
        }
        if (!asserted.get().equals(expected)) {
            return broken(check, "the manifest's " + kind + " id " + expected + " is not this device's " + kind
                    + " id " + asserted.get());
        }
        return Optional.empty();
    }

    /** §8.4.9.2: digest (and size, when set) of the component's current image. */
    private Optional<Broken> imageMatch(Map<Parameter, Object> table, ComponentId component) {
        SuitDigest expected = (SuitDigest) table.get(Parameter.IMAGE_DIGEST);
        if (expected == null) {
            return broken(SuitCheck.CONDITION_PARAMETER_UNSET, "no suit-parameter-image-digest (3) has been set for"
                    + " this component, and then the condition fails (§8.4.9.2)");
        }
        Optional<Image> image = device.image(component);
        if (image.isEmpty()) {
            return broken(SuitCheck.CONDITION_IMAGE_MATCH, "the component holds no image");
        }
        if (image.get().digest(expected.algorithm()).isEmpty()) {
            return broken(SuitCheck.CONDITION_IMAGE_MATCH, "the device knows this image only by its SHA-256 digest, and"
                    + " the manifest's image-digest uses " + expected.algorithm());
        }
        if (!expected.matches(image.get())) {
            return broken(SuitCheck.CONDITION_IMAGE_MATCH, "the image's " + expected.algorithm() + " digest is "
                    + HexFormat.of().formatHex(image.get().digest(expected.algorithm()).orElseThrow())
                    + ", the manifest's image-digest is " + expected.hex());
        }
        Object size = table.get(Parameter.IMAGE_SIZE);
        if (size != null && (Long) size != image.get().size()) {
            return broken(SuitCheck.CONDITION_IMAGE_MATCH, "the image has " + image.get().size() + " bytes, the"
                    + " manifest's image-size is " + Long.toUnsignedString((Long) size));
        }
        return Optional.empty();
    }

    /** §8.4.9.4. */
    private Optional<Broken> componentSlot(Map<Parameter, Object> table, ComponentId component) {
        Object expected = table.get(Parameter.COMPONENT_SLOT);
        if (expected == null) {
            return broken(SuitCheck.CONDITION_PARAMETER_UNSET, "no suit-parameter-component-slot (5) has been set for"
                    + " this component");
        }
        OptionalLong slot = device.slot(component);
        if (slot.isEmpty()) {
            return broken(SuitCheck.CONDITION_COMPONENT_SLOT, "the component is not in a slot on this device");
        }
        if (slot.getAsLong() != (Long) expected) {
            return broken(SuitCheck.CONDITION_COMPONENT_SLOT, "the component is in slot " + slot.getAsLong()
                    + ", the manifest's component-slot is " + Long.toUnsignedString((Long) expected));
        }
        return Optional.empty();
    }

    /** §8.4.9.3: a byte-by-byte comparison in constant time. */
    private Optional<Broken> checkContent(Map<Parameter, Object> table, ComponentId component) {
        byte[] expected = (byte[]) table.get(Parameter.CONTENT);
        if (expected == null) {
            return broken(SuitCheck.CONDITION_PARAMETER_UNSET, "no suit-parameter-content (18) has been set for this"
                    + " component");
        }
        Optional<Image> image = device.image(component);
        if (image.isEmpty()) {
            return broken(SuitCheck.CONDITION_CHECK_CONTENT, "the component holds no image");
        }
        if (!image.get().isConcrete()) {
            return broken(SuitCheck.CONDITION_CHECK_CONTENT, "the device knows this image only by size and digest, so"
                    + " its content cannot be compared");
        }
        budget.bytes(expected.length, "suit-condition-check-content on component " + component);
        if (!image.get().contentEquals(expected)) {
            return broken(SuitCheck.CONDITION_CHECK_CONTENT, "the component's " + image.get().size() + " bytes differ"
                    + " from the manifest's " + expected.length + "-byte content");
        }
        return Optional.empty();
    }

    /**
     * §6.7: records the component a directive writes and the one it reads data from, in a sequence whose
     * strict order is false, and aborts when one component would be both. Fetch and Write write the
     * current component; Copy and Swap write it and read the source component. Invoke neither writes nor
     * is a source of data for another component.
     */
    private void checkUnordered(ActionKind kind, int index, Frame frame, String where) {
        if (kind == ActionKind.INVOKE) {
            return;
        }
        Set<Integer> targets = new HashSet<>(frame.unorderedTargets);
        Set<Integer> sources = new HashSet<>(frame.unorderedSources);
        targets.add(index);
        if (kind == ActionKind.COPY || kind == ActionKind.SWAP) {
            Object source = parameters.get(index).get(Parameter.SOURCE_COMPONENT);
            if (source != null) {
                sources.add((int) (long) (Long) source);
            }
        }
        for (int component : targets) {
            if (sources.contains(component)) {
                SuitCheck.STRICT_ORDER_SOURCE_AND_TARGET.fail(where + ": component " + components.get(component) + " is both the"
                        + " target of an operation and the source of data in a sequence where suit-parameter-strict-order"
                        + " (12) is false; a component MUST NOT be both there, since operations may run in parallel or"
                        + " out of order, and the processor MUST Abort when it detects it (§6.7)");
                return; // knocked out: the serial interpreter runs the commands in order, which is safe
            }
        }
        frame.unorderedTargets.addAll(targets);
        frame.unorderedSources.addAll(sources);
    }

    /** Performs a directive on one component; a failure throws (§6.4: directives abort regardless of soft-failure). */
    private void perform(ActionKind kind, int index, String where) {
        Map<Parameter, Object> table = parameters.get(index);
        ComponentId component = components.get(index);
        switch (kind) {
            case FETCH -> {
                String uri = (String) required(table, Parameter.URI, where);
                Image payload = fetch(uri, where);
                device.store(component, Optional.of(payload));
                trace.written(component, "fetch", payload);
                trace.step(where + ": fetched " + uri + ", " + payload);
            }
            case WRITE -> {
                byte[] content = (byte[]) required(table, Parameter.CONTENT, where);
                budget.bytes(content.length, where);
                Image written = Image.of(content);
                device.store(component, Optional.of(written));
                trace.written(component, "write", written);
                trace.step(where + ": wrote " + written);
            }
            case COPY -> {
                ComponentId source = source(table, where);
                Image copied = device.image(source).orElseThrow(() -> failed(SuitCheck.DIRECTIVE_SOURCE_EMPTY, where,
                        "the source component " + source
                        + " holds no image, and then Copy fails (§8.4.10.5)"));
                device.store(component, Optional.of(copied));
                trace.written(component, "copy", copied);
                trace.step(where + ": copied from " + source + ", " + copied);
            }
            case SWAP -> {
                ComponentId source = source(table, where);
                Image fromSource = device.image(source).orElseThrow(() -> failed(SuitCheck.DIRECTIVE_SOURCE_EMPTY, where,
                        "the source component " + source
                        + " holds no image, and then Swap fails (§8.4.10.9)"));
                Optional<Image> fromDestination = device.image(component);
                device.store(component, Optional.of(fromSource));
                device.store(source, fromDestination);
                trace.written(component, "swap", fromSource);
                fromDestination.ifPresent(image -> trace.written(source, "swap", image));
                trace.step(where + ": swapped with " + source);
            }
            case INVOKE -> {
                Image image = device.image(component).orElseThrow(() -> failed(SuitCheck.DIRECTIVE_INVOKE_EMPTY, where,
                        "the component holds no image to invoke; a Trusted Invocation MUST end in an error or an"
                                + " invoked image (§6.3)"));
                trace.invoked(component);
                Object arguments = table.get(Parameter.INVOKE_ARGS);
                trace.step(where + ": invoked (recorded, not executed), " + image
                        + (arguments == null ? "" : ", invoke-args h'" + HexFormat.of().formatHex((byte[]) arguments) + "'"));
            }
        }
    }

    private Object required(Map<Parameter, Object> table, Parameter parameter, String where) {
        Object value = table.get(parameter);
        if (value == null) {
            throw failed(SuitCheck.DIRECTIVE_PARAMETER_UNSET, where, "it consumes " + parameter + ", which has not been set for this component; the author"
                    + " MUST set every parameter a command consumes before invoking it (§7)");
        }
        return value;
    }

    private ComponentId source(Map<Parameter, Object> table, String where) {
        long index = (Long) required(table, Parameter.SOURCE_COMPONENT, where);
        return components.get((int) index);
    }

    /** §8.4.10.4, §7.5: an integrated payload carried in the envelope first, then one the device can reach. */
    private Image fetch(String uri, String where) {
        CborBytes integrated = integratedPayloads.get(uri);
        if (integrated != null) {
            Image cached = integratedImages.get(uri);
            if (cached != null) {
                return cached;
            }
            budget.bytes(integrated.content().length(), where);
            Image image = Image.of(integrated.content());
            integratedImages.put(uri, image);
            return image;
        }
        Image payload = device.device().payloads().get(uri);
        if (payload == null) {
            throw failed(SuitCheck.DIRECTIVE_PAYLOAD_UNAVAILABLE, where, "no payload is reachable at \"" + uri + "\": the envelope integrates none under that key"
                    + " and the device can fetch none from it (payload not available, §6.1)");
        }
        return payload;
    }

    /** A failed directive's rejection: directives abort regardless of soft failure (§6.4), so none is skippable. */
    private static Rejection failed(SuitCheck check, String where, String why) {
        return check.rejection(where + " failed: " + why + "; a failed directive aborts processing (§6.4)");
    }

    private String describe(List<Integer> selection) {
        List<String> named = new ArrayList<>(selection.size());
        for (int index : selection) {
            named.add(index + " " + components.get(index));
        }
        return "component" + (named.size() == 1 ? " " : "s ") + String.join(", ", named);
    }
}
