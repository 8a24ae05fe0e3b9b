package dev.suitcase.runner.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

/** Reads the files named on the command line, as raw bytes or, with {@code --hex}, as hex text. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * @param option the option that named the file, for messages
     * @throws CommandLine.ParameterException when the file cannot be read or is not hex text
     */
    static byte[] read(CommandLine commandLine, String option, Path file, boolean hex) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": no such file: " + file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": cannot read " + file + ": " + e.getMessage());
        }
        if (!hex) {
            return content;
        }
        String text = new String(content, StandardCharsets.US_ASCII).replaceAll("\\s+", "");
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": " + file
                    + " is not hex text (--hex expects pairs of hex digits, whitespace ignored): " + e.getMessage());
        }
    }
}
