package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * Loading must stay cheap enough to run the whole corpus often. The bound is loose, for a shared
 * machine; what it catches is per-file work that does not belong there, such as compiling the
 * schema for every file (which alone costs several seconds for 2,000 files).
 */
class CorpusLoadSpeedTest {
    @TempDir
    Path directory;

    @Test
    void loadsTwoThousandVectorsWithinFiveSeconds() {
        List<Vector> vectors = new ArrayList<>();
        for (Vector sample : List.of(SampleVectors.signature(), SampleVectors.cose(), SampleVectors.suit())) {
            for (int i = 0; i < 667; i++) {
                VectorId id = VectorId.of(sample.layer(), sample.algorithm(), "speed", "case-" + i);
                vectors.add(new Vector(id, sample.title(), sample.description(), sample.algorithm(), sample.expect(),
                        sample.severity(), sample.requirements(), sample.flags(), sample.input(), sample.provenance(),
                        sample.status()));
            }
        }
        CorpusWriter.write(directory, TestCorpus.VERSION, vectors);
        CorpusLoader.fromDirectory(directory);

        Corpus corpus = assertTimeout(Duration.ofSeconds(5), () -> CorpusLoader.fromDirectory(directory));

        assertEquals(2001, corpus.vectors().size());
    }
}
