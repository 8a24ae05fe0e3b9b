package dev.suitcase.runner.shard;

import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {
    private static List<VectorId> corpusIds;

    @BeforeAll
    static void loadCorpus() {
        corpusIds = CorpusLoader.fromClasspath().vectors().stream().map(Vector::id).toList();
    }

    @Test
    void parsesIndexOverCount() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1/1 "));
        assertEquals("3/8", Shard.parse("3/8").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2/", "/4", "a/b", "2-4", "1/2/3", "-1/4", "2 / 4"})
    void refusesWhatIsNotIOverNWithTheFormInTheMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text));
        assertEquals("'" + text + "' is not a shard; write i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "1/0", "0/0"})
    void refusesAShardOutsideItsSplit(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text));
        assertTrue(e.getMessage().startsWith("shard " + text + " does not exist"), e.getMessage());
    }

    /** The rule as a CI script in any language can compute it: SHA-256 of the id, first 8 bytes unsigned, mod n, plus 1. */
    @Test
    void splitsByTheFirstEightBytesOfTheSha256OfTheId() throws Exception {
        for (VectorId id : corpusIds) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.UTF_8));
            BigInteger head = new BigInteger(1, Arrays.copyOf(digest, 8));
            for (int count = 1; count <= 7; count++) {
                assertEquals(head.mod(BigInteger.valueOf(count)).intValueExact() + 1, Shard.bucket(id, count), id + " in " + count);
            }
        }
    }

    /** Pinned so that a change of the rule, which would reshuffle every CI matrix, cannot go unnoticed (checked with sha256sum). */
    @Test
    void keepsTheSplitOfKnownIds() {
        assertEquals(2, Shard.bucket(VectorId.parse("suit.es256.spec-example.example-0"), 7));
        assertEquals(4, Shard.bucket(VectorId.parse("signature.es256.wycheproof.tc-1"), 7));
        assertEquals(7, Shard.bucket(VectorId.parse("cose.ed25519.header.crit-unknown"), 7));
        assertEquals(2, Shard.bucket(VectorId.parse("signature.hss-lms.test.valid"), 4));
    }

    @Test
    void putsEveryVectorInExactlyOneShardOfASplit() {
        for (int count = 1; count <= 5; count++) {
            for (VectorId id : corpusIds) {
                int holding = 0;
                for (int index = 1; index <= count; index++) {
                    holding += new Shard(index, count).contains(id) ? 1 : 0;
                }
                assertEquals(1, holding, id + " in a split into " + count);
            }
        }
    }

    @Test
    void givesEveryShardOfTheCorpusAFairPart() {
        int count = 4;
        for (int index = 1; index <= count; index++) {
            Shard shard = new Shard(index, count);
            long size = corpusIds.stream().filter(shard::contains).count();
            assertTrue(size > corpusIds.size() / count / 2, "shard " + shard + " holds only " + size + " of " + corpusIds.size());
        }
    }
}
