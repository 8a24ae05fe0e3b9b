package dev.suitcase.adapters;

import dev.suitcase.adapters.process.ProcessSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code build} of an adapters/adapters.json entry: run once per registry (per run) before the
 * adapter starts, under its own timeout rather than the start timeout, announced only when slow,
 * its output shown only when it fails; and {@value AdapterRegistry#ALL}, which skips an adapter
 * whose toolchain is missing.
 */
class AdapterBuildTest {
    /** A start timeout far below what the first build takes, as 120 s is below a first cargo build. */
    private static final Duration START = Duration.ofSeconds(2);
    /** How long the first build takes: longer than {@link #START}. */
    private static final int BUILD_SECONDS = 4;
    private static final String ICS = "{\"implementation\":\"slow\",\"version\":\"1\",\"layers\":[\"signature\"],"
            + "\"algorithms\":[\"ES256\"],\"operations\":[\"verify\"]}";

    @TempDir
    Path repository;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    @Test
    void aBuildLongerThanTheStartTimeoutRunsFirstAndTheAdapterThenStartsInTime() throws Exception {
        writeSlowAdapter();
        writeEntries("""
                {"slow": {"spec": "process:adapters/slow/run", "build": "adapters/slow/run --build-only", "toolchain": ["sh"]},
                 "slow-too": {"spec": "process:adapters/slow/run --too", "build": "adapters/slow/run --build-only"}}
                """);
        AdapterRegistry registry = registry(ProcessSettings.defaults(repository).withStartTimeout(START));

        // both entries open at once, as a run opens its adapters: one build, the other waits for it
        CompletableFuture<Adapter> slow = CompletableFuture.supplyAsync(() -> registry.open("slow"));
        CompletableFuture<Adapter> slowToo = CompletableFuture.supplyAsync(() -> registry.open("slow-too"));
        try (Adapter first = slow.join(); Adapter second = slowToo.join()) {
            assertEquals("slow", first.describe().implementation());
            assertEquals("slow", second.describe().implementation());
        }
        assertEquals(1, builds(), "the shared build command ran once");
        assertEquals(List.of("building adapter slow (first use may take minutes)..."), notices.stream()
                .map(notice -> notice.replace("slow-too", "slow")).toList(), "one notice, no build output");

        // the same registry (the same run) does not build again
        registry.open("slow").close();
        assertEquals(1, builds());

        // without the build step, the first start would have built and missed the start timeout
        Files.delete(repository.resolve("adapters/slow/built"));
        AdapterException late = assertThrows(AdapterException.class,
                () -> AdapterRegistry.of(ProcessSettings.defaults(repository).withStartTimeout(START),
                        Map.of("unbuilt", "process:adapters/slow/run")).open("unbuilt"));
        assertTrue(late.getMessage().contains("no answer to hello within 2 s"), late.getMessage());
    }

    @Test
    void aBuildThatHasNothingToDoIsNotAnnounced() throws Exception {
        writeSlowAdapter();
        Files.createFile(repository.resolve("adapters/slow/built"));
        writeEntries("{\"slow\": {\"spec\": \"process:adapters/slow/run\", \"build\": \"adapters/slow/run --build-only\"}}");
        try (Adapter adapter = registry(ProcessSettings.defaults(repository).withStartTimeout(START)).open("slow")) {
            assertEquals("slow", adapter.describe().implementation());
        }
        assertEquals(1, builds(), "the build ran, and found nothing to do");
        assertEquals(List.of(), notices);
    }

    @Test
    void aFailedBuildShowsItsOutputAndIsOneLine() throws Exception {
        writeEntries("""
                {"broken": {"spec": "process:adapters/broken/run", "build": "sh -c 'echo error[E0425]: cannot find value; exit 3'"}}
                """);
        AdapterException error = assertThrows(AdapterException.class, () -> registry(ProcessSettings.defaults(repository))
                .open("broken"));
        assertEquals("adapter 'broken': its build 'sh -c 'echo error[E0425]: cannot find value; exit 3'' failed with exit "
                + "status 3 (its output above)", error.getMessage());
        assertEquals(List.of("error[E0425]: cannot find value"), notices);
    }

    @Test
    void aMissingToolchainIsOneLineNamingItWithoutTheBuildOutput() throws Exception {
        writeEntries("""
                {"go": {"spec": "process:adapters/go/run", "toolchain": ["go"],
                        "build": "sh -c 'echo go adapter: go is not on PATH, install Go 1.22 >&2; exit 4'"}}
                """);
        AdapterException error = assertThrows(AdapterException.class, () -> registry(ProcessSettings.defaults(repository))
                .open("go"));
        assertEquals("adapter 'go' cannot be built, its toolchain (go) is missing: go adapter: go is not on PATH, install Go 1.22",
                error.getMessage());
        assertEquals(List.of(), notices);
    }

    @Test
    void aBuildPastItsTimeoutIsStopped() throws Exception {
        writeEntries("{\"stuck\": {\"spec\": \"process:adapters/stuck/run\", \"build\": \"sh -c 'echo compiling; sleep 30'\"}}");
        long start = System.nanoTime();
        AdapterException error = assertThrows(AdapterException.class,
                () -> registry(ProcessSettings.defaults(repository).withBuildTimeout(Duration.ofSeconds(2))).open("stuck"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0, "stopped, not waited for");
        assertEquals("adapter 'stuck': its build 'sh -c 'echo compiling; sleep 30'' did not finish within 2 s and was stopped "
                + "(its output above); allow it longer with --build-timeout (suitcase.buildTimeout)", error.getMessage());
        assertEquals(List.of("building adapter stuck (first use may take minutes)...", "compiling"), notices);
    }

    @Test
    void allIsEveryJvmAdapterAndEveryBundledOneWhoseToolchainIsOnThePath() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(repository), Map.of(
                "present", new AdapterEntry("process:adapters/present/run", Optional.empty(), List.of("sh")),
                "absent", new AdapterEntry("process:adapters/absent/run", Optional.empty(),
                        List.of("sh", "suitcase-test-no-such-toolchain")),
                "plain", AdapterEntry.of("process:adapters/plain/run"),
                "example-batch", AdapterEntry.of("process:adapters/examples/batch.py")), notices::add);

        assertEquals(List.of("reference", "jdk", "cose-java", "tink", "plain", "present"), registry.expand(List.of("all")));
        assertEquals(List.of("skipping absent: suitcase-test-no-such-toolchain is not on PATH"), notices);
        assertEquals(List.of("present", "reference", "jdk", "cose-java", "tink", "plain", "process:./mine"),
                registry.expand(List.of("present", "all", "process:./mine")), "each once, in order");
        assertEquals(List.of("tink", "plain"), registry.expand(List.of("tink", "plain")), "nothing to expand");
        AdapterException unexpanded = assertThrows(AdapterException.class, () -> registry.open("all"));
        assertTrue(unexpanded.getMessage().contains("stands for several adapters"), unexpanded.getMessage());
    }

    @Test
    void refusesAnEntryObjectThatWouldMislead() throws IOException {
        assertEntriesRefused("{\"rust\": {\"spec\": \"process:r\", \"bulid\": \"r --build-only\"}}", "unknown member 'bulid'");
        assertEntriesRefused("{\"rust\": {\"build\": \"r --build-only\"}}", "needs \"spec\"");
        assertEntriesRefused("{\"rust\": {\"spec\": \"process:r\", \"build\": [\"r\"]}}", "\"build\" must be a command line");
        assertEntriesRefused("{\"rust\": {\"spec\": \"process:r\", \"build\": \"r 'unterminated\"}}", "unterminated ' quote");
        assertEntriesRefused("{\"rust\": {\"spec\": \"java:com.example.Rust\", \"build\": \"make\"}}",
                "\"build\" is for an external program");
        assertEntriesRefused("{\"rust\": {\"spec\": \"process:r\", \"toolchain\": \"cargo\"}}", "must be an array");
        assertEntriesRefused("{\"rust\": {\"spec\": \"process:r\", \"toolchain\": [\"/usr/bin/cargo\"]}}",
                "without a directory or blanks");
        assertEntriesRefused("{\"all\": \"process:r\"}", "the short name 'all' is reserved");
        assertEntriesRefused("{\"rust\": 7}", "must map to a string such as \"process:adapters/python/run\" or an object");
    }

    /** A batch adapter whose run builds on first use, as adapters/rust/run does: BUILD_SECONDS, once. */
    private void writeSlowAdapter() throws IOException {
        Path directory = Files.createDirectories(repository.resolve("adapters/slow"));
        Path run = Files.writeString(directory.resolve("run"), """
                #!/bin/sh
                here="$(dirname "$0")"
                if [ "$1" = --build-only ]; then
                  echo build >>"$here/builds"
                fi
                if [ ! -f "$here/built" ]; then
                  sleep %d
                  touch "$here/built"
                fi
                if [ "$1" = --build-only ]; then
                  exit 0
                fi
                read -r hello
                echo '{"type":"hello","protocol":1,"ics":%s}'
                while read -r line; do
                  case "$line" in *bye*) exit 0 ;; esac
                done
                """.formatted(BUILD_SECONDS, ICS));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** How often the slow adapter's build command ran. */
    private long builds() throws IOException {
        return Files.readAllLines(repository.resolve("adapters/slow/builds")).size();
    }

    private AdapterRegistry registry(ProcessSettings settings) {
        return AdapterRegistry.forRepository(settings, notices::add);
    }

    private void writeEntries(String json) throws IOException {
        Files.createDirectories(repository.resolve("adapters"));
        Files.writeString(repository.resolve(AdapterRegistry.FILE), json);
    }

    private void assertEntriesRefused(String json, String expected) throws IOException {
        writeEntries(json);
        AdapterException error = assertThrows(AdapterException.class, () -> registry(ProcessSettings.defaults(repository)));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
    }
}
