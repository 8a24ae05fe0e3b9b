package dev.suitcase.adapters.primitive;

import dev.suitcase.verifier.cose.CoseKeyMaterial;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.CoseSign1;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.cose.CoseCheck;
import dev.suitcase.verifier.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An adapter that runs a library's signature primitives behind the suite's own parsing: COSE_Key
 * material ({@link CoseKeyMaterial}) and COSE_Sign1 structure ({@link CoseSign1}) are read as the
 * reference verifier reads them, so the results isolate the library's primitives. Rejections found
 * by that parsing carry the reference verifier's reasons and the bytes it blames.
 *
 * <p>With several trusted keys, each key that fits the algorithm is tried and the first acceptance
 * wins, as in the reference verifier; when none accepts, the one key's answer is reported, or, with
 * several, the first key's detail under SIGNATURE_INVALID if any key said so, without a reason otherwise.
 */
public final class PrimitiveAdapter extends InProcessAdapter {
    private final Ics ics;
    private final SignaturePrimitive primitive;

    public PrimitiveAdapter(Ics ics, SignaturePrimitive primitive) {
        this.ics = ics;
        this.primitive = primitive;
    }

    @Override
    public Ics describe() {
        return ics;
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        try {
            if (request.input() instanceof SignatureInput signature) {
                return verifySignature(signature);
            }
            return verifyCose(request, (CoseInput) request.input());
        } catch (Rejection rejection) {
            return AdapterOutcome.reject(Optional.of(rejection.reason()), rejection.detail(), rejection.location());
        }
    }

    private AdapterOutcome verifySignature(SignatureInput input) {
        Algorithm algorithm = supported(Algorithm.fromCoseId(input.algorithmId()), input.algorithmId());
        CoseKeyMaterial key = CoseKeyMaterial.parse(input.coseKey().toByteArray());
        key.checkUsableWith(algorithm);
        return primitive.verify(algorithm, key, input.message().toByteArray(), input.signature().toByteArray());
    }

    private AdapterOutcome verifyCose(VerifyRequest request, CoseInput input) {
        List<CoseKeyMaterial> keys = new ArrayList<>();
        for (Bytes encoded : request.trustedKeys()) {
            keys.add(CoseKeyMaterial.parse(encoded.toByteArray()));
        }
        CoseSign1 parts = CoseSign1.parse(CborDecoder.decode(input.coseSign1().toByteArray()), false,
                input.detachedPayload().map(bytes -> Span.of(bytes.toByteArray())),
                Span.of(input.externalAad().map(Bytes::toByteArray).orElse(new byte[0])), request.allowedAlgorithm());
        Algorithm algorithm = supported(Optional.of(parts.algorithm()), parts.algorithm().coseId());
        List<CoseKeyMaterial> fitting = keys.stream().filter(key -> key.usableWith(algorithm)).toList();
        if (fitting.isEmpty()) {
            if (keys.isEmpty()) {
                return AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "no trusted key was supplied, so no signature can verify");
            }
            keys.get(0).checkUsableWith(algorithm);
        }
        List<AdapterOutcome> refusals = new ArrayList<>();
        for (CoseKeyMaterial key : fitting) {
            AdapterOutcome outcome = primitive.verify(algorithm, key, parts.toBeSigned(), parts.signature());
            if (outcome.kind() != AdapterOutcome.Kind.REJECT) {
                return outcome;
            }
            refusals.add(outcome);
        }
        if (refusals.size() == 1) {
            return refusals.get(0);
        }
        boolean anyInvalid = refusals.stream().anyMatch(r -> r.reason().equals(Optional.of(Reason.SIGNATURE_INVALID)));
        return AdapterOutcome.reject(anyInvalid ? Optional.of(Reason.SIGNATURE_INVALID) : Optional.empty(),
                "the " + algorithm + " signature verifies under none of the " + fitting.size()
                        + " trusted keys that fit; first key: " + refusals.get(0).detail());
    }

    /** The algorithm, if the library implements it; UNSUPPORTED_ALGORITHM otherwise, as the reference verifier says. */
    private Algorithm supported(Optional<Algorithm> algorithm, int coseId) {
        if (algorithm.isEmpty() || !primitive.algorithms().contains(algorithm.get())) {
            throw CoseCheck.ALG_UNSUPPORTED.rejection("algorithm " + algorithm.map(a -> a + " (" + coseId + ")")
                    .orElse(String.valueOf(coseId)) + " is not supported by " + ics.implementation()
                    + "; it implements " + primitive.algorithms());
        }
        return algorithm.get();
    }
}
