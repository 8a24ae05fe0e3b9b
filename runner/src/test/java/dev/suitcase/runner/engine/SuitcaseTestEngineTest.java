package dev.suitcase.runner.engine;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineEntry;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

class SuitcaseTestEngineTest {
    private static final Path CORPUS = Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/corpus");
    /** One corpus load for the class: the engine takes its corpora from whoever creates it. */
    private static final RunInputs INPUTS = new RunInputs();
    private static final DiscoverySelector BUILT_IN = selectClasspathResource(CorpusLocation.CLASSPATH_RESOURCE);
    /** The ES256 COSE_Sign1 structure family: a dozen must-reject vectors and some without a right answer. */
    private static final String STRUCTURE = "cose.es256.structure.*";
    private static final String MUST_REJECT = "cose.es256.structure.trailing-byte";
    private static final String EITHER = "cose.es256.structure.indefinite-array";

    @TempDir
    Path temp;

    @Test
    void namesTheBuiltInCorpusByTheResourceTheLoaderReads() {
        assertEquals(CorpusLoader.CLASSPATH_DIRECTORY, CorpusLocation.CLASSPATH_RESOURCE + "/");
    }

    @Test
    void discoversTheBuiltInCorpusAsAdapterLayerAlgorithmVectorTree() {
        TestDescriptor engine = discover(Map.of("suitcase.adapters", "reference, jdk", "suitcase.filter", STRUCTURE), BUILT_IN)
                .getEngineDescriptor();
        assertEquals(List.of("reference", "jdk"), names(engine.getChildren()));
        TestDescriptor reference = engine.getChildren().iterator().next();
        assertEquals(UniqueId.parse("[engine:suitcase]/[adapter:reference]"), reference.getUniqueId());
        TestDescriptor layer = single(reference.getChildren());
        assertEquals("cose", layer.getDisplayName());
        TestDescriptor algorithm = single(layer.getChildren());
        assertEquals("ES256", algorithm.getDisplayName());
        assertEquals("reference.cose.es256", algorithm.getLegacyReportingName());
        VectorDescriptor vector = (VectorDescriptor) algorithm.getChildren().stream()
                .filter(child -> child.getLegacyReportingName().equals(MUST_REJECT)).findFirst().orElseThrow();
        assertEquals(vector.vector().title(), vector.getDisplayName());
        assertEquals(UniqueId.parse("[engine:suitcase]/[adapter:reference]/[layer:cose]/[algorithm:es256]/[vector:" + MUST_REJECT + "]"),
                vector.getUniqueId());
        assertEquals(ClasspathResourceSource.from("suitcase/corpus/cose/es256/" + MUST_REJECT + ".json"), vector.getSource().orElseThrow());
        Set<String> tags = vector.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
        assertTrue(tags.containsAll(Set.of("severity-" + vector.vector().severity().wireName(), "layer-cose", "algorithm-es256",
                "expect-reject")), tags.toString());
        assertTrue(tags.containsAll(vector.vector().flags()), tags + " against flags " + vector.vector().flags());
        assertTrue(algorithm.getChildren().size() >= 5, "the filter selects the structure family: " + algorithm.getChildren().size());
        assertTrue(algorithm.getChildren().stream().allMatch(child -> child.getType() == TestDescriptor.Type.TEST));
    }

    @Test
    void discoversACorpusDirectoryWithFileSources() {
        TestDescriptor engine = discover(Map.of("suitcase.adapters", "reference", "suitcase.filter", STRUCTURE),
                selectDirectory(CORPUS.toFile())).getEngineDescriptor();
        VectorDescriptor vector = vectors(engine).get(0);
        FileSource source = (FileSource) vector.getSource().orElseThrow();
        assertEquals(CORPUS.resolve(vector.vector().id().path()).toAbsolutePath().normalize().toFile(), source.getFile());
    }

