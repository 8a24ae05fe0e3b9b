package dev.suitcase.verifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeTest {

    @Test
    void turnsARejectionIntoARejectingOutcome() {
        Outcome outcome = Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            throw new Rejection(Reason.ROLLBACK, "sequence 3 < stored 4");
        });
        assertEquals(Outcome.reject(Reason.ROLLBACK, "sequence 3 < stored 4"), outcome);
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
