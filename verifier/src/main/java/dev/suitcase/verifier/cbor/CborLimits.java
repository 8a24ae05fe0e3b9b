package dev.suitcase.verifier.cbor;

/**
 * The resource limits of one decode. Inputs beyond them are rejected with
 * {@link dev.suitcase.verifier.Reason#RESOURCE_LIMIT} before any work proportional to them is done.
 *
 * <p>The defaults are generous for SUIT and COSE (a SUIT manifest nests about eight levels, an
 * HSS-LMS signature of three levels is under 10 KiB) and small enough that no input can exhaust
 * the stack or the heap: a declared length is never allocated before the bytes are present.
 *
 * @param maxInputBytes the largest input accepted, in bytes
 * @param maxDepth      the deepest nesting of arrays, maps and tags; the top-level item is depth 1
 * @param maxItems      the most data items in one input, counting every key, value and element
 */
public record CborLimits(int maxInputBytes, int maxDepth, int maxItems) {

    /** 16 MiB, 32 levels, 65,536 items. */
    public static final CborLimits DEFAULT = new CborLimits(16 * 1024 * 1024, 32, 65_536);

    public CborLimits {
        if (maxInputBytes < 1 || maxDepth < 1 || maxItems < 1) {
            throw new IllegalArgumentException("CBOR limits must be positive");
        }
    }
}
