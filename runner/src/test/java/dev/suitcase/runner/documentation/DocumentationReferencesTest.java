package dev.suitcase.runner.documentation;

import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.runner.cli.SuitcaseCommand;
import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.interop.InteropManifests;
import dev.suitcase.runner.interop.InteropPlan;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.selection.VectorSelector;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Checks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reference the documentation makes resolves: each Markdown file of the repository (build
 * output and the corpus's data aside) and the {@code --help} text of every {@code suitcase}
 * command. A vector id or {@code --filter} glob matches at least one vector of the built-in corpus
 * (withdrawn ones included: the changelog names them); a check id or glob names a check of the
 * reference verifier; a link, path or cited section is a file, directory or heading of the
 * repository, not one outside it. {@link IdMention} and {@link PathMention} say what counts as a
 * mention. Nothing is exempt but what a build, a run or a setup writes (what {@code .gitignore}
 * ignores, and the run's {@code summary.md}), and the ids in {@link #DELIBERATELY_ABSENT}.
 */
class DocumentationReferencesTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", ".."));
    /** Wide enough that picocli wraps no line of a description, so no glob or path is cut in two. */
    private static final int UNWRAPPED = 1_000;

    /** Ids a document names on purpose although no vector or check has them, each with where and why. */
    private static final List<Absent> DELIBERATELY_ABSENT = List.of(
            new Absent("vectors/CHANGELOG.md", "suit.auth.block-untagged", "the changelog records that the check was removed"),
            new Absent("vectors/CHANGELOG.md", "suit.limits.components", "the changelog records that the check was removed"));

    private static Repository repository;
    private static Corpus corpus;
    private static List<Document> documents;
    private static List<IdMention> filterOptionExamples;

    @BeforeAll
    static void readTheDocumentation() {
        repository = new Repository(ROOT);
        corpus = CorpusLoader.fromClasspath();
        documents = new ArrayList<>();
        for (Path file : repository.markdownFiles()) {
            documents.add(new Document(repository.relative(file), file.getParent(), read(file), true));
        }
        filterOptionExamples = new ArrayList<>();
        CommandLine suitcase = new CommandLine(new SuitcaseCommand());
        suitcase.setUsageHelpWidth(UNWRAPPED);
        addHelpTexts(suitcase);
    }

    @Test
    void readsEveryMarkdownFileAndTheHelpOfEveryCommand() {
        Set<String> names = documents.stream().map(Document::name).collect(Collectors.toSet());
        for (String expected : List.of("README.md", "adapters/PROTOCOL.md", "vectors/README.md", "vectors/CHANGELOG.md",
                "runner/README.md", "verifier/src/test/resources/suit/README.md", "suitcase --help", "suitcase run --help",
                "suitcase list --help", "suitcase show --help")) {
            assertTrue(names.contains(expected), expected + " is not read; read: " + names);
        }
        assertTrue(names.stream().noneMatch(name -> name.contains("target/") || name.startsWith("vectors/corpus/")),
                names.toString());
        assertFalse(filterOptionExamples.isEmpty(), "no --filter option with an example in any help text");
    }

    @Test
    void everyVectorIdAndGlobMatchesAVectorOfTheBuiltInCorpus() {
        List<String> ids = new ArrayList<>(corpus.vectors().stream().map(vector -> vector.id().toString()).toList());
        ids.addAll(interopIds());
        List<IdMention> mentions = mentions(IdMention.Kind.VECTOR);
        mentions.addAll(filterOptionExamples);
        assertTrue(mentions.size() > 100, "only " + mentions.size() + " vector ids found; is the pattern still right?");
        assertNoProblems(mentions.stream().map(mention -> unmatched(mention, ids, "no vector of the built-in corpus"))
                .flatMap(Optional::stream).toList());
    }

    @Test
    void everyCheckIdAndGlobNamesACheckOfTheReferenceVerifier() {
        List<String> ids = Checks.all().stream().map(Check::id).toList();
        List<IdMention> mentions = mentions(IdMention.Kind.CHECK);
        assertTrue(mentions.size() > 20, "only " + mentions.size() + " check ids found; is the pattern still right?");
        assertNoProblems(mentions.stream().map(mention -> unmatched(mention, ids, "no check of the reference verifier"))
                .flatMap(Optional::stream).toList());
    }

    @Test
    void everyIdStartingWithALayerIsAVectorIdOrACheckId() {
        assertNoProblems(mentions(IdMention.Kind.NEITHER).stream()
                .map(mention -> mention.at() + ": " + mention.text() + " is neither a vector id (its second part would "
                        + "be an algorithm token: es256, esp256, eddsa, ed25519, hss-lms or any) nor a check id (three parts)")
                .toList());
    }

    @Test
    void everyLinkPathAndSectionResolvesInsideTheRepository() {
        List<PathMention> mentions = documents.stream().flatMap(document -> PathMention.in(document, repository).stream())
                .toList();
        assertTrue(mentions.size() > 100, "only " + mentions.size() + " references found; is the pattern still right?");
        assertNoProblems(mentions.stream().map(this::unresolved).flatMap(Optional::stream).toList());
    }

    @Test
    void noVectorDescriptionCitesAFileOutsideTheRepository() {
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        for (Vector vector : corpus.vectors()) {
            String text = vector.title() + "\n" + vector.description() + "\n" + vector.robustness().orElse("");
            Document document = new Document("vector " + vector.id(), repository.root(), text, false);
            for (PathMention mention : PathMention.in(document, repository)) {
                unresolved(mention).ifPresent(problem -> byFamily
                        .computeIfAbsent(vector.provenance().family(), family -> new ArrayList<>()).add(problem));
            }
        }
        assertNoProblems(byFamily.entrySet().stream()
                .map(family -> "family " + family.getKey() + ":\n    " + String.join("\n    ", family.getValue()))
                .toList());
    }

    /** The test would catch what it is for: ids, globs and files the documents once named and that do not exist. */
    @Test
    void catchesAnIdOrGlobThatMatchesNothingAndAFileOutsideTheRepository() {
        Document sample = new Document("sample.md", repository.root(), String.join("\n",
                "Run `./suitcase list --filter 'suit.*.rollback.*'` to see them;",
                "> {\"type\":\"verify\",\"id\":\"signature.ed25519.sig.s-above-l\",\"layer\":\"signature\"}",
                "`cose.alg.not-allowed` rejects it; see VECTORS.md and `../shared/reference/` (vectors/README.md, \"No Such Part\").",
                "The file `signature.bin`, the class dev.suitcase.verifier.suit.Device, `cose.key.cbor.nested` and",
                "./suitcase run --filter '*small-order*' --filter GLOB"), true);
        Map<String, IdMention.Kind> found = IdMention.in(sample).stream()
                .collect(Collectors.toMap(IdMention::text, IdMention::kind, (a, b) -> a, LinkedHashMap::new));
        assertEquals(Map.of("suit.*.rollback.*", IdMention.Kind.VECTOR,
                "signature.ed25519.sig.s-above-l", IdMention.Kind.VECTOR,
                "cose.alg.not-allowed", IdMention.Kind.CHECK,
                "cose.key.cbor.nested", IdMention.Kind.NEITHER,
                "*small-order*", IdMention.Kind.VECTOR), found);
        List<String> ids = corpus.vectors().stream().map(vector -> vector.id().toString()).toList();
        List<String> unmatched = IdMention.in(sample).stream().filter(mention -> mention.kind() == IdMention.Kind.VECTOR)
                .map(mention -> unmatched(mention, ids, "no vector")).flatMap(Optional::stream).toList();
        assertEquals(List.of("sample.md:1: suit.*.rollback.* matches no vector",
                "sample.md:2: signature.ed25519.sig.s-above-l matches no vector"), unmatched);

        List<String> unresolved = PathMention.in(sample, repository).stream().map(this::unresolved)
                .flatMap(Optional::stream).toList();
        assertEquals(List.of("sample.md:3: VECTORS.md is no file or directory of the repository",
                "sample.md:3: ../shared/reference/ leaves the repository",
                "sample.md:3: vectors/README.md has no section \"No Such Part\""), unresolved);
    }

    private static List<IdMention> mentions(IdMention.Kind kind) {
        return documents.stream().flatMap(document -> IdMention.in(document).stream())
                .filter(mention -> mention.kind() == kind).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The ids of the vectors {@code suitcase interop} makes when the adapters this repository names
     * (the JVM adapters and the short names of adapters/adapters.json) are producers: every standard
     * manifest, algorithm and kind. They exist only during such a run, but the documentation rightly
     * names them.
     */
    private static List<String> interopIds() {
        List<String> producers = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT)).choices().stream()
                .filter(name -> !name.contains("<")).toList();
        List<String> ids = new ArrayList<>();
        for (String manifest : InteropManifests.names()) {
            for (Algorithm algorithm : InteropPlan.algorithms(Optional.empty())) {
                for (InteropId.Kind kind : InteropId.Kind.values()) {
                    for (String producer : producers) {
                        ids.add(InteropId.of(kind, algorithm, manifest, producer).toString());
                    }
                }
            }
        }
        return ids;
    }

    private static Optional<String> unmatched(IdMention mention, List<String> ids, String what) {
        if (DELIBERATELY_ABSENT.stream().anyMatch(absent -> absent.document().equals(mention.document().name())
                && absent.id().equals(mention.text()))) {
            return Optional.empty();
        }
        Predicate<String> glob;
        try {
            glob = VectorSelector.idGlob(mention.glob());
        } catch (IllegalArgumentException e) {
            return Optional.of(mention.at() + ": " + mention.text() + ": " + e.getMessage());
        }
        return ids.stream().anyMatch(glob) ? Optional.empty()
                : Optional.of(mention.at() + ": " + mention.text() + " matches " + what);
    }

    /**
     * Why a reference does not resolve, if it does not. A link is resolved from its document's
     * directory; another path from that directory or any above it up to the root (a module's README
     * names {@code corpus/} of its module and {@code vectors/generate} of the repository alike), then
     * as a resource on the classpath ({@code suitcase/corpus/}) and as a class named from its package
     * ({@code cli/EngineRun}). What a build, a run or a setup writes need not exist.
     */
    private Optional<String> unresolved(PathMention mention) {
        Document document = mention.document();
        if (mention.link() && mention.path().isEmpty()) {
            return section(mention, repository.root().resolve(document.name()));
        }
        String path = mention.path().endsWith("/") ? mention.path().substring(0, mention.path().length() - 1)
                : mention.path();
        String glob = path.replaceAll("<[A-Za-z]+>", "*");
        boolean wildcard = glob.chars().anyMatch(c -> "*?{[".indexOf(c) >= 0);
        List<Path> bases = mention.link() ? List.of(document.directory()) : upToRoot(document.directory());
        boolean leaves = false;
        for (Path base : bases) {
            Path resolved = base.resolve(glob).normalize();
            if (!resolved.startsWith(repository.root())) {
                leaves = true;
                continue;
            }
            String relative = repository.relative(resolved);
            if (repository.isGenerated(relative)) {
                return Optional.empty();
            }
            if (wildcard ? repository.anyMatches(relative) : relative.isEmpty() || repository.exists(relative)) {
                return section(mention, resolved);
            }
        }
        if (leaves) {
            return Optional.of(mention.at() + ": " + mention.path() + " leaves the repository");
        }
        if (!mention.link() && (path.equals(Reports.SUMMARY) || repository.onClasspath(glob)
                || repository.endsASourceFile(path.endsWith(".java") ? path : path + ".java"))) {
            return Optional.empty();
        }
        return Optional.of(mention.at() + ": " + mention.path() + " is no file or directory of the repository");
    }

    /** Why the anchor or heading a reference names is not in the Markdown file it resolved to, if it is not. */
    private static Optional<String> section(PathMention mention, Path file) {
        if (mention.anchor().isEmpty() && mention.heading().isEmpty()) {
            return Optional.empty();
        }
        if (!file.toString().endsWith(".md") || Files.isDirectory(file)) {
            return Optional.of(mention.at() + ": " + mention.path() + " is no Markdown file, so it has no sections");
        }
        List<String> headings = Markdown.headings(read(file));
        if (mention.anchor().isPresent()) {
            Set<String> anchors = headings.stream().map(Markdown::anchor).collect(Collectors.toSet());
            return anchors.contains(mention.anchor().get()) ? Optional.empty()
                    : Optional.of(mention.at() + ": " + mention.path() + " has no heading with anchor #"
                    + mention.anchor().get());
        }
        String heading = mention.heading().get().replace("`", "").toLowerCase(Locale.ROOT);
        return headings.stream().anyMatch(title -> title.toLowerCase(Locale.ROOT).equals(heading)) ? Optional.empty()
                : Optional.of(mention.at() + ": " + mention.path() + " has no section \"" + mention.heading().get() + "\"");
    }

    private static List<Path> upToRoot(Path directory) {
        List<Path> directories = new ArrayList<>();
        for (Path current = directory.toAbsolutePath().normalize(); current.startsWith(repository.root());
             current = current.getParent()) {
            directories.add(current);
        }
        return directories;
    }

    /** The help text of the command and of each command below it, and the examples of each {@code --filter}. */
    private static void addHelpTexts(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        Document help = new Document(name + " --help", repository.root(), command.getUsageMessage(CommandLine.Help.Ansi.OFF),
                false);
        documents.add(help);
        CommandLine.Model.OptionSpec filter = command.getCommandSpec().findOption("--filter");
        if (filter != null) {
            filterOptionExamples.addAll(IdMention.filterExamples(String.join(" ", filter.description()), help));
        }
        Set<CommandLine> subcommands = Collections.newSetFromMap(new IdentityHashMap<>());
        subcommands.addAll(command.getSubcommands().values());
        subcommands.stream().sorted(Comparator.comparing(CommandLine::getCommandName))
                .forEach(DocumentationReferencesTest::addHelpTexts);
    }

    private static void assertNoProblems(List<String> problems) {
        Set<String> distinct = new TreeSet<>(problems);
        assertTrue(distinct.isEmpty(), distinct.size() + " unresolved:\n" + String.join("\n", distinct));
    }

    /** An id that {@code document} names although it does not exist, and {@code why}. */
    private record Absent(String document, String id, String why) {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
