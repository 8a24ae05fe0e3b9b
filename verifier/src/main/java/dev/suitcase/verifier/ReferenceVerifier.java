package dev.suitcase.verifier;

import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.CoseKey;
import dev.suitcase.verifier.cose.CoseSign1Verifier;
import dev.suitcase.verifier.cose.TrustedKeyLimits;
import dev.suitcase.verifier.crypto.PublicKey;
import dev.suitcase.verifier.suit.Device;
import dev.suitcase.verifier.suit.Scope;
import dev.suitcase.verifier.suit.SuitProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reference verifier's front door: bytes and trust anchors in, an {@link Outcome} out, for
 * each layer. It never throws: every failure, expected or not, is a rejection with one
 * {@link Reason} (see {@link Outcome#failClosed}).
 *
 * <p>Trust anchors come either parsed ({@link TrustAnchors}, as a device holds them) or encoded,
 * one COSE_Key per element. Encoded keys are parsed on the first call that passes them and then
 * found by their bytes ({@link ParsedKeyCache}), so both forms give the same outcome at the same
 * cost. A request with more trusted keys than {@link TrustedKeyLimits} allow is rejected
 * ({@link Reason#RESOURCE_LIMIT}) before any key is parsed. One instance may be shared between threads.
 */
public final class ReferenceVerifier {
    private final VerifierOptions options;
    private final CoseSign1Verifier coseSign1;
    private final SuitProcessor suit;
    private final ParsedKeyCache parsedKeys = new ParsedKeyCache();

    public ReferenceVerifier(VerifierOptions options) {
        this.options = options;
        this.coseSign1 = new CoseSign1Verifier(options);
        this.suit = new SuitProcessor(options);
    }

    public VerifierOptions options() {
        return options;
    }

    /**
     * The signature layer: the primitive alone, with the same key and signature checks as the COSE
     * layer, so Wycheproof-style vectors run unchanged.
     *
     * @param algorithm the algorithm to verify under; the key must fit it
     * @param coseKey   the public key as an encoded COSE_Key
     */
    public Outcome verifySignature(Algorithm algorithm, byte[] coseKey, byte[] message, byte[] signature) {
        return verifySignature(algorithm.coseId(), coseKey, message, signature);
    }

    /**
     * The signature layer with the algorithm given by its COSE id, as a vector presents it: an id the
     * suite does not support (-50 among them) is {@link Reason#UNSUPPORTED_ALGORITHM}.
     */
    public Outcome verifySignature(long algorithmId, byte[] coseKey, byte[] message, byte[] signature) {
        return checked(Reason.SIGNATURE_INVALID, () -> {
            Optional<Algorithm> named = Algorithm.named(algorithmId);
            CoseKey key = usable(parsedKeys.parse(coseKey));
            // Empty only with cose.alg.unsupported knocked out: the key's own algorithm is used.
            Algorithm algorithm = named.orElseGet(key::ownAlgorithm);
            key.checkUsableWith(algorithm);
            key.verify(algorithm, message, signature, options);
            return Outcome.accept();
        });
    }

    /**
     * The COSE layer: one COSE_Sign1, tagged or untagged.
     *
     * @param coseSign1       the encoded message
     * @param detachedPayload the payload when the message carries nil
     * @param externalAad     the external AAD, empty for none
     * @param trustedKeys     encoded public COSE_Keys; a key that does not parse rejects the whole call
     * @param allowed         when present, the only algorithm accepted; the header decides otherwise
     */
    public Outcome verifyCose(byte[] coseSign1, Optional<byte[]> detachedPayload, byte[] externalAad,
                              List<byte[]> trustedKeys, Optional<Algorithm> allowed) {
        return checked(Reason.BAD_STRUCTURE, () -> {
            return verifyCoseUnder(trusted(trustedKeys), coseSign1, detachedPayload, externalAad, allowed);
        });
    }

    /**
     * The COSE layer under trust anchors parsed beforehand; the same outcome as
     * {@link #verifyCose(byte[], Optional, byte[], List, Optional)} with their encodings.
     */
    public Outcome verifyCose(byte[] coseSign1, Optional<byte[]> detachedPayload, byte[] externalAad,
                              TrustAnchors trustAnchors, Optional<Algorithm> allowed) {
        return checked(Reason.BAD_STRUCTURE,
                () -> verifyCoseUnder(usable(trustAnchors), coseSign1, detachedPayload, externalAad, allowed));
    }

    private Outcome verifyCoseUnder(List<CoseKey> keys, byte[] message, Optional<byte[]> detachedPayload,
                                    byte[] externalAad, Optional<Algorithm> allowed) {
        coseSign1.verify(CborDecoder.decode(message), false, detachedPayload.map(Span::of), Span.of(externalAad),
                keys, allowed);
        return Outcome.accept();
    }

    /**
     * The SUIT layer: one envelope processed on a simulated device up to {@code scope}; an
     * acceptance carries the {@link Trace} of what the envelope did.
     *
     * @param trustedKeys encoded public COSE_Keys; a key that does not parse rejects the whole call
     */
    public Outcome processSuit(byte[] envelope, List<byte[]> trustedKeys, Device device, Scope scope) {
        return checked(Reason.BAD_STRUCTURE,
                () -> suit.process(envelope, trusted(trustedKeys), device, scope));
    }

    /**
     * The SUIT layer under trust anchors parsed beforehand; the same outcome as
     * {@link #processSuit(byte[], List, Device, Scope)} with their encodings.
     */
    public Outcome processSuit(byte[] envelope, TrustAnchors trustAnchors, Device device, Scope scope) {
        return checked(Reason.BAD_STRUCTURE, () -> suit.process(envelope, usable(trustAnchors), device, scope));
    }

    /**
     * Rejects more keys than {@link TrustedKeyLimits} allow before parsing any, then parses each encoded key and
     * checks it is usable under this verifier's profiles before the next is parsed, so the first bad key rejects the call, whichever rule it breaks.
     */
    private List<CoseKey> trusted(List<byte[]> encodedKeys) {
        TrustedKeyLimits.DEFAULT.checkKeyCount(encodedKeys.size());
        List<CoseKey> keys = new ArrayList<>(encodedKeys.size());
        for (byte[] encoded : encodedKeys) {
            keys.add(usable(parsedKeys.parse(encoded)));
        }
        return keys;
    }

    /**
     * The anchors' keys, no more than {@link TrustedKeyLimits} allow, each checked usable under this verifier's
     * profiles, in order.
     */
    private List<CoseKey> usable(TrustAnchors trustAnchors) {
        TrustedKeyLimits.DEFAULT.checkKeyCount(trustAnchors.keys().size());
        for (CoseKey key : trustAnchors.keys()) {
            usable(key);
        }
        return trustAnchors.keys();
    }

    /**
     * {@code key}, once the key rules a profile decides accept it ({@link PublicKey#checkUsableUnder}):
     * parsing depends on the bytes alone, so that parsed keys can be cached and shared, and these rules
     * are applied per verifier.
     */
    private CoseKey usable(CoseKey key) {
        // One reading without a knockout; with cose.key.crv-of-other-kty knocked out a key may be read two
        // ways, and it is usable when one reading is (the algorithm then picks the reading that fits it).
        Rejection first = null;
        for (PublicKey reading : key.publicKeys()) {
            try {
                reading.checkUsableUnder(options);
                return key;
            } catch (Rejection unusable) {
                first = first == null ? unusable : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return key;
    }

    /** One verification, failing closed, with the check the options knock out (tests only) off. */
    private Outcome checked(Reason fallback, Supplier<Outcome> verification) {
        return CheckKnockout.during(options.knockedOut(), () -> Outcome.failClosed(fallback, verification));
    }
}
