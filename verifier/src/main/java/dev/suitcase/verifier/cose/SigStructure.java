package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.cbor.Span;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ToBeSigned bytes of a COSE_Sign1 (RFC 9052 §4.4):
 * {@code ["Signature1", body_protected, external_aad, payload]}.
 *
 * <p>Byte-exact by construction: the protected header, the external AAD and the payload are copied
 * as received; only the array head and the byte-string heads are written here, definite and of
 * minimal length as RFC 9052 §9 requires.
 */
public final class SigStructure {
    private static final byte[] CONTEXT_SIGNATURE1 = "Signature1".getBytes(StandardCharsets.US_ASCII);

    private SigStructure() {
    }

    /**
     * @param bodyProtected the protected header bucket's bytes as received (the content of the bstr),
     *                      or nothing when there are no protected attributes
     * @param externalAad   the application-supplied external AAD, empty by default
     * @param payload       the payload, attached or detached
     */
    public static byte[] signature1(Span bodyProtected, Span externalAad, Span payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                32 + bodyProtected.length() + externalAad.length() + payload.length());
        out.write(0x84); // array(4)
        writeHead(out, 3, CONTEXT_SIGNATURE1.length);
        out.writeBytes(CONTEXT_SIGNATURE1);
        writeHead(out, 2, bodyProtected.length());
        bodyProtected.writeTo(out);
        writeHead(out, 2, externalAad.length());
        externalAad.writeTo(out);
        writeHead(out, 2, payload.length());
        payload.writeTo(out);
        return out.toByteArray();
    }

    /** A definite-length head of minimal size (RFC 8949 §4.2.1). */
    static void writeHead(ByteArrayOutputStream out, int majorType, long argument) {
        int major = majorType << 5;
        if (argument < 24) {
            out.write(major | (int) argument);
        } else if (argument < 0x100) {
            out.write(major | 24);
            out.write((int) argument);
        } else if (argument < 0x1_0000) {
            out.write(major | 25);
            writeBigEndian(out, argument, 2);
        } else if (argument < 0x1_0000_0000L) {
            out.write(major | 26);
            writeBigEndian(out, argument, 4);
        } else {
            out.write(major | 27);
            writeBigEndian(out, argument, 8);
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, long value, int bytes) {
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xff);
        }
    }
}
