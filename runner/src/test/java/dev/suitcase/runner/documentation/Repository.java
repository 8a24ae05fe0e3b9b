package dev.suitcase.runner.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checkout the tests run in: which files and directories it holds (build output and what
 * {@code .gitignore} ignores left out), its Markdown documents, and the resources under
 * {@code suitcase/} on the runner's classpath (the corpus, schemas and catalogue the jars carry).
 * Paths are relative to the root, '/'-separated; a directory's path has no trailing '/'.
 */
final class Repository {
    /** What {@code .gitignore} ignores is written by a build, a run or a setup; generated, never a document. */
    private static final String GITIGNORE = ".gitignore";
    /** Vector data, not documentation; the descriptions in it are checked one by one from the loaded corpus. */
    private static final String CORPUS = "vectors/corpus";
    private static final String CLASSPATH_DIRECTORY = "suitcase";

    private final Path root;
    private final Set<String> ignoredNames = new HashSet<>();
    private final Set<String> ignoredTopLevel = new HashSet<>();
    private final Set<String> entries = new TreeSet<>();
    private final Set<String> classpathEntries = new TreeSet<>();

    Repository(Path root) {
        this.root = root.toAbsolutePath().normalize();
        readGitignore();
        walk();
        readClasspath();
    }

    Path root() {
        return root;
    }

    /** Every Markdown file, vector data aside, in path order. */
    List<Path> markdownFiles() {
        return entries.stream().filter(entry -> entry.endsWith(".md") && !entry.startsWith(CORPUS + "/"))
                .map(root::resolve).toList();
    }

    /** Whether this root-relative path is a file or directory of the checkout. */
    boolean exists(String relative) {
        return entries.contains(relative);
    }

    /** Whether a file or directory of the checkout matches this root-relative glob. */
    boolean anyMatches(String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return entries.stream().anyMatch(entry -> matcher.matches(Path.of(entry)));
    }

    /** Whether a resource on the classpath matches this glob (or is this name). */
    boolean onClasspath(String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return classpathEntries.stream().anyMatch(entry -> matcher.matches(Path.of(entry)));
    }

    /** Whether a source file's path ends with this one, e.g. {@code cli/EngineRun.java}: a class named from its package. */
    boolean endsASourceFile(String tail) {
        return entries.stream().anyMatch(entry -> entry.contains("/src/") && entry.endsWith("/" + tail));
    }

    /**
     * Whether a root-relative path lies in what {@code .gitignore} ignores ({@code target/},
     * {@code .venv/}, {@code suitcase-report/}...): the output of a build, a run or a setup, which a
     * checkout does not hold.
     */
    boolean isGenerated(String relative) {
        String[] segments = relative.split("/");
        if (ignoredTopLevel.contains(segments[0])) {
            return true;
        }
        for (String segment : segments) {
            if (ignoredNames.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /** The root-relative form of an absolute path inside the root; empty for the root itself. */
    String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private void readGitignore() {
        for (String line : lines(root.resolve(GITIGNORE))) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#") || !pattern.endsWith("/")) {
                continue;
            }
            String name = pattern.substring(0, pattern.length() - 1);
            if (name.startsWith("/")) {
                ignoredTopLevel.add(name.substring(1));
            } else {
                ignoredNames.add(name);
            }
        }
        if (ignoredNames.isEmpty()) {
            throw new IllegalStateException(root.resolve(GITIGNORE) + " ignores no directory; expected target/ at least");
        }
    }

    private void walk() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(path -> !path.equals(root)).map(this::relative)
                    .filter(relative -> !relative.startsWith(".git") && !isGenerated(relative))
                    .forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Every resource under suitcase/ in every classpath root holding that directory, be it a directory or a jar. */
    private void readClasspath() {
        try {
            Enumeration<URL> roots = Repository.class.getClassLoader().getResources(CLASSPATH_DIRECTORY);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(Path.of(jarFile(url)), Map.of())) {
                        list(jar.getPath("/" + CLASSPATH_DIRECTORY), jar.getPath("/"));
                    }
                } else {
                    Path directory = Path.of(url.toURI());
                    list(directory, directory.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classpath's " + CLASSPATH_DIRECTORY + "/", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a classpath root has no usable URI: " + e.getMessage(), e);
        }
        if (classpathEntries.isEmpty()) {
            throw new IllegalStateException("no " + CLASSPATH_DIRECTORY + "/ resource on the classpath; the vectors jar carries the corpus there");
        }
    }

    private void list(Path directory, Path classpathRoot) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.map(path -> classpathRoot.relativize(path).toString().replace('\\', '/')).forEach(classpathEntries::add);
        }
    }

    private static URI jarFile(URL url) throws URISyntaxException {
        String spec = url.toString();
        return new URI(spec.substring("jar:".length(), spec.indexOf("!/")));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
