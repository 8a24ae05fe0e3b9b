package dev.suitcase.perf;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long does the whole built-in corpus take through the reference adapter, in the JVM? One
 * operation is one pass over every active vector, in corpus order, on one thread: the request built
 * from the vector, the reference adapter's verification, and, in {@link #referenceAdapterJudged},
 * the verdict of the runner's {@code Judge}, as {@code suitcase run} makes them. Loading and
 * validating the corpus (about 3 s) is set-up, not measured; so are the JVM's start and the writing
 * of results, which the CLI adds.
 *
 * <p>The score is the mean of passes after two warmup passes, with the JIT compiled code in place.
 * The CLI's single pass runs partly interpreted: a first pass in a fresh JVM took about twice a warm
 * one when this benchmark was written (perf/README.md).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CorpusThroughput {
    private static final int FAILURES_SHOWN = 5;

    private List<Vector> vectors;
    private Adapter reference;
    private AdapterUnderTest underTest;
    private Judge judge;

    @Setup
    public void loadCorpus() {
        vectors = CorpusLoader.fromClasspath().active();
        reference = new ReferenceAdapter();
        underTest = AdapterUnderTest.of("reference", reference.describe());
        judge = Judge.withCatalogueFromClasspath();
        requireEveryVectorPasses();
    }

    @TearDown
    public void closeAdapter() {
        reference.close();
    }

    @Benchmark
    public void referenceAdapter(Blackhole blackhole) {
        for (Vector vector : vectors) {
            blackhole.consume(reference.verify(VerifyRequest.of(vector)));
        }
    }

    @Benchmark
    public void referenceAdapterJudged(Blackhole blackhole) {
        for (Vector vector : vectors) {
            blackhole.consume(judged(vector));
        }
    }

    /** The result {@code suitcase run} records for one vector: NOT_APPLICABLE outside the statement, else judged. */
    private Result judged(Vector vector) {
        if (!underTest.ics().covers(vector)) {
            return judge.notApplicable(vector, underTest);
        }
        return judge.judge(vector, underTest, reference.verify(VerifyRequest.of(vector)));
    }

    /**
     * The reference verifier is the oracle, so it passes every vector it is judged on. A vector it
     * fails takes another path than the one measured (a crash, an unexpected rejection), and the
     * figure would no longer be the corpus's: better no figure, with the vectors to look at.
     */
    private void requireEveryVectorPasses() {
        List<String> failures = new ArrayList<>();
        for (Vector vector : vectors) {
            Result result = judged(vector);
            if (result.verdict().isFailureKind() || result.verdict() == Verdict.ERROR) {
                failures.add(vector.id() + " (" + result.verdict() + ": " + result.explanation() + ")");
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the reference adapter fails " + failures.size() + " of " + vectors.size()
                    + " vectors of the built-in corpus, so the benchmark would not time the corpus's path; first: "
                    + String.join("; ", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())))
                    + ". Look at them with ./suitcase show <id>; rebuild the benchmarks jar if the corpus was "
                    + "regenerated");
        }
    }
}
