package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.corpus.CorpusVersion;
import dev.suitcase.vectors.corpus.CorpusWriter;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a Wycheproof signature-verification file (testvectors_v1) as signature-layer vectors:
 * ECDSA P-256/SHA-256 files with P1363 signatures become ES256 vectors, EdDSA edwards25519 files
 * become Ed25519 (-19) vectors. Other files are refused, naming what is supported.
 *
 * <p>Each test becomes {@code signature.<alg>.<area>.tc-<tcId>}. The key becomes a COSE_Key
 * (EC2 {1:2, -1:1, -2:x, -3:y} or OKP {1:1, -1:6, -2:x}, canonical CBOR); the expectation comes
 * from our own reading of the bytes, checked against Wycheproof's result (see
 * {@link EcdsaP1363Classifier} and {@link Ed25519Classifier}); the flags are carried over; the
 * provenance names the file and the tcId.
 *
 * <p>Ed25519 rather than the polymorphic EdDSA (-8): the signature layer tests the primitive, which
 * the fully specified identifier names exactly (RFC 9864 §2.2), and which the SUIT MTI profile uses.
 */
public final class WycheproofImporter {
    public static final String SOURCE = "wycheproof";
    public static final String DEFAULT_AREA = "wycheproof";
    public static final String ECDSA_FAMILY = "wycheproof-ecdsa-p1363";
    public static final String ED25519_FAMILY = "wycheproof-ed25519";

    private static final String ECDSA_P1363_SCHEMA = "ecdsa_p1363_verify_schema_v1.json";
    private static final String EDDSA_SCHEMA = "eddsa_verify_schema_v1.json";
    private static final int MAX_TITLE_COMMENT = 90;

    private WycheproofImporter() {
    }

