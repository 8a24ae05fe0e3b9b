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
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.EnumSet;
import java.util.OptionalLong;

/**
 * The reference verifier as an adapter: the oracle of the suite, run like any implementation so
 * that its results sit in the same reports. It verifies all three layers and produces envelopes
 * ({@link SuitEnvelopeSigner}) for the producer matrix.
 */
public final class ReferenceAdapter extends InProcessAdapter {
    private final ReferenceOracle oracle;
    private final SuitEnvelopeSigner signer = new SuitEnvelopeSigner();
    private final Ics ics;

    /** The reference verifier with the given profiles. */
    public ReferenceAdapter(VerifierOptions options) {
        this.oracle = new ReferenceOracle(new ReferenceVerifier(options));
        this.ics = new Ics("suitcase reference verifier", SuiteVersion.get(), EnumSet.allOf(Layer.class), EnumSet.allOf(Algorithm.class), options.profiles(),
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

    /** Through the {@link ReferenceOracle}, the one mapping of a vector onto the verifier. */
    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        return AdapterOutcome.of(oracle.run(request.input(), request.allowedAlgorithm()));
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
