package dev.suitcase.verifier.crypto;

import java.util.HexFormat;

/**
 * Walks the fixed-width fields of an RFC 8554 byte string front to back: reads u32str values
 * (big-endian, RFC 8554 §3.1) and steps over byte strings. It never reads past the end: a field
 * that does not fit is a rejection by the truncation check this reader was made for, naming the
 * field, its offset and how many bytes were left, so a truncated input cannot become an exception.
 */
final class FieldReader {
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] input;
    private final KeyCheck truncated;
    private final String subject;
    private int position;

    /**
     * @param input     the bytes as received; not copied, not changed
     * @param truncated the check that rejects a field running past the end (no processor goes on past it)
     * @param subject   what the input is, for details ("HSS public key", "HSS signature")
     */
    FieldReader(byte[] input, KeyCheck truncated, String subject) {
        this.input = input;
        this.truncated = truncated;
        this.subject = subject;
    }

    /** The next u32str as an unsigned value, 0 to 2^32 - 1. */
    long u32(String field) {
        require(4, field);
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (input[position + i] & 0xff);
        }
        position += 4;
        return value;
    }

    /** Steps over the next {@code length} bytes, which must all be there. */
    void skip(int length, String field) {
        require(length, field);
        position += length;
    }

    /**
     * Fails {@code trailingBytes} if any byte follows the last field: every RFC 8554 structure has an
     * exact length. Returns (with the check knocked out) to let the caller ignore the rest.
     */
    void requireEnd(String lastField, KeyCheck trailingBytes) {
        int left = input.length - position;
        if (left != 0) {
            trailingBytes.fail(subject + " has " + left + " trailing byte" + (left == 1 ? "" : "s") + " after "
                    + lastField + " (offset " + position + "); its length is fixed by its type codes at exactly "
                    + position + " bytes, and RFC 8554 rejects any other length");
        }
    }

    /** How many bytes have been read: the offset of the next field. */
    int position() {
        return position;
    }

    /** What the input is, as details name it. */
    String subject() {
        return subject;
    }

    /** A u32 type code or count as it would be written in the RFCs, e.g. {@code 0x00000815}. */
    static String hexU32(long value) {
        return "0x" + HEX.toHexDigits((int) value);
    }

    private void require(int length, String field) {
        int left = input.length - position;
        if (left < length) {
            throw truncated.rejection(subject + " is truncated: " + field + " needs " + length + " byte"
                    + (length == 1 ? "" : "s") + " at offset " + position + " but only " + left + " remain (" + subject
                    + " is " + input.length + " bytes)");
        }
    }
}
