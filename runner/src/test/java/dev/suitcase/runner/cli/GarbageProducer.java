package dev.suitcase.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external producer for the matrix command tests, run as its own program with the test JVM's
 * {@code java} through {@code process:}: it speaks the batch protocol, claims to sign ES256, and
 * answers every sign request with {@code 107({})}, an envelope with neither authentication wrapper
 * nor manifest. Dependency-free, so it starts fast.
 */
public final class GarbageProducer {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");

    private GarbageProducer() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String type = group(TYPE, line);
            if ("hello".equals(type)) {
                out.println("{\"type\":\"hello\",\"protocol\":1,\"ics\":{\"implementation\":\"garbage producer\","
                        + "\"version\":\"1\",\"layers\":[\"suit\"],\"algorithms\":[\"ES256\"],\"operations\":[\"sign\"]}}");
            } else if ("sign".equals(type)) {
                out.println("{\"id\":\"" + group(ID, line) + "\",\"envelope\":\"d86ba0\"}");
            } else if ("bye".equals(type)) {
                return;
            }
        }
    }

    /** The {@code process:} command line that runs this program. */
    static String command() {
        return command(GarbageProducer.class);
    }

    /** The {@code process:} command line that runs the {@code main} of {@code program}, a class of the test classes. */
    static String command(Class<?> program) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            String classes = Path.of(program.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return "process:" + quote(java) + " -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -cp "
                    + quote(classes) + " " + program.getName();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String group(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }
}
