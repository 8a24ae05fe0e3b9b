package dev.suitcase.runner.cli;

import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The results files the commands take and write: a path is a {@code results.json} file, or a
 * directory holding one (what {@code --out DIR} writes), so the output directory of one command is
 * the input of the next.
 */
final class ResultsFiles {
    private ResultsFiles() {
    }

    /** Reads a results file or directory; an unusable one is a usage error naming the file and field. */
    static Results read(CommandLine commandLine, Path given) {
        try {
            return ResultsJson.read(input(given));
        } catch (JsonFileException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** The file a given input path stands for: itself, or {@code results.json} in it when it is a directory. */
    static Path input(Path given) {
        return Files.isDirectory(given) ? given.resolve(ResultsJson.FILE_NAME) : given;
    }

    /**
     * The file {@code --out} stands for: {@code results.json} in it when it is an existing directory or
     * does not end in {@code .json} (a directory to create), else the file itself.
     */
    static Path output(Path given) {
        boolean file = !Files.isDirectory(given) && given.getFileName() != null
                && given.getFileName().toString().endsWith(".json");
        return file ? given : given.resolve(ResultsJson.FILE_NAME);
    }

    /** Writes {@code results} atomically to {@code target}; a path that cannot be written is a usage error. */
    static void write(CommandLine commandLine, Results results, Path target) {
        try {
            ResultsJson.write(results, target);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--out: cannot write " + target + ": " + why(e)
                    + "; give a directory you can write to");
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return e.getMessage() + " is a file where a directory is needed";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory " + e.getMessage();
        }
        return e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
}
