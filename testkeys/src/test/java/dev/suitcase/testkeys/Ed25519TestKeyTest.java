package dev.suitcase.testkeys;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Ed25519TestKeyTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void reproducesRfc8032Test1() {
        // RFC 8032 §7.1, TEST 1: empty message
        Ed25519TestKey key = Ed25519TestKey.RFC8032_TEST_1;

        assertEquals("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", HEX.formatHex(key.seed()));
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", HEX.formatHex(key.publicKey()));
        assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
                HEX.formatHex(key.sign(new byte[0])));
    }

    @Test
    void aLabelledKeyIsPinned() {
        // the corpus's Ed25519 keys are derived this way, so the derivation must never change
        assertEquals("d82acbdf9627bbb2d836cb2627bf64ac47ddc47c0600b11ab5b03e531bcbac7e",
                HEX.formatHex(Ed25519TestKey.derive("a").publicKey()));
    }

    @Test
    void theSameLabelGivesTheSameKey() {
        assertArrayEquals(Ed25519TestKey.derive("a").publicKey(), Ed25519TestKey.derive("a").publicKey());
        assertFalse(Arrays.equals(Ed25519TestKey.derive("a").publicKey(), Ed25519TestKey.derive("b").publicKey()));
    }

    @Test
    void aSeedIsThirtyTwoBytes() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519TestKey.fromSeed(new byte[31]));
    }
}
