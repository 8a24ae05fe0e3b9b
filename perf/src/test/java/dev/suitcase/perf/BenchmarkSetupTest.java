package dev.suitcase.perf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every benchmark sets up a fixture that each of its paths accepts, and every measured method runs
 * on it without failing: the check a JMH run makes in each fork, made here once per class, so
 * {@code mvn verify} catches a broken benchmark without running JMH.
 */
class BenchmarkSetupTest {
    /** JMH's own phrase for creating a Blackhole outside a benchmark run. */
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @ParameterizedTest
    @ValueSource(ints = {64, 1 << 20})
    void es256BenchmarksRunOnAnAcceptedFixture(int payloadBytes) throws Exception {
        Es256Verification benchmark = new Es256Verification();
        benchmark.payloadBytes = payloadBytes;
        benchmark.signFixture();
        assertEquals(5, runEveryBenchmark(benchmark));
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 1 << 20})
    void ed25519BenchmarksRunOnAnAcceptedFixture(int payloadBytes) throws Exception {
        Ed25519Verification benchmark = new Ed25519Verification();
        benchmark.payloadBytes = payloadBytes;
        benchmark.signFixture();
        assertEquals(5, runEveryBenchmark(benchmark));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H5/W1", "H5/W8+H5/W2"})
    void hssLmsBenchmarksRunOnAnAcceptedFixture(String hierarchy) throws Exception {
        HssLmsVerification benchmark = new HssLmsVerification();
        benchmark.hierarchy = hierarchy;
        benchmark.signFixture();
        assertEquals(4, runEveryBenchmark(benchmark));
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 1 << 20})
    void coseDecodingBenchmarksRunOnTheBytesTheSignatureCovers(int payloadBytes) throws Exception {
        CoseDecoding benchmark = new CoseDecoding();
        benchmark.payloadBytes = payloadBytes;
        benchmark.signFixture();
        assertEquals(2, runEveryBenchmark(benchmark));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "Ed25519", "HSS-LMS"})
    void suitBenchmarksRunOnSpecExample0ResignedPerAlgorithm(String algorithm) throws Exception {
        SuitVerification benchmark = new SuitVerification();
        benchmark.algorithm = algorithm;
        benchmark.signFixture();
        assertEquals(3, runEveryBenchmark(benchmark));
    }

    @Test
    void suitBenchmarkRefusesAnAlgorithmItCannotSign() {
        SuitVerification benchmark = new SuitVerification();
        benchmark.algorithm = "RS256";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, benchmark::signFixture);
        assertTrue(refused.getMessage().contains("'RS256'"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1 << 16, 1 << 20})
    void integratedPayloadBenchmarksInstallTheirImage(int envelopeBytes) throws Exception {
        SuitIntegratedPayload benchmark = new SuitIntegratedPayload();
        benchmark.envelopeBytes = envelopeBytes;
        benchmark.signFixture();
        assertEquals(3, runEveryBenchmark(benchmark));
    }

    @Test
    void processAdapterBenchmarksGetAnAnswerInEveryMode() throws Exception {
        ProcessAdapterOverhead benchmark = new ProcessAdapterOverhead();
        benchmark.startAdapters();
        try {
            assertEquals(5, runEveryBenchmark(benchmark));
        } finally {
            benchmark.stopAdapters();
        }
    }

    @Test
    void corpusBenchmarksPassTheWholeCorpus() throws Exception {
        CorpusThroughput benchmark = new CorpusThroughput();
        benchmark.loadCorpus();
        try {
            assertEquals(2, runEveryBenchmark(benchmark));
        } finally {
            benchmark.closeAdapter();
        }
    }

    @Test
    void keyGenerationBenchmarkGeneratesAKey() throws Exception {
        HssLmsKeyGeneration benchmark = new HssLmsKeyGeneration();
        benchmark.hierarchy = "H5/W1";
        benchmark.parseHierarchy();
        assertEquals(1, runEveryBenchmark(benchmark));
    }

    @Test
    void everyBenchmarkClassIsCoveredHere() {
        List<Class<?>> covered = List.of(Es256Verification.class, Ed25519Verification.class,
                HssLmsVerification.class, CoseDecoding.class, HssLmsKeyGeneration.class, SuitVerification.class,
                SuitIntegratedPayload.class, ProcessAdapterOverhead.class, CorpusThroughput.class);
        for (Class<?> benchmark : covered) {
            assertDoesNotThrow(() -> benchmark.getConstructor().newInstance());
        }
        Set<String> listed = benchmarkClassesJmhFound();
        assertEquals(covered.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)), listed,
                "the benchmark classes JMH runs and those this test sets up differ; add a setup test");
    }

    /** The classes of JMH's benchmark list, which the annotation processor wrote at compile time. */
    private static Set<String> benchmarkClassesJmhFound() {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        return BenchmarkList.defaultList().getAll(silent, List.of()).stream()
                .map(BenchmarkListEntry::getUserClassQName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Calls each {@code @Benchmark} method once; returns how many there were. */
    private static int runEveryBenchmark(Object benchmark) throws IllegalAccessException {
        List<Method> methods = new ArrayList<>();
        for (Method method : benchmark.getClass().getMethods()) {
            if (method.isAnnotationPresent(Benchmark.class)) {
                methods.add(method);
            }
        }
        for (Method method : methods) {
            try {
                method.invoke(benchmark, BLACKHOLE);
            } catch (InvocationTargetException failure) {
                throw new AssertionError(method.getName() + " failed on its fixture", failure.getCause());
            }
        }
        return methods.size();
    }
}
