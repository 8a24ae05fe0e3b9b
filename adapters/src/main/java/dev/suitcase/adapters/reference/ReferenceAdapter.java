package dev.suitcase.adapters.reference;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.SuiteVersion;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The reference verifier as an adapter: the oracle of the suite, run like any implementation so
 * that its results sit in the same reports. It verifies the layers the reference verifier
 * implements (signature and COSE; the SUIT layer joins when the verifier's SUIT processor does)
 * and produces envelopes ({@link SuitEnvelopeSigner}) for the producer matrix.
 */
public final class ReferenceAdapter extends InProcessAdapter {
    private final ReferenceVerifier verifier;
    private final SuitEnvelopeSigner signer = new SuitEnvelopeSigner();
    private final Ics ics;

    /** The reference verifier with the given profiles. */
    public ReferenceAdapter(VerifierOptions options) {
        this.verifier = new ReferenceVerifier(options);
        this.ics = new Ics("suitcase reference verifier", SuiteVersion.get(),
                EnumSet.of(Layer.SIGNATURE, Layer.COSE), EnumSet.allOf(Algorithm.class), options.profiles(),
                EnumSet.of(Operation.VERIFY, Operation.SIGN), OptionalLong.empty());
    }

    /** The reference verifier with its default profile, {@code ed25519-rfc8032}. */
    public ReferenceAdapter() {
        this(VerifierOptions.DEFAULT);
    }

    @Override
    public Ics describe() {
        return ics;
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        if (request.input() instanceof SignatureInput signature) {
            Optional<Algorithm> algorithm = Algorithm.fromCoseId(signature.algorithmId());
            if (algorithm.isEmpty()) {
                return AdapterOutcome.reject(Reason.UNSUPPORTED_ALGORITHM, "algorithm " + signature.algorithmId()
                        + " is not supported; supported are ES256 (-7), ESP256 (-9), EdDSA (-8), Ed25519 (-19) and HSS-LMS (-46)");
            }
            return AdapterOutcome.of(verifier.verifySignature(algorithm.get(), signature.coseKey().toByteArray(),
                    signature.message().toByteArray(), signature.signature().toByteArray()));
        }
        CoseInput cose = (CoseInput) request.input();
        List<byte[]> keys = request.trustedKeys().stream().map(Bytes::toByteArray).toList();
        return AdapterOutcome.of(verifier.verifyCose(cose.coseSign1().toByteArray(),
                cose.detachedPayload().map(Bytes::toByteArray),
                cose.externalAad().map(Bytes::toByteArray).orElse(new byte[0]),
                keys, request.allowedAlgorithm()));
    }

    @Override
    protected SignOutcome produce(SignRequest request) {
        try {
            return SignOutcome.signed(Bytes.of(signer.sign(request.algorithm(), request.manifest().toByteArray(),
                    request.privateCoseKey().toByteArray())));
        } catch (UnusableSigningInput refused) {
            return SignOutcome.unsupported("the reference producer cannot sign this request: " + refused.getMessage());
        }
    }
}
