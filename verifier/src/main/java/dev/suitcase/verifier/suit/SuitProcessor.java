package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cose.CoseKey;
import dev.suitcase.verifier.cose.CoseSign1Verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference SUIT manifest processor (draft-ietf-suit-manifest-37): one envelope, its trust
 * anchors and a simulated {@link Device} in, an {@link Outcome} out. It never throws: every failure,
 * expected or not, is a rejection with one {@link Reason}; an acceptance carries the
 * {@link dev.suitcase.verifier.Trace} of the envelope's effects on the device.
 *
 * <p>Order of checks (see the package documentation for every rule and its reason):
 * <ol>
 *   <li>the envelope structure ({@link SuitEnvelope});</li>
 *   <li>the authentication wrapper and its blocks, then the manifest against the authenticated
 *       digest ({@link AuthenticationWrapper}): the manifest is not parsed before this succeeds (§6.2);</li>
 *   <li>the manifest: version, rollback, structure and severable members ({@link SuitManifest}).
 *       This completes scope {@link Scope#AUTHENTICATE};</li>
 *   <li>suit-common ({@link SuitCommon}) and the components: no more than the device has (§6.2,
 *       {@link SuitCheck#COMPONENTS_COUNT}), each one the device has ({@link SuitCheck#COMPONENTS_UNSUPPORTED},
 *       §6.1 "Unsupported Component Identifier"); the components suit-text describes, each listed in
 *       suit-common ({@link SuitText}, §8.4.4);</li>
 *   <li>the procedures of the scope, each parsed completely before it runs ({@link CommandParser},
 *       {@link Interpreter}): {@link Scope#APPLICABILITY} runs the shared sequence;
 *       {@link Scope#INSTALL} the Update Procedure (shared sequence, payload-fetch, install,
 *       validate); {@link Scope#BOOT} the Update Procedure and then, on the device state it left, the
 *       Invocation Procedure (shared sequence, validate, load, invoke).</li>
 * </ol>
 */
public final class SuitProcessor {
    private final VerifierOptions options;
    private final ProcessingLimits limits;
    private final CoseSign1Verifier coseSign1;

    public SuitProcessor(VerifierOptions options) {
        this(options, ProcessingLimits.DEFAULT);
    }

    SuitProcessor(VerifierOptions options, ProcessingLimits limits) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.coseSign1 = new CoseSign1Verifier(options);
    }

    /**
     * Processes one envelope up to {@code scope}.
     *
     * @param envelope    the encoded SUIT_Envelope, tagged 107 or untagged
     * @param trustedKeys the trust anchors; at least one authentication block must verify under one
     * @param device      the simulated device; it is not changed
     * @param scope       how far to go
     */
    public Outcome process(byte[] envelope, List<CoseKey> trustedKeys, Device device, Scope scope) {
        return Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            SuitEnvelope parsed = SuitEnvelope.parse(envelope, options);
            Optional<Algorithm> algorithm = authenticate(parsed, List.copyOf(trustedKeys));
            SuitManifest manifest = SuitManifest.parse(parsed, device.sequenceNumber(), options);
            TraceRecorder trace = new TraceRecorder();
            trace.step(algorithm.map(by -> "manifest authenticated by a " + by + " (" + by.coseId() + ") COSE_Sign1")
                    .orElse("manifest not authenticated (a check was knocked out)")
                    + "; sequence number " + Long.toUnsignedString(manifest.sequenceNumber()));
            if (!manifest.ignoredMembers().isEmpty()) {
                trace.step("manifest members " + manifest.ignoredMembers() + " ignored: this processor does not"
                        + " implement them");
            }
            if (scope.includes(Scope.APPLICABILITY)) {
                run(parsed, manifest, device, scope, trace);
            }
            return Outcome.accept(trace.build(manifest.sequenceNumber()));
        });
    }

    /**
     * The authentication wrapper, its blocks and the manifest digest (§8.3): the algorithm of the block
     * that verified. Empty only when a knocked-out check let an unauthenticated manifest through.
     */
    private Optional<Algorithm> authenticate(SuitEnvelope envelope, List<CoseKey> trustedKeys) {
        if (envelope.bare()) {
            return Optional.empty();
        }
        Optional<CborBytes> wrapped = envelope.authenticationWrapper();
        if (wrapped.isEmpty()) {
            SuitCheck.ENVELOPE_AUTH_MISSING.fail("the envelope has no suit-authentication-wrapper (2); a manifest"
                    + " processor requires an authentication block (draft-ietf-suit-manifest-37 §8.3)");
            return Optional.empty(); // knocked out: no wrapper, so neither blocks nor digest to check
        }
        AuthenticationWrapper wrapper = AuthenticationWrapper.parse(wrapped.get(), limits);
        Optional<Algorithm> algorithm = wrapper.authenticate(trustedKeys, coseSign1);
        wrapper.checkManifest(envelope.manifest().orElseThrow());
        return algorithm;
    }

    private void run(SuitEnvelope envelope, SuitManifest manifest, Device device, Scope scope, TraceRecorder trace) {
        SuitCommon common = SuitCommon.parse(manifest.common(), options);
        checkComponents(common.components(), device);
        manifest.text().ifPresent(text -> SuitText.checkComponents(text, common.components(), options));
        CommandParser parser = new CommandParser(common.components().size(), limits, options);
        Optional<CommandSequence> shared = common.sharedSequence()
                .map(sequence -> parser.parse(sequence, "suit-shared-sequence (4)", true));
        Interpreter interpreter = new Interpreter(common.components(), new DeviceState(device),
                envelope.integratedPayloads(), new ExecutionBudget(limits), trace);
        if (scope == Scope.APPLICABILITY) {
            interpreter.runProcedure(shared.stream().toList());
            return;
        }
        interpreter.runProcedure(procedure(shared, manifest, parser,
                ManifestMember.PAYLOAD_FETCH, ManifestMember.INSTALL, ManifestMember.VALIDATE));
        if (scope == Scope.BOOT) {
            interpreter.runProcedure(procedure(shared, manifest, parser,
                    ManifestMember.VALIDATE, ManifestMember.LOAD, ManifestMember.INVOKE));
        }
    }

    /** The shared sequence and the members a procedure runs, all parsed before any of them runs. */
    private static List<CommandSequence> procedure(Optional<CommandSequence> shared, SuitManifest manifest,
                                                   CommandParser parser, ManifestMember... members) {
        List<CommandSequence> sequences = new ArrayList<>(members.length + 1);
        shared.ifPresent(sequences::add);
        for (ManifestMember member : members) {
            manifest.sequence(member).ifPresent(sequence -> sequences.add(parser.parse(sequence, member.toString(), false)));
        }
        return sequences;
    }

    /** §6.2: no more components than the target has; §6.1: each one known to the target. */
    private static void checkComponents(List<ComponentId> components, Device device) {
        if (components.size() > device.components().size()) {
            // knocked out: the processor goes on with the manifest's components
            SuitCheck.COMPONENTS_COUNT.fail("the manifest lists " + components.size() + " components but the device"
                    + " has " + device.components().size() + "; a processor MUST check that the manifest lists no more"
                    + " components than the target has (§6.2)");
        }
        for (ComponentId component : components) {
            if (device.component(component).isEmpty()) {
                // knocked out: the processor goes on; a directive writing the component fails closed
                SuitCheck.COMPONENTS_UNSUPPORTED.fail("the manifest lists component " + component
                        + ", which this device does not have (an unsupported component identifier excludes the"
                        + " manifest, §6.1)");
            }
        }
    }
}
