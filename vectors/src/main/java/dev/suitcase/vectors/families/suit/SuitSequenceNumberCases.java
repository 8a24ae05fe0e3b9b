package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.math.BigInteger;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The manifest version and the rollback check (draft-ietf-suit-manifest-37 §6.1, §8.4.1, §8.4.2): both
 * come before any command sequence runs.
 */
final class SuitSequenceNumberCases {
    /** 2^64 - 1, the largest sequence number a CBOR uint carries. */
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    /** 2^32 + 5: a stored number above the manifest's 7 whose low 32 bits (5) are below it. */
    private static final long STORED_ABOVE_32_BITS = (1L << 32) + 5;

    @Case(id = "suit.*.sequence.lower", sweep = Sweep.SUIT,
            title = "{alg} manifest with a sequence number below the device's",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.2-rollback", "SUITM-6.1-rollback-check", "RFC9124-REQ.SEC.SEQUENCE"},
            flags = {"Rollback"},
            description = """
                    The baseline manifest (sequence number 7), correctly signed by the trusted {alg} author, on a
                    device whose current manifest has sequence number 8.

                    A once valid manifest that is older than the running one must be refused (§8.4.2): reject for
                    rollback. Accepting lets an attacker replay an old signed update and bring back firmware with
                    known vulnerabilities.""")
    BuiltCase lower(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.ROLLBACK, f.input(f.signed(SuitFixture.baseline()), SuitFixture.device().withSequenceNumber(8),
                Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.sequence.equal", sweep = Sweep.SUIT,
            title = "{alg} manifest with the sequence number the device already has",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.2-rollback", "SUITM-6.1-rollback-check"},
            flags = {"Rollback", "ProfileDependent"},
            description = """
                    The baseline manifest (sequence number 7), signed by the trusted {alg} author, on a device whose
                    current manifest also has sequence number 7: the same manifest processed again, as a bootloader
                    does at every secure boot.

                    §8.4.2 requires rejecting lower numbers only, so a processor must accept. A processor declaring
                    the suit-seq-strict profile refuses equal numbers as well (some updaters do, to refuse
                    re-installation); under that profile the expectation is reject.""")
    BuiltCase equal(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return BuiltCase.of(Expectation.accept().withProfile(Profile.SUIT_SEQ_STRICT, ExpectedResult.REJECT),
                f.input(f.signed(SuitFixture.baseline()), SuitFixture.device().withSequenceNumber(7), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.sequence.stored-above-32-bits", sweep = Sweep.SUIT,
            title = "{alg} manifest with sequence number 7 on a device at 2^32 + 5",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.2-rollback", "RFC9124-REQ.SEC.SEQUENCE"},
            flags = {"Rollback", "IntegerWidth"},
            description = """
                    The baseline manifest (sequence number 7), signed by the trusted {alg} author, on a device whose
                    stored sequence number is 4294967301 (2^32 + 5), as a device that uses UTC timestamps or has
                    counted past 2^32 holds.

                    7 is lower: reject for rollback. A processor that keeps sequence numbers in 32 bits compares 7
                    with 5 and accepts an old manifest.""")
    BuiltCase storedAbove32Bits(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.ROLLBACK, f.input(f.signed(SuitFixture.baseline()),
                SuitFixture.device().withSequenceNumber(STORED_ABOVE_32_BITS), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.sequence.uint64-max", sweep = Sweep.SUIT,
            title = "{alg} manifest with sequence number 2^64 - 1",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.2-rollback", "SUITM-6.1-rollback-check"},
            flags = {"IntegerWidth"},
            description = """
                    The baseline manifest with sequence number 18446744073709551615 (2^64 - 1, the largest CBOR
                    uint), signed by the trusted {alg} author, on a device at 6.

                    The number is higher than the device's: a processor must accept. One that reads the uint into a
                    signed 64-bit integer sees -1 and refuses it as a rollback; one that parses it as a float may
                    round it.""")
    BuiltCase uint64Max(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withMember(ManifestKey.SEQUENCE_NUMBER, CborValue.integer(UINT64_MAX));
        return accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.sequence.negative", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with the sequence number -1",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.2-rollback", "SUITM-6.1-rollback-check", "SUITM-8.4-member-types"},
            flags = {"Rollback", "WrongType", "IntegerWidth"},
            description = """
                    The baseline manifest with suit-manifest-sequence-number -1 (the CBOR negative integer 0x20)
                    instead of 7, signed by the trusted {alg} author, on a device at 6.

                    The sequence number is a uint, and -1 is below the device's 6: whether it reads the number as
                    malformed or as the value it is, a processor must reject. One that decodes it as an int64 into
                    an unsigned 64-bit counter reads 2^64 - 1, accepts the manifest and stores that number, after
                    which it refuses every later update as a rollback.""")
    BuiltCase negative(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withMember(ManifestKey.SEQUENCE_NUMBER, CborValue.integer(-1));
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.sequence.number-missing", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest without suit-manifest-sequence-number",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.1-rollback-check", "SUITM-8.4-member-types"},
            flags = {"Rollback", "MissingMember"},
            robustness = """
                    Without a sequence number there is nothing to check against the device's 6: a processor that
                    does not insist on the member reads it as 0, the value of an integer never set, and 0 is below
                    6, so none can go on to accept.""",
            description = """
                    The baseline manifest without suit-manifest-sequence-number (2), signed by the trusted {alg}
                    author, on a device at 6.

                    A processor must extract the sequence number and perform the rollback check before anything
                    else (§6.1), and this manifest has none: reject. One that skips the check when the number is
                    absent lets an author's mistake, or an old manifest format, bypass rollback protection.""")
    BuiltCase numberMissing(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().without(ManifestKey.SEQUENCE_NUMBER);
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.version.two", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with suit-manifest-version 2",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.1-version", "SUITM-6.1-version-check"},
            flags = {"Version"},
            description = """
                    The baseline manifest with suit-manifest-version 2 instead of 1, otherwise unchanged, signed by
                    the trusted {alg} author.

                    Version 1 is the format of this specification; another version may mean other structures
                    under the same keys. A processor must inspect the version before anything else and reject.
                    Accepting interprets a manifest of an unknown format as if it were version 1.""")
    BuiltCase two(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.UNSUPPORTED_VERSION, f.input(f.signed(SuitFixture.baseline().withVersion(2)),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }
}
