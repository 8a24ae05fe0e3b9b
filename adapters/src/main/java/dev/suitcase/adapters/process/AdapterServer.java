package dev.suitcase.adapters.process;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SignOutcome;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves one of the suite's JVM adapters over the batch protocol (adapters/PROTOCOL.md) on stdin and
 * stdout, so that it runs in a JVM of its own: on another JDK than the runner's, which is how
 * {@code adapters/jvm/run} runs the {@code jdk} adapter on a newer JDK (adapters/jvm/README.md).
 *
 * <pre>java -cp suitcase.jar dev.suitcase.adapters.process.AdapterServer jdk</pre>
 *
 * The adapter is a built-in JVM adapter or a {@code java:} class ({@link AdapterRegistry}). Requests are
 * answered one at a time, in order. A line that is not a JSON object, or has no id, is answered
 * {@code {"type":"error"}}; a request whose fields are broken, {@code unsupported} naming the field. When the
 * adapter itself fails on a request (its outcome is a crash), the server writes why on stderr and exits
 * with status {@value #ADAPTER_FAILED}, so the runner records that request as CRASH, as it would for any
 * program that dies on it.
 */
public final class AdapterServer {
    /** The exit status after the served adapter failed on a request. */
    static final int ADAPTER_FAILED = 70;
    private static final int USAGE = 2;

    private final Adapter adapter;
    private final PrintStream err;

    /** Serves {@code adapter}, writing why it failed, when it does, on {@code err}. */
    AdapterServer(Adapter adapter, PrintStream err) {
        this.adapter = adapter;
        this.err = err;
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].startsWith("process")) {
            System.err.println("adapter server: give one JVM adapter, e.g. jdk (a built-in name or java:<class name>)");
            System.exit(USAGE);
        }
        Adapter adapter;
        try {
            adapter = AdapterRegistry.of(ProcessSettings.defaults(Path.of("").toAbsolutePath()), Map.of()).open(args[0]);
        } catch (AdapterException unknown) {
            System.err.println("adapter server: " + unknown.getMessage());
            System.exit(USAGE);
            return;
        }
        int status;
        try (adapter) {
            status = new AdapterServer(adapter, System.err).serve(System.in, System.out);
        }
        System.exit(status);
    }

    /**
     * Answers every line of {@code in} on {@code out} until bye or the end of the input; returns the exit
     * status: 0, or {@value #ADAPTER_FAILED} when the adapter failed on a request.
     */
    int serve(InputStream in, OutputStream out) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode message;
                try {
                    message = WireMessages.parse(line.getBytes(StandardCharsets.UTF_8));
                } catch (JacksonException notJson) {
                    write(out, WireMessages.error("the line is not JSON: " + notJson.getOriginalMessage()));
                    continue;
                }
                String type = message.path("type").isString() ? message.get("type").stringValue() : "";
                if (type.equals("bye")) {
                    return 0;
                }
                if (!message.isObject()) {
                    write(out, WireMessages.error("the line is not a JSON object"));
                } else if (type.equals("hello")) {
                    write(out, WireMessages.hello(adapter.describe()));
                } else if (!message.path("id").isString() || message.get("id").stringValue().isBlank()) {
                    write(out, WireMessages.error("the request has no id (a non-empty string)"));
                } else {
                    ObjectNode answer = answer(type, message);
                    if (answer == null) {
                        return ADAPTER_FAILED;
                    }
                    write(out, answer);
                }
            }
            return 0;
        } catch (IOException broken) {
            throw new UncheckedIOException("adapter server: stdin or stdout failed", broken);
        }
    }

    /** The answer to one request with an id; null after the adapter failed on it (written to stderr). */
    private ObjectNode answer(String type, JsonNode message) {
        String id = message.get("id").stringValue();
        try {
            if (type.equals("verify")) {
                AdapterOutcome outcome = adapter.verify(WireMessages.verifyRequest(message));
                if (!outcome.kind().answered()) {
                    err.println("adapter server: " + adapter.describe().implementation() + " failed on " + id + ": " + outcome);
                    return null;
                }
                return WireMessages.answer(id, outcome);
            }
            if (type.equals("sign")) {
                SignOutcome outcome = adapter.sign(WireMessages.signRequest(message));
                if (outcome.kind() != SignOutcome.Kind.SIGNED && outcome.kind() != SignOutcome.Kind.UNSUPPORTED) {
                    err.println("adapter server: " + adapter.describe().implementation() + " failed on " + id + ": " + outcome);
                    return null;
                }
                return WireMessages.answer(id, outcome);
            }
            return WireMessages.answer(id, AdapterOutcome.unsupported("unknown request type '" + type
                    + "'; PROTOCOL.md has verify and sign"));
        } catch (IllegalArgumentException broken) {
            return WireMessages.answer(id, AdapterOutcome.unsupported(broken.getMessage()));
        }
    }

    private static void write(OutputStream out, JsonNode message) throws IOException {
        out.write(WireMessages.line(message));
        out.flush();
    }
}
