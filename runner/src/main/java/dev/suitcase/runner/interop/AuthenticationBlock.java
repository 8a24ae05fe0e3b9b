package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;

import java.util.Objects;

/**
 * The first authentication block of a produced envelope and its detached payload, cut out for a
 * verifier that checks COSE_Sign1 messages but does not process SUIT envelopes: it can still say
 * whether a producer's signature verifies. draft-ietf-suit-manifest-37 §8.3: the authentication
 * wrapper (envelope key 2) is a bstr-wrapped {@code [bstr SUIT_Digest, bstr block...]}, and each
 * block is a COSE structure whose detached payload is the bstr-wrapped SUIT_Digest, that is the
 * content of the wrapper's first element.
 *
 * @param coseSign1 the first block, exactly as the envelope carries it
 * @param payload   its detached payload: the encoded SUIT_Digest
 */
public record AuthenticationBlock(Bytes coseSign1, Bytes payload) {
    private static final int ENVELOPE_AUTHENTICATION_WRAPPER = 2;

    public AuthenticationBlock {
        Objects.requireNonNull(coseSign1, "coseSign1");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * Cuts the first block out of {@code envelope}; throws {@link IllegalArgumentException} saying
     * which part is missing or malformed. Nothing is checked beyond what finding the block needs:
     * whether the envelope conforms is the reference verifier's call.
     */
    public static AuthenticationBlock of(Bytes envelope) {
        CborItem decoded;
        try {
            decoded = CborDecoder.decode(envelope.toByteArray());
        } catch (Rejection notCbor) {
            throw new IllegalArgumentException("the envelope is not acceptable CBOR (" + notCbor.detail() + ")", notCbor);
        }
        CborItem content = decoded instanceof CborTag tag ? tag.content() : decoded;
        if (!(content instanceof CborMap map)) {
            throw new IllegalArgumentException("the envelope is not a map but: " + content.typeName());
        }
        if (!(map.get(ENVELOPE_AUTHENTICATION_WRAPPER).orElse(null) instanceof CborBytes wrapped)) {
            throw new IllegalArgumentException("the envelope has no authentication wrapper byte string at key 2");
        }
        CborItem wrapper;
        try {
            wrapper = CborDecoder.decodeWrapped(wrapped);
        } catch (Rejection notCbor) {
            throw new IllegalArgumentException("the authentication wrapper is not acceptable CBOR (" + notCbor.detail() + ")", notCbor);
        }
        if (!(wrapper instanceof CborArray array) || array.size() < 2
                || !(array.get(0) instanceof CborBytes digest) || !(array.get(1) instanceof CborBytes block)) {
            throw new IllegalArgumentException("the authentication wrapper is not [bstr digest, bstr block, ...]");
        }
        return new AuthenticationBlock(Bytes.of(block.content().toByteArray()), Bytes.of(digest.content().toByteArray()));
    }
}
