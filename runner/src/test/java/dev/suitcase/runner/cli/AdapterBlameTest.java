package dev.suitcase.runner.cli;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process adapter that answers every id twice costs no vector a CRASH (adapters/PROTOCOL.md,
 * "Pipelining and blame"): every vector gets the verdict of its first answer, as with an adapter
 * that answers once, and the violation is reported once, for the adapter, on stderr.
 */
class AdapterBlameTest {
    private static final String FAMILY = "cose.es256.structure.*";

    @TempDir
    Path temp;

    @Test
    void answeringEveryIdTwiceIsTheAdaptersViolationOnceAndNoVectorsCrash() {
        Run once = run("once");
        Run twice = run("twice");
        assertTrue(once.verdicts().size() > 10, once.verdicts().toString());
        assertEquals(once.verdicts(), twice.verdicts());
        assertTrue(twice.verdicts().values().stream().noneMatch(verdict -> verdict == Verdict.CRASH), twice.verdicts().toString());
        assertEquals("", once.stderr());
        List<String> notes = twice.stderr().lines().toList();
        assertEquals(1, notes.size(), twice.stderr());
        assertTrue(notes.get(0).matches("adapter process:.*DoubleAnswerer twice: protocol violation: answered "
                + once.verdicts().size() + " ids that had been answered already, the first \"cose\\.es256\\.structure\\..*\";"
                + " every answer after the first was ignored"), notes.get(0));
    }

    /** The verdict of every vector and what the run wrote to the process's stderr. */
    private record Run(Map<String, Verdict> verdicts, String stderr) {
    }

    private Run run(String answers) {
        Path out = temp.resolve(answers);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        CommandRun run;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CommandRun.of("run", "--adapter", DoubleAnswerer.command(answers), "--filter", FAMILY,
                    "--out", out.toString(), "--quiet");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, run.exit(), "every vector of the family is to be rejected: " + run.out() + run.err());
        Results results = ResultsJson.read(out.resolve(ResultsJson.FILE_NAME));
        Map<String, Verdict> verdicts = results.results().stream()
                .collect(Collectors.toMap(result -> result.vector().toString(), Result::verdict, (a, b) -> a, TreeMap::new));
        return new Run(verdicts, captured.toString(StandardCharsets.UTF_8));
    }
}
