package dev.suitcase.vectors.cbor;

/** The eight CBOR major types (RFC 8949 §3.1). */
public enum MajorType {
    UNSIGNED(0),
    NEGATIVE(1),
    BYTES(2),
    TEXT(3),
    ARRAY(4),
    MAP(5),
    TAG(6),
    /** Simple values and floats. */
    SIMPLE(7);

    private final int code;

    MajorType(int code) {
        this.code = code;
    }

    /** The value of the top three bits of the initial byte. */
    public int code() {
        return code;
    }

    int initialByte(int additionalInformation) {
        return code << 5 | additionalInformation;
    }
}