    /**
     * How imported vectors are named and attributed.
     *
     * @param area      the area part of the ids, e.g. {@code wycheproof}
     * @param url       where the file can be read, for provenance; empty when unknown
     * @param generator the generator name for provenance
     */
    public record Settings(String area, Optional<String> url, String generator) {
        public Settings {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(generator, "generator");
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_AREA, Optional.empty(), CorpusVersion.GENERATOR);
        }
    }

    /** The vectors of one Wycheproof file, in file order. */
    public static List<Vector> importFile(Path file, Settings settings) {
        WycheproofFile wycheproof = WycheproofFile.read(file);
        Kind kind = Kind.of(wycheproof);
        // the file's directory stands for the sources: the importer reads nothing but the file
        GeneratorContext context = new GeneratorContext(file.toAbsolutePath().getParent(), settings.generator());
        List<Vector> vectors = new ArrayList<>(wycheproof.numberOfTests());
        for (WycheproofFile.Group group : wycheproof.groups()) {
            kind.checkGroup(wycheproof, group);
            for (WycheproofFile.Test test : group.tests()) {
                vectors.add(vector(wycheproof, kind, group, test, settings, context));
            }
        }
        return vectors;
    }

    /**
     * Imports {@code file} into a corpus of its own in {@code outputDirectory} (the command
     * {@code suitcase import wycheproof FILE --out DIR}); returns the index written.
     */
    public static CorpusIndex importTo(Path file, Path outputDirectory) {
        return CorpusWriter.write(outputDirectory, CorpusVersion.CURRENT, importFile(file, Settings.defaults()));
    }

    /**
     * One test as a vector, through {@link CaseSpec#vector} like every generated one. The texts taken from
     * the file are the values of the words {@code {title}}, {@code {description}} and {@code {robustness}},
     * never templates themselves: braces in a Wycheproof comment stay text.
     */
    private static Vector vector(WycheproofFile file, Kind kind, WycheproofFile.Group group, WycheproofFile.Test test,
                                 Settings settings, GeneratorContext context) {
        Classification classification;
        try {
            classification = kind.classify(test, group.key(), file.bugTypes());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(file.fileName() + ": " + e.getMessage(), e);
        }
        VectorId id = VectorId.of(Layer.SIGNATURE, Optional.of(kind.algorithm), settings.area(), "tc-" + test.tcId());
        SignatureInput input = new SignatureInput(kind.algorithm.coseId(), test.message(), test.signature(),
                kind.coseKey(group.key()));
        BuiltCase built = new BuiltCase(classification.expect(), input, SOURCE, settings.url(),
                Optional.of(file.fileName()), Optional.of("tcId " + test.tcId()), VectorStatus.ACTIVE);
        CaseSpec spec = CaseSpec.of(id.toString(), "{title}", classification.severity(), classification.requirements(),
                test.flags(), "{description}");
        Map<String, String> words = new HashMap<>(Map.of("title", title(test), "description",
                description(file, test, classification)));
        if (classification.robustness().isPresent()) {
            spec = spec.withRobustness("{robustness}");
            words.put("robustness", classification.robustness().get());
        }
        return spec.vector(id, built, words, kind.family, context);
    }

    private static String title(WycheproofFile.Test test) {
        String comment = test.comment().strip();
        int sentenceEnd = comment.indexOf(". ");
        if (sentenceEnd > 0) {
            comment = comment.substring(0, sentenceEnd);
        }
        if (comment.length() > MAX_TITLE_COMMENT) {
            comment = comment.substring(0, MAX_TITLE_COMMENT - 3) + "...";
        }
        if (comment.isEmpty()) {
            comment = test.flags().isEmpty() ? test.result() + " signature" : String.join(", ", test.flags());
        }
        return "Wycheproof tcId " + test.tcId() + ": " + comment;
    }

    private static String description(WycheproofFile file, WycheproofFile.Test test, Classification classification) {
        StringBuilder text = new StringBuilder(classification.explanation())
                .append("\n\nImported from Wycheproof ").append(file.fileName()).append(", tcId ").append(test.tcId());
        if (!test.comment().isBlank()) {
            text.append(" (\"").append(test.comment().strip()).append("\")");
        }
        text.append("; Wycheproof result: ").append(test.result());
        if (!test.flags().isEmpty()) {
            text.append("; flags: ").append(String.join(", ", test.flags()));
        }
        return text.append('.').toString();
    }

    /** The two kinds of file the importer reads. */
    private enum Kind {
        ECDSA_P256_P1363(Algorithm.ES256, ECDSA_FAMILY) {
            @Override
            void checkGroup(WycheproofFile file, WycheproofFile.Group group) {
                if (!group.curve().equals("secp256r1") || !group.hash().equals("SHA-256")) {
                    throw new IllegalArgumentException(file.fileName() + " has a group on curve '" + group.curve()
                            + "' with hash '" + group.hash() + "'; ES256 is P-256 (secp256r1) with SHA-256");
                }
            }

            @Override
            Classification classify(WycheproofFile.Test test, Bytes key, Map<String, String> bugTypes) {
                return EcdsaP1363Classifier.classify(test, key, bugTypes);
            }

            @Override
            Bytes coseKey(Bytes key) {
                byte[] point = key.toByteArray();
                int half = (point.length - 1) / 2;
                return CoseKeys.ec2P256(Arrays.copyOfRange(point, 1, 1 + half), Arrays.copyOfRange(point, 1 + half, point.length));
            }
        },
        ED25519(Algorithm.ED25519, ED25519_FAMILY) {
            @Override
            void checkGroup(WycheproofFile file, WycheproofFile.Group group) {
                if (!group.curve().equals("edwards25519")) {
                    throw new IllegalArgumentException(file.fileName() + " has a group on curve '" + group.curve()
                            + "'; the suite covers EdDSA on edwards25519 (Ed25519) only");
                }
            }

            @Override
            Classification classify(WycheproofFile.Test test, Bytes key, Map<String, String> bugTypes) {
                return Ed25519Classifier.classify(test, key, bugTypes);
            }

            @Override
            Bytes coseKey(Bytes key) {
                return CoseKeys.okpEd25519(key.toByteArray());
            }
        };

        private final Algorithm algorithm;
        private final String family;

        Kind(Algorithm algorithm, String family) {
            this.algorithm = algorithm;
            this.family = family;
        }

        abstract void checkGroup(WycheproofFile file, WycheproofFile.Group group);

        abstract Classification classify(WycheproofFile.Test test, Bytes key, Map<String, String> bugTypes);

        abstract Bytes coseKey(Bytes key);

        static Kind of(WycheproofFile file) {
            if (file.algorithm().equals("ECDSA") && file.schema().equals(ECDSA_P1363_SCHEMA)) {
                return ECDSA_P256_P1363;
            }
            if (file.algorithm().equals("EDDSA") && file.schema().equals(EDDSA_SCHEMA)) {
                return ED25519;
            }
            throw new IllegalArgumentException(file.fileName() + " is a Wycheproof '" + file.algorithm() + "' file with schema '"
                    + file.schema() + "'; the importer reads ECDSA P1363 files (" + ECDSA_P1363_SCHEMA
                    + ", P-256 with SHA-256) and EdDSA files (" + EDDSA_SCHEMA + ", Ed25519)");
        }
    }
}
