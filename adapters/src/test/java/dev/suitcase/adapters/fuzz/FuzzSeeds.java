package dev.suitcase.adapters.fuzz;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seeds of the verifier's fuzz tests: the inputs of the committed corpus's active vectors, by layer, and
 * for each layer the signed content of the vectors the corpus lets a verifier accept (expected accept or either). A fuzz input is accepted
 * rightly only when its signed content, read here with a CBOR decoder of its own (upokecenter, not the
 * verifier's), is one of those: a mutation may change what no signature covers, never what one does.
 */
final class FuzzSeeds {
    static final List<Vector> ACTIVE = CorpusLoader.fromClasspath().active();

    static final List<SignatureInput> SIGNATURE = inputs(SignatureInput.class);
    static final List<CoseInput> COSE = inputs(CoseInput.class);
    static final List<SuitInput> SUIT = inputs(SuitInput.class);

    /**
     * The signature inputs a verifier may accept, each under {@link #sameAlgorithm}: those of the vectors it may
     * accept, and those of the vectors rejected only for the algorithm id they present (an unsupported id, or one
     * that does not fit the key: the key, message and signature are a valid triple) under each id of the suite that
     * fits the key, as read from the key by this test's own decoder.
     */
    static final Set<SignatureInput> VALID_SIGNATURE = validSignatures();
    static final Set<CoseSigned> VALID_COSE = valid(CoseInput.class)
            .flatMap(input -> CoseSigned.of(input.coseSign1().toByteArray(), input.detachedPayload().map(Bytes::toByteArray),
                    input.externalAad().map(Bytes::toByteArray).orElse(new byte[0]), input.keys(),
                    input.allowedWith(Optional.empty())).stream())
            .collect(Collectors.toSet());
    static final Set<SuitSigned> VALID_SUIT = valid(SuitInput.class)
            .flatMap(input -> SuitSigned.of(input.envelope().toByteArray(), input).stream())
            .collect(Collectors.toSet());

    private FuzzSeeds() {
    }

    private static <T> List<T> inputs(Class<T> layer) {
        List<T> inputs = ACTIVE.stream().map(Vector::input).filter(layer::isInstance).map(layer::cast).toList();
        if (inputs.isEmpty()) {
            throw new IllegalStateException("the corpus on the classpath has no " + layer.getSimpleName() + " vectors to seed from");
        }
        return inputs;
    }

    private static <T> java.util.stream.Stream<T> valid(Class<T> layer) {
        return ACTIVE.stream().filter(vector -> vector.expect().result() != ExpectedResult.REJECT)
                .map(Vector::input).filter(layer::isInstance).map(layer::cast);
    }

    /**
     * The input with its algorithm id named the one way: a fully-specified id and the polymorphic one it
     * specialises are the same algorithm on the key that fits both (RFC 9864 §2.1, §2.2: ESP256 -9 is ES256 -7
     * on P-256, Ed25519 -19 is EdDSA -8 on Ed25519), so either may verify what the other signed.
     */
    static SignatureInput sameAlgorithm(SignatureInput input) {
        int id = switch (input.algorithmId()) {
            case -9 -> -7;
            case -19 -> -8;
            default -> input.algorithmId();
        };
        return new SignatureInput(id, input.message(), input.signature(), input.coseKey());
    }

    private static Set<SignatureInput> validSignatures() {
        Set<SignatureInput> valid = valid(SignatureInput.class).map(FuzzSeeds::sameAlgorithm)
                .collect(Collectors.toCollection(HashSet::new));
        ACTIVE.stream().filter(vector -> vector.input() instanceof SignatureInput)
                .filter(vector -> vector.expect().reason().filter(reason -> reason == Reason.UNSUPPORTED_ALGORITHM
                        || reason == Reason.ALGORITHM_KEY_MISMATCH).isPresent())
                .map(vector -> (SignatureInput) vector.input())
                .forEach(input -> fittingAlgorithms(input.coseKey().toByteArray()).forEach(id -> valid.add(
                        new SignatureInput(id, input.message(), input.signature(), input.coseKey()))));
        return valid;
    }

    /**
     * The suite's algorithm ids, as {@link #sameAlgorithm} names them, that fit a COSE_Key by its kty (1) and crv
     * (-1) alone (RFC 9053 §7.1, §7.2; RFC 9864 §2; RFC 8778 §4: HSS-LMS kty 5): a key with an alg (3) fits only
     * that one.
     */
    private static List<Integer> fittingAlgorithms(byte[] coseKey) {
        Optional<CBORObject> key = decode(coseKey, -1);
        if (key.isEmpty() || key.get().getType() != CBORType.Map) {
            return List.of();
        }
        CBORObject kty = key.get().get(CBORObject.FromObject(1));
        CBORObject crv = key.get().get(CBORObject.FromObject(-1));
        CBORObject alg = key.get().get(CBORObject.FromObject(3));
        List<Integer> fitting = kty == null ? List.of()
                : kty.equals(CBORObject.FromObject(2)) && CBORObject.FromObject(1).equals(crv) ? List.of(-7)
                : kty.equals(CBORObject.FromObject(1)) && CBORObject.FromObject(6).equals(crv) ? List.of(-8)
                : kty.equals(CBORObject.FromObject(5)) ? List.of(-46) : List.of();
        if (alg != null) {
            return fitting.stream().filter(id -> alg.isNumber() && alg.CanValueFitInInt32()
                    && sameAlgorithm(new SignatureInput(alg.AsInt32Value(), Bytes.empty(), Bytes.empty(), Bytes.empty()))
                    .algorithmId() == id).toList();
        }
        return fitting;
    }

    /** The trusted keys as the verifier gets them, in hex so that sets compare them by content. */
    static List<String> trustedHex(List<dev.suitcase.vectors.model.KeyEntry> keys) {
        return ReferenceOracle.trusted(keys).stream().map(HexFormat.of()::formatHex).toList();
    }

    /**
     * What a COSE_Sign1's signature covers (RFC 9052 §4.4: protected header, payload, external AAD) with the
     * signature, the trusted keys and the allowed algorithm; the unprotected header is left out.
     */
    record CoseSigned(String protectedHeader, String payload, String externalAad, String signature,
                      List<String> keys, Optional<Algorithm> allowed) {
        /**
         * Whether BouncyCastle verifies this signed content with one of the trusted keys under the algorithm of
         * the protected header ({@link IndependentSignature}).
         */
        boolean independentlyVerifies() {
            HexFormat hex = HexFormat.of();
            byte[] header = hex.parseHex(protectedHeader);
            CBORObject alg;
            try {
                alg = CBORObject.DecodeFromBytes(header).get(CBORObject.FromObject(1));
            } catch (RuntimeException unreadable) {
                return false;
            }
            if (alg == null || !alg.isNumber() || !alg.CanValueFitInInt32()) {
                return false;
            }
            byte[] signed = IndependentSignature.sigStructure(header, hex.parseHex(externalAad), hex.parseHex(payload));
            return keys.stream().anyMatch(key -> IndependentSignature.verifies(alg.AsInt32Value(), hex.parseHex(key),
                    signed, hex.parseHex(signature)));
        }

        static Optional<CoseSigned> of(byte[] coseSign1, Optional<byte[]> detached, byte[] externalAad,
                                       List<dev.suitcase.vectors.model.KeyEntry> keys, Optional<Algorithm> allowed) {
            Optional<CBORObject> message = decode(coseSign1, 18);
            if (message.isEmpty() || message.get().getType() != CBORType.Array || message.get().size() != 4) {
                return Optional.empty();
            }
            CBORObject array = message.get();
            CBORObject payload = array.get(2);
            Optional<byte[]> payloadBytes = payload.isNull() ? detached : bytes(payload);
            Optional<byte[]> protectedHeader = bytes(array.get(0));
            Optional<byte[]> signature = bytes(array.get(3));
            if (payloadBytes.isEmpty() || protectedHeader.isEmpty() || signature.isEmpty()) {
                return Optional.empty();
            }
            HexFormat hex = HexFormat.of();
            return Optional.of(new CoseSigned(hex.formatHex(protectedHeader.get()), hex.formatHex(payloadBytes.get()),
                    hex.formatHex(externalAad), hex.formatHex(signature.get()), trustedHex(keys), allowed));
        }
    }

    /**
     * What a SUIT envelope's authentication covers (draft-ietf-suit-manifest-37 §8.3: the manifest, through its
     * digest) with the device, the scope and the trusted keys it is processed under.
     */
    record SuitSigned(String manifest, List<String> keys, dev.suitcase.vectors.model.Device device, Scope scope) {
        static Optional<SuitSigned> of(byte[] envelope, SuitInput seed) {
            Optional<CBORObject> map = decode(envelope, 107);
            if (map.isEmpty() || map.get().getType() != CBORType.Map || !map.get().ContainsKey(CBORObject.FromObject(3))) {
                return Optional.empty();
            }
            return bytes(map.get().get(CBORObject.FromObject(3))).map(manifest -> new SuitSigned(
                    HexFormat.of().formatHex(manifest), trustedHex(seed.keys()), seed.device(), seed.scope()));
        }
    }

    /** The item, with its one expected tag removed; empty if it does not decode or carries another tag (any, for -1). */
    private static Optional<CBORObject> decode(byte[] encoded, int expectedTag) {
        CBORObject item;
        try {
            item = CBORObject.DecodeFromBytes(encoded);
        } catch (RuntimeException notCbor) {
            return Optional.empty();
        }
        if (item.isTagged()) {
            if (expectedTag < 0 || item.getTagCount() != 1 || !item.HasMostOuterTag(expectedTag)) {
                return Optional.empty();
            }
            item = item.UntagOne();
        }
        return Optional.of(item);
    }

    private static Optional<byte[]> bytes(CBORObject item) {
        return item.getType() == CBORType.ByteString && !item.isTagged() ? Optional.of(item.GetByteString())
                : Optional.empty();
    }
}
