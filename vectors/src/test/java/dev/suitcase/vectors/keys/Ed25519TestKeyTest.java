package dev.suitcase.vectors.keys;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class Ed25519TestKeyTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void reproducesRfc8032Test1() {
        // RFC 8032 §7.1, TEST 1: empty message
        Ed25519TestKey key = Ed25519TestKey.fromSeed(HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", HEX.formatHex(key.publicKey()));
        assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
                key.sign(new byte[0]).hex());
    }

    @Test
    void itsCoseKeyIsAnOkpEd25519Key() {
        Ed25519TestKey key = Ed25519TestKey.fromSeed(HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        assertEquals("a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                key.coseKey().hex());
    }

    @Test
    void theSameLabelGivesTheSameKey() {
        assertEquals(Ed25519TestKey.derive("a").coseKey(), Ed25519TestKey.derive("a").coseKey());
        assertNotEquals(Ed25519TestKey.derive("a").coseKey(), Ed25519TestKey.derive("b").coseKey());
    }
}
