package dev.suitcase.adapters.process;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StderrCaptureTest {

    @Test
    void givesTheOnlyRequestInFlightWhatArrivedMeanwhileUpToTheCap() {
        StderrCapture capture = new StderrCapture(8);
        Object first = new Object();
        capture.register(first);
        append(capture, "abc");
        append(capture, "defghijk");
        assertEquals("abcdefgh\n[suitcase: 3 more bytes of stderr dropped]", capture.take(first));
        assertEquals("", capture.take(first), "taken once");
        assertEquals(0, capture.pipelinedBytes());
    }

    @Test
    void keepsWhatArrivesWhileSeveralRequestsAreInFlightForTheAdapterOnce() {
        StderrCapture capture = new StderrCapture(8);
        Object first = new Object();
        Object second = new Object();
        capture.register(first);
        append(capture, "mine ");
        capture.register(second);
        append(capture, "whose?");
        assertEquals("mine ", capture.take(first));
        append(capture, " yours");
        assertEquals(" yours", capture.take(second));
        assertEquals(6, capture.pipelinedBytes());
        assertEquals("whose?", capture.pipelinedTail());
    }

    @Test
    void keepsTheEndOfWhatArrivesWithNoRequestInFlight() {
        StderrCapture capture = new StderrCapture(8);
        append(capture, "x".repeat(StderrCapture.TAIL_BYTES));
        append(capture, "the end");
        String tail = capture.unattributedTail();
        assertEquals("[suitcase: 7 earlier bytes of stderr dropped]\n" + "x".repeat(StderrCapture.TAIL_BYTES - 7) + "the end", tail);
    }

    private static void append(StderrCapture capture, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        capture.append(bytes, bytes.length);
    }
}
