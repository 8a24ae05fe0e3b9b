package dev.suitcase.vectors;

import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.corpus.CorpusVersion;
import dev.suitcase.vectors.corpus.CorpusWriter;
import dev.suitcase.vectors.families.cose.CoseAllowedAlgorithmFamily;
import dev.suitcase.vectors.families.cose.CoseHeaderFamily;
import dev.suitcase.vectors.families.cose.CoseKeyFamily;
import dev.suitcase.vectors.families.cose.CoseReadingFamily;
import dev.suitcase.vectors.families.cose.CoseSigStructureFamily;
import dev.suitcase.vectors.families.cose.CoseStructureFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaAlgorithmFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaCoseFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaIsolationFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaKnownAnswerFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaPublicKeyFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureBindingFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureEncodingFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureRangeFamily;
import dev.suitcase.vectors.families.ecdsa.WycheproofEcdsaP1363Family;
import dev.suitcase.vectors.families.eddsa.Ed25519CofactorFamily;
import dev.suitcase.vectors.families.eddsa.Ed25519EncodingFamily;
import dev.suitcase.vectors.families.eddsa.Ed25519EquationFamily;
import dev.suitcase.vectors.families.eddsa.Ed25519KeyFamily;
import dev.suitcase.vectors.families.eddsa.Ed25519SpeccheckFamily;
import dev.suitcase.vectors.families.eddsa.Ed25519TorsionFamily;
import dev.suitcase.vectors.families.eddsa.EddsaCoseFamily;
import dev.suitcase.vectors.families.eddsa.WycheproofEd25519Family;
import dev.suitcase.vectors.families.hss.HssBitFlipFamily;
import dev.suitcase.vectors.families.hss.HssCoseFamily;
import dev.suitcase.vectors.families.hss.HssCoseKeyFamily;
import dev.suitcase.vectors.families.hss.HssKnownAnswerFamily;
import dev.suitcase.vectors.families.hss.HssParameterSetFamily;
import dev.suitcase.vectors.families.hss.HssPublicKeyFamily;
import dev.suitcase.vectors.families.hss.HssSignatureBindingFamily;
import dev.suitcase.vectors.families.hss.HssSignatureFormatFamily;
import dev.suitcase.vectors.families.suit.SuitLayerFamily;
import dev.suitcase.vectors.families.suit.SuitSpecExamplesFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.RequirementCatalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the corpus from its families and writes it: every vector at
 * {@code <layer>/<alg>/<id>.json} and {@code index.json}, byte-identical on every run. Before
 * writing it checks what no single family can: ids are unique across families, each vector names
 * the family that built it, and every requirement it cites is in the catalogue.
 *
 * <p>This is the composition root of the module: the framework lives in
 * {@code dev.suitcase.vectors.generate}, the families in the domain packages under
 * {@code dev.suitcase.vectors.families} ({@code ecdsa}, {@code eddsa}, {@code hss}, {@code cose}, {@code suit}).
 *
 * <p>Run it with {@code vectors/generate}, or as {@code CorpusGenerator OUTPUT_DIR [SOURCES_DIR]};
 * the sources directory defaults to {@code sources/} beside the output directory.
 */
public final class CorpusGenerator {
    private final List<VectorFamily> families;
    private final RequirementCatalogue catalogue;

    public CorpusGenerator(List<VectorFamily> families, RequirementCatalogue catalogue) {
        this.families = List.copyOf(families);
        this.catalogue = catalogue;
    }

    /** The generator of the committed corpus: every family, and the committed catalogue. */
    public static CorpusGenerator standard() {
        return new CorpusGenerator(List.of(
                new WycheproofEcdsaP1363Family(),
                new WycheproofEd25519Family(),
                new SuitSpecExamplesFamily(),
                new CoseStructureFamily(),
                new CoseHeaderFamily(),
                new CoseKeyFamily(),
                new CoseSigStructureFamily(),
                new CoseReadingFamily(),
                new HssKnownAnswerFamily(),
                new HssParameterSetFamily(),
                new HssPublicKeyFamily(),
                new HssSignatureFormatFamily(),
                new HssSignatureBindingFamily(),
                new HssBitFlipFamily(),
                new HssCoseFamily(),
                new HssCoseKeyFamily(),
                new SuitLayerFamily(),
                new EcdsaSignatureEncodingFamily(),
                new EcdsaSignatureRangeFamily(),
                new EcdsaSignatureBindingFamily(),
                new EcdsaPublicKeyFamily(),
                new EcdsaAlgorithmFamily(),
                new EcdsaKnownAnswerFamily(),
                new EcdsaCoseFamily(),
                new EcdsaIsolationFamily(),
                new Ed25519EncodingFamily(),
                new Ed25519TorsionFamily(),
                new Ed25519CofactorFamily(),
                new Ed25519EquationFamily(),
                new Ed25519SpeccheckFamily(),
                new Ed25519KeyFamily(),
                new EddsaCoseFamily(),
                new CoseAllowedAlgorithmFamily()), RequirementCatalogue.fromClasspath());
    }

    /** Every vector, checked, in id order. */
    public List<Vector> generate(Path sources) {
        GeneratorContext context = new GeneratorContext(sources, CorpusVersion.GENERATOR);
        List<Vector> vectors = new ArrayList<>();
        Map<String, String> familyOfId = new HashMap<>();
        for (VectorFamily family : families) {
            for (Vector vector : family.vectors(context)) {
                String id = vector.id().toString();
                String previous = familyOfId.put(id, family.name());
                if (previous != null) {
                    throw new IllegalStateException("vector id " + id + " is built by family " + previous
                            + " and again by family " + family.name() + "; ids are unique");
                }
                if (!vector.provenance().family().equals(family.name())) {
                    throw new IllegalStateException("vector " + id + " is built by family " + family.name()
                            + " but its provenance names family " + vector.provenance().family());
                }
                List<String> unknown = catalogue.unknown(vector.requirements());
                if (!unknown.isEmpty()) {
                    throw new IllegalStateException("vector " + id + " cites requirements that requirements.json does not "
                            + "hold: " + unknown);
                }
                vectors.add(vector);
            }
        }
        vectors.sort(Comparator.comparing(vector -> vector.id().toString()));
        return vectors;
    }

    /** Generates and writes the corpus into {@code output}, replacing the corpus there. */
    public CorpusIndex write(Path output, Path sources) {
        return CorpusWriter.write(output, CorpusVersion.CURRENT, generate(sources));
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CorpusGenerator OUTPUT_DIR [SOURCES_DIR]\n"
                    + "  writes the corpus into OUTPUT_DIR (replacing the corpus there); SOURCES_DIR holds the imported\n"
                    + "  upstream files and defaults to sources/ beside OUTPUT_DIR");
            System.exit(2);
        }
        Path output = Path.of(args[0]).toAbsolutePath().normalize();
        Path sources = args.length == 2 ? Path.of(args[1]) : output.resolveSibling("sources");
        CorpusIndex index = standard().write(output, sources);
        System.out.println("wrote " + index.entries().size() + " vectors (corpus " + index.corpusVersion() + ") to " + output);
    }
}
