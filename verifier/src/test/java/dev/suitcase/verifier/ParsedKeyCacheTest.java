package dev.suitcase.verifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.verifier.cose.CoseKey;
import dev.suitcase.verifier.crypto.Ed25519PublicKey;

import com.upokecenter.cbor.CBORObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class ParsedKeyCacheTest {

    @Test
    void parsesEachDistinctEncodingOnce() {
        ParsedKeyCache cache = new ParsedKeyCache();
        byte[] encoded = ed25519Key(1);
        CoseKey first = cache.parse(encoded);
        assertSame(first, cache.parse(encoded.clone()));
        assertEquals(1, cache.size());
    }

    @Test
    void neverReturnsTheKeyOfOtherBytes() {
        ParsedKeyCache cache = new ParsedKeyCache();
        byte[] cachedEncoding = ed25519Key(2);
        CoseKey cached = cache.parse(cachedEncoding);
        // Every encoding one bit away from a cached one gets what parsing it afresh gives: another key, or a
        // rejection, never the cached key.
        int keys = 0;
        for (int bit = 0; bit < 8 * cachedEncoding.length; bit++) {
            byte[] neighbour = cachedEncoding.clone();
            neighbour[bit / 8] ^= (byte) (1 << (bit % 8));
            Object fresh = parseOrRejection(neighbour);
            Object fromCache = parseOrRejection(cache, neighbour);
            if (fresh instanceof CoseKey freshKey) {
                CoseKey key = (CoseKey) fromCache;
                assertNotSame(cached, key, "bit " + bit);
                assertEquals(freshKey.publicKey(), key.publicKey(), "bit " + bit);
                assertEquals(freshKey.algorithm(), key.algorithm(), "bit " + bit);
                keys++;
            } else {
                assertEquals(fresh, fromCache, "bit " + bit);
            }
        }
        assertTrue(keys > 0, "no one-bit neighbour of the key parsed, so the test compared rejections only");
        // The neighbours that parsed may have evicted it; found again or parsed again, it is the same key.
        assertEquals(cached.publicKey(), cache.parse(cachedEncoding).publicKey());
    }

    @Test
    void aCallerChangingItsArrayAfterwardsChangesNoCachedKey() {
        ParsedKeyCache cache = new ParsedKeyCache();
        byte[] original = ed25519Key(3);
        byte[] callersArray = original.clone();
        CoseKey cached = cache.parse(callersArray);
        System.arraycopy(ed25519Key(4), 0, callersArray, 0, callersArray.length);
        assertSame(cached, cache.parse(original));
        assertEquals(CoseKey.parse(ed25519Key(4)).publicKey(), cache.parse(callersArray).publicKey());
        assertArrayEquals(publicKeyBytes(3), ((Ed25519PublicKey) cache.parse(original).publicKey()).encoded());
    }

    @Test
    void keepsNoKeyThatDoesNotParse() {
        ParsedKeyCache cache = new ParsedKeyCache();
        byte[] privateKey = CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6).Add(-2, publicKeyBytes(5))
                .Add(-4, new byte[32]).EncodeToBytes();
        for (int attempt = 0; attempt < 2; attempt++) {
            Rejection rejection = assertThrows(Rejection.class, () -> cache.parse(privateKey));
            assertEquals(Reason.BAD_KEY, rejection.reason());
        }
        assertEquals(0, cache.size());
    }

    @Test
    void holdsAtMostItsLimitEvictingTheLeastRecentlyUsedKey() {
        ParsedKeyCache cache = new ParsedKeyCache();
        CoseKey first = cache.parse(ed25519Key(100));
        CoseKey second = cache.parse(ed25519Key(101));
        for (int i = 2; i < ParsedKeyCache.MAX_ENTRIES; i++) {
            cache.parse(ed25519Key(100 + i));
        }
        assertEquals(ParsedKeyCache.MAX_ENTRIES, cache.size());
        assertSame(first, cache.parse(ed25519Key(100)));
        cache.parse(ed25519Key(100 + ParsedKeyCache.MAX_ENTRIES));
        assertEquals(ParsedKeyCache.MAX_ENTRIES, cache.size());
        // The second key was the least recently used, the first had just been used again.
        assertSame(first, cache.parse(ed25519Key(100)));
        assertNotSame(second, cache.parse(ed25519Key(101)));
    }

    @Test
    void parsesALargeEncodingEveryTimeWithoutKeepingIt() {
        ParsedKeyCache cache = new ParsedKeyCache();
        byte[] withLongKid = CBORObject.NewOrderedMap().Add(1, 1).Add(2, new byte[ParsedKeyCache.MAX_ENCODED_BYTES])
                .Add(-1, 6).Add(-2, publicKeyBytes(6)).EncodeToBytes();
        CoseKey key = cache.parse(withLongKid);
        assertEquals(CoseKey.parse(withLongKid).publicKey(), key.publicKey());
        assertNotSame(key, cache.parse(withLongKid));
        assertEquals(0, cache.size());
    }

    @Test
    void givesEveryThreadTheKeyOfItsOwnBytes() throws Exception {
        ParsedKeyCache cache = new ParsedKeyCache();
        int distinct = 8;
        List<byte[]> encodings = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            encodings.add(ed25519Key(200 + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(threads.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        int i = (round + offset) % distinct;
                        Ed25519PublicKey key = (Ed25519PublicKey) cache.parse(encodings.get(i)).publicKey();
                        assertArrayEquals(publicKeyBytes(200 + i), key.encoded(), "round " + round);
                    }
                }));
            }
            for (Future<?> thread : done) {
                thread.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(distinct, cache.size());
    }

    private static Object parseOrRejection(byte[] encoded) {
        try {
            return CoseKey.parse(encoded);
        } catch (Rejection rejection) {
            return rejection.reason() + ": " + rejection.detail();
        }
    }

    private static Object parseOrRejection(ParsedKeyCache cache, byte[] encoded) {
        try {
            return cache.parse(encoded);
        } catch (Rejection rejection) {
            return rejection.reason() + ": " + rejection.detail();
        }
    }

    /** An OKP Ed25519 COSE_Key for the public key of seed {@code n}. */
    static byte[] ed25519Key(int n) {
        return CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6).Add(-2, publicKeyBytes(n)).EncodeToBytes();
    }

    private static byte[] publicKeyBytes(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        seed[1] = (byte) (n >>> 8);
        return Ed25519TestKey.fromSeed(seed).publicKey();
    }
}
