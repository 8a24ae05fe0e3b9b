package dev.suitcase.adapters.process;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.CorpusSlice;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdapterServerTest {

    @Test
    void theJdkAdapterServedInItsOwnJvmAnswersTheWholeCorpusAsItDoesInProcess() {
        assertServedAsInProcess("jdk", JdkPrimitives::adapter, CorpusSlice.active());
    }

    @Test
    void theReferenceServedInItsOwnJvmAnswersTheSuitVectorsAsItDoesInProcess() {
        // the SUIT requests, with their devices and scopes, which the jdk adapter does not take (ES256 and
        // algorithm-free ones: the other algorithms send the same fields)
        assertServedAsInProcess("reference", ReferenceAdapter::new, CorpusSlice.active().stream()
                .filter(vector -> vector.layer() == Layer.SUIT && vector.algorithm().orElse(Algorithm.ES256) == Algorithm.ES256)
                .toList());
    }

    @Test
    void answersHelloWithTheStatementAndStopsOnBye() {
        Adapter jdk = JdkPrimitives.adapter();
        List<String> answers = serve(jdk, "{\"type\":\"hello\",\"protocol\":1}", "{\"type\":\"bye\"}",
                "{\"type\":\"hello\",\"protocol\":1}");
        assertEquals(1, answers.size(), answers.toString());
        assertEquals(WireMessages.hello(jdk.describe()).toString(), answers.get(0));
    }

    @Test
    void answersWhatItCannotUseWithAnErrorOrUnsupportedNamingTheField() {
        List<String> answers = serve(JdkPrimitives.adapter(), "not json", "[1]", "{\"type\":\"verify\"}",
                "{\"type\":\"verify\",\"id\":\"a\",\"layer\":\"signature\",\"algorithm\":\"ES256\",\"message\":\"zz\","
                        + "\"signature\":\"\",\"keys\":[{\"coseKey\":\"a0\"}]}",
                "{\"type\":\"verify\",\"id\":\"b\",\"layer\":\"dns\",\"keys\":[]}",
                "{\"type\":\"sign\",\"id\":\"c\",\"layer\":\"suit\",\"algorithm\":\"ES256\",\"manifest\":\"40\",\"key\":{\"coseKey\":\"a0\"}}",
                "{\"type\":\"ping\",\"id\":\"d\"}");
        assertEquals(7, answers.size(), answers.toString());
        for (int i = 0; i < 3; i++) {
            assertTrue(answers.get(i).startsWith("{\"type\":\"error\""), answers.get(i));
        }
        assertTrue(answers.get(3).startsWith("{\"id\":\"a\",\"outcome\":\"unsupported\"") && answers.get(3).contains("message"),
                answers.get(3));
        assertTrue(answers.get(4).contains("\"outcome\":\"unsupported\"") && answers.get(4).contains("unknown layer"), answers.get(4));
        assertTrue(answers.get(5).startsWith("{\"id\":\"c\",\"outcome\":\"unsupported\""), answers.get(5));
        assertTrue(answers.get(6).contains("unknown request type 'ping'"), answers.get(6));
    }

    @Test
    void answersARequestItCanRead() {
        Vector valid = TestVectors.validSignature(Algorithm.ED25519);
        String request = WireMessages.verify(VerifyRequest.of(valid)).toString();
        assertEquals(List.of("{\"id\":\"" + valid.id() + "\",\"outcome\":\"accept\"}"), serve(JdkPrimitives.adapter(), request));
    }

    /** Runs the vectors on the adapter served by a JVM of its own and in process; every answer must be the same. */
    private static void assertServedAsInProcess(String name, Supplier<Adapter> inProcess, List<Vector> vectors) {
        SliceRun direct;
        Ics statement;
        try (Adapter adapter = inProcess.get()) {
            statement = adapter.describe();
            direct = SliceRun.of(adapter, vectors);
        }
        Map<String, AdapterOutcome> served = new LinkedHashMap<>();
        try (Adapter adapter = ProcessAdapter.start(serverCommand(name), ProcessSettings.defaults(Path.of(".")))) {
            assertEquals(statement, adapter.describe());
            // pipelined, as the runner sends them
            Map<String, CompletableFuture<AdapterOutcome>> answers = new LinkedHashMap<>();
            for (Vector vector : vectors) {
                if (statement.covers(vector)) {
                    answers.put(vector.id().toString(), adapter.verifyAsync(VerifyRequest.of(vector)));
                }
            }
            answers.forEach((id, answer) -> served.put(id, answer.join()));
        }
        List<String> differences = new ArrayList<>();
        direct.outcomes().forEach((id, outcome) -> {
            AdapterOutcome other = served.get(id);
            if (other == null || other.kind() != outcome.kind() || !other.reason().equals(outcome.reason())
                    || !other.detail().equals(outcome.detail())) {
                differences.add(id + ": in process " + outcome + ", served " + other);
            }
        });
        assertEquals(List.of(), differences);
        assertEquals(direct.outcomes().keySet(), served.keySet());
        assertTrue(direct.outcomes().size() > 100, name + " answered " + direct.outcomes().size() + " vectors");
    }

    /** This JVM's java on this JVM's class path, running the server. */
    private static String serverCommand(String adapter) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " "
                + AdapterServer.class.getName() + " " + adapter;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static List<String> serve(Adapter adapter, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new AdapterServer(adapter, new PrintStream(err, true, StandardCharsets.UTF_8))
                .serve(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String written = out.toString(StandardCharsets.UTF_8);
        return written.isEmpty() ? List.of() : List.of(written.split("\n"));
    }
}
