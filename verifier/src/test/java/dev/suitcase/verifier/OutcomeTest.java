package dev.suitcase.verifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeTest {

    /** A check of this test's own, so the test depends on no package's rules. */
    private enum RollbackCheck implements Check {
        ROLLBACK;

        @Override
        public Definition definition() {
            return new Definition("test.rollback", "draft-ietf-suit-manifest §8.4.2", Reason.ROLLBACK, Layer.SUIT, true);
        }
    }

    @Test
    void turnsARejectionIntoARejectingOutcomeNamingItsCheck() {
        Outcome outcome = Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            RollbackCheck.ROLLBACK.fail("sequence 3 < stored 4");
            return Outcome.accept();
        });
        assertEquals(Reason.ROLLBACK, outcome.reason().orElseThrow());
        assertEquals(RollbackCheck.ROLLBACK, outcome.check().orElseThrow());
        assertEquals("sequence 3 < stored 4", outcome.detail());
    }

    @Test
    void aKnockedOutCheckLetsTheVerificationGoOn() {
        Outcome outcome = CheckKnockout.during(java.util.Optional.of(RollbackCheck.ROLLBACK),
                () -> Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
                    RollbackCheck.ROLLBACK.fail("sequence 3 < stored 4");
                    return Outcome.accept();
                }));
        assertTrue(outcome.accepted());
    }

    @Test
    void theFailClosedNetNamesNoCheck() {
        Outcome outcome = Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            throw new IllegalStateException("bug");
        });
        assertTrue(outcome.check().isEmpty());
    }

    @Test
    void failsClosedOnAnUnexpectedException() {
        Outcome outcome = Outcome.failClosed(Reason.SIGNATURE_INVALID, () -> {
            throw new NullPointerException("library bug");
        });
        assertFalse(outcome.accepted());
        assertEquals(Reason.SIGNATURE_INVALID, outcome.reason().orElseThrow());
        assertTrue(outcome.detail().contains("NullPointerException: library bug"), outcome.detail());
    }

    @Test
    void failsClosedOnStackOverflowAndAllocationFailure() {
        assertFalse(Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            throw new StackOverflowError();
        }).accepted());
        assertFalse(Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            throw new OutOfMemoryError("Java heap space");
        }).accepted());
    }

    @Test
    void failsClosedWhenAVerificationReturnsNoOutcome() {
        assertFalse(Outcome.failClosed(Reason.BAD_STRUCTURE, () -> null).accepted());
    }

    @Test
    void passesAnAcceptanceThrough() {
        assertTrue(Outcome.failClosed(Reason.BAD_STRUCTURE, Outcome::accept).accepted());
    }
}
