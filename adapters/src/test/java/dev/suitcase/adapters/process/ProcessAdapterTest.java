package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterOutcome.Kind;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.suitcase.adapters.process.FakePrograms.fakeAdapter;
import static dev.suitcase.adapters.process.FakePrograms.ids;
import static dev.suitcase.adapters.process.FakePrograms.request;
import static dev.suitcase.adapters.process.FakePrograms.runAll;
import static dev.suitcase.adapters.process.FakePrograms.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The process adapter against hostile programs: each misbehaviour costs only the request it
 * happens on, gives the raw outcome the runner maps to CRASH or TIMEOUT, and every other request,
 * before and after, gets its real answer.
 */
@Timeout(60)
class ProcessAdapterTest {

    @Test
    void readsTheStatementFromTheHelloAnswer() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Ics ics = adapter.describe();
            assertEquals("fake", ics.implementation());
            assertTrue(ics.algorithms().contains(Algorithm.EDDSA));
        }
    }

    @Test
    void answersPipelinedRequestsWithTheImplementationsAnswers() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            List<String> all = new ArrayList<>(ids("accept", 0, 20));
            all.addAll(ids("reject", 20, 20));
            all.add("unsupported-40");
            Map<String, AdapterOutcome> outcomes = runAll(adapter, all);
            for (String id : ids("accept", 0, 20)) {
                assertEquals(Kind.ACCEPT, outcomes.get(id).kind(), id);
                assertTrue(outcomes.get(id).duration().isPresent());
            }
            for (String id : ids("reject", 20, 20)) {
                assertEquals(Optional.of(Reason.SIGNATURE_INVALID), outcomes.get(id).reason(), id);
                assertEquals("fake says no", outcomes.get(id).detail());
            }
            assertEquals(Kind.UNSUPPORTED, outcomes.get("unsupported-40").kind());
        }
    }

    @Test
    void aProgramThatCrashesMidBatchCostsOnlyTheRequestItDiesOn() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("crash-10"));
            assertOnlyCulprit(outcomes, "crash-10", Kind.CRASH);
            AdapterOutcome crash = outcomes.get("crash-10");
            assertTrue(crash.detail().contains("exited with status 3"), crash.detail());
            assertTrue(crash.stderr().contains("dying on crash-10"), crash.stderr());
            assertTrue(crash.detail().contains("sent alone after the program closed its stdout"), crash.detail());
        }
    }

    @Test
    void aProgramThatHangsCostsOnlyTheRequestItHangsOn() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"),
                settings().withRequestTimeout(Duration.ofSeconds(1)))) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("hang-10"));
            assertOnlyCulprit(outcomes, "hang-10", Kind.TIMEOUT);
            assertTrue(outcomes.get("hang-10").detail().contains("no answer within 1000 ms"), outcomes.get("hang-10").detail());
        }
    }

    @Test
    void aProgramThatPrintsGarbageCostsOnlyTheRequestItAnswersWithGarbage() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("garbage-10"));
            assertOnlyCulprit(outcomes, "garbage-10", Kind.CRASH);
            assertTrue(outcomes.get("garbage-10").detail().contains("not JSON: \"this is not JSON at all\""),
                    outcomes.get("garbage-10").detail());
        }
    }

    @Test
    void aProgramThatPrintsA100MegabyteLineCostsOnlyThatRequest() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("huge-10"));
            assertOnlyCulprit(outcomes, "huge-10", Kind.CRASH);
            assertTrue(outcomes.get("huge-10").detail().contains("longer than the limit of 16777216 bytes"),
                    outcomes.get("huge-10").detail());
        }
    }

    @Test
    void aProgramThatAnswersAnUnknownIdCostsOnlyTheRequestItMisanswers() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("unknown-10"));
            assertOnlyCulprit(outcomes, "unknown-10", Kind.CRASH);
            assertTrue(outcomes.get("unknown-10").detail().contains("answered id \"not-unknown-10\", which is not in flight"),
                    outcomes.get("unknown-10").detail());
        }
    }

    @Test
    void aProgramThatFloodsStderrKeepsACappedShareForTheRequestAndAnswersOn() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings().withWindow(1))) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, List.of("accept-1", "flood-2", "talk-3", "accept-4"));
            AdapterOutcome flood = outcomes.get("flood-2");
            assertEquals(Kind.ACCEPT, flood.kind());
            assertTrue(flood.stderr().length() < 64 * 1024 + 100, "stderr kept: " + flood.stderr().length());
            assertTrue(flood.stderr().endsWith("[suitcase: " + (160 * 64 * 1024 - 64 * 1024) + " more bytes of stderr dropped]"),
                    flood.stderr().substring(flood.stderr().length() - 80));
            assertTrue(outcomes.get("talk-3").stderr().contains("working on talk-3"), outcomes.get("talk-3").stderr());
            assertEquals(Kind.ACCEPT, outcomes.get("accept-4").kind());
        }
    }

    @Test
    void anAnswerWithAReasonOutsideTheTaxonomyIsAProtocolViolationOfThatRequestOnly() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, List.of("accept-1", "badreason-2", "maybe-3", "accept-4"));
            assertEquals(Kind.PROTOCOL_VIOLATION, outcomes.get("badreason-2").kind());
            assertTrue(outcomes.get("badreason-2").detail().contains("\"NOPE\" is not one of the reasons"));
            assertEquals(Kind.PROTOCOL_VIOLATION, outcomes.get("maybe-3").kind());
            assertEquals(Kind.ACCEPT, outcomes.get("accept-1").kind());
            assertEquals(Kind.ACCEPT, outcomes.get("accept-4").kind());
        }
    }

    @Test
    void aProgramThatExitsAtHelloIsAClearSetupError() {
        AdapterException error = assertThrows(AdapterException.class,
                () -> ProcessAdapter.start(fakeAdapter("exit-at-hello"), settings()));
        assertTrue(error.getMessage().contains("exited with status 3 before answering hello"), error.getMessage());
        assertTrue(error.getMessage().contains("fake adapter: no hello today"), error.getMessage());
    }

    @Test
    void aProgramThatSpeaksAnotherProtocolVersionIsRefused() {
        AdapterException error = assertThrows(AdapterException.class,
                () -> ProcessAdapter.start(fakeAdapter("protocol-2"), settings()));
        assertTrue(error.getMessage().contains("speaks protocol version 2; this runner speaks version 1"), error.getMessage());
    }

    @Test
    void anInvalidStatementIsRefusedNamingTheFields() {
        AdapterException error = assertThrows(AdapterException.class,
                () -> ProcessAdapter.start(fakeAdapter("bad-ics"), settings()));
        assertTrue(error.getMessage().contains("field /layers"), error.getMessage());
        assertTrue(error.getMessage().contains("field /colour"), error.getMessage());
    }

    @Test
    void aProgramThatCannotBeRestartedCostsTheRestQuicklyAndSaysWhy(@TempDir Path temp) {
        String once = fakeAdapter("once:" + temp.resolve("started"));
        try (ProcessAdapter adapter = ProcessAdapter.start(once, settings().withWindow(1))) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, List.of("accept-1", "crash-2", "accept-3", "accept-4",
                    "accept-5", "accept-6", "accept-7"));
            assertEquals(Kind.ACCEPT, outcomes.get("accept-1").kind());
            assertEquals(Kind.CRASH, outcomes.get("crash-2").kind());
            for (String id : List.of("accept-3", "accept-4", "accept-5")) {
                assertTrue(outcomes.get(id).detail().startsWith("the adapter program could not be restarted"),
                        outcomes.get(id).detail());
            }
            for (String id : List.of("accept-6", "accept-7")) {
                assertTrue(outcomes.get(id).detail().startsWith("gave up on adapter"), outcomes.get(id).detail());
            }
        }
    }

    @Test
    void signsThroughTheProgram() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            SignOutcome outcome = adapter.sign(new SignRequest("sign-1", Algorithm.ES256, Bytes.fromHex("40"),
                    Bytes.fromHex("a0")));
            assertEquals(Optional.of(Bytes.fromHex("d86ba0")), outcome.envelope());
        }
    }

    @Test
    void sendsNothingOutsideTheProgramsStatement() {
        try (ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings())) {
            AdapterOutcome suit = adapter.verify(VerifyRequest.of(dev.suitcase.adapters.TestVectors.suitVector()));
            assertEquals(Kind.UNSUPPORTED, suit.kind());
            assertTrue(suit.detail().endsWith("the request was not sent"), suit.detail());
            SignOutcome hss = adapter.sign(new SignRequest("crash-1", Algorithm.HSS_LMS, Bytes.fromHex("40"), Bytes.fromHex("a0")));
            assertEquals(SignOutcome.Kind.UNSUPPORTED, hss.kind());
            assertEquals(Kind.ACCEPT, adapter.verify(request("accept-2")).kind(), "the program never saw crash-1");
        }
    }

    @Test
    void closingAStuckProgramReturnsPromptlyAndFailsWhatIsPending() {
        ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings());
        var pending = adapter.verifyAsync(request("hang-1"));
        long start = System.nanoTime();
        adapter.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 2, "a busy program is killed without grace");
        assertEquals(Kind.CRASH, pending.join().kind());
        assertTrue(pending.join().detail().contains("closed before it answered"), pending.join().detail());
        assertEquals(Kind.CRASH, adapter.verify(request("accept-2")).kind());
    }

    @Test
    void closingAnIdleProgramSaysByeAndLetsItExit() {
        ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings().withCloseGrace(Duration.ofSeconds(5)));
        assertEquals(Kind.ACCEPT, adapter.verify(request("accept-1")).kind());
        long start = System.nanoTime();
        adapter.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "the program exits on bye, not at the deadline");
    }

    @Test
    void aMissingProgramIsAClearSetupError() {
        AdapterException error = assertThrows(AdapterException.class,
                () -> ProcessAdapter.start("adapters/no-such-adapter --flag", settings()));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    /** Twenty requests, ten answered before the culprit and nine after, all submitted at once. */
    private static List<String> around(String culprit) {
        List<String> ids = new ArrayList<>(ids("accept", 0, 5));
        ids.addAll(ids("reject", 5, 5));
        ids.add(culprit);
        ids.addAll(ids("accept", 11, 5));
        ids.addAll(ids("reject", 16, 4));
        return ids;
    }

    private static void assertOnlyCulprit(Map<String, AdapterOutcome> outcomes, String culprit, Kind kind) {
        assertEquals(kind, outcomes.get(culprit).kind(), outcomes.get(culprit).toString());
        outcomes.forEach((id, outcome) -> {
            if (!id.equals(culprit)) {
                Kind expected = id.startsWith("accept") ? Kind.ACCEPT : Kind.REJECT;
                assertEquals(expected, outcome.kind(), id + ": " + outcome);
            }
        });
    }
}
