package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.model.Bytes;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One signing key of a COSE family run: its public key and the signature primitive of its
 * algorithm family over ToBeSigned bytes, in the form COSE carries (ECDSA r‖s, Ed25519 R‖S, the
 * RFC 8554 HSS signature).
 *
 * <p>A signature is made once per distinct ToBeSigned and then reused: many vectors share the
 * bytes they sign (a wrong tag, a wrong arity, a detached payload all sign the base message), and
 * HSS-LMS is stateful, so reusing the signature of the same bytes both saves one-time keys and
 * keeps the signatures of a run independent of how many vectors repeat a message.
 */
final class CoseSigner {
    private final CosePublicKey publicKey;
    private final Function<byte[], Bytes> primitive;
    private final Map<String, Bytes> signatures = new HashMap<>();

    CoseSigner(CosePublicKey publicKey, Function<byte[], Bytes> primitive) {
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.primitive = Objects.requireNonNull(primitive, "primitive");
    }

    CosePublicKey publicKey() {
        return publicKey;
    }

    /** The signature over {@code toBeSigned}; the same bytes always get the same signature. */
    Bytes sign(byte[] toBeSigned) {
        return signatures.computeIfAbsent(HexFormat.of().formatHex(toBeSigned), hex -> primitive.apply(toBeSigned));
    }
}
