package dev.suitcase.vectors.model;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string, the type of every binary field of a vector. Vector files carry it as
 * lowercase hex, two digits per byte; {@link #hex()} is that form.
 */
public final class Bytes {
    private static final HexFormat HEX = HexFormat.of();
    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] content;

    private Bytes(byte[] content) {
        this.content = content;
    }

    public static Bytes of(byte[] content) {
        return new Bytes(content.clone());
    }

    public static Bytes empty() {
        return EMPTY;
    }

    /**
     * Parses lowercase hex, the only form vector files use; anything else (upper case, odd length,
     * separators) is refused so that a file has exactly one spelling of its bytes.
     */
    public static Bytes fromHex(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd number of digits (" + hex.length() + ")");
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("hex string has '" + c + "' at position " + i
                        + "; only lowercase hex digits 0-9 a-f are allowed");
            }
        }
        return new Bytes(HEX.parseHex(hex));
    }

    public byte[] toByteArray() {
        return content.clone();
    }

    public int length() {
        return content.length;
    }

    public boolean isEmpty() {
        return content.length == 0;
    }

    /** Lowercase hex, two digits per byte. */
    public String hex() {
        return HEX.formatHex(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes that && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return hex();
    }
}
