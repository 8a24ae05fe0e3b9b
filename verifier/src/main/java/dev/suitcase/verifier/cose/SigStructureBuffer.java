package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.cbor.CborLimits;

import java.lang.ref.SoftReference;

/**
 * An array per thread to build Sig_structures in, reused from one verification to the next.
 *
 * <p>Why: a payload is copied once into the Sig_structure (RFC 9052 §4.4) before the primitive reads
 * it, because BouncyCastle's Ed25519 takes the message as one array. Copying 1 MiB into a fresh array
 * costs four times as much as into one already in use: 181 µs against 43 µs, for the allocation,
 * the zeroing, memory the caches have not held, and the collection afterwards. On a 1 MiB Ed25519
 * verification (2.9 ms) that is the difference between 7% and 2% over the primitive (issue 7).
 *
 * <p>A thread's array is in use from the moment {@link CoseSign1Verifier} writes a Sig_structure
 * into it until the last key has been tried. Nothing in between builds another one (verification
 * does not nest), the bytes are never handed out, and every primitive reads only the range it is
 * given, so what a longer earlier message left behind the end is never read. The array is held
 * softly, so the collector can take it back when memory is short, and only up to the CBOR input
 * limit (16 MiB): a larger Sig_structure, possible only with a detached payload, gets an array of
 * its own that is not kept.
 */
final class SigStructureBuffer {
    static final int MAX_KEPT_BYTES = CborLimits.DEFAULT.maxInputBytes();

    private static final ThreadLocal<SoftReference<byte[]>> BUFFERS = new ThreadLocal<>();

    private SigStructureBuffer() {
    }

    /** This thread's array if it holds {@code length} bytes, else a new one (kept if not too large). */
    static byte[] atLeast(int length) {
        SoftReference<byte[]> kept = BUFFERS.get();
        byte[] buffer = kept == null ? null : kept.get();
        if (buffer != null && buffer.length >= length) {
            return buffer;
        }
        byte[] grown = new byte[length];
        if (length <= MAX_KEPT_BYTES) {
            BUFFERS.set(new SoftReference<>(grown));
        }
        return grown;
    }
}
