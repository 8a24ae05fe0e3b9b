package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A family of Ed25519 (-19) signature-layer vectors about the primitive, written once more under the
 * polymorphic identifier EdDSA (-8) as {@code signature.eddsa.<area>.<case>}. With an OKP Ed25519
 * key, EdDSA is pure Ed25519 (RFC 9053 §2.2), so each copy keeps the input and the expectation of its
 * original (a robustness vector's copy is one too, for the same reason); an implementation that claims
 * only -8, as many COSE libraries do, gets the same primitive coverage as one claiming -19. The copies belong to the wrapped family, which builds them in the
 * same run. Families about the key or the identifier itself are not wrapped: their -8 cases have
 * other expectations and are written out ({@link Ed25519KeyFamily}).
 */
public final class EddsaPresentation implements VectorFamily {
    private static final String REQUIREMENT = "RFC9053-2.2-eddsa-id";

    private final VectorFamily family;

    private EddsaPresentation(VectorFamily family) {
        this.family = Objects.requireNonNull(family, "family");
    }

    /** {@code family}'s vectors, each followed by its copy under EdDSA (-8). */
    public static VectorFamily alsoUnderEddsa(VectorFamily family) {
        return new EddsaPresentation(family);
    }

    @Override
    public String name() {
        return family.name();
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        List<Vector> vectors = new ArrayList<>();
        for (Vector original : family.vectors(context)) {
            vectors.add(original);
            vectors.add(underEddsa(original));
        }
        return vectors;
    }

    private static Vector underEddsa(Vector original) {
        if (original.layer() != Layer.SIGNATURE || original.algorithm().orElse(null) != Algorithm.ED25519
                || !(original.input() instanceof SignatureInput input) || input.algorithmId() != Ed25519Cases.ED25519) {
            throw new IllegalStateException(original.id() + " is not an Ed25519 (-19) signature-layer vector; only those "
                    + "are presented again under EdDSA (-8)");
        }
        VectorId id = VectorId.of(Layer.SIGNATURE, Optional.of(Algorithm.EDDSA), original.id().area(), original.id().caseName());
        String description = original.description() + "\n\nPresented under the polymorphic identifier EdDSA (-8) with an "
                + "OKP Ed25519 key, which RFC 9053 §2.2 makes pure Ed25519: the input and the expectation are those of "
                + original.id() + ".";
        List<String> requirements = new ArrayList<>(original.requirements());
        requirements.add(REQUIREMENT);
        Provenance provenance = original.provenance();
        SignatureInput eddsa = new SignatureInput(Ed25519Cases.EDDSA, input.message(), input.signature(), input.coseKey());
        return new Vector(id, original.title(), description, id.algorithm(), original.expect(), original.severity(),
                requirements, original.flags(), eddsa, provenance, original.status(), original.robustness());
    }
}
