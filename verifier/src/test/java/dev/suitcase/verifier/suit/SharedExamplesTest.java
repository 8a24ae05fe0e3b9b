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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The examples as they stand in shared/reference/suit-examples, when that directory is present (it
 * is beside the repository on the development machines, not in it): the copies in the test resources
 * have not drifted, every signed example is accepted and every unsigned one is not authenticated.
 */
class SharedExamplesTest {

    private static Path sharedExamples() {
        String root = System.getProperty("suitcase.root");
        assumeTrue(root != null, "suitcase.root is not set");
        Path directory = Path.of(root, "..", "shared", "reference", "suit-examples").normalize();
        assumeTrue(Files.isDirectory(directory), directory + " is absent");
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
    void theTestResourcesAreExactCopiesOfTheSharedExamples() throws IOException {
        List<Path> files = hexFiles(sharedExamples());
        assertEquals(13, files.size(), files::toString);
        for (Path file : files) {
            byte[] shared = HEX.parseHex(Files.readString(file, StandardCharsets.US_ASCII).replaceAll("\\s", ""));
            assertArrayEquals(shared, example(name(file)), name(file));
        }
    }

    @Test
    void everySharedExampleIsAcceptedIfSignedAndUnauthenticatedIfNot() throws IOException {
        SuitProcessor processor = new SuitProcessor(VerifierOptions.DEFAULT);
        List<CoseKey> key = List.of(CoseKey.parse(EXAMPLE_COSE_KEY));
        for (Path file : hexFiles(sharedExamples())) {
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
