package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples as the corpus generator imports them (vectors/sources/suit-examples, the hex printed
 * in draft-ietf-suit-manifest-37 Appendix B): the copies in this module's test resources have not
 * drifted from them, every signed example is accepted and every unsigned one is not authenticated.
 * The directory is part of the repository; its absence fails the tests.
 */
class DraftExamplesTest {

    private static Path draftExamples() {
        Path directory = Path.of(System.getProperty("suitcase.root", ".."), "vectors", "sources", "suit-examples")
                .normalize();
        assertTrue(Files.isDirectory(directory), directory + " is absent: the generator's copy of the draft's examples");
        return directory;
    }

    private static List<Path> hexFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".hex")).sorted().toList();
        }
    }

    private static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".hex".length());
    }

    @Test
    void theTestResourcesAreExactCopiesOfTheGeneratorsExamples() throws IOException {
        List<Path> files = hexFiles(draftExamples());
        assertEquals(13, files.size(), files::toString);
        for (Path file : files) {
            byte[] shared = HEX.parseHex(Files.readString(file, StandardCharsets.US_ASCII).replaceAll("\\s", ""));
            assertArrayEquals(shared, example(name(file)), name(file));
        }
    }

    @Test
    void everyExampleIsAcceptedIfSignedAndUnauthenticatedIfNot() throws IOException {
        SuitProcessor processor = new SuitProcessor(VerifierOptions.DEFAULT);
        List<CoseKey> key = List.of(CoseKey.parse(EXAMPLE_COSE_KEY));
        for (Path file : hexFiles(draftExamples())) {
            byte[] envelope = HEX.parseHex(Files.readString(file, StandardCharsets.US_ASCII).replaceAll("\\s", ""));
            Outcome outcome = processor.process(envelope, key, exampleDevice(), Scope.APPLICABILITY);
            if (name(file).endsWith("-unsigned")) {
                assertEquals(Optional.of(Reason.AUTHENTICATION_MISSING), outcome.reason(), name(file) + ": " + outcome);
            } else {
                assertTrue(outcome.accepted(), name(file) + ": " + outcome);
            }
        }
    }
}
