package dev.suitcase.runner.engine;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Vector;
import org.junit.platform.engine.reporting.ReportEntry;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the engine hands its results to whoever listens, through JUnit's own channel: report entries,
 * which every {@code TestExecutionListener} sees, JUnit's XML reports record, and IDEs print. The
 * engine publishes {@value #RUN} once on its root, when the adapters are open (the run with every
 * adapter's statement), {@value #VECTOR} on its root for each vector the producer × verifier matrix
 * makes, before any result of it, and {@value #RESULT} on each vector (its judged result), all in
 * the form of results.json ({@link ResultsJson}), so a listener rebuilds the run's results exactly.
 */
public final class ResultEntries {
    /** The run: a results.json document without results. */
    public static final String RUN = "suitcase.run";
    /** A vector of the producer × verifier matrix: an element of results.json's interopVectors, a vector file's form. */
    public static final String VECTOR = "suitcase.vector";
    /** One result: an element of results.json's results. */
    public static final String RESULT = "suitcase.result";
    /** The verdict, for people reading an IDE's console or junit.xml. */
    public static final String VERDICT = "verdict";
    /** The result's explanation, for the same readers. */
    public static final String EXPLANATION = "explanation";

    private ResultEntries() {
    }

    static ReportEntry run(RunInfo run) {
        return ReportEntry.from(RUN, ResultsJson.toJson(new Results(run, List.of())).toString());
    }

    static ReportEntry vector(Vector vector) {
        return ReportEntry.from(VECTOR, VectorCodec.toJson(vector).toString());
    }

    static ReportEntry result(Result result) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERDICT, result.verdict().name());
        values.put(EXPLANATION, result.explanation());
        values.put(RESULT, ResultsJson.resultToJson(result).toString());
        return ReportEntry.from(values);
    }

    /** The run an entry carries, if it is a {@value #RUN} entry. */
    public static Optional<RunInfo> run(ReportEntry entry) {
        return Optional.ofNullable(entry.getKeyValuePairs().get(RUN))
                .map(json -> ResultsJson.fromJson(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8)), "report entry " + RUN).run());
    }

    /** The vector an entry carries, if it is a {@value #VECTOR} entry. */
    public static Optional<Vector> vector(ReportEntry entry) {
        return Optional.ofNullable(entry.getKeyValuePairs().get(VECTOR))
                .map(json -> VectorCodec.fromJson(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8)), "report entry " + VECTOR));
    }

    /** The result an entry carries, if it is a vector's entry. */
    public static Optional<Result> result(ReportEntry entry) {
        return Optional.ofNullable(entry.getKeyValuePairs().get(RESULT))
                .map(json -> ResultsJson.resultFromJson(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8)), "report entry " + RESULT));
    }
}
