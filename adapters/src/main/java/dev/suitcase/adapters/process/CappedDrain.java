package dev.suitcase.adapters.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream to its end on a daemon thread, keeping the first {@code cap} bytes and counting the
 * rest, so a one-shot program can never block on a full pipe nor fill the runner's memory.
 */
final class CappedDrain {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;
    private long dropped;

    private CappedDrain(InputStream in, int cap, String name) {
        this.thread = new Thread(() -> drain(in, cap), name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    static CappedDrain of(InputStream in, int cap, String name) {
        return new CappedDrain(in, cap, name);
    }

    private void drain(InputStream in, int cap) {
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                synchronized (this) {
                    int taken = Math.max(0, Math.min(read, cap - kept.size()));
                    kept.write(buffer, 0, taken);
                    dropped += read - taken;
                }
            }
        } catch (IOException closed) {
            // the program was killed; what was read is kept
        }
    }

    /** What was read, waiting up to {@code millis} for the end of the stream; marks dropped bytes. */
    String text(long millis) {
        try {
            thread.join(TimeUnit.MILLISECONDS.toMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            String text = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + "\n[suitcase: " + dropped + " more bytes dropped]";
        }
    }
}
