package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Checks;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.RawSign1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.suitcase.verifier.cose.RawSign1.eddsa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decoder's rules as named checks: each constant is well formed, a message breaking a rule is
 * rejected naming it, and a message breaking only a skippable rule is accepted once that rule is
 * knocked out (or, where the knocked-out decoder then meets another rule, rejected by that one).
 */
class CborCheckTest {
    private static final Pattern ID = Pattern.compile("cbor(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern SECTION = Pattern.compile("(RFC \\d{4}|draft-ietf-[a-z0-9-]+) §[0-9A-Z]+(\\.\\d+)*");

    /** A message that breaks {@code check}, and what a verifier without that check makes of it. */
    record Case(String description, CborCheck check, Supplier<byte[]> message, Optional<Check> withoutIt) {
        @Override
        public String toString() {
            return check.id() + ": " + description;
        }
    }

    private static Case accepted(String description, CborCheck check, Supplier<byte[]> message) {
        return new Case(description, check, message, Optional.empty());
    }

    private static Case rejectedBy(Check other, String description, CborCheck check, Supplier<byte[]> message) {
        return new Case(description, check, message, Optional.of(other));
    }

    static Stream<Case> skippableRuleBroken() {
        return Stream.of(
                accepted("a byte after the message", CborCheck.TRAILING_BYTES, () -> eddsa().trailing("00").bytes()),
                accepted("simple(20) as f8 14 in an unknown header", CborCheck.SIMPLE_VALUE_TWO_BYTES,
                        () -> eddsa().unprotected("a11863f814").bytes()),
                accepted("text c3 28 in an unknown header", CborCheck.INVALID_UTF8,
                        () -> eddsa().unprotected("a1186362c328").bytes()),
                accepted("an indefinite-length unprotected map", CborCheck.INDEFINITE_LENGTH,
                        () -> eddsa().unprotected("bf186301ff").bytes()),
                accepted("the payload in two chunks", CborCheck.INDEFINITE_LENGTH,
                        () -> eddsa().payloadItem("5f" + bstrHex("suit manif") + bstrHex("est digest") + "ff",
                                RawSign1.PAYLOAD).bytes()),
                accepted("an indefinite-length text and array in unknown headers", CborCheck.INDEFINITE_LENGTH,
                        () -> eddsa().unprotected("a218637f62686961" + "21ff" + "18649f0102ff").bytes()),
                rejectedBy(CborCheck.MISPLACED_BREAK, "a break for a value of an indefinite-length map",
                        CborCheck.INDEFINITE_LENGTH, () -> eddsa().unprotected("bf1863ff").bytes()),
                rejectedBy(CborCheck.NON_MINIMAL_HEAD, "an indefinite-length text whose one chunk has a long head",
                        CborCheck.INDEFINITE_LENGTH, () -> eddsa().unprotected("a118637f78016aff").bytes()),
                accepted("alg -8 with a one-byte argument, signed as received", CborCheck.NON_MINIMAL_HEAD,
                        () -> eddsa().protectedContent("a1013807").bytes()),
                accepted("1.0 as a single-precision float", CborCheck.FLOAT_NOT_SHORTEST,
                        () -> eddsa().unprotected("a11863fa3f800000").bytes()),
                accepted("1.0 as a double-precision float", CborCheck.FLOAT_NOT_SHORTEST,
                        () -> eddsa().unprotected("a11863fb3ff0000000000000").bytes()),
                accepted("an unknown header label twice", CborCheck.DUPLICATE_KEY,
                        () -> eddsa().unprotected("a2186301186302").bytes()),
                accepted("alg -7, then alg -8: the last value is the one used", CborCheck.DUPLICATE_KEY,
                        () -> eddsa().protectedContent("a201260127").bytes()),
                accepted("a 16 MiB payload", CborCheck.INPUT_SIZE,
                        () -> eddsa().payload(new byte[16 * 1024 * 1024]).bytes()),
                accepted("40 nested arrays in an unknown header", CborCheck.NESTING_DEPTH,
                        () -> eddsa().unprotected("a11863" + "81".repeat(40) + "00").bytes()),
                accepted("an unknown header of 65,536 elements", CborCheck.ITEM_COUNT,
                        () -> eddsa().unprotected("a118639a00010000" + "00".repeat(65_536)).bytes()));
    }

    @ParameterizedTest
    @MethodSource("skippableRuleBroken")
    void aMessageBreakingOnlyThisRuleIsRejectedForItAndGetsThroughWithoutIt(Case broken) {
        byte[] message = broken.message().get();
        Outcome strict = verify(VerifierOptions.DEFAULT, message);
        assertEquals(Optional.of(broken.check()), strict.check(), strict.toString());

        Outcome lenient = verify(Knockouts.without(VerifierOptions.DEFAULT, broken.check()), message);
        if (broken.withoutIt().isPresent()) {
            assertEquals(broken.withoutIt(), lenient.check(), lenient.toString());
        } else {
            assertTrue(lenient.accepted(), lenient.toString());
        }
    }

    @Test
    void everySkippableRuleHasAMessageThatOnlyItRejects() {
        Set<CborCheck> covered = skippableRuleBroken().map(Case::check).collect(Collectors.toSet());
        Set<CborCheck> skippable = EnumSet.noneOf(CborCheck.class);
        Arrays.stream(CborCheck.values()).filter(CborCheck::skippable).forEach(skippable::add);
        assertEquals(skippable, covered);
    }

    static Stream<Object[]> ruleNoDecoderCanGoOnPast() {
        byte[] whole = eddsa().bytes();
        return Stream.of(
                new Object[] {CborCheck.TRUNCATED, Arrays.copyOf(whole, whole.length - 1)},
                new Object[] {CborCheck.TRUNCATED, new byte[0]},
                new Object[] {CborCheck.RESERVED_ADDITIONAL_INFO, eddsa().unprotected("a118631c").bytes()},
                new Object[] {CborCheck.MISPLACED_BREAK, eddsa().unprotected("a11863ff").bytes()},
                new Object[] {CborCheck.INDEFINITE_INT_OR_TAG, eddsa().unprotected("a118631f").bytes()},
                new Object[] {CborCheck.INDEFINITE_CHUNK, eddsa().unprotected("a118637f4161ff").bytes()},
                new Object[] {CborCheck.INDEFINITE_CHUNK, eddsa().unprotected("a118635f5f4100ffff").bytes()},
                new Object[] {CborCheck.TYPE_MISMATCH, eddsa().unprotected("80").bytes()});
    }

    @ParameterizedTest
    @MethodSource("ruleNoDecoderCanGoOnPast")
    void aMessageNoDecoderCanReadIsRejectedNamingTheRule(CborCheck check, byte[] message) {
        assertEquals(Optional.of(check), verify(VerifierOptions.DEFAULT, message).check());
    }

    @Test
    void anIntegerBeyondSixtyFourSignedBitsKeepsItsExactValue() {
        CborItem.CborInt huge = CborDecoder.decode(RawSign1.hex("3bffffffffffffffff")).asInt("a custom label");
        assertEquals(Optional.empty(), huge.asLong());
        assertEquals(java.math.BigInteger.TWO.pow(64).negate(), huge.bigValue());
    }

    @ParameterizedTest
    @EnumSource(CborCheck.class)
    void eachCheckHasANamespacedIdAndCitesAnRfcOrDraftSection(CborCheck check) {
        assertTrue(ID.matcher(check.id()).matches(), check.id());
        assertTrue(SECTION.matcher(check.section()).matches(), check.section());
        assertEquals(Optional.of(check), Checks.byId(check.id()));
    }

    @Test
    void noTwoChecksShareAnId() {
        List<String> ids = Arrays.stream(CborCheck.values()).map(CborCheck::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    }

    private static Outcome verify(VerifierOptions options, byte[] message) {
        return new ReferenceVerifier(options).verifyCose(message, Optional.empty(), new byte[0],
                List.of(RawSign1.KEY), Optional.empty());
    }

    private static String bstrHex(String ascii) {
        return HexFormat.of().formatHex(RawSign1.bstr(ascii.getBytes(StandardCharsets.US_ASCII)));
    }
}
