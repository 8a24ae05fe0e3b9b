package dev.suitcase.adapters.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Collects what a program writes to stderr and attributes it to the request it can be tied to
 * (PROTOCOL.md, "stderr"): output that arrives while exactly one request is in flight is that
 * request's, up to {@code cap} bytes (the rest is counted and dropped, so a program that floods
 * stderr costs memory for the cap only). Output that arrives while several requests are in flight
 * cannot be tied to one of them: it is the adapter's, kept once, the last {@link #TAIL_BYTES} of
 * it. Output with no request in flight is kept in a short tail for startup errors.
 * Thread-safe: the program's stderr reader appends, the driver registers and takes.
 */
final class StderrCapture {
    /** How much of the output with no request in flight is kept (the end of it). */
    static final int TAIL_BYTES = 8 * 1024;

    private final int cap;
    private final Map<Object, Buffer> byRequest = new IdentityHashMap<>();
    private final Buffer unattributed = new Buffer(true);
    private final Buffer pipelined = new Buffer(true);
    private long pipelinedBytes;

    StderrCapture(int cap) {
        this.cap = cap;
    }

    /** Starts collecting for a request that has just been sent. */
    synchronized void register(Object request) {
        byRequest.put(request, new Buffer(false));
    }

    /** Stops collecting for a request and returns what it got, with a marker if some was dropped. */
    synchronized String take(Object request) {
        Buffer buffer = byRequest.remove(request);
        return buffer == null ? "" : buffer.text();
    }

    /** What arrived while no request was in flight, the last {@link #TAIL_BYTES} of it. */
    synchronized String unattributedTail() {
        return unattributed.text();
    }

    /** How many bytes arrived while several requests were in flight; none of them is charged with them. */
    synchronized long pipelinedBytes() {
        return pipelinedBytes;
    }

    /** The end of what arrived while several requests were in flight, the last {@link #TAIL_BYTES} of it. */
    synchronized String pipelinedTail() {
        return pipelined.text();
    }

    synchronized void append(byte[] chunk, int length) {
        if (byRequest.isEmpty()) {
            unattributed.keepTail(chunk, length);
        } else if (byRequest.size() == 1) {
            byRequest.values().iterator().next().keepHead(chunk, length, cap);
        } else {
            pipelined.keepTail(chunk, length);
            pipelinedBytes += length;
        }
    }

    private static final class Buffer {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final boolean tail;
        private long dropped;

        Buffer(boolean tail) {
            this.tail = tail;
        }

        void keepHead(byte[] chunk, int length, int cap) {
            int room = Math.max(0, cap - kept.size());
            int taken = Math.min(room, length);
            kept.write(chunk, 0, taken);
            dropped += length - taken;
        }

        void keepTail(byte[] chunk, int length) {
            byte[] all = kept.toByteArray();
            kept.reset();
            int fromOld = Math.max(0, Math.min(all.length, TAIL_BYTES - length));
            kept.write(all, all.length - fromOld, fromOld);
            int fromChunk = Math.min(length, TAIL_BYTES);
            kept.write(chunk, length - fromChunk, fromChunk);
            dropped += all.length - fromOld + length - fromChunk;
        }

        String text() {
            String text = kept.toString(StandardCharsets.UTF_8);
            if (dropped == 0) {
                return text;
            }
            return tail ? "[suitcase: " + dropped + " earlier bytes of stderr dropped]\n" + text
                    : text + "\n[suitcase: " + dropped + " more bytes of stderr dropped]";
        }
    }
}
