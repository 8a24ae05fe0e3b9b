package dev.suitcase.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external adapter for the fault-injection tests, run with the test JVM's {@code java} through
 * {@code process:}: it claims to verify ES256 COSE messages, answers every request {@code reject}, and meets
 * the fault its first argument names once the number of requests its second argument gives has been
 * answered. Dependency-free, so it starts fast.
 *
 * <ul>
 *   <li>{@code kill-once MARKER N}: on request N + 1, unless MARKER exists, creates MARKER and kills itself
 *       with SIGKILL, so the restarted program answers everything;</li>
 *   <li>{@code kill-on MARKER N}: request N + 1 of the first life is the fatal one: its id is written to
 *       MARKER and the program kills itself with SIGKILL whenever that id comes, in every life;</li>
 *   <li>{@code mutate FILE N}: on request N + 1 overwrites FILE (a vector of the corpus being run) with
 *       bytes that are not JSON, then answers on.</li>
 * </ul>
 */
public final class FaultyProgram {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");

    private FaultyProgram() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String fault = args[0];
        Path file = Path.of(args[1]);
        int answered = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int requests = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String type = group(TYPE, line);
            if ("hello".equals(type)) {
                out.println("{\"type\":\"hello\",\"protocol\":1,\"ics\":{\"implementation\":\"faulty program\","
                        + "\"version\":\"1\",\"layers\":[\"cose\"],\"algorithms\":[\"ES256\"],\"operations\":[\"verify\"]}}");
                continue;
            }
            if ("bye".equals(type)) {
                return;
            }
            String id = group(ID, line);
            requests++;
            switch (fault) {
                case "kill-once" -> {
                    if (requests > answered && !Files.exists(file)) {
                        Files.createFile(file);
                        killSelf();
                    }
                }
                case "kill-on" -> {
                    if (requests == answered + 1 && !Files.exists(file)) {
                        Files.writeString(file, id);
                    }
                    if (Files.exists(file) && Files.readString(file).equals(id)) {
                        killSelf();
                    }
                }
                case "mutate" -> {
                    if (requests == answered + 1) {
                        Files.writeString(file, "this vector was changed during the run");
                    }
                }
                default -> throw new IllegalArgumentException("unknown fault " + fault);
            }
            out.println("{\"id\":\"" + id + "\",\"outcome\":\"reject\",\"reason\":\"SIGNATURE_INVALID\"}");
        }
    }

    /** SIGKILL to this very process: nothing runs after it, no shutdown hook, no flush. */
    private static void killSelf() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
        Thread.sleep(60_000);
        throw new IllegalStateException("SIGKILL did not end the program");
    }

    /** The {@code process:} command line that runs this program with {@code fault} on {@code file} after {@code answered}. */
    static String command(String fault, Path file, int answered) {
        return GarbageProducer.command(FaultyProgram.class) + " " + fault + " '" + file + "' " + answered;
    }

    private static String group(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }
}
