package dev.suitcase.runner.engine;

import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.runner.execution.AdapterSlot;
import dev.suitcase.runner.execution.RunAdapters;
import dev.suitcase.runner.execution.VectorCalls;
import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.interop.InteropKeys;
import dev.suitcase.runner.interop.InteropManifest;
import dev.suitcase.runner.interop.InteropPlan;
import dev.suitcase.runner.interop.InteropVectors;
import dev.suitcase.runner.selection.VectorSelector;
import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The producer × verifier matrix of a run ({@value SuitcaseConfiguration#INTEROP}), once the adapters
 * are open and before any vector is sent: every adapter of the matrix whose statement signs an
 * algorithm of the plan signs every manifest with it ({@link VectorCalls#sign}, under the run's
 * deadline, all requests side by side), and each answer becomes vectors ({@link InteropVectors}):
 * the producer's own, judged at once ({@link Judge#production}), and those of its envelope, added
 * below every adapter of the matrix to run and be judged like any corpus vector. Only the vectors
 * the run's selection holds (layer, algorithm, filter, shard) are added; an envelope is asked for
 * when the selection holds any of its vectors. Each vector is published on the engine
 * ({@link ResultEntries#vector}) before its results, so results.json holds what they were judged on.
 */
final class InteropRound {
    private final SuitcaseEngineDescriptor engine;
    private final InteropPlan plan;
    private final RunAdapters adapters;
    private final TreeEvents events;
    private final List<AdapterDescriptor> members;

    /** One sign request sent, and the answer to come. */
    private record Request(AdapterDescriptor producer, AdapterSlot slot, Algorithm algorithm, InteropManifest manifest,
                           CompletableFuture<SignOutcome> answer) {
    }

    InteropRound(SuitcaseEngineDescriptor engine, InteropPlan plan, RunAdapters adapters, TreeEvents events) {
        this.engine = engine;
        this.plan = plan;
        this.adapters = adapters;
        this.events = events;
        this.members = engine.getChildren().stream().map(AdapterDescriptor.class::cast).filter(AdapterDescriptor::interop)
                .toList();
    }

    /**
     * Why the matrix cannot run with the adapters open, if it cannot: none of them signs an algorithm
     * of the plan, so there is no envelope to verify. Says so before anything is sent; the problem is
     * one of {@link SuitcaseConfiguration#ADAPTERS}.
     */
    Optional<String> withoutProducer() {
        boolean anyProducer = plan.algorithms().stream().anyMatch(algorithm -> !producers(algorithm).isEmpty());
        if (anyProducer) {
            return Optional.empty();
        }
        String signed = plan.algorithms().size() == 1 ? plan.algorithms().iterator().next().displayName() : "any algorithm";
        return Optional.of("none of the adapters " + members.stream()
                .map(AdapterDescriptor::spec).collect(Collectors.joining(", ")) + " signs " + signed + " (no conformance "
                + "statement lists the sign operation with it), so the producer matrix has no envelope to verify; add the "
                + "reference adapter, or an adapter that produces envelopes");
    }

    /**
     * Signs, makes the vectors and adds those the selection holds to the tree; returns the producers'
     * results, judged already, by the test that reports each.
     */
    Map<VectorDescriptor, Result> run(VectorCalls calls, Judge judge) {
        VectorSelector selector = engine.configuration().selector();
        InteropVectors maker = new InteropVectors(InteropKeys.standard());
        List<Request> requests = new ArrayList<>();
        for (Algorithm algorithm : plan.algorithms()) {
            for (AdapterDescriptor producer : producers(algorithm)) {
                for (InteropManifest manifest : plan.manifests()) {
                    boolean wanted = Arrays.stream(InteropId.Kind.values()).anyMatch(kind -> selector.matches(
                            InteropId.of(kind, algorithm, manifest.name(), producer.spec()).vectorId()));
                    if (wanted) {
                        AdapterSlot slot = adapters.slot(producer.spec());
                        requests.add(new Request(producer, slot, algorithm, manifest,
                                calls.sign(slot, maker.request(producer.spec(), algorithm, manifest))));
                    }
                }
            }
        }
        Map<VectorDescriptor, Result> judged = new LinkedHashMap<>();
        for (Request request : requests) {
            // completes within the deadline whatever the producer does
            SignOutcome answer = request.answer().join();
            InteropVectors.Made made = maker.of(request.producer().spec(), request.algorithm(), request.manifest(), answer);
            if (selector.matches(made.signed().id())) {
                events.published(engine, ResultEntries.vector(made.signed()));
                judged.put(register(request.producer(), made.signed()),
                        judge.production(made.signed(), request.slot().underTest(), made.production()));
            }
            for (Vector vector : made.verification()) {
                if (selector.matches(vector.id())) {
                    events.published(engine, ResultEntries.vector(vector));
                    members.forEach(member -> register(member, vector));
                }
            }
        }
        for (AdapterDescriptor member : members) {
            if (member.getChildren().isEmpty()) {
                events.skipped(member, "no vector of the run is for " + member.spec()
                        + ": the selection holds none of the corpus's and none of the producer matrix's");
            }
        }
        return judged;
    }

    private List<AdapterDescriptor> producers(Algorithm algorithm) {
        return members.stream().filter(member -> adapters.slot(member.spec()).underTest().ics().signs(algorithm)).toList();
    }

    /** Adds {@code vector} below {@code adapter}, in its layer and algorithm, each container made when missing. */
    private VectorDescriptor register(AdapterDescriptor adapter, Vector vector) {
        LayerDescriptor layer = child(adapter, LayerDescriptor.SEGMENT, vector.layer().wireName(), LayerDescriptor.class)
                .orElseGet(() -> added(adapter, new LayerDescriptor(adapter, vector.layer())));
        AlgorithmDescriptor algorithm = child(layer, AlgorithmDescriptor.SEGMENT, vector.id().algorithmToken(),
                AlgorithmDescriptor.class).orElseGet(() -> added(layer, new AlgorithmDescriptor(layer, vector.id())));
        return added(algorithm, new VectorDescriptor(algorithm, vector, adapter.spec(), Optional.empty()));
    }

    private static <T extends TestDescriptor> Optional<T> child(TestDescriptor parent, String segment, String value,
                                                                Class<T> type) {
        UniqueId id = parent.getUniqueId().append(segment, value);
        return parent.getChildren().stream().filter(child -> child.getUniqueId().equals(id)).map(type::cast).findFirst();
    }

    private <T extends TestDescriptor> T added(TestDescriptor parent, T child) {
        parent.addChild(child);
        events.registered(child);
        return child;
    }
}
