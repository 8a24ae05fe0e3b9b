package dev.suitcase.runner.interop;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed set of manifests of the producer × verifier matrix, taken from accepted SUIT vectors of
 * the corpus, each with that vector's device and scope:
 * <ul>
 *   <li>{@code example-0} ({@code suit.es256.spec-example.example-0}): the specification's example 0,
 *       secure boot, processed to applicability on a device of its vendor and class at sequence 0;</li>
 *   <li>{@code example-1} ({@code suit.es256.spec-example.example-1}): example 1, download and install,
 *       with its compatibility checks, processed to applicability;</li>
 *   <li>{@code install} ({@code suit.es256.scope.install-from-uri}): the suite's baseline manifest
 *       (sequence 7 on a device at 6), processed through installation: fetch from a URI and an image
 *       match against the 256-byte image the device serves.</li>
 * </ul>
 * The vectors are ES256 envelopes; only their manifests are used, which no signature algorithm
 * enters, so every producer signs exactly these bytes with every algorithm.
 */
public final class InteropManifests {
    private static final int ENVELOPE_MANIFEST = 3;

    private record Source(String name, String vector) {
    }

    private static final List<Source> STANDARD = List.of(
            new Source("example-0", "suit.es256.spec-example.example-0"),
            new Source("example-1", "suit.es256.spec-example.example-1"),
            new Source("install", "suit.es256.scope.install-from-uri"));

    private InteropManifests() {
    }

    /** The names of the standard manifests, in the order tables list them. */
    public static List<String> names() {
        return STANDARD.stream().map(Source::name).toList();
    }

    /**
     * The standard manifests from {@code corpus}; throws {@link IllegalArgumentException} naming the
     * vector when the corpus lacks one of them or it is not an accepted SUIT vector.
     */
    public static List<InteropManifest> standard(Corpus corpus) {
        List<InteropManifest> manifests = new ArrayList<>();
        for (Source source : STANDARD) {
            Vector vector = corpus.byId(source.vector()).filter(Vector::active).orElseThrow(() -> new IllegalArgumentException(
                    "the corpus has no active vector " + source.vector() + ", which the producer matrix takes its '"
                            + source.name() + "' manifest from; use the built-in corpus"));
            manifests.add(from(source.name(), vector));
        }
        return List.copyOf(manifests);
    }

    /** The manifest of an accepted SUIT vector, with its device and scope. */
    public static InteropManifest from(String name, Vector vector) {
        VectorId id = vector.id();
        if (!(vector.input() instanceof SuitInput input)) {
            throw new IllegalArgumentException(id + " is not a SUIT vector; the producer matrix signs SUIT manifests");
        }
        if (vector.expect().result() != ExpectedResult.ACCEPT) {
            throw new IllegalArgumentException(id + " is not an accepted vector; the producer matrix needs manifests "
                    + "a conformant envelope of which every verifier must accept");
        }
        return new InteropManifest(name, vector, manifestOf(id, input.envelope()));
    }

    /** The bstr-wrapped manifest (key 3) of an envelope, head included, exactly as the envelope carries it. */
    private static Bytes manifestOf(VectorId id, Bytes envelope) {
        try {
            CborItem item = CborDecoder.decode(envelope.toByteArray());
            CborItem content = item instanceof CborTag tag ? tag.content() : item;
            if (content instanceof CborMap map && map.get(ENVELOPE_MANIFEST).orElse(null) instanceof CborBytes manifest) {
                return Bytes.of(manifest.encoded().toByteArray());
            }
        } catch (Rejection notCbor) {
            throw new IllegalArgumentException("the envelope of " + id + " is not acceptable CBOR: " + notCbor.detail(), notCbor);
        }
        throw new IllegalArgumentException("the envelope of " + id + " has no manifest byte string at key 3");
    }
}
