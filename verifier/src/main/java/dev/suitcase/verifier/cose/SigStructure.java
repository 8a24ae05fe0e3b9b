package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.cbor.Span;

import java.nio.charset.StandardCharsets;

/**
 * The ToBeSigned bytes of a COSE_Sign1 (RFC 9052 §4.4):
 * {@code ["Signature1", body_protected, external_aad, payload]}.
 *
 * <p>Byte-exact by construction: the protected header, the external AAD and the payload are copied
 * as received; only the array head and the byte-string heads are written here, definite and of
 * minimal length as RFC 9052 §9 requires.
 *
 * <p>The heads are fixed by the lengths, so the whole structure's length is known before any byte
 * is written: it is built in one array, of exactly that size or a reused larger one
 * ({@link SigStructureBuffer}), and a large payload is copied once.
 */
public final class SigStructure {
    private static final byte[] CONTEXT_SIGNATURE1 = "Signature1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAJOR_BYTE_STRING = 2;
    private static final int MAJOR_TEXT_STRING = 3;
    private static final int ARRAY_OF_FOUR = 0x84;

    private SigStructure() {
    }

    /**
     * @param bodyProtected the protected header bucket's bytes as received (the content of the bstr),
     *                      or nothing when there are no protected attributes
     * @param externalAad   the application-supplied external AAD, empty by default
     * @param payload       the payload, attached or detached
     * @throws IllegalArgumentException if the structure would not fit in one Java array (2 GiB); the
     *                                  CBOR input limit keeps every decoded message far below that
     */
    public static byte[] signature1(Span bodyProtected, Span externalAad, Span payload) {
        byte[] out = new byte[length(bodyProtected, externalAad, payload)];
        write(bodyProtected, externalAad, payload, out);
        return out;
    }

    /**
     * The length of the Sig_structure of these fields.
     *
     * @throws IllegalArgumentException if it would not fit in one Java array (2 GiB); the CBOR input
     *                                  limit keeps every decoded message far below that
     */
    static int length(Span bodyProtected, Span externalAad, Span payload) {
        long length = 1 + headLength(CONTEXT_SIGNATURE1.length) + CONTEXT_SIGNATURE1.length
                + headLength(bodyProtected.length()) + bodyProtected.length()
                + headLength(externalAad.length()) + externalAad.length()
                + headLength(payload.length()) + payload.length();
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a Sig_structure of " + length + " bytes does not fit in one array");
        }
        return (int) length;
    }

    /** Writes the Sig_structure of these fields to the start of {@code out}, which is at least {@link #length} long. */
    static void write(Span bodyProtected, Span externalAad, Span payload, byte[] out) {
        int at = 0;
        out[at++] = (byte) ARRAY_OF_FOUR;
        at = writeHead(out, at, MAJOR_TEXT_STRING, CONTEXT_SIGNATURE1.length);
        System.arraycopy(CONTEXT_SIGNATURE1, 0, out, at, CONTEXT_SIGNATURE1.length);
        at += CONTEXT_SIGNATURE1.length;
        at = writeByteString(out, at, bodyProtected);
        at = writeByteString(out, at, externalAad);
        writeByteString(out, at, payload);
    }

    private static int writeByteString(byte[] out, int at, Span content) {
        int contentAt = writeHead(out, at, MAJOR_BYTE_STRING, content.length());
        content.copyTo(out, contentAt);
        return contentAt + content.length();
    }

    /** The size of the minimal definite-length head for {@code argument} (RFC 8949 §4.2.1). */
    private static int headLength(long argument) {
        if (argument < 24) {
            return 1;
        } else if (argument < 0x100) {
            return 2;
        } else if (argument < 0x1_0000) {
            return 3;
        } else if (argument < 0x1_0000_0000L) {
            return 5;
        }
        return 9;
    }

    /** Writes a minimal definite-length head at {@code at}; returns the index after it. */
    private static int writeHead(byte[] out, int at, int majorType, long argument) {
        int major = majorType << 5;
        int length = headLength(argument);
        int additional = switch (length) {
            case 1 -> (int) argument;
            case 2 -> 24;
            case 3 -> 25;
            case 5 -> 26;
            default -> 27;
        };
        out[at] = (byte) (major | additional);
        for (int i = 1; i < length; i++) {
            out[at + i] = (byte) (argument >>> (8 * (length - 1 - i)));
        }
        return at + length;
    }
}
