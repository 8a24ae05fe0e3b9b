package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.edwards.Ed25519Verdict;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.edwards.Edwards25519.Point;
import dev.suitcase.vectors.families.eddsa.Ed25519Forge.ForgedKey;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ed25519ForgeTest {
    private static final List<Point> TORSION = Edwards25519.torsion();
    private static final ForgedKey KEY = ForgedKey.derive("forge test");

    @Test
    void signsValidlyWithAKeyOfPrimeOrder() {
        byte[] message = Ed25519Forge.utf8("plain");

        Ed25519Verdict verdict = Ed25519Verdict.of(KEY.encoding(), Ed25519Forge.sign(KEY, Edwards25519.IDENTITY, message), message);

        assertTrue(verdict.cofactorless());
    }

    @Test
    void aTorsionComponentInRBreaksOnlyTheCofactorlessEquation() {
        byte[] message = Ed25519Forge.utf8("mixed R");

        Ed25519Verdict verdict = Ed25519Verdict.of(KEY.encoding(), Ed25519Forge.sign(KEY, TORSION.get(1), message), message);

        assertFalse(verdict.cofactorless());
        assertTrue(verdict.cofactored());
        assertFalse(verdict.rSmallOrder());
    }

    @Test
    void torsionInRAndAThatCancelsSatisfiesBothEquations() {
        ForgedKey mixed = KEY.withTorsion(TORSION.get(4));
        byte[] key = mixed.encoding();
        // R carries the order-2 point T, A carries T too: the residue -(T + [k]T) vanishes exactly when k is odd.
        byte[] message = Ed25519Forge.grind("cancelling", candidate -> Edwards25519.challenge(
                Arrays.copyOf(Ed25519Forge.sign(mixed, TORSION.get(4), candidate), 32), key, candidate).testBit(0));

        Ed25519Verdict verdict = Ed25519Verdict.of(key, Ed25519Forge.sign(mixed, TORSION.get(4), message), message);

        assertTrue(verdict.cofactorless());
        assertFalse(verdict.keySmallOrder());
    }

    @Test
    void assemblesSFromTheHashedEncodingsNotTheSentOnes() {
        byte[] r = TORSION.get(0).encode();
        byte[] message = Ed25519Forge.utf8("k");

        byte[] signature = Ed25519Forge.assemble(r, BigInteger.ZERO, r, KEY.encoding(), KEY.scalar(), message);

        BigInteger k = Edwards25519.challenge(r, KEY.encoding(), message);
        assertArrayEquals(Edwards25519.encodeScalar(k.multiply(KEY.scalar()).mod(Edwards25519.L)),
                Arrays.copyOfRange(signature, 32, 64));
    }

    @Test
    void grindsTheFirstMessageWithTheWantedProperty() {
        byte[] message = Ed25519Forge.grind("base", candidate -> candidate.length > "base".length());

        assertEquals("base #1", new String(message, StandardCharsets.UTF_8));
    }
}
