package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.model.Bytes;

import java.util.List;
import java.util.Objects;

/**
 * Builds a COSE_Sign1 (RFC 9052 §4.2) whose signature is computed, by this generator and not by
 * the verifier under test, over the Sig_structure of RFC 9052 §4.4:
 * {@code ["Signature1", body_protected, external_aad, payload]}, canonically encoded.
 *
 * <p>The protected bucket is signed as sent (its bstr content, byte for byte, well-formed or not),
 * except a serialized empty map, which §4.4 signs as a zero-length body_protected; the payload is
 * signed whether it travels in the message or detached; the external AAD is empty unless set.
 *
 * <p>The builder is mutable and used once; {@link #build()} gives the tagged (18) message as
 * {@link CoseSign1Parts}.
 */
final class CoseSign1Builder {
    /** COSE_Sign1_Tagged, RFC 9052 §4.2. */
    static final long TAG_COSE_SIGN1 = 18;
    private static final byte[] EMPTY_MAP = {(byte) 0xa0};

    private final CoseSigner signer;
    private Bytes protectedContent;
    private Bytes unprotected = CborValue.map().build().toBytes();
    private final Bytes payload;
    private boolean detached;
    private Bytes signedAad = Bytes.empty();

    CoseSign1Builder(CoseSigner signer, CborValue protectedHeader, Bytes payload) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.protectedContent = protectedHeader.toBytes();
        this.payload = Objects.requireNonNull(payload, "payload");
    }

    /** The protected bucket: the canonical encoding of {@code header}, wrapped in a bstr. */
    CoseSign1Builder protectedHeader(CborValue header) {
        return protectedBytes(header.toBytes());
    }

    /** The protected bucket's bstr content, exactly these bytes, well-formed or not; signed as sent. */
    CoseSign1Builder protectedBytes(Bytes content) {
        this.protectedContent = Objects.requireNonNull(content, "content");
        return this;
    }

    /** The unprotected bucket: the canonical encoding of {@code header}. */
    CoseSign1Builder unprotectedHeader(CborValue header) {
        this.unprotected = header.toBytes();
        return this;
    }

    /** The payload is signed but travels separately: the message carries nil (RFC 9052 §4.1). */
    CoseSign1Builder detached() {
        this.detached = true;
        return this;
    }

    /** The external AAD the signer binds in (RFC 9052 §4.3); empty by default. */
    CoseSign1Builder signedWithAad(Bytes externalAad) {
        this.signedAad = Objects.requireNonNull(externalAad, "externalAad");
        return this;
    }

    /** The ToBeSigned bytes: the encoded Sig_structure. */
    byte[] toBeSigned() {
        Bytes body = protectedContent.equals(Bytes.of(EMPTY_MAP)) ? Bytes.empty() : protectedContent;
        return CborValue.array(CborValue.text("Signature1"), CborValue.bytes(body), CborValue.bytes(signedAad),
                CborValue.bytes(payload)).encode();
    }

    Bytes signature() {
        return signer.sign(toBeSigned());
    }

    /** The message, tagged 18. */
    CoseSign1Parts build() {
        Bytes payloadItem = detached ? new CborWriter().nil().toBytes() : new CborWriter().bytes(payload).toBytes();
        return new CoseSign1Parts(List.of(TAG_COSE_SIGN1), List.of(
                new CborWriter().bytes(protectedContent).toBytes(),
                unprotected,
                payloadItem,
                new CborWriter().bytes(signature()).toBytes()));
    }
}
