package dev.suitcase.runner.verdict;

import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedTest {
    private static final String SAME_LABEL = "RFC 9052 §3: applications SHOULD verify that the same label does not occur "
            + "in both the protected and the unprotected header parameters";
    private static final Expectation NON_CANONICAL_S = Expectation.reject(Reason.SIGNATURE_MALFORMED)
            .withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT);
    private static final Expectation SMALL_ORDER_KEY = Expectation.either()
            .withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT)
            .withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT);

    @Test
    void takesTheDefaultWhenNoDeclaredProfileOverridesIt() {
        assertEquals(new Expected(ExpectedResult.REJECT, Optional.of(Reason.SIGNATURE_MALFORMED), Optional.empty()),
                Expected.under(NON_CANONICAL_S, Set.of(Profile.ECDSA_LOW_S)));
    }

    @Test
    void takesTheOverrideOfTheDeclaredProfile() {
        assertEquals(new Expected(ExpectedResult.ACCEPT, Optional.empty(), Optional.of(Profile.ED25519_ZIP215)),
                Expected.under(NON_CANONICAL_S, Set.of(Profile.ED25519_ZIP215, Profile.ECDSA_LOW_S)));
    }

    @Test
    void takesTheStrictestWhenDeclaredProfilesDisagree() {
        assertEquals(new Expected(ExpectedResult.REJECT, Optional.empty(), Optional.of(Profile.ED25519_STRICT)),
                Expected.under(SMALL_ORDER_KEY, Set.of(Profile.ED25519_ZIP215, Profile.ED25519_STRICT)));
    }

    @Test
    void prefersEitherToAccept() {
        Expectation expectation = Expectation.reject(Reason.ROLLBACK)
                .withProfile(Profile.SUIT_SEQ_STRICT, ExpectedResult.EITHER)
                .withProfile(Profile.CBOR_LENIENT, ExpectedResult.ACCEPT);
        assertEquals(new Expected(ExpectedResult.EITHER, Optional.empty(), Optional.of(Profile.SUIT_SEQ_STRICT)),
                Expected.under(expectation, Set.of(Profile.CBOR_LENIENT, Profile.SUIT_SEQ_STRICT)));
    }

    @Test
    void keepsTheExpectedReasonWhenAProfileAlsoRejects() {
        Expectation expectation = Expectation.reject(Reason.ROLLBACK).withProfile(Profile.SUIT_SEQ_STRICT, ExpectedResult.REJECT);
        assertEquals(new Expected(ExpectedResult.REJECT, Optional.of(Reason.ROLLBACK), Optional.of(Profile.SUIT_SEQ_STRICT)),
                Expected.under(expectation, Set.of(Profile.SUIT_SEQ_STRICT)));
    }

    @Test
    void acceptsAnyReasonWhenAProfileRejectsWhatTheDefaultAccepts() {
        Expected expected = Expected.under(Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT),
                Set.of(Profile.ECDSA_LOW_S));
        assertTrue(expected.reasonMatches(Optional.of(Reason.SIGNATURE_MALFORMED)));
        assertTrue(expected.reasonMatches(Optional.of(Reason.SIGNATURE_INVALID)));
    }

    @Test
    void matchesOnlyTheExpectedReasonOrNone() {
        Expected expected = Expected.under(Expectation.reject(Reason.ROLLBACK), Set.of());
        assertTrue(expected.reasonMatches(Optional.of(Reason.ROLLBACK)));
        assertTrue(expected.reasonMatches(Optional.empty()));
        assertFalse(expected.reasonMatches(Optional.of(Reason.POLICY)));
    }

    @Test
    void refusesAReasonOnANonRejectExpectation() {
        assertThrows(IllegalArgumentException.class,
                () -> new Expected(ExpectedResult.ACCEPT, Optional.of(Reason.POLICY), Optional.empty()));
    }

    @Test
    void describesItselfWithReasonAndProfile() {
        assertEquals("reject with ROLLBACK under suit-seq-strict",
                new Expected(ExpectedResult.REJECT, Optional.of(Reason.ROLLBACK), Optional.of(Profile.SUIT_SEQ_STRICT)).describe());
        assertEquals("accept or reject", new Expected(ExpectedResult.EITHER, Optional.empty(), Optional.empty()).describe());
    }

    @Test
    void carriesTheAdvisoryOfTheDefaultExpectation() {
        Expectation both = Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.RECIPIENT_SHOULD, SAME_LABEL);

        Expected expected = Expected.under(both, Set.of(Profile.ECDSA_LOW_S));

        assertEquals(new Expected(ExpectedResult.REJECT, Optional.of(Reason.HEADER_INVALID), Optional.empty(),
                Optional.of(new Advisory(Advisory.Basis.RECIPIENT_SHOULD, SAME_LABEL))), expected);
        assertEquals("reject with HEADER_INVALID (advisory: recipient-should)", expected.describe());
    }

    @Test
    void dropsTheAdvisoryWhenADeclaredProfileDecides() {
        Expectation smallOrder = Expectation.reject(Reason.BAD_KEY)
                .withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT)
                .advisory(Advisory.Basis.HARDENING, "the suite rejects a small-order public key, which no honest signer holds");

        assertEquals(new Expected(ExpectedResult.REJECT, Optional.of(Reason.BAD_KEY), Optional.of(Profile.ED25519_STRICT)),
                Expected.under(smallOrder, Set.of(Profile.ED25519_STRICT)), "declaring the profile is the implementation's own promise");
    }

    @Test
    void refusesAnAdvisoryOnANonRejectExpectation() {
        assertThrows(IllegalArgumentException.class, () -> new Expected(ExpectedResult.EITHER, Optional.empty(), Optional.empty(),
                Optional.of(new Advisory(Advisory.Basis.PRODUCER_RULE, SAME_LABEL))));
    }
}
