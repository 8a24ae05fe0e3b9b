package dev.suitcase.adapters.jvm;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jdk adapter on JDK 25 ({@code adapters/jvm/run --java 25 jdk}, the {@code jdk25} entry of
 * adapters/adapters.json) over the whole committed corpus, in a JVM of its own. Tagged {@code interop}: it
 * needs a JDK 25 beside the JDK that runs the build (CI's machine has Temurin 25), so it runs in the
 * {@code interop} Maven profile ({@code mvn -Pinterop test}); without that JDK the adapter exits at start
 * and fails the test. The server runs on this test's class path (SUITCASE_CLASSPATH), not on the runner's
 * jar, so the test needs no packaged runner.
 */
@Tag("interop")
class Jdk25AdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    @Test
    void theJdkAdapterOnJdk25StatesItsVersionVerifiesHssLmsAndAnswersEveryVector() throws Exception {
        String command = "process:env " + quote("SUITCASE_CLASSPATH=" + System.getProperty("java.class.path")) + " "
                + quote(ROOT.resolve("adapters/jvm/run").toString()) + " --java 25 jdk";
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(ROOT), Map.of());
        SliceRun run = SliceRun.ofCorpus(registry, command, 1500);
        assertTrue(run.ics().version().startsWith("25"), run.ics().version());
        assertTrue(run.ics().algorithms().contains(Algorithm.HSS_LMS), "JDK 25 verifies HSS/LMS: " + run.ics());
        for (String known : List.of("signature.hss-lms.kat.rfc8554-test-case-1", "signature.hss-lms.kat.rfc8554-test-case-2",
                "signature.ed25519.rfc8032-kat.test-1", "signature.es256.rfc6979.sha256-sample")) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcomes().get(known).kind(), known + ": " + run.outcomes().get(known));
        }
        // SUN's HSS/LMS reads L without the bound of RFC 8554 §6 (docs/deviations.md)
        String nineLevels = "signature.hss-lms.key.levels-nine";
        assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcomes().get(nineLevels).kind(), run.outcomes().get(nineLevels).toString());
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
