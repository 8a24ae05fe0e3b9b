package dev.suitcase.vectors.cbor;

/**
 * How the argument of a CBOR head is encoded (RFC 8949 §3). Deterministic encoding requires the
 * shortest form ({@link #MINIMAL}); the others write a chosen form, minimal or not, to craft
 * non-deterministic inputs.
 */
public enum HeadWidth {
    /** The shortest form for the argument. */
    MINIMAL(-1, 0),
    /** The argument in the initial byte; only 0..23. */
    IMMEDIATE(-1, 0),
    /** Additional information 24: one following byte. */
    ONE(24, 1),
    /** Additional information 25: two following bytes. */
    TWO(25, 2),
    /** Additional information 26: four following bytes. */
    FOUR(26, 4),
    /** Additional information 27: eight following bytes. */
    EIGHT(27, 8);

    private final int additionalInformation;
    private final int followingBytes;

    HeadWidth(int additionalInformation, int followingBytes) {
        this.additionalInformation = additionalInformation;
        this.followingBytes = followingBytes;
    }

    int additionalInformation() {
        return additionalInformation;
    }

    int followingBytes() {
        return followingBytes;
    }

    /** The shortest width for an argument, read as an unsigned 64-bit number. */
    static HeadWidth shortestFor(long argument) {
        if (Long.compareUnsigned(argument, 24) < 0) {
            return IMMEDIATE;
        }
        if (Long.compareUnsigned(argument, 0x100) < 0) {
            return ONE;
        }
        if (Long.compareUnsigned(argument, 0x10000) < 0) {
            return TWO;
        }
        if (Long.compareUnsigned(argument, 0x1_0000_0000L) < 0) {
            return FOUR;
        }
        return EIGHT;
    }

    boolean fits(long argument) {
        return switch (this) {
            case MINIMAL, EIGHT -> true;
            case IMMEDIATE -> Long.compareUnsigned(argument, 24) < 0;
            case ONE -> Long.compareUnsigned(argument, 0x100) < 0;
            case TWO -> Long.compareUnsigned(argument, 0x10000) < 0;
            case FOUR -> Long.compareUnsigned(argument, 0x1_0000_0000L) < 0;
        };
    }
}
