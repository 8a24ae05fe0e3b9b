package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterOutcome.Kind;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static dev.suitcase.adapters.process.FakePrograms.request;
import static dev.suitcase.adapters.process.FakePrograms.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-shot mode with a small shell script: statement from --ics, exit statuses, timeout, stderr. */
@Timeout(30)
class OneShotAdapterTest {
    private static final String SCRIPT = "bash '" + script() + "'";

    private final OneShotAdapter adapter = OneShotAdapter.start(SCRIPT, settings().withRequestTimeout(Duration.ofSeconds(1)));

    @Test
    void readsTheStatementFromIcs() {
        assertEquals("fake one-shot", adapter.describe().implementation());
    }

    @Test
    void mapsExitStatusesToOutcomes() {
        assertEquals(Kind.ACCEPT, adapter.verify(request("accept-1")).kind());
        AdapterOutcome rejected = adapter.verify(request("reject-2"));
        assertEquals(Optional.of(Reason.SIGNATURE_MALFORMED), rejected.reason());
        assertEquals("S >= L", rejected.detail());
        AdapterOutcome bare = adapter.verify(request("bare-3"));
        assertEquals(Kind.REJECT, bare.kind());
        assertEquals(Optional.empty(), bare.reason());
        AdapterOutcome unsupported = adapter.verify(request("unsupported-4"));
        assertEquals(Kind.UNSUPPORTED, unsupported.kind());
        assertEquals("no HSS here", unsupported.detail());
        assertEquals("no ESP256 here", adapter.verify(request("unsupportedjson-4")).detail());
        AdapterOutcome crash = adapter.verify(request("crash-5"));
        assertEquals(Kind.CRASH, crash.kind());
        assertTrue(crash.detail().contains("exited with status 7"), crash.detail());
        assertTrue(crash.stderr().contains("fake one-shot: boom"), crash.stderr());
        assertTrue(adapter.verify(request("talk-6")).stderr().contains("looking at talk-6"));
    }

    @Test
    void killsAProgramPastTheTimeoutWithEverythingItStarted(@TempDir Path temp) throws Exception {
        Path pidFile = temp.resolve("sleep.pid");
        AdapterOutcome outcome = adapter.verify(request("hang-" + pidFile));
        assertEquals(Kind.TIMEOUT, outcome.kind(), outcome.toString());
        long sleepPid = Long.parseLong(Files.readString(pidFile).strip());
        Optional<ProcessHandle> sleep = ProcessHandle.of(sleepPid);
        if (sleep.isPresent()) {
            sleep.get().onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(sleepPid).map(ProcessHandle::isAlive).orElse(false), "the script's child was killed too");
    }

    @Test
    void refusesAStatementThatIsNotJson() {
        AdapterException error = assertThrows(AdapterException.class,
                () -> OneShotAdapter.start(SCRIPT + " broken", settings()));
        assertTrue(error.getMessage().contains("must print its conformance statement as one JSON object"), error.getMessage());
    }

    private static String script() {
        try {
            return Path.of(OneShotAdapterTest.class.getResource("oneshot-fake.sh").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
