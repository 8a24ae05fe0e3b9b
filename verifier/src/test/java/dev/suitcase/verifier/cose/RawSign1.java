package dev.suitcase.verifier.cose;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

import static dev.suitcase.verifier.cose.CoseFixtures.ED25519_SEED;

/**
 * A COSE_Sign1 assembled byte by byte, so that any one part can break one encoding or structure rule
 * while the rest stays valid, signed under EdDSA (-8) with the RFC 8032 TEST 1 key ({@link #KEY}) over
 * the Sig_structure of the bytes as they will be received. Public: the CBOR package's tests send the
 * decoder's inputs through the verifier in such messages too.
 */
public final class RawSign1 {
    /** The OKP Ed25519 COSE_Key of {@link CoseFixtures#ED25519_SEED}, with no alg. */
    public static final byte[] KEY = CoseFixtures.okpKey(ED25519_SEED, null);
    /** The payload unless another is given. */
    public static final byte[] PAYLOAD = "suit manifest digest".getBytes(StandardCharsets.US_ASCII);

    private byte[] tags = new byte[0];
    private byte[] arrayHead = hex("84");
    private byte[] protectedContent = hex("a10127"); // {1: -8}
    private byte[] unprotected = hex("a0");
    private byte[] payloadItem;
    private byte[] signedPayload = PAYLOAD;
    private byte[] extraElements = new byte[0];
    private byte[] trailing = new byte[0];
    private UnaryOperator<byte[]> signer = toBeSigned -> CoseFixtures.signEd25519(ED25519_SEED, toBeSigned);

    private RawSign1() {
    }

    /** An untagged COSE_Sign1 [h'a10127', {}, h'…' (PAYLOAD), signature] that verifies under {@link #KEY}. */
    public static RawSign1 eddsa() {
        return new RawSign1();
    }

    /** The content of the protected bucket (a serialized map), as received and signed. */
    public RawSign1 protectedContent(String hex) {
        protectedContent = hex(hex);
        return this;
    }

    /** The unprotected bucket, as received. */
    public RawSign1 unprotected(String hex) {
        unprotected = hex(hex);
        return this;
    }

    /** An attached payload, as a byte string with a minimal head. */
    public RawSign1 payload(byte[] payload) {
        payloadItem = null;
        signedPayload = payload;
        return this;
    }

    /** The payload element as received ({@code f6} for a detached payload), and the payload the signature covers. */
    public RawSign1 payloadItem(String hex, byte[] signed) {
        payloadItem = hex(hex);
        signedPayload = signed;
        return this;
    }

    /** Tag heads before the array, e.g. {@code d2} for COSE_Sign1_Tagged. */
    public RawSign1 tags(String hex) {
        tags = hex(hex);
        return this;
    }

    /** The array head and elements after the signature, e.g. {@code 85} and {@code 00}. */
    public RawSign1 elements(String head, String extra) {
        arrayHead = hex(head);
        extraElements = hex(extra);
        return this;
    }

    /** Signs the Sig_structure with another primitive, e.g. ECDSA, keeping the header that says EdDSA. */
    public RawSign1 signedBy(UnaryOperator<byte[]> primitive) {
        signer = primitive;
        return this;
    }

    /** Bytes after the message. */
    public RawSign1 trailing(String hex) {
        trailing = hex(hex);
        return this;
    }

    public byte[] bytes() {
        // RFC 9052 §4.4: an empty protected map signs as a zero-length body_protected.
        byte[] bodyProtected = protectedContent.length == 1 && protectedContent[0] == (byte) 0xa0
                ? new byte[0] : protectedContent;
        byte[] signature = signer.apply(CoseFixtures.toBeSigned(bodyProtected, new byte[0], signedPayload));
        return concat(tags, arrayHead, bstr(protectedContent), unprotected,
                payloadItem != null ? payloadItem : bstr(signedPayload), bstr(signature), extraElements, trailing);
    }

    /** A byte string with a minimal head. */
    public static byte[] bstr(byte[] content) {
        return concat(head(2, content.length), content);
    }

    /** A minimal definite-length head (RFC 8949 §3). */
    public static byte[] head(int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            return new byte[] {(byte) (type | argument)};
        }
        int length = argument < 0x100 ? 1 : argument < 0x1_0000 ? 2 : argument < 0x1_0000_0000L ? 4 : 8;
        byte[] head = new byte[1 + length];
        head[0] = (byte) (type | (24 + Integer.numberOfTrailingZeros(length)));
        for (int i = 0; i < length; i++) {
            head[1 + i] = (byte) (argument >>> (8 * (length - 1 - i)));
        }
        return head;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
