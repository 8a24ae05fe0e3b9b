package dev.suitcase.runner.report;

import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one adapter answered for a vector, and the verdict, in a vector's detail.
 *
 * @param adapter     the adapter
 * @param legend      the verdict and how it is shown
 * @param expected    the expectation under the adapter's profiles, e.g. {@code accept under ed25519-zip215}
 * @param outcome     what it answered, e.g. {@code reject SIGNATURE_INVALID at bytes 57+64} (offset+length of
 *                    the bytes it blames, when it said), or {@code no outcome}
 * @param detail      the implementation's or adapter's text, cut to {@value #TEXT_LIMIT} characters
 * @param stderr      what its program wrote to stderr meanwhile, cut likewise; may be empty
 * @param duration    how long it took, e.g. {@code 1.234 ms}, or empty when not measured
 * @param explanation the verdict's explanation
 */
public record AdapterAnswer(String adapter, VerdictLegend legend, String expected, String outcome, Excerpt detail,
                            Excerpt stderr, String duration, String explanation) {
    /** The longest detail or stderr shown; results.json keeps them whole. */
    public static final int TEXT_LIMIT = 2_000;

    public AdapterAnswer {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
    }

    public static AdapterAnswer of(Result result) {
        String outcome = result.outcome().map(kind -> ResultsJson.outcomeName(kind)
                + result.reason().map(reason -> " " + reason.name()).orElse("")
                + result.location().map(range -> " at bytes " + range.offset() + "+" + range.length()).orElse(""))
                .orElse("no outcome");
        return new AdapterAnswer(result.adapter(), VerdictLegend.of(result.verdict()), result.expected().describe(),
                outcome, Excerpt.of(result.detail(), TEXT_LIMIT), Excerpt.of(result.stderr(), TEXT_LIMIT),
                result.duration().map(AdapterAnswer::duration).orElse(""), result.explanation());
    }

    /** Whether the answer is a plain PASS, whose explanation adds nothing to the outcome. */
    public boolean plainPass() {
        return legend.verdict() == Verdict.PASS;
    }

    private static String duration(Duration took) {
        return String.format(Locale.ROOT, "%.3f ms", took.toNanos() / 1e6);
    }
}
