package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterEntry;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.engine.CorpusLocation;
import dev.suitcase.runner.engine.RunInputs;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code suitcase run} with the bundled adapters of adapters/adapters.json: {@code --adapter all},
 * which skips an adapter whose toolchain is not on the PATH, and an adapter whose build fails or
 * finds no toolchain, which is a one-line usage error. The entries are given to the registry as
 * adapters.json would give them, their notices (what the user sees on standard error) kept.
 */
class BundledAdaptersTest {
    private static final String STRUCTURE = "cose.es256.structure.*";

    @TempDir
    Path temp;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    @Test
    void allRunsEveryJvmAdapterAndEveryBundledOneWhoseToolchainIsPresentAndSaysWhichItSkips() throws IOException {
        CommandRun run = run(Map.of(
                "scripted", new AdapterEntry(TestAdapters.spec(TestAdapters.AcceptsEverything.class), Optional.empty(),
                        List.of("sh")),
                "fake-go", new AdapterEntry("process:adapters/fake-go/run", Optional.of("adapters/fake-go/run --build-only"),
                        List.of("suitcase-test-no-such-go")),
                "example-batch", AdapterEntry.of("process:adapters/examples/batch.py")),
                "--adapter", "all", "--filter", STRUCTURE);

        assertTrue(run.exit() == 0 || run.exit() == 1, run.err() + run.out());
        assertEquals(List.of("reference", "jdk", "cose-java", "tink", "scripted"),
                ResultsJson.read(temp.resolve("out/results.json")).run().adapterNames());
        assertEquals(List.of("skipping fake-go: suitcase-test-no-such-go is not on PATH"), notices);
    }

    @Test
    void allSkipsAnAdapterWhoseBuildFindsNoToolchainTheSameForEveryNameSharingTheBuild() {
        Optional<String> missingLibrary = Optional.of("sh -c 'echo c adapter: libfrob-dev is not installed >&2; exit 4'");
        CommandRun run = run(Map.of(
                "c-one", new AdapterEntry("process:adapters/c/run --one", missingLibrary, List.of("sh")),
                "c-two", new AdapterEntry("process:adapters/c/run --two", missingLibrary, List.of("sh"))),
                "--adapter", "all", "--filter", STRUCTURE);

        assertTrue(run.exit() == 0 || run.exit() == 1, run.err() + run.out());
        assertEquals(List.of("reference", "jdk", "cose-java", "tink"),
                ResultsJson.read(temp.resolve("out/results.json")).run().adapterNames());
        assertEquals(List.of("skipping c-one: c adapter: libfrob-dev is not installed",
                "skipping c-two: c adapter: libfrob-dev is not installed"), notices);
    }

    @Test
    void aFailedBuildShowsItsOutputThenOneLineAndNoVectorRuns() {
        CommandRun run = run(Map.of("broken", new AdapterEntry("process:adapters/broken/run",
                        Optional.of("sh -c 'echo error: linking with cc failed; exit 3'"), List.of("cc"))),
                "--adapter", "reference", "--adapter", "broken", "--filter", STRUCTURE).assertUsageError("run");

        assertEquals("suitcase run: adapter 'broken': its build 'sh -c 'echo error: linking with cc failed; exit 3'' failed "
                + "with exit status 3 (its output above)", run.err().lines().findFirst().orElseThrow());
        assertEquals(2, run.err().lines().count(), "the error and the hint: " + run.err());
        assertEquals(List.of("error: linking with cc failed"), notices);
    }

    @Test
    void aMissingToolchainIsOneLineNamingIt() {
        CommandRun run = run(Map.of("broken", new AdapterEntry("process:adapters/broken/run",
                        Optional.of("sh -c 'echo broken adapter: frobc is not on PATH >&2; exit 4'"), List.of("frobc"))),
                "--adapter", "broken", "--filter", STRUCTURE).assertUsageError("run");

        assertEquals("suitcase run: adapter 'broken' cannot be built, its toolchain (frobc) is missing: broken adapter: frobc "
                + "is not on PATH", run.err().lines().findFirst().orElseThrow());
        assertEquals(2, run.err().lines().count(), run.err());
        assertEquals(List.of(), notices, "no build output");
    }

    @Test
    void aBuildTimeoutThatIsNoDurationIsAUsageError() {
        CommandRun run = run(Map.of(), "--build-timeout", "half an hour").assertUsageError("run");
        assertTrue(run.err().startsWith("suitcase run: --build-timeout: 'half an hour' is not a duration"), run.err());
    }

    private CommandRun run(Map<String, AdapterEntry> entries, String... options) {
        RunInputs inputs = new RunInputs(CorpusLocation::load, BaselineJson::read,
                settings -> AdapterRegistry.of(settings, entries, notices::add));
        String[] args = new String[options.length + 3];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--out";
        args[options.length + 1] = temp.resolve("out").toString();
        args[options.length + 2] = "--quiet";
        return CommandRun.of(new RunCommand(inputs), args);
    }
}
