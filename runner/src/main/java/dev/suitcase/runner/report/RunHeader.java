package dev.suitcase.runner.report;

import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.score.InteropScore;
import dev.suitcase.runner.score.Score;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;

import java.time.Duration;
import java.util.Objects;

/**
 * What a report is about, at its top: the suite and corpus, the options, when the run was, and
 * the warnings that change how everything below reads.
 *
 * @param suiteVersion    the suite's version
 * @param corpusVersion   the corpus version
 * @param corpusDigest    the corpus digest
 * @param corpusMismatch  whether the corpus given to the report is not the one the run used; the
 *                        titles and inputs shown may then not be what was run
 * @param options         the run's options as on the command line, or {@code none (the whole corpus)}
 * @param started         when the run started, ISO-8601
 * @param finished        when it finished, or {@code did not finish}
 * @param complete        whether it finished
 * @param took            how long it took, e.g. {@code 3 min 2 s}; empty when it did not finish
 * @param vectors         how many vectors have a result
 * @param results         how many results
 * @param adapters        how many adapters
 * @param interop         the interop score in words, empty with fewer than two adapters
 * @param suiteErrors     how many results are ERROR: the suite failed, not the adapter
 */
public record RunHeader(String suiteVersion, String corpusVersion, String corpusDigest, boolean corpusMismatch,
                        String options, String started, String finished, boolean complete, String took, int vectors,
                        int results, int adapters, String interop, int suiteErrors) {

    public RunHeader {
        Objects.requireNonNull(suiteVersion, "suiteVersion");
        Objects.requireNonNull(interop, "interop");
    }

    public static RunHeader of(Results results, Corpus corpus) {
        CorpusInfo used = results.run().corpus();
        String options = results.run().options().asArguments();
        long vectors = results.results().stream().map(Result::vector).distinct().count();
        int suiteErrors = (int) results.results().stream().filter(result -> result.verdict().isSuiteError()).count();
        return new RunHeader(results.run().suiteVersion(), used.version(), used.digest(),
                !used.digest().equals(corpus.digest()), options.isEmpty() ? "none (the whole corpus)" : options,
                results.run().startedAt().toString(),
                results.run().finishedAt().map(Object::toString).orElse("did not finish"), results.run().complete(),
                results.run().finishedAt().map(end -> took(Duration.between(results.run().startedAt(), end))).orElse(""),
                (int) vectors, results.results().size(), results.run().adapters().size(),
                results.run().adapters().size() < 2 ? "" : interop(results.scores().interop()), suiteErrors);
    }

    private static String took(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    private static String interop(InteropScore score) {
        if (score.commonVectors() == 0) {
            return "no vector was scored on every adapter, so the adapters have no common ground to agree on";
        }
        ScoreFigure figure = ScoreFigure.of("interop", new Score(score.allPass(), score.commonVectors()));
        return figure.percent() + ": every adapter passes " + score.allPass() + " of the " + score.commonVectors()
                + " vectors all of them were scored on (" + score.outsideCommonGround()
                + " more were outside some adapter's statement, INFO, or not scored)";
    }
}
