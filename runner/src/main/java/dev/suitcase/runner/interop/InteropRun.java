package dev.suitcase.runner.interop;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Runs the producer × verifier matrix (adapters/PROTOCOL.md, "Sign (producers)"). For each algorithm, each
 * adapter whose statement lists the sign operation and the algorithm signs each manifest with the
 * algorithm's test key; the reference verifier processes each envelope on the manifest's device
 * (is the producer conformant?); then every verifier verifies it:
 * <ul>
 *   <li>a verifier covering the SUIT layer and the algorithm gets the whole envelope, device and scope;</li>
 *   <li>one covering only the COSE layer gets the envelope's first COSE_Sign1 with its detached
 *       SUIT_Digest ({@link AuthenticationBlock}): it cannot process the manifest, but it can say whether
 *       the producer's signature verifies, which is most of what interoperability hangs on;</li>
 *   <li>any other is not applicable.</li>
 * </ul>
 * The reference verifier answers every request a verifier is sent as well, so each cell says whether
 * the two agree. The {@code reference} adapter is the reference verifier: it signs like any producer
 * but gets no verifier column, since the reference verifier's own column already is its answer.
 *
 * <p>Adapters never throw (their contract); should one do so anyway, the request is a crash of that
 * adapter, never an acceptance.
 */
public final class InteropRun {
    private final List<InteropManifest> manifests;
    private final InteropKeys keys;
    private final ReferenceOracle oracle;
    private final Consumer<String> progress;

    /**
     * @param manifests what every producer signs
     * @param keys      the test keys, in their initial state: a run consumes HSS-LMS one-time keys
     * @param progress  receives one line as each producer and algorithm starts
     */
    public InteropRun(List<InteropManifest> manifests, InteropKeys keys, Consumer<String> progress) {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("a producer matrix needs at least one manifest to sign");
        }
        this.manifests = List.copyOf(manifests);
        this.keys = Objects.requireNonNull(keys, "keys");
        this.oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The producers among {@code adapters} for {@code algorithm}: those whose statement lists sign and it. */
    public static List<NamedAdapter> producers(List<NamedAdapter> adapters, Algorithm algorithm) {
        return adapters.stream().filter(adapter -> adapter.adapter().describe().signs(algorithm)).toList();
    }

    /** The verifiers among {@code adapters}: those whose statement lists verify, but the reference adapter. */
    public static List<NamedAdapter> verifiers(List<NamedAdapter> adapters) {
        return adapters.stream()
                .filter(adapter -> adapter.adapter().describe().operations().contains(Operation.VERIFY))
                .filter(adapter -> !(adapter.adapter() instanceof ReferenceAdapter))
                .toList();
    }

