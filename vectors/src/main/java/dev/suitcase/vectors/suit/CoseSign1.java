package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

import java.util.Objects;
import java.util.Optional;

/**
 * A COSE_Sign1 authentication block (RFC 9052 §4.2) as SUIT uses it (§8.3): protected header
 * {@code {1: alg}}, empty unprotected header, the payload detached (nil), the payload being the
 * encoded SUIT_Digest of the authentication wrapper. Immutable; the {@code with} methods give the
 * malformed variants a processor must refuse.
 *
 * @param protectedHeader the serialized protected header map, the content of the protected bstr
 * @param attachedPayload the payload when it is carried in the message (SUIT requires it detached)
 * @param signature       the signature bytes
 * @param tagged          whether the message carries COSE_Sign1_Tagged's tag 18 (SUIT requires it)
 */
public record CoseSign1(Bytes protectedHeader, Optional<Bytes> attachedPayload, Bytes signature, boolean tagged) {
    private static final long ALG = 1;

    public CoseSign1 {
        Objects.requireNonNull(protectedHeader, "protectedHeader");
        Objects.requireNonNull(attachedPayload, "attachedPayload");
        Objects.requireNonNull(signature, "signature");
    }

    /** A tagged COSE_Sign1 by {@code signer} over the detached {@code payload}, with an empty external AAD. */
    public static CoseSign1 detached(ManifestSigner signer, Bytes payload) {
        Bytes protectedHeader = CborValue.map().put(ALG, signer.algorithm().coseId()).build().toBytes();
        return new CoseSign1(protectedHeader, Optional.empty(), signer.sign(toBeSigned(protectedHeader, payload)), true);
    }

    /**
     * A tagged COSE_Sign1 whose protected header names {@code algorithmId}, while {@code signer} signs the
     * Sig_structure under its own algorithm: the signature verifies under the signer's key only for a
     * verifier that takes the algorithm from the key instead of the header.
     */
    public static CoseSign1 labelled(long algorithmId, ManifestSigner signer, Bytes payload) {
        Bytes protectedHeader = CborValue.map().put(ALG, algorithmId).build().toBytes();
        return new CoseSign1(protectedHeader, Optional.empty(), signer.sign(toBeSigned(protectedHeader, payload)), true);
    }

    /** Sig_structure {@code ["Signature1", protected, h'', payload]} (RFC 9052 §4.4), the bytes signed. */
    public static Bytes toBeSigned(Bytes protectedHeader, Bytes payload) {
        return CborValue.array(CborValue.text("Signature1"), CborValue.bytes(protectedHeader), CborValue.bytes(Bytes.empty()),
                CborValue.bytes(payload)).toBytes();
    }

    public CoseSign1 withSignature(Bytes newSignature) {
        return new CoseSign1(protectedHeader, attachedPayload, newSignature, tagged);
    }

    public CoseSign1 withAttachedPayload(Bytes payload) {
        return new CoseSign1(protectedHeader, Optional.of(payload), signature, tagged);
    }

    public CoseSign1 untagged() {
        return new CoseSign1(protectedHeader, attachedPayload, signature, false);
    }

    /** The encoded message, as it goes bstr-wrapped into the authentication wrapper. */
    public Bytes encode() {
        CborValue message = CborValue.array(CborValue.bytes(protectedHeader), CborValue.map().build(),
                attachedPayload.map(CborValue::bytes).orElse(CborValue.nil()), CborValue.bytes(signature));
        return (tagged ? CborValue.tag(SuitLabels.Tag.COSE_SIGN1, message) : message).toBytes();
    }
}
