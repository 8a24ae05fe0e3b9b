package dev.suitcase.verifier;

import dev.suitcase.verifier.cose.CoseKey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys a {@link ReferenceVerifier} has parsed, by their exact encoding, so that a caller that
 * passes the same encoded trust anchors with every message (ReferenceOracle over the corpus, a
 * service verifying one vendor's manifests) parses each key once and verifies at the speed of
 * {@link TrustAnchors}.
 *
 * <p>It cannot change a verdict. {@link CoseKey#parse} depends on nothing but the bytes, and a
 * parsed key is immutable, so the key found for an encoding is the key that parsing those bytes
 * again would give. An entry is found only by an encoding equal to its own in every byte, and the
 * encoding is copied before it is parsed and stored, so a caller that changes its array afterwards
 * changes nothing here. Only keys that parse are kept: a key that does not is parsed, and rejected,
 * on every call. The key rules a profile decides (an Ed25519 A that is non-canonical or of small
 * order) are not part of parsing: {@link ReferenceVerifier} applies them to every key on every call.
 *
 * <p>Bounded: at most {@value #MAX_ENTRIES} keys, the least recently used evicted first, and only
 * encodings of up to {@value #MAX_ENCODED_BYTES} bytes (an HSS-LMS key is 60, a P-256 one about 77;
 * a larger encoding is parsed every time). Thread-safe: lookups and insertions hold the lock,
 * parsing does not, so two threads may parse the same key at once and one of the equal results is
 * kept.
 */
final class ParsedKeyCache {
    static final int MAX_ENTRIES = 64;
    static final int MAX_ENCODED_BYTES = 1024;

    private final Map<EncodedKey, CoseKey> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<EncodedKey, CoseKey> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** {@link CoseKey#parse} of {@code encoded}, parsed once per distinct encoding while it stays cached. */
    CoseKey parse(byte[] encoded) {
        if (encoded.length > MAX_ENCODED_BYTES) {
            return CoseKey.parse(encoded);
        }
        EncodedKey key = new EncodedKey(encoded.clone());
        synchronized (entries) {
            CoseKey cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        CoseKey parsed = CoseKey.parse(key.bytes());
        synchronized (entries) {
            CoseKey raced = entries.putIfAbsent(key, parsed);
            return raced != null ? raced : parsed;
        }
    }

    /** How many keys are cached. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** An encoding compared by content; it owns its array. */
    private record EncodedKey(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof EncodedKey that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "EncodedKey[" + bytes.length + " bytes]";
        }
    }
}
