package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpectationTest {
    @Test
    void aRejectionMustNameItsReason() {
        assertThrows(IllegalArgumentException.class,
                () -> new Expectation(ExpectedResult.REJECT, Optional.empty(), Map.of()));
    }

    @Test
    void onlyARejectionNamesAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> new Expectation(ExpectedResult.EITHER, Optional.of(Reason.BAD_KEY), Map.of()));
    }

    @Test
    void aProfileOverridesTheResultForImplementationsThatDeclareIt() {
        Expectation expectation = Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT);

        assertEquals(ExpectedResult.REJECT, expectation.resultUnder(Profile.ECDSA_LOW_S));
        assertEquals(ExpectedResult.ACCEPT, expectation.resultUnder(Profile.ED25519_STRICT));
    }
}
