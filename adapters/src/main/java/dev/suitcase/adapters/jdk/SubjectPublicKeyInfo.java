package dev.suitcase.adapters.jdk;

import java.io.ByteArrayOutputStream;

/**
 * The X.509 SubjectPublicKeyInfo (RFC 5280 §4.1) wrappings the JDK's key factories need, since
 * their public API takes only {@code X509EncodedKeySpec}: the raw key goes into the BIT STRING
 * unchanged, so the JDK's own decoder is what judges it.
 */
final class SubjectPublicKeyInfo {
    /** id-Ed25519, 1.3.101.112 (RFC 8410 §3). */
    private static final byte[] OID_ED25519 = {0x06, 0x03, 0x2b, 0x65, 0x70};
    /** id-alg-hss-lms-hashsig, 1.2.840.113549.1.9.16.3.17 (RFC 9708 §3; RFC 8708). */
    private static final byte[] OID_HSS_LMS = {0x06, 0x0b, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
            0x01, 0x09, 0x10, 0x03, 0x11};

    private SubjectPublicKeyInfo() {
    }

    /** An Ed25519 key: AlgorithmIdentifier without parameters, the 32-byte A in the BIT STRING (RFC 8410 §4). */
    static byte[] ed25519(byte[] a) {
        return spki(OID_ED25519, a);
    }

    /** An HSS key the RFC 9708 way: the raw {@code u32str(L) || LMS public key} in the BIT STRING. */
    static byte[] hssRaw(byte[] pub) {
        return spki(OID_HSS_LMS, pub);
    }

    /**
     * An HSS key the RFC 8708 way: the raw key wrapped in an OCTET STRING inside the BIT STRING,
     * the only form JDK 21 before JDK-8347596 reads.
     */
    static byte[] hssOctetString(byte[] pub) {
        return spki(OID_HSS_LMS, tlv(0x04, pub));
    }

    private static byte[] spki(byte[] oid, byte[] key) {
        byte[] algorithmIdentifier = tlv(0x30, oid);
        byte[] bitString = new byte[key.length + 1]; // leading 0: no unused bits
        System.arraycopy(key, 0, bitString, 1, key.length);
        return tlv(0x30, concat(algorithmIdentifier, tlv(0x03, bitString)));
    }

    /** A DER TLV with a definite length in the shortest form (X.690 §8.1.3). */
    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
                out.write((length >>> shift) & 0xff);
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
