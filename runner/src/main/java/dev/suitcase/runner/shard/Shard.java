package dev.suitcase.runner.shard;

import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.crypto.Sha256;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a run split across CI jobs ({@code --shard i/n}): shard {@code index} of
 * {@code count}, 1-based. A vector belongs to exactly one shard of a split, chosen from its id
 * alone (SHA-256 of the id, not {@link String#hashCode} or anything seeded per JVM), so every job
 * of a matrix, on any JDK, splits the corpus the same way, and a vector added to the corpus does
 * not move the others.
 *
 * @param index which shard, 1 to {@code count}
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist; a shard is i/n "
                    + "with 1 <= i <= n, e.g. 2/4 for the second of four");
        }
    }

    /** Parses {@code i/n}; throws {@link IllegalArgumentException} saying what the form is. */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a shard; write i/n with 1 <= i <= n, "
                    + "e.g. 2/4 for the second of four shards");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether the vector belongs to this shard. */
    public boolean contains(VectorId vector) {
        return bucket(vector, count) == index;
    }

    /** The shard, 1 to {@code count}, that {@code vector} belongs to in a split into {@code count}. */
    public static int bucket(VectorId vector, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a run is split into at least one shard, not " + count);
        }
        byte[] digest = Sha256.digest(vector.toString().getBytes(StandardCharsets.UTF_8));
        long head = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        return (int) Long.remainderUnsigned(head, count) + 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
