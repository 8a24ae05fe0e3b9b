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

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.suitcase.adapters.process.FakePrograms.fakeAdapter;
import static dev.suitcase.adapters.process.FakePrograms.ids;
import static dev.suitcase.adapters.process.FakePrograms.request;
import static dev.suitcase.adapters.process.FakePrograms.runAll;
import static dev.suitcase.adapters.process.FakePrograms.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void anAnswerForAnIdNeverAskedIsTheAdaptersViolationAndTheRequestItMissedTimesOut() {
        ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings().withRequestTimeout(Duration.ofSeconds(1)));
        try (adapter) {
            Map<String, AdapterOutcome> outcomes = runAll(adapter, around("unknown-10"));
            assertOnlyCulprit(outcomes, "unknown-10", Kind.TIMEOUT);
        }
        assertEquals(List.of("protocol violation: answered 1 id that had never been asked, the first \"not-unknown-10\";"
                + " these answers were ignored"), adapter.notes());
    }

    @Test
    void aProgramThatAnswersEveryIdTwiceGetsEveryVerdictRightInTheTimeOfAWellBehavedOne() {
        List<String> ids = mixed(300);
        Run wellBehaved = Run.of("batch", ids);
        Run twice = Run.of("twice", ids);
        assertEquals(wellBehaved.kinds(), twice.kinds());
        assertEquals(List.of(), wellBehaved.notes());
        assertEquals(List.of("protocol violation: answered 300 ids that had been answered already, the first \"accept-0\";"
                + " every answer after the first was ignored"), twice.notes());
        assertWithinTwice(wellBehaved, twice);
    }

    @Test
    void aProgramThatSendsAnswersNobodyAskedForGetsEveryVerdictRightInTheTimeOfAWellBehavedOne() {
        List<String> ids = mixed(300);
        Run wellBehaved = Run.of("batch", ids);
        for (int round = 0; round < 3; round++) { // the ghosts come at random moments: several runs, several timings
            Run unsolicited = Run.of("unsolicited", ids);
            assertEquals(wellBehaved.kinds(), unsolicited.kinds(), "round " + round);
            assertEquals(1, unsolicited.notes().size(), unsolicited.notes().toString());
            assertTrue(unsolicited.notes().get(0).startsWith("protocol violation: answered ")
                    && unsolicited.notes().get(0).contains("that had never been asked, the first \"ghost-"), unsolicited.notes().get(0));
            assertWithinTwice(wellBehaved, unsolicited);
        }
    }

    @Test
    void stderrWrittenWhileSeveralRequestsAreInFlightIsTheAdaptersOnce() {
        ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter("batch"), settings());
        Map<String, AdapterOutcome> outcomes;
        try (adapter) {
            List<String> ids = new ArrayList<>(List.of("slowtalk-0"));
            ids.addAll(ids("accept", 1, 5));
            outcomes = runAll(adapter, ids);
        }
        outcomes.forEach((id, outcome) -> {
            assertEquals(Kind.ACCEPT, outcome.kind(), id);
            assertEquals("", outcome.stderr(), id + " is not charged with stderr it cannot be tied to");
        });
        assertEquals(List.of("wrote 36 bytes to stderr while several requests were in flight, attributed to none of them;"
                + " it ended: fake adapter: working on slowtalk-0"), adapter.notes());
    }

    @Test
    void noProcessTheProgramStartedOutlivesItsBye(@TempDir Path temp) throws Exception {
        Path pidFile = temp.resolve("grandchild.pid");
        ProcessAdapter adapter = ProcessAdapter.start("bash '" + resource("orphan-maker.sh") + "' '" + pidFile + "'", settings());
        assertEquals(Kind.ACCEPT, adapter.verify(request("accept-1")).kind());
        ProcessHandle grandchild = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
        assertTrue(grandchild.isAlive());
        long start = System.nanoTime();
        adapter.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "the program exits on bye, not at the deadline");
        // ended by close; gone once reaped (it was reparented when the program exited, so init reaps it)
        grandchild.onExit().get(5, TimeUnit.SECONDS);
        assertFalse(grandchild.isAlive(), "the sleeping grandchild was ended with the program");
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

    /** One run of {@code count} requests on the fake adapter in {@code mode}: what each got, the adapter's notes, the wall time. */
    private record Run(Map<String, Kind> kinds, List<String> notes, Duration took) {
        static Run of(String mode, List<String> ids) {
            ProcessAdapter adapter = ProcessAdapter.start(fakeAdapter(mode), settings());
            Map<String, Kind> kinds = new LinkedHashMap<>();
            long start = System.nanoTime();
            try (adapter) {
                runAll(adapter, ids).forEach((id, outcome) -> kinds.put(id, outcome.kind()));
            }
            return new Run(kinds, adapter.notes(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** A hostile program's run takes at most twice a well-behaved one's, with a second for the noise of a shared machine. */
    private static void assertWithinTwice(Run wellBehaved, Run hostile) {
        assertTrue(hostile.took().compareTo(wellBehaved.took().multipliedBy(2).plusSeconds(1)) < 0,
                "hostile " + hostile.took().toMillis() + " ms, well-behaved " + wellBehaved.took().toMillis() + " ms");
    }

    /** {@code count} requests, accept and reject alternating. */
    private static List<String> mixed(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add((i % 2 == 0 ? "accept-" : "reject-") + i);
        }
        return ids;
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ProcessAdapterTest.class.getResource(name).toURI()).toString();
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
