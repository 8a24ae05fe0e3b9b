package dev.suitcase.adapters.process;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An external adapter program driven over the JSON Lines batch protocol ({@code process:<command
 * line>}, adapters/PROTOCOL.md). The program is started once, greeted with hello, and sent up to
 * {@link ProcessSettings#window()} requests at a time; answers may come in any order.
 *
 * <p>A program that misbehaves costs only the requests it fails on, and never hangs the run:
 * <ul>
 *   <li><b>Crash or broken session</b> (it exits, writes a line that is not a JSON object, a line
 *       over the length cap, or an answer without a string id): the program is killed and
 *       restarted. The requests that were in flight are re-run one at a time on the new program;
 *       each one that brings the program down again on its own is CRASH, with what happened, and the
 *       others get their real answers (PROTOCOL.md, "Pipelining and blame").</li>
 *   <li><b>Timeout</b>: the oldest request in flight is TIMEOUT when no answer at all has come for
 *       {@link ProcessSettings#requestTimeout()} since it was sent; the program, stuck on it, is
 *       killed and restarted, and the other requests in flight are sent again.</li>
 *   <li>An answer with a bad {@code outcome} or an unknown {@code reason} costs its own request only
 *       ({@link AdapterOutcome.Kind#PROTOCOL_VIOLATION}).</li>
 *   <li>An answer for an id already answered, or for an id never asked, cannot be tied to a request:
 *       it is a protocol violation of the adapter, counted once in its {@link #notes()}, and ignored;
 *       the requests in flight keep waiting for their own answers.</li>
 *   <li>stderr is attributed to the request in flight when it arrives while that request is the only
 *       one, capped per request; stderr that arrives while several are in flight is the adapter's
 *       ({@link #notes()}), since it cannot be tied to one of them.</li>
 *   <li>After {@link ProcessSettings#maxRestartFailures()} failed restarts in a row, every remaining
 *       request is CRASH at once.</li>
 * </ul>
 * All state is owned by one driver thread that reacts to {@link DriverEvent}s; callers only enqueue.
 *
 * <p>No process the program starts outlives the adapter: at bye its whole tree (the program and its
 * descendants, taken while it lives, since the children of an exited program are reparented) is
 * asked to terminate and then killed after a grace period; on a crash, timeout or restart the tree
 * is killed at once. Java has no portable process groups ({@code setsid} is not everywhere), so a
 * descendant that detached itself from the tree before it was taken (a daemon's double fork) is out
 * of reach.
 */
public final class ProcessAdapter implements Adapter {
    private static final Duration EXIT_STATUS_WAIT = Duration.ofMillis(500);
    private static final long IDLE_POLL_MILLIS = 60_000;
    /** How long the processes left after bye have to terminate before they are killed. */
    private static final Duration TREE_GRACE = Duration.ofSeconds(1);

    private final String label;
    private final CommandLine command;
    private final ProcessSettings settings;
    private final BlockingQueue<DriverEvent> events;
    private final Ics ics;
    private final Thread driver;
    /** Kills the program if the JVM exits without closing the adapter, so no adapter program outlives the run. */
    private final Thread reaper;
    private boolean closed;
    private final AdapterNotes notes = new AdapterNotes();

    // Driver-owned state.
    private volatile AdapterProgram program;
    private int generation;
    private final Deque<Exchange> waiting = new ArrayDeque<>();
    private final Deque<Exchange> suspects = new ArrayDeque<>();
    private final Map<String, Exchange> inFlight = new LinkedHashMap<>();
    /** Every id answered so far, to tell a second answer from an answer to an id never asked. */
    private final Set<String> answered = new HashSet<>();
    private long lastProgress;
    private int restartFailures;
    private String gaveUp;
    private final List<DriverEvent> deferred = new ArrayList<>();

    private ProcessAdapter(String label, CommandLine command, ProcessSettings settings, BlockingQueue<DriverEvent> events,
                           AdapterProgram program, Ics ics) {
        this.label = label;
        this.command = command;
        this.settings = settings;
        this.events = events;
        this.program = program;
        this.generation = program.generation();
        this.ics = ics;
        this.driver = new Thread(this::drive, "suitcase-adapter-driver-" + program.pid());
        this.driver.setDaemon(true);
        this.reaper = new Thread(() -> {
            AdapterProgram running = this.program;
            if (running != null) {
                running.kill();
            }
        }, "suitcase-adapter-reaper-" + program.pid());
    }

    /**
     * Starts {@code commandLine} (split shell-like, a relative program path resolved against the
     * base directory), completes the handshake and returns the running adapter; throws an
     * {@link AdapterException} saying why it cannot be used (program missing, no hello, another
     * protocol version, an invalid conformance statement), with what it wrote to stderr.
     */
    public static ProcessAdapter start(String commandLine, ProcessSettings settings) {
        String label = "process:" + commandLine;
        CommandLine command = resolve(commandLine, settings, label);
        BlockingQueue<DriverEvent> events = new LinkedBlockingQueue<>();
        Handshake first;
        try {
            first = handshake(label, command, settings, 1, events, new ArrayList<>());
        } catch (HandshakeFailure failure) {
            throw new AdapterException("adapter " + label + " cannot be used: " + failure.getMessage());
        }
        ProcessAdapter adapter = new ProcessAdapter(label, command, settings, events, first.program(), first.ics());
        Runtime.getRuntime().addShutdownHook(adapter.reaper);
        adapter.driver.start();
        return adapter;
    }

    static CommandLine resolve(String commandLine, ProcessSettings settings, String label) {
        CommandLine command;
        try {
            command = CommandLine.parse(commandLine).resolvedAgainst(settings.baseDirectory());
        } catch (IllegalArgumentException malformed) {
            throw new AdapterException("adapter " + label + ": " + malformed.getMessage());
        }
        Path program = Path.of(command.words().get(0));
        if (program.isAbsolute() && !Files.isExecutable(program)) {
            throw new AdapterException("adapter " + label + ": the program " + program + (Files.exists(program)
                    ? " is not executable (chmod +x it)" : " does not exist (relative paths resolve against "
                    + settings.baseDirectory() + ")"));
        }
        return command;
    }

    @Override
    public Ics describe() {
        return ics;
    }

    /**
     * What the program did that no single request is charged with, one line each: answers for ids
     * already answered or never asked (protocol violations of the adapter), stderr written while
     * several requests were in flight. Complete once the adapter is closed.
     */
    @Override
    public List<String> notes() {
        return notes.lines();
    }

    @Override
    public AdapterOutcome verify(VerifyRequest request) {
        return verifyAsync(request).join();
    }

    @Override
    public CompletableFuture<AdapterOutcome> verifyAsync(VerifyRequest request) {
        if (!ics.layers().contains(request.layer())) {
            return CompletableFuture.completedFuture(AdapterOutcome.unsupported(ics.implementation()
                    + " does not implement layer " + request.layer().wireName() + "; the request was not sent"));
        }
        Exchange.Verify exchange = new Exchange.Verify(request.id(), WireMessages.line(WireMessages.verify(request)));
        if (!submit(exchange)) {
            return CompletableFuture.completedFuture(AdapterOutcome.crash("adapter " + label + " is closed"));
        }
        return exchange.result;
    }

    @Override
    public SignOutcome sign(SignRequest request) {
        if (!ics.signs(request.algorithm())) {
            return SignOutcome.unsupported(ics.implementation() + " does not sign with " + request.algorithm()
                    + " (its statement lists operations " + ics.operations() + " and algorithms " + ics.algorithms()
                    + "); the request was not sent");
        }
        Exchange.Sign exchange = new Exchange.Sign(request.id(), WireMessages.line(WireMessages.sign(request)));
        if (!submit(exchange)) {
            return SignOutcome.crash("adapter " + label + " is closed");
        }
        return exchange.result.join();
    }

    private synchronized boolean submit(Exchange exchange) {
        if (closed) {
            return false;
        }
        events.add(new DriverEvent.Submitted(exchange));
        return true;
    }

    /**
     * Fails what is still pending as CRASH, says bye, and kills the program if it has not exited
     * within the grace period. Returns within a bounded time whatever the program does.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            events.add(new DriverEvent.CloseRequested());
        }
        try {
            driver.join(settings.closeGrace().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AdapterProgram last = program;
        if (driver.isAlive() && last != null) {
            last.kill(); // the driver is stuck in a restart handshake; its program must not outlive the run
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs and kills whatever is left
        }
    }

    // ---- the driver thread ----

    private void drive() {
        boolean busy = true;
        try {
            while (true) {
                expireIfDue();
                dispatch();
                DriverEvent event = nextEvent();
                if (event instanceof DriverEvent.CloseRequested) {
                    break;
                }
                if (event != null) {
                    handle(event);
                }
            }
            busy = !inFlight.isEmpty();
            failAll("adapter " + label + " was closed before it answered");
        } catch (RuntimeException | Error internal) {
            failAll("internal error of the process adapter: " + internal);
        } finally {
            shutDown(busy);
        }
    }

    private DriverEvent nextEvent() {
        if (!deferred.isEmpty()) {
            return deferred.remove(0);
        }
        long wait = inFlight.isEmpty() ? IDLE_POLL_MILLIS
                : Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline() - System.nanoTime()) + 1);
        try {
            return events.poll(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DriverEvent.CloseRequested();
        }
    }

    private void handle(DriverEvent event) {
        if (event instanceof DriverEvent.Submitted submitted) {
            waiting.add(submitted.exchange());
            return;
        }
        ProgramEvent programEvent = (ProgramEvent) event;
        if (program == null || programEvent.generation() != program.generation()) {
            return; // from a program already replaced
        }
        if (programEvent instanceof ProgramEvent.Line line) {
            answer(line.bytes());
        } else if (programEvent instanceof ProgramEvent.Overlong overlong) {
            crash("wrote a stdout line longer than the limit of " + overlong.limit() + " bytes", false);
        } else if (programEvent instanceof ProgramEvent.EndOfOutput) {
            crash("closed its stdout", true);
        } else if (programEvent instanceof ProgramEvent.WriteFailed failed) {
            crash("stopped reading its stdin (" + failed.message() + ")", true);
        }
    }

    private void answer(byte[] line) {
        JsonNode answer;
        try {
            answer = WireMessages.parse(line);
        } catch (JacksonException notJson) {
            crash("wrote a stdout line that is not JSON: " + WireMessages.excerpt(line) + " ("
                    + notJson.getOriginalMessage() + "); every stdout line must be one JSON object (write logs to stderr)",
                    false);
            return;
        }
        if (!answer.isObject()) {
            crash("wrote a stdout line that is not a JSON object: " + WireMessages.excerpt(line), false);
            return;
        }
        JsonNode id = answer.get("id");
        if (id == null || !id.isString()) {
            crash("wrote an answer without a string id: " + WireMessages.excerpt(line), false);
            return;
        }
        Exchange exchange = inFlight.remove(id.stringValue());
        if (exchange == null) {
            // not tied to any request in flight: the adapter's violation, and no reason to doubt the others
            if (answered.contains(id.stringValue())) {
                notes.repeatedAnswer(WireMessages.cut(id.toString()));
            } else {
                notes.unaskedAnswer(WireMessages.cut(id.toString()));
            }
            return;
        }
        answered.add(exchange.id);
        long now = System.nanoTime();
        lastProgress = now;
        exchange.answer(answer, program.stderr().take(exchange), exchange.took(now));
    }

    /**
     * The program broke down: kill it; the only request in flight is CRASH, several become suspects
     * to be re-run one at a time.
     *
     * @param exiting whether the program seems to be exiting, so its exit status is worth a short wait
     */
    private void crash(String what, boolean exiting) {
        AdapterProgram broken = program;
        String summary = exiting ? what + "; the program " + broken.exitSummary(EXIT_STATUS_WAIT) : what;
        broken.kill();
        retire(broken);
        List<Exchange> flight = new ArrayList<>(inFlight.values());
        inFlight.clear();
        long now = System.nanoTime();
        if (flight.size() == 1) {
            Exchange culprit = flight.get(0);
            culprit.fail(Exchange.Failure.CRASH, "adapter program " + summary, broken.stderr().take(culprit),
                    culprit.took(now));
            return;
        }
        for (Exchange exchange : flight) {
            broken.stderr().take(exchange);
            exchange.suspect(what);
            suspects.add(exchange);
        }
    }

    private void expireIfDue() {
        if (inFlight.isEmpty() || System.nanoTime() < deadline()) {
            return;
        }
        Iterator<Exchange> oldestFirst = inFlight.values().iterator();
        Exchange oldest = oldestFirst.next();
        oldestFirst.remove();
        AdapterProgram stuck = program;
        long now = System.nanoTime();
        oldest.fail(Exchange.Failure.TIMEOUT, "no answer within " + settings.requestTimeout().toMillis()
                        + " ms, during which the adapter answered nothing else; the program was killed and restarted",
                stuck.stderr().take(oldest), oldest.took(now));
        stuck.kill();
        retire(stuck);
        List<Exchange> innocent = new ArrayList<>(inFlight.values());
        inFlight.clear();
        for (int i = innocent.size() - 1; i >= 0; i--) {
            stuck.stderr().take(innocent.get(i));
            waiting.addFirst(innocent.get(i));
        }
    }

    /** The moment the oldest request in flight times out: its timeout, counted from its sending or the last answer. */
    private long deadline() {
        long oldestSent = inFlight.values().iterator().next().sentAt();
        return Math.max(oldestSent, lastProgress) + settings.requestTimeout().toNanos();
    }

    /**
     * Sends what may be sent: suspects one at a time and alone, otherwise waiting requests up to the
     * window (a request whose id is already in flight waits for it). Each failed restart costs one
     * request, so this ends.
     */
    private void dispatch() {
        while (true) {
            if (gaveUp != null) {
                failQueued(gaveUp);
                return;
            }
            if (!suspects.isEmpty()) {
                if (!inFlight.isEmpty()) {
                    return;
                }
                if (ensureProgram(suspects)) {
                    send(suspects.removeFirst());
                    return;
                }
                continue;
            }
            if (inFlight.size() >= settings.window()) {
                return;
            }
            Exchange next = waiting.stream().filter(e -> !inFlight.containsKey(e.id)).findFirst().orElse(null);
            if (next == null) {
                return;
            }
            waiting.remove(next);
            waiting.addFirst(next);
            if (ensureProgram(waiting)) {
                send(waiting.removeFirst());
            }
        }
    }

    private void send(Exchange exchange) {
        long now = System.nanoTime();
        if (inFlight.isEmpty()) {
            lastProgress = now;
        }
        exchange.sent(now);
        program.stderr().register(exchange);
        inFlight.put(exchange.id, exchange);
        program.send(exchange.line);
    }

    /**
     * Makes sure a program runs, restarting it if needed. When the restart fails, the request at the
     * head of {@code queue}, which needed it, is CRASH with why; the caller tries again for the next.
     */
    private boolean ensureProgram(Deque<Exchange> queue) {
        if (program != null) {
            return true;
        }
        try {
            Handshake restarted = handshake(label, command, settings, ++generation, events, deferred);
            if (!restarted.ics().equals(ics)) {
                restarted.program().kill();
                throw new HandshakeFailure("changed its conformance statement on restart: first "
                        + ics.toJson() + ", now " + restarted.ics().toJson(), true);
            }
            program = restarted.program();
            restartFailures = 0;
            return true;
        } catch (HandshakeFailure failure) {
            restartFailures++;
            Exchange needed = queue.removeFirst();
            needed.fail(Exchange.Failure.CRASH, "the adapter program could not be restarted: " + failure.getMessage(),
                    "", Duration.ZERO);
            if (failure.fatal || restartFailures >= settings.maxRestartFailures()) {
                gaveUp = "gave up on adapter " + label + " after " + restartFailures + " failed restart"
                        + (restartFailures == 1 ? "" : "s") + "; the last: " + failure.getMessage();
            }
            return false;
        }
    }

    private void failQueued(String detail) {
        for (Deque<Exchange> queue : List.of(suspects, waiting)) {
            while (!queue.isEmpty()) {
                queue.removeFirst().fail(Exchange.Failure.CRASH, detail, "", Duration.ZERO);
            }
        }
    }

    private void failAll(String detail) {
        long now = System.nanoTime();
        for (Exchange exchange : inFlight.values()) {
            String stderr = program == null ? "" : program.stderr().take(exchange);
            exchange.fail(Exchange.Failure.CRASH, detail, stderr, exchange.took(now));
        }
        inFlight.clear();
        for (DriverEvent event : deferred) {
            if (event instanceof DriverEvent.Submitted submitted) {
                waiting.add(submitted.exchange());
            }
        }
        deferred.clear();
        for (DriverEvent event = events.poll(); event != null; event = events.poll()) {
            if (event instanceof DriverEvent.Submitted submitted) {
                waiting.add(submitted.exchange());
            }
        }
        failQueued(detail);
    }

    /**
     * Says bye and gives the program the grace period to exit; a program still working on a request
     * would not read bye, so it is killed at once.
     */
    private void shutDown(boolean busy) {
        AdapterProgram last = program;
        if (last == null) {
            return;
        }
        if (busy) {
            last.kill();
        } else {
            List<ProcessHandle> tree = last.tree();
            last.send(WireMessages.line(WireMessages.bye()));
            last.endInput();
            last.awaitExit(settings.closeGrace());
            last.endTree(tree, TREE_GRACE); // after a clean exit this ends what the program left running
        }
        retire(last);
    }

    /** Forgets a program that was ended, keeping its stderr that no request was charged with. */
    private void retire(AdapterProgram ended) {
        notes.pipelinedStderr(ended.stderr().pipelinedBytes(), ended.stderr().pipelinedTail());
        program = null;
    }

    // ---- the handshake ----

    private record Handshake(AdapterProgram program, Ics ics) {
    }

    /** Why a program could not be started or greeted; {@code fatal} when a restart cannot help. */
    private static final class HandshakeFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean fatal;

        HandshakeFailure(String message, boolean fatal) {
            super(message, null, false, false);
            this.fatal = fatal;
        }
    }

    /**
     * Starts the program and exchanges hellos. Events that are not about this program (requests
     * submitted meanwhile, a close) are kept in {@code deferred} for the driver.
     */
    private static Handshake handshake(String label, CommandLine command, ProcessSettings settings, int generation,
                                       BlockingQueue<DriverEvent> events, List<DriverEvent> deferred)
            throws HandshakeFailure {
        AdapterProgram program;
        try {
            program = AdapterProgram.start(command.words(), settings.baseDirectory(), generation, settings, events::add);
        } catch (IOException cannotRun) {
            throw new HandshakeFailure("cannot run " + command + ": " + cannotRun.getMessage(), true);
        }
        program.send(WireMessages.line(WireMessages.hello()));
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                DriverEvent event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new HandshakeFailure("no answer to hello within " + settings.startTimeout().toSeconds()
                            + " s" + stderrOf(program), false);
                }
                if (!(event instanceof ProgramEvent programEvent)) {
                    deferred.add(event);
                    continue;
                }
                if (programEvent.generation() != generation) {
                    continue;
                }
                if (programEvent instanceof ProgramEvent.Line line) {
                    return new Handshake(program, greeting(label, line.bytes(), program));
                }
                throw new HandshakeFailure((programEvent instanceof ProgramEvent.Overlong
                        ? "answered hello with an over-long line" : "the program " + program.exitSummary(EXIT_STATUS_WAIT)
                        + " before answering hello") + stderrOf(program), false);
            }
        } catch (HandshakeFailure failure) {
            program.kill();
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            program.kill();
            throw new HandshakeFailure("interrupted during the handshake", true);
        }
    }

    private static Ics greeting(String label, byte[] line, AdapterProgram program) throws HandshakeFailure {
        JsonNode hello;
        try {
            hello = WireMessages.parse(line);
        } catch (JacksonException notJson) {
            throw new HandshakeFailure("answered hello with a line that is not JSON: " + WireMessages.excerpt(line)
                    + stderrOf(program), false);
        }
        if (!hello.isObject() || !hello.path("type").isString() || !hello.path("type").stringValue().equals("hello")) {
            throw new HandshakeFailure("answered hello with " + WireMessages.excerpt(line)
                    + "; the first line must be {\"type\":\"hello\",\"protocol\":1,\"ics\":{...}}" + stderrOf(program), false);
        }
        JsonNode protocol = hello.get("protocol");
        if (protocol == null || !protocol.isIntegralNumber()) {
            throw new HandshakeFailure("its hello has no integer protocol version", true);
        }
        if (protocol.intValue() != WireMessages.PROTOCOL_VERSION) {
            throw new HandshakeFailure("it speaks protocol version " + protocol + "; this runner speaks version "
                    + WireMessages.PROTOCOL_VERSION, true);
        }
        JsonNode statement = hello.get("ics");
        if (statement == null) {
            throw new HandshakeFailure("its hello has no ics (its conformance statement)", true);
        }
        try {
            return Ics.fromJson(statement, label);
        } catch (AdapterException invalid) {
            throw new HandshakeFailure(invalid.getMessage(), true);
        }
    }

    private static String stderrOf(AdapterProgram program) {
        String tail = program.stderr().unattributedTail().strip();
        return tail.isEmpty() ? "" : "; its stderr: " + tail;
    }
}