    /** Runs the matrix for {@code algorithms} over {@code adapters}, whose names must be unique. */
    public ProducerMatrix run(List<NamedAdapter> adapters, Set<Algorithm> algorithms) {
        Set<String> names = new HashSet<>();
        adapters.forEach(adapter -> {
            if (!names.add(adapter.name())) {
                throw new IllegalArgumentException("adapter '" + adapter.name() + "' is given twice");
            }
        });
        List<NamedAdapter> verifiers = verifiers(adapters);
        Map<Algorithm, Bytes> anchors = new EnumMap<>(Algorithm.class);
        List<Production> productions = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            if (!algorithms.contains(algorithm)) {
                continue;
            }
            List<NamedAdapter> producers = producers(adapters, algorithm);
            if (!producers.isEmpty()) {
                anchors.put(algorithm, keys.publicKey(algorithm));
            }
            for (NamedAdapter producer : producers) {
                progress.accept(producer.name() + " signs " + manifests.size() + " manifests with " + algorithm.displayName());
                for (InteropManifest manifest : manifests) {
                    productions.add(produce(producer, algorithm, manifest, verifiers));
                }
            }
        }
        return new ProducerMatrix(manifests, anchors, verifiers.stream().map(NamedAdapter::name).toList(), productions);
    }

    private Production produce(NamedAdapter producer, Algorithm algorithm, InteropManifest manifest,
                               List<NamedAdapter> verifiers) {
        String id = "interop." + algorithm.idName() + "." + manifest.name();
        SignOutcome signing = sign(producer.adapter(),
                new SignRequest(id, algorithm, manifest.manifest(), keys.signingKey(algorithm)));
        if (signing.envelope().isEmpty()) {
            return Production.of(producer.name(), algorithm, manifest.name(), signing, Optional.empty(), List.of());
        }
        Bytes envelope = signing.envelope().get();
        List<KeyEntry> anchors = List.of(KeyEntry.trusted(keys.publicKey(algorithm)));
        SuitInput suit = new SuitInput(envelope, anchors, manifest.device(), manifest.scope());
        AdapterOutcome conformance = reference(suit);
        Requests requests = new Requests(suit, conformance, anchors);

        String envelopeName = Production.envelopeName(producer.name(), algorithm, manifest.name());
        String requestId = id + ".from." + producer.name();
        List<CompletableFuture<InteropCell>> pending = new ArrayList<>();
        for (NamedAdapter verifier : verifiers) {
            pending.add(cell(verifier, algorithm, requests, requestId, envelopeName));
        }
        List<InteropCell> cells = pending.stream().map(CompletableFuture::join).toList();
        return Production.of(producer.name(), algorithm, manifest.name(), signing, Optional.of(conformance), cells);
    }

    /** What each verifier is sent for one envelope, the COSE request cut out only when a verifier needs it. */
    private final class Requests {
        private final SuitInput suit;
        private final AdapterOutcome suitReference;
        private final List<KeyEntry> anchors;
        private boolean cut;
        private CoseInput cose;
        private AdapterOutcome coseReference;
        private String coseUnavailable = "";

        Requests(SuitInput suit, AdapterOutcome suitReference, List<KeyEntry> anchors) {
            this.suit = suit;
            this.suitReference = suitReference;
            this.anchors = anchors;
        }

        /** The envelope's first COSE_Sign1 with its detached payload; empty, with {@link #coseUnavailable} saying why. */
        Optional<CoseInput> cose() {
            if (!cut) {
                cut = true;
                try {
                    AuthenticationBlock block = AuthenticationBlock.of(suit.envelope());
                    cose = new CoseInput(block.coseSign1(), Optional.of(block.payload()), Optional.empty(), anchors);
                    coseReference = reference(cose);
                } catch (IllegalArgumentException noBlock) {
                    coseUnavailable = noBlock.getMessage();
                }
            }
            return Optional.ofNullable(cose);
        }
    }

    private CompletableFuture<InteropCell> cell(NamedAdapter verifier, Algorithm algorithm, Requests requests,
                                                String requestId, String envelopeName) {
        Ics ics = verifier.adapter().describe();
        Optional<String> suitExclusion = ics.exclusion(requests.suit, Optional.of(algorithm));
        if (suitExclusion.isEmpty()) {
            return verify(verifier, new VerifyRequest(requestId, requests.suit, Optional.empty()))
                    .thenApply(outcome -> InteropCell.answered(verifier.name(), Layer.SUIT, outcome, requests.suitReference,
                            algorithm, envelopeName));
        }
        if (!ics.layers().contains(Layer.COSE)) {
            return CompletableFuture.completedFuture(InteropCell.notApplicable(verifier.name(), suitExclusion.get()
                    + "; nor does it verify COSE_Sign1 messages (layer cose), so it cannot check the envelope's signature either"));
        }
        Optional<CoseInput> cose = requests.cose();
        if (cose.isEmpty()) {
            return CompletableFuture.completedFuture(InteropCell.notApplicable(verifier.name(), suitExclusion.get()
                    + ", and no COSE_Sign1 can be cut out of the envelope for its cose layer: " + requests.coseUnavailable));
        }
        Optional<String> coseExclusion = ics.exclusion(cose.get(), Optional.of(algorithm));
        if (coseExclusion.isPresent()) {
            return CompletableFuture.completedFuture(InteropCell.notApplicable(verifier.name(), coseExclusion.get()));
        }
        // the COSE request names the algorithm it allows, as the SUIT layer does through the trust anchor
        return verify(verifier, new VerifyRequest(requestId, cose.get(), Optional.of(algorithm)))
                .thenApply(outcome -> InteropCell.answered(verifier.name(), Layer.COSE, outcome, requests.coseReference,
                        algorithm, envelopeName));
    }

    private AdapterOutcome reference(VectorInput input) {
        return AdapterOutcome.of(oracle.run(input, Optional.empty()));
    }

    private static SignOutcome sign(Adapter producer, SignRequest request) {
        try {
            return producer.sign(request);
        } catch (RuntimeException broken) {
            return SignOutcome.crash("the adapter threw instead of answering (a bug in the adapter): " + broken);
        }
    }

    private static CompletableFuture<AdapterOutcome> verify(NamedAdapter verifier, VerifyRequest request) {
        CompletableFuture<AdapterOutcome> answer;
        try {
            answer = verifier.adapter().verifyAsync(request);
        } catch (RuntimeException broken) {
            return CompletableFuture.completedFuture(crash(broken));
        }
        return answer.exceptionally(broken -> crash(broken instanceof CompletionException && broken.getCause() != null
                ? broken.getCause() : broken));
    }

    private static AdapterOutcome crash(Throwable broken) {
        return AdapterOutcome.crash("the adapter threw instead of answering (a bug in the adapter): " + broken);
    }
}