    @Test
    void discoversOneVectorByItsFileOrItsUniqueId() {
        EngineDiscoveryResults byFile = discover(Map.of("suitcase.adapters", "reference"),
                selectFile(CORPUS.resolve("cose/es256/" + MUST_REJECT + ".json").toFile()));
        assertEquals(List.of(MUST_REJECT), ids(byFile.getEngineDescriptor()));
        UniqueId id = UniqueId.parse("[engine:suitcase]/[adapter:reference]/[layer:cose]/[algorithm:es256]/[vector:" + MUST_REJECT + "]");
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "reference, jdk"), selectUniqueId(id));
        run.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertEquals(id, run.testEvents().finished().list().get(0).getTestDescriptor().getUniqueId());
    }

    @Test
    void reportsAUniqueIdThatNamesNothingAsAWarning() {
        EngineDiscoveryResults results = discover(Map.of("suitcase.adapters", "reference"),
                selectUniqueId(UniqueId.parse("[engine:suitcase]/[adapter:python]/[layer:cose]")),
                selectUniqueId(UniqueId.parse("[engine:suitcase]/[adapter:reference]/[vector:x]")));
        assertEquals(0, vectors(results.getEngineDescriptor()).size());
        String issues = results.getDiscoveryIssues().toString();
        assertTrue(issues.contains("names an adapter that is not configured; add it to suitcase.adapters"), issues);
        assertTrue(issues.contains("its segment 3 is 'vector' where 'layer' belongs"), issues);
    }

    @Test
    void failsAVectorTheAdapterGetsWrongSayingExpectedActualReasonAndWhyItMatters() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", TestAdapters.spec(TestAdapters.AcceptsEverything.class),
                "suitcase.filter", MUST_REJECT), BUILT_IN);
        run.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Event finished = run.testEvents().finished().list().get(0);
        AssertionFailedError failure = assertInstanceOf(AssertionFailedError.class, throwable(finished));
        VectorDescriptor vector = (VectorDescriptor) finished.getTestDescriptor();
        String message = failure.getMessage();
        assertTrue(message.startsWith("FAIL_ACCEPTED (severity " + vector.vector().severity().wireName() + ") on java:"), message);
        String expected = "reject with " + vector.vector().expect().reason().orElseThrow().name();
        assertTrue(message.contains("\nexpected: " + expected + "\nactual:   accept"), message);
        assertTrue(message.contains("\nwhy it matters: " + vector.vector().description()), message);
        assertEquals(expected, failure.getExpected().getStringRepresentation());
        assertEquals("accept", failure.getActual().getStringRepresentation());
        assertEquals(Verdict.FAIL_ACCEPTED, result(run, MUST_REJECT).verdict());
    }

    @Test
    void skipsAVectorOutsideTheStatementWithTheReason() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", TestAdapters.spec(TestAdapters.SignaturesOnly.class),
                "suitcase.filter", MUST_REJECT), BUILT_IN);
        run.testEvents().assertStatistics(stats -> stats.started(1).aborted(1));
        String reason = throwable(run.testEvents().finished().list().get(0)).getMessage();
        assertTrue(reason.startsWith("not applicable: signatures only does not implement layer cose"), reason);
        assertEquals(Verdict.NOT_APPLICABLE, result(run, MUST_REJECT).verdict());
    }

    @Test
    void passesAVectorWithoutARightAnswerAndSaysWhatTheAdapterDid() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", TestAdapters.spec(TestAdapters.AcceptsEverything.class),
                "suitcase.filter", EITHER), BUILT_IN);
        run.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        ReportEntry entry = run.testEvents().reportingEntryPublished().list().get(0).getPayload(ReportEntry.class).orElseThrow();
        assertEquals("INFO", entry.getKeyValuePairs().get(ResultEntries.VERDICT));
        assertTrue(entry.getKeyValuePairs().get(ResultEntries.EXPLANATION).contains("the specifications allow either answer"),
                entry.toString());
    }

    @Test
    void publishesTheRunWithEachAdaptersStatementOnTheEngine() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "reference, " + TestAdapters.spec(TestAdapters.SignaturesOnly.class),
                "suitcase.filter", STRUCTURE, "suitcase.profiles", "ecdsa-low-s"), BUILT_IN);
        RunInfo info = run.containerEvents().reportingEntryPublished().stream()
                .map(event -> ResultEntries.run(event.getPayload(ReportEntry.class).orElseThrow()))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        assertEquals(List.of("reference", TestAdapters.spec(TestAdapters.SignaturesOnly.class)), info.adapterNames());
        assertEquals("signatures only", info.adapters().get(1).ics().implementation());
        assertEquals("ecdsa-low-s", info.adapters().get(0).profileOverride().iterator().next().wireName());
        assertTrue(info.options().filter().isPresent() && info.finishedAt().isEmpty());
        long results = run.testEvents().reportingEntryPublished().stream()
                .filter(event -> ResultEntries.result(event.getPayload(ReportEntry.class).orElseThrow()).isPresent()).count();
        assertEquals(run.testEvents().started().count(), results);
        run.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void anAdapterThatHangsOrThrowsCostsEachVectorAndNothingElse() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", TestAdapters.spec(TestAdapters.Hangs.class) + ","
                + TestAdapters.spec(TestAdapters.Throws.class) + ",reference", "suitcase.filter", STRUCTURE,
                "suitcase.timeout", "200ms"), BUILT_IN);
        int perAdapter = (int) run.testEvents().started().count() / 3;
        run.testEvents().assertStatistics(stats -> stats.failed(2 * perAdapter));
        for (Event event : run.testEvents().reportingEntryPublished().list()) {
            Result result = ResultEntries.result(event.getPayload(ReportEntry.class).orElseThrow()).orElseThrow();
            Verdict expected = result.adapter().endsWith("Hangs") ? Verdict.TIMEOUT
                    : result.adapter().endsWith("Throws") ? Verdict.CRASH : result.verdict();
            assertEquals(expected, result.verdict(), result.toString());
            if (result.verdict() == Verdict.CRASH) {
                assertTrue(result.detail().contains("the adapter threw java.lang.IllegalStateException: decoder exploded"), result.detail());
            }
        }
        run.containerEvents().assertStatistics(stats -> stats.failed(0).succeeded(run.containerEvents().started().count()));
    }

    @Test
    void theProducerMatrixAddsItsVectorsWhileItRunsAndTheyAreJudgedAsTheCorpusIs() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "reference,jdk", "suitcase.interop", "true",
                "suitcase.algorithm", "ES256", "suitcase.filter", "*.interop*"), BUILT_IN);

        // the reference signs 3 manifests: its own 3 vectors; 3 envelopes and 3 COSE_Sign1 for each of the two adapters
        run.testEvents().assertStatistics(stats -> stats.dynamicallyRegistered(15).started(15).succeeded(12).aborted(3)
                .failed(0));
        List<Result> results = run.testEvents().reportingEntryPublished().stream()
                .map(event -> ResultEntries.result(event.getPayload(ReportEntry.class).orElseThrow()).orElseThrow()).toList();
        assertTrue(results.stream().filter(result -> result.adapter().equals("jdk")
                && result.vector().toString().startsWith("suit.es256.interop.")).allMatch(result ->
                result.verdict() == Verdict.NOT_APPLICABLE), "jdk verifies COSE_Sign1 messages, not envelopes");
        List<String> made = run.allEvents().reportingEntryPublished().stream()
                .flatMap(event -> ResultEntries.vector(event.getPayload(ReportEntry.class).orElseThrow()).stream())
                .map(vector -> vector.id().toString()).toList();
        assertEquals(9, made.size(), "each vector published once for results.json, whatever the adapters it runs on: " + made);
        run.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aProducerThatNeverAnswersCostsItsOwnVectorsATimeoutAndNothingElse() {
        String hangs = TestAdapters.spec(TestAdapters.NeverAnswers.class);
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "reference," + hangs, "suitcase.interop", "true",
                "suitcase.algorithm", "EdDSA", "suitcase.filter", "*.interop*", "suitcase.timeout", "200ms"), BUILT_IN);

        for (Event event : run.testEvents().reportingEntryPublished().list()) {
            Result result = ResultEntries.result(event.getPayload(ReportEntry.class).orElseThrow()).orElseThrow();
            assertEquals(result.adapter().equals(hangs) ? Verdict.TIMEOUT : Verdict.PASS, result.verdict(), result.toString());
        }
        // its 3 sign requests and the reference's 6 vectors time out; the reference passes its own 9
        run.testEvents().assertStatistics(stats -> stats.started(3 + 6 + 9).failed(3 + 6).succeeded(9));
    }

    @Test
    void aProducerMatrixWithoutProducerFailsTheEngineBeforeAnythingRuns() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "jdk", "suitcase.interop", "true",
                "suitcase.filter", STRUCTURE), BUILT_IN);

        run.testEvents().assertStatistics(stats -> stats.started(0));
        Throwable failure = throwable(run.containerEvents().finished().list().get(0));
        assertInstanceOf(SuitcaseConfigurationException.class, failure);
        assertTrue(failure.getMessage().startsWith("suitcase.adapters: none of the adapters jdk signs any algorithm"),
                failure.getMessage());
    }

    @Test
    void refusesTheProducerMatrixForVectorsOfNoAlgorithm() {
        assertConfigurationRefused(Map.of("suitcase.interop", "true", "suitcase.algorithm", "any"), "suitcase.algorithm: 'any' "
                + "selects the vectors that depend on no algorithm");
    }

    @Test
    void skipsTheFailuresTheBaselineListsAndFailsTheOthers() throws IOException {
        String spec = TestAdapters.spec(TestAdapters.AcceptsEverything.class);
        Path baseline = temp.resolve("baseline.json");
        BaselineJson.write(new Baseline(List.of(new BaselineEntry(spec, VectorId.parse(MUST_REJECT), Verdict.FAIL_ACCEPTED,
                "decoder ignores trailing bytes; fix tracked in #12"))), baseline);
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", spec, "suitcase.filter", STRUCTURE,
                "suitcase.baseline", baseline.toString()), BUILT_IN);
        Event known = run.testEvents().finished().filter(event -> event.getTestDescriptor().getLegacyReportingName().equals(MUST_REJECT))
                .findFirst().orElseThrow();
        assertEquals(TestExecutionResult.Status.ABORTED, result(known).getStatus());
        assertTrue(throwable(known).getMessage().startsWith("known deviation, listed in the baseline: decoder ignores trailing bytes"),
                throwable(known).getMessage());
        assertTrue(run.testEvents().failed().count() > 0, "the other must-reject vectors still fail");
    }

    @Test
    void skipsFailuresBelowTheFailOnSeverityWithTheirSeverity() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", TestAdapters.spec(TestAdapters.AcceptsEverything.class),
                "suitcase.filter", STRUCTURE, "suitcase.failOn", "critical"), BUILT_IN);
        assertTrue(run.testEvents().failed().stream().allMatch(event ->
                ((VectorDescriptor) event.getTestDescriptor()).vector().severity() == Severity.CRITICAL),
                "only critical vectors fail");
        Event ignored = run.testEvents().aborted().list().get(0);
        assertTrue(throwable(ignored).getMessage().matches("FAIL_ACCEPTED of a (high|medium|low) vector, below suitcase.failOn critical: .*"),
                throwable(ignored).getMessage());
    }

    @Test
    void refusesAConfigurationThatCannotWorkNamingTheKey() {
        assertConfigurationRefused(Map.of("suitcase.shard", "3/2"), "suitcase.shard: shard 3/2 does not exist");
        assertConfigurationRefused(Map.of("suitcase.adapters", "refernce"), "suitcase.adapters: unknown adapter 'refernce'; choose one of: reference");
        assertConfigurationRefused(Map.of("suitcase.adapters", "java:com.example.Missing"), "class com.example.Missing is not on the classpath");
        assertConfigurationRefused(Map.of("suitcase.filter", "cose.[a"), "suitcase.filter: 'cose.[a' is not a valid glob");
        assertConfigurationRefused(Map.of("suitcase.timeout", "soon"), "suitcase.timeout: 'soon' is not a duration");
        assertConfigurationRefused(Map.of("suitcase.corpus", temp.toString()), "is not usable");
        assertConfigurationRefused(Map.of("suitcase.baseline", temp.resolve("missing.json").toString()), "suitcase.baseline: ");
        assertConfigurationRefused(Map.of("suitcase.profiles", "strict"), "suitcase.profiles: unknown profile 'strict'");
    }

    @Test
    void failsTheEngineWhenAnAdapterCannotBeOpenedAndRunsNothing() {
        EngineExecutionResults run = execute(Map.of("suitcase.adapters", "reference," + TestAdapters.spec(TestAdapters.CannotStart.class),
                "suitcase.filter", STRUCTURE), BUILT_IN);
        run.testEvents().assertStatistics(stats -> stats.started(0));
        Event engine = run.containerEvents().finished().list().get(0);
        assertEquals(TestExecutionResult.Status.FAILED, result(engine).getStatus());
        assertTrue(throwable(engine).getMessage().contains("its constructor threw java.lang.IllegalStateException: native library"),
                throwable(engine).getMessage());
    }

    @Test
    void answersNothingToSelectorsOfOtherEnginesAndLoadsNoCorpus() {
        TestDescriptor engine = discover(Map.of("suitcase.shard", "not even a shard"),
                selectClasspathResource("junit-platform.properties"), selectUniqueId(UniqueId.forEngine("junit-jupiter"))).getEngineDescriptor();
        assertTrue(engine.getChildren().isEmpty());
    }

    /** The launcher reports a failed discovery as a JUnitException caused by the engine's own. */
    private void assertConfigurationRefused(Map<String, String> parameters, String expected) {
        JUnitException error = assertThrows(JUnitException.class, () -> discover(parameters, BUILT_IN));
        SuitcaseConfigurationException cause = assertInstanceOf(SuitcaseConfigurationException.class, error.getCause());
        assertTrue(cause.getMessage().contains(expected), cause.getMessage());
    }

    private static EngineDiscoveryResults discover(Map<String, String> parameters, DiscoverySelector... selectors) {
        return EngineTestKit.engine(new SuitcaseTestEngine(INPUTS)).configurationParameters(parameters).selectors(selectors).discover();
    }

    private static EngineExecutionResults execute(Map<String, String> parameters, DiscoverySelector... selectors) {
        return EngineTestKit.engine(new SuitcaseTestEngine(INPUTS)).configurationParameters(parameters).selectors(selectors).execute();
    }

    private static Result result(EngineExecutionResults run, String vector) {
        return run.testEvents().reportingEntryPublished().stream()
                .map(event -> ResultEntries.result(event.getPayload(ReportEntry.class).orElseThrow()).orElseThrow())
                .filter(result -> result.vector().toString().equals(vector)).findFirst().orElseThrow();
    }

    private static TestExecutionResult result(Event event) {
        assertEquals(EventType.FINISHED, event.getType());
        return event.getPayload(TestExecutionResult.class).orElseThrow();
    }

    private static Throwable throwable(Event event) {
        return result(event).getThrowable().orElseThrow();
    }

    private static List<String> names(Set<? extends TestDescriptor> descriptors) {
        return descriptors.stream().map(TestDescriptor::getDisplayName).toList();
    }

    private static TestDescriptor single(Set<? extends TestDescriptor> descriptors) {
        assertEquals(1, descriptors.size(), names(descriptors).toString());
        return descriptors.iterator().next();
    }

    private static List<VectorDescriptor> vectors(TestDescriptor root) {
        return root.getDescendants().stream().filter(VectorDescriptor.class::isInstance).map(VectorDescriptor.class::cast).toList();
    }

    private static List<String> ids(TestDescriptor root) {
        return vectors(root).stream().map(vector -> vector.vector().id().toString()).toList();
    }
}
