package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.verifier.Algorithm;

import java.util.Map;
import java.util.Optional;

/**
 * The base of the ECDSA families, whose cases are swept over {@code Sweep.ECDSA}: ES256 (-7) and
 * ESP256 (-9) name the same primitive, ECDSA on P-256 with SHA-256 (RFC 9053 §2.1, RFC 9864 §2.1),
 * so most inputs are worth running under both identifiers, and an implementation that claims only one
 * of them still gets every case.
 *
 * <p>Besides the words of every case ({@code {alg}}, {@code {name}}, {@code {id}}, {@code {token}}), a
 * case's texts may name the other identifier of the pair: {@code {other}} ("ESP256 (-9)" for ES256),
 * {@code {other-name}} ("ESP256"), {@code {other-id}} ("-9") and {@code {other-token}} ("esp256").
 */
public abstract class EcdsaFamily extends CaseFamily<Void> {
    /** The other identifier of the pair: ESP256 for ES256 and the reverse. */
    static Algorithm other(Algorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> Algorithm.ESP256;
            case ESP256 -> Algorithm.ES256;
            default -> throw new IllegalArgumentException(algorithm + " is not an ECDSA P-256 identifier");
        };
    }

    @Override
    protected Map<String, String> words(Optional<Algorithm> algorithm, Void fixture) {
        Algorithm other = other(algorithm.orElseThrow(
                () -> new IllegalStateException(getClass().getSimpleName() + " builds only ES256 and ESP256 vectors")));
        return Map.of("other", other.displayName() + " (" + other.coseId() + ")",
                "other-name", other.displayName(),
                "other-id", Integer.toString(other.coseId()),
                "other-token", other.idName());
    }
}
