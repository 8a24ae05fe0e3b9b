package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.verifier.Algorithm;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A family of COSE_Sign1 cases swept over the five algorithm ids ({@code Sweep.COSE}): each case is
 * built with the {@link CoseFixture} of its algorithm, all of one generation sharing one
 * {@link CoseKeyring}, and its texts may use the fixture's words ({@link CoseFixture#words()}).
 */
abstract class CoseFamily extends CaseFamily<CoseFixture> {

    @Override
    protected final Function<Optional<Algorithm>, CoseFixture> fixtures(GeneratorContext context) {
        return CoseFixture.perAlgorithm(name());
    }

    @Override
    protected final Map<String, String> words(Optional<Algorithm> algorithm, CoseFixture fixture) {
        return fixture.words();
    }
}
