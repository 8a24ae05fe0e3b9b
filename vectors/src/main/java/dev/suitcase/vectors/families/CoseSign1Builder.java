package dev.suitcase.vectors.families;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.model.Bytes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a COSE_Sign1 (RFC 9052 §4.2) whose signature is computed, by this generator and not by
 * the verifier under test, over the Sig_structure of RFC 9052 §4.4:
 * {@code ["Signature1", body_protected, external_aad, payload]}, canonically encoded.
 *
 * <p>What is sent and what is signed are set apart, so a vector can send one thing and sign
 * another: by default the protected bucket is signed as sent (its bstr content, byte for byte),
 * except a serialized empty map, which §4.4 signs as a zero-length body_protected; the payload is
 * signed whether it travels in the message or detached; the external AAD is empty.
 *
 * <p>The builder is mutable and used once; {@link #build()} gives the tagged (18) message as
 * {@link CoseSign1Parts}.
 */
final class CoseSign1Builder {
    /** COSE_Sign1_Tagged, RFC 9052 §4.2. */
    static final long TAG_COSE_SIGN1 = 18;
    private static final byte[] EMPTY_MAP = {(byte) 0xa0};

    private CoseSigner signer;
    private Bytes protectedContent;
    private Optional<Bytes> signedBodyProtected = Optional.empty();
    private Bytes unprotected = CborValue.map().build().toBytes();
    private Bytes payload;
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
        this.signedBodyProtected = Optional.empty();
        return this;
    }

    /** body_protected as signed, when it differs from the bucket's content. */
    CoseSign1Builder signedBodyProtected(Bytes body) {
        this.signedBodyProtected = Optional.of(body);
        return this;
    }

    /** The unprotected bucket: the canonical encoding of {@code header}. */
    CoseSign1Builder unprotectedHeader(CborValue header) {
        return unprotectedBytes(header.toBytes());
    }

    /** The unprotected bucket as an encoded item, exactly these bytes. */
    CoseSign1Builder unprotectedBytes(Bytes encoded) {
        this.unprotected = Objects.requireNonNull(encoded, "encoded");
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

    /** Another key signs. */
    CoseSign1Builder signedBy(CoseSigner other) {
        this.signer = Objects.requireNonNull(other, "other");
        return this;
    }

    /** The ToBeSigned bytes: the encoded Sig_structure. */
    byte[] toBeSigned() {
        Bytes body = signedBodyProtected.orElseGet(() ->
                protectedContent.equals(Bytes.of(EMPTY_MAP)) ? Bytes.empty() : protectedContent);
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
