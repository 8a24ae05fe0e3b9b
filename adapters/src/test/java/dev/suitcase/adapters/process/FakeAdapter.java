package dev.suitcase.adapters.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile external adapter for the process adapter tests, run as its own program with the test
 * JVM's {@code java}. It speaks the batch protocol, and each request's id says how to misbehave:
 * the word before the first '-' picks the behaviour ({@code accept-3}, {@code crash-10}, ...).
 * The first argument picks how it handles hello, and two modes misbehave on every request:
 * {@code twice} answers every request twice, {@code unsolicited} also sends answers for ids never
 * asked, from a thread of their own at random moments. Dependency-free, so it starts fast.
 */
public final class FakeAdapter {
    static final String ICS = "{\"implementation\":\"fake\",\"version\":\"1\",\"layers\":[\"signature\",\"cose\"],"
            + "\"algorithms\":[\"ES256\",\"EdDSA\"],\"operations\":[\"verify\",\"sign\"]}";
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");

    private FakeAdapter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args.length > 0 ? args[0] : "batch";
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String type = group(TYPE, line);
            if ("hello".equals(type)) {
                hello(mode, out);
                continue;
            }
            if ("bye".equals(type)) {
                System.exit(0);
            }
            String id = group(ID, line);
            String behaviour = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
            answer(behaviour, id, out);
            if (mode.equals("twice")) {
                answer(behaviour, id, out);
            }
        }
    }

    /** Sends answers for ids never asked, at random moments a few milliseconds apart, until the program ends. */
    private static void unsolicited(PrintStream out) {
        Thread ghosts = new Thread(() -> {
            Random random = new Random();
            try {
                for (int i = 0; ; i++) {
                    Thread.sleep(random.nextInt(8));
                    send(out, "{\"id\":\"ghost-" + i + "\",\"outcome\":\"" + (random.nextBoolean() ? "accept" : "reject") + "\"}");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ghosts");
        ghosts.setDaemon(true);
        ghosts.start();
    }

    private static void hello(String mode, PrintStream out) throws IOException {
        if (mode.startsWith("once:")) {
            Path marker = Path.of(mode.substring("once:".length()));
            if (Files.exists(marker)) {
                mode = "exit-at-hello";
            } else {
                Files.createFile(marker);
                mode = "batch";
            }
        }
        switch (mode) {
            case "exit-at-hello" -> {
                System.err.println("fake adapter: no hello today");
                System.exit(3);
            }
            case "protocol-2" -> send(out, "{\"type\":\"hello\",\"protocol\":2,\"ics\":" + ICS + "}");
            case "bad-ics" -> send(out, "{\"type\":\"hello\",\"protocol\":1,\"ics\":{\"implementation\":\"fake\","
                    + "\"version\":\"1\",\"algorithms\":[\"ES256\"],\"operations\":[\"verify\"],\"colour\":\"blue\"}}");
            default -> send(out, "{\"type\":\"hello\",\"protocol\":1,\"ics\":" + ICS + "}");
        }
        if (mode.equals("unsolicited")) {
            unsolicited(out);
        }
    }

    private static void answer(String behaviour, String id, PrintStream out) throws IOException, InterruptedException {
        switch (behaviour) {
            case "accept" -> send(out, "{\"id\":\"" + id + "\",\"outcome\":\"accept\"}");
            case "reject" -> send(out, "{\"id\":\"" + id + "\",\"outcome\":\"reject\",\"reason\":\"SIGNATURE_INVALID\","
                    + "\"detail\":\"fake says no\"}");
            case "unsupported" -> send(out, "{\"id\":\"" + id + "\",\"outcome\":\"unsupported\"}");
            case "talk" -> {
                System.err.println("fake adapter: working on " + id);
                System.err.flush();
                Thread.sleep(50);
                send(out, "{\"id\":\"" + id + "\",\"outcome\":\"accept\"}");
            }
            case "slowtalk" -> {
                Thread.sleep(300);
                System.err.println("fake adapter: working on " + id);
                System.err.flush();
                send(out, "{\"id\":\"" + id + "\",\"outcome\":\"accept\"}");
            }
            case "crash" -> {
                System.err.println("fake adapter: dying on " + id);
                System.exit(3);
            }
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "garbage" -> send(out, "this is not JSON at all");
            case "huge" -> {
                byte[] chunk = new byte[1024 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                OutputStream raw = System.out;
                for (int i = 0; i < 100; i++) {
                    raw.write(chunk);
                }
                raw.write('\n');
                raw.flush();
            }
            case "unknown" -> send(out, "{\"id\":\"not-" + id + "\",\"outcome\":\"accept\"}");
            case "flood" -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'e');
                for (int i = 0; i < 160; i++) {
                    System.err.write(chunk);
                }
                System.err.flush();
                send(out, "{\"id\":\"" + id + "\",\"outcome\":\"accept\"}");
            }
            case "badreason" -> send(out, "{\"id\":\"" + id + "\",\"outcome\":\"reject\",\"reason\":\"NOPE\"}");
            case "sign" -> send(out, "{\"id\":\"" + id + "\",\"envelope\":\"d86ba0\"}");
            default -> send(out, "{\"id\":\"" + id + "\",\"outcome\":\"maybe\"}");
        }
    }

    private static void send(PrintStream out, String line) {
        synchronized (out) {
            out.print(line);
            out.print('\n');
            out.flush();
        }
    }

    private static String group(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? matcher.group(1) : "";
    }
}
