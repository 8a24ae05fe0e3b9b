package dev.suitcase.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external adapter for the tests of blame, run with the test JVM's {@code java} through
 * {@code process:}: it claims to verify ES256 at the cose layer and rejects every request, once,
 * or twice with the argument {@code twice} (a protocol violation of the adapter, never of a
 * request). Dependency-free, so it starts fast.
 */
public final class DoubleAnswerer {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");

    private DoubleAnswerer() {
    }

    public static void main(String[] args) throws IOException {
        int answers = args.length > 0 && args[0].equals("twice") ? 2 : 1;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.contains("\"type\":\"hello\"")) {
                out.println("{\"type\":\"hello\",\"protocol\":1,\"ics\":{\"implementation\":\"double answerer\","
                        + "\"version\":\"1\",\"layers\":[\"cose\"],\"algorithms\":[\"ES256\"],\"operations\":[\"verify\"]}}");
            } else if (line.contains("\"type\":\"bye\"")) {
                return;
            } else {
                Matcher id = ID.matcher(line);
                if (id.find()) {
                    for (int i = 0; i < answers; i++) {
                        out.println("{\"id\":\"" + id.group(1) + "\",\"outcome\":\"reject\"}");
                    }
                }
            }
        }
    }

    /** The {@code process:} command line that runs this program, answering {@code answers} ({@code once} or {@code twice}). */
    static String command(String answers) {
        return GarbageProducer.command(DoubleAnswerer.class) + " " + answers;
    }
}
