package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.SuiteVersion;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the synthetic vectors of the producer × verifier matrix (adapters/PROTOCOL.md, "Sign
 * (producers)") from what producers answer, so that their envelopes run on every adapter exactly
 * as corpus vectors do. For one producer, manifest and algorithm ({@link InteropId}):
 * <ul>
 *   <li>the {@link InteropId.Kind#SIGNED} vector, judged on the producer alone: it must make an
 *       envelope the strict reference verifier accepts on the manifest's device, so it expects
 *       accept, and its outcome ({@link Made#production}) is the reference verifier's answer on the
 *       envelope, or the producer's failure to make one;</li>
 *   <li>when it made an envelope, the {@link InteropId.Kind#ENVELOPE} vector (the envelope on the
 *       manifest's device and scope) and, when a COSE_Sign1 can be cut out of it
 *       ({@link AuthenticationBlock}), the {@link InteropId.Kind#COSE_SIGN1} vector (that COSE_Sign1
 *       with its detached SUIT_Digest, the algorithm the only one allowed), for every verifier.
 *       Their expectation is the reference verifier's answer on those very bytes, with a
 *       per-profile result wherever a profile makes it answer otherwise.</li>
 * </ul>
 * Each takes its severity and requirements from the manifest's corpus vector and names the
 * producer in its provenance. The trust anchor is the algorithm's published test key
 * ({@link InteropKeys}).
 */
public final class InteropVectors {
    /** The flag every synthetic vector carries, so a tag filter selects them. */
    public static final String FLAG = "interop";
    /** CBOR: tag 107 (SUIT_Envelope_Tagged), a map of one entry, key 3 (the manifest). */
    private static final Bytes UNSIGNED_ENVELOPE_HEAD = Bytes.fromHex("d86ba103");

    private final InteropKeys keys;
    private final ReferenceOracle oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));
    private final Map<Profile, ReferenceOracle> underProfiles = new EnumMap<>(Profile.class);

    /** @param keys the test keys of the run, in their initial state: every HSS-LMS signing key is a fresh one-time key */
    public InteropVectors(InteropKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        for (Profile profile : Profile.values()) {
            if (!VerifierOptions.DEFAULT.has(profile)) {
                underProfiles.put(profile, new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT.with(profile))));
            }
        }
    }

    /**
     * What one sign request made.
     *
     * @param signed       the producer's own vector
     * @param production   the outcome it is judged on: the reference verifier's answer on the envelope
     *                     (with the producer's stderr and duration), or the producer's unsupported,
     *                     crash, timeout or protocol violation
     * @param verification the vectors for every verifier; none when there is no envelope
     */
    public record Made(Vector signed, AdapterOutcome production, List<Vector> verification) {
        public Made {
            Objects.requireNonNull(signed, "signed");
            Objects.requireNonNull(production, "production");
            verification = List.copyOf(verification);
        }
    }

    /** The sign request of {@code producerSpec} for {@code manifest} with {@code algorithm}: its id is the producer's vector's. */
    public SignRequest request(String producerSpec, Algorithm algorithm, InteropManifest manifest) {
        return new SignRequest(InteropId.of(InteropId.Kind.SIGNED, algorithm, manifest.name(), producerSpec).toString(),
                algorithm, manifest.manifest(), keys.signingKey(algorithm));
    }

    /** The vectors the answer of {@code producerSpec} to {@link #request} makes. */
    public Made of(String producerSpec, Algorithm algorithm, InteropManifest manifest, SignOutcome answer) {
        List<KeyEntry> anchors = List.of(KeyEntry.trusted(keys.publicKey(algorithm)));
        Optional<Bytes> envelope = answer.envelope();
        SuitInput suit = new SuitInput(envelope.orElseGet(() -> unsigned(manifest)), anchors, manifest.device(), manifest.scope());
        Vector signed = vector(InteropId.of(InteropId.Kind.SIGNED, algorithm, manifest.name(), producerSpec), producerSpec,
                manifest, Expectation.accept(), suit,
                InteropId.token(producerSpec) + " signs " + manifest.name() + " with " + algorithm.displayName(),
                "The producer × verifier matrix asked " + producerSpec + " to sign the manifest of " + manifest.source().id()
                        + " (" + manifest.source().title() + ") with " + algorithm.displayName() + " and the published test key. "
                        + "A conformant producer makes an envelope the strict reference verifier accepts on the manifest's "
                        + "device, processed to " + manifest.scope().wireName() + "; the input is that envelope, or, when the "
                        + "producer made none, the manifest alone in an envelope without authentication wrapper.\n\n"
                        + "Every conformant verifier refuses an envelope that does not conform: the producer's updates "
                        + "would not install.");
        AdapterOutcome production = switch (answer.kind()) {
            case SIGNED -> AdapterOutcome.of(oracle.run(suit, Optional.empty()));
            case UNSUPPORTED -> AdapterOutcome.unsupported(answer.detail());
            case CRASH -> AdapterOutcome.crash(answer.detail());
            case TIMEOUT -> AdapterOutcome.timeout(answer.detail());
            case PROTOCOL_VIOLATION -> AdapterOutcome.protocolViolation(answer.detail());
        };
        production = production.withStderr(answer.stderr());
        if (answer.duration().isPresent()) {
            production = production.withDuration(answer.duration().get());
        }
        if (envelope.isEmpty()) {
            return new Made(signed, production, List.of());
        }
        String name = algorithm.displayName() + " envelope of " + manifest.name() + " from " + InteropId.token(producerSpec);
        List<Vector> verification = new ArrayList<>();
        verification.add(vector(InteropId.of(InteropId.Kind.ENVELOPE, algorithm, manifest.name(), producerSpec), producerSpec,
                manifest, expectation(suit), suit, name,
                "The envelope " + producerSpec + " made when the producer × verifier matrix asked it to sign the manifest of "
                        + manifest.source().id() + " (" + manifest.source().title() + ") with " + algorithm.displayName()
                        + ", processed on the manifest's device to " + manifest.scope().wireName() + " with the published "
                        + "test key as trust anchor. The expectation is the strict reference verifier's answer on it.\n\n"
                        + "A verifier that answers otherwise refuses a conformant producer's updates, or installs an "
                        + "envelope that does not conform."));
        cose(suit, algorithm, anchors).ifPresent(cose -> verification.add(vector(
                InteropId.of(InteropId.Kind.COSE_SIGN1, algorithm, manifest.name(), producerSpec), producerSpec, manifest,
                expectation(cose), cose, "COSE_Sign1 of the " + name,
                "The first COSE_Sign1 of the envelope " + producerSpec + " made of the manifest of " + manifest.source().id()
                        + " with " + algorithm.displayName() + ", with its detached payload, the SUIT_Digest "
                        + "(draft-ietf-suit-manifest-37 §8.3), and " + algorithm.displayName() + " as the only algorithm "
                        + "allowed: how a verifier of COSE_Sign1 messages that does not process SUIT envelopes checks the "
                        + "producer's signature. The expectation is the strict reference verifier's answer on it.\n\n"
                        + "A verifier that answers otherwise refuses a conformant producer's signature, or accepts one that "
                        + "does not verify.")));
        return new Made(signed, production, verification);
    }

    /** The manifest alone in an envelope: what the producer was asked to authenticate. */
    private static Bytes unsigned(InteropManifest manifest) {
        byte[] head = UNSIGNED_ENVELOPE_HEAD.toByteArray();
        byte[] body = manifest.manifest().toByteArray();
        byte[] envelope = new byte[head.length + body.length];
        System.arraycopy(head, 0, envelope, 0, head.length);
        System.arraycopy(body, 0, envelope, head.length, body.length);
        return Bytes.of(envelope);
    }

    /** The envelope's first COSE_Sign1 with its detached payload; empty when none can be cut out. */
    private static Optional<CoseInput> cose(SuitInput suit, Algorithm algorithm, List<KeyEntry> anchors) {
        try {
            AuthenticationBlock block = AuthenticationBlock.of(suit.envelope());
            return Optional.of(new CoseInput(block.coseSign1(), Optional.of(block.payload()), Optional.empty(), anchors,
                    Optional.of(algorithm)));
        } catch (IllegalArgumentException noBlock) {
            return Optional.empty();
        }
    }

    /** The reference verifier's answer on {@code input}, and the answer under each profile where it differs. */
    private Expectation expectation(VectorInput input) {
        Outcome answer = oracle.run(input, Optional.empty());
        Expectation expectation = answer.accepted() ? Expectation.accept() : Expectation.reject(answer.reason().orElseThrow());
        for (Map.Entry<Profile, ReferenceOracle> profiled : underProfiles.entrySet()) {
            boolean accepted = profiled.getValue().run(input, Optional.empty()).accepted();
            if (accepted != answer.accepted()) {
                expectation = expectation.withProfile(profiled.getKey(), accepted ? ExpectedResult.ACCEPT : ExpectedResult.REJECT);
            }
        }
        return expectation;
    }

    private static Vector vector(InteropId id, String producerSpec, InteropManifest manifest, Expectation expectation,
                                 VectorInput input, String title, String description) {
        return new Vector(id.vectorId(), title, description, Optional.of(id.algorithm()), expectation,
                manifest.source().severity(), manifest.source().requirements(), List.of(FLAG), input,
                new Provenance("signed by " + producerSpec, "interop", "suitcase " + SuiteVersion.get(), Optional.empty(),
                        Optional.empty(), Optional.empty()), VectorStatus.ACTIVE);
    }
}
