package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.VerifierOptions;

/**
 * The rollback check (draft-ietf-suit-manifest-37 §8.4.2, RFC 9124 REQ.SEC.SEQUENCE): "Each Recipient
 * MUST reject any manifest that has a sequence number lower than its current sequence number."
 * A number equal to the stored one is accepted (the same manifest processed again, for instance to
 * boot, §4.2), except under the {@code suit-seq-strict} profile, which rejects it as well
 * ({@link SuitCheck#ROLLBACK}, {@link SuitCheck#ROLLBACK_EQUAL}).
 */
final class SequenceNumberCheck {
    private SequenceNumberCheck() {
    }

    /** @param manifestSequenceNumber a CBOR uint, as the unsigned bits of a long */
    static void check(long manifestSequenceNumber, long storedSequenceNumber, VerifierOptions options) {
        int comparison = Long.compareUnsigned(manifestSequenceNumber, storedSequenceNumber);
        if (comparison < 0) {
            // knocked out: the older manifest is processed, as by a processor without rollback protection
            SuitCheck.ROLLBACK.fail("the manifest's sequence number " + Long.toUnsignedString(manifestSequenceNumber)
                    + " is lower than the device's stored sequence number " + storedSequenceNumber
                    + "; a lower sequence number MUST be rejected (§8.4.2)");
        }
        if (comparison == 0 && options.has(Profile.SUIT_SEQ_STRICT)) {
            SuitCheck.ROLLBACK_EQUAL.fail("the manifest's sequence number " + storedSequenceNumber
                    + " equals the device's stored one, which the suit-seq-strict profile rejects (only a higher"
                    + " number is accepted)");
        }
    }
}
