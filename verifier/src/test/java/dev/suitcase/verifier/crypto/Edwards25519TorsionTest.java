package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Edwards25519TorsionTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void tableHoldsExactlyTheEightPointsOfSmallOrder() {
        // [L]P lies in the torsion subgroup for every point P; for a P whose torsion component has order 8,
        // it generates the whole (cyclic, order 8) subgroup.
        AffinePoint generator = torsionGeneratorOfOrderEight();
        Set<String> derived = new HashSet<>();
        AffinePoint multiple = Edwards25519Arithmetic.IDENTITY;
        for (int i = 0; i < 8; i++) {
            derived.add(HEX.formatHex(Edwards25519Arithmetic.encode(multiple)));
            multiple = Edwards25519Arithmetic.add(multiple, generator);
        }
        assertEquals(8, derived.size());
        assertEquals(derived, Edwards25519Torsion.encodings());
    }

    @Test
    void namesStateTheOrderOfEachPoint() {
        for (String encoding : Edwards25519Torsion.encodings()) {
            AffinePoint point = Edwards25519Arithmetic.decode(HEX.parseHex(encoding));
            int order = 1;
            AffinePoint multiple = point;
            while (!multiple.equals(Edwards25519Arithmetic.IDENTITY)) {
                multiple = Edwards25519Arithmetic.add(multiple, point);
                order++;
            }
            String name = Edwards25519Torsion.smallOrderPoint(HEX.parseHex(encoding)).orElseThrow();
            assertTrue(name.endsWith("of order " + order), encoding + " has order " + order + " but is named " + name);
        }
    }

    @Test
    void fullOrderPointIsNotInTheTable() {
        assertTrue(Edwards25519Torsion.smallOrderPoint(Edwards25519Arithmetic.encode(Edwards25519Arithmetic.BASE))
                .isEmpty());
    }

    /**
     * The non-canonical encodings of small-order points (CCTV and speccheck list them): y = p (y = 0),
     * y = p + 1 (the identity), and x = -0 for (0, 1) and (0, -1). Strict decoding rejects them; a
     * lenient one (ed25519-zip215) reads them as the small-order point they name, which the table
     * finds by its canonical encoding.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "0100000000000000000000000000000000000000000000000000000000000080",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"})
    void nonCanonicalEncodingsOfSmallOrderPointsFailStrictDecodingAndAreFoundByTheirPoint(String encoding) {
        Edwards25519.Decoding decoding = Edwards25519.decode(HEX.parseHex(encoding));
        assertTrue(decoding.strictDecodingFailure("key").orElseThrow().contains("non-canonical"));
        assertTrue(Edwards25519Torsion.smallOrderPoint(decoding).isPresent(), encoding);
        assertTrue(EdwardsPoint.decodeLenient(HEX.parseHex(encoding)).orElseThrow().hasSmallOrder(), encoding);
    }

    private static AffinePoint torsionGeneratorOfOrderEight() {
        for (int i = 2; ; i++) {
            BigInteger y = BigInteger.valueOf(i);
            if (!Edwards25519Arithmetic.hasPointWithY(y)) {
                continue;
            }
            AffinePoint point = Edwards25519Arithmetic.decode(Edwards25519Arithmetic.encodeInteger(y));
            AffinePoint torsion = Edwards25519Arithmetic.multiply(Edwards25519.L, point);
            AffinePoint fourTimes = Edwards25519Arithmetic.multiply(BigInteger.valueOf(4), torsion);
            if (!fourTimes.equals(Edwards25519Arithmetic.IDENTITY)) {
                assertEquals(Edwards25519Arithmetic.IDENTITY, Edwards25519Arithmetic.add(fourTimes, fourTimes));
                assertNotEquals(Edwards25519Arithmetic.IDENTITY, torsion);
                return torsion;
            }
        }
    }
}
