package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.interop.InteropPlan;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.selection.VectorSelector;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves the selectors of a discovery request to the suitcase tree. The engine answers to:
 * <ul>
 *   <li>the classpath resource {@code suitcase/corpus}: the whole corpus, the built-in one unless
 *       {@value SuitcaseConfiguration#CORPUS} names a directory ({@link SuitcaseSuite} selects it);</li>
 *   <li>a classpath resource {@code suitcase/corpus/<layer>/<alg>/<id>.json}: that built-in vector;</li>
 *   <li>a directory holding a corpus ({@code index.json}): that corpus;</li>
 *   <li>a {@code .json} file within a corpus directory: that vector;</li>
 *   <li>a unique id of the engine or of any node below it: that subtree, in the configured corpus.</li>
 * </ul>
 * A run has one corpus. Every vector selected goes to every adapter selected, withdrawn vectors
 * and those the configuration's layer, algorithm, filter and shard leave out excepted. When the
 * producer × verifier matrix runs ({@value SuitcaseConfiguration#INTEROP}), the adapters a selection
 * of the whole corpus selects are in the tree even without a corpus vector: the vectors the matrix
 * makes are registered below them while the run executes ({@link InteropRound}).
 */
final class CorpusDiscovery {
    private final EngineDiscoveryRequest request;
    private final UniqueId engineId;
    private final RunInputs inputs;
    private final DiscoveryIssueReporter issues;

    CorpusDiscovery(EngineDiscoveryRequest request, UniqueId engineId, RunInputs inputs) {
        this.request = request;
        this.engineId = engineId;
        this.inputs = inputs;
        this.issues = DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), engineId);
    }

    SuitcaseEngineDescriptor discover() {
        List<Selection> selections = selections();
        if (selections.isEmpty()) {
            return SuitcaseEngineDescriptor.empty(engineId);
        }
        SuitcaseConfiguration configured = SuitcaseConfiguration.from(request.getConfigurationParameters());
        AdapterRegistry registry = registry(configured);
        // "all": every JVM adapter and every bundled adapter whose toolchain is present, each skipped one noticed
        SuitcaseConfiguration configuration = configured.withAdapters(registry.expand(configured.adapters()));
        checkAdapters(configuration, registry);
        CorpusLocation location = location(selections, configuration);
        Corpus corpus = inputs.corpus(location);
        Baseline baseline = configuration.baseline().map(this::readBaseline).orElse(Baseline.empty());
        Optional<InteropPlan> interop = configuration.options().interop()
                ? Optional.of(interopPlan(configuration, corpus)) : Optional.empty();

        // by id: a vector's own equality compares its whole input
        Map<String, Map<VectorId, Vector>> chosen = new LinkedHashMap<>();
        configuration.adapters().forEach(spec -> chosen.put(spec, new LinkedHashMap<>()));
        VectorSelector selector = configuration.selector();
        List<Vector> candidates = corpus.active().stream().filter(selector::matches).sorted(TREE_ORDER).toList();
        boolean interopSelected = interop.filter(plan -> configuration.adapters().stream()
                .flatMap(spec -> plan.candidates(spec).stream()).anyMatch(id -> selector.matches(id.vectorId()))).isPresent();
        if (candidates.isEmpty() && !interopSelected) {
            RunOptions options = configuration.options();
            if (options.shard().isPresent()) {
                if (interop.isPresent()) {
                    throw SuitcaseConfigurationException.of(SuitcaseConfiguration.SHARD, "shard " + options.shard().get()
                            + " holds none of the vectors the other options select; split the run into fewer shards");
                }
            } else {
                List<String> asked = new ArrayList<>();
                options.layer().ifPresent(layer -> asked.add("layer " + layer.wireName()));
                options.algorithm().ifPresent(algorithm -> asked.add("algorithm " + algorithm));
                options.filter().ifPresent(filter -> asked.add("filter '" + filter + "'"));
                throw new SuitcaseConfigurationException("no active vector of corpus " + corpus.corpusVersion() + " has "
                        + String.join(", ", asked) + (interop.isPresent() ? ", nor does any vector the producer matrix can make" : "")
                        + "; compare with the ids 'suitcase list' prints");
            }
        }
        // the producer matrix joins the selections of the whole corpus, on the adapters they select
        Set<String> interopAdapters = new LinkedHashSet<>();
        for (Selection selection : selections) {
            select(selection, candidates, corpus, chosen, interop.isPresent());
            if (interop.isPresent() && selection.wholeCorpus()) {
                chosen.keySet().stream().filter(selection.adapters()).forEach(interopAdapters::add);
            }
        }

        SuitcaseEngineDescriptor engine = new SuitcaseEngineDescriptor(engineId, configuration, Optional.of(corpus), baseline,
                Optional.of(registry), interop);
        chosen.forEach((spec, vectors) -> {
            if (!vectors.isEmpty() || interopAdapters.contains(spec)) {
                engine.addChild(adapterTree(engine, spec, vectors.values(), location, interopAdapters.contains(spec)));
            }
        });
        return engine;
    }

    /** Vectors in the tree's order: by layer, then algorithm (those for any algorithm last), then id. */
    static final Comparator<Vector> TREE_ORDER = Comparator
            .comparing((Vector vector) -> vector.layer())
            .thenComparingInt(vector -> vector.algorithm().map(Algorithm::ordinal).orElse(Algorithm.values().length))
            .thenComparing(vector -> vector.id().toString());

    /** What one selector asks for: a corpus (or the configured one), and which adapters and vectors of it. */
    private record Selection(Optional<CorpusLocation> corpus, String selector, Predicate<String> adapters,
                             Predicate<Vector> vectors, boolean wholeCorpus) {
    }

    private List<Selection> selections() {
        List<Selection> selections = new ArrayList<>();
        for (ClasspathResourceSelector selector : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            String name = strip(selector.getClasspathResourceName());
            if (name.equals(CorpusLocation.CLASSPATH_RESOURCE)) {
                selections.add(new Selection(Optional.empty(), selector.toString(), spec -> true, vector -> true, true));
            } else if (name.startsWith(CorpusLoader.CLASSPATH_DIRECTORY) && name.endsWith(".json")) {
                String path = name.substring(CorpusLoader.CLASSPATH_DIRECTORY.length());
                selections.add(new Selection(Optional.of(new CorpusLocation.BuiltIn()), selector.toString(), spec -> true,
                        vector -> vector.id().path().equals(path), false));
            }
        }
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            Path directory = selector.getPath();
            if (Files.isRegularFile(directory.resolve(CorpusIndex.FILE_NAME))) {
                selections.add(new Selection(Optional.of(new CorpusLocation.Directory(directory)), selector.toString(),
                        spec -> true, vector -> true, true));
            }
        }
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            Path file = selector.getPath().toAbsolutePath().normalize();
            if (!file.getFileName().toString().endsWith(".json") || file.getFileName().toString().equals(CorpusIndex.FILE_NAME)) {
                continue;
            }
            for (Path directory = file.getParent(); directory != null; directory = directory.getParent()) {
                if (Files.isRegularFile(directory.resolve(CorpusIndex.FILE_NAME))) {
                    String path = directory.relativize(file).toString().replace('\\', '/');
                    selections.add(new Selection(Optional.of(new CorpusLocation.Directory(directory)), selector.toString(),
                            spec -> true, vector -> vector.id().path().equals(path), false));
                    break;
                }
            }
        }
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = selector.getUniqueId();
            if (id.hasPrefix(engineId)) {
                uniqueIdSelection(selector, id).ifPresent(selections::add);
            }
        }
        return selections;
    }

    /** {@code [engine:suitcase]/[adapter:A]/[layer:L]/[algorithm:T]/[vector:ID]}, any prefix of it. */
    private Optional<Selection> uniqueIdSelection(UniqueIdSelector selector, UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments().subList(1, id.getSegments().size());
        Predicate<String> adapters = spec -> true;
        Predicate<Vector> vectors = vector -> true;
        List<String> expected = List.of(AdapterDescriptor.SEGMENT, LayerDescriptor.SEGMENT, AlgorithmDescriptor.SEGMENT,
                VectorDescriptor.SEGMENT);
        if (segments.size() > expected.size()) {
            return unresolvable(selector, "it is deeper than a vector");
        }
        for (int i = 0; i < segments.size(); i++) {
            UniqueId.Segment segment = segments.get(i);
            if (!segment.getType().equals(expected.get(i))) {
                return unresolvable(selector, "its segment " + (i + 2) + " is '" + segment.getType() + "' where '"
                        + expected.get(i) + "' belongs");
            }
            String value = segment.getValue();
            switch (segment.getType()) {
                case AdapterDescriptor.SEGMENT -> adapters = value::equals;
                case LayerDescriptor.SEGMENT -> vectors = vectors.and(vector -> vector.layer().wireName().equals(value));
                case AlgorithmDescriptor.SEGMENT -> vectors = vectors.and(vector -> vector.id().algorithmToken().equals(value));
                default -> vectors = vectors.and(vector -> vector.id().toString().equals(value));
            }
        }
        return Optional.of(new Selection(Optional.empty(), selector.toString(), adapters, vectors, segments.size() <= 1));
    }

    private Optional<Selection> unresolvable(UniqueIdSelector selector, String why) {
        issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, "unique id " + selector.getUniqueId()
                + " names nothing in the suitcase engine: " + why + "; its ids are [engine:suitcase]/[adapter:SPEC]"
                + "/[layer:LAYER]/[algorithm:TOKEN]/[vector:ID]"));
        return Optional.empty();
    }

    /** Adds what {@code selection} selects; with the producer matrix, a selection of the whole corpus may select its vectors only. */
    private void select(Selection selection, List<Vector> candidates, Corpus corpus, Map<String, Map<VectorId, Vector>> chosen,
                        boolean interop) {
        List<String> adapters = chosen.keySet().stream().filter(selection.adapters()).toList();
        List<Vector> vectors = candidates.stream().filter(selection.vectors()).toList();
        if (adapters.isEmpty()) {
            issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, selection.selector()
                    + " names an adapter that is not configured; add it to " + SuitcaseConfiguration.ADAPTERS
                    + " (now " + String.join(", ", chosen.keySet()) + ") to run it"));
        }
        if (vectors.isEmpty() && !adapters.isEmpty() && !(interop && selection.wholeCorpus())) {
            issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, selection.selector()
                    + " selects no vector of corpus " + corpus.corpusVersion() + (selection.wholeCorpus()
                    ? ": the configured shard holds none of the vectors selected"
                    : ": it is not in the corpus, is withdrawn, or the configured layer, algorithm, filter or shard leaves it out")));
        }
        for (String adapter : adapters) {
            vectors.forEach(vector -> chosen.get(adapter).put(vector.id(), vector));
        }
    }

    private static AdapterDescriptor adapterTree(SuitcaseEngineDescriptor engine, String spec, Collection<Vector> vectors,
                                                 CorpusLocation location, boolean interop) {
        AdapterDescriptor adapter = new AdapterDescriptor(engine.getUniqueId(), spec, interop);
        LayerDescriptor layer = null;
        AlgorithmDescriptor algorithm = null;
        for (Vector vector : vectors.stream().sorted(TREE_ORDER).toList()) {
            if (layer == null || !layer.getDisplayName().equals(vector.layer().wireName())) {
                layer = new LayerDescriptor(adapter, vector.layer());
                adapter.addChild(layer);
                algorithm = null;
            }
            if (algorithm == null || !algorithm.getUniqueId().getLastSegment().getValue().equals(vector.id().algorithmToken())) {
                algorithm = new AlgorithmDescriptor(layer, vector.id());
                layer.addChild(algorithm);
            }
            algorithm.addChild(new VectorDescriptor(algorithm, vector, spec, Optional.of(location.source(vector.id()))));
        }
        return adapter;
    }

    private static CorpusLocation location(List<Selection> selections, SuitcaseConfiguration configuration) {
        Optional<CorpusLocation> configured = configuration.corpus().map(CorpusLocation.Directory::new);
        CorpusLocation chosen = null;
        String chosenBy = null;
        for (Selection selection : selections) {
            CorpusLocation wanted = selection.corpus().orElseGet(configuration::corpusLocation);
            String by = selection.corpus().isPresent() ? selection.selector()
                    : configured.isPresent() ? SuitcaseConfiguration.CORPUS : selection.selector();
            if (chosen == null) {
                chosen = wanted;
                chosenBy = by;
            } else if (!chosen.equals(wanted)) {
                throw new SuitcaseConfigurationException("a run has one corpus, but " + chosenBy + " selects " + chosen
                        + " and " + by + " selects " + wanted + "; select vectors of one corpus"
                        + (configured.isPresent() ? " (" + SuitcaseConfiguration.CORPUS + " names " + configured.get() + ")" : ""));
            }
        }
        if (configured.isPresent() && !chosen.equals(configured.get())) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.CORPUS, "names " + configured.get() + ", but "
                    + chosenBy + " selects " + chosen + "; a run has one corpus");
        }
        return chosen;
    }

    /** The run's adapter registry. */
    private AdapterRegistry registry(SuitcaseConfiguration configuration) {
        try {
            return inputs.registry(configuration.processSettings());
        } catch (AdapterException | UncheckedIOException e) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.ROOT, configuration.root() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Checks every adapter spec against the registry without starting anything. */
    private static void checkAdapters(SuitcaseConfiguration configuration, AdapterRegistry registry) {
        for (String spec : configuration.adapters()) {
            try {
                registry.check(spec);
            } catch (AdapterException e) {
                throw SuitcaseConfigurationException.of(SuitcaseConfiguration.ADAPTERS, e.getMessage(), e);
            }
        }
    }

    /** What the producer × verifier matrix signs; a configuration or corpus it cannot work with is refused, naming the key. */
    private static InteropPlan interopPlan(SuitcaseConfiguration configuration, Corpus corpus) {
        Set<Algorithm> algorithms;
        try {
            algorithms = InteropPlan.algorithms(configuration.options().algorithm());
        } catch (IllegalArgumentException e) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.ALGORITHM, e.getMessage(), e);
        }
        try {
            InteropPlan.requireDistinctTokens(configuration.adapters());
        } catch (IllegalArgumentException e) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.ADAPTERS, e.getMessage(), e);
        }
        try {
            return InteropPlan.of(corpus, algorithms);
        } catch (IllegalArgumentException e) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.CORPUS, e.getMessage(), e);
        }
    }

    private Baseline readBaseline(Path file) {
        try {
            return inputs.baseline(file);
        } catch (JsonFileException e) {
            throw SuitcaseConfigurationException.of(SuitcaseConfiguration.BASELINE, e.getMessage(), e);
        }
    }

    private static String strip(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
