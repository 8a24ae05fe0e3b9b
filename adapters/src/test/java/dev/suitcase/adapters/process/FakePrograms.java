package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.SignatureInput;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Command lines and requests for the process adapter tests. */
final class FakePrograms {
    private FakePrograms() {
    }

    /** The command line that runs {@link FakeAdapter} in {@code mode} with this JVM's java. */
    static String fakeAdapter(String mode) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return quote(java) + " -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -cp "
                + quote(testClasses()) + " " + FakeAdapter.class.getName() + " " + quote(mode);
    }

    static ProcessSettings settings() {
        return ProcessSettings.defaults(Path.of(System.getProperty("suitcase.root", ".")))
                .withRequestTimeout(Duration.ofSeconds(5))
                .withStartTimeout(Duration.ofSeconds(20));
    }

    /** A verify request whose id tells the fake adapter what to do; the input does not matter to it. */
    static VerifyRequest request(String id) {
        return new VerifyRequest(id, new SignatureInput(-7, Bytes.fromHex("01"), Bytes.fromHex("02"), Bytes.fromHex("a0")),
                java.util.Optional.empty());
    }

    /** Submits every id at once (pipelined) and waits for all outcomes. */
    static Map<String, AdapterOutcome> runAll(ProcessAdapter adapter, List<String> ids) {
        Map<String, CompletableFuture<AdapterOutcome>> futures = new LinkedHashMap<>();
        for (String id : ids) {
            futures.put(id, adapter.verifyAsync(request(id)));
        }
        Map<String, AdapterOutcome> outcomes = new LinkedHashMap<>();
        futures.forEach((id, future) -> outcomes.put(id, future.join()));
        return outcomes;
    }

    /** {@code prefix-0} ... {@code prefix-(n-1)}, numbered from {@code from}. */
    static List<String> ids(String prefix, int from, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            ids.add(prefix + "-" + i);
        }
        return ids;
    }

    private static String testClasses() {
        try {
            return Path.of(FakeAdapter.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
