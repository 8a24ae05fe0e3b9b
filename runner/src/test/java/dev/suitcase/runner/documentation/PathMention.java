package dev.suitcase.runner.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file, directory or section of the repository as a document refers to it.
 *
 * <p>What counts as a reference in Markdown:
 * <ul>
 *   <li>the target of every link that is no web address, relative to the document;</li>
 *   <li>every path-like token elsewhere (prose, code spans, command lines; web addresses and the
 *       fenced blocks of file contents, whose strings are field values, aside) that is clearly a
 *       path: it starts with {@code ./} or {@code ../}, ends with '/', ends in a file name with an
 *       extension, starts with a file or directory seen from the document ({@code vectors/generate},
 *       {@code corpus/} in vectors/README.md), or is a code span naming a class from its package
 *       ({@code cli/EngineRun}); a path does not start with a digit ({@code §7.2/§7.3}) and has a '/',
 *       but for a lone Markdown file name ({@code README.md});</li>
 *   <li>a section: the anchor after {@code #}, or a quoted heading after a Markdown file's name
 *       ({@code README.md, "suitcase matrix"}).</li>
 * </ul>
 * A plain text (a help text, a vector's description) is read wherever its reader is, and its
 * examples name the reader's files ({@code ./my-adapter}, {@code shard-1/}); in it a reference is
 * a Markdown file's name, a path that climbs ({@code ../}) and a path that starts with a top-level
 * file or directory of the repository ({@code vectors/README.md}).
 *
 * @param path     the path as written, anchor aside
 * @param anchor   the anchor after '#', if any
 * @param heading  the quoted heading of a citation, if it is one
 * @param link     whether it is a link's target (resolved from the document's directory only, as a browser does)
 * @param document where it is
 * @param offset   where in the document
 */
record PathMention(String path, Optional<String> anchor, Optional<String> heading, boolean link, Document document,
                   int offset) {
    /** Fenced blocks of data: their strings are field values (a corpus-relative path in index.json), not references. */
    private static final List<String> DATA_LANGUAGES = List.of("json", "xml", "java", "properties");
    private static final String SEGMENT = "(?:[\\w.*<>~-]|\\{[^{}\\s/]*\\})+";
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w./*<>~{}-])" + SEGMENT + "(?:/" + SEGMENT + ")*/?(?:#[\\w-]+)?");
    private static final Pattern CITATION = Pattern.compile("([\\w./-]+\\.md)`?,?\\s+\"([^\"\\n]+)\"");
    private static final Pattern EXTENSION = Pattern.compile("[\\w{}<>*~-][\\w.{}<>*~-]*\\.[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PACKAGE_CLASS = Pattern.compile("[a-z][a-z0-9]*/[A-Z][A-Za-z0-9]*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*");

    /** Every reference of the document: its links, its path tokens and its cited sections. */
    static List<PathMention> in(Document document, Repository repository) {
        List<PathMention> mentions = new ArrayList<>();
        String text = document.text();
        if (document.markdown()) {
            Matcher link = Markdown.LINK.matcher(text);
            while (link.find()) {
                String target = link.group(2);
                if (!SCHEME.matcher(target).matches()) {
                    int hash = target.indexOf('#');
                    mentions.add(new PathMention(hash < 0 ? target : target.substring(0, hash),
                            hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1)), Optional.empty(),
                            true, document, link.start(2)));
                }
            }
            text = Markdown.maskLinks(Markdown.maskFencedBlocks(text, DATA_LANGUAGES::contains));
        }
        text = Markdown.maskUrls(text);
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String written = token.group();
            int hash = written.indexOf('#');
            String path = stripTrailingDots(hash < 0 ? written : written.substring(0, hash));
            Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(written.substring(hash + 1));
            if (isPath(path, document, repository)
                    || PACKAGE_CLASS.matcher(path).matches() && isCodeSpan(text, token.start(), token.end())) {
                mentions.add(new PathMention(path, anchor, Optional.empty(), false, document, token.start()));
            }
        }
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            mentions.add(new PathMention(citation.group(1), Optional.empty(), Optional.of(citation.group(2)), false,
                    document, citation.start(1)));
        }
        return mentions;
    }

    String at() {
        return document.at(offset);
    }

    private static boolean isPath(String token, Document document, Repository repository) {
        if (token.isEmpty() || Character.isDigit(token.charAt(0))) {
            return false;
        }
        if (!token.contains("/")) {
            return token.endsWith(".md") && EXTENSION.matcher(token).matches();
        }
        String first = token.substring(0, token.indexOf('/'));
        if (!document.markdown()) {
            return token.startsWith("../") || seenFrom(first, document, repository);
        }
        String last = token.substring(token.lastIndexOf('/') + 1);
        return token.startsWith("./") || token.startsWith("../") || token.endsWith("/")
                || EXTENSION.matcher(last).matches() || seenFrom(first, document, repository);
    }

    private static boolean isCodeSpan(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '`' && text.charAt(end) == '`';
    }

    /** Whether a file or directory of this name is in the document's directory or one above it, up to the root. */
    private static boolean seenFrom(String name, Document document, Repository repository) {
        for (var directory = document.directory(); directory != null && directory.startsWith(repository.root());
             directory = directory.getParent()) {
            if (repository.exists(repository.relative(directory.resolve(name).normalize()))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingDots(String token) {
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) == '.') {
            end--;
        }
        return token.substring(0, end);
    }
}
