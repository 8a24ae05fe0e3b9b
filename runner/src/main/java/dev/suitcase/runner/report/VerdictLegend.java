package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Verdict;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the reports show each verdict: the colour class of report.html's stylesheet, a short code
 * for matrix cells, and the meaning the legend gives (vectors/README.md, "Outcomes and verdicts").
 *
 * @param verdict the verdict
 * @param css     its class in report.html, {@code v-} and the verdict's name
 * @param code    at most five characters, shown in a matrix cell
 * @param meaning when the verdict is given and how it counts
 */
public record VerdictLegend(Verdict verdict, String css, String code, String meaning) {
    /** The class of a matrix cell with no result: the run did not reach that vector on that adapter. */
    public static final String NO_RESULT_CSS = "v-none";
    /** The code of such a cell. */
    public static final String NO_RESULT_CODE = "·";

    private static final List<VerdictLegend> ALL = Arrays.stream(Verdict.values()).map(VerdictLegend::describe).toList();

    public VerdictLegend {
        Objects.requireNonNull(verdict, "verdict");
    }

    public static VerdictLegend of(Verdict verdict) {
        return ALL.get(verdict.ordinal());
    }

    /** Every verdict, in {@link Verdict} order. */
    public static List<VerdictLegend> all() {
        return ALL;
    }

    private static VerdictLegend describe(Verdict verdict) {
        String css = "v-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (verdict) {
            case PASS -> new VerdictLegend(verdict, css, "✓",
                    "the outcome matches the expectation; a rejection names the expected reason or none");
            case PASS_OTHER_REASON -> new VerdictLegend(verdict, css, "✓r",
                    "rejected as required, for another reason than the expected one; a pass, listed so the reason can be checked");
            case FAIL_ACCEPTED -> new VerdictLegend(verdict, css, "ACC",
                    "a must-reject vector was accepted: a security failure, as serious as the vector's severity");
            case FAIL_REJECTED -> new VerdictLegend(verdict, css, "REJ",
                    "a must-accept vector was rejected: an interoperability failure");
            case ADVISORY -> new VerdictLegend(verdict, css, "ADV",
                    "a vector the suite recommends rejecting was accepted; the rejection rests on a recipient SHOULD, a "
                            + "producer rule or a hardening choice, not a MUST: not a security failure, a failure only under "
                            + "--fail-on advisory");
            case INFO -> new VerdictLegend(verdict, css, "i",
                    "the specifications allow either answer; the outcome is recorded, not scored");
            case NOT_APPLICABLE -> new VerdictLegend(verdict, css, "–",
                    "the adapter's conformance statement excludes the vector's layer, algorithm or size; not sent, not scored");
            case UNSUPPORTED -> new VerdictLegend(verdict, css, "UNS",
                    "the adapter answered unsupported although its statement covers the vector; a failure unless "
                            + "--allow-unimplemented, counted per adapter, layer and algorithm rather than at the vector's severity");
            case TIMEOUT -> new VerdictLegend(verdict, css, "T/O",
                    "no answer within the time limit: a failure");
            case CRASH -> new VerdictLegend(verdict, css, "CRASH",
                    "the adapter or its program died, or broke the protocol: a failure");
            case ERROR -> new VerdictLegend(verdict, css, "ERR",
                    "the suite itself failed on this vector; never blamed on the adapter (exit status 3)");
        };
    }
}
