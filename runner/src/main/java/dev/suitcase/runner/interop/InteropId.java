package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.crypto.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a synthetic vector of the producer × verifier matrix ({@code suitcase interop}), made from
 * one producer's envelope of one manifest with one algorithm. Ids of the vector grammar
 * ({@code <layer>.<alg>.<area>.<case>}) in two areas no corpus vector may use,
 * {@value #PRODUCTION_AREA} and {@value #VERIFICATION_AREA}, so they never collide with a corpus id;
 * the case is {@code <manifest>-from-<producer>}:
 * <ul>
 *   <li>{@code suit.es256.interop-sign.example-0-from-python}: python's own result, did it sign the
 *       manifest into an envelope the reference verifier accepts ({@link Kind#SIGNED});</li>
 *   <li>{@code suit.es256.interop.example-0-from-python}: the envelope on the manifest's device, for
 *       every verifier of the SUIT layer ({@link Kind#ENVELOPE});</li>
 *   <li>{@code cose.es256.interop.example-0-from-python}: the envelope's first COSE_Sign1 with its
 *       detached SUIT_Digest, for every verifier of the COSE layer ({@link Kind#COSE_SIGN1}).</li>
 * </ul>
 * The producer is named by {@link #token} of its adapter spec.
 *
 * @param kind      which of the three vectors
 * @param algorithm the algorithm the envelope is signed with
 * @param manifest  the {@link InteropManifest#name()} signed
 * @param producer  the producer's {@link #token}
 */
public record InteropId(Kind kind, Algorithm algorithm, String manifest, String producer) {
    /** The area of the producers' own results. */
    public static final String PRODUCTION_AREA = "interop-sign";
    /** The area of the vectors every verifier is sent. */
    public static final String VERIFICATION_AREA = "interop";

    private static final String FROM = "-from-";
    private static final Pattern WORDS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The longest readable part of a token, so a title naming it stays within a vector title's 120 characters. */
    private static final int TOKEN_WORDS = 40;
    private static final int TOKEN_HASH_HEX = 8;

    /** The three vectors an envelope makes. */
    public enum Kind {
        /** The producer's answer to the sign request, judged by the reference verifier on the envelope. */
        SIGNED(Layer.SUIT, PRODUCTION_AREA),
        /** The envelope, processed on the manifest's device. */
        ENVELOPE(Layer.SUIT, VERIFICATION_AREA),
        /** The envelope's first COSE_Sign1 with its detached SUIT_Digest. */
        COSE_SIGN1(Layer.COSE, VERIFICATION_AREA);

        private final Layer layer;
        private final String area;

        Kind(Layer layer, String area) {
            this.layer = layer;
            this.area = area;
        }

        public Layer layer() {
            return layer;
        }
    }

    public InteropId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(algorithm, "algorithm");
        requireWords(manifest, "manifest");
        if (List.of(manifest.split("-")).contains("from")) {
            throw new IllegalArgumentException("an interop manifest's name must not contain the word 'from', which "
                    + "separates it from the producer in a vector id: '" + manifest + "'");
        }
        requireWords(producer, "producer");
    }

    /** The id of {@code kind} for the envelope of {@code manifest} that the adapter {@code producerSpec} signed with {@code algorithm}. */
    public static InteropId of(Kind kind, Algorithm algorithm, String manifest, String producerSpec) {
        return new InteropId(kind, algorithm, manifest, token(producerSpec));
    }

    /** The interop id {@code id} is, if it is in one of the two areas; empty for any other vector. */
    public static Optional<InteropId> of(VectorId id) {
        Optional<Algorithm> algorithm = id.algorithm();
        int from = id.caseName().indexOf(FROM);
        if (algorithm.isEmpty() || from < 0) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.layer == id.layer() && kind.area.equals(id.area())) {
                return Optional.of(new InteropId(kind, algorithm.get(), id.caseName().substring(0, from),
                        id.caseName().substring(from + FROM.length())));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code id} is in an area reserved for the producer × verifier matrix, whatever its case. */
    public static boolean reserved(VectorId id) {
        return id.area().equals(PRODUCTION_AREA) || id.area().equals(VERIFICATION_AREA);
    }

    /**
     * How vector ids name the adapter {@code spec}: the spec itself when it is lowercase words joined
     * by '-' of at most {@value #TOKEN_WORDS} characters ({@code reference}, {@code python}); else its
     * last words, at most {@value #TOKEN_WORDS} characters of them, and the first {@value #TOKEN_HASH_HEX}
     * hex digits of its SHA-256, so two specs never share a token by accident
     * ({@code process:./my-adapter} is {@code process-my-adapter-} and eight hex digits).
     */
    public static String token(String spec) {
        if (spec.length() <= TOKEN_WORDS && WORDS.matcher(spec).matches()) {
            return spec;
        }
        String words = spec.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > TOKEN_WORDS) {
            // the end of a spec says most: the class of a java: spec, the program of a process: one
            String[] parts = words.split("-");
            StringBuilder tail = new StringBuilder();
            for (int i = parts.length - 1; i >= 0 && tail.length() + parts[i].length() + 1 <= TOKEN_WORDS; i--) {
                tail.insert(0, tail.isEmpty() ? parts[i] : parts[i] + "-");
            }
            words = tail.toString();
        }
        String hash = HexFormat.of().formatHex(Sha256.digest(spec.getBytes(StandardCharsets.UTF_8))).substring(0, TOKEN_HASH_HEX);
        return words.isEmpty() ? hash : words + "-" + hash;
    }

    /** The vector id. */
    public VectorId vectorId() {
        return VectorId.of(kind.layer, Optional.of(algorithm), kind.area, manifest + FROM + producer);
    }

    @Override
    public String toString() {
        return vectorId().toString();
    }

    private static void requireWords(String value, String part) {
        Objects.requireNonNull(value, part);
        if (!WORDS.matcher(value).matches()) {
            throw new IllegalArgumentException("an interop vector's " + part + " is lowercase letters and digits, words "
                    + "joined by '-', not '" + value + "'");
        }
    }
}
