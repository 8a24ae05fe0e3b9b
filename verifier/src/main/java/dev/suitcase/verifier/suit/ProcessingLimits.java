package dev.suitcase.verifier.suit;

/**
 * The bounds that keep any envelope from making the processor loop, recurse or allocate without
 * limit. An envelope that reaches one is rejected with {@link dev.suitcase.verifier.Reason#RESOURCE_LIMIT}.
 * The CBOR decoder bounds each decoded byte string on its own ({@link dev.suitcase.verifier.cbor.CborLimits});
 * these bound what the interpreter builds and does on top of it.
 *
 * @param maxSequenceDepth     how deeply Try Each and Run Sequence arguments may nest inside a top-level
 *                             command sequence (each nested sequence is a separately decoded byte string,
 *                             so the decoder's depth limit does not see this nesting)
 * @param maxOperations        the most commands executed per envelope, counting a command once for each
 *                             component it applies to (Component Index True or an array repeats it, §6.5)
 * @param maxBytesExamined     the most image bytes written, hashed or compared per envelope
 * @param maxAuthenticationBlocks the most COSE blocks an authentication wrapper may carry
 *
 * <p>The components a manifest lists need no limit of their own: §6.2 requires no more than the device
 * has ({@link SuitCheck#COMPONENTS_COUNT}), and a device has at most {@link Device#MAX_COMPONENTS}.
 */
record ProcessingLimits(int maxSequenceDepth, int maxOperations, long maxBytesExamined, int maxAuthenticationBlocks) {

    /**
     * Nesting 8 (the spec examples nest 1), 10,000 operations (the examples run under 30), 256 MiB,
     * 16 authentication blocks (§8.3 uses several only for algorithm or authority transition).
     */
    static final ProcessingLimits DEFAULT = new ProcessingLimits(8, 10_000, 256L * 1024 * 1024, 16);

    ProcessingLimits {
        if (maxSequenceDepth < 1 || maxOperations < 1 || maxBytesExamined < 1 || maxAuthenticationBlocks < 1) {
            throw new IllegalArgumentException("processing limits must be positive");
        }
    }
}
