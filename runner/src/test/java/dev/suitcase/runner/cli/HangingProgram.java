package dev.suitcase.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An external adapter for the tests of hung programs, run with the test JVM's {@code java} through
 * {@code process:}: it answers the hello, claiming to verify and sign ES256 at every layer, then
 * never answers a request, verify or sign, and exits on bye. Dependency-free, so it starts fast.
 */
public final class HangingProgram {
    private HangingProgram() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.contains("\"type\":\"hello\"")) {
                out.println("{\"type\":\"hello\",\"protocol\":1,\"ics\":{\"implementation\":\"hanging program\","
                        + "\"version\":\"1\",\"layers\":[\"signature\",\"cose\",\"suit\"],\"algorithms\":[\"ES256\"],"
                        + "\"operations\":[\"verify\",\"sign\"]}}");
            } else if (line.contains("\"type\":\"bye\"")) {
                return;
            }
        }
    }

    /** The {@code process:} command line that runs this program. */
    static String command() {
        return GarbageProducer.command(HangingProgram.class);
    }
}
